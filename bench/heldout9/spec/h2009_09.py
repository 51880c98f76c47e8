"""2009年第9期 (raw two-column): an autonomous region's 人大 standing committee's decision in the report's
words, one line naming two people (`决定任命A为Y，免去B Y职务`, the dismissal without 的), posts under the short
`自治区`; `· N ·`.

Sources: SOURCES.md rows 2009-09-*.
"""

DECIDED = "新疆维吾尔自治区第十一届人民代表大会常务委员会第十三次会议决定"

ISSUE = {
    "name": "2009-09", "shape": "raw", "year": 2009, "issue_no": 9, "total_no": 81,
    "publish_date": None, "page_form": "· {} ·", "header": ["2009年第9期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "9月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "决定任命朱昌杰为自治区公安厅厅长，免去柳耀华自治区公安厅厅长职务。",
         ],
         "rows": [
             ("朱昌杰", "appoint", "自治区公安厅厅长", None),
             ("柳耀华", "dismiss", "自治区公安厅厅长", None),
         ],
         "decided_by": DECIDED},
    ],
}

"""2013年第10期 (raw two-column): a provincial 人大常委会's decisions as a news agency's report printed them: the
first sentence names the meeting and the day alone (`27日上午，广东省十二届人大常委会第四次会议经表决，任命陈元胜为广东省
卫生和计划生育委员会主任，陈元胜此前是广东省卫生厅厅长。`: the clause after the comma names a former post, no
dismissal), the second names none (`会议还免去李兴华的广东省科技厅厅长职务，任命黄宁生为广东省科技厅厅长。`); `— N —`.

Sources: SOURCES.md rows 2013-10-*.
"""

MEETING = "广东省十二届人大常委会第四次会议"

ISSUE = {
    "name": "2013-10", "shape": "raw", "year": 2013, "issue_no": 10, "total_no": 107,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2013年第10期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             f"27日上午，{MEETING}经表决，任命陈元胜为广东省卫生和计划生育委员会主任，陈元胜此前是广东省卫生厅厅长。",
             "会议还免去李兴华的广东省科技厅厅长职务，任命黄宁生为广东省科技厅厅长。",
         ],
         "rows": [
             ("陈元胜", "appoint", "广东省卫生和计划生育委员会主任", None, MEETING),
             ("李兴华", "dismiss", "广东省科技厅厅长", None, None),
             ("黄宁生", "appoint", "广东省科技厅厅长", None, None),
         ],
         "decided_by": None},
    ],
}

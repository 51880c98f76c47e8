"""2011年第4期 (raw two-column): a provincial 人大常委会's decisions as an evening paper reported them, in one sentence
naming no meeting (`会议还表决通过了人事任免议案，决定任命赵建才为河南省人民政府副省长、批准任命禹星轸为周口市人民检察院
检察长，决定免去蒋笃运的河南省教育厅厅长职务，决定免去董永安的河南省交通运输厅厅长职务。`): an appointment and an
approved appointment joined by 、, two dismissals each in its own clause; the paper's second item as a brief opening
`在昨日上午的…会议上，` (no day named); `· N ·`.

Sources: SOURCES.md rows 2011-04-*.
"""

DECISIONS = ("会议还表决通过了人事任免议案，决定任命赵建才为河南省人民政府副省长、批准任命禹星轸为周口市人民检察院检察长，"
             "决定免去蒋笃运的河南省教育厅厅长职务，决定免去董永安的河南省交通运输厅厅长职务。")
NEWS = "省人大常委会任命赵建才为副省长"

ISSUE = {
    "name": "2011-04", "shape": "raw", "year": 2011, "issue_no": 4, "total_no": 77,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2011年第4期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "4月份人事任免",
         "lines": [DECISIONS],
         "rows": [
             ("赵建才", "appoint", "河南省人民政府副省长", None),
             ("禹星轸", "appoint", "周口市人民检察院检察长", None),
             ("蒋笃运", "dismiss", "河南省教育厅厅长", None),
             ("董永安", "dismiss", "河南省交通运输厅厅长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": None,
              "paragraphs": [
                  "在昨日上午的省十一届人大常委会第二十次会议上，最后一项表决定案是决定任命赵建才为河南省人民政府副省长。",
                  "经表决，通过了该项议案，决定任命赵建才为河南省人民政府副省长。会场响起了阵阵掌声。",
              ]},
         ]},
    ],
}

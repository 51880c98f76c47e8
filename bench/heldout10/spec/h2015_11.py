"""2015年第11期 (text export): one decision line of a province's 人大常委会 as its report prints it, two people
appointed to one post (`会议决定任命姜有为、李晋修为吉林省副省长。`), the meeting not named; dots TOC, `第N页`.

Sources: SOURCES.md rows 2015-11-*.
"""

ISSUE = {
    "name": "2015-11", "shape": "text", "year": 2015, "issue_no": 11, "total_no": 143,
    "publish_date": "2015-11-30", "page_form": "第{}页", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "11月份人事任免",
         "lines": [
             "会议决定任命姜有为、李晋修为吉林省副省长。",
         ],
         "rows": [
             ("姜有为", "appoint", "吉林省副省长", None),
             ("李晋修", "appoint", "吉林省副省长", None),
         ],
         "decided_by": None},
    ],
}

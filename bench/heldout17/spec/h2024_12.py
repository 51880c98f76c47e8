"""2024年第12期 (text export): a provincial 人大常委会's decisions in a news client's report, naming no meeting in its
deciding sentences (`会议经审议表决，通过省人大常委会关于接受王浩请求辞去浙江省省长职务的决定。会议决定任命刘捷为浙江省
副省长，决定其代理浙江省省长职务。`: a resignation accepted by a decision named by its title without 《》, the acting post
given to 其), `会议还通过了其他人事事项。`; the sentence before naming the session over two days; dots TOC, bare page numbers.

Sources: SOURCES.md rows 2024-12-*.
"""

ISSUE = {
    "name": "2024-12", "shape": "text", "year": 2024, "issue_no": 12, "total_no": 241,
    "publish_date": "2024-12-31", "page_form": "{}", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             "12月18日至19日，省十四届人大常委会第十四次会议在杭州举行。会议决定，省十四届人大三次会议于明年1月中旬在杭州召开。省人大常委会副主任陈金彪主持会议。",
             "会议经审议表决，通过省人大常委会关于接受王浩请求辞去浙江省省长职务的决定。会议决定任命刘捷为浙江省副省长，决定其代理浙江省省长职务。会议还通过了其他人事事项。",
         ],
         "rows": [
             ("王浩", "dismiss", "浙江省省长", None),
             ("刘捷", "appoint", "浙江省副省长", None),
             ("刘捷", "appoint", "浙江省省长", "代理"),
         ],
         "decided_by": None},
    ],
}

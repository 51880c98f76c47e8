"""2022年第12期 (raw two-column): a provincial 人大常委会's decisions printed as its closing meeting's report prints
them, each after a colon and naming no meeting (`会议决定：接受赵一德辞去陕西省省长职务。` without 请求;
`会议经表决，决定任命：赵刚任陕西省副省长、代理省长。`: X任Y、Z after 决定任命); the report as a brief opening `12月1日上午，`
(the year is the page's); bare page numbers.

Sources: SOURCES.md rows 2022-12-*.
"""

NEWS = "赵刚任陕西省副省长、代理省长"

ISSUE = {
    "name": "2022-12", "shape": "raw", "year": 2022, "issue_no": 12, "total_no": 216,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2022年第12期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "12月份人事任免",
         "lines": [
             "会议决定：接受赵一德辞去陕西省省长职务。",
             "会议经表决，决定任命：赵刚任陕西省副省长、代理省长。",
         ],
         "rows": [
             ("赵一德", "dismiss", "陕西省省长", None),
             ("赵刚", "appoint", "陕西省副省长", None),
             ("赵刚", "appoint", "陕西省代理省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2022-12-01",
              "paragraphs": [
                  "12月1日上午，陕西省十三届人大常委会第三十七次会议第二次全体会议（闭幕会）召开。省人大常委会副主任庄长兴主持。",
                  "会议决定：接受赵一德辞去陕西省省长职务。",
                  "会议经表决，决定任命：赵刚任陕西省副省长、代理省长。",
              ]},
         ]},
    ],
}

"""2007年第6期 (raw two-column): a provincial 人大常委会's decisions as a news agency's dispatch printed them, the
meeting named in each deciding sentence (`山东省第十届人民代表大会常务委员会第二十七次会议13日决定：姜大明为山东省副省长、
代理省长。`): no 任命, a colon after 决定, an acting post after 、, a resignation accepted in a second sentence (`…还决定：
接受…的请求。`); the dispatch as a brief opening with the agency's dateline (`新华社济南6月13日电 `); `· N ·`.

Sources: SOURCES.md rows 2007-06-*.
"""

MEETING = "山东省第十届人民代表大会常务委员会第二十七次会议"
FIRST = f"{MEETING}13日决定：姜大明为山东省副省长、代理省长。"
SECOND = f"{MEETING}还决定：接受韩寓群辞去山东省省长职务的请求。"
NEWS = "姜大明任山东省代理省长"

ISSUE = {
    "name": "2007-06", "shape": "raw", "year": 2007, "issue_no": 6, "total_no": 31,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2007年第6期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [FIRST, SECOND],
         "rows": [
             ("姜大明", "appoint", "山东省副省长", None),
             ("姜大明", "appoint", "山东省代理省长", None),
             ("韩寓群", "dismiss", "山东省省长", None),
         ],
         "decided_by": MEETING},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2007-06-13",
              "paragraphs": [f"新华社济南6月13日电 {FIRST}", SECOND]},
         ]},
    ],
}

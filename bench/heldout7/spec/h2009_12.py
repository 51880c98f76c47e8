"""2009年第12期 (text export; its 出版日期 in Chinese numerals): a provincial 人大's decisions under a column heading
split over two lines (`人事` / `任免`): two resignations accepted in one clause (`接受A辞去X职务、B辞去Y职务的
请求`), `决定任命X为Y`, `决定X为吉林省代理省长`; `· N ·`.

Sources: SOURCES.md rows 2009-12-*.
"""

DECIDED = "吉林省十一届人大常委会第十六次会议决定"

ISSUE = {
    "name": "2009-12", "shape": "text", "year": 2009, "issue_no": 12, "total_no": 84,
    "publish_date": "2009-12-25", "page_form": "· {} ·", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "heading_lines": ["人事", "任免"], "title": "12月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "接受王珉辞去吉林省人大常委会主任职务、韩长赋辞去吉林省省长职务的请求；",
             "决定任命王儒林为吉林省副省长；",
             "决定王儒林为吉林省代理省长。",
         ],
         "rows": [
             ("王珉", "dismiss", "吉林省人大常委会主任", None),
             ("韩长赋", "dismiss", "吉林省省长", None),
             ("王儒林", "appoint", "吉林省副省长", None),
             ("王儒林", "appoint", "吉林省代理省长", None),
         ],
         "decided_by": DECIDED},
    ],
}

"""2020年第11期 (text export): a provincial 人大's decisions as a news site reports them, posts named without the
province (`决定任命X为副省长，并决定其为代理省长；` — an acting post by `决定其为`, in the same line as the
appointment; `决定接受Y辞去省长职务，并报省人大备案。`); a TOC in the plain form.

Sources: SOURCES.md rows 2020-11-*.
"""

DECIDED = "云南省第十三届人大常委会第二十一次会议决定"

ISSUE = {
    "name": "2020-11", "shape": "text", "year": 2020, "issue_no": 11, "total_no": 215,
    "publish_date": "2020-11-27", "page_form": "{}", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "11月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "决定任命王予波为副省长，并决定其为代理省长；",
             "决定接受阮成发辞去省长职务，并报省人大备案。",
         ],
         "rows": [
             ("王予波", "appoint", "副省长", None),
             ("王予波", "appoint", "代理省长", None),
             ("阮成发", "dismiss", "省长", None),
         ],
         "decided_by": DECIDED},
    ],
}

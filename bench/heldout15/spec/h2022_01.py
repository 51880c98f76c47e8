"""2022年第1期 (raw two-column): a provincial 人大常委会's decisions as a city's news site printed them, the opening line
naming the meeting (`12月29日上午，湖北省第十三届人大常委会第二十八次会议表决通过：`), then numbered items `一、决定任命X为P。`,
`二、任命X为P。`; the same 人大常委会's decision printed whole on its site: its legal basis (two laws' articles), the
meeting as subject (`湖北省第十二届人民代表大会常务委员会第二十次会议决定：`), `X同志代理P职务，并报…备案。`; `— N —`.

Sources: SOURCES.md rows 2022-01-*.
"""

LIST_MEETING = "湖北省第十三届人大常委会第二十八次会议"
ACTING_MEETING = "湖北省第十二届人民代表大会常务委员会第二十次会议"

ISSUE = {
    "name": "2022-01", "shape": "raw", "year": 2022, "issue_no": 1, "total_no": 206,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2022年第1期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             f"12月29日上午，{LIST_MEETING}表决通过：",
             "一、决定任命王立为湖北省人民政府副省长。",
             "二、任命艾军为湖北省监察委员会副主任。",
             "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第四十四条、《湖北省各级人民代表大会常务委员会人事任免工作条例》第二十四条的规定，"
             f"{ACTING_MEETING}决定：",
             "王晋同志代理湖北省人民检察院检察长职务，并报最高人民检察院和全国人民代表大会常务委员会备案。",
         ],
         "rows": [
             ("王立", "appoint", "湖北省人民政府副省长", None, LIST_MEETING),
             ("艾军", "appoint", "湖北省监察委员会副主任", None, LIST_MEETING),
             ("王晋", "appoint", "湖北省人民检察院检察长", "代理", ACTING_MEETING),
         ],
         "decided_by": None},
    ],
}

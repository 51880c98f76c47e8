"""2017年第4期 (raw two-column): a province's monthly table of industrial value added as its statistics bureau
publishes it (`2017年1-3月工业增加值`): the month and the cumulative values with their growth, light and heavy industry,
two ownership groups and five cities as sub-rows, figures ending in 0 as printed (`393.30`, `1665.20`, `8.0`); a
provincial 人大常委会's decisions in an evening paper's report sentences naming no meeting (`会议决定接受姜异康辞去…的请求。
会议以无记名投票的方式表决，决定任命龚正、李群为山东省人民政府副省长，决定龚正为山东省代理省长。`), the sentence before
naming the session; a month earlier, the same committee's acceptance of three resignations in a news site's one-sentence
report naming the meeting (`29日下午，山东省十二届人大常委会二十七次会议正式接受了郭树清辞去山东省省长职务的请求，接受孙伟、
张务锋辞去山东省副省长职务的请求。`), printed under it as a brief with a headline in two parts and the reporter in
brackets on a line of its own; `- N -`.

Sources: SOURCES.md rows 2017-04-*.
"""

MARCH_MEETING = "山东省十二届人大常委会二十七次会议"
MARCH = f"29日下午，{MARCH_MEETING}正式接受了郭树清辞去山东省省长职务的请求，接受孙伟、张务锋辞去山东省副省长职务的请求。"
NEWS = "郭树清辞去山东省省长 孙伟张务锋辞去副省长职务"

ISSUE = {
    "name": "2017-04", "shape": "raw", "year": 2017, "issue_no": 4, "total_no": 149,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2017年第4期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2017年1-3月广东省工业增加值",
         "producer": "广东省统计局",
         "rows": [
             ("全省总计", False, "亿元", 2846.99, 7.6, 7220.42, 7.1),
             ("轻工业", True, "亿元", 1036.55, 6.7, 2585.89, 5.1),
             ("重工业", True, "亿元", 1810.44, 8.2, 4634.53, 8.4),
             ("国有控股企业", True, "亿元", 414.53, 4.5, 1143.13, 3.7),
             ("民营企业", True, "亿元", 1448.52, 11.1, 3559.23, 12.1),
             ("广州市", True, "亿元", "393.30", 5.6, 1019.05, 5.5),
             ("深圳市", True, "亿元", 662.83, 7.8, "1665.20", 7.6),
             ("珠海市", True, "亿元", 104.39, 15.2, 256.93, 15.1),
             ("汕头市", True, "亿元", 63.43, 9.9, 152.13, 9.2),
             ("佛山市", True, "亿元", 454.17, 8.4, "1117.50", "8.0"),
         ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             MARCH,
             "4月11日上午，山东省十二届人大常委会第二十八次会议在济南举行。",
             "会议决定接受姜异康辞去山东省人民代表大会常务委员会主任职务的请求。会议以无记名投票的方式表决，决定任命龚正、李群为山东省人民政府副省长，决定龚正为山东省代理省长。",
         ],
         "rows": [
             ("郭树清", "dismiss", "山东省省长", None, MARCH_MEETING),
             ("孙伟", "dismiss", "山东省副省长", None, MARCH_MEETING),
             ("张务锋", "dismiss", "山东省副省长", None, MARCH_MEETING),
             ("姜异康", "dismiss", "山东省人民代表大会常务委员会主任", None),
             ("龚正", "appoint", "山东省人民政府副省长", None),
             ("李群", "appoint", "山东省人民政府副省长", None),
             ("龚正", "appoint", "山东省代理省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS.replace(" ", ""),
         "items": [
             {"title_lines": [NEWS], "title": NEWS.replace(" ", ""), "date": "2017-03-29",
              "paragraphs": [f"大众网济南3月29日讯 {MARCH}", "（大众网-山东24小时记者 李兆辉）"]},
         ]},
    ],
}

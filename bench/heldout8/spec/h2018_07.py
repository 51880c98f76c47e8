"""2018年第7期 (text export): a brief under a dateline with the reporter in brackets (`海口7月18日消息（南海网记者刘麦）
7月18日，`), a sentence with the source's slip (`比上年同期增长分别为8.1%`), a negative growth (`-9.1%`); the
table appended to it laid out as the issue's statistics: GDP of the first half by region, names padded with
spaces as the source aligns them (`海 口 市`, `洋  浦`), groups (`海 澄 文`, `大 三 亚`, three regions) between
the cities, two indented rows under `儋州地区`, negative growths, a trailing zero (19.20, 20.30); `— N —` footers and
headers left in.

Sources: SOURCES.md rows 2018-07-*.
"""

ISSUE = {
    "name": "2018-07", "shape": "text", "year": 2018, "issue_no": 7, "total_no": 187,
    "publish_date": "2018-07-27", "page_form": "— {} —", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2018年第7期"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": "上半年海口GDP达797.49亿元增速领跑海南",
         "items": [
             {"title_lines": ["上半年海口GDP达797.49亿元增速领跑海南"], "title": "上半年海口GDP达797.49亿元增速领跑海南",
              "date": "2018-07-18",
              "paragraphs": [
                  "海口7月18日消息（南海网记者刘麦）7月18日，海南省政府召开2018年上半年海南经济运行情况新闻发布会。会上公布2018年上半年各市县地区生产总值及增速情况。",
                  "据统计，2018年上半年，海口市GDP增速领跑，GDP达797.49亿元，比上年同期增长分别为8.1%。三亚市紧随其后，GDP是304.09亿元，比上年同期增长7.0%。白沙黎族自治县增速也较快，比上年同期增长6.5%。",
                  "较上年同期相比，儋州地区洋浦GDP增速为-9.1%。另外，增速较慢的还有保亭黎族苗族自治县，增速为0.3%。",
                  "海南省统计局局长包洪文表示，洋浦经济增速下降的原因是，该地区产业结构单一，主要是工业。今年年初一些企业的工业设备在进行检修，没有生产。二月恢复生产后，洋浦经济降幅已经在不断收窄，相信在下半年能够发力。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2018年上半年各市县地区生产总值及增速",
         "producer": "海南省统计局",
         "rows": [
             ("海 澄 文", False, "亿元", None, None, 1054.21, 7.1),
             ("大 三 亚", False, "亿元", None, None, 473.11, "5.0"),
             ("东部地区", False, "亿元", None, None, 1542.49, 6.6),
             ("海 口 市", False, "亿元", None, None, 797.49, 8.1),
             ("三 亚 市", False, "亿元", None, None, 304.09, "7.0"),
             ("文 昌 市", False, "亿元", None, None, 122.07, 3.5),
             ("琼 海 市", False, "亿元", None, None, 133.22, 5.3),
             ("万 宁 市", False, "亿元", None, None, 107.28, 3.9),
             ("陵 水 县", False, "亿元", None, None, 78.35, 1.1),
             ("中部地区", False, "亿元", None, None, 150.22, "4.0"),
             ("五指山市", False, "亿元", None, None, 13.58, 0.6),
             ("定 安 县", False, "亿元", None, None, 42.64, 4.7),
             ("屯 昌 县", False, "亿元", None, None, 31.25, 6.2),
             ("琼 中 县", False, "亿元", None, None, "19.20", 3.3),
             ("保 亭 县", False, "亿元", None, None, 23.24, 0.3),
             ("白 沙 县", False, "亿元", None, None, "20.30", 6.5),
             ("西部地区", False, "亿元", None, None, 698.02, 2.1),
             ("儋州地区", False, "亿元", None, None, 255.48, -2.1),
             ("儋州市", True, "亿元", None, None, 143.16, 3.9),
             ("洋  浦", True, "亿元", None, None, 112.33, -9.1),
             ("东 方 市", False, "亿元", None, None, 94.24, 6.1),
             ("澄 迈 县", False, "亿元", None, None, 134.64, "5.0"),
             ("临 高 县", False, "亿元", None, None, 91.25, 4.3),
             ("乐 东 县", False, "亿元", None, None, 67.44, 2.8),
             ("昌 江 县", False, "亿元", None, None, 54.96, 3.2),
         ]},
    ],
}

"""2012年第3期 (raw two-column): a city's figures of the year before from its statistics communiqué (cumulative value and
growth only, the month columns `——`): the three industries and three districts as sub-rows of the city's product,
two aggregates of it not as sub-rows, the fiscal revenue with tax revenue and four taxes under it, `112` and `37.70`
as printed; `— N —`.

Sources: SOURCES.md rows 2012-03-*.
"""

ISSUE = {
    "name": "2012-03", "shape": "raw", "year": 2012, "issue_no": 3, "total_no": 88,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2012年第3期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2011年珠海市主要经济指标",
         "producer": "珠海市统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 1403.24, 11.3),
             ("第一产业增加值", True, "亿元", None, None, "37.70", 3.2),
             ("第二产业增加值", True, "亿元", None, None, 786.42, 14.4),
             ("第三产业增加值", True, "亿元", None, None, 579.11, 7.9),
             ("香洲区", True, "亿元", None, None, 863.48, 10.8),
             ("金湾区", True, "亿元", None, None, 351.27, 14.2),
             ("斗门区", True, "亿元", None, None, 188.49, "9.0"),
             ("现代服务业增加值", False, "亿元", None, None, 321.96, 8.5),
             ("民营经济增加值", False, "亿元", None, None, 345.35, 11.1),
             ("地方财政一般预算收入", False, "亿元", None, None, 143.41, 22.6),
             ("税收收入", True, "亿元", None, None, 112, 17.3),
             ("增值税", True, "亿元", None, None, 29.03, 13.7),
             ("营业税", True, "亿元", None, None, 21.88, 15.8),
             ("房产税", True, "亿元", None, None, 5.77, 12.2),
             ("企业所得税", True, "亿元", None, None, 16.13, 15.1),
         ]},
    ],
}

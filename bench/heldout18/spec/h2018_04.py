"""2018年第4期 (text export): a county's figures of the year before from its statistics communiqué (cumulative value and
growth only): the three industries under the county's product, the per-capita product without growth, two marine
economy figures without growth, the general budget revenue under the fiscal revenue with five taxes under it (falls of
`-96.0`, `-36.0` and `-0.4`), four kinds of spending under the people's livelihood spending with growth only, four
branches under farming, forestry, animal husbandry and fishery in `亿元` and `万元`; plain TOC, `第N页`.

Sources: SOURCES.md rows 2018-04-*.
"""

ISSUE = {
    "name": "2018-04", "shape": "text", "year": 2018, "issue_no": 4, "total_no": 160,
    "publish_date": "2018-04-27", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2017年嵊泗县国民经济和社会发展主要指标",
         "producer": "嵊泗县统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 107.78, 8.5),
             ("第一产业增加值", True, "亿元", None, None, 31.08, 5.9),
             ("第二产业增加值", True, "亿元", None, None, 15.91, 8.2),
             ("第三产业增加值", True, "亿元", None, None, 60.79, 9.7),
             ("人均地区生产总值", False, "元", None, None, 141352, None),
             ("海洋经济总产出", False, "亿元", None, None, 212.76, None),
             ("海洋经济增加值", False, "亿元", None, None, 85.24, None),
             ("财政总收入", False, "亿元", None, None, 8.77, "4.0"),
             ("一般公共预算收入", True, "亿元", None, None, 6.67, 11.1),
             ("营业税", True, "亿元", None, None, 0.03, "-96.0"),
             ("增值税", True, "亿元", None, None, 0.19, "-36.0"),
             ("营改增", True, "亿元", None, None, 0.97, "43.0"),
             ("企业所得税", True, "亿元", None, None, 0.43, 22.3),
             ("个人所得税", True, "亿元", None, None, 0.19, -0.4),
             ("民生事业支出", False, "亿元", None, None, 17.35, 5.8),
             ("社会保障和就业", True, "亿元", None, None, None, 8.4),
             ("医疗卫生", True, "亿元", None, None, None, 16.3),
             ("教育支出", True, "亿元", None, None, None, 0.4),
             ("节能环保", True, "亿元", None, None, None, 6.9),
             ("农林牧渔业总产值", False, "亿元", None, None, 47.39, 5.9),
             ("渔业总产值", True, "亿元", None, None, 47.16, "6.0"),
             ("种植业总产值", True, "万元", None, None, 1439, 2.6),
             ("畜牧业总产值", True, "万元", None, None, 780, -19.8),
             ("林业总产值", True, "万元", None, None, 87, -23.7),
         ]},
    ],
}

"""2017年第3期 (text export): a province's annual table laid out from its communiqué: values and the year's
growth, `#` rows for the three industries, budget revenue and four items of spending, investment by industry with a
fall (`下降28.1%` → -28.1), trailing zeros (`1704.00`, `5.0`, `19.0`, `17.0`), a per-capita row in 元; `- N -` footers and alternating headers left in.

Sources: SOURCES.md rows 2017-03-*.
"""

ISSUE = {
    "name": "2017-03", "shape": "text", "year": 2017, "issue_no": 3, "total_no": 171,
    "publish_date": "2017-03-28", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2017年第3期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "海南省2015年国民经济主要指标",
         "producer": "海南省统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 3702.8, 7.8),
             ("第一产业增加值", True, "亿元", None, None, 855.82, 5.3),
             ("第二产业增加值", True, "亿元", None, None, 875.13, 6.5),
             ("第三产业增加值", True, "亿元", None, None, 1971.81, 9.6),
             ("人均地区生产总值", False, "元", None, None, 40818, 6.9),
             ("全口径一般公共预算收入", False, "亿元", None, None, 1009.99, 7.3),
             ("地方一般公共预算收入", True, "亿元", None, None, 627.7, 8.7),
             ("地方一般公共预算支出", False, "亿元", None, None, 1241.49, 10.6),
             ("教育支出", True, "亿元", None, None, 206.39, 10.3),
             ("文化体育与传媒支出", True, "亿元", None, None, 25.45, "5.0"),
             ("社会保障和就业支出", True, "亿元", None, None, 175.63, 22.3),
             ("医疗卫生与计划生育支出", True, "亿元", None, None, 100.75, 13.9),
             ("固定资产投资", False, "亿元", None, None, 3355.4, 10.4),
             ("房地产开发投资", True, "亿元", None, None, "1704.00", "19.0"),
             ("第一产业投资", True, "亿元", None, None, 51.72, 21.2),
             ("第二产业投资", True, "亿元", None, None, 322.84, -28.1),
             ("第三产业投资", True, "亿元", None, None, 2980.84, "17.0"),
         ]},
    ],
}

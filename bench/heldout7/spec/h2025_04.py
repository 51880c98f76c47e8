"""2025年第4期 (raw two-column): a city's annual table alone: values and the year's growth in the cumulative
columns, `#` sub-rows for the three industries, a trailing zero (378.40), a value in 元 without decimals, a
growth of 0.03, a negative growth, units in 万亩, 亿斤 and 万吨, a price row with growth only; `- N -`.

Sources: SOURCES.md rows 2025-04-*.
"""

ISSUE = {
    "name": "2025-04", "shape": "raw", "year": 2025, "issue_no": 4, "total_no": 268,
    "publish_date": None, "page_form": "- {} -", "header": ["2025年第4期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "宜春市2024年国民经济主要指标",
         "producer": "宜春市统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 3711.05, 6.1),
             ("第一产业增加值", True, "亿元", None, None, "378.40", 4.1),
             ("第二产业增加值", True, "亿元", None, None, 1463.68, 7.2),
             ("第三产业增加值", True, "亿元", None, None, 1868.98, 5.5),
             ("人均地区生产总值", False, "元", None, None, 75404, 6.8),
             ("非公有制经济增加值", False, "亿元", None, None, 2457.27, 8.1),
             ("居民消费价格", False, "%", None, None, None, 0.1),
             ("农林牧渔业总产值", False, "亿元", None, None, 662.4, 4.4),
             ("粮食播种面积", False, "万亩", None, None, 922.06, 0.03),
             ("粮食总产量", False, "亿斤", None, None, 75.14, -0.2),
             ("油料作物播种面积", False, "万亩", None, None, 216.46, 0.3),
             ("油料产量", False, "万吨", None, None, 30.13, 5.6),
             ("蔬菜及食用菌播种面积", False, "万亩", None, None, 147.8, 0.8),
             ("蔬菜及食用菌产量", False, "万吨", None, None, 232.5, 4.9),
         ]},
    ],
}

"""2020年第4期 (raw two-column): another Zhejiang city's monthly table (March 2020) alone in the issue:
rows of growth only in %, value-and-growth rows in 亿元/万吨, a row with the month's growth and the
cumulative growth but no values, a row with all four figures (万人次), three industry sub-rows, a
growth of three digits (625.8), a figure printed with two decimals (35.07); bare page numbers.

Sources: SOURCES.md rows 2020-04-*.
"""

ISSUE = {
    "name": "2020-04", "shape": "raw", "year": 2020, "issue_no": 4, "total_no": 212,
    "publish_date": None, "page_form": "{}", "header": ["2020年第4期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "舟山市2020年3月主要统计指标",
         "producer": "舟山市统计局",
         "rows": [
             ("地区生产总值", False, "%", None, None, None, 10.3),
             ("第一产业", False, "%", None, None, None, -2.5),
             ("第二产业", False, "%", None, None, None, 34.3),
             ("第三产业", False, "%", None, None, None, -1.7),
             ("工业总产值", False, "亿元", None, None, 316.3, 76.9),
             ("工业产销率", False, "%", None, None, 74.1, None),
             ("船舶修造业", True, "亿元", None, None, 50.3, 14.9),
             ("水产品加工业", True, "亿元", None, None, 21.3, -30.3),
             ("石油化工业", True, "亿元", None, None, 166.9, 625.8),
             ("水产品总产量", False, "万吨", None, None, 35.07, -3.9),
             ("社会消费品零售总额", False, "亿元", None, -26.7, None, -21.6),
             ("旅游接待人数", False, "万人次", 115.5, -75.4, 293.5, -72.6),
         ]},
    ],
}

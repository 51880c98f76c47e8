"""2022年第8期 (raw two-column): a province's first-half figures from its statistics bureau and survey office as its
paper reported them: GDP with the three industries as sub-rows, a growth-only investment row, per-capita income in
`元` with its urban and rural parts as sub-rows; `第N页`.

Sources: SOURCES.md rows 2022-08-*.
"""

ISSUE = {
    "name": "2022-08", "shape": "raw", "year": 2022, "issue_no": 8, "total_no": 213,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2022年第8期（总第213期）"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2022年上半年江苏省主要经济指标",
         "producer": "江苏省统计局 国家统计局江苏调查总队",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 56909.1, 1.6),
             ("第一产业增加值", True, "亿元", None, None, 1652.6, 4.9),
             ("第二产业增加值", True, "亿元", None, None, 25868.6, 1.3),
             ("第三产业增加值", True, "亿元", None, None, 29387.9, 1.6),
             ("高技术产业投资", False, "亿元", None, None, None, 11.9),
             ("全体居民人均可支配收入", False, "元", None, None, 26329, 4.8),
             ("城镇居民人均可支配收入", True, "元", None, None, 31762, 4.2),
             ("农村居民人均可支配收入", True, "元", None, None, 15305, 5.9),
         ]},
    ],
}

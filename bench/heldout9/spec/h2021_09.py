"""2021年第9期 (raw two-column): an autonomous region's January–August industry figures from its release, growth
only (`1-8月份`): the total, light and heavy industry as sub-rows, three sectors, ten industries named short
(`煤炭行业`, `电力`, `其他工业行业`), kinds of enterprise (`私营企业` under `非公有工业`); trailing
zeros (`17.0`, `3.0`); `第N页`.

Sources: SOURCES.md rows 2021-09-*.
"""

ISSUE = {
    "name": "2021-09", "shape": "raw", "year": 2021, "issue_no": 9, "total_no": 225,
    "publish_date": None, "page_form": "第{}页", "header": ["2021年第9期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "宁夏2021年1-8月份规模以上工业主要指标",
         "producer": "宁夏回族自治区统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, None, None, 11.3),
             ("轻工业", True, "亿元", None, None, None, 15.6),
             ("重工业", True, "亿元", None, None, None, 10.9),
             ("采矿业", False, "亿元", None, None, None, 2.6),
             ("制造业", False, "亿元", None, None, None, 13.2),
             ("电力、热力、燃气及水生产和供应业", False, "亿元", None, None, None, 12.3),
             ("煤炭行业", False, "亿元", None, None, None, 4.3),
             ("电力", False, "亿元", None, None, None, 13.1),
             ("化工", False, "亿元", None, None, None, 7.2),
             ("冶金", False, "亿元", None, None, None, 10.4),
             ("有色", False, "亿元", None, None, None, 0.7),
             ("轻纺", False, "亿元", None, None, None, "17.0"),
             ("机械", False, "亿元", None, None, None, 6.2),
             ("建材", False, "亿元", None, None, None, "3.0"),
             ("医药", False, "亿元", None, None, None, 23.9),
             ("其他工业行业", False, "亿元", None, None, None, 33.5),
             ("国有控股企业", False, "亿元", None, None, None, 6.1),
             ("非公有工业", False, "亿元", None, None, None, 16.2),
             ("私营企业", True, "亿元", None, None, None, 19.2),
             ("大中型企业", False, "亿元", None, None, None, 8.9),
             ("小微企业", False, "亿元", None, None, None, 17.8),
         ]},
    ],
}

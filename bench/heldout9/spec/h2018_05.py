"""2018年第5期 (text export): an autonomous region's table from its communiqué, printed as a table there
(`表1 2017年全区生产总值及其增长速度`: 绝对值（亿元）, 比上年增长（%）): ten rows by sector then the three
industries, no row marked as a sub-row, a fall (`-0.9`), trailing zeros (`1096.30`, `7.0`); TOC in the dots form,
`第N页` footers and alternating headers left in.

Sources: SOURCES.md rows 2018-05-*.
"""

ISSUE = {
    "name": "2018-05", "shape": "text", "year": 2018, "issue_no": 5, "total_no": 185,
    "publish_date": "2018-05-25", "page_form": "第{}页", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2018年第5期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2017年全区生产总值及其增长速度",
         "producer": "宁夏回族自治区统计局",
         "rows": [
             ("全区生产总值", False, "亿元", None, None, 3453.93, 7.8),
             ("农林牧渔业", False, "亿元", None, None, 276.64, 4.3),
             ("工业", False, "亿元", None, None, "1096.30", 8.4),
             ("建筑业", False, "亿元", None, None, 484.36, 3.7),
             ("批发和零售业", False, "亿元", None, None, 160.92, 8.7),
             ("交通运输、仓储和邮政业", False, "亿元", None, None, 199.31, -0.9),
             ("住宿和餐饮业", False, "亿元", None, None, 58.66, 6.5),
             ("金融业", False, "亿元", None, None, 314.69, 6.8),
             ("房地产业", False, "亿元", None, None, 120.84, 3.6),
             ("其他服务业", False, "亿元", None, None, 742.21, 15.2),
             ("第一产业", False, "亿元", None, None, 261.07, 4.3),
             ("第二产业", False, "亿元", None, None, 1580.53, "7.0"),
             ("第三产业", False, "亿元", None, None, 1612.33, 9.2),
         ]},
    ],
}

"""2024年第3期 (raw two-column): a province's annual figures from its statistical communiqué: the total, the three
industries as sub-rows (`#`), per-capita in 元 with its growth, population and employment in 万人 without growth,
a fall (`-0.6`), trailing zeros (`6.0`, `5.0`); the producer line names two bodies; bare page numbers.

Sources: SOURCES.md rows 2024-03-*.
"""

ISSUE = {
    "name": "2024-03", "shape": "raw", "year": 2024, "issue_no": 3, "total_no": 255,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2024年第3期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2023年浙江省国民经济和社会发展统计公报",
         "producer": "浙江省统计局 国家统计局浙江调查总队",
         "rows": [
             ("全省生产总值", False, "亿元", None, None, 82553, "6.0"),
             ("第一产业增加值", True, "亿元", None, None, 2332, 4.2),
             ("第二产业增加值", True, "亿元", None, None, 33953, "5.0"),
             ("第三产业增加值", True, "亿元", None, None, 46268, 6.7),
             ("人均地区生产总值", False, "元", None, None, 125043, 5.3),
             ("年末常住人口", False, "万人", None, None, 6627, None),
             ("出生人口", False, "万人", None, None, 38.3, None),
             ("城镇新增就业", False, "万人", None, None, 116.3, None),
             ("农民工总量", False, "万人", None, None, 1360, -0.6),
         ]},
    ],
}

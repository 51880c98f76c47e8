"""2020年第3期 (raw two-column): a province's figures of 2019 from its statistics communiqué (cumulative value and growth):
the three industries under the product, the per-capita product (`7.0`), the rises of prices (consumer prices and four of its classes as
sub-rows, retail, farm inputs `9.0`, producer prices and their two kinds, purchase prices), the private economy's value added printed without
its growth (the stored copy is cut there); `· N ·`.

Sources: SOURCES.md rows 2020-03-*.
"""

ISSUE = {
    "name": "2020-03", "shape": "raw", "year": 2020, "issue_no": 3, "total_no": 183,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2020年第3期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2019年四川省国民经济和社会发展主要指标",
         "producer": "四川省统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 46615.8, 7.5),
             ("第一产业增加值", True, "亿元", None, None, 4807.2, 2.8),
             ("第二产业增加值", True, "亿元", None, None, 17365.3, 7.5),
             ("第三产业增加值", True, "亿元", None, None, 24443.3, 8.5),
             ("人均地区生产总值", False, "元", None, None, 55774, "7.0"),
             ("居民消费价格", False, "%", None, None, None, 3.2),
             ("医疗保健类", True, "%", None, None, None, 2.8),
             ("居住类", True, "%", None, None, None, 1.5),
             ("教育文化和娱乐类", True, "%", None, None, None, 0.8),
             ("食品烟酒类", True, "%", None, None, None, 8.9),
             ("商品零售价格", False, "%", None, None, None, 2.7),
             ("农业生产资料价格", False, "%", None, None, None, "9.0"),
             ("工业生产者出厂价格", False, "%", None, None, None, 0.4),
             ("生产资料价格", True, "%", None, None, None, 0.2),
             ("生活资料价格", True, "%", None, None, None, 0.7),
             ("工业生产者购进价格", False, "%", None, None, None, 0.6),
             ("民营经济增加值", False, "亿元", None, None, 26252.6, None),
         ]},
    ],
}

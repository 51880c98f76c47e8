"""2014年第8期 (raw two-column): a province's first-half figures as its government reported them to the 人大常委会:
the value of GDP alone, every other row growth only (`固定资产投资增长24.6%`), the first industry and construction
as sub-rows of GDP; bare page numbers.

Sources: SOURCES.md rows 2014-08-*.
"""

ISSUE = {
    "name": "2014-08", "shape": "raw", "year": 2014, "issue_no": 8, "total_no": 117,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2014年第8期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2014年上半年贵州省主要经济指标",
         "producer": "贵州省人民政府",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 3780, 10.8),
             ("第一产业增加值", True, "亿元", None, None, None, 6.1),
             ("建筑业增加值", True, "亿元", None, None, None, 20.1),
             ("规模以上工业增加值", False, "亿元", None, None, None, 11.6),
             ("固定资产投资", False, "亿元", None, None, None, 24.6),
             ("社会消费品零售总额", False, "亿元", None, None, None, 13.1),
             ("公共财政预算收入", False, "亿元", None, None, None, 15.3),
         ]},
    ],
}

"""2018年第8期 (text export): a province's first-half figures as its press conference gave them (cumulative value and
growth): the three industries under the product, growth without value for farming, all industry and the two sizes under
it (`规模以上`, `规模以下`), profits with value, investment and private investment under it; plain TOC, `第N页`.

Sources: SOURCES.md rows 2018-08-*.
"""

ISSUE = {
    "name": "2018-08", "shape": "text", "year": 2018, "issue_no": 8, "total_no": 164,
    "publish_date": "2018-08-31", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2018年上半年浙江省主要经济指标",
         "producer": "浙江省统计局",
         "rows": [
             ("生产总值", False, "亿元", None, None, 25674, 7.6),
             ("第一产业增加值", True, "亿元", None, None, 805, 1.5),
             ("第二产业增加值", True, "亿元", None, None, 10953, 7.4),
             ("第三产业增加值", True, "亿元", None, None, 13916, 8.1),
             ("农林牧渔业增加值", False, "亿元", None, None, None, 1.6),
             ("全部工业增加值", False, "亿元", None, None, None, 8.2),
             ("规模以上工业增加值", True, "亿元", None, None, None, 8.2),
             ("规模以下工业增加值", True, "亿元", None, None, None, 8.4),
             ("规模以上工业企业利润总额", False, "亿元", None, None, 2048, 13.2),
             ("固定资产投资", False, "亿元", None, None, None, 5.7),
             ("民间投资", True, "亿元", None, None, None, 17.2),
         ]},
    ],
}

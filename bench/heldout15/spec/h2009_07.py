"""2009年第7期 (text export): a province's first-half figures as a news agency reported them from its statistics
bureau: GDP with the three industries as sub-rows, industry, investment, trade with exports as a sub-row, revenue,
deposits with savings as a sub-row; values printed only as `2600多亿元`, `100多亿美元`, `7300多元`, `2590多元` (no value
typed), `20%` without decimals, a price index `上涨0.8%` (growth only); Chinese-numeral 出版日期 on the cover; dots TOC,
`· N ·`.

Sources: SOURCES.md rows 2009-07-*.
"""

ISSUE = {
    "name": "2009-07", "shape": "text", "year": 2009, "issue_no": 7, "total_no": 56,
    "publish_date": "2009-07-31", "page_form": "· {} ·", "toc_form": "dots",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2009年上半年四川省主要经济指标",
         "producer": "四川省统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 6015, 13.5),
             ("第一产业增加值", True, "亿元", None, None, 861, 3.2),
             ("第二产业增加值", True, "亿元", None, None, 3057.9, 18.3),
             ("第三产业增加值", True, "亿元", None, None, 2096.1, 10.6),
             ("规模以上工业增加值", False, "亿元", None, None, 2871.4, 20),
             ("全社会固定资产投资", False, "亿元", None, None, 5560.8, 69.6),
             ("社会消费品零售总额", False, "亿元", None, None, None, 20.5),
             ("外贸进出口总额", False, "亿美元", None, None, None, 8.1),
             ("出口", True, "亿美元", None, None, 61, 12.1),
             ("地方财政一般预算收入", False, "亿元", None, None, 595, 10.5),
             ("城镇居民人均可支配收入", False, "元", None, None, None, 11.4),
             ("农民人均现金收入", False, "元", None, None, None, 13.4),
             ("居民消费价格", False, "%", None, None, None, 0.8),
             ("金融机构人民币各项存款余额", False, "亿元", None, None, 22960, 39.8),
             ("城乡居民储蓄存款余额", True, "亿元", None, None, 10968, 28.3),
         ]},
    ],
}

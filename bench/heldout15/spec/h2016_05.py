"""2016年第5期 (text export): a province's figures for January to April as a city paper reported the statistics
bureau's release: the month's growth beside the four months' (`4月当月，规模以上工业增加值同比增长7.5%`), investment with a
sub-row, values printed with a trailing zero (`2264.0`, `4760.0`), floor space in `万平方米`, urban and rural retail as
growth-only sub-rows; a brief opening `日前，` (no day named, no year printed) with ranges `1～4月`; dots TOC, `-N-`.

Sources: SOURCES.md rows 2016-05-*.
"""

NEWS = "四川省统计局发布前4月国民经济主要指标数据"

ISSUE = {
    "name": "2016-05", "shape": "text", "year": 2016, "issue_no": 5, "total_no": 138,
    "publish_date": "2016-05-31", "page_form": "-{}-", "toc_form": "dots",
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": None,
              "paragraphs": [
                  "日前，四川省统计局发布该省前4月国民经济主要指标数据，四川经济在一季度“开门红”之后，继续呈现工业增长较快、投资规模继续扩大、消费稳定增长的良好态势。",
                  "统计数据显示，四川工业增长较快。1～4月，该省规模以上工业增加值同比增长17.3%，增速比全国平均水平高6.3个百分点。41个大类行业中有37个行业增加值保持增长，其中，黑色金属矿采选业、计算机通信及其他电子设备制造业增幅同比超过30%。重点监测的130种工业产品中有92种同比增长，其中，汽车产量增长70%，电子计算机整机产量增长481.8%。",
                  "同时，四川投资规模继续扩大。1～4月，全川全社会固定资产投资达5046.1亿元，同比增长22.3%。前4月到位资金5710.6亿元，同比增长15.4%。前4月房地产开发完成投资911.8亿元，同比增长19.8%。",
                  "此外，该省消费稳定增长，居民消费价格和工业生产者价格涨幅继续回落。1～4月社会消费品零售总额达2807亿元，同比增长16.2%。居民消费价格（CPI）同比上涨3.1%，涨幅比全国平均水平低0.6个百分点，比去年同期回落3.0个百分点。1～4月，工业生产者出厂价格（PPI）同比上涨1.2%，工业生产者购进价格（IPI）上涨3.3%。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2016年1—4月四川省主要经济指标",
         "producer": "四川省统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, 7.5, None, 7.7),
             ("全社会固定资产投资", False, "亿元", None, None, 8530.9, 12.8),
             ("固定资产投资（不含农户）", True, "亿元", None, None, 8225.6, 13.3),
             ("到位资金", False, "亿元", None, None, 9500.6, 6.7),
             ("房地产开发完成投资", False, "亿元", None, None, 1563.2, 12.9),
             ("商品房销售面积", False, "万平方米", None, None, "2264.0", 21.8),
             ("社会消费品零售总额", False, "亿元", None, None, "4760.0", 11.6),
             ("城镇消费品零售额", True, "亿元", None, None, None, 11.4),
             ("乡村消费品零售额", True, "亿元", None, None, None, 12.7),
         ]},
    ],
}

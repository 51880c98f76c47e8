"""2023年第3期 (raw two-column): a province's January–February table laid out from its statistics bureau's
release: growth-only rows for industry by sector and for investment by industry, values in 亿千瓦时 and 亿元,
negative growths, trailing zeros (`280.90`, `6.0`, `5.0`); a brief under a title with a bracketed kicker
(`【权威解读】…`), the author's line opening with a dash (`——省统计局工业处首席统计师刘雪贞`), no date named
(`1-2月，`), a sentence missing its 比 as the page prints it (`，2022年12月份加快3.2个百分点`), a numbered sub-heading,
figures in brackets after city names; `— N —`.

Sources: SOURCES.md rows 2023-03-*.
"""

ISSUE = {
    "name": "2023-03", "shape": "raw", "year": 2023, "issue_no": 3, "total_no": 243,
    "publish_date": None, "page_form": "— {} —", "header": ["2023年第3期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "云南省2023年1-2月主要经济指标",
         "producer": "云南省统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, None, None, 8.5),
             ("采矿业增加值", True, "亿元", None, None, None, -4.5),
             ("制造业增加值", True, "亿元", None, None, None, 9.4),
             ("电力、热力、燃气及水生产和供应业增加值", True, "亿元", None, None, None, 9.9),
             ("烟草制品业增加值", True, "亿元", None, None, None, 8.3),
             ("电子行业增加值", True, "亿元", None, None, None, 48.3),
             ("装备制造业增加值", True, "亿元", None, None, None, 43.2),
             ("规模以上工业发电量", False, "亿千瓦时", None, None, 488.02, 8.4),
             ("全社会用电量", False, "亿千瓦时", None, None, 402.16, 16.3),
             ("工业用电", True, "亿千瓦时", None, None, "280.90", 20.5),
             ("固定资产投资（不含农户）", False, "亿元", None, None, None, 8.2),
             ("第一产业投资", True, "亿元", None, None, None, 23.2),
             ("第二产业投资", True, "亿元", None, None, None, 54.3),
             ("第三产业投资", True, "亿元", None, None, None, -3.8),
             ("工业投资", True, "亿元", None, None, None, 54.5),
             ("房地产开发投资", True, "亿元", None, None, None, -24.9),
             ("社会消费品零售额", False, "亿元", None, None, 1727.26, "6.0"),
             ("商品零售", True, "亿元", None, None, 1468.46, "5.0"),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "【权威解读】2023年1-2月云南工业经济实现良好开局",
         "items": [
             {"title_lines": ["【权威解读】2023年1-2月云南工业经济实现良好开局"],
              "title": "【权威解读】2023年1-2月云南工业经济实现良好开局", "date": None,
              "paragraphs": [
                  "——省统计局工业处首席统计师刘雪贞",
                  "解读2023年1-2月云南工业生产数据",
                  "1-2月，全省上下认真落实省委经济工作会和省“两会”工作要求，加快推动经济稳进提质政策落地见效，着力推进复工复产，全省规模以上工业经济实现良好开局。",
                  "一、工业经济快速增长",
                  "1-2月，全省规模以上工业增加值同比增长8.5%，2022年12月份加快3.2个百分点，增速高于全国6.1个百分点。两年平均增长7.9%，高于全国3.0个百分点。",
                  "三大门类“两增一降”。制造业增加值同比增长9.4%，高于规上工业增速0.9个百分点；电力、燃气和水的生产和供应业增加值增长9.9%，高于规上工业增速1.4个百分点；采矿业增加值同比下降4.5%。",
                  "16个州市中，14个州市增加值实现正增长，丽江（增长20.7%）、保山（18.6%）、昭通（14.0%）、曲靖（12.3%）、楚雄（12.1%）、昆明（10.2%）、德宏（9.5%）、大理（8.7%）8个州市增速高于全省。其中，昆明规上工业增加值自2022年以来首次实现两位数增长。",
              ]},
         ]},
    ],
}

"""2025年第8期 (raw two-column): an autonomous county government office's 通报 on its first-quarter policy-interpretation
checks, no doc number, the stored copy ending in part 二's item （二） before any signature, a notice titled with 《》
nested inside 《》 named in part 一; a county's first-half figures from its statistics bureau's press conference
(cumulative value and growth; two industries' output and two kinds of value added with growth only as sub-rows, `18.30`
and `9.0` as printed); the report as a brief under a headline with a space, opening `记者从近日召开的…` (no day named);
`· N ·`.

Sources: SOURCES.md rows 2025-08-*.
"""

NEWS = "上半年 我县经济实现稳中提质"

ISSUE = {
    "name": "2025-08", "shape": "raw", "year": 2025, "issue_no": 8, "total_no": 248,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2025年第8期"],
    "sections": [
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["沧源佤族自治县人民政府办公室关于2025年", "一季度政策解读工作检查情况通报"],
             "title": "沧源佤族自治县人民政府办公室关于2025年一季度政策解读工作检查情况通报",
             "doc_number": None, "registration_code": None,
             "issuer": "沧源佤族自治县人民政府办公室",
             "addressees": "各乡、民族乡、镇人民政府，县直各部门",
             "paragraphs": [
                 "沧源佤族自治县人民政府办公室对一季度全县政策解读工作开展了全面检查，现通报如下：",
                 "一、总体情况",
                 "2025年一季度，公开发布政策文件1份。县卫生健康局以图文解读的方式于县人民政府门户网站上公开发布了政策文件——《沧源佤族自治县人民政府办公室关于印发《沧源佤族自治县全面消除麻风危害可持续发展规划（2024—2030年）》的通知》。（检查栏目为“政策文件”栏目）",
                 "二、工作要求",
                 "（一）坚持“谁起草、谁解读、谁负责”的原则。以县政府或者县政府办公室名义印发的政策性文件，由起草部门负责做好解读工作。县政府各部门主要负责人是所在部门起草政策性文件的第一解读人和责任人，应当带头解读，发布权威声音。",
                 "（二）要充分知悉解读范围。符合下列情形之一的政策性文件，应当进行解读：一是县政府及其部门的行政规范性文件。二是以县政府或者县政府办公室名义，不属于行政规范性文件，但涉及公民、法人或其他社会组织的权利义务、切身利益及重大公共利益，社会关注度高，需要广泛知晓，或专业性较强的政策性文件。三是其他需要解读的政策性文件。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2025年上半年岱山县主要经济指标",
         "producer": "岱山县统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 400.61, 6.1),
             ("第一产业增加值", True, "亿元", None, None, "18.30", 1.1),
             ("第二产业增加值", True, "亿元", None, None, 317.49, 5.8),
             ("第三产业增加值", True, "亿元", None, None, 64.82, "9.0"),
             ("规上工业总产值", False, "亿元", None, None, 1564.97, 5.4),
             ("船舶工业总产值", True, "亿元", None, None, None, "37.0"),
             ("水产加工总产值", True, "亿元", None, None, None, 16.4),
             ("规上工业增加值", False, "亿元", None, None, None, 8.4),
             ("高新技术规上工业增加值", True, "亿元", None, None, None, 6.9),
             ("数字经济规上工业增加值", True, "亿元", None, None, None, 16.3),
             ("规上工业企业利润总额", False, "亿元", None, None, 32.17, "24.0"),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": None,
              "paragraphs": [
                  "记者从近日召开的县统计局新闻发布会上获悉，今年以来，全县上下凝心聚力、奋勇争先，全力抓产业、扩消费、促发展，以高质量发展为首要任务，加力落实系列政策，有效应对内外风险，上半年全县经济实现稳定增长、稳中提质。",
                  "根据地区生产总值统一初步核算结果，上半年，全县实现GDP总量400.61亿元，按可比价计算同比增长6.1%。分产业看，第一产业增加值18.30亿元，增长1.1%，第二产业增加值317.49亿元，增长5.8%；第三产业增加值64.82亿元，增长9.0%，第三产业增速领跑全市。",
                  "工业经济承压前行。上半年，全县实现规上工业总产值1564.97亿元，占全市规上工业总产值的比重为69.3%，同比增长5.4%。上半年全县规上工业增加值同比增长8.4%，工业对经济增长贡献率为84.2%。分规上重点行业看，石油化工成为我县规上工业较快增长的有力保障，船舶工业、水产加工总产值分别增长37.0%、16.4%。",
                  "从经营情况看，上半年规上工业企业实现利润总额32.17亿元，同比增长24.0%。从新兴产业看，高新技术和数字经济规上工业增加值分别增长6.9%和16.3%。",
              ]},
         ]},
    ],
}

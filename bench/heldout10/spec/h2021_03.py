"""2021年第3期 (text export): a city's five-year plan outline: no number, addressee, issuer or signature; a
two-line title block (a Chinese-numeral year inside: `二〇三五年`), its preamble, `第一章`/`第一节` headings and
the review's first paragraphs (a range of years in brackets, `（2021-2025年）`); dots TOC, `— N —` and headers left in.

Sources: SOURCES.md rows 2021-03-*.
"""

TITLE = "温州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"

ISSUE = {
    "name": "2021-03", "shape": "text", "year": 2021, "issue_no": 3, "total_no": 219,
    "publish_date": "2021-03-25", "page_form": "— {} —", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2021年第3期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["温州市国民经济和社会发展第十四个五年规划", "和二〇三五年远景目标纲要"],
             "title": TITLE, "doc_number": "", "registration_code": None, "issuer": None, "addressees": None,
             "paragraphs": [
                 "“十四五”时期（2021-2025年），是温州市高水平全面建成小康社会之后，乘势而上开启全面建设社会主义现代化新征程的第一个五年，也是为浙江省忠实践行“八八战略”、奋力打造“重要窗口”、争创社会主义现代化先行省作出温州贡献的关键五年。温州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要，根据《中共温州市委关于制定温州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》制定，主要阐明全市经济社会发展的战略意图，明确政府工作重点，引导规范市场主体行为，是政府全面正确履行职责的重要依据，是全市人民的共同愿景。",
                 "第一章 开启现代化建设新征程",
                 "第一节 发展回顾",
                 "“十三五”时期是温州改革发展进程中极不平凡的五年。面对中美贸易摩擦和新冠肺炎疫情冲击，全市上下高举习近平新时代中国特色社会主义思想伟大旗帜，全面落实中央和省委省政府各项决策部署，忠实践行“八八战略”，紧紧围绕“1161”工作主题主线，全力打好推动高质量发展的系列组合拳。“十三五”规划主要目标任务较好完成，高水平全面建成小康社会取得决定性成就，为开启高水平现代化建设新征程奠定了坚实基础。",
                 "综合实力再上台阶。2020年全市实现地区生产总值6871亿元，“十三五”年均增长7.2%，与2010年相比提前两年实现翻一番；人均生产总值73000元；财政总收入962.5亿元，其中一般公共预算收入602亿元。经济总量迈入全国城市30强，温州城市品牌价值进入全国20强。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": [], "cut_title": True},
        ]},
    ],
}

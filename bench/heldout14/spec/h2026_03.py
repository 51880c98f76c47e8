"""2026年第3期 (text export): a regional government's notice (内政发〔2026〕5号) 关于下达…计划的通知, its two-line title
block cut by a page break, signed with the date alone, `（此件公开发布）` and the enclosed 计划's title and first two
paragraphs (the year's targets) after it; dots TOC, `· N ·`.

Sources: SOURCES.md rows 2026-03-*.
"""

PLAN = "2026年内蒙古自治区国民经济和社会发展计划"

ISSUE = {
    "name": "2026-03", "shape": "text", "year": 2026, "issue_no": 3, "total_no": 256,
    "publish_date": "2026-03-31", "page_form": "· {} ·", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["内蒙古自治区人民政府关于下达2026年自治区国民经济", "和社会发展计划的通知"], "cut_title": True,
             "title": "内蒙古自治区人民政府关于下达2026年自治区国民经济和社会发展计划的通知",
             "doc_number": "内政发〔2026〕5号", "registration_code": None,
             "issuer": "内蒙古自治区人民政府",
             "addressees": "各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位",
             "paragraphs": [f"《{PLAN}》已经自治区十四届人大五次会议审议通过，现予下达，请结合实际，认真贯彻实施。"],
             "signature": ["2026年2月13日"], "signed_date": "2026-02-13",
             "after_signature": [
                 "（此件公开发布）",
                 PLAN,
                 "2026年是“十五五”开局之年，按照自治区党委十一届十一次全会暨全区经济工作会议部署，总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会以及中央经济工作会议精神，深入贯彻落实习近平总书记对内蒙古系列重要讲话重要指示精神，按照自治区党委“1571”工作部署，完整准确全面贯彻新发展理念，积极融入和服务构建新发展格局，着力推动高质量发展，坚持人民至上，坚持稳中求进工作总基调，更好服务国内经济发展和国际经贸斗争大局，更好统筹发展和安全，持续提振需求、优化供给，做优增量、盘活存量，因地制宜发展新质生产力，深度对接全国统一大市场，持续防范化解重点领域风险，着力稳就业、稳企业、稳市场、稳预期，推动经济实现质的有效提升和量的合理增长，保持社会和谐稳定，实现“十五五”良好开局。",
                 "2026年经济社会发展的主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；城镇调查失业率5.7%左右，城镇新增就业18万人以上；居民消费价格涨幅2%左右；居民收入增长与经济增长同步；粮食产量超过840亿斤；完成国家下达的降碳减排任务。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}

"""2025年第5期 (text export): a district government's notice enclosing its measures for growth (2025 edition), printed
without doc number (its stored copy gives none), the measures' name without 《》 inside the title (`关于印发关于…的通知`),
addressees in two groups, signed with issuer and date, `（此件公开发布）`, the measures' two-line title, the preamble, the
first part's heading with its lead bureau in brackets and its paragraph; page furniture left in the export (`— N —`
footers, running headers that alternate); plain TOC.

Sources: SOURCES.md rows 2025-05-*.
"""

TITLE = "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措（2025年版）的通知"

ISSUE = {
    "name": "2025-05", "shape": "text", "year": 2025, "issue_no": 5, "total_no": 245,
    "publish_date": "2025-05-30", "page_form": "— {} —", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2025年第5期"],
    "sections": [
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["金华市婺城区人民政府关于印发关于推动经济", "高质量发展若干政策举措（2025年版）的通知"],
             "title": TITLE, "doc_number": None, "registration_code": None,
             "issuer": "金华市婺城区人民政府", "addressees": "各乡镇人民政府、街道办事处，区直属有关单位",
             "paragraphs": [
                 "《关于推动经济高质量发展若干政策举措（2025年版）》已经区政府同意，现印发给你们，请认真贯彻执行。",
             ],
             "signature": ["金华市婺城区人民政府", "2025年4月1日"], "signed_date": "2025-04-01",
             "after_signature": [
                 "（此件公开发布）",
                 "关于推动经济高质量发展若干政策举措",
                 "（2025年版）",
                 "为全面落实中央、省委、市委和区委经济工作会议决策部署，推动经济持续向好，增强宏观政策取向一致性，强力攻坚“港”“廊”“链”主战场，加快推进高质量发展建设共同富裕示范区，特制定以下政策举措。",
                 "一、强化科技创新（区科技局牵头）",
                 "以统筹深化教育科技人才一体化改革和迭代升级“315”科技创新体系建设工程为牵引，推进创新链产业链资金链人才链深度融合，加快培育发展新质生产力。2025年，力争全社会研发投入强度达到2.95%。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}

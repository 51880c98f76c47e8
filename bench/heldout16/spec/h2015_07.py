"""2015年第7期 (text export): a city government office's notice (穗府办〔2015〕14号) enclosing an emergency plan, its
title block cut by a page break, addressees in three groups, signed with issuer and date, the plan's title, first
numbered headings (`1 总则`, `1.1 编制目的`) and paragraph after it; a provincial 人大常委会's acceptance of a
resignation in a report's sentence naming no meeting, the sentence before it naming the session; dots TOC, `— N —`.

Sources: SOURCES.md rows 2015-07-*.
"""

PLAN = "广州市石油天然气管道保护突发事件应急预案"

ISSUE = {
    "name": "2015-07", "shape": "text", "year": 2015, "issue_no": 7, "total_no": 128,
    "publish_date": "2015-07-31", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["广州市人民政府办公厅关于印发广州市石油天然气管道保护", "突发事件应急预案的通知"],
             "cut_title": True,
             "title": f"广州市人民政府办公厅关于印发{PLAN}的通知",
             "doc_number": "穗府办〔2015〕14号", "registration_code": None,
             "issuer": "广州市人民政府办公厅",
             "addressees": "各区、县级市人民政府，市政府各部门、各直属机构，市应急委各成员单位",
             "paragraphs": [f"《{PLAN}》业经市政府同意，现印发给你们。请结合广州市突发事件总体应急预案要求，认真组织实施。"],
             "signature": ["广州市人民政府办公厅", "2015年3月31日"], "signed_date": "2015-03-31",
             "after_signature": [
                 PLAN,
                 "1 总则",
                 "1.1 编制目的",
                 "提高本市行政区域内石油天然气管道保护突发事件（以下简称管道保护突发事件）应急处置能力，最大限度降低管道保护突发事件的危害程度，保障能源通道安全和人民群众生命财产安全。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             "7月24日上午，山东省十二届人大常委会第十五次会议在济南闭会。",
             "会议表决通过了关于接受于晓明辞去山东省副省长职务的请求的决定。",
         ],
         "rows": [("于晓明", "dismiss", "山东省副省长", None)],
         "decided_by": None},
    ],
}

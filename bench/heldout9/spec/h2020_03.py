"""2020年第3期 (raw two-column): an autonomous region's notice (新政发〔2020〕16号) whose title names no issuer,
its two-line title block cut by a page break (`关于印发《新疆维吾尔自治区关于进一步` / `做好稳就业工作的实施意见》的通知`),
dated `2020年3月19日` without issuer line, （此件公开发布）, the enclosed opinions begun, one cited number
(国发〔2019〕28号); `— N —`.

Sources: SOURCES.md rows 2020-03-*.
"""

OPINIONS = "新疆维吾尔自治区关于进一步做好稳就业工作的实施意见"

ISSUE = {
    "name": "2020-03", "shape": "raw", "year": 2020, "issue_no": 3, "total_no": 207,
    "publish_date": None, "page_form": "— {} —", "header": ["2020年第3期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["关于印发《新疆维吾尔自治区关于进一步", "做好稳就业工作的实施意见》的通知"],
             "title": f"关于印发《{OPINIONS}》的通知", "doc_number": "新政发〔2020〕16号", "registration_code": None,
             "issuer": "新疆维吾尔自治区人民政府",
             "addressees": "伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治区人民政府各部门、各直属机构",
             "paragraphs": [f"《{OPINIONS}》已经自治区人民政府第81次常务会议审议通过，现印发你们，请认真贯彻执行。"],
             "signature": ["2020年3月19日"], "signed_date": "2020-03-19",
             "after_signature": [
                 "（此件公开发布）",
                 OPINIONS,
                 "自治区党委、自治区人民政府始终坚持就业第一，把就业作为最大的民生工程、民心工程、根基工程，作为保障和改善民生、维护社会稳定和长治久安的重要举措，确保我区就业局势保持总体稳定。但今年以来国内外风险挑战增多，稳就业压力加大。为全力做好我区稳就业工作，根据《国务院关于进一步做好稳就业工作的意见》（国发〔2019〕28号）精神，结合我区实际，提出以下实施意见。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["国发〔2019〕28号"], "cut_title": True},
        ]},
    ],
}

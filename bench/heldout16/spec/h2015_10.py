"""2015年第10期 (raw two-column): a district government office's notice (明府办〔2015〕144号) whose title block runs
over three lines, the 《》 of the plan it revises opening on the second and closing on the third, addressees in
groups, signed with issuer and date, the plan's title, `一、总 则` (letter-spaced) and its first three items after it,
citing provincial and city plans by title only; a 发文目录 of one row; bare page numbers.

Sources: SOURCES.md rows 2015-10-*.
"""

TITLE = "佛山市高明区人民政府办公室关于修订《佛山市高明区突发地质灾害应急预案》的通知"
NUMBER = "明府办〔2015〕144号"

ISSUE = {
    "name": "2015-10", "shape": "raw", "year": 2015, "issue_no": 10, "total_no": 131,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2015年第10期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["佛山市高明区人民政府办公室关于修订", "《佛山市高明区突发地质灾害", "应急预案》的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "佛山市高明区人民政府办公室",
             "addressees": "各镇政府、街道办，西江新城管委会，区政府有关部门、直属有关单位",
             "paragraphs": ["《佛山市高明区突发地质灾害应急预案》业经修订并经区人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向区国土城建水务局（国土）反映。"],
             "signature": ["佛山市高明区人民政府办公室", "2015年10月15日"], "signed_date": "2015-10-15",
             "after_signature": [
                 "佛山市高明区突发地质灾害应急预案",
                 "一、总 则",
                 "（一）目的。",
                 "建立健全我区应对突发地质灾害的应急体系和运行机制，提高应急能力，迅速、有序、高效地处置好辖区内的突发地质灾害，做好防灾减灾和抢险救灾工作，避免或最大限度减轻地质灾害造成的损失，保障人民群众生命财产安全，维护社会稳定。",
                 "（二）编制依据。",
                 "依据国务院《地质灾害防治条例》、《广东省地质环境管理条例》、《广东省突发地质灾害应急预案》、《佛山市突发地质灾害应急预案》、《佛山市高明区突发公共事件总体应急预案》及有关规定，结合我区实际，制定本预案。",
                 "（三）适用范围。",
                 "本预案适用于本区行政区域范围内发生的突发地质灾害应急工作。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2015年10月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}

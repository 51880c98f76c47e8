"""2019年第12期 (text export): a city government office's notice (徐政办发〔2019〕107号) enclosing its revised emergency plan
for the supply of daily necessities, titled as that city prints it (`市政府办公室关于…`, no city named), addressees in four
groups, one sentence, signed with issuer and date, `（此件公开发布）`, then the plan's title, its numbered headings
(`1 总则`, `1.1编制目的`) and first paragraph; a 发文目录 of one row; running headers and `· N ·` footers left in; dots TOC.

Sources: SOURCES.md rows 2019-12-*.
"""

TITLE = "市政府办公室关于印发徐州市生活必需品市场供应应急预案的通知"
NUMBER = "徐政办发〔2019〕107号"

ISSUE = {
    "name": "2019-12", "shape": "text", "year": 2019, "issue_no": 12, "total_no": 180,
    "publish_date": "2019-12-31", "page_form": "· {} ·", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2019年第12期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["市政府办公室关于印发徐州市生活必需品", "市场供应应急预案的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "徐州市人民政府办公室",
             "addressees": "各县（市）区人民政府，徐州经济技术开发区、徐州高新技术产业开发区管委会，市各委、办、局（公司），市各直属单位",
             "paragraphs": [
                 "经市政府同意，现将修订后的《徐州市生活必需品市场供应应急预案》印发给你们，请认真贯彻执行。",
             ],
             "signature": ["徐州市人民政府办公室", "2019年11月26日"], "signed_date": "2019-11-26",
             "after_signature": [
                 "（此件公开发布）",
                 "徐州市生活必需品市场供应应急预案",
                 "1 总则",
                 "1.1编制目的",
                 "建立健全生活必需品市场供应的预警和应急机制，有效预防和及时消除因突发事件引发的生活必需品市场异常波动，保障人民群众日常基本生活需要，维护社会稳定。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2019年11月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}

"""2020年第11期 (text export): a city justice bureau's call for comments on a draft of the city's revised housing
security rules, titled by the draft's name in 《》 and the words after it (`…》公开征求意见`), no doc number, no
addressees, the deadline and four contact lines (`联 系 人：`, letter-spaced), signed with issuer and date; the
bureau's explanation of the draft (`…起草说明`) as a 政策解读 with its drafting unit (`起草单位：银川市司法局`): its
opening sentence, part `一、修订的必要性` and its paragraph; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2020-11-*.
"""

DRAFT = "《银川市城市住房保障管理办法（修订草案征求意见稿）》"

ISSUE = {
    "name": "2020-11", "shape": "text", "year": 2020, "issue_no": 11, "total_no": 191,
    "publish_date": "2020-11-30", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": [DRAFT, "公开征求意见"], "title": DRAFT + "公开征求意见",
             "doc_number": None, "registration_code": None,
             "issuer": "银川市司法局", "addressees": None,
             "paragraphs": [
                 "为了广泛听取社会各界的意见和建议，提高立法质量和效率，现将" + DRAFT + "及其说明予以公布，广泛征求社会各界意见和建议，以便进一步研究、修改后报请市政府常务会议审议。",
                 "请于2020年11月28日前将书面意见和建议以邮寄、传真或者电子邮件的方式送银川市司法局。",
                 "联 系 人：邵宝艳",
                 "联系电话：0951-6889215（传真）",
                 "电子邮箱：yclfba@163.com",
                 "通信地址：银川市金凤区北京中路166号银川市司法局（邮编750021）",
             ],
             "signature": ["银川市司法局", "2020年10月28日"], "signed_date": "2020-10-28",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "interpretations", "heading": "政策解读", "items": [
            {"title_lines": [DRAFT + "起草说明"], "title": DRAFT + "起草说明",
             "interprets": "银川市城市住房保障管理办法（修订草案征求意见稿）",
             "unit": "银川市司法局", "unit_label": "起草单位",
             "paragraphs": [
                 "现将" + DRAFT + "（以下简称《办法》）起草有关情况说明如下：",
                 "一、修订的必要性",
                 "为加强住房保障管理，我市于2009年制定了《银川市城市住房保障管理试行办法》，2013年进行了修订，修订后的《银川市城市住房保障管理办法》（以下简称原办法）于2013年10月15日公布实施。原办法公布实施以来，对于贯彻落实国家、自治区关于建立完善城市住房保障制度体系，解决我市城镇中低收入住房困难群体的住房问题发挥了重要作用，为有序推进住房保障工作提供了政策依据。截至今年9月底，银川市累计取得住房保障资格家庭3万余户，累计发放租赁补贴近3亿元。公租实物配租户达到1.86万户。",
             ]},
        ]},
    ],
}

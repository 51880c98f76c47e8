"""2019年第2期 (raw two-column): a city government order (长春市人民政府令第77号) promulgating a decision that
amends and repeals rules, `现予公布` with no effective date, signed by the title alone (`代市长`, the name absent)
over `2019年1月3日`, the decision's items `（一）删去《…》第十四条第二款第八项。` and an amended clause quoted in
full with a 《》 title inside the quotation; `第N页`.

Sources: SOURCES.md rows 2019-02-*.
"""

TITLE = "长春市人民政府关于修改和废止部分政府规章的决定"

ISSUE = {
    "name": "2019-02", "shape": "raw", "year": 2019, "issue_no": 2, "total_no": 194,
    "publish_date": None, "page_form": "第{}页", "header": ["2019年第2期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市政府令", "items": [
            {"title_block": ["长春市人民政府关于", "修改和废止部分政府规章的决定"],
             "title": TITLE, "doc_number": "长春市人民政府令第77号", "registration_code": None,
             "issuer": "长春市人民政府", "addressees": None,
             "paragraphs": [f"《{TITLE}》已经2018年12月28日市人民政府第19次常务会议审议通过，现予公布。"],
             "signature": ["代市长", "2019年1月3日"], "signed_date": "2019-01-03",
             "after_signature": [
                 "长春市人民政府关于",
                 "修改和废止部分政府规章的决定",
                 "为贯彻落实党中央、国务院关于减证便民、优化服务的部署要求，做好我市证明事项清理工作，切实做到没有法律法规规定的证明事项一律取消，根据国务院办公厅、省政府办公厅《关于做好证明事项清理工作的通知》要求，市政府对涉及政府规章设定的证明事项进行了全面清理。经过清理，市政府决定对8部政府规章予以修改，对6部政府规章予以废止。",
                 "一、修改8部政府规章的部分条款",
                 "（一）删去《长春市城乡居民最低生活保障办法》第十四条第二款第八项。",
                 "（二）删去《长春市出售公有住房管理办法》第二十八条第二项。",
                 "（三）删去《长春市体育市场管理规定》第八条第三项中的“必要的资金和”。",
                 "（四）将《长春市献血管理办法》第十四条第一款修改为“献血者本人及配偶、父母、子女在本市或者异地医疗临床用血机构用血的，按照本办法第十三条规定，持献血者有效身份证件、《无偿献血证》及住院收费票据，到市中心血站办理用血费用报销手续。”",
                 "删去第十四条第二款。",
                 "（五）删去《长春市城市建筑垃圾管理办法》第十五条第二款第一项。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}

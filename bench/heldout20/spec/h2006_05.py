"""2006年第5期 (text export): a city government office's notice (丹政办发〔2006〕25号) publishing its rules on the flexible
movement of talent, titled `…关于发布《…》的通知`, addressees `各县（市）区人民政府、市政府各部门`, the meeting's date in its one
sentence (`业经2006年3月29日市政府第37次常务会议审议通过`), signed with issuer and a date in Chinese numerals (二○○六年四月八日);
the 办法's title and `第一条` to `第三条` (three numbered items) after the signature; a 发文目录 of one row; Chinese-numeral
出版日期; dots TOC, `- N -`.

Sources: SOURCES.md rows 2006-05-*.
"""

TITLE = "丹东市人民政府办公室关于发布《丹东市人才柔性流动管理办法》的通知"
NUMBER = "丹政办发〔2006〕25号"

ISSUE = {
    "name": "2006-05", "shape": "text", "year": 2006, "issue_no": 5, "total_no": 17,
    "publish_date": "2006-05-31", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["丹东市人民政府办公室关于发布《丹东市人才", "柔性流动管理办法》的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "丹东市人民政府办公室",
             "addressees": "各县（市）区人民政府、市政府各部门",
             "paragraphs": [
                 "《丹东市人才柔性流动管理办法》业经2006年3月29日市政府第37次常务会议审议通过，现予发布，请遵照执行。",
             ],
             "signature": ["丹东市人民政府办公室", "二○○六年四月八日"], "signed_date": "2006-04-08",
             "after_signature": [
                 "丹东市人才柔性流动管理办法",
                 "第一条 为了吸引优秀人才来丹工作，全方位推进人才柔性流动，促进我市经济建设和社会发展，根据国家和省有关规定，结合我市实际，制定本办法。",
                 "第二条 本办法所称人才柔性流动，是指各类人才在不改变户籍、身份和人事关系的前提下，以智力服务为核心，突破工作地、工作单位和工作方式的限制，充分体现个人工作和单位用人自主灵活的人才流动方式。",
                 "第三条 本办法所指人才柔性流动的适用对象为：",
                 "（一）国家承认的境内外大学本科以上学历；",
                 "（二）高级专业技术职务任职资格，或紧缺专业中级专业技术职务任职资格；",
                 "（三）符合我市经济发展方向的紧缺急需人才，或具有特殊技能的各类人才。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2006年4月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}

"""2005年第2期 (text export): a 市府办 notice of commendation dated in Chinese numerals with no issuer line
over the date, one cited number, its list of units after the signature (begun); a 发文目录 of one row.

Sources: SOURCES.md rows 2005-02-*.
"""

TITLE = "温州市人民政府办公室关于表彰第五批“花园式单位（居住区）”和“2003年度城市绿化工作先进单位”的通知"

ISSUE = {
    "name": "2005-02", "shape": "text", "year": 2005, "issue_no": 2, "total_no": 65,
    "publish_date": "2005-03-10", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["温州市人民政府办公室关于表彰第五批", "“花园式单位（居住区）”和“2003年度城市",
                             "绿化工作先进单位”的通知"],
             "title": TITLE, "doc_number": "温政办〔2004〕22号", "registration_code": None,
             "issuer": "温州市人民政府办公室", "addressees": "各县（市、区）人民政府，市各有关单位",
             "paragraphs": [
                 "为加快城市绿化建设步伐，改善城市生态环境，经单位申报，有关部门审查、考核，市人民政府决定，授予温州市第二十二中学等27个单位“花园式单位（居住区）”，温州市高教园区建设委员会等18个单位“2003年度城市绿化工作先进单位”（名单附后）称号，并予以通报表彰。",
                 "希望受表彰的单位再接再厉，继续开展各项绿化活动，加强养护，巩固绿化成果。各地各单位要以先进为榜样，切实做好绿化美化工作，改善城市生态环境和居民生活环境，为创建全国文明城市做出更大的贡献。",
                 "根据温政办〔2000〕118号文件规定，经复查，对1999年获“花园式单位”称号的温州东艺鞋业有限公司、龙湾区永强垃圾焚烧处理厂的考核为不合格，并经多次督促整改无效，市人民政府决定，撤销温州东艺鞋业有限公司、龙湾区永强垃圾焚烧处理厂“花园式单位”称号。",
             ],
             "signature": ["二○○四年二月五日"], "signed_date": "2004-02-05",
             "after_signature": [
                 "温州市第五批“花园式单位（居住区）”和",
                 "“2003年度城市绿化工作先进单位”名单",
                 "一、花园式单位（居住区）",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["温政办〔2000〕118号"]},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2月份市政府、市政府办公室发文目录",
         "rows": [("温政办〔2004〕22号", TITLE)]},
    ],
}

"""2007年第3期 (raw two-column): an autonomous region's 通报 (新政发〔2007〕2号) whose title block names no issuer
(the masthead `新疆维吾尔自治区 人民政府文件` does), over two lines, one attachment named after `附件：`, printed
without signature (the stored copy ends inside its Chinese-numeral date `二○○七年一月十…`); a provincial 人大
standing committee's decision in the report's words (`接受X辞去Y职务的请求`); `第N页`.

Sources: SOURCES.md rows 2007-03-*.
"""

TITLE = "关于表彰2006年度自治区农田水利基本建设“天山杯”竞赛获奖地（州）、县（市）的通报"
LIST = "2006年度自治区农田水利基本建设“天山杯”竞赛获奖地（州）、县（市）名单"
DECIDED = "青海省第十届人民代表大会常务委员会第二十八次会议决定"

ISSUE = {
    "name": "2007-03", "shape": "raw", "year": 2007, "issue_no": 3, "total_no": 51,
    "publish_date": None, "page_form": "第{}页", "header": ["2007年第3期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["关于表彰2006年度自治区农田水利基本建设“天山杯”竞赛", "获奖地（州）、县（市）的通报"],
             "title": TITLE, "doc_number": "新政发〔2007〕2号", "registration_code": None,
             "issuer": "新疆维吾尔自治区人民政府",
             "addressees": "伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治区人民政府各部门、各直属机构",
             "paragraphs": [
                 "加强农田水利基本建设是发展现代农业、建设社会主义新农村的基础。2006年，各地认真贯彻落实中央和自治区两个1号文件精神，按照社会主义新农村建设的总体要求，广泛深入开展了以农田水利基本建设为主要内容的“天山杯”竞赛活动，取得了显著成效，为提高农业综合生产能力、促进我区农业农村经济社会发展做出了重要贡献。在竞赛活动中，全区涌现出了一批先进地（州）、县（市）。为表彰先进，总结经验，进一步调动全区各族干部群众开展农田水利建设的积极性，扎实有效开展我区农田水利基本建设，自治区人民政府决定对在竞赛活动中表现突出的3个地（州）、20个县（市）予以表彰。",
                 "各地、各部门要认真学习先进地（州）、县（市）的经验，进一步解放思想，振奋精神，紧紧围绕促进农民持续快速增收这一核心，把农田水利基本建设摆在更加突出的位置，高度重视，统筹安排，突出重点，加大投入，注重实效，有序有力地加快农田水利基本建设，为我区农业发展、农民增收、农村繁荣做出应有的贡献。希望受表彰的地（州）、县（市）再接再厉，戒骄戒躁，开拓进取，再创佳绩。",
                 f"附件：{LIST}",
             ],
             "signature": [], "signed_date": None,
             "attachments": [LIST], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "3月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "接受马培华辞去青海省副省长职务的请求。",
         ],
         "rows": [
             ("马培华", "dismiss", "青海省副省长", None),
         ],
         "decided_by": DECIDED},
    ],
}

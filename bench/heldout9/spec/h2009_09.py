"""2009年第9期 (raw two-column): an autonomous region's office notice whose title names its issuer and whose number
follows the title (the source prints it in brackets, the typesetter on its own line), a range of years (`2007-2008年度`), awards in quotation
marks nested (`“自治区城市建设‘天山杯’竞赛先进城市”`), printed without signature (the stored copy ends after the
awards); an autonomous region's 人大 standing committee's decision in the report's
words, one line naming two people (`决定任命A为Y，免去B Y职务`, the dismissal without 的), posts under the short
`自治区`; `· N ·`.

Sources: SOURCES.md rows 2009-09-*.
"""

DECIDED = "新疆维吾尔自治区第十一届人民代表大会常务委员会第十三次会议决定"

TITLE = "新疆维吾尔自治区人民政府办公厅关于表彰2007-2008年度自治区城市建设“天山杯”竞赛先进城市的通知"

ISSUE = {
    "name": "2009-09", "shape": "raw", "year": 2009, "issue_no": 9, "total_no": 81,
    "publish_date": None, "page_form": "· {} ·", "header": ["2009年第9期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["新疆维吾尔自治区人民政府办公厅关于表彰2007-2008年度", "自治区城市建设“天山杯”竞赛先进城市的通知"],
             "title": TITLE, "doc_number": "新政办发〔2009〕60号", "registration_code": None,
             "issuer": "新疆维吾尔自治区人民政府办公厅",
             "addressees": "伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治区人民政府各部门、各直属机构",
             "paragraphs": [
                 "2007-2008年，各地坚持以邓小平理论和“三个代表”重要思想为指导，全面贯彻落实科学发展观，加强领导，精心组织，深入开展城市建设“天山杯”竞赛活动，努力提高城市规划、建设和管理水平，城市基础设施承载能力进一步提高，城市综合服务功能日趋完善，城市人居环境、生态环境和投资发展环境得到明显改善，为自治区经济社会持续健康发展做出了新的贡献。",
                 "为表彰先进，促进工作，自治区人民政府决定授予乌鲁木齐市、库尔勒市、哈密市、昌吉市、石河子市、克拉玛依市等6个城市“自治区城市建设‘天山杯’竞赛先进城市”称号，各奖励20万元；授予鄯善、沙雅、伊吾、且末、轮台、乌恰、拜城、疏勒、布尔津、新源、富蕴、沙湾、吉木萨尔等13个县城“自治区城市建设‘天山杯’竞赛先进县城”称号，各奖励15万元。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "9月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "决定任命朱昌杰为自治区公安厅厅长，免去柳耀华自治区公安厅厅长职务。",
         ],
         "rows": [
             ("朱昌杰", "appoint", "自治区公安厅厅长", None),
             ("柳耀华", "dismiss", "自治区公安厅厅长", None),
         ],
         "decided_by": DECIDED},
    ],
}

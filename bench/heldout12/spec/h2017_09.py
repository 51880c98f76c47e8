"""2017年第9期 (raw two-column): a city government office's notice printed without number (its signature line,
whose 年月日 the stored copy lost, left out), enclosing four rules of which the first is begun (`第一条` to `第五条`);
a district government's notice (渝北府发〔2017〕7号) enclosing its 工作规则, signed
with issuer and date, the rules begun (`第一章 总则` to `第四条`, `第二章 组成人员及其职责`); a municipality's
January–August figures from its statistics bureau as a news service reported them: growth-only industry,
investment with its real-estate part, export delivery value, four products (two without growth, two falling:
`-10.7`, `-2.7`); `· N ·`.

Sources: SOURCES.md rows 2017-09-*.
"""

ISSUE = {
    "name": "2017-09", "shape": "raw", "year": 2017, "issue_no": 9, "total_no": 154,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2017年第9期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》", "等四项行政执法制度的通知"],
             "title": "南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》等四项行政执法制度的通知",
             "doc_number": "", "registration_code": None,
             "issuer": "南宁市人民政府办公厅",
             "addressees": "各县、区人民政府，市政府各部门，各管委会，市级各双管单位，市直各企业、事业单位",
             "paragraphs": [
                 "《南宁市行政执法公示制度》、《南宁市行政执法投诉举报制度》、《南宁市行政执法过错责任追究制度》、《南宁市行政执法监督员制度》等四项行政执法制度已经市十三届人民政府第110次常务会议审议通过，现印发给你们，请结合实际，认真贯彻执行。",
             ],
             "signature": [], "signed_date": None,
             "after_signature": [
                 "南宁市行政执法公示制度",
                 "第一条 为规范行政执法行为，提高行政执法工作的透明度，保障公民、法人和其他组织对行政执法工作的知情权和监督权，切实做到依法行政，结合本市实际，制定本制度。",
                 "第二条 本市各级行政执法机关（包括法律、法规授权的具有管理公共事务职能的组织，以及依法受行政执法机关委托从事行政执法活动的组织）应当按照本制度规定做好行政执法公示工作。",
                 "第三条 本制度所称行政执法公示是指行政执法机关采取一定方式，依法将本单位的行政执法职责、依据、范围、权限、标准、程序等行政执法内容向行政管理相对人和社会公众公开，接受社会监督的制度。",
                 "第四条 行政执法公示应当遵循合法、及时、准确、全面、便民的原则。",
                 "第五条 市、县（区）人民政府法制机构负责指导和监督本行政区域的行政执法公示工作。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["重庆市渝北区人民政府关于印发渝北区", "第十八届人民政府工作规则的通知"],
             "title": "重庆市渝北区人民政府关于印发渝北区第十八届人民政府工作规则的通知",
             "doc_number": "渝北府发〔2017〕7号", "registration_code": None,
             "issuer": "重庆市渝北区人民政府",
             "addressees": "各镇人民政府，区政府各部门，各街道办事处，各区属国有企业，有关单位",
             "paragraphs": ["《渝北区第十八届人民政府工作规则》已经区第十八届人民政府第3次常务会议审议通过，现印发给你们，请遵照执行。"],
             "signature": ["重庆市渝北区人民政府", "2017年2月28日"], "signed_date": "2017-02-28",
             "after_signature": [
                 "渝北区第十八届人民政府工作规则",
                 "第一章 总则",
                 "第一条 根据《中华人民共和国宪法》、《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》和《重庆市人民政府工作规则》，结合我区实际，制定本规则。",
                 "第二条 区政府工作的指导思想：高举中国特色社会主义伟大旗帜，以邓小平理论、“三个代表”重要思想、科学发展观为指导，深入贯彻习近平总书记系列重要讲话精神，严格遵守宪法和法律，严格执行党的路线方针政策和党中央、国务院、市委、市政府的决策部署，认真落实区委的决定，全面正确履行政府职能，努力建设职能科学、结构优化、廉洁高效、人民满意的法治政府和服务型政府。",
                 "第三条 区政府工作的准则：执政为民，依法行政，实事求是，民主公开，便民高效，务实清廉。",
                 "第二章 组成人员及其职责",
                 "第四条 区政府由下列人员组成：区政府区长、副区长，区政府组成部门的主任、局长。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2017年1-8月重庆市主要经济指标",
         "producer": "重庆市统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, None, None, 10.1),
             ("规模以上工业企业出口交货值", False, "亿元", None, None, 2189.57, 23.1),
             ("汽车", False, "万辆", None, None, 203.43, None),
             ("手机", False, "万台", None, None, 22308.66, None),
             ("钢材", False, "万吨", None, None, 773.08, -10.7),
             ("水泥", False, "万吨", None, None, 4249.42, -2.7),
             ("固定资产投资", False, "亿元", None, None, 10092.17, 10.2),
             ("房地产开发投资", True, "亿元", None, None, 2427.33, 6.4),
         ]},
    ],
}

"""2016年第10期 (raw two-column): a provincial government's notice (浙政发〔2016〕36号) carrying out a State Council reply
cited by title and number in brackets, three numbered decisions `一、`…`三、` and a closing paragraph without number,
signed with issuer and date; a 发文目录 of one row; `— N —`.

Sources: SOURCES.md rows 2016-10-*.
"""

TITLE = "浙江省人民政府关于调整宁波市部分行政区划的通知"
NUMBER = "浙政发〔2016〕36号"

ISSUE = {
    "name": "2016-10", "shape": "raw", "year": 2016, "issue_no": 10, "total_no": 143,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2016年第10期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["浙江省人民政府关于调整宁波市", "部分行政区划的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "浙江省人民政府",
             "addressees": "各市、县（市、区）人民政府，省政府直属各单位",
             "paragraphs": [
                 "根据《国务院关于同意浙江省调整宁波市部分行政区划的批复》（国函〔2016〕158号）精神，现就有关事项通知如下：",
                 "一、撤销宁波市江东区，将原江东区管辖的行政区域划归宁波市鄞州区管辖。",
                 "二、将宁波市鄞州区的集士港镇、古林镇、高桥镇、横街镇、鄞江镇、洞桥镇、章水镇、龙观乡、石碶街道划归宁波市海曙区管辖。",
                 "三、撤销县级奉化市，设立宁波市奉化区，以原县级奉化市的行政区域为奉化区的行政区域，区政府驻锦屏街道锦屏南路1号。",
                 "此次行政区划调整涉及的各类机构要按照“精简、统一、效能”的原则设置，涉及的行政区域界线要按规定及时勘定，所需人员编制和经费由宁波市自行解决。要牢固树立创新、协调、绿色、开放、共享的发展理念、坚持走以人为本、四化同步、优化布局、生态文明、文化传承的中国特色新型城镇化道路，创新体制机制，进一步提高城市规划、建设、管理水平，提高城市综合承载能力。要严格按照国务院“约法三章”的要求，不新建政府性楼堂馆所，不增加财政供养人员，不增加“三公”经费。要严格执行中央关于厉行节约的规定和国家土地管理法规政策，加大区域资源整合力度，促进区域经济社会协调健康发展。要强化组织领导，明确工作责任，强化行政区划调整的社会稳定风险评估，落实各项工作措施，确保行政区划调整有序稳妥实施。",
             ],
             "signature": ["浙江省人民政府", "2016年9月28日"], "signed_date": "2016-09-28",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["国函〔2016〕158号"]},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2016年9月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}

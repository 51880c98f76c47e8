"""2018年第4期 (raw two-column): a county government notice without doc number enclosing its 工作规则
(items numbered 一、 under chapters); a league administration's notice whose number has ASCII
parentheses (锡署发(2010)183号) and whose date mixes the digit 0 (二0一0年九月二十六日), citing three
order numbers; 国务院 appointments of one person to two posts (A、B), a 兼任 line; a brief whose title
runs over two lines with a dash, opening 1月29日下午; a monthly table of growth rates only (every value
cell empty), four # sub rows; `第N页` footers.

Sources: SOURCES.md rows 2018-04-*.
"""

NO_FIELDS = {"registration_code": None, "attachments": [], "effective_from": None, "effective_until": None,
             "valid_years": None, "cited": [], "after_signature": []}
DECIDED = "国务院任免国家工作人员"

ISSUE = {
    "name": "2018-04", "shape": "raw", "year": 2018, "issue_no": 4, "total_no": 188,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2018年第4期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {**NO_FIELDS,
             "title_block": ["太湖县人民政府关于印发", "《太湖县人民政府工作规则》的通知"],
             "title": "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
             "doc_number": "", "issuer": "太湖县人民政府",
             "addressees": "各乡、镇人民政府，县政府各部门、各直属机构",
             "paragraphs": ["《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。"],
             "signature": ["太湖县人民政府", "2019年1月17日"], "signed_date": "2019-01-17",
             "after_signature": [
                 "太湖县人民政府工作规则",
                 "第一章 总 则",
                 "一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《国务院工作规则》《安徽省人民政府工作规则》和《安庆市人民政府工作规则》，制定本规则。",
                 "二、县政府工作的指导思想是，在以习近平同志为核心的党中央坚强领导下，高举中国特色社会主义伟大旗帜，以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导，认真贯彻党的基本理论、基本路线、基本方略，坚持和加强党的全面领导，严格遵守宪法和法律，全面正确履行政府职能，建设人民满意的法治政府、责任政府、效能政府、阳光政府、创新型政府、学习型政府、服务型政府、清廉型政府。",
                 "三、县政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。",
             ]},
            {**NO_FIELDS,
             "title_block": ["锡林郭勒盟行政公署关于印发《锡林郭勒盟", "无障碍建设管理办法》的通知"],
             "title": "锡林郭勒盟行政公署关于印发《锡林郭勒盟无障碍建设管理办法》的通知",
             "doc_number": "锡署发(2010)183号", "issuer": "锡林郭勒盟行政公署",
             "addressees": "各旗县市（区）人民政府（管委会），行署有关委、办、局",
             "paragraphs": ["《锡林郭勒盟无障碍建设管理办法》已经2010年第三次行署常务会议研究同意，现印发给你们，请各地、各部门结合实际，认真贯彻落实。"],
             "signature": ["二0一0年九月二十六日"], "signed_date": "2010-09-26",
             "after_signature": [
                 "锡林郭勒盟无障碍建设管理办法",
                 "第一条 为了加强无障碍设施建设和管理，根据《中华人民共和国残疾人保障法》、《建筑工程质量管理条例》（国务院第279号令）、《实施工程建设强制性标准监督规定》（建设部81号令）和《内蒙古自治区无障碍建设管理办法》（内蒙古自治区政府令第156号）的有关规定，结合我盟实际，制定本办法。",
                 "第二条 全盟行政区域内新建、改建、扩建及在本办法实施前已建成的现有公共建筑、城市道路（含广场、旅游景点）、居住建筑、居住区等建设工程（以下统称建设项目）配套建设无障碍设施，适用本办法。",
             ],
             "cited": ["国务院第279号令", "建设部81号令", "内蒙古自治区政府令第156号"]},
        ]},
        {"kind": "documents", "heading": "市政府令", "items": [
            {**NO_FIELDS,
             "title_block": ["贵州省维护工交企业生产秩序的暂行规定"],
             "title": "贵州省维护工交企业生产秩序的暂行规定",
             "doc_number": "", "issuer": "贵州省人民政府", "addressees": None,
             "paragraphs": [
                 "第一条 为了有效地维护企业正常生产秩序，保护企业的合法权益，根据《中华人民共和国全民所有制工业企业法》以及其他有关法律、法规，结合我省实际情况，制定本规定。",
                 "第二条 本规定所称的维护企业生产秩序的内容是：企业的正常生产、经营活动不允许任何单位和个人进行干扰；企业的生产、生活设施和职工生活环境不允许任何单位和个人破坏；企业的生产、生活资料不允许任何单位和个人无偿占用或侵吞；制止任何单位对企业摊派。",
                 "第三条 各级人民政府及各有关部门要关心企业的生产、经营和职工生活，注意听取企业的意见，为企业排忧解难。",
                 "第四条 企业（特别是全民所有制大中型工交企业）要主动向当地政府请示汇报有关工作，尊重政府领导，争取政府支持，妥善处理同当地政府和周围村民的关系，对职工加强工农联盟教育，模范遵守国家法律、法规，认真执行有行政管辖权的人民政府的决议和命令。",
             ],
             "signature": [], "signed_date": None},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "4月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "任命许甘露为公安部副部长、国家移民管理局局长；",
             "任命孙力军为公安部副部长；",
             "任命钱锋为退役军人事务部副部长；",
             "方永祥兼任退役军人事务部副部长。",
         ],
         "rows": [
             ("许甘露", "appoint", "公安部副部长", None),
             ("许甘露", "appoint", "国家移民管理局局长", None),
             ("孙力军", "appoint", "公安部副部长", None),
             ("钱锋", "appoint", "退役军人事务部副部长", None),
             ("方永祥", "concurrent", "退役军人事务部副部长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": None,
         "items": [
             {"title_lines": ["交出中国经济高质量发展的上海答卷", "——上海市市长应勇答记者问"],
              "title": "交出中国经济高质量发展的上海答卷——上海市市长应勇答记者问", "date": "2018-01-29",
              "paragraphs": [
                  "1月29日下午，上海市十五届人大一次会议闭幕后，市政府在世博中心举行记者招待会。上海市市长应勇与中外记者见面，并回答18家中外媒体的提问。",
                  "记者会于下午4时30分开始，应勇说，今年的上海两会是一次全面贯彻习近平新时代中国特色社会主义思想的大会，是一次鼓舞人心、团结奋进、凝心聚力促发展的大会，媒体记者朋友做了大量充分有成效的报道，为两会的召开营造了良好的氛围，“大家辛苦了，向大家表示衷心的感谢！”",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2018年4月份全国工业和服务业生产主要数据", "producer": "国家统计局",
         "rows": [
             ("规模以上工业增加值", False, "%", None, 7.0, None, 6.9),
             ("国有控股企业", True, "%", None, 7.7, None, None),
             ("集体企业", True, "%", None, -6.4, None, None),
             ("股份制企业", True, "%", None, 7.1, None, None),
             ("外商及港澳台商投资企业", True, "%", None, 6.8, None, None),
             ("采矿业", False, "%", None, -0.2, None, None),
             ("制造业", False, "%", None, 7.4, None, None),
             ("电力、热力、燃气及水生产和供应业", False, "%", None, 8.8, None, None),
             ("高技术产业增加值", False, "%", None, 11.8, None, None),
             ("装备制造业增加值", False, "%", None, 10.3, None, None),
             ("新能源汽车产量", False, "%", None, 82.2, None, None),
             ("集成电路产量", False, "%", None, 14.3, None, None),
             ("工业机器人产量", False, "%", None, 35.4, None, None),
             ("服务业生产指数", False, "%", None, 8.0, None, None),
         ]},
    ],
}

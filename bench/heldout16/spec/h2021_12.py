"""2021年第12期 (raw two-column): a city government office's 实施意见 (穗府办规〔2021〕12号) whose stored copy ends in
its first part (no signature), citing one number in brackets after a title (`（银发〔2020〕95号）`) and two titles without
numbers, a joint title with a space inside its 《》; a district government's notice (穗埔府规〔2021〕18号) under a column
heading of its own (`县（市、区）文件`), signed with issuer and date, the enclosed 办法's chapter heading and articles with
captions in 【】 after it; a provincial 人大常委会's decisions in a report naming no meeting in its deciding
sentences (`会议经表决，任命王伟中为广东省人民政府副省长；会议决定接受马兴瑞辞去广东省人民政府省长职务的请求，王伟中代理
广东省人民政府省长职务。`, `会议决定接受林克庆、郭永航辞去广东省人民政府副省长职务的请求；免去张爱军的…职务。`): an acting
post without 决定 or 任命, two resignations accepted under one 辞去; the report as a brief under a headline with a comma,
its reporter after `【记者】`; a county-level city's 大事记: `■11月19日，` opening the entry, `是日，` inside it; `— N —`.

Sources: SOURCES.md rows 2021-12-*.
"""

FIRST = "会议经表决，任命王伟中为广东省人民政府副省长；会议决定接受马兴瑞辞去广东省人民政府省长职务的请求，王伟中代理广东省人民政府省长职务。"
SECOND = "会议决定接受林克庆、郭永航辞去广东省人民政府副省长职务的请求；免去张爱军的广东省审计厅厅长职务。"
NEWS = "王伟中代理广东省省长，马兴瑞辞去广东省省长职务"

ISSUE = {
    "name": "2021-12", "shape": "raw", "year": 2021, "issue_no": 12, "total_no": 205,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2021年第12期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["广州市人民政府办公厅关于新时期进一步促进科技金融", "与产业融合发展的实施意见"],
             "title": "广州市人民政府办公厅关于新时期进一步促进科技金融与产业融合发展的实施意见",
             "doc_number": "穗府办规〔2021〕12号", "registration_code": None,
             "issuer": "广州市人民政府办公厅",
             "addressees": "各区人民政府，市政府各部门、各直属机构",
             "paragraphs": [
                 "为贯彻落实《中共中央 国务院关于构建更加完善的要素市场化配置体制机制的意见》、《中国人民银行 中国银行保险监督管理委员会 中国证券监督管理委员会 国家外汇管理局关于金融支持粤港澳大湾区建设的意见》（银发〔2020〕95号）和《广州市科技创新条例》等文件精神，进一步引导金融资源向科技创新领域配置，进一步促进科技、金融与产业融合发展，加快建设科技创新强市，推动我市经济实现高质量发展，助力共建粤港澳大湾区国际科技创新中心，经市人民政府同意，现提出以下实施意见：",
                 "一、加快建设风投创投之都",
                 "（一）拓宽风投创投资金来源。",
                 "鼓励和支持创业投资机构创新募资手段，通过上市，发行企业债、公司债等固定收益产品，以及募集保险资金等方式，形成市场化、多元化的资金来源。鼓励保险公司、银行理财子公司等参与创业投资的出资。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["银发〔2020〕95号"]},
        ]},
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["广州市黄埔区人民政府关于印发广州市黄埔区农村集体", "资产交易管理办法的通知"],
             "title": "广州市黄埔区人民政府关于印发广州市黄埔区农村集体资产交易管理办法的通知",
             "doc_number": "穗埔府规〔2021〕18号", "registration_code": None,
             "issuer": "广州市黄埔区人民政府",
             "addressees": "黄埔区各街道、镇，区府属各单位",
             "paragraphs": ["《广州市黄埔区农村集体资产交易管理办法》已经广州市黄埔区人民政府同意，现印发给你们，请结合实际认真贯彻执行。执行过程中如遇问题，请及时向区农业农村局反映。"],
             "signature": ["广州市黄埔区人民政府", "2021年12月31日"], "signed_date": "2021-12-31",
             "after_signature": [
                 "广州市黄埔区农村集体资产交易管理办法",
                 "第一章　总则",
                 "第一条 【制定背景】为进一步规范农村集体资产交易行为，确保农村集体资产交易过程公开、公平、公正，维护基层社会和谐稳定，促进农村集体经济发展，根据《广东省农村集体资产管理条例》《广东省农村集体经济组织管理规定》《广州市农村集体资产交易管理办法》等规定，结合本区实际情况，制定本办法。",
                 "第二条 【交易定义及适用范围】本办法所称农村集体资产交易，是指进行承发包、租赁、出让、转让以及折价入股、合作建设等农村集体资产交易行为。",
                 "本区农村集体经济组织及其独资设立的企业（以下简称农村集体）的资产交易行为及相关管理活动适用本办法。",
                 "法律规定农村土地承包采取农村集体内部家庭承包的方式，或经农村集体民主表决通过，以与他人合作经营为目的而设立且非以农村集体资产出租、发包作为主要营业收入来源的独资企业的资产交易行为及相关管理活动，不适用本办法。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [FIRST, SECOND],
         "rows": [
             ("王伟中", "appoint", "广东省人民政府副省长", None),
             ("马兴瑞", "dismiss", "广东省人民政府省长", None),
             ("王伟中", "appoint", "广东省人民政府省长", "代理"),
             ("林克庆", "dismiss", "广东省人民政府副省长", None),
             ("郭永航", "dismiss", "广东省人民政府副省长", None),
             ("张爱军", "dismiss", "广东省审计厅厅长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2021-12-27",
              "paragraphs": [
                  f"12月27日上午，广东省十三届人大常委会第三十八次会议在广州召开。{FIRST}",
                  SECOND,
                  "【记者】姚瑶",
              ]},
         ]},
        {"kind": "chronicle", "heading": "政府记事", "title": "2021年11月滕州市大事记", "inline_days": True,
         "entries": [
             ("2021-11-19", "全市“工业强市、产业兴市”项目建设现场推进总结会议召开。市委书记陈永生出席会议并讲话，市委副书记、市长马宏伟主持会议。市领导李健、宗大全、刘洪鹏、朱晏辰、高欣、刘庆东、薛登峰、李义、王涛、康凤霞、樊猛出席会议。市人大常委会、市政府、市政协领导班子其他成员参加会议。是日，市委书记陈永生主持召开山东土地集团滕州智能家居产业园项目规划汇报会。市委副书记、市长马宏伟，市委常委、常务副市长王涛出席会议。", "■11月19日，"),
         ]},
    ],
}

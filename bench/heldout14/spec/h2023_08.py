"""2023年第8期 (raw two-column): a city government's notice printed without number (the site gives none), signed
with issuer and date, the enclosed 工作规则's title, adoption line in brackets, chapter heading and first two articles
after it; a province's first-half figures from its statistics bureau as the provincial paper reported them: GDP and
three industries as sub-rows, growth-only rows, retail sales, trade, revenue and per-capita income in `元`; `第N页`.

Sources: SOURCES.md rows 2023-08-*.
"""

ISSUE = {
    "name": "2023-08", "shape": "raw", "year": 2023, "issue_no": 8, "total_no": 225,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2023年第8期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["淮南市人民政府关于印发", "《淮南市人民政府工作规则》的通知"],
             "title": "淮南市人民政府关于印发《淮南市人民政府工作规则》的通知",
             "doc_number": "", "registration_code": None,
             "issuer": "淮南市人民政府",
             "addressees": "各县、区人民政府，市政府各部门、各直属机构",
             "paragraphs": ["《淮南市人民政府工作规则》已经2023年5月15日召开的市政府第三次全体会议通过，现予印发，请遵照执行。"],
             "signature": ["淮南市人民政府", "2023年5月15日"], "signed_date": "2023-05-15",
             "after_signature": [
                 "淮南市人民政府工作规则",
                 "（2023年5月15日市政府第三次全体会议通过）",
                 "第一章　总　则",
                 "一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》等有关法律法规和《国务院工作规则》《安徽省人民政府工作规则》，结合我市实际，制定本规则。",
                 "二、市政府工作坚持以习近平新时代中国特色社会主义思想为指导，坚决维护党中央权威和集中统一领导，全面贯彻落实党的二十大精神和党中央、国务院决策部署，严格遵守宪法和法律法规，完整、准确、全面贯彻新发展理念，服务和融入新发展格局，着力推动高质量发展，努力建设人民满意的法治政府、创新政府、廉洁政府和服务型政府，为全面建成社会主义现代化强国、实现第二个百年奋斗目标，以中国式现代化全面推进中华民族伟大复兴而团结奋斗。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2023年上半年安徽省主要经济指标",
         "producer": "安徽省统计局",
         "rows": [
             ("全省生产总值", False, "亿元", None, None, 23073, 6.1),
             ("第一产业增加值", True, "亿元", None, None, 1260, 3.7),
             ("第二产业增加值", True, "亿元", None, None, 9661, 6.5),
             ("第三产业增加值", True, "亿元", None, None, 12152, 6.1),
             ("规模以上工业增加值", False, "亿元", None, None, None, 6.9),
             ("装备制造业增加值", False, "亿元", None, None, None, 15.3),
             ("固定资产投资", False, "亿元", None, None, None, 5),
             ("社会消费品零售总额", False, "亿元", None, None, 11528.4, 7.3),
             ("货物进出口总额", False, "亿元", None, None, 3775.5, 3.4),
             ("一般公共预算收入", False, "亿元", None, None, 2174, 12.4),
             ("全省居民每人平均可支配收入", False, "元", None, None, 17998, 6.9),
         ]},
    ],
}

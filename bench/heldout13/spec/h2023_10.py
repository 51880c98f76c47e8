"""2023年第10期 (text export): a city government office's 实施意见 (宁政办规字〔2023〕2号) titled `市政府办公厅关于…` (no city
named), its two-line title block cut by a page break, citing three numbers each in brackets after a cited title with
〈〉 inside 《》 (`安委〔2023〕3号`, `苏政办发〔2022〕82号`, `苏安〔2023〕7号`), `一、` `（一）` headings and a `——` principle,
no signature (the stored copy ends in its principles); a provincial 人大常委会 committee's 公告 without number or
addressees, its contact lines (`1.电子邮箱：`…), two numbered attachments (`附件：1.…` / `2.…`), signed with issuer and
date, the first attachment's title, occasion line (with its dash), speaker line and salutation after it; a province's first-half figures as its government's press
office gave them: GDP with three industries as sub-rows, growth-only rows (`25.0` kept with its zero); plain TOC,
`· N ·` footers and running headers left in.

Sources: SOURCES.md rows 2023-10-*.
"""

ISSUE = {
    "name": "2023-10", "shape": "text", "year": 2023, "issue_no": 10, "total_no": 227,
    "publish_date": "2023-10-31", "page_form": "· {} ·", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2023年第10期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["市政府办公厅关于推进城镇燃气居民和", "餐饮用户“安心用气工程”建设的实施意见"], "cut_title": True,
             "title": "市政府办公厅关于推进城镇燃气居民和餐饮用户“安心用气工程”建设的实施意见",
             "doc_number": "宁政办规字〔2023〕2号", "registration_code": None,
             "issuer": None,
             "addressees": "各区人民政府，江北新区管委会，市府各委办局，市各直属单位",
             "paragraphs": [
                 "为贯彻落实《国务院安全生产委员会关于印发〈全国城镇燃气安全专项整治工作方案〉的通知》（安委〔2023〕3号）、《省政府办公厅关于印发持续推进燃气泄漏安全保护装置安装使用工作措施的通知》（苏政办发〔2022〕82号）、《省安全生产委员会关于印发〈江苏省燃气安全专项整治实施方案〉的通知》（苏安〔2023〕7号）和相关法律法规，按照国务院和省关于城镇燃气安全相关工作部署要求，进一步加强城镇燃气居民和餐饮用户用气安全风险源头管控，提升我市城镇燃气安全治理水平，防范重大事故发生，推进城镇燃气居民和餐饮用户“安心用气工程”建设，经市政府同意，现提出如下实施意见。",
                 "一、总体要求",
                 "（一）指导思想",
                 "以习近平新时代中国特色社会主义思想为指引，深入学习贯彻党的二十大精神，统筹发展和安全，紧盯居民和餐饮用户燃气安全风险隐患整治，聚焦企业经营、生产充装、输送配送、用户使用、产品生产流通使用、监管执法等全链条各环节，加快建立城镇燃气安全长效机制。进一步筑牢燃气安全底线，助力城镇燃气安全领域高质量发展和安全韧性城市建设，切实保障人民群众生命和财产安全，不断增强人民群众的获得感、幸福感和安全感。",
                 "（二）工作原则",
                 "——坚持人民至上、生命至上。深化安全用气体检，摸清燃气安全隐患底数，推进用户燃气设施更新与安装等民生实事，提升燃气安全水平，确保人民生命财产安全。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["安委〔2023〕3号", "苏政办发〔2022〕82号", "苏安〔2023〕7号"]},
        ]},
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》", "向社会公开征求意见的公告"],
             "title": "关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》向社会公开征求意见的公告",
             "doc_number": "", "registration_code": None,
             "issuer": "甘肃省人大常委会法制工作委员会",
             "addressees": None,
             "paragraphs": [
                 "《甘肃省人民代表大会常务委员会议事规则（修订草案）》已经省十四届人大常委会第二次会议初次审议。现向社会公开征求意见，敬请社会各界人士提出宝贵意见和建议，公众可通过以下途径和方式反馈意见和建议：",
                 "1.电子邮箱：gsrdfgw@sina.com",
                 "2.电　　话：0931—8921040（上午8:30-12:00，下午14:30-18:00）",
                 "3.传　　真：0931—8921040",
                 "意见反馈截止时间为2023年4月28日。",
                 "附件：1.关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》的说明",
                 "2.甘肃省人民代表大会常务委员会议事规则（修订草案）",
             ],
             "signature": ["甘肃省人大常委会法制工作委员会", "2023年3月30日"], "signed_date": "2023-03-30",
             "after_signature": [
                 "附件1",
                 "关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》的说明",
                 "——2023年3月28日在省十四届人大常委会第二次会议上",
                 "省人大常委会秘书长　李德新",
                 "主任、各位副主任、秘书长、各位委员：",
                 "受主任会议委托，现就《甘肃省人民代表大会常务委员会议事规则（修订草案）》作一简要说明。",
                 "一、修订的必要性",
                 "现行的省人大常委会议事规则是1988年9月20日省七届人大常委会第四次会议通过的，2003年5月和2008年7月先后两次作了修订，但随着形势任务的发展变化，目前已不适应工作需要，亟需修订完善。",
             ],
             "attachments": ["关于《甘肃省人民代表大会常务委员会议事规则（修订草案）》的说明", "甘肃省人民代表大会常务委员会议事规则（修订草案）"],
             "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2023年上半年贵州省主要经济指标",
         "producer": "贵州省人民政府新闻办公室",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 10218.75, 4.4),
             ("第一产业增加值", True, "亿元", None, None, "1126.10", 3.1),
             ("第二产业增加值", True, "亿元", None, None, 3833.61, 4.7),
             ("第三产业增加值", True, "亿元", None, None, 5259.03, 4.4),
             ("高技术制造业增加值", False, "亿元", None, None, None, "25.0"),
             ("装备制造业增加值", False, "亿元", None, None, None, 22.1),
             ("社会消费品零售总额", False, "亿元", None, None, None, 5.7),
         ]},
    ],
}

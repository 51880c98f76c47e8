"""2017年第12期 (raw two-column): a city government notice (厦府〔2017〕327号) enclosing rules whose chapter
and article headings lost their spaces (`第一章总则`, `第一条为…`), an unnumbered paragraph between
articles; a county-level city 人大 decision of two people in one sentence (`任命A为Y（挂职，时间六个月）、B为Z`);
a 发文目录 of one row; `第N页`.

Sources: SOURCES.md rows 2017-12-*.
"""

TITLE = "厦门市人民政府关于印发多规合一业务协同平台运行规则的通知"
RULES = "厦门市多规合一业务协同平台运行规则"
DECIDED = "福鼎市第十七届人大常委会第七次会议决定"

ISSUE = {
    "name": "2017-12", "shape": "raw", "year": 2017, "issue_no": 12, "total_no": 180,
    "publish_date": None, "page_form": "第{}页", "header": ["2017年第12期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["厦门市人民政府关于印发多规合一业务", "协同平台运行规则的通知"],
             "title": TITLE, "doc_number": "厦府〔2017〕327号", "registration_code": None,
             "issuer": "厦门市人民政府", "addressees": "各区人民政府，市直各委、办、局，各开发区管委会",
             "paragraphs": [f"《{RULES}》已经第15次市政府常务会议研究同意，现印发给你们，请认真贯彻执行。"],
             "signature": ["厦门市人民政府", "2017年9月14日"], "signed_date": "2017-09-14",
             "after_signature": [
                 RULES,
                 "第一章总则",
                 "第一条为进一步规范多规合一业务协同平台运行，完善空间规划体系“一张蓝图”运用，提高建设项目前期策划生成工作效率，根据《厦门经济特区多规合一管理若干规定》、《厦门市建设项目生成管理办法》等规定，制定本规则。",
                 "第二条多规合一业务协同平台（以下简称协同平台）是以空间战略规划为引领，实现国民经济和社会发展规划、城乡规划、土地利用总体规划、环境保护规划等涉及空间的各类规划相互衔接、相互协调及规划信息共享共用，支持各部门业务协同办理的工作平台。",
                 "第三条协同平台的运行遵循“便捷、高效、规范、透明、共享”原则。",
                 "第四条本规则适用于全市空间规划体系“一张蓝图”的协同管理，全市新建、改扩建项目业务协同和策划生成，以及市多规办各成员单位根据多规合一相关业务需要开展的部门意见征集。",
                 "需上报国家、省审批，特殊重大项目或涉及军事、保密的建设项目，不适用本规则，按有关规定执行。",
                 "第五条需提交市一级议事会议（市土管办、土管会、规委办、规委会等）研究、纳入财政投融资的项目，原则上均应纳入协同平台进行项目策划。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "11月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "任命程荣为市人民政府副市长（挂职，时间六个月）、陈玲为福鼎市人民检察院检察员。",
         ],
         "rows": [
             ("程荣", "appoint", "市人民政府副市长", "挂职，时间六个月"),
             ("陈玲", "appoint", "福鼎市人民检察院检察员", None),
         ],
         "decided_by": DECIDED},
        {"kind": "issued", "heading": "发文目录", "title": "9月份市政府发文目录",
         "rows": [("厦府〔2017〕327号", TITLE)]},
    ],
}

"""2007年第10期 (raw two-column): a city people's congress committee's meeting as its paper reported it: the deciding
paragraph names no meeting (`会议根据…的提请，经审议表决，…`) and holds three proposers' lists: `任命X为A，免去Y的A职务、Z的B职务`
(one dismissal verb over two people), `决定任命X任A、Y任B、…` (five people with `任`, not `为`) followed by five `免去…的…职务`
clauses joined by 、, and a prosecutor's dismissal; the report as a brief opening `本报讯 （记者 李江涛 通讯员 王川一）26日至27日，`
(a range of days, no month named), its headline taken from its first sentence (the stored copy prints none); `第N页`.

Sources: SOURCES.md rows 2007-10-*.
"""

TITLE = "市十二届人大常委会举行第三十次会议"
OPENING = "本报讯 （记者 李江涛 通讯员 王川一）26日至27日，市十二届人大常委会举行第三十次会议，会议由市人大常委会主任常振义主持。"
LAWS = "会议首先通过了建议议程。根据会议议程安排，会议听取了关于《洛阳市村级道路管理养护条例（草案）》和《洛阳市森林公园管理条例（草案）》审议修改情况的报告。经认真审议，会议表决通过了这两个法规，随后报省人大常委会审查批准。"
REPORTS = "会议听取、审议并表决通过了《洛阳市人民代表大会常务委员会关于对市人民政府、市中级人民法院、市人民检察院专项工作报告进行满意度表决的决定》、关于进一步推动《洛阳市建设项目审计条例》贯彻实施的决议。会议听取了市人民政府关于国有资产监督管理情况的报告、城市社区卫生服务工作情况的报告、交通安全管理工作情况报告以及市人民政府和市中级人民法院关于代表建议、批评和意见办理情况的报告，并进行了认真审议。"
DECISION = "会议根据市人大常委会主任常振义的提请，经审议表决，任命宋莉为市人大常委会副秘书长，免去刘中银的市人大常委会副秘书长职务、张巍巍的市人大常委会农村工作委员会副主任职务。会议根据市人民政府市长郭洪昌的提请，经审议表决，决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长、张好富任市公用事业局局长、蒋勤任市园林局局长、左发勤任市体育局局长，免去孙海献的市发展和改革委员会主任职务、于力强的市民政局局长职务、王凤民的市公用事业局局长职务、李新的市交通局局长职务、杜勇杰的市园林局局长职务。会议还根据市人民检察院检察长牛学理的提请，经审议表决，免去朱福才的市人民检察院副检察长职务。"

ISSUE = {
    "name": "2007-10", "shape": "raw", "year": 2007, "issue_no": 10, "total_no": 34,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2007年第10期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISION],
         "rows": [
             ("宋莉", "appoint", "市人大常委会副秘书长", None),
             ("刘中银", "dismiss", "市人大常委会副秘书长", None),
             ("张巍巍", "dismiss", "市人大常委会农村工作委员会副主任", None),
             ("李胜平", "appoint", "市发展和改革委员会主任", None),
             ("张建平", "appoint", "市民政局局长", None),
             ("张好富", "appoint", "市公用事业局局长", None),
             ("蒋勤", "appoint", "市园林局局长", None),
             ("左发勤", "appoint", "市体育局局长", None),
             ("孙海献", "dismiss", "市发展和改革委员会主任", None),
             ("于力强", "dismiss", "市民政局局长", None),
             ("王凤民", "dismiss", "市公用事业局局长", None),
             ("李新", "dismiss", "市交通局局长", None),
             ("杜勇杰", "dismiss", "市园林局局长", None),
             ("朱福才", "dismiss", "市人民检察院副检察长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2007-09-26",
              "paragraphs": [OPENING, LAWS, REPORTS, DECISION]},
         ]},
    ],
}

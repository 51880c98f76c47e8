"""2012年第7期 (raw two-column): a provincial 人大's decisions, one a line: `任命X为Y、审判委员会委员、审判员`
(three posts under one organ: two courts and a procuratorate), `任命X为…检察委员会委员` alone, a member's
resignation accepted; a second body's decision of March under its own line (a vice-governor's resignation); a
brief under a two-part title (`李秀领辞去海南副省长职务 任省委常委组织部长`) opening with a news agency dateline and
the reporter in brackets (`中新网海口3月30日电（记者付美斌）3月30日上午，`), that repeats the resignation (no rows),
a biography with the source's slips kept (`共海南省万宁市委书记`, `2011年2到2012年2月`), closing `（完）`; `第N页`.

Sources: SOURCES.md rows 2012-07-*.
"""

DECIDED = "海南省第四届人民代表大会常务委员会第三十二次会议决定"
MARCH = "海南省四届人大常委会第二十九次会议决定"
COURT = "海南省第一中级人民法院"
YANGPU = "海南省洋浦经济开发区人民法院"
PROCURATORATE = "海南省人民检察院"

ISSUE = {
    "name": "2012-07", "shape": "raw", "year": 2012, "issue_no": 7, "total_no": 115,
    "publish_date": None, "page_form": "第{}页", "header": ["2012年第7期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "7月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "任命张家慧为海南省高级人民法院副院长；",
             f"任命汪海鹏为{COURT}副院长、审判委员会委员、审判员；",
             f"任命谢垂光为{YANGPU}院长、审判委员会委员、审判员；",
             f"任命彭忠学为{PROCURATORATE}副检察长、检察委员会委员、检察员；",
             f"任命徐振华为{PROCURATORATE}检察委员会委员；",
             "接受符琼光辞去海南省第四届人民代表大会常务委员会委员职务。",
             f"{MARCH}：",
             "接受李秀领辞去海南省人民政府副省长职务。",
         ],
         "rows": [
             ("张家慧", "appoint", "海南省高级人民法院副院长", None),
             ("汪海鹏", "appoint", f"{COURT}副院长", None),
             ("汪海鹏", "appoint", f"{COURT}审判委员会委员", None),
             ("汪海鹏", "appoint", f"{COURT}审判员", None),
             ("谢垂光", "appoint", f"{YANGPU}院长", None),
             ("谢垂光", "appoint", f"{YANGPU}审判委员会委员", None),
             ("谢垂光", "appoint", f"{YANGPU}审判员", None),
             ("彭忠学", "appoint", f"{PROCURATORATE}副检察长", None),
             ("彭忠学", "appoint", f"{PROCURATORATE}检察委员会委员", None),
             ("彭忠学", "appoint", f"{PROCURATORATE}检察员", None),
             ("徐振华", "appoint", f"{PROCURATORATE}检察委员会委员", None),
             ("符琼光", "dismiss", "海南省第四届人民代表大会常务委员会委员", None),
             ("李秀领", "dismiss", "海南省人民政府副省长", None, MARCH),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "李秀领辞去海南副省长职务 任省委常委组织部长",
         "items": [
             {"title_lines": ["李秀领辞去海南副省长职务 任省委常委组织部长"], "title": "李秀领辞去海南副省长职务任省委常委组织部长",
              "date": "2012-03-30",
              "paragraphs": [
                  "中新网海口3月30日电（记者付美斌）3月30日上午，海南省四届人大常委会第二十九次会议在省人大常委会会议厅闭会，会议决定接受李秀领辞去海南省人民政府副省长职务，报海南省人民代表大会备案。",
                  "李秀领，男，汉族，1962年12月生，江苏铜山人，1984年2月加入中国共产党，1984年7月参加工作，在职研究生学历，历史学博士学位。历任南京大学历史学系副教授，海南省外事侨务办公室副主任；中共海南省委副秘书长、省委政策研究室主任；共海南省万宁市委书记（正厅级）；2011年2到2012年2月，任海南省人民政府副省长。2012年3月23日，海南省召开省委组织部干部大会，宣布中央关于海南省委组织部主要领导人事调整的决定。中央决定，李秀领同志任海南省委常委。同时，根据中共中央组织部的建议，经中共海南省委研究决定，由李秀领同志任中共海南省委组织部部长。",
                  "本次会议由海南省委书记、省人大常委会主任罗保铭主持，还表决通过了《海南经济特区旅馆业管理规定》、《海南经济特区道路旅游客运管理若干规定》、《海南省人民代表大会代表建议、批评和意见办理工作条例》等法规。（完）",
              ]},
         ]},
    ],
}

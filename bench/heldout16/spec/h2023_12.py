"""2023年第12期 (text export): a provincial 人大常委会's decisions as its paper's report printed them, one sentence a
line, naming no meeting: a resignation accepted by a decision named by its title in 《》, `决定任命`, dismissals of the
committee's own officers, `免去…职务，并接受其辞去…委员职务请求` (a second dismissal by 其), `决定免去…，决定任命…；决定任命…`,
and a prosecutor dismissed from three posts and appointed to three posts of another office in one clause each (`免去杨宇的
广东省人民检察院副检察长、检察委员会委员、检察员职务，任命杨宇为…检察长、检察委员会委员、检察员。`); plain TOC, `第N页`.

Sources: SOURCES.md rows 2023-12-*.
"""

GD_NPC = "广东省人民代表大会常务委员会"
PROCURATORATE = "广东省人民检察院"
RAILWAY = "广东省人民检察院广州铁路运输分院"

ISSUE = {
    "name": "2023-12", "shape": "text", "year": 2023, "issue_no": 12, "total_no": 229,
    "publish_date": "2023-12-31", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             f"会议表决通过《{GD_NPC}关于接受王曦辞去广东省人民政府副省长职务请求的决定》。",
             "会议经表决，决定任命张国智为广东省人民政府副省长。",
             f"会议经表决，免去周四龙的{GD_NPC}副秘书长职务；免去陈永康的{GD_NPC}法制工作委员会副主任职务，并接受其辞去广东省第十四届人民代表大会常务委员会委员职务请求；任命王耀东为{GD_NPC}预算工作委员会副主任。",
             "会议经表决，决定免去朱孔军的广东省教育厅厅长职务，决定任命林如鹏为广东省教育厅厅长；决定任命刘利群为广东省卫生健康委员会主任。",
             f"会议经表决，免去宫立云的广东省监察委员会副主任职务；免去杨宇的{PROCURATORATE}副检察长、检察委员会委员、检察员职务，任命杨宇为{RAILWAY}检察长、检察委员会委员、检察员。",
         ],
         "rows": [
             ("王曦", "dismiss", "广东省人民政府副省长", None),
             ("张国智", "appoint", "广东省人民政府副省长", None),
             ("周四龙", "dismiss", f"{GD_NPC}副秘书长", None),
             ("陈永康", "dismiss", f"{GD_NPC}法制工作委员会副主任", None),
             ("陈永康", "dismiss", "广东省第十四届人民代表大会常务委员会委员", None),
             ("王耀东", "appoint", f"{GD_NPC}预算工作委员会副主任", None),
             ("朱孔军", "dismiss", "广东省教育厅厅长", None),
             ("林如鹏", "appoint", "广东省教育厅厅长", None),
             ("刘利群", "appoint", "广东省卫生健康委员会主任", None),
             ("宫立云", "dismiss", "广东省监察委员会副主任", None),
             ("杨宇", "dismiss", f"{PROCURATORATE}副检察长", None),
             ("杨宇", "dismiss", f"{PROCURATORATE}检察委员会委员", None),
             ("杨宇", "dismiss", f"{PROCURATORATE}检察员", None),
             ("杨宇", "appoint", f"{RAILWAY}检察长", None),
             ("杨宇", "appoint", f"{RAILWAY}检察委员会委员", None),
             ("杨宇", "appoint", f"{RAILWAY}检察员", None),
         ],
         "decided_by": None},
    ],
}

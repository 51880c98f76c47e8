"""2025年第10期 (raw two-column): a provincial 人大常委会's decisions as the provincial government's site reported them,
naming no meeting in the deciding sentences: `决定任命孟凡利为广东省人民政府副省长、代理省长职务；决定任命唐屹峰为…副省长。`,
the resignation accepted and the acting post adopted as two decisions named by their titles in 《》 (the acting post
already decided above: no second row), `决定免去…职务；会议还通过其他人事任免事项。` (no one named), the report's opening sentence naming the session
printed above them; `第N页`.

Sources: SOURCES.md rows 2025-10-*.
"""

GD_NPC = "广东省人民代表大会常务委员会"

ISSUE = {
    "name": "2025-10", "shape": "raw", "year": 2025, "issue_no": 10, "total_no": 251,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2025年第10期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             "10月11日下午，省十四届人大常委会第二十一次会议闭幕。省人大常委会主任黄楚平出席会议并讲话。",
             "会议经表决，决定任命孟凡利为广东省人民政府副省长、代理省长职务；决定任命唐屹峰为广东省人民政府副省长。",
             f"会议表决通过《{GD_NPC}关于接受王伟中辞去广东省人民政府省长职务请求的决定》；表决通过《{GD_NPC}关于孟凡利代理广东省人民政府省长职务的决定》。",
             "会议经表决，决定免去张勇的广东省住房和城乡建设厅厅长职务；会议还通过其他人事任免事项。",
         ],
         "rows": [
             ("孟凡利", "appoint", "广东省人民政府副省长", None),
             ("孟凡利", "appoint", "广东省人民政府省长", "代理"),
             ("唐屹峰", "appoint", "广东省人民政府副省长", None),
             ("王伟中", "dismiss", "广东省人民政府省长", None),
             ("张勇", "dismiss", "广东省住房和城乡建设厅厅长", None),
         ],
         "decided_by": None},
    ],
}

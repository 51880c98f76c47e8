"""2019年第6期 (raw two-column): a provincial 人大常委会's decision list as a mirror printed it, its opening line naming
the meeting (`5月29日下午，湖北省十三届人大常委会第九次会议表决通过：`), then one line per kind of act: `任命A、B为P；` (two
people, one committee post keeping its congress's full name), `免去X的P职务；`, and `决定任命X为P，决定免去Y的P职务。` (one
post, appointed and dismissed in one line, printed short as `省应急管理厅厅长`); `· N ·`.

Sources: SOURCES.md rows 2019-06-*.
"""

MEETING = "湖北省十三届人大常委会第九次会议"
QUALIFICATION = "湖北省第十三届人民代表大会常务委员会代表资格审查委员会副主任委员"
BUDGET = "湖北省第十三届人民代表大会常务委员会预算工作委员会副主任"

ISSUE = {
    "name": "2019-06", "shape": "raw", "year": 2019, "issue_no": 6, "total_no": 175,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2019年第6期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "5月份人事任免",
         "lines": [
             f"5月29日下午，{MEETING}表决通过：",
             f"任命肖菊华、李述永为{QUALIFICATION}；",
             f"免去周友明的{BUDGET}职务；",
             "决定任命施政为省应急管理厅厅长，决定免去郭唐寅的省应急管理厅厅长职务。",
         ],
         "rows": [
             ("肖菊华", "appoint", QUALIFICATION, None),
             ("李述永", "appoint", QUALIFICATION, None),
             ("周友明", "dismiss", BUDGET, None),
             ("施政", "appoint", "省应急管理厅厅长", None),
             ("郭唐寅", "dismiss", "省应急管理厅厅长", None),
         ],
         "decided_by": MEETING},
    ],
}

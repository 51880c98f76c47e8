"""2023年第4期 (raw two-column): a provincial 人大常委会's appointments as a news account listed them after a report
sentence naming the meeting (`3月31日，安徽省十四届人大常委会第一次会议表决通过一批人事任免事项。…他们分别是：`): fourteen
new heads of departments in one 、-joined line, each post printed before the person (`省民政厅厅长余向东、民族事务委员会
主任时先政、…`), no 任命 or 为; `· N ·`.

Sources: SOURCES.md rows 2023-04-*.
"""

HEADS = [
    ("省民政厅厅长", "余向东"), ("民族事务委员会主任", "时先政"), ("省司法厅厅长", "罗建华"), ("省教育厅厅长", "钱桂仑"),
    ("省自然资源厅厅长", "郜红建"), ("省住房和城乡建设厅厅长", "常业军"), ("省交通运输厅厅长", "聂爱国"),
    ("省审计厅厅长", "王召远"), ("省人民政府外事办公室主任", "秦俊峰"), ("省水利厅厅长", "王荣喜"),
    ("省文化和旅游厅厅长", "周明洁"), ("省退役军人事务厅厅长", "徐礼国"), ("省应急管理厅厅长", "周天伟"),
    ("省卫生健康委员会主任", "刘同柱"),
]

ISSUE = {
    "name": "2023-04", "shape": "raw", "year": 2023, "issue_no": 4, "total_no": 221,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2023年第4期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "3月份人事任免",
         "lines": [
             "3月31日，安徽省十四届人大常委会第一次会议表决通过一批人事任免事项。新任命的省政府组成部门“一把手”中，有14个新面孔，他们分别是：",
             "、".join(post + person for post, person in HEADS) + "。",
         ],
         "rows": [(person, "appoint", post, None) for post, person in HEADS],
         "decided_by": None},
    ],
}

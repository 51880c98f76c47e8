"""2021年第1期 (raw two-column): a county-level city's people's congress committee session as its news site reported it,
the appointment told in the passive at the report's end (`会上还进行了人事任免事项，单连衡被任命为市人民政府副市长，…`),
no meeting named in that sentence; the report as a brief under its own headline, opening `12月25日，` (a day of the year
before); `第N页`.

Sources: SOURCES.md rows 2021-01-*.
"""

TITLE = "霍林郭勒市八届人大常委会第二十九次会议召开"
OPENING = "12月25日，市八届人大常委会第二十九次会议召开。市八届人大常委会现有组成人员24名，实到19名，符合法定人数。市人大主任李东辉、副主任张春雨、青格乐吐、吕凤民出席会议，市政府副市长张亲辉，市监察委、市人民法院、市人民检察院相关负责人，基层人大负责人及部分市人大代表列席此次会议。"
REPORTS = "会议听取和审议了市政府关于市八届人大四次会议代表意见建议及八届人大三次会议持续推进代表意见建议办理情况的报告，关于我市环境状况和环境保护目标完成情况的报告，关于我市国有企业资产管理运行情况的报告，农牧委关于我市水资源利用情况的调研报告，教科文卫委关于我市幼儿教育发展情况的调研报告，选联委关于2020年度人大基层工委考核情况的报告，选联委关于拟推荐2020年度代表优秀建议的报告。听取了市人大常委会任命的部分人员述职报告以及市发展和改革委员会、农牧局、民族事务委员会、科学技术局、自然资源局、法院相关负责人工作述职报告，并对述职人进行测评打分。会议还听取了选联委关于霍林郭勒市第八届人大常委会委员2020年度履职情况的通报及霍林郭勒市2020年度民生实事项目满意度测评结果的通报。"
DECISION = "会上还进行了人事任免事项，单连衡被任命为市人民政府副市长，新任命人员进行了宪法宣誓仪式。"

ISSUE = {
    "name": "2021-01", "shape": "raw", "year": 2021, "issue_no": 1, "total_no": 193,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2021年第1期"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2020-12-25",
              "paragraphs": [OPENING, REPORTS, DECISION]},
         ]},
        {"kind": "appointments", "heading": "人事任免", "title": "霍林郭勒市人大常委会人事任免",
         "lines": [DECISION],
         "rows": [
             ("单连衡", "appoint", "市人民政府副市长", None),
         ],
         "decided_by": None},
    ],
}

"""2021年第1期 (raw two-column): a province's 人大常委会 accepting a vice-governor's resignation, one sentence as
its report prints it (`会议经审议表决，决定接受彭佳学辞去省人民政府副省长职务。`); the report itself as a brief under
a two-part headline, opening with a news app's dateline (`浙江新闻客户端讯 1月24日，`), repeating the decision (no
rows from the brief); `· N ·`.

Sources: SOURCES.md rows 2021-01-*.
"""

TITLE = "省十三届人大常委会举行第二十七次会议为即将召开的省人代会作准备"

ISSUE = {
    "name": "2021-01", "shape": "raw", "year": 2021, "issue_no": 1, "total_no": 217,
    "publish_date": None, "page_form": "· {} ·", "header": ["2021年第1期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "1月份人事任免",
         "lines": ["会议经审议表决，决定接受彭佳学辞去省人民政府副省长职务。"],
         "rows": [("彭佳学", "dismiss", "省人民政府副省长", None)],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": ["省十三届人大常委会举行第二十七次会议", "为即将召开的省人代会作准备"], "title": TITLE,
              "date": "2021-01-24",
              "paragraphs": [
                  "浙江新闻客户端讯 1月24日，省十三届人大常委会第二十七次会议在杭州召开，为即将召开的省十三届人大五次会议作准备。省委书记、省人大常委会主任袁家军出席，省人大常委会副主任梁黎明主持会议。",
                  "会议审议提出省十三届人大五次会议主席团和秘书长名单草案，将提请省十三届人大五次会议预备会议选举；审议提出省十三届人大五次会议议程草案，将提请省十三届人大五次会议预备会议通过；审议通过省人大常委会工作报告稿，将提请省十三届人大五次会议审查；表决通过《浙江省第十三届人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告》。目前，省第十三届人民代表大会实有代表620名。",
                  "会议经审议表决，决定接受彭佳学辞去省人民政府副省长职务。会议还通过了其他人事任免事项。袁家军为新任命的同志颁发任命书，新任同志进行了宪法宣誓。",
                  "省人大常委会其他副主任和秘书长出席会议。省政府有关副省长和省监委、省法院、省检察院有关负责人列席会议。",
              ]},
         ]},
    ],
}

"""2018年第5期 (raw two-column): a city 人大's decisions where one names a person (`决定任命X为Y`) and three
name none (`免去部分审判人员职务`, `任命部分检察员职务`, `批准任命A市、B县、C县人民检察院检察长`): those give no
rows; `- N -`.

Sources: SOURCES.md rows 2018-05-*.
"""

SESSION = "漳州市十六届人大常委会第十次会议"

ISSUE = {
    "name": "2018-05", "shape": "raw", "year": 2018, "issue_no": 5, "total_no": 185,
    "publish_date": None, "page_form": "- {} -", "header": ["2018年第5期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "4月份人事任免",
         "lines": [
             f"{SESSION}：",
             "决定任命陈艺章为漳州市科技与知识产权局局长。",
             "根据市中级人民法院院长罗雄提请，免去部分审判人员职务。",
             "根据市人民检察院检察长黄秀强提请，任命部分检察员职务。",
             "批准任命龙海市、东山县、长泰县人民检察院检察长。",
         ],
         "rows": [("陈艺章", "appoint", "漳州市科技与知识产权局局长", None)],
         "decided_by": SESSION},
    ],
}

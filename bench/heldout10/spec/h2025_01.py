"""2025年第1期 (raw two-column): a brief of 温州's 人大常委会 opening `1月11日，`: a by-election of three
deputies to the provincial congress (no rows), appointments voted without names (no rows), the reporter's name
in brackets at its end; `- N -`.

Sources: SOURCES.md rows 2025-01-*.
"""

TITLE = "市十四届人大常委会召开第十七次会议"

ISSUE = {
    "name": "2025-01", "shape": "raw", "year": 2025, "issue_no": 1, "total_no": 265,
    "publish_date": None, "page_form": "- {} -", "header": ["2025年第1期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2025-01-11",
              "paragraphs": [
                  "1月11日，市十四届人大常委会召开第十七次会议。会议听取和审议了市人大常委会主任会议关于提请补选省第十四届人大代表的议案，经过选举，补选廉毅敏、胡伟、张振丰为浙江省第十四届人民代表大会代表。选举结果将报省人大常委会代表资格审查委员会审查确认。",
                  "会议审议通过了关于温州市第十四届人民代表大会个别代表的代表资格的报告。截至目前，温州市第十四届人民代表大会实有代表552名。",
                  "会议还表决通过了人事任免事项。会上，市人大常委会主任葛益平为新任命人员颁发任命书。现场举行集体宪法宣誓仪式。",
                  "葛益平主持会议并讲话，他说，新任命的同志要在市委的坚强领导下，恪尽职守、勤廉履职，务实进取、担当作为，努力干出不负时代、不负人民的新业绩，为奋力谱写中国式现代化温州新篇章作出更大贡献。",
                  "市人大常委会副主任、秘书长出席会议。市政府有关副市长和市监委、市中院、市检察院有关负责人列席会议。（记者 金帅）",
              ]},
         ]},
    ],
}

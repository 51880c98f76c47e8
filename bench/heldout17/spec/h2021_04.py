"""2021年第4期 (raw two-column): a county people's congress committee's dismissal and appointment of a vice county head
in one sentence a line (`决定免去林建波的县人民政府副县长职务，决定任命陈钷为县人民政府副县长。`, no county named in the
post), after a sentence naming the session; the county news site's report as a brief under its headline, opening
`3月26日，`, its session named as `第三十六次` without 会议 (as printed); `· N ·`.

Sources: SOURCES.md rows 2021-04-*.
"""

NEWS = "县十六届人大常委会召开第三十六次会议"
OPENING = "3月26日，县十六届人大常委会召开第三十六次，县人大常委会主任董庆华，副主任胡明凯、傅朝宗、陈芝双、陈立新出席会议，县领导黄金锡、张健及县监委会、县法院、县检察院有关负责人列席会议。"
DECISION = "会议进行了有关人事任免。决定免去林建波的县人民政府副县长职务，决定任命陈钷为县人民政府副县长。"

ISSUE = {
    "name": "2021-04", "shape": "raw", "year": 2021, "issue_no": 4, "total_no": 197,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2021年第4期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [OPENING, DECISION],
         "rows": [
             ("林建波", "dismiss", "县人民政府副县长", None),
             ("陈钷", "appoint", "县人民政府副县长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2021-03-26",
              "paragraphs": [
                  OPENING,
                  "会议听取审议了县政府关于2020年度环境保护状况和环境保护目标完成情况的报告、县政府关于法治政府建设情况的报告，审查批准新增2021年政府投资重大建设项目。三江标准堤闸泵配套工程、上塘环城南路道路工程（望江路至沙门西路段）、岩坦自来水厂（一期）及配套管网工程、碧莲自来水厂及配套管网工程、瓯北新岙路工程、县粮食储备库二期建设工程、瓯北中心幼儿园迁建工程、县博物馆建设工程、瓯窑博物馆与遗址公园建设工程、瓯北标准堤（新桥、罗浮段）加固提升工程、瓯北大桥三江侧高架匝道落地环江大道工程等11个工程列入新增2021年政府投资重大建设项目。",
                  DECISION,
                  "会议还举行颁发任命书仪式，并进行宪法宣誓。",
              ]},
         ]},
    ],
}

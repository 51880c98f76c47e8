"""2021年第7期 (text export): a provincial 人大常委会's decision in its paper's report sentence naming no meeting
(`会议表决通过了人事任免名单，决定任命于英杰为山西省人民政府副省长。`); the report (April) as a brief opening
`本报讯（记者杨文）4月23日，`, a headline with a space before the name of who attended; a province's first-half figures
from its statistics bureau and survey office: GDP with value and growth, growth-only rows, a per-mu summer grain
yield in `公斤`; plain TOC, `· N ·` footers and running headers left in.

Sources: SOURCES.md rows 2021-07-*.
"""

DECISION = "会议表决通过了人事任免名单，决定任命于英杰为山西省人民政府副省长。"
NEWS = "省十三届人大常委会召开第二十六次会议 楼阳生出席"

ISSUE = {
    "name": "2021-07", "shape": "text", "year": 2021, "issue_no": 7, "total_no": 200,
    "publish_date": "2021-07-31", "page_form": "· {} ·", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2021年第7期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISION],
         "rows": [("于英杰", "appoint", "山西省人民政府副省长", None)],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS.replace(" ", ""),
         "items": [
             {"title_lines": [NEWS], "title": NEWS.replace(" ", ""), "date": "2021-04-23",
              "paragraphs": [
                  "本报讯（记者杨文）4月23日，省十三届人大常委会第二十六次会议举行第一次、第二次全体会议，完成各项议程后，会议闭幕。省委书记、省人大常委会主任楼阳生出席会议并向通过任命人员颁发任命书。省人大常委会副主任郭迎光主持会议。",
                  "第一次全体会议，应出席常委会组成人员61人，出席51人，符合法定人数。通过会议议程后，会议听取了被提请任命人员供职发言、关于个别代表的代表资格的报告。",
                  "第二次全体会议，应出席常委会组成人员61人，出席54人，符合法定人数。会议表决通过了关于个别代表的代表资格的报告。阳泉市人大常委会决定罢免刘新云的省十三届人民代表大会代表职务，依照有关规定，刘新云的代表资格终止。晋中市选举的王成、运城市选举的曲孝丽，因工作变动调离山西，依照有关规定，王成、曲孝丽的代表资格自行终止。"
                  + DECISION + "楼阳生向通过任命人员颁发任命书。在省人大常委会主任会议的组织下，新任命人员进行了宪法宣誓。",
                  "省人大常委会副主任卫小春、李俊明、王纯出席会议。",
                  "副省长韦韬、省高级人民法院院长孙洪山、省人民检察院检察长杨景海，省监察委员会有关负责人列席会议。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2021年上半年山西省主要经济指标",
         "producer": "山西省统计局 国家统计局山西调查总队",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 9606.7, 12.2),
             ("夏粮亩产", False, "公斤", None, None, 302.2, 2.7),
             ("规上工业增加值", False, "亿元", None, None, None, 15.9),
             ("服务业增加值", False, "亿元", None, None, None, 10.9),
             ("固定资产投资完成额", False, "亿元", None, None, None, 18.2),
             ("社会消费品零售总额", False, "亿元", None, None, None, 30.3),
             ("进出口总额", False, "亿元", None, None, None, 108.4),
         ]},
    ],
}

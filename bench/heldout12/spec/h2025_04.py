"""2025年第4期 (raw two-column): a city 人大常委会's decisions in its report's words, naming no meeting (`会议决定任命
卢新华为桂林市副市长，并决定其代理市长职务；决定接受李楚辞去桂林市市长职务的请求。`: 代理 in a clause of its own);
the report as a brief under its headline (the page's title and decks left out) opening `4月8日，`, the decision
sentence printed twice; a municipality's first-quarter figures (three industries as sub-rows, growth-only
industry), producer two bodies; `第N页`.

Sources: SOURCES.md rows 2025-04-*.
"""

NEWS = "桂林市六届人大常委会第二十五次会议召开"
DECISION = "会议决定任命卢新华为桂林市副市长，并决定其代理市长职务；决定接受李楚辞去桂林市市长职务的请求。"

ISSUE = {
    "name": "2025-04", "shape": "raw", "year": 2025, "issue_no": 4, "total_no": 244,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2025年第4期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "4月份人事任免",
         "lines": [DECISION],
         "rows": [
             ("卢新华", "appoint", "桂林市副市长", None),
             ("卢新华", "appoint", "桂林市市长", "代理"),
             ("李楚", "dismiss", "桂林市市长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2025-04-08",
              "paragraphs": [
                  "4月8日，桂林市第六届人大常委会第二十五次会议召开，审议并表决通过有关决定、报告、人事任免等事项。" + DECISION,
                  "市人大常委会主任赵仲华主持会议，副主任徐锋、区捷参加会议。",
                  "市六届人大常委会组成人员实到35人，符合法定人数。",
                  "会议听取桂林市第六届人民代表大会第六次会议筹备工作情况的报告；听取和审议桂林市第六届人民代表大会常务委员会代表资格审查委员会关于若干代表的代表资格的报告；审议《桂林市第六届人民代表大会第六次会议议程（草案）》《桂林市第六届人民代表大会第六次会议主席团和秘书长名单（草案）》。",
                  "会议审议并表决通过了市人大常委会、市人民政府、市中级人民法院有关人事任免事项。" + DECISION,
                  "赵仲华向卢新华颁发任命书；卢新华进行了宪法宣誓。",
                  "市委常委、常务副市长蒋春华，市人大常委会党组副书记周卉，市监察委员会、市中级人民法院、市人民检察院等有关负责人，市人大常委会机关党组书记、办公室主任，市人大常委会副秘书长，市纪委监委驻市人大机关纪检监察组组长，市人大机关副处级领导干部列席会议。",
                  "会前，市人大常委会先后召开了党组会议和主任会议。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2025年一季度重庆市主要经济指标",
         "producer": "重庆市统计局 国家统计局重庆调查总队",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 7574.79, 4.3),
             ("第一产业增加值", True, "亿元", None, None, 321.78, 2.2),
             ("第二产业增加值", True, "亿元", None, None, 2496.63, 3.7),
             ("第三产业增加值", True, "亿元", None, None, 4756.38, 4.8),
             ("规模以上工业增加值", False, "亿元", None, None, None, 3.6),
         ]},
    ],
}

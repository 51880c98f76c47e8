"""2008年第7期 (text export): a provincial 人大常委会's decisions in its paper's report sentences, naming no meeting
(`经投票表决，会议决定任命张晓兰（女）为甘肃省副省长。决定免去陆武成的甘肃省副省长职务。决定任命陈惠琴为…院长，郝晓明为…院长。`):
an appointment with `（女）` after the name, a dismissal `免去X的P职务` in a sentence of its own, two appointments in
one sentence (`决定任命A为P，B为Q`); the report as a brief opening `昨日（22日），` (the day alone); dots TOC, `第N页`.

Sources: SOURCES.md rows 2008-07-*.
"""

DECISIONS = ("昨日（22日），（甘肃）省十一届人大常委会第四次会议举行闭幕大会，省委书记、省人大常委会主任陆浩，省委常委、常务副省长冯健身出席会议。"
             "经投票表决，会议决定任命张晓兰（女）为甘肃省副省长。决定免去陆武成的甘肃省副省长职务。"
             "决定任命陈惠琴为甘肃矿区人民法院院长，郝晓明为陇南市中级人民法院分院院长。")
NEWS = "张晓兰任甘肃省副省长 免去陆武成副省长职务"

ISSUE = {
    "name": "2008-07", "shape": "text", "year": 2008, "issue_no": 7, "total_no": 44,
    "publish_date": "2008-07-31", "page_form": "第{}页", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISIONS],
         "rows": [
             ("张晓兰", "appoint", "甘肃省副省长", None),
             ("陆武成", "dismiss", "甘肃省副省长", None),
             ("陈惠琴", "appoint", "甘肃矿区人民法院院长", None),
             ("郝晓明", "appoint", "陇南市中级人民法院分院院长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": "张晓兰任甘肃省副省长免去陆武成副省长职务",
         "items": [
             {"title_lines": [NEWS], "title": NEWS.replace(" ", ""), "date": "2008-07-22",
              "paragraphs": [
                  DECISIONS,
                  "张晓兰的履任，使我省同时具有了两位女性副省长。张晓兰于1965年11月出生，毕业于四川大学物理科学与技术学院。1986年起在川大物理科学与技术学院攻读硕士研究生，1989年获硕士学位。1999年6月至2003年9月任重庆高新区管委会副主任，2003年7月当选为团中央书记处书记，2003年12月任全国少工委常务副主任，2006年1月增选为全国青联副主席。作为重庆高新区创办者之一，张晓兰曾为促进重庆高新区的大发展立下了汗马功劳，使重庆高新区在全国53个高新区中位居第18位。",
              ]},
         ]},
    ],
}

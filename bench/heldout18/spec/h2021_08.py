"""2021年第8期 (raw two-column): a district people's congress committee's appointments in one sentence naming no meeting
(`会议进行了人事任免，任命赵海洋、董冲、朱平生为区人民政府副区长，张东方为区教育体育局局长；任命吕洪武、谢登魁为区监察
委员会副主任，申永杰等3名同志为区监察委员会委员。`), three people over one post, a second post after a comma naming
its person alone, one person named for three (`申永杰等3名同志`); the report as a brief under the session's headline,
opening `8月13日上午，`; `— N —`.

Sources: SOURCES.md rows 2021-08-*.
"""

TITLE = "区十届人大常委会举行第三十六次会议"
OPENING = "8月13日上午，区十届人大常委会第三十六次会议在新华区人大常委会会议室召开。区十届人大常委会组成人员21人出席会议。区人大党组书记、主任吕晋主持会议，区委副书记、区人民政府区长张伟民，区委常委、区纪委书记、区监察委员会主任张斐，区委常委、区委组织部部长龚宪君，拟任区人民政府副区长人选赵海洋、董冲、朱平生，区人民法院院长杨红卫，区人民检察院副检察长李新军，焦店镇人大主席团主席，各街道人大工委主任以及拟任职的有关人员列席会议。"
DECISION = "会议进行了人事任免，任命赵海洋、董冲、朱平生为区人民政府副区长，张东方为区教育体育局局长；任命吕洪武、谢登魁为区监察委员会副主任，申永杰等3名同志为区监察委员会委员。在区人大常委会全体组成人员的监誓下，新任职人员进行了宪法宣誓。"

ISSUE = {
    "name": "2021-08", "shape": "raw", "year": 2021, "issue_no": 8, "total_no": 200,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2021年第8期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [OPENING, DECISION],
         "rows": [
             ("赵海洋", "appoint", "区人民政府副区长", None),
             ("董冲", "appoint", "区人民政府副区长", None),
             ("朱平生", "appoint", "区人民政府副区长", None),
             ("张东方", "appoint", "区教育体育局局长", None),
             ("吕洪武", "appoint", "区监察委员会副主任", None),
             ("谢登魁", "appoint", "区监察委员会副主任", None),
             ("申永杰", "appoint", "区监察委员会委员", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2021-08-13",
              "paragraphs": [OPENING, DECISION]},
         ]},
    ],
}

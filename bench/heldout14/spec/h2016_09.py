"""2016年第9期 (text export): a provincial 人大常委会's decisions in its paper's report sentences naming no meeting
(`会议决定任命楼阳生为山西省副省长，代理山西省省长。`, `第二次全体会议表决通过了关于接受李小鹏辞去山西省省长职务请求的决定、
人事任命名单和关于楼阳生代理山西省省长的决定。`): an acting post after a comma without 为, a resignation accepted by a
decision named by its title among other items; the report as a brief opening `本报讯（记者刘宇）8月30日上午，`; dots
TOC, `-N-`.

Sources: SOURCES.md rows 2016-09-*.
"""

APPOINTED = "会议决定任命楼阳生为山西省副省长，代理山西省省长。"
ADOPTED = "第二次全体会议表决通过了关于接受李小鹏辞去山西省省长职务请求的决定、人事任命名单和关于楼阳生代理山西省省长的决定。"
NEWS = "省十二届人大常委会第二十八次会议决定楼阳生代理山西省省长"

ISSUE = {
    "name": "2016-09", "shape": "text", "year": 2016, "issue_no": 9, "total_no": 142,
    "publish_date": "2016-09-30", "page_form": "-{}-", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "8月份人事任免",
         "lines": [APPOINTED, ADOPTED],
         "rows": [
             ("楼阳生", "appoint", "山西省副省长", None),
             ("楼阳生", "appoint", "山西省省长", "代理"),
             ("李小鹏", "dismiss", "山西省省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2016-08-30",
              "paragraphs": [
                  "本报讯（记者刘宇）8月30日上午，省十二届人大常委会第二十八次会议在太原召开。" + APPOINTED
                  + "接受任命后，楼阳生向宪法进行了宣誓。省人大常委会副主任牛仁亮主持会议。会议应出席常委会组成人员55人，出席51人，符合法定人数。",
                  "会议首先举行第一次全体会议，在通过会议议程后，省人大常委会副主任张建欣作关于被提请任命人员情况的说明，楼阳生作供职发言。",
                  ADOPTED,
                  "省人大常委会副主任周然、张茂才、田喜荣、高卫东，秘书长李仁和出席会议。",
                  "省委常委、常务副省长高建民，省高级人民法院院长左世忠，省人民检察院检察长杨司等列席会议。",
              ]},
         ]},
    ],
}

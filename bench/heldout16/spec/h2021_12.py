"""2021年第12期 (raw two-column): a provincial 人大常委会's decisions in a report naming no meeting in its deciding
sentences (`会议经表决，任命王伟中为广东省人民政府副省长；会议决定接受马兴瑞辞去广东省人民政府省长职务的请求，王伟中代理
广东省人民政府省长职务。`, `会议决定接受林克庆、郭永航辞去广东省人民政府副省长职务的请求；免去张爱军的…职务。`): an acting
post without 决定 or 任命, two resignations accepted under one 辞去; the report as a brief under a headline with a comma,
its reporter after `【记者】`; a county-level city's 大事记: `■11月19日，` opening the entry, `是日，` inside it; `— N —`.

Sources: SOURCES.md rows 2021-12-*.
"""

FIRST = "会议经表决，任命王伟中为广东省人民政府副省长；会议决定接受马兴瑞辞去广东省人民政府省长职务的请求，王伟中代理广东省人民政府省长职务。"
SECOND = "会议决定接受林克庆、郭永航辞去广东省人民政府副省长职务的请求；免去张爱军的广东省审计厅厅长职务。"
NEWS = "王伟中代理广东省省长，马兴瑞辞去广东省省长职务"

ISSUE = {
    "name": "2021-12", "shape": "raw", "year": 2021, "issue_no": 12, "total_no": 205,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2021年第12期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [FIRST, SECOND],
         "rows": [
             ("王伟中", "appoint", "广东省人民政府副省长", None),
             ("马兴瑞", "dismiss", "广东省人民政府省长", None),
             ("王伟中", "appoint", "广东省人民政府省长", "代理"),
             ("林克庆", "dismiss", "广东省人民政府副省长", None),
             ("郭永航", "dismiss", "广东省人民政府副省长", None),
             ("张爱军", "dismiss", "广东省审计厅厅长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2021-12-27",
              "paragraphs": [
                  f"12月27日上午，广东省十三届人大常委会第三十八次会议在广州召开。{FIRST}",
                  SECOND,
                  "【记者】姚瑶",
              ]},
         ]},
        {"kind": "chronicle", "heading": "政府记事", "title": "2021年11月滕州市大事记", "inline_days": True,
         "entries": [
             ("2021-11-19", "全市“工业强市、产业兴市”项目建设现场推进总结会议召开。市委书记陈永生出席会议并讲话，市委副书记、市长马宏伟主持会议。市领导李健、宗大全、刘洪鹏、朱晏辰、高欣、刘庆东、薛登峰、李义、王涛、康凤霞、樊猛出席会议。市人大常委会、市政府、市政协领导班子其他成员参加会议。是日，市委书记陈永生主持召开山东土地集团滕州智能家居产业园项目规划汇报会。市委副书记、市长马宏伟，市委常委、常务副市长王涛出席会议。", "■11月19日，"),
         ]},
    ],
}

"""2019年第1期 (raw two-column): a county people's congress committee's appointments in its paper's report, naming no
meeting in the deciding sentence and no court in the post (`会议表决通过了对王文俊、王利军两位审判委员会委员和37位人民
陪审员的任命，`), the assessors unnamed; the report as a brief opening `本报讯 12月29日，` (a day of the year before), a
colon where a semicolon belongs as printed (`…建设情况的报告：听取了…`); `· N ·`.

Sources: SOURCES.md rows 2019-01-*.
"""

TITLE = "县十六届人大常委会举行第二十次会议"
OPENING = "本报讯 12月29日，县十六届人大常委会召开第二十次会议。县人大常委会主任孙晓，副主任郭文魁、李晓燕、樊彦龙出席会议。县政府副县长程海龙，县人民法院院长张高峰、县人民检察院代检察长张志浩列席会议。"
DECISION = "会议表决通过了对王文俊、王利军两位审判委员会委员和37位人民陪审员的任命，并为他们颁发了任命书。"

ISSUE = {
    "name": "2019-01", "shape": "raw", "year": 2019, "issue_no": 1, "total_no": 169,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2019年第1期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [OPENING, DECISION],
         "rows": [
             ("王文俊", "appoint", "审判委员会委员", None),
             ("王利军", "appoint", "审判委员会委员", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2018-12-29",
              "paragraphs": [
                  OPENING,
                  "会议由郭文魁主持。",
                  "会议听取了县政府副县长程海龙作的关于“健康绛县”建设情况的报告：听取了县人民法院院长张高峰作的关于刑事案件审判工作情况的报告；听取了县人民检察院代检察长张志浩作的关于刑事检察工作情况的报告；听取了县人大办公室主任李谦作的关于安峪工业园区和樱桃园区建设情况的调研报告。",
                  "会议分组对以上报告进行审议，并以电子表决方式进行了满意度测评。",
                  DECISION,
                  "王文俊、王利军同志作了供职报告，并进行了宪法宣誓。",
                  "会议对召开县十六届人大五次会议的时间作出了决定。",
              ]},
         ]},
    ],
}

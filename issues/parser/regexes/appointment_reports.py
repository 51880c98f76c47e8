"""Appointments as a report of a standing committee's meeting words them (issues/parser/appointments.py): who reported it,
decisions adopted by their title, how the meeting came to its decision (the sentence opening a report: deciders.py)."""

import re

from issues.parser.regexes.pieces import CJK

# Who reported a decision, opening a report's sentence, dropped (中新网 2021-01-22, of 武汉: "据武汉市人大常委会办公厅官方微信
# 消息，武汉市第十四届人大常委会第三十五次会议决定：接受周先旺辞去…") · "另据…报道，"
REPORT_SOURCE = re.compile(r"^另?据[^，,。；;：:“”]{2,30}?(?:消息|报道|电)[，,]")
# A decision a meeting adopted, named by its title inside a report's sentence, read as the decision it names (山西 2021-06, 山西日报:
# "会议表决通过了关于接受楼阳生辞去山西省人民代表大会常务委员会主任职务请求的决定，关于接受林武辞去山西省人民政府省长职务请求的决定"
# -> "接受楼阳生辞去…主任职务请求", "接受林武辞去…省长职务请求" · joined by 、 (山西 2020-12) · 临沂 2015-02's proposal adopted:
# "会议表决并通过了关于提请接受陈先运辞去临沂市人民政府市长职务的议案" · "会议通过关于接受…的请求的决定" (written for the test)
# · who proposed it, between 通过了 and 关于, and a person decided on without a verb of appointment (临沂 2015-02: "会议表决并通过了
# 临沂市人大常委会主任会议关于提请决定张术平为临沂市人民政府代理市长的议案" -> "决定张术平为临沂市人民政府代理市长") · 决定 before
# the verb ("通过了…关于决定任命X为…的决定", written for the test) · no 关于 after 通过了 (济南's title worded for the test:
# "会议表决通过了接受孙述涛辞去济南市人民政府市长职务请求的决定") · someone acting, decided (山西 2021-12, bjlb.org.cn: "…表决通过了
# 人事任命名单、关于金湘军代理山西省人民政府省长的决定" -> "决定金湘军代理山西省人民政府省长") · the title in 《》 (太原 2019-01, 太原日报:
# "会议通过《关于接受耿彦波辞去太原市市长职务请求的决定》")
ADOPTED_DECISION = re.compile(
    r"(?P<joined>^|[，,；;、])(?:(?:会议)?(?:表决)?并?通过了?(?:[^，,。；;、《》]{0,30}?(?=《?关于))?|(?=《?关于))《?(?:关于)?(?:提请)?"
    r"(?P<decided>决定)?(?P<decision>(?:接受|任命|免去)[^，,。；;、《》]{4,80}?|(?<=决定)[^，,。；;、《》的]{2,6}?为[^，,。；;、《》]{2,60}?"
    r"|[^，,。；;、《》的]{2,6}?代理[^，,。；;、《》]{2,60}?)的(?:决定|议案)》?(?=[，,。；;、《]|$)"
)
# A word joining a report's statements, opening one, dropped (河南 2017-03, 东方今报: "…职务，同时，决定免去刘荃的…职务" ·
# "同时，决定任命王东伟为…"; 安徽 2016-02: "任命6人，其中任命纪冰为…") · "此外，经表决，…"
CONNECTIVE = re.compile(r"^(?:同时|此外|另外|其中|随后)[，,]?")
# How a meeting came to its decision, printed before it after a comma, which is no statement of its own (written for the test
# from reports of standing committees): "经市人大常委会主任会议提名，会议表决、全票通过，任命…" · "会议经无记名投票表决，…"
# · who asked for it (河南 2017-03's decisions as a summary words them, written for the test): "会议根据省高级人民法院院长提请，…"
# · 安徽 2016-02: "经大会表决通过，…" · 肇东 2018-12 (0455zd.com): "根据表决结果，任命熊福春同志为…" · who asked, after 经 (肇东's
# mayor, worded for the test): "经市人民政府市长李延春提请，任命…" · 湖南 2020 (潇湘晨报): "…，并根据湖南省人民代表大会常务委员会
# 主任会议的提名，决定…" · the vote and what came before it (worded for the test): "会议经审议和无记名投票方式表决，…" ·
# "会议采用无记名投票表决的方式，…"
PROCEDURE_STATEMENT = re.compile(
    rf"^(?:(?:经[{CJK}]{{2,30}}?(?:提名|提请|提议)|(?:会议)?并?根据[{CJK}]{{2,30}}?(?:提请|提名|提议)"
    rf"|(?:会议|大会)?(?:经|采用)?(?:审议(?:和|并|后)?)?(?:大会)?(?:无记名投票)?(?:方式)?表决(?:通过|的?方式)?"
    rf"|根据表决结果|全票通过|审议通过|随后)[、，,]?){{1,4}}$"
)

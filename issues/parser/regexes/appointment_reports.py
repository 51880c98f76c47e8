"""Appointments as a report of a standing committee's meeting words them (issues/parser/appointments.py): who reported it,
decisions adopted by their title, how the meeting came to its decision (the sentence opening a report: deciders.py)."""

import re

from issues.parser.regexes.pieces import CJK

# Who reported a decision, opening a report's sentence, dropped (中新网 2021-01-22, of 武汉: "据武汉市人大常委会办公厅官方微信
# 消息，武汉市第十四届人大常委会第三十五次会议决定：接受周先旺辞去…") · "另据…报道，"
# · what a published notice showed, with the day (中新网 2018-04-05: "4日，人社部网站公布的国务院任免消息显示，王晓涛任国家国际发展合作署
# 署长。" · "公开报道显示，他此前担任…")
REPORT_SOURCE = re.compile(r"^(?:另?据[^，,。；;：:“”]{2,30}?(?:消息|报道|电)|(?:\d{1,2}日[，,])?[^，,。；;：:“”]{2,30}?(?:消息|报道)显示)[，,]")
# A decision a meeting adopted, named by its title inside a report's sentence, read as the decision it names (山西 2021-06, 山西日报:
# "会议表决通过了关于接受楼阳生辞去山西省人民代表大会常务委员会主任职务请求的决定，关于接受林武辞去山西省人民政府省长职务请求的决定"
# -> "接受楼阳生辞去…主任职务请求", "接受林武辞去…省长职务请求" · joined by 、 (山西 2020-12) · 临沂 2015-02's proposal adopted:
# "会议表决并通过了关于提请接受陈先运辞去临沂市人民政府市长职务的议案" · "会议通过关于接受…的请求的决定" (written for the test)
# · who proposed it, between 通过了 and 关于, and a person decided on without a verb of appointment (临沂 2015-02: "会议表决并通过了
# 临沂市人大常委会主任会议关于提请决定张术平为临沂市人民政府代理市长的议案" -> "决定张术平为临沂市人民政府代理市长") · 决定 before
# the verb ("通过了…关于决定任命X为…的决定", written for the test) · no 关于 after 通过了 (济南's title worded for the test:
# "会议表决通过了接受孙述涛辞去济南市人民政府市长职务请求的决定") · someone acting, decided (山西 2021-12, bjlb.org.cn: "…表决通过了
# 人事任命名单、关于金湘军代理山西省人民政府省长的决定" -> "决定金湘军代理山西省人民政府省长") · the title in 《》 (太原 2019-01, 太原日报:
# "会议通过《关于接受耿彦波辞去太原市市长职务请求的决定》") · the body in 《》 before 关于 (山西 2014-09, people.com.cn: "通过了《山西省
# 人大常委会关于接受袁纯清辞去山西省人民代表大会常务委员主任职务请求的决定》")
# · the sitting of the meeting that voted, and a last decision after 和 (湖北 2021-05's decisions, 湖北人大网, worded for the test as a
# report names its sitting): "第二次全体会议表决通过了关于接受王晓东辞去…职务请求的决定、人事任免名单和关于王忠林代理…省长的决定"
# · two titles in 《》 each with its body before 关于, joined by 和 (北京 2010-12, 新华社 as h1.com.hk printed it: "…第二十二次会议23日
# 表决通过《北京市人民代表大会常务委员会关于接受黄卫同志辞去北京市副市长职务请求的决定》"; the proposal after 和 worded for the test
# as a report names it: "…的决定》和《上海市人民代表大会常务委员会主任会议关于提请任命龚正职务的议案》"
# · a draft decision reviewed and adopted, the title ending in （草案） (上海 2020-03, 上海法治报: "会议审议了市人大常委会《关于接受
# 廖国勋同志辞去上海市监察委员会主任职务的请求的决定(草案)》…会议经表决，决定接受…", worded for the test as one sentence): "审议并表决
# 通过了《上海市人民代表大会常务委员会关于接受廖国勋同志辞去上海市监察委员会主任职务的请求的决定（草案）》" (a draft only 审议了 is no
# decision: appointments.py RESIGNATION_REQUEST)
ADOPTED_DECISION = re.compile(
    r"(?P<joined>^|[，,；;、]|和(?=《|关于))(?:(?:(?:第[一二三四五六七八九十\d]{1,3}次)?全体)?(?:会议)?(?:审议并)?(?:表决)?并?通过了?"
    r"(?:《?[^，,。；;、《》]{0,30}?(?=《?关于))?|《[^，,。；;、《》]{0,30}?(?=关于)|(?=《?关于))《?(?:关于)?(?:提请)?"
    r"(?P<decided>决定)?(?P<decision>(?:接受|任命|免去)[^，,。；;《》]{4,80}?|(?<=决定)[^，,。；;、《》的]{2,6}?为[^，,。；;、《》]{2,60}?"
    r"|[^，,。；;、《》的]{2,6}?代理[^，,。；;、《》]{2,60}?)的(?P<kind>决定|议案)(?:[（(]草案[）)])?》?(?=[，,。；;、《]|和《|和关于|$)"
)
# Appointments a meeting adopted, named as "对…的任命": the people named, counted before their post, and others counted but
# unnamed after 和, read as "任命甲、乙为A，任命N位B" (worded for the test after 通州 2023-03, 运河商报, the people and posts of its
# "任命李春雨、何娇、徐莉等18人为通州区人民法院审判员"): "会议表决通过了对李春雨、何娇两位通州区人民法院审判员和16位人民陪审员的任命"
# · "对李春雨、何娇等18名…审判员的任命" (more counted than named) · "…三位同志通州区…" (同志 before a place read as 的: COMRADE_BEFORE_POST)
ADOPTED_APPOINTMENTS = re.compile(
    rf"(?:^|(?<=[，,；;]))(?:(?:会议)?(?:审议并?)?(?:表决)?通过了?)?对(?P<persons>[{CJK}·、]{{2,40}}?)(?P<others>等)?"
    rf"(?P<count>[两二三四五六七八九十\d]{{1,3}})[位名](?:同志)?的?(?P<posts>[^，,。；;和]{{2,40}}?)(?:和(?P<unnamed>[两二三四五六七八九十百\d]{{1,4}}[位名][^，,。；;的]{{2,30}}))?的任命"
)
# A proposal adopted by its title that names its people but no post, the decision after it giving the posts ("…关于提请任命龚正职务的议案》，
# 决定任命龚正为上海市人民政府副市长", the proposal worded for the test as above): no statement of its own
PROPOSAL_NAMING_NO_POST = re.compile(r"^(?:任命|免去|任免)[^为辞的]{2,30}?职务$")
# A roll the meeting adopted among its titled decisions, which names no one (its people are the roll's own list), dropped (the 湖北
# report worded for the test above): "…职务请求的决定、人事任免名单和关于王忠林代理…的决定" · "、人事任命名单"
ADOPTED_ROLL = re.compile(r"(?<=的决定)[、，,]人事任(?:免|命)(?:事项)?名单(?=和《?关于|[，,、]《?关于)")
# A word joining a report's statements, opening one, dropped (河南 2017-03, 东方今报: "…职务，同时，决定免去刘荃的…职务" ·
# "同时，决定任命王东伟为…"; 安徽 2016-02: "任命6人，其中任命纪冰为…") · "此外，经表决，…"
CONNECTIVE = re.compile(r"^(?:同时|此外|另外|其中|随后)[，,]?")
# A decision of its own after 、, its verb printed again, which a post never opens (山东 2021-02's decisions, 大众日报, joined with 、
# for the test as an evening paper's report prints them): "决定任命傅明先为山东省副省长、批准任命王钦杰为临沂市人民检察院检察长" ·
# "…副省长、决定免去…"
DECISION_AFTER_PAUSE = re.compile(r"^(?:决定)?(?:批准)?(?:任命|免去|接受|聘任)(?!其)")
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
    rf"|根据表决结果|全票通过|审议通过|随后"
    # · the manner of the vote, with the day (中新社 2017-02 of 北京: "当天会议以按表决器的方式，接受了…"; 通州 2023-03, 运河商报: "会议以按
    # 表决器表决方式，决定郑皓副区长代理…" · "会议以无记名投票方式，任命…")
    rf"|(?:当天|当日)?(?:会议|大会)?(?:以|采用|采取)[^，,。；;：:]{{1,16}}?方式"
    # · that it took up appointments, naming no one (通州 2022-05, renda.bjtzh.gov.cn: "区七届人大常委会召开第三次会议，进行了人事任免，…";
    # worded for the test as a report's sentence opens: "会上还进行了人事任免事项")
    rf"|(?:会上|会议)?还?进行了?人事任免(?:事项)?)[、，,]?){{1,4}}$"
)
# How the meeting came to a decision, before the decision's own clause, dropped (青岛 2006-12, sohu.com: "会议表决通过了人事任免事项，
# 决定任命王书坚为青岛市人民政府副市长" · 济南 2018-01, 济南日报: "表决通过了市政府提请的人事事项，决定任命卢江、孙斌为…" · the vote
# or the reason, worded for the test after them: "经投票表决，会议决定任命…" · "经过表决，会议决定任命…" · "因工作调整，会议决定接受…")
DECISION_CIRCUMSTANCE = re.compile(
    rf"^(?:(?:会议)?(?:经过?|以)?[{CJK}]{{0,6}}?表决(?:通过)?了?[{CJK}]{{0,16}}?(?:人事|任免)[{CJK}]{{0,6}}|(?:会议)?经过?[{CJK}]{{0,6}}?表决"
    rf"|因工作(?:调整|变动|需要)|根据工作需要)[，,](?=(?:会议|大会)?还?决定)"
)
# The matters a meeting adopted, named in the sentence opening its report, which names no one (上海 2023-01, 澎湃新闻 as bjtitle.com
# printed it: "上海市十五届人大常委会第四十八次会议1月8日举行，审议并表决通过有关人事任免事项。"): the decisions follow
MATTERS_ADOPTED = re.compile(rf"^(?:会议)?(?:审议(?:和|并)?)?表决通过了?[{CJK}]{{0,16}}?(?:人事|任免)[{CJK}]{{0,6}}$")
# A resignation's second post repeating 辞去 after 、, read as one list of posts (written for the test after 山西 2021-06's decisions):
# "接受孙洪山辞去山西省高级人民法院院长职务、辞去山西省第十三届人民代表大会代表职务" -> "…院长、山西省第十三届人民代表大会代表职务"
RESIGNED_AGAIN = re.compile(r"职务、辞去(?=[^，,。；;、]{2,60}?职务)")
# A resignation asked for, 请求 before 辞去, read as accepted (written for the test after 山西 2014-09's title, people.com.cn:
# "《山西省人大常委会关于接受袁纯清请求辞去山西省人民代表大会常务委员会主任职务的决定》" -> "接受袁纯清辞去…")
REQUESTED_RESIGNATION = re.compile(rf"(?P<accepted>接受[{CJK}·]{{2,12}}?)(?:同志)?请求(?=辞去)")
# A sentence of a meeting's report that decides nothing: who held, chaired or attended it, no word of an appointment in it (青岛
# 2006-12: "市人大常委会副主任王永生、张先平…，秘书长邱广茂和30名委员出席会议。" · 山西 2021-06, shi-fen.com: "省人大常委会副主任
# 郭迎光主持会议，副主任卫小春、岳普煜、李俊明、张志川出席。" · 济南 2018-01: "会议听取并审议了市政府提请的有关人事事项。")
MEETING_NARRATIVE = re.compile(
    r"^(?=[^；;]*?(?:主持|出席|列席|举行|召开|闭幕|闭会|开幕))(?:(?!任命|免|辞|聘|担任|代理|职务|一职|撤销|解除|终止|决定|同意|选|备案|通过|批准|[^主]任)[^；;])+$"
)
# A report's sentence opening with its decision, the meeting its subject, the vote before it dropped (DECISION_CIRCUMSTANCE), as a
# column's first line prints it (中山 2023-09, 凤凰网广东: "会议经表决，决定任命陈晖东为…" · 青岛 2006-12: "会议表决通过了人事任免
# 事项，决定任命王书坚为…" -> "决定任命王书坚为…" · 山西 2021-06: "会议决定任命蓝佛安为…" · worded for the test: "会议任命张三为…")
REPORTED_DECISION = re.compile(r"^(?:(?:会议|大会)(?:经表决[，,])?还?)?(?:决定[：:]?)?(?:任命|免去|接受)")
# A decision's words inside a line (coverage.py: a line no section was handed is read only by an appointment row when it holds one;
# a brief repeating the decision reads none of it): "…会议决定任命蓝佛安为…" · "…，决定任命周" (a column's line cut) · "免去刘云梅的…"
# · after a colon or a comma (北京 2021-11, 人民网): "…第三十五次会议决定：接受卢映川辞去北京市副市长职务的请求" · "…会议决定，接受…"
# · no verb of appointment (上海 2012-12, 中新社): "…会议经投票表决，决定杨雄为上海市人民政府代理市长。" · a resignation accepted,
# several people at once (北京 2017-02, 中新社): "会议接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。"
DECISION_WORDS = re.compile(
    rf"决定[：:，,]?(?:任命|免去|接受)|决定[：:，,]?[{CJK}]{{2,4}}为|任命[{CJK}]{{2,4}}为|免去[{CJK}]{{2,4}}的"
    rf"|接受了?[{CJK}、]{{2,30}}?辞去"
)
# A party committee's decision a report tells as the reason for what the meeting decides, naming the posts the person takes or leaves
# in the party and elsewhere (上海 2020-03, 上海法治报: "根据中共中央决定，廖国勋任上海市委副书记，不再担任上海市监察委员会主任职务。" ·
# 北京 2007-11, 中评社: "…宣布中央决定：王岐山同志不再兼任北京市委副书记、常委、委员职务，…" · 西城 (北京西城, a 10月31日 meeting): "会议宣布中共北京市委
# 决定，孙硕同志不再担任中共北京市西城区委员会书记、常委、委员职务，…"): no decision of the body whose rows the column prints, quoted in a
# loss (a list under a party committee's own heading, "省委决定：", stays a list)
PARTY_DECISION_TOLD = re.compile(rf"^(?:根据|[^，,。；;：:]{{0,30}}?宣布)(?:中共)?(?:中央|[{CJK}]{{2,12}}?委)决定[，,：:]")
# A statement of what someone held before or has moved to, telling a career, not deciding it (北京 2017-12, 千龙网 as shzx.org printed
# it: "…会议任命杨斌为北京市副市长，杨斌此前任通州区委书记" · 上海 2020-03, 力报 as exmoo.com printed it: "上海前市长、市委副书记应勇2月13日调任
# 湖北省委书记" · worded for the test after it: "此前担任上海市委副书记、市政府党组书记、市长的应勇于2020年2月已改任湖北省委书记" · "…曾任…"): no
# row, the sentence quoted as read as no decision
# · the post held before told with 是 or 为, or the one held now (中新社 2012-12 of 上海, as waou.com.mo printed it: "之前任中共上海市委副书记、
# 上海市常务副市长…" · 东方日报 2020-03-28 of 北京: "…，现任北京市委常委、秘书长…" · 中新社 2017-01 of 北京: "…李伟，…，现任中共北京市委常委、
# 宣传部部长"; worded for the test after them: "崔述强此前是北京市委常委、秘书长")
BACKGROUND_STATEMENT = re.compile(
    rf"^(?:[^，,。；;]{{0,40}}?(?:此前|之前|此后|曾经?|先后|已经?)(?:担任|出任|改任|调任|是|为|任(?![命免职]))|[{CJK}]{{0,4}}现任(?!职务|的)"
    rf"|[^，,。；;]{{0,60}}?(?:于\d{{4}}年)?\d{{0,2}}月?\d{{0,2}}日?(?:已经?)?(?:改任|调任))[^；;]*$"
)

"""Who decided an appointment (issues/parser/appointment_deciders.py, appointment_headings.py): the lines heading a list,
the opening of a decision before its verb, the day, grounds and proposer printed with it."""

import re

from issues.parser.regexes.appointments import _NAME
from issues.parser.regexes.pieces import CJK


# A day opening an item or a heading, dropped: "同日，" · "同日" · "是日，" · "3月5日，" · "5日，" · with its year:
# "2019年12月20日，" (the decision's date is no field) · with its part, as a report dates its meeting (湖北 2021-05, wenrenren.com:
# "5月7日下午，湖北省十三届人大常委会第二十三次会议表决通过，决定任命…"): "1月15日下午，" · "今天上午，" (武进 2025-07) · "下午，"
# (the day a coverage check took off as a chronicle's) · "昨日，" · the day it names in brackets (北京 2023-12, 15jw.com:
# "今天（12月27日）上午，市十六届人大常委会第七次会议决定：接受刘宇辉辞去北京市副市长职务的请求")
_DAY_PART = r"(?:上午|下午|晚上?)"
_APPOINTMENT_DAY = rf"(?:(?:(?:同|是|当|今|昨)\s?日|[今昨]天(?:[（(](?:\d{{1,2}}月)?\d{{1,2}}日[）)])?|(?:(?:\d{{4}}年)?\d{{1,2}}月)?\d{{1,2}}日){_DAY_PART}?|{_DAY_PART}(?=[，,]))[，,、]?"
# A standing committee's meeting named whole before its verb (遂宁 2018-12: "市七届人大常委会第二十三次会议接受…"), its 第 left out as
# reports shorten it (中新社 2017-02's report of 北京, worded so for the test: "北京市十四届人大常委会三十五次会议正式接受了李士祥…辞去北京市
# 副市长职务的请求") (not compiled on its own)
_MEETING_BY_NUMBER = rf"[{CJK}\d]{{2,24}}?(?:人大常委会|常务委员会)第?[{CJK}\d]{{1,6}}次会议"
# How it voted or that it did so for good, between the meeting and its verb (北京 2020-03, 东方日报: "会议经表决通过任命崔述强为…" ·
# 中新社 2017-02 of 北京: "会议接受了…" · "…第三十八次会议经投票表决，决定…", 中新社 2012-12 of 上海) (not compiled on its own)
_MEETING_VOTED = r"(?:正式|经过?(?:无记名)?(?:投票)?表决(?:通过)?[，,]?)"


# ---------------------------------------------------------------------------------------------
# Decisions and their titles
# ---------------------------------------------------------------------------------------------
# The number of an item of a numbered list, dropped (written for the test, as lists number their items): "1.张三任…" · "（一）免去…"
# · "一、任命" (over its first item)
ITEM_NUMBER = re.compile(r"^(?:\d{1,2}\s?[.．、]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、)\s?")
# The day opening an entry, dropped: "同日，张三任…" · "是日，任命…"
APPOINTMENT_DAY_PREFIX = re.compile(rf"^{_APPOINTMENT_DAY}")
# The title of a list of decisions, printed above it, with or without a colon: "国务院任免国家工作人员" ·
# "省政府任免工作人员：" · "市人民政府任免工作人员" · as a report's sentence words it, its time word dropped from who decided
# (新华网 2012-02: "国务院日前任免一批国家工作人员。" · 澎湃 2024: "国务院任免一批副部级国家工作人员。") (not compiled on its own)
_LIST_TITLE = rf"(?P<body>[{CJK}]{{2,20}}?)(?:日前|近日|近期)?(?P<title>任免[{CJK}]{{0,12}}人员)"
APPOINTMENT_LIST_TITLE = re.compile(rf"^{_LIST_TITLE}\s?[:：。]?$")
# The same title with the list's first item after it on its line, as a report or a joined paragraph prints it:
# "国务院任免国家工作人员，林涛任国务院副秘书长。" · "国务院任免国家工作人员：任命孟扬为国务院副秘书长；" · a sentence of its own
# before its items (新华网 2012-02): "国务院日前任免一批国家工作人员。其中，任命励小捷为国家文物局局长"
APPOINTMENT_LIST_TITLE_INLINE = re.compile(rf"^{_LIST_TITLE}\s?(?:[:：，,](?P<rest>\S.*)|。(?P<next>.*))$")
# A decider printed alone as the title over its list, without a colon: "省委决定" · "市人民政府决定" (the list under it
# may print who decided again: "经省委研究决定：")
APPOINTMENT_DECIDER_TITLE = re.compile(rf"^[{CJK}]{{1,30}}?[省市县区]?(?:委|政府|常委会|会议)决定$")
# Who decided, closing with a colon: "市人民政府决定：" · "市政府第12次常务会议决定：" · "经市政府研究，决定：" ·
# a list's heading by its action: "任职：" · "免职：" · "市政府决定免去：" · "免去：" (a list of dismissals) · "任命：" ·
# "经市政府研究决定：" · "同日，市人民政府决定：" (the day before it dropped) · "决定接受：" (a list of resignations accepted) ·
# why the list follows, before its action (written for the test): "试用期满，经考核合格，正式任命："
APPOINTMENT_DECIDER = re.compile(
    rf"^(?:{_APPOINTMENT_DAY})?(?:[{CJK}]{{2,12}}[，,](?=[{CJK}\d，,]{{0,40}}(?:任命|任职|免去|免职|聘任)[:：]$)){{0,3}}"
    rf"(?P<decider>[{CJK}\d]{{0,30}}?(?:[，,]?决定)?(?P<verb>免去|任命|任免|聘任|接受|任职|免职)?)\s?[:：]$"
)
# A meeting alone heading its decisions, closing with a colon, each item saying 决定 itself (written for the test as 人大常委会
# lists print them, 济源 2023-05): "济源市第十五届人民代表大会常务委员会第七次会议：" over "决定任命张宏义为…。" · with its day:
# "2023年5月31日，…第七次会议：" · the meeting's end broken onto a line of its own: "七次会议：" (joined by the parser) · the
# vote the meeting took, as a report's sentence opens its list (北京 2020-04, 财新网: "4月24日，北京市十五届人大常委会第二十一次
# 会议表决任命：" over "杨晋柏任北京市副市长"; worded so for the test: "…第二十一次会议表决通过：") (who decided: the meeting)
# · an election's results heading its roll (石景山 2011-12's election, laid out for the test as a roll grouped by post):
# "石景山区第十五届人民代表大会第一次会议选举结果："
_MEETING = rf"(?:{_APPOINTMENT_DAY})?(?P<decider>[{CJK}\d]{{0,40}}?会议)"
MEETING_HEADING = re.compile(rf"^{_MEETING}(?:(?<=次会议)(?:审议并)?(?:表决|审议)(?:通过|任命)|选举结果)?\s?[:：]$")
# The same heading with its first item after it on its line, as a raw column or a joined paragraph prints them (东方日报 2020-03-28,
# 香港: 北京市十五届人大常委会第二十次会议…任命崔述强为北京市人民政府副市长, worded for the test as a list prints it):
# "北京市十五届人大常委会第二十次会议：决定任命崔述强为北京市人民政府副市长。" · the vote heading the items after its colon (财新网
# 2020-04-24: "4月24日，北京市十五届人大常委会第二十一次会议表决任命：杨晋柏任北京市副市长，亓延军任…"; items saying no 决定 follow
# only such a vote)
MEETING_HEADING_INLINE = re.compile(rf"^{_MEETING}(?P<voted>(?<=次会议)(?:审议并)?(?:表决|审议)(?:通过|任命))?\s?[:：](?P<rest>\S.*)$")
# A decision cited with its date, closing with a colon (an order of the head of state or government):
# "根据中华人民共和国第十一届全国人民代表大会常务委员会第十八次会议于2010年12月25日的决定："
APPOINTMENT_DECISION_CITED = re.compile(
    rf"^根据(?P<decider>[{CJK}0-9]{{2,60}}?)(?:于\s?\d{{4}}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日)?的决定\s?[:：](?P<rest>.*)$"
)
# A decision printed before its items on the same line, after a colon: "市人大常委会第二十八次会议决定：任命…" ·
# "市十一届人大常委会第三十九次会议决定任命：朱明为市政府副市长" (the list's verb before the colon) · after a comma:
# "会议决定，李峻任崇明区副区长、代理区长。" · how the meeting decided before it, after a comma (中山 2023-09, 凤凰网: "会议经表决，决定任命
# 陈晖东为…", laid out for the test with the list's colon): "会议经表决，决定任命：陈晖东为中山市人民政府副市长"
# (never a decision adopted by its title, a statement: "会议表决通过了关于接受孙述涛辞去…职务请求的决定，并报…备案", 济南)
APPOINTMENT_INLINE_DECIDER = re.compile(
    rf"^(?P<decider>(?:(?!接受|任命|免去|辞去|聘任|的决定)[{CJK}\d]){{2,30}}?[，,]?决定(?P<verb>免去|任命|任免|聘任)?)(?P<separator>[:：，,])(?P<rest>\S.*)$"
)
# A later decision of the same meeting, its 还 · 又 · 同时 dropped (a sentence naming the meeting: decided by the meeting alone;
# worded for the test after 北京 2021-11, zgcsb.com: "…第三十五次会议决定，接受卢映川辞去…"): "…第三十五次会议还决定，接受…" ·
# "会议还决定：任命…" -> "会议决定" (naming no one: the section's meeting)
ALSO_DECIDED = re.compile(r"(?<=会议)(?:还|又|同时|也)(?=决定)")
# A report's sentence naming the meeting in passing before its decision and colon, who decided no more than the meeting
# (中山 2023-09's sentences joined for the test, as a city's paper reports a meeting in passing): "在当天举行的会议上，还表决通过其他
# 人事任免事项，决定：免去刘云梅的中山市人民政府副市长职务。"
APPOINTMENT_REPORTED_DECIDER = re.compile(r"^[^：:；;。]{0,30}?会议[^：:；;。]{0,40}?[，,]还?决定[:：](?P<rest>\S.*)$")
# Who decides, printed right before the verb without 决定: "会议接受宗国英辞去…" · "会议任命张勇为…" ·
# "国务院免去曲云海的…职务" · "国务院任免国家工作人员，任命华春莹为…" (a list's title before its first item) · a standing committee's
# members voting, as an evening paper words it (遂宁 2018-12's decisions, worded for the test): "遂宁市人大常委会委员表决接受…"
# (naming no meeting: decided by none known)
_DECIDING_BODY = (rf"(?:[{CJK}]{{2,20}}?任免[{CJK}]{{0,8}}人员[，,：:]|会议还?|国务院|[省市县区]政府|[省市县区]人民政府"
                  rf"|[{CJK}]{{0,20}}?(?:人大常委会|常务委员会)(?:组成人员|委员)?(?:经过?)?表决)")
# How a meeting decided, or what it did before, between 会议 and 决定, which names no one (dropped: the decider is "会议决定"):
# "会议经表决，决定" (广州日报 2024-10) · "会议以无记名投票表决方式，决定" · a report's sentence (济南日报 2018-01, joined for the
# test): "会议听取并审议了市政府提请的有关人事事项，决定" · a list adopted (上海 2023-01, 澎湃新闻, worded for the test): "会议表决
# 通过了人事任免职名单，决定" (免职 of 任免职 is no statement) (never a statement before 决定:
# "…会议接受杨自力辞去…职务，决定任命…")
DECIDER_MANNER = re.compile(r"(?<=会议)(?:(?!接受|任命|免去|辞去|聘任|任职|(?<!任)免职|同意)[^：:；;。“”《》]){1,40}?[，,]?(?=决定$|决定[^定])")
# A deciding body printed alone before its verb, which names who decided: "国务院" · "市人民政府"
DECIDING_BODY_ALONE = re.compile(r"^(?:国务院|[省市县区](?:人民)?政府)$")
# A decider naming no body, whose rows are decided by the meeting the section named last, or by no one known (None): "" (a
# "任命：" list) · "决定" · "会议决定" · "会议决定任命" · "经研究决定" · "经表决，决定" (河南 2017-03, 东方今报)
# · "经投票表决，决定" (全国人大 2023-03) · "表决决定" (全国人大常委会 2023-07, etnet.com.hk)
DECIDER_NAMING_NO_ONE = re.compile(r"^(?:会议)?(?:经(?:会议)?(?:研究|(?:投票)?表决|审议)[，,]?|表决)?(?:决定)?(?:任命|免去|任免|聘任)?$")
# The meeting a decider names by its number, and the words after it up to 决定 (without a leading 经): "…常务委员会第七次会议决定"
# · "济源市第十五届人民代表大会常务委员会第七次会议" (a heading's, without 决定) · "市十一届人大常委会第三十九次会议决定任命" ·
# "经区七届人大常委会第三十六次会议决定" · "济源市人民政府第七次常务会议研究决定" · "新区二届人大常委会第八次全体会议决定" · held
# before it (北京 2017-12, 千龙网: "12月1日上午召开的北京市十四届人大常委会第四十二次会议任命杨斌为…": the meeting without 召开的)
MEETING_IN_DECIDER = re.compile(
    rf"^经?(?:(?:召开|举行)的)?(?P<meeting>[{CJK}\d]{{0,40}}?(?:第[{CJK}\d]{{1,6}}|(?<=[届会])[一二三四五六七八九十]{{1,4}})次[{CJK}]{{0,4}}?会议)"
    rf"{_MEETING_VOTED}?(?:[{CJK}]{{0,6}}?决定)?(?:任命|免去|任免|聘任)?$"
)
# The sentence opening a report of a meeting, which names it, the verb after the meeting or before its number (太原 2019-01,
# 太原日报: "1月15日下午，市十四届人大常委会第二十次会议举行。" · 贵州 2020-11, 贵州人大: "11月24日，贵州省第十三届人民代表大会常务委员会
# 第二十一次会议在贵阳召开。" · 广州日报 2024-10: "10月29日，广州市第十六届人大常委会召开第三十二次会议。" · 新华网 2003-02 (郑州):
# "25日上午，郑州市第十一届人大常委会举行第35次会议。" · 中山 2023-09, 凤凰网广东: "9月29日下午，中山市十六届人大常委会第二十二次会议
# 召开，决定任命…") (the day, the place and the verb dropped: the meeting is "…第二十一次会议") · the meeting the subject of what it
# reviewed, after a comma (worded for the test from 武汉 2024-05's report, 湖北, as 人大常委会 decisions on a resignation print it):
# "市十五届人大常委会第十八次会议，审议了程用文提出的辞去所任职务的请求。" · its month and day before the verb (上海 2023-01, 澎湃新闻:
# "上海市十五届人大常委会第四十八次会议1月8日举行，")
# · its day and place between the body and 举行 (全国人大常委会 2023-07-25, etnet.com.hk: "全国人大常委会25日在北京举行第四次会议，表决决定免去…")
# -> "全国人大常委会第四次会议"
REPORT_OPENING = re.compile(
    rf"^(?:{_APPOINTMENT_DAY})?(?P<body>[{CJK}\d]{{2,40}}?)(?:(?:\d{{1,2}}日)?(?:上午|下午)?在[{CJK}]{{2,10}}?(?=举行|召开))?"
    rf"(?P<held>举行|召开)?(?P<number>第[{CJK}\d]{{1,6}}次(?:全体|常务)?会议)"
    rf"(?(held)|(?:(?:(?:\d{{1,2}}月)?\d{{1,2}}日|[昨今当][日天])?(?:上午|下午)?(?:在[{CJK}]{{2,10}}?)?(?:隆重)?(?:举行|召开|开幕|闭幕|闭会)|(?=[，,](?:审议|听取)了)))(?=[，,。]|$)"
)
# A decision's opening before its verb, dropped: "决定免去卢炳椿…" · "会议决定任命…" · "市人民政府决定：任命…" ·
# "同日，任命…" · "经市政府研究，决定任命…" · "批准任命…" · with its date: "…常务委员会第二十六次会议4月1日决定，接受…" ·
# a vote: "会议经表决，任命郭振华为…"
# · a standing committee's meeting named in full before its verb (遂宁 2018-12): "市七届人大常委会第二十三次会议接受杨自力辞去…"
# (no other meeting: a brief's "…常务会议任命…" is no decision list; and never a statement swallowed
# on the way to a later 决定: "…会议接受杨自力辞去…职务，决定任命…")
# · 决定 before the person decided on, with no verb of appointment (遂宁 2018-12's headline: "市人大常委会决定邓正权为代理市长" · 揭阳,
# ciudsrc.com: "…召开第四十三次会议，决定任命…" worded so for the test: "…召开第四十三次会议，决定陈绿平为揭阳市人民政府代理市长")
# · several people so, after a comma or without (全国人大 2023-03, 人民日报): "…经投票表决决定，丁薛祥、何立峰为国务院副总理" ·
# "会议决定丁薛祥、何立峰为国务院副总理"
_BEFORE_DECIDED = rf"(?:(?!任命|免去|聘任|接受|辞去)[{CJK}\d]){{0,40}}?"
# The people a decision names straight after 决定, without a verb of appointment, before 为 or 代理 (全国人大 2023-03, 人民日报: "丁薛祥、
# 何立峰…为国务院副总理" · 上海 2012-12, 中新社: "杨雄为上海市人民政府代理市长") or 任 (通州 2023-03, 运河商报, worded for the
# test as its own sentence: "决定郑皓任北京市通州区人民政府副区长、代理北京市通州区人民政府区长职务") (not compiled on its own)
_PEOPLE_DECIDED_ON = rf"{_NAME}(?:、{_NAME}){{0,9}}(?:同志)?(?:为|代理|任(?!命))"
DECISION_PREFIX = re.compile(
    rf"^(?:{_APPOINTMENT_DAY})?(?:{_BEFORE_DECIDED}(?:研究)?[，,]?决定[：:，,]?|批准|{_DECIDING_BODY}|(?:会议)?{_MEETING_VOTED}"
    rf"|{_MEETING_BY_NUMBER}{_MEETING_VOTED}?)?(?=任命|免去|聘任|接受)"
    rf"|^(?:{_APPOINTMENT_DAY})?{_BEFORE_DECIDED}[，,]?决定[：:，,]?(?={_PEOPLE_DECIDED_ON})"
)
# The same people opening what follows a decider's colon, a decision of its own as much as one opening with its verb (a raw
# column's section opens there; 北京 2012-07's decision, 新京报, worded for the test with the colon an agency's dispatch prints after
# 决定): "…第三十四次会议25日决定：王安顺为北京市副市长、代理市长。" -> "王安顺为…"
PEOPLE_DECIDED_ON = re.compile(rf"^{_PEOPLE_DECIDED_ON}")
# A standing committee's meeting named whole straight before its verb, its vote between them, as a report's sentence opens (a raw
# column's appointments open there; 北京 2020-03-28, 东方日报, worded so for the test: "北京市十五届人大常委会第二十次会议经表决通过任命崔述强
# 为…" · 中新社 2017-02 of 北京, worded so: "北京市十四届人大常委会三十五次会议正式接受了…")
MEETING_DECIDING = re.compile(rf"^{_MEETING_BY_NUMBER}{_MEETING_VOTED}?(?=任命|免去|聘任|接受)")
# The day a decider's line prints inside it, after its meeting, dropped (written for the test as 人大常委会 notices date a
# decision, 济源 2023-05): "…第七次会议于2023年5月31日决定：" · "…第七次会议2023年5月31日：" (not the day opening the line)
DAY_INSIDE_DECIDER = re.compile(r"(?<=[^\W\d])于?\d{4}年\d{1,2}月\d{1,2}日(?=[^，,:：]{0,8}[:：]$)")
# 决定 opening a later clause of an entry, dropped: "…，决定任命邓正权为市人民政府副市长" (遂宁 2018-12) · a prosecutor's appointment
# approved (山东 2021-02, 大众日报): "决定批准任命王钦杰为临沂市人民检察院检察长" · "批准任命…" after 、
DECIDED_VERB = re.compile(r"^并?(?:决定批准|决定|批准)(?=任命|免去|聘任|接受)")
# The day a decider prints inside its name, dropped from decided_by: "…第二十八次会议8月5日决定" -> "…第二十八次会议决定" · the day
# alone, as an agency's report dates it (written for the test from 陕西 2016-04's "…第二十六次会议4月1日决定，"): "…会议1日决定，"
DECIDER_DATE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日")
# The legal basis a 人大常委会 decision opens with, dropped before who decided: "根据《中华人民共和国地方各级人民代表大会
# 和地方各级人民政府组织法》第二十七条规定，经区七届人大常委会第三十六次会议审议通过，决定接受…"
# · "依照《…选举法》的有关规定，孟伟的…职务相应终止" (全国人大常委会公告 2018-02-24)
APPOINTMENT_BASIS = re.compile(r"^(?:根据|依照|依据|按照)《[^《》]{2,60}》[^，,；;。]{0,20}规定[，,]")
# The grounds a standing committee's decision paragraph opens with, up to the last before who decided, dropped: its law
# (宣城 2019-08: "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第四十四条第九项的规定，") and the request
# it answers (武汉 2021-01: "根据周先旺因工作需要向市人大常委会提出辞去所任职务的请求，依照《…》的规定，"; 北京 2021-11:
# "根据卢映川同志的请求，按照《…》第二十七条的规定、《…条例》第二十五条的规定，")
# · why the list follows, before who decided (written for the test): "根据工作需要，经市政府研究决定："
DECISION_GROUNDS = re.compile(r"^(?:根据|依照|按照|依据)(?:工作需要|[^。；;：:]{1,300}(?:规定|请求))[，,]")
# Who asked for a decision, before who decided, dropped (肇东 2018-12's proposer, the 提请 of a mayor, worded as such decisions
# print it for the test): "根据市人民政府市长李延春的提请，会议决定：" · "…，肇东市第九届…第八次会议决定：任命…" (not the grounds of a
# decision naming no one, quoted whole in its note: "根据省高级人民法院院长提请，免去部分审判人员职务") · before its verb: "…的提请，会议决定任命…"
# · after the meeting it came to, the meeting kept (全国人大 2023-03, 人民日报): "会议根据国务院总理李强的提名，经投票表决决定，…" -> "会议经投票表决
# 决定，…" (substituted by \g<meeting>)
DECIDER_PROPOSER = re.compile(
    r"^(?P<meeting>会议)?(?:根据|经)[^。；;：:，,]{2,60}?(?:提请|提名|提议)[，,](?=[^。；;：:，,]{0,60}决定(?:[：:，,]|任命|免去|聘任|接受))"
)
# A decider opening with a month, as a section's month heading does and no decider is worded: the heading's words read
# into the decider line under it when the heading went unrecognised (fixture 2019-04's "4月份市政府人事任免" over
# "市政府决定免去："): "4月份市政府市政府决定免去"
DECIDER_OPENING_WITH_MONTH = re.compile(r"^\d{1,2}\s?月\s?份")

"""Appointments (issues/parser/appointments.py, issues/parser/checks.py): people, posts and the words joining them; who decided,
in deciders.py."""

import re

from issues.parser.regexes.pieces import CJK


# ---------------------------------------------------------------------------------------------
# Pieces: a name, names, a post's title (not compiled on their own)
# ---------------------------------------------------------------------------------------------
# A person's name, as a piece of the patterns below: "倪士章" · "王造" · with a middle dot, as names of several
# peoples are printed: "阿不都·热合曼" · "买买提・艾力" (not compiled on its own)
_NAME = rf"(?:[{CJK}]{{1,8}}(?:[·•・‧][{CJK}]{{1,8}}){{1,3}}|[{CJK}]{{2,5}})"
# Names joined by 、, checked one by one afterwards: "戴源涌、林志海" · "阿不都·热合曼" (not compiled on its own)
_NAMES = rf"(?P<persons>[{CJK}·•・‧、]{{2,40}}?)"
# The 为 before the posts is never followed by 、, a comma or another 为: that one ends a name ("决定任命卢有为、孙斌为济南市人民政府副市长"
# · "决定任命卢有为为济南市人民政府副市长", 卢有为 a name written for the test after 济南日报 2018-01-05) (not compiled on its own)
_NOT_IN_A_NAME_LIST = r"(?![、，,为])"
# Others appointed with the people named, left unnamed, counted or not, after the names: "李春雨、何娇、徐莉等18人" · "刘军伟等3名"
# (同志 after the count dropped before: COMRADE) (not compiled on its own)
_OTHERS = r"(?P<others>等(?:[\d一二三四五六七八九十]{1,3}[人名位])?)?"
# A title a post ends in: "总经理" · "常务副局长" · "总工程师" · "总审计师" · "副市长" · "代理市长" · "副检察长" · "常委" · "委员" ·
# "参事" ("聘任王一为温州市人民政府参事") · a deputy to a congress: "市、县人大代表" · "全国人民代表大会代表"
# · the State Council's heads (全国人大 2023-03, 人民日报: "…决定，丁薛祥、何立峰、张国清、刘国中为国务院副总理"): "副总理"
# (not compiled on its own)
_POST_TITLE_WORDS = (
    r"(?:常务|专职|执行|第一|代理|代)?副?(?:总经理|董事长|监事长|总[\u4e00-\u9fff]{0,3}师|局长|主任|院长|所长|馆长"
    r"|[省市州县区镇乡]长"
    r"|站长|处长|科长|会长|秘书长|行长|校长|书记|经理|调研员|巡视员|党组成员|董事|监事"
    r"|检察长|庭长|审判员|检察员|常委|委员|部长|厅长|司长|主席|[部市局]长助理|参事|理事长|顾问|审计长|总监|代表|总理"
    # · the head of an agency (中新网 2018-04 of the State Council's decisions: "王晓涛任国家国际发展合作署署长")
    # · a committee's members (通州 2023-03, 运河商报, of a 代表资格审查 report, worded for the test: "任命李春雨、何娇为区人大常委会
    # 代表资格审查委员会组成人员")
    r"|署长|委员会组成人员)"
)

# A colon between two characters of an entry, where a scan's reader took the print's 「、」 or 「，」 for 「：」: "王造任温州市委：市政府
# 副秘书长" · "戴源涌：林志海任…" · "徐志宏任温州市公安局副局长：免去其…" (a colon after a word that opens a list stays: "决定：" ·
# "免去：")
MISREAD_COLON = re.compile(rf"(?<=[{CJK}）)])[：:](?=[{CJK}（(])")
# What a colon in an entry may follow, as printed: "市人民政府决定：" · "免去：" · "第七次会议：" · "任免下列人员："
# · a report's list of the people it names, posts before names (四川 2018-11's list, worded for the test): "…他们分别是："
COLON_OPENS_LIST = re.compile(r"(?:决定|任命|任免|免去|免职|聘任|解聘|提名|提请|如下|会议|人员|名单|通过|同意|批准|研究|通知|下列|以下|分别是|分别为|他们是)$")
# A clause a misread colon stands before, where print has 「，」: "…副局长：免去其…" · "…常务副局长：兼任…" · "…：不再担任…"
CLAUSE_AFTER_COLON = re.compile(r"^(?:免去|免除|兼任|不再|同时|并|挂职|代理|试用期|聘任|任命|提名)")

# ---------------------------------------------------------------------------------------------
# Decisions: what they say besides who decided (that: deciders.py)
# ---------------------------------------------------------------------------------------------
# A sentence telling who asked to resign, which the decision after it answers (no decision, no row): 宿州 2021-08:
# "因工作变动，张晓东提出辞去宿州市人民政府副市长职务。" · "会议审议了杨自力辞去市人民政府市长职务的请求。"
# · what the meeting heard before deciding (written for the test): "会议审议了市人民政府关于提请任命张三为…的议案。" · "会议听取了关于
# 人事任免事项的说明。" · a draft decision it reviewed (上海 2020-03, 上海法治报: "会议审议了市人大常委会《关于接受廖国勋同志辞去上海市监察委员会
# 主任职务的请求的决定（草案）》。")
RESIGNATION_REQUEST = re.compile(
    rf"^(?:因[{CJK}]{{2,12}}[，,])?(?:{_NAME}(?:同志)?(?:因[{CJK}]{{2,12}}?)?(?:向[{CJK}]{{2,20}}?)?提出辞去|(?:会议)?(?:审议|听取)了)"
    rf".{{2,120}}?(?:职务|请求|议案|说明|草案[）)]》?)[。；;]?$"
)
# A decision that names no one, whose people a separate roll lists (山东 2018-03, 齐鲁晚报: "会议还任免了人民法院有关审判人员职务，
# 免去了人民检察院有关检察人员职务"; laid out for the test as a 人大常委会's summary of its decisions prints them):
# "根据省高级人民法院院长提请，免去部分审判人员职务" (its grounds dropped before) · "任命部分检察员职务" · people counted, not named
# (山东 2018-03: "决定任命25名省政府组成人员"; 安徽 2016-02: "任命6人，其中任命纪冰为…") · a prosecutor's post approved
# for places, no name, no 为 (written for the test with 山东 cities): "批准任命济南市、青岛市人民检察院检察长" (批准 dropped
# before: "任命济南市、青岛市人民检察院检察长") · a report's sentence saying only that its meeting adopted a batch, the people named
# in the list after it (四川 2018-11's meeting, worded for the test): "省十三届人大常委会第七次会议表决通过一批人事任免事项"
# (a note, never a row)
UNNAMED_DECISION = re.compile(
    rf"^(?:会议)?还?(?:决定|依法)?(?:(?:批准)?(?:任命|免去|任免|免除|撤销)了?[^，,。；;为的]{{0,30}}?"
    rf"(?:部分|有关|一批|若干|相关|个别|(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})[名位人])"
    rf"(?:[^，,。；;为的]{{0,20}}?(?:人员|[审检]察?员|委员))?(?:的?职务)?"
    rf"|(?:批准)?(?:任命|免去|任免)了?(?=[{CJK}]{{1,6}}?[省市县区州])[^，,。；;为的]{{2,60}}?(?:人民检察院检察长|人民法院院长)(?:的?职务)?"
    rf"|[{CJK}\d]{{0,40}}?会议(?:经过?)?表决通过了?(?:一批|有关|部分|若干|相关)人事任免(?:事项|议案|案))$"
)
# Verbs other lists print for the same two actions, read as 任命 and 免去 where a statement starts: "聘任王一为…参事"
# · "续聘王一、李二为…参事" · "解聘李二的…参事职务" · "撤销王一的…职务" · after its decision: "会议经无记名投票表决，
# 决定撤销陈雪明的上海市高级人民法院审判委员会委员、…职务"
APPOINT_SYNONYM = re.compile(rf"(?:^|(?<=[，,；;：:])|(?<=决定))(?:续聘|聘任)(?=[{CJK}·•・‧、]{{2,40}}?为)")
# People elected, read as appointed to the post they were elected to (石景山 2011-12, 北京日报): "夏林茂当选为石景山区人民政府区长" ·
# "文献、田利跃、李艳当选为副区长" · "赵玉民当选石景山区第十五届人民代表大会常务委员会主任" -> "任命夏林茂为…" (the people checked
# as names afterwards)
ELECTED = re.compile(rf"(?:^|(?<=[，,；;：:]))(?P<persons>[{CJK}·•・‧、]{{2,40}}?)(?:同志)?当选为?(?=[{CJK}])")
# People appointed or dismissed, told in the passive, read as the decision (北京 2012-07, a bilingual news page: "本周三，王安顺被任命为北京市
# 副市长、代理市长"): "王安顺被任命为北京市副市长、代理市长" -> "任命王安顺为…" · "甲被免去A职务" -> "免去甲的A职务" (worded for the
# test); the people checked as names afterwards, and never "其" ("其被免去…", the person before: a loss)
PASSIVE_APPOINTED = re.compile(rf"(?:^|(?<=[，,；;：:]))(?P<persons>[{CJK}·•・‧、]{{2,40}}?)(?:同志)?被(?:决定)?(?:任命|聘任)为?(?=[{CJK}])")
PASSIVE_DISMISSED = re.compile(rf"(?:^|(?<=[，,；;：:]))(?P<persons>[{CJK}·•・‧、]{{2,40}}?)(?:同志)?被(?:决定)?免去(?=[{CJK}])")
# 任命 before a person who 任 a post, each person of the decision printed with their own 任, read without it (北京 2020-04, 北京日报 as
# caixin.com reported it: "…第二十一次会议表决任命：杨晋柏任北京市副市长，亓延军任北京市副市长、市公安局局长", worded for the test
# after 决定任命, the people joined by 、): "…会议决定任命杨晋柏任北京市副市长、亓延军任…" -> "…会议决定杨晋柏任…" · after a comma, its
# 决定 too: "…的提请，决定任命杨晋柏任…" -> "…的提请，杨晋柏任…" (never the 为 of "任命张三为…主任": no 为 or 的 in the name before 任)
APPOINTED_TO_HOLD = re.compile(rf"(?:(?:^|(?<=[，,；;：:]))(?:决定)?|(?<=决定))任命(?=[^\W\d为的、，,]{{2,5}}?(?:同志)?任(?![命免职]))")
# One more person who 任 a post after 、, in a decision whose people each 任 their own (the 北京 2020-04 decision above): "…北京市副市长、
# 亓延军任北京市副市长" (the post after 任 opening with a place or its level: never the 任 of a post's own words)
HOLDER_AFTER_PAUSE = re.compile(rf"^(?P<persons>{_NAME})(?:同志)?任(?![命免职])(?=[^，,、]{{0,8}}?(?:[省市县区旗州盟]|国务院|国家))")
# A resignation agreed to, read as accepted: "同意以上五位同志辞去领导职务" (榕江) · "决定同意张三辞去…职务的请求" · told as done (遂宁
# 2018-12's decisions, worded for the test as an evening paper words them): "…委员表决接受了杨自力辞去遂宁市市长…的请求"
ACCEPT_SYNONYM = re.compile(rf"(?:(?:^|(?<=[，,；;：:])|(?<=决定))同意|接受了)(?=[{CJK}·•・‧、]{{2,40}}?辞去)")
DISMISS_SYNONYM = re.compile(rf"(?:^|(?<=[，,；;：:])|(?<=决定))(?:(?:解聘|撤销)(?=[{CJK}·•・‧]{{2,12}}?的)|免除(?=[{CJK}]))")
# A post the person held besides their main one, named in its dismissal, read as any post named after 的 (全国人大常委会
# 2023-07-25, etnet.com.hk: "表决决定免去秦刚兼任的外交部部长职务") -> "免去秦刚的外交部部长职务" (never 其, a pronoun: "免去其兼任的…")
CONCURRENT_POST_DISMISSED = re.compile(rf"(?P<named>免去[{CJK}·•・‧、]{{2,40}}?)(?:所)?兼任的")
# A post ended by 一职 instead of 职务, read as 职务: "免除张三同志温州市财政局局长一职" · "免去其…主任一职"
ONE_POST = re.compile(r"一职(?=[，,；;。]|$)")
# A bare title right after a name, a short post printed without 的: "免去张三市长职务" · "免去王小明副局长职务"
SHORT_POST = re.compile(rf"^{_POST_TITLE_WORDS}(?:的?职务)?$")
# A paragraph that is an appointment statement, not running text that mentions one (checks.py: a 人事任免 section
# merged into a document): "任命甲为A；" · "免去乙的B职务。" · "市人大常委会第二十八次会议决定：任命…" · "接受丙辞去…"
APPOINTMENT_STATEMENT = re.compile(rf"^(?:[{CJK}]{{0,30}}?决定[：:]?)?(?:任命|免去|接受)")
# The lines of a notice that prints one decision under its own title block (title, number, addressees,
# signature), which hold no appointment: "温州市人民政府关于陈晓东等同志职务任免的通知" · "关于…任职的通知" ·
# "…常务委员会关于接受王立彤辞去温州市鹿城区人民政府区长职务的决定" · a person and the post decided, with 为 (written for the
# test after 遂宁 2018-12's headline "市人大常委会决定邓正权为代理市长"): "遂宁市人民代表大会常务委员会关于邓正权为遂宁市人民政府代理市长
# 的决定" · "…关于李晓波代理太原市市长的决定" (太原 2019-01)
APPOINTMENT_NOTICE_TITLE = re.compile(
    rf"^[{CJK}（）()]{{0,30}}关于\S{{1,60}}(?:(?:任免|任职|免职|职务)\S{{0,4}}|(?:为|代理)[^\s为]{{0,40}}?{_POST_TITLE_WORDS})的(?:通知|决定)$"
)
# The line under a 人大常委会 decision's title saying when it was adopted: "（2011年7月18日温州市鹿城区第七届人大常委会第三十六次
# 会议通过）"
ADOPTION_LINE = re.compile(rf"^[（(]\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?P<body>[{CJK}\d]{{4,60}})通过[）)]$")
# The title of a roll of appointments a 人大常委会 adopts, over its adoption line and its items: "温州市人民代表大会常务委员会
# 任命名单" · "任免名单" · "免职名单" (who decided is the meeting the adoption line names: see ADOPTION_LINE)
APPOINTMENT_ROLL_TITLE = re.compile(rf"^[{CJK}]{{0,40}}?(?P<action>任命|任免|免职|免去)名单$")
# The appointments' own title naming the body whose decisions they are, printed in the column over them (written for the test
# after 上海长宁's report of its district committee, tests/data/raw/build.py CHANGNING_APPOINTMENTS): "长宁区人大常委会人事任免" ·
# "…人民政府人事任免" (never the column's heading alone, "人事任免")
APPOINTMENT_BODY_TITLE = re.compile(rf"^[{CJK}]{{2,20}}?(?:人大常委会|人民代表大会常务委员会|人民政府|政府)人事任免$")
# The title of a list of the people a body appointed, over its items, closing with a colon (国务院 2022-06-19, as news accounts
# report it: "国务院任命香港特别行政区第六届政府主要官员", laid out for the test as the title of its list): "国务院任命香港特别行政区第六届政府
# 主要官员：" (who decided: the body before 任命)
APPOINTED_LIST_TITLE = re.compile(rf"^(?P<decider>国务院|[{CJK}]{{2,20}}?(?:人民政府|常务委员会|人大常委会))任命[{CJK}]{{2,30}}?(?:人员|官员)\s?[:：]$")
# A person's name opening a line of a list printed without its closing marks (a 人大常委会's roll, 安徽 2016-02's people laid out
# for the test one a line: "任命：" over "纪冰为省人大常委会财政经济工作委员会副主任" · "王福宏为…主任"; "免去：" over "张志轩的…职务")
# · "王福宏同志为…" · "张三任…" (the name checked afterwards, PERSON_NAME)
# (never the 任 of 主任: a post wrapped mid-word, "…财政经济工作委员" over "会副主任（挂职…）", goes on)
LINE_OPENED_BY_A_NAME = re.compile(rf"^(?P<name>[{CJK}]{{2,4}}?)(?:同志)?(?:为|的|(?<!主)任|兼任|挂职任|担任|辞去)")
# Where a statement about other people starts inside an entry, after a comma: "…副市长，免去张为的…职务"
# · "…，任命李四为…" (not "免去其…", which speaks of the same person) · "…，提名李二为…人选" (a statement no row reads:
# quoted in a loss, never a post of the person before) · a request for another body to decide, of 其 too ("…局长，提请其为局党组
# 书记"; a 提请 is no decision, 肇东 2018-12's "…拟任免职的提请报告"): quoted in a loss, never a row of someone named 提请其
NAMED_STATEMENT = re.compile(r"^(?:(?:任命|免去|聘任|接受|提名|提议)(?!其)|提请)")

# ---------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------
# One person appointed, several joined by 、: "戴源涌、林志海任温州市住房公积金管理中心副主任（试用期一年）"
# · "陈阿朋兼任温州市人民政府驻北京联络处副主任" · "黄海波挂职任…副局长" · "…挂任…" · 担任 for 任 (四川 2001: "欧泽高…担任
# 省委常委"; 担 is never the end of a name) (names are checked one by one afterwards)
APPOINT_CLAUSE = re.compile(rf"^{_NAMES}(?P<verb>兼任|挂职任|挂任|担任|任)(?P<posts>.+)$")
# Someone standing in for a post, named after the post they hold: "泉州市人民政府副市长王永礼代理泉州市人民政府市长职务"
# · "王永礼代理市长职务" · without 职务: "张宏义代理济源市人民政府市长" (the name is found at the end of `before` by the parser)
ACTING = re.compile(rf"^(?P<before>[{CJK}（）()·、]{{2,60}}?)代理(?P<posts>[{CJK}（）()、]{{2,60}}?)(?:的?职务)?$")
# A post someone no longer holds, a dismissal: "侯为东同志不再担任中共漳州市芗城区委书记、常委、委员职务" (names are checked
# afterwards; "提议张耕不再担任…", a proposal, names no one: see PERSON_NAME) · after a comma: "…兼任A，不再担任B职务"
NO_LONGER = re.compile(rf"^{_NAMES}不再担任(?P<posts>.+)$")
NO_LONGER_CLAUSE = re.compile(r"^不再担任(?P<posts>.+)$")
# An acting post after 、 at the end of an appointment's posts, a post of its own qualified 代理 as after a comma (阳江 2021-10,
# laid out with 、: "任命余金富为阳江市人民政府副市长、代理阳江市人民政府市长职务" · "…副市长、代理市长职务"); not a title
# printed so ("…副市长、代理市长": the post 代理市长) · decided after 、 (金山 2024-12: "任命袁罡同志为金山区人民政府副区长、决定为
# 代理区长", read as "…，并决定为代理市长" is; of 其, the 生活报 decision of ACTING_DECIDED laid out with 、: "…副检察长、决定其为
# 代理检察长")
ACTING_AFTER_PAUSE = re.compile(r"、(?=(?:代理(?:[^、，,]+?的?职务|[^省市县区旗\W\d、]{1,6}?[省市县区旗][^、，,]*)|并?(?:决定其?|任命其)为[^、，,]{0,40}?代理[^、，,]+)$)")
# A post that ends, said of its holder (全国人大常委会公告 2018-02-24: "孟伟的第十二届全国人民代表大会环境与资源保护委员会副主任
# 委员职务相应终止" · "…职务自然终止" · of the person before: "其…职务相应终止"): a dismissal from the post
POST_TERMINATED = re.compile(rf"^(?:{_NAMES}的|(?P<their>其))(?P<posts>[^，,；;。]+?的?职务)(?:相应|自然|依法|自行)?终止$")
# An acting post decided after the appointment, the post's body the one before: "任命邓正权为市人民政府副市长，并决定为代理市长"
# · "…，并决定其为代理市长" (written for the test) · 任命 for 决定, the post in full (黑龙江 2012-01, 生活报: "会议决定任命徐明为
# 省人民检察院副检察长、代理检察长", laid out for the test with 其): "…，任命其为代理检察长" · "…，决定其为省人民检察院代理检察长"
ACTING_DECIDED = re.compile(r"^并?(?:决定|任命)?其?为(?P<posts>[^，,、]{0,40}?代理[^，,、]+)$")
# The same decision glued to the post before it, a raw column's line ending there without its comma (the 生活报 decision laid
# out for the test): "…省人民检察院副检察长" + "决定其为代理检察长" read "…副检察长决定其为代理检察长"
ACTING_DECIDED_GLUED = re.compile(r"(?<=[^，,、并])(?=并?(?:决定|任命)其为[^，,、]{0,40}?代理)")
# People appointed each to their own post, in order (分别): "任命吴双战、彭小枫分别为A、B" · "分别任命吴双战、彭小枫为A、B" ·
# "吴双战、彭小枫分别任A、B"
SEVERALLY_APPOINTED = re.compile(rf"^(?:(?P<first>分别)?(?:任命|聘任))?{_NAMES}(?(first)|分别)(?:为|任)(?P<posts>.+)$")
# A person of a "任命：" list, and the post after 为: "陈晓东为温州市交通运输局副局长" · "王芳、李强为…副局长" · the person named with the
# title they hold (湖南 2020's "决定毛伟明副省长为湖南省人民政府代理省长", laid out for the test as an item under "会议决定："):
# "毛伟明副省长为湖南省人民政府代理省长" · others left unnamed, after a comma (通州 2022-05's decision, renda.bjtzh.gov.cn, worded
# for the test with others counted): "…代理主任，刘军伟等3名为北京市通州区人民检察院检察委员会委员"
APPOINT_LISTED = re.compile(rf"^{_NAMES}(?:{_POST_TITLE_WORDS})?{_OTHERS}为{_NOT_IN_A_NAME_LIST}(?P<posts>.+)$")
# A report's list of the people a meeting appointed, each printed after the post, joined by 、, no 任命 or 为 before them (四川
# 2018-11, 四川法治报: "省经济和信息化厅厅长陈新有、省司法厅厅长刘志诚、…省应急管理厅厅长段毅君", after a sentence saying the meeting
# appointed them; its "他们分别是：" worded for the test): "…任命省政府10个新部门主要负责人，他们分别是：省经济和信息化厅厅长陈新有、…"
# (each holder split off its post by the parser; the intro must say they were appointed: "出席会议的有：" is no list of holders)
_HOLDERS_INTRO = r"[^：:；;。]{0,80}?(?:新任命|任命|新任)[^：:；;。]{0,60}?(?:分别是|分别为|他们是|名单如下)[：:]"
HOLDERS_LISTED = re.compile(rf"^(?P<intro>{_HOLDERS_INTRO})(?P<holders>[^：:；;]+?)。?$")
# The same introduction closing its line, the holders on the lines below (四川 2018-11's, worded for the test): "新任命的省政府组成
# 部门负责人中，有5个新面孔，他们分别是：" (names no one: no record, nothing lost)
HOLDERS_LEAD = re.compile(rf"^{_HOLDERS_INTRO}$")
# A dismissal printing its person right before a post the notice writes under its own level alone, no 的 between (a 市人民政府's
# notice whose items read "X任市财政局副局长；", written for the test with invented names): "免去欧阳明华市科学技术局副局长职务" ·
# "免去林海市人民政府副秘书长职务" (the level checked against the notice's by the parser; the name the shortest before it that leaves
# a level: "林海" + "市人民政府…", never "林海市" + "人民政府…")
NAME_BEFORE_LEVEL = re.compile(rf"^免去(?P<person>[{CJK}]{{2,5}}?)(?P<post>[省市县区旗][^省市县区旗].+)$")
# The issuer a notice's title names before 关于 (written for the test): "遂宁市人民政府关于林海等职务任免的通知" -> "遂宁市人民政府"
NOTICE_TITLE_ISSUER = re.compile(rf"^(?P<issuer>[{CJK}（）()]{{2,30}}?)关于")
# Words opening a sentence that cites such a notice or decision, which no issuer opens with (written for the test): "根据市委关于有关同志
# 职务调整的通知" · "按照…关于…的决定"
CITING_WORDS = re.compile(r"^(?:根据|按照|依据|依照|经|对|为|由|向|在|将|通过|同意|审议|表决)")
# The level a government's name ends in, the one its own notices write alone before their posts: "遂宁市人民政府" -> 市
GOVERNMENT_LEVEL = re.compile(r"(?P<level>[省市县区旗])人民政府$")
# A line printing a post, a colon and its holders, as a roll grouped by post prints them (石景山 2011-12's election, 北京日报:
# "…当选为石景山区人民政府区长，文献、田利跃…当选为副区长", laid out for the test as such a roll): "区人民政府副区长：文献、田利跃、李艳" ·
# "区人民政府区长：夏林茂" (read as "文献、田利跃、李艳为区人民政府副区长"; the names checked afterwards)
POST_HOLDERS_LINE = re.compile(
    rf"^(?P<post>[{CJK}（）()]{{0,40}}?{_POST_TITLE_WORDS})\s?[:：]\s?(?P<persons>{_NAME}(?:\s?、\s?{_NAME}){{0,29}})[；;。]?$"
)
# One dismissal of a "免去：" list: "张力男的温州市生态环境局副局长职务"
DISMISS_ENTRY = re.compile(rf"^(?P<person>{_NAME})的(?P<posts>.+)$")
# An appointment naming its people after 任命: "任命王永礼为泉州市人民政府副市长、代理市长" · "任命郭芳、张小宏为上海市副市长"
# · "聘任李明为温州市人民政府参事" · others left unnamed ("others": 通州 2023-03, 运河商报: "任命李春雨、何娇、徐莉等18人为通州区人民法院
# 审判员"; rows for those named, the statement quoted as lost)
APPOINT_NAMED = re.compile(rf"^(?:任命|聘任){_NAMES}{_OTHERS}为{_NOT_IN_A_NAME_LIST}(?P<posts>.+)$")
# Someone standing in for a post after a comma, named before 代理 (written for the test after 上海 2020-03, shfzb.com.cn: "接受应勇
# 辞去市长职务请求 决定龚正为上海市代理市长"): "…的辞职请求，龚正代理上海市人民政府市长" (the name checked afterwards)
PERSON_ACTING = re.compile(rf"^{_NAMES}(?:同志)?代理(?P<posts>.+)$")
# A resignation accepted, its post ending: "接受李华辞去温州市卫生健康委员会主任职务的请求" · "接受张三辞去…职务"
# · with its reason: "接受陈明因工作变动辞去…市长职务的请求" · several people: "接受徐世群、欧泽高辞去省政府副省长职务的请求"
# · others left unnamed ("others"): "接受张定禄等辞去甘谷县第十八届人大代表职务" · posts left unnamed ("more"):
# "接受陈斯喜、王晓辞去常委会委员等职务的请求" · its filing: "…的请求，并报送市人大常委会备案、公告" · each their own post
# ("severally"): "接受陈斯喜、王晓分别辞去A、B职务的请求" · the request before the verb: "接受杨玲请求辞去…县长职务" ·
# "接受郑红云关于辞去县政府副县长职务的请求" · without 的: "…副县长职务请求" · a letter of resignation (北京 2001-02, 中新网: "辞去
# 北京市人大常委会主任职务的张健民", worded for the test as a report tells it): "会议接受了张健民辞去北京市人大常委会主任职务的辞呈"
RESIGNATION = re.compile(
    rf"^接受{_NAMES}(?P<others>等(?:[\d一二三四五六七八九十]{{1,3}}[人名])?)?(?:同志)?(?:因[{CJK}]{{2,8}}?)?(?:请求|关于)?"
    rf"(?P<severally>分别)?辞去(?P<posts>.+?)(?:(?P<more>等)职务)?(?:的请求|的辞职请求|请求|的辞呈)?(?:[，,]并?报送?[{CJK}]{{2,40}}备案(?:、公告)?)?$"
)
# A resignation accepted of the person the statement before names, 其 for their name, as a standing committee words a member leaving it
# for another post (上海 2016-09: 于秀芬 left the committee's office for a bureau, as 澎湃 reported it; worded so for the test): "免去
# 于秀芬的上海市人民代表大会常务委员会副秘书长职务，并接受其辞去上海市人民代表大会常务委员会委员职务的请求" · on an entry of its own:
# "接受其辞去…职务的请求。" (the people of the entry before)
RESIGNATION_OF_THEM = re.compile(r"^(?:并|同时)?接受其(?=(?:因[^，,。；;]{2,12}?)?(?:请求|申请)?辞去)")
# One more resignation after a comma, 接受 shared with the one before: "…的请求，李永寿辞去省人大常委会副主任职务的请求"
RESIGNATION_LISTED = re.compile(rf"^{_NAMES}(?:因[{CJK}]{{2,8}}?)?辞去.+$")
# Why someone leaves, after their name and before 辞去 or 不再担任, dropped (the record has no such field): in a list of
# resignations (written for the test from 遂宁 2018-12): "接受杨自力因工作变动，辞去市人民政府市长职务" · "周先旺因工作需要辞去…"
# (武汉 2021-01) · a reason holding 任 that was read as an appointment of a person "张三因达到" (written for the test):
# "…因达到任职年龄界限原因辞去…" · bracketed: "因（年龄）原因" · asked for: "因年龄原因申请辞去…" · "因工作调动，不再担任…"
# · "因个人原因辞职，不再担任…"
# (never a reason opening the sentence, before the name: "因工作变动，张晓东提出辞去…" tells a request, RESIGNATION_REQUEST)
REASON_FOR_LEAVING = re.compile(
    rf"(?<=[{CJK}])因[^，,。；;：:]{{1,24}}?(?:辞职)?[，,]?(?:申请|提出|主动提出)?(?=辞去|不再担任)"
)
# 由 between 决定 and the person who stands in, dropped (written for the test): "决定由张三代理市人民政府市长职务" · 并由 after a
# comma, before the person who takes the post (上海 2020-03, exmoo.com: "接受应勇辞去市长职务请求，并由龚正任上海市副市长、代理市长")
# (never a body: "，由市政府任命…")
DECIDED_BY = re.compile(rf"(?<=决定)由(?=[{CJK}]{{2,4}}(?:同志)?代理)"
                        rf"|(?<=[，,])并?由(?=[{CJK}]{{2,4}}(?<![府会院委局部厅])(?:同志)?(?:代理|任(?![命免])))")
# A person decided on after a comma or on their own line, with no verb of appointment (郑州 2003-02: "…辞去郑州市人民政府
# 市长的职务，决定王文超代理郑州市市长" · 遂宁 2018-12, re-worded for the test: "决定邓正权为遂宁市人民政府代理市长") · the person
# named with the title they hold (湖南 2020, 潇湘晨报: "决定毛伟明副省长为湖南省人民政府代理省长"; 揭阳, ciudsrc.com: "决定陈绿平副市长为揭阳市
# 人民政府代理市长")
DECIDED_PERSON = re.compile(rf"^并?决定{_NAMES}(?:{_POST_TITLE_WORDS})?(?P<verb>为|代理)(?P<posts>.+)$")
# An acting post decided in a decision the report names, read as 决定 of the person (太原 2019-01-15, 太原日报: "会议决定任命李晓波为太原市
# 副市长，作出关于李晓波代理太原市市长的决定。"): "作出关于李晓波代理太原市市长的决定" -> "决定李晓波代理太原市市长"
ACTING_DECISION_MADE = re.compile(r"^作出关于(?P<decided>[^，,。；;的]{2,6}?代理[^，,。；;]{2,40}?)的决定$")
# 分别 before a dismissal that names each person's own posts with 的, dropped (安徽 2016-02: "分别免去张志轩的…副主任职务；朱勇的…主任
# 职务；…"): each clause is read as it is; never before 任命 or 辞去, where 分别 pairs the people with the posts in order
SEVERALLY_DISMISSED = re.compile(rf"分别(?=免去{_NAME}的)")
# Two names joined by 和 before the 的 of a dismissal: "陈斯喜和王晓的全国人民代表大会常务委员会委员职务" (each name checked)
NAMES_BEFORE_DE = re.compile(rf"^(?P<names>[{CJK}]{{2,4}}和[{CJK}]{{2,4}})的(?P<rest>.+)$")
# A dismissal that names no post, only that it ends (written for the test): "免去其原任职务" · "免去其原职务" · "免去其现任职务"
# (no row can say which post: the clause is quoted in a loss, never a post "原任")
UNNAMED_POSTS = re.compile(r"[，,]?免去其?(?:原任?|现任|其他|其它|一切|所任)的?职务")
# A dismissal inside an appointment: "免去其温州市公安局交通管理局局长职务" (also "免去<name>的…职务")
DISMISS_CLAUSE = re.compile(rf"^免去(?:其|(?P<person>{_NAME})的)?(?P<posts>.+)$")
# 兼 between two posts of one clause, after the first post's title: "…副秘书长兼办公室主任" · "…局长兼党组书记" · 兼任 without
# a comma before it (肇东 2018-12's posts, worded for the test): "任命熊福春为肇东市商务局局长兼任肇东市文化广电新闻出版局局长"
# · a second post opening with 职 after 兼任 (written for the test): "…局长兼任职业教育中心主任" (not 兼职: 兼任? would give it
# back and split "任职业…" off)
POST_JOINED_BY_JIAN = re.compile(rf"(?<=长|任|记|员|理|事|师)兼(?:任|(?![任职]))(?=[{CJK}])")
# A post held in an acting capacity after a comma: "任命邵占维为杭州市副市长，代理杭州市市长职务" (the post, qualified 代理) · decided
# of the person (阳江 2021-10: "…副市长，决定余金富代理阳江市人民政府市长职务", laid out for the test with 其): "…，并决定其代理市长职务"
ACTING_CLAUSE = re.compile(r"^(?:并?决定其)?代理(?P<posts>.+?)(?:的?职务)?$")
# A concurrent post after a comma: "兼任温州市人民政府驻北京联络处副主任" (as in "陈阿朋兼任…")
CONCURRENT_CLAUSE = re.compile(r"^兼任?(?P<posts>.+)$")
# A two-character name padded to the width of three, as lists print them ("冯　镭", "李　震": 临政办函〔2013〕89号), where a
# name stands (after the start, a pause mark or a verb; before 任, 为, 的, 、 or a bracket): "王　一任…" · "免去李  二的…"
PADDED_NAME = re.compile(
    rf"(?P<before>^|[、，,：:；;]|任命|免去|聘任|接受)(?P<first>[{CJK}])[ \t\u3000]{{1,3}}(?P<last>[{CJK}])"
    r"(?=任|为|的|、|[（(]|同志|辞去|兼任|挂职)"
)
# What a dismissal may add after its post, which is no post: "免去其…职务，另有任用" · "另有安排" · a resignation's
# "…市长的职务，报泉州市十六届人民代表大会第三次会议备案" · "…的请求，并报…备案" · "并报送市人大常委会备案、公告"
# · what the decision must still be filed with (a procuratorate's head, written for the test): "…的决定（草案）》，须报…备案"
# · "…职务，办理退休手续" · after a request: "…申请辞去…职务，经研究，同意其辞职" · after a list: "以上同志试用期一年" (written
# for the test) · the commissions handed over after the decision (after 通州 2023-03's "赵玉影为被任命人员颁发任命书", 运河商报, worded
# for the test after a comma): "…的任命，并为他们颁发了任命书"
NO_POST = re.compile(
    rf"^(?:另(?:有|行)(?:任用|安排|任职)|并(?:为|向)[{CJK}]{{1,8}}?颁发了?任命书|[并须]?报送?[{CJK}]{{2,40}}备案(?:、公告)?|(?:办理)?退休(?:手续)?|经研究(?:决定)?"
    rf"|(?:同意|接受)其辞(?:职|去[{CJK}]{{0,20}}职务)(?:的?请求)?|以上(?:同志|人员)?试用期[{CJK}]{{1,4}}"
    # · the oath sworn after it (通州 2023-03, 运河商报: "新任命人员进行了宪法宣誓" · 黄浦, 上海黄浦 as shcafe.org printed it: "…举行了任命书和宪法
    # 宣誓仪式")
    rf"|[{CJK}]{{0,12}}?宪法宣誓(?:仪式)?)$"
)

# ---------------------------------------------------------------------------------------------
# People and posts
# ---------------------------------------------------------------------------------------------
# 同志 after a name, dropped: "张文杰同志任温州市副市长" · "接受李华同志辞去…" · "张宏义同志代理济源市人民政府市长" ·
# before a request: "接受恽淇丞同志请求辞去…" · "接受郑红云同志关于辞去…"
# · after names counted (永丰 2018: "任命吕靖、李保庚、李超群三位同志为永丰县监察委员会委员" · "接受陈月洪、朱春龙两位同志辞去…")
COMRADE = re.compile(r"(?:(?<=[^\W\d])[两二三四五六七八九十]{1,2}[位名])?同志(?=[、，,]|兼任|挂职任|担任|任|为|的|辞去|因|代理|不再担任|请求|关于)")
# 同志 right before the post of a dismissal printed without 的, read as 的 (the name's end is known there, which a place of
# one character glued to it would hide: "路正阳涉县…"): a place and its level or a bare title: "免去路正阳同志涉县人民政府常务副县长职务"
# · "免除孟凡哲同志副县长一职" · a post of the city's own bodies, its level alone (written for the test): "免去张三同志市财政局副局长职务"
# (not "陈晓东同志另有任用", no post; nor a verb before a place: "张三同志继续担任温州市…")
COMRADE_BEFORE_POST = re.compile(rf"同志(?=[^省市县区旗任辞免\W\d]{{1,6}}?[省市县区旗]|[省市县区][{CJK}]{{2,}}?(?:局|委|办|院|府)|{_POST_TITLE_WORDS})")
# A person's name: "倪士章" · "戴源涌" · "王造" · "阿不都·热合曼"; never a verb or body glued to a name ("提名王一",
# "解聘李二", "会议" of "会议任命张勇为…", "并决定" of "…，并决定为代理市长", "张三不再担" of "张三不再担任…"), nor words about a
# post ("市长职务的" of "市长职务的任免需按有关法律规定办理"), nor people counted ("以上五位" of "同意以上五位同志辞去领导职务"),
# nor 分别 ("彭小枫分别" of "…、彭小枫分别为A、B"), nor 其为 ("…，并决定其为代理市长"), nor words of a report ("并颁发了" of
# "…，并颁发了任命书", 遂宁 2018-12; "张晓东提出" of a request, 宿州 2021-08), nor words of time or sequence a narrative opens or
# glues to a name with ("此前" of "此前担任…", "杨斌此前" of "杨斌此前任通州区委书记", 北京 2017-12; "同时", "目前", "随后", "当天"),
# which would be a record of no one
PERSON_NAME = re.compile(
    rf"^(?!任命|聘任|续聘|解聘|免去|撤销|提名|提议|提请|接受|批准|同意|决定|会议|国务院|其为|并|.*了|.*提出|.*申请|[省市县区](?:人民)?政府|.*职务|.*的$|.*决定|.*不再|.*继续|另[有行]|以上|上述|.*[一二两三四五六七八九十\d][位名]|.*分别"
    rf"|.*(?:此前|之前|此后|目前|同时|此外|随后|当天|当日|今年|去年|先后|已经)"
    # · the passive's 被, glued to the one named before it where that is no name ("其被" of "其被任命为…", written for the test)
    rf"|.*被)"
    rf"{_NAME}$"
)
# The marks printed after a name, dropped (the record has no such field): a woman "林小敏（女）" · "王芳(女)", a people
# "王一（回族）" · both "王一（女，回族）" · "王一（满族，女）"
WOMAN_MARK = re.compile(rf"[（(](?:女|[{CJK}]{{1,4}}族)(?:[，,、](?:女|[{CJK}]{{1,4}}族))?[）)]")
# The start of a post glued to the name before it ("免去卢炳椿泉州市人民政府副市长…的职务"): a place of two
# or more characters without a level inside, and its level ("泉州市" · "浙江省" · "鹿城区"): not "张为上" + "海市…",
# not a bare level ("市公安局…", which would read "免去温州市公安局…" as a person "温州"); 州 is no level
# here, as it ends place names ("泉州市")
POST_START = re.compile(r"^[^省市县区旗\W\d]{2,6}?[省市县区旗]")
# A bare level's government opening a post glued to a name of three characters before it (上海 2023-01, 澎湃新闻, worded for the
# test: "免去张小宏市政府副市长职务" · "…区人民政府…"); after two ("林海市人民政府…") it may be a place's, and stays a loss
LEVEL_GOVERNMENT_START = re.compile(r"^[省市县区旗](?:人民)?政府")
# A deputy's seat, which names its own congress: never a post of the court named before it in a resignation's list (written for the
# test after 山西 2021-06's decisions): "…高级人民法院院长、第十二届全国人大代表" · "山西省第十三届人民代表大会代表"
DEPUTY_SEAT = re.compile(rf"^[{CJK}]{{0,10}}?(?:第[{CJK}\d]{{1,4}}届)?[{CJK}]{{0,10}}?(?:人大|人民代表大会)代表$")
# A post that holds a statement of its own, which no post prints (checks.py): "李四任市财政局副局长" · "…主任职务、李四的市财政局局长"
# · "…职务，另有任用" · "不再担任…" (not "副主任", "…主任", a 任 inside a word: a name before 任 is followed by a place)
# · a decision's words or a report's (湖南 2020, 潇湘晨报: "并根据湖南省人民代表大会常务委员会主任会议的提名" · "决定毛伟明副省长为湖南省
# 人民政府代理省长"; "并决定其代理市长", its 职务 taken off) · "通过了…" · a name before 代理 or 为 (written for the test after 上海
# 2020-03, shfzb.com.cn): "龚正代理上海市人民政府市长" (not a place or a body before them: "北京市代理市长" · "市政府代理市长", 长宁
# 2023-07's post worded for the test with its body so)
POST_HOLDING_A_STATEMENT = re.compile(rf"任命|免去|辞去|不再担任|职务|决定|通过了|根据|^并|^其|[，,。；;]|[{CJK}]{{2,3}}(?:兼任|挂职任|担任)|^[{CJK}]{{2,3}}任(?=[{CJK}]{{0,6}}?[省市县区])|^[{CJK}]{{2,3}}(?<![省市县区州旗盟院委局部厅会府])(?:同志)?(?:代理|为)(?=[{CJK}]{{2}})")
# A bracket closing a post: "…总工程师（试用期一年）" · "…副主任（兼）" · "…主任（副县级级）" · "（挂职一年，2010年1月至2010年12月）"
TRAILING_BRACKET = re.compile(r"[（(](?P<text>[^（）()]{1,24})[）)]$")
# What such a bracket says when it qualifies the post rather than names a body: "试用期一年" · "保留正县长级" ·
# "挂职" · "兼" · "副县级级" · "正县长级" · "聘期三年" · "终止试用期" (after 职务: "免去…副主任职务（终止试用期）") ·
# "代理" (the verb of "…副市长王永礼代理泉州市人民政府市长职务") · "专职"; a bracket may hold several, joined by a comma
# ("（专职，副厅级）", split by the parser)
# · why a post ends, after 职务 (安徽 2016-02: "免去詹夏来、花建慧、梁卫国的省人民政府副省长职务（均系职务变动）") · "（职务变动）" · "（退休）"
# · the months a secondment lasts (written for the test): "（挂职一年，2010年1月至2010年12月）" · how long, after a comma
# (安徽 2016-02's people laid out for the test as secondments are printed): "（挂职，时间六个月）" · "（挂职，期限两年）" · "（为期一年）"
QUALIFIER_TEXT = re.compile(r"^(?:终止试用期|试用期.{1,6}|聘期.{1,6}|任期.{1,6}|保留.{1,10}|挂职.{0,8}|兼职?|专职|[正副]\S{1,4}级|主持工作|代理"
                            r"|(?:时间|期限|为期)[^，,]{1,6}"
                            r"|(?:均系|系|因)?(?:职务|工作)(?:变动|调动|需要)|退休|(?:\d{4}年)?\d{1,2}月[至—－-](?:\d{4}年)?\d{1,2}月)$")
# A court or procuratorate a post list opens with, whose later posts are its own without naming it again: "最高人民法院副院长、
# 审判委员会委员、知识产权法庭庭长、审判员" · "上海市高级人民法院审判委员会委员、民事审判第一庭庭长、审判员" ·
# "…市人民检察院副检察长、检察委员会委员、检察员" · a branch, its own body (上海 2015, jizihe.com: "市检察二分院", worded for the
# test as a list prints it): "上海市人民检察院第二分院检察委员会委员、检察员" -> "上海市人民检察院第二分院检察员"
LEADING_COURT = re.compile(rf"^.{{2,30}}?(?:人民法院|人民检察院|法院|检察院)(?:(?:(?!兼|委员会)[{CJK}\d]){{0,12}}?(?:分院|法庭))?")
# The title closing a post, to lend its body to a bare title that follows:
# "温州市瓯飞开发建设投资集团有限公司董事长" + "、总经理" -> "…集团有限公司总经理"
POST_TITLE = re.compile(rf"{_POST_TITLE_WORDS}$")
# A post of an office inside the body of the post before it, which does not name that body again (河南 2017-03, 东方今报: "免去夏林的
# 河南省人大常委会副秘书长、办公厅主任职务" -> 河南省人大常委会办公厅主任) · "办公室副主任" · "研究室主任"
INNER_OFFICE_POST = re.compile(rf"^(?:办公厅|办公室|研究室){_POST_TITLE_WORDS}$")
# A post that is only a title: "总经理" · "副局长" · "常务副主任"
BARE_POST_TITLE = re.compile(rf"^{_POST_TITLE_WORDS}$")
# The words and punctuation that join people and posts in an appointment line, which no record keeps:
# "徐志宏任温州市公安局副局长，免去其温州市公安局交通管理局局长职务；" · "任命张三为…" · "免去：" · "（试用期一年）"
# · "黄海波挂职任…" · "接受李华辞去…职务的请求" · "林小敏（女）为…" · "同日，…" · "任命熊福春同志为…" · "…王永礼代理…"
# · "分别免去甲的…" · people counted before 同志: "…李超群三位同志为…"
# · what no post is, whole: "…职务，另有任用" · names joined by 和: "任命陈斯喜和王晓为…" · "侯为东同志不再担任…职务"
# · the procedure's words (_PROCEDURE)
# The words of how a decision was taken or worded, which no record keeps: "免除路正阳同志常务副县长一职" · "接受郑红云同志关于辞去…" ·
# "同意…辞去…" · "会议任命…" · "会议经无记名投票表决，决定撤销…" · "会议经表决，…" · "…的请求，并报送市人大常委会备案、公告" ·
# "接受陈明同志因工作变动辞去…" · "…因工作变动，辞去…" · "续聘李二…" · "解聘赵四的…" · "免职：" · "王一（女，回族）" · "…副秘书长兼…办公室主任" ·
# "…任命名单" · "…第二十六次会议4月1日决定" · "根据《…组织法》第二十七条规定，经…审议通过，决定…" · "试用期满，经考核合格，正式任命："
# · "…，经研究，同意其辞职" · "…挂任…" · "以上同志试用期一年" · a meeting named whole (遂宁 2018-12): "市七届人大常委会第二十三次会议接受…"
_PROCEDURE = (rf"[{CJK}\d]{{2,24}}?第[{CJK}\d]{{1,6}}次会议(?=接受|任命|免去)|(?:根据|依照|依据|按照)《[^》]{{1,60}}》[^，,]{{0,20}}规定|(?:相应|自然|依法|自行)?终止"
              rf"|并?报送?[{CJK}]{{2,40}}?备案(?:、公告)?|审议通过|经?无记名投票|经?表决|免除|一职"
              rf"|关于|同意|会议|撤销|续聘|解聘|免职|任职|因[{CJK}]{{2,6}}?(?=[，,]?辞去)|名单|[{CJK}]{{1,4}}族|兼|于?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日"
              rf"|试用期满|经?考核合格|正式|辞职|挂任|以上(?:同志|人员)?试用期[{CJK}]{{1,4}}"
              # · a report's joining words and who asked (河南 2017-03, 安徽 2016-02): "同时，决定…" · "其中任命…" · "经大会表决通过" ·
              # "会议根据省人民政府省长提请，任命…"
              # · "根据表决结果，任命…" · "经市人民政府市长李延春提请，任命…" (肇东 2018-12)
              rf"|同时|此外|另外|其中|随后|大会(?=表决)|通过|(?:根据|经)[{CJK}]{{2,30}}?(?:提请|提名|提议)|根据表决结果"
              # · "作出关于李晓波代理太原市市长的决定" (太原 2019-01)
              rf"|作出(?=关于)"
              # · "会议表决并通过了关于提请接受…的议案" (临沂 2015-02)
              rf"|议案|提请(?=接受|任命|免去)"
              # · a law cited as the grounds, cut by a raw column's line ends (通州 2023-03's decision laid out for the test under its
              # title block): "根据《中华人民共和国地方各级人民代表大" + "会和地方各级人民政府组织法》的有关规" + "定，…会议决定："
              rf"|^(?:根据|依照|依据|按照)《[^《》]{{1,60}}$|^[^《》，,。；;：:]{{1,60}}》(?:的有关|的)?规?定?$")
APPOINTMENT_GLUE = re.compile(rf"另(?:有|行)(?:任用|安排|任职)|不再担任|{_PROCEDURE}|任命|兼任|担任|挂职|代理|免去|辞去|接受|聘任|决定|职务|请求|批准|同日"
                              r"|是日|分别|[两二三四五六七八九十]{1,2}[位名](?=同志)|同志|[任其的为、，,；;。：:（）()女和]")

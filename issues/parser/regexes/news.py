"""News briefs (issues/parser/news.py): their openings, datelines, bylines and titles; the chronicle's are in chronicle.py."""

import re

from issues.parser.regexes.pieces import CJK, YEAR

# ---------------------------------------------------------------------------------------------
# News briefs
# ---------------------------------------------------------------------------------------------
# The date of the event in a brief's first sentence: "4月2日，…" · "11月26日至29日，…" · "…保障水平，11月25日，…" ·
# a range with 日 after its last day only: "11月14—16日，…" (the first day)
NEWS_DATE = re.compile(r"(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?(?:日|(?=[—–\-~～至到]\s?\d{1,2}\s?日))")
# A news agency's or paper's dateline before a brief's text, the day it was filed: "新华社北京6月28日电 " · "中新网1月22日电 " ·
# "人民网北京3月13日电 " · "本报运城8月9日讯（记者杨永生）" · "中评社北京8月12日电/据新华网报道，" (the event may be of the day before)
# · a radio's "消息" or an agency's "专电" (央广网 2024-04-17: "央广网北京4月17日消息（记者王逸群）…国家统计局16日发布的数据显示" ·
# written for the test: "新华社成都3月5日专电" · "新华社北京3月5日新媒体专电")
_DATELINE_WORD = r"(?:(?:新媒体)?专?电|讯|消息)"
NEWS_DATELINE = re.compile(rf"^[{CJK}A-Za-z\-－—·]{{0,16}}?(?P<month>\d{{1,2}})\s?月\s?(?P<day>\d{{1,2}})\s?日\s?{_DATELINE_WORD}")
# · in square brackets with its reporter, a Hong Kong paper's, often its day alone, the month the issue's (文汇报 2008-03-29, 广东):
# "【本报珠三角新闻中心记者黄殿晶、欧晓红珠海28日电】" · (澳门日报 2023-01-12, in digits) "【本报记者广州11日电】"
NEWS_BRACKETED_DATELINE = re.compile(
    rf"^【[^【】]{{0,30}}?(?:(?P<month>\d{{1,2}})\s?月\s?)?(?P<day>\d{{1,2}})\s?日\s?{_DATELINE_WORD}】")
# The day of the event after a dateline, its month the dateline's: "…第三次会议28日下午在北京人民大会堂闭幕" · "…11日在京闭幕"
# · without a dateline, the month the issue's, the day spoken with 号 too: "市政府25日召开常务会议，…" · "县人大常委会3号上午召开…"
# · before the verb a first sentence leads with (天津 2008-01, 经济观察报 2024-04-16): "代市长黄兴国15日主持召开…" ·
# "国家统计局16日发布的数据显示，…" · what a body told the press that day (中新网 2004-03-29, 京华时报's report): "北京市人大常委会28日透露，…"
NEWS_EVENT_DAY = re.compile(r"(?<![\d月])(?P<day>\d{1,2})\s?[日号](?=上午|下午|晚上|晚|凌晨|中午|在|起|至|召开|举行|闭幕|开幕|主持|发布|透露)")
# A day named anywhere in a first sentence after its dateline, however it is worded around it (央广网 2024-04-17, tests/test_news_dates.py
# CNR): "国家统计局16日发布的数据显示" (never a year or a month: "2024年是中华人民共和国成立75周年")
NEWS_DAY_NAMED = re.compile(r"(?<![\d月])\d{1,2}\s?[日号]")
# A word for some recent day in a brief's first sentence, after an opening clause: "本报讯 (记者 胡越)应市政府邀请，昨日，
# 以日本须贺川市市长…为团长的友好都市访问团来洛参观访问。" · "…郭金龙市长率北京市政府代表团一行于昨天启程…" · "本报讯 昨晚，…"
# · the day in brackets, as evening papers print it (written for the test): "昨（10）日上午，…" · "今(8)日，…"
# · yesterday's morning or night, as a paper's report under its byline says it (written for the test): "市人大常委会昨晨召开…" ·
# "…昨上午召开…" · "…前天下午…" · 昨 alone, as headlines and leads of papers write yesterday: "市人大常委会昨召开第十次会议"
# · today, as a broadcast's report says it after its subject (陕西新闻联播 2020-03-03): "省长刘国中今天主持召开省政府第五次常务会议，…"
# · "今日上午，…" · "…今晨…" (not 如今 before 日 or 天, nowadays: "如今日益完善的…" · "如今天然气管网…")
NEWS_RECENT_DAY = re.compile(r"近日|日前|昨(?!年)|(?<![目当提之以从])前天|前不久|连日来|[今前]\s?[（(]\d{1,2}[）)]\s?日|(?<!如)今(?:天|日|晨)")
# A quotation a brief opens with, before the sentence that dates it: "“要把群众满意作为第一标准。”11月14日，市长…"
NEWS_QUOTE_LEAD = re.compile(r"^“[^“”]{1,200}”")
# The same quotation as a column cuts it, its first line: "“要全力做好年度收官工作。”12月24日下" (the line under a brief's title)
NEWS_QUOTE_START = re.compile(r"^“[^“”]{2,}")
# The paper a report is taken from, with the paper's day, before the day of what it reports (news15, written for the test to the
# pattern of 财新网 2020-04-24's "据北京日报客户端消息，4月24日，…" and 中新网 2004-12-02's "据北京晚报报道，今天上午，…"):
# "据4月25日的《北京日报》报道，4月24日，…" · "据《北京日报》4月25日报道，…"
NEWS_PAPERS_DATE_LEAD = re.compile(
    r"^据\s?(?:\d{1,2}\s?月\s?\d{1,2}\s?日的?\s?《[^《》]{2,20}》|《[^《》]{2,20}》\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s?(?:消息|报道|报导)[，,]\s?"
)
# A first paragraph that dates its event only loosely (any newspaper's dateline before it: "本报讯" · "温州网讯" ·
# "亳州新闻网讯" · "梧州零距离网-梧州日报讯"): "近日，市政府召开…" · "日前，我市印发…" · a part of the year, as a brief
# on the economy opens: "上半年，在以习近平同志为核心的党中央坚强领导下，全市…" · "一季度，…" · months from the year's start:
# "1—5月，规上服务业营业收入增长11.5%" · "1至6月，全市固定资产投资完成232.88亿元" · after a newspaper's
# dateline: "本报讯（记者 胡越）昨天下午，市政府召开…" · a month alone or a part of it: "4月，" · "4月上旬，" · "3月以来，"
# · the day of the event before it or the issue's news day, with its hour (北京晚报 / 新民晚报 briefs): "当晚，…" · "昨天上午9时，…"
NEWS_UNDATED_LEAD = re.compile(
    rf"^(?:[{CJK}\-－—·]{{0,16}}讯|新华社[{CJK}]{{0,6}}电)?\s?(?:[（(][^（）()]{{1,30}}[）)])?\s?"
    # · a part of the year after 今年 or 截至, or the year's first months (焦作日报 2022-03-31 and 贵州 2022-04-21, their sentences
    # laid out as first paragraphs for the test): "今年前2个月，我市固定资产投资同比增长23.3%，…" · "今年一季度，我省经济运行…" ·
    # "截至2月底，…" · "今年1—2月，…" · the year named (国家统计局 2023-02-10): "2023年1月份，全国居民消费价格同比上涨2.1%。"
    r"(?:今年|截至|截止|(?:19|20)\d{2}\s?年)?"
    # · the day of its paper with the day in brackets inside (遂宁新闻网 2018-12-26): "今(26)日，市七届人大常委会…" · "昨（25）日，…"
    r"(?:近日|日前|连日来|近期|今年以来|上半年|下半年|前三季度|[一二三]季度|本月|昨天|昨日|昨晚|昨夜|今天|今日|今晨|前天|当天|当日|当晚"
    r"|[今昨]\s?[（(]\d{1,2}[）)]\s?日"
    r"|前不久|月初|月中|月底|上旬|中旬|下旬|前\d{1,2}个月"
    r"|\d{1,2}月(?:上旬|中旬|下旬|初|中|底|末|份|以来)?|\d{1,2}\s?[—–\-至]\s?\d{1,2}月(?:份)?"
    # · a year alone, as a brief on a year's figures opens (news14; 证券日报 2024-01-21 and 成都日报 2024, 四川): "2023年，四川工业生产
    # 回升向好，…" · "2023年，成都都市圈共实现社会消费品零售总额12231.8亿元，…" · "去年，…" · "今年，…" · "2023年全年，…"
    r"|去年|今年|(?:19|20)\d{2}\s?年(?:全年|以来)?)"
    r"(?:[（(]\d{1,2}(?:月\d{1,2})?日?[）)])?"  # the day in brackets after it (西江网 2022-10, 贵港): "今天(10月8日)上午，…"
    r"(?:上午|下午|晚上|晚|中午|凌晨|早上)?(?:\d{1,2}[时点](?:\d{1,2}分|半|许)?)?[，,]"
)
# A label in brackets a city paper's or a government site's brief opens its first paragraph with, before its date (written for
# the test with the 天津 brief): "【摘要】15日，代市长…" · "【导读】…" · "【编者按】…" · "【核心提示】…" · with a colon: "摘要：15日，…"
# · alone on its line over the paragraph: "【摘要】"
# · letter-spaced: "【摘 要】" · "编 者 按："
_NEWS_LABEL = r"(?:摘\s?要|导\s?读|导\s?语|编\s?者\s?按|核心提示|内容提要|提\s?要)"
NEWS_LABEL_LEAD = re.compile(rf"^(?:[【\[〔]{_NEWS_LABEL}[】\]〕][：:]?|{_NEWS_LABEL}[：:])\s?")
# The event's day alone after an opening clause, the month the issue's (汉川, its clause put first for the test):
# "为深入贯彻落实全省推进营商环境建设大会精神，15日，我市召开…" · "…，15日上午，…"
NEWS_CLAUSE_DAY = re.compile(r"[，,]\s?(?P<day>\d{1,2})\s?日(?:上午|下午|晚上|晚|中午)?[，,]")
# How such an opening clause begins, which a raw column may cut before its comma, its first line as unpunctuated as a title's
# (汉川, written for the test): "为深入贯彻落实全省推进营商环境建设大会精" over "神，15日，我市召开…" · "按照…" · "根据…" · "围绕…"
# · a circumstance (news14, the 四川 sentence below under a clause written for the test): "在六大优势产业带" over "动下，2023年，…"
NEWS_CLAUSE_OPENER = re.compile(r"^(?:为(?:了|进一步|深入|全面|切实|加快|推动|确保|贯彻|落实)|按照|根据|围绕|随着|在|应[\u4e00-\u9fff]{1,12}邀请)")
# An opening clause before a loose date, which then dates the brief as loosely (news14, 证券日报 2024-01-21, 四川, its clause written for
# the test): "在六大优势产业带动下，2023年，四川工业生产回升向好，…" · "为加快推进…，近日，…" · "按照…部署，今年以来，…"
NEWS_OPENING_CLAUSE = re.compile(rf"{NEWS_CLAUSE_OPENER.pattern}[^，,。；;：:！？]{{1,60}}[，,]\s?")
# A year named as what the first sentence is about, as a piece on a year's work opens (news14; a 2024-01 commentary, national, laid out
# as a first paragraph): "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。" A report's own part may open so
# under its sub-heading: it opens only the section's first brief, where no brief is before it to read it into
NEWS_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}\s?年(?:是|为)")
# An occasion a report opens with, what was said there its news, naming no day (news14, 四川 2023-08, its second paragraph laid out as a
# first): "在随后的新闻发布会上，冯文生表示，…" · "在四川省政府新闻办举行的国企支持“四类地区”振兴发展新闻发布会上，…"
NEWS_OCCASION_LEAD = re.compile(r"^在[^，,。；;：:！？]{2,40}?(?:会|会议|论坛|仪式|典礼|活动)(?:[（(][^（）()]{1,10}[）)])?上[，,]")
# A document's note printed under its signature's date, never a brief's line (a raw extraction may put it over the first brief's
# title; written for the test under the 清远 notice): "（此件公开发布）" · "（此件主动公开）" · "（联系人：王明，电话：0951-6888888）" ·
# wrapped in a column: "（联系人：王明，电话：0951-68888"
DOCUMENT_NOTE = re.compile(r"^[（(](?:此件|此页|联系人|联系电话|联系方式|信息公开)")
# A first paragraph dated by its day alone, the month the issue's: "25日，市长周必松主持召开…" · "3日上午，…" ·
# a range, dated by its first day: "14日至16日，…" · "14—16日，…"
# · the day spoken with 号, as a local report prints it: "3号，市政府召开…" · "3号上午，…"
NEWS_DAY_LEAD = re.compile(r"^(?P<day>\d{1,2})\s?(?:[日号]\s?)?(?:[—–\-~～至到]\s?\d{1,2}\s?)?[日号](?:上午|下午|晚上|晚)?[，,]")
# Who reported a brief, or what it is taken from, on the line under its title, opening its first paragraph (never a title's
# line): a site's report and its reporter before a colon (国际在线 2019-03-15): "国际在线报道(记者 乔全兴):" · a station's reporter
# (央视记者李宁, 2018-08, as a report's source line is worded for the test): "央视记者李宁报道：" · "湖南台记者 李宁 报道：" · what it
# is taken from (中评社 2024-03-11: "…电/据四川日报报导，"; written for the test with the 德州 figures): "据四川日报报导，" ·
# "据山东省政府网站消息，" · "据中央广播电视总台中国之声《新闻和报纸摘要》报道，" (央广网 2025-04-17) · the body it learned it from
# (2023-04, "4月28日,记者从市统计局获悉,…"; 德州 2024, written for the test): "记者昨日从市统计局获悉，" · "记者从德州市统计局获悉，"
_REPORTED_LEAD = (rf"(?:[{CJK}A-Za-z]{{0,12}}?报道\s?[（(][^（）()]{{1,40}}[）)]\s?[：:]"
                  rf"|[{CJK}·]{{0,12}}?记者\s?[{CJK}·]{{2,4}}(?:[、 　][{CJK}·]{{2,4}}){{0,3}}\s?报道[：:]"
                  # · an outlet's reporter run into the first sentence, its day or a space after the names (news14; 川报观察 2020-08-21,
                  # 四川): "川报观察记者 胡彦殊8月21日，省委副书记…" · "封面新闻记者 王勃 县政府召开…" (never a byline alone: "本报记者 王勃 陶然", "…记者 王勃 摄")
                  rf"|[{CJK}·]{{2,14}}?记者[ 　]?[{CJK}·]{{2,4}}?(?:[、 　][{CJK}·]{{2,4}}){{0,3}}(?=\d{{1,2}}\s?月\s?\d{{1,2}}\s?日|[ 　]+(?!摄)\S{{6}})"
                  rf"|据[{CJK}《》“”]{{2,30}}?(?:消息|报道|报导)[，,]"
                  rf"|(?:本报|本台)?记者(?:昨日|昨天|近日|日前|今天|今日)?从[{CJK}]{{2,20}}?获悉[，,])\s?")
# The source a report opens with, which starts a brief whatever its first sentence says: a website's or paper's dateline
# ("温州网讯 " · "本网讯(何晓芳)" · "秀山网讯 " · "本报讯（记者 胡越）" · "台海网8月28日讯(海峡导报记者 张雄敏…)"), a news
# agency's ("新华社北京6月28日电 " · "人民网北京3月13日电 ") or a company's, a comma after it: "证券时报e公司讯，28日至30日，…",
# or its reporters' byline alone in brackets: "（记者 何晓芳 通讯员 王一）"
# · a site's brand after a middle dot (济宁新闻网 2025-09-24): "济宁新闻网·更济宁讯(记者 秦伯璞)9月24日上午，…" · a radio's or an
# agency's dateline as above: "央广网北京4月17日消息（记者王逸群）…"
# · a site's or station's 消息 naming its programme, a colon after it (央视网 2018-03-21): "央视网消息（新闻联播）：国务院总理…"
# · the paper a site belongs to in brackets before 讯 (荆楚网 2026-01-12): "荆楚网（湖北日报网）讯（记者 汤立毅 见习记者 董晨旭）1月12日上午，…"
# · a paper's report put together from several (泉州晚报 2014-01-07): "本报综合消息 昨日上午，…" · "本报综合讯 …"
# · a news app's (客户端) dateline: "央视新闻客户端消息，…" · "四川观察客户端讯 …"
# · what any outlet calls itself before 讯 (news14): a magazine, a site, a county's media centre (本刊讯, 本站讯, 本港讯, "XX县融媒体
# 中心讯（记者…）"); its name alone before its reporters' brackets (仪陇融媒 2022-07, 四川): "仪陇融媒（记者 肖蒙/文 汪泽宇/图）7月27日，…"
_OUTLET_END = r"(?:网|报|台|刊|站|港|公司|客户端|中心|融媒体?|新闻)"
# · an agency's dateline naming no day (written for the test): "新华社北京电（记者…）" · "新华社电 " · "中新社电 "
_UNDATED_AGENCY = rf"[{CJK}]{{1,6}}?社[{CJK}]{{0,6}}?专?电(?=[\s（(]|$)"
# · its reporters' byline alone in brackets, a desk before 记者 or square brackets (通城 2020-04, 湖北): "【全媒体记者 吴刚】4月7日，…"
# · "（融媒体记者 王勃）" · "（见习记者 王勃）"
_BYLINE_DESK = r"(?:本报|本网|本台|全媒体|融媒体|见习|首席|特约)"
_BRACKETED_BYLINE = rf"[（(【]{_BYLINE_DESK}?(?:记者|通讯员|实习生)[^（）()【】]{{1,40}}[）)】]"
NEWS_SOURCE_LEAD = re.compile(
    rf"^(?:(?:[{CJK}A-Za-z\-－—]{{0,16}}?{_OUTLET_END}(?:·[{CJK}]{{1,8}}?|[（(][{CJK}]{{2,10}}[）)])?(?:\d{{1,2}}月\d{{1,2}}日)?(?:综合)?"
    rf"(?:讯|消息)"
    # the place it reports from (潇湘晨报 2010-02-22): "本报衡阳讯2月20日，…" · after the paper's own name (齐鲁晚报 2022-09-19, 山东,
    # its dateline worded for the test): "齐鲁晚报聊城讯 济郑铁路山东段…"
    rf"|(?:本报|[{CJK}]{{1,8}}?[报刊])[{CJK}]{{2,6}}?讯"
    rf"|[{CJK}]{{2,12}}?\d{{1,2}}月\d{{1,2}}日{_DATELINE_WORD}|{_UNDATED_AGENCY}"
    rf"|[{CJK}]{{2,12}}?{_OUTLET_END}(?=[（(]{_BYLINE_DESK}?(?:记者|通讯员|实习生)))"
    rf"\s?(?:[（(][^（）()]{{1,40}}[）)])?\s?[，,：:]?\s?|{_BRACKETED_BYLINE}\s?)"
    rf"|^{_REPORTED_LEAD}"  # '国际在线报道(记者 乔全兴):' · '央视记者李宁报道：' · '据山东省政府网站消息，'
    # · a paper's dateline in square brackets (天水日报 2008-04-22): "【本报兰州电】（记者李海峰）4月21日，…" · "【本报讯】…" · the outlet
    # alone in them, its reporter after it (财新网 2018-11-22): "【财新网】（记者 于海荣）在地方债清理规范过程中，…" · a Hong Kong
    # paper's with its reporter and day (NEWS_BRACKETED_DATELINE): "【本报珠三角新闻中心记者熊君慧深圳28日电】深圳市…"
    rf"|^(?:【[{CJK}]{{1,12}}(?:讯|电|消息|网|报|社|台)】|{NEWS_BRACKETED_DATELINE.pattern[1:]})\s?(?:[（(][^（）()]{{1,40}}[）)])?\s?[，,：:]?\s?"
)
# A source's dateline inside a line after what reads as its brief's title, glued to it by a converter (南宁日报 2020-05-11,
# its headline and lead on one line for the test): "南宁市长周红波参加宾阳县代表团审议南宁日报讯（记者磨锋）5月9日，…": where the
# title ends no pattern tells ("…审议南宁日报讯" may be "…审议" + "南宁日报讯"), so such a line is told
NEWS_GLUED_SOURCE = re.compile(rf"^[^，,。；;！？：:\s]{{6,60}}?(?:网|报|台)(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|消息)(?=[（(\s\d])")
# The outlet a reporter's byline names before 记者, its media desk too (written for the test with the 三峡日报 names, as 玉溪日报's
# bylines print it): "三峡日报全媒体记者 …" · "湖北日报记者 …" · "荆州广播电视台融媒体记者 …"
_OUTLET = rf"[{CJK}]{{2,10}}?(?:日报|晚报|报|网|台|中心)(?:全媒体|融媒体)?"
# A reporters' byline closing a brief, in brackets, after its last sentence or alone on its line: "…召开第三十次会议。（记者 何晓芳）"
# · "（记者 何晓芳 通讯员 王一）" · "(本报记者 胡越)"
# · its writer after 作者 (夏津, 山东, a county site's brief): "（作者：柴晶晶）"
# · the paper it is taken from: "…为全省大都市区建设出经验作示范。（浙江日报）" · its writers' names alone (王兴主持召开县长办公会,
# 2022-12): "（郭颖 天乐）" · "（何征宇 张旭 王瑜）" · one name: "…加快手续办理。（郭颖）" · its editor (亳州新闻网): "（责任编辑：常艳敏）"
NEWS_CLOSING_BYLINE = re.compile(
    rf"(?:^|[。！？”])\s*[（(](?:(?:本报|本网|{_OUTLET})?(?:记者|通讯员|实习生|文/|文：|责任编辑|编辑|作者[：:])[^（）()]{{1,40}}|[{CJK}]{{2,10}}(?:报|网|社|台)"
    rf"|[{CJK}]{{2,4}}(?:[ 　、][{CJK}]{{2,4}}){{0,5}})[）)]$"
)
# A credit line closing a brief, its writers' and editors' names after a colon (县政协十一届一次会议, 2021-11): "全媒体记者：王勃 陶然"
# · "编辑：付波 熊哲" · "编审：熊晓辉" · "责任编辑：…" · "来源：县融媒体中心"
# · without a colon, names after a space (as photo credits print): "摄影 陈瑞衡" · "来源 市政府办公室" · "通讯员 王兴 李明"
# · the three reviews a site's brief lists under it (永州 零陵区, 湖南 科普 site): "初审：向莉莉" · "复审：傅仁斌" · "终审：袁万茂"
NEWS_CREDIT_LINE = re.compile(
    r"^(?:全媒体|融媒体|本报|本网)?(?:记者|通讯员|编辑|责编|责任编辑|编审|审核|初审|复审|终审|校对|摄影|摄像|图|文|图文|来源|供稿)"
    rf"(?:\s*[：:]\s*\S.{{0,30}}|[ \t\u3000]+[{CJK}]{{2,12}}(?:[ \t\u3000]+[{CJK}]{{2,4}}){{0,4}})$"
    # · credits split by a slash, each the work done and who did it (written for the test): "文/记者 王勃 图/通讯员 陶然" · "摄影/王勃"
    rf"|^(?:(?:文|图|图文|摄影|摄像)\s?[/／]\s?(?:(?:本报|全媒体)?(?:记者|通讯员)\s*)?[{CJK}]{{2,4}}\s*){{1,3}}$"
    # · a photograph's credit, its taker's name and 摄 after a space, after its caption or alone: "王勃 摄" · "记者 王勃 摄" ·
    # "图为会议现场。王勃 摄"
    rf"|^(?:图为[^。！？]{{2,80}}[。！]?\s*)?(?:(?:本报|全媒体)?(?:记者|通讯员)\s*)?[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}}){{0,2}}\s+摄$"
    # · a photographer's report, the name glued to it (沁县 paper 2016-08, 山西): "井娇摄影报道" · "记者 王勃 摄影报道"
    rf"|^(?:(?:本报|全媒体)?(?:记者|通讯员)\s*)?[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}}){{0,2}}\s?摄影报道$"
    # · who gave a photograph, printed under it between a brief's paragraphs (a 广东 district government 2024-01-11, an office's name): "区委新闻办供图" ·
    # "（市政府办公室供图）"
    rf"|^[（(]?[{CJK}]{{2,16}}供图[）)]?$"
    # · its editor in square brackets, as a site prints it under the text (荆楚网 2026-01-12): "【责任编辑：左砚文】" · "[编辑：王某]"
    r"|^[【\[〔](?:责任编辑|编辑|责编|编审|审核|来源)[：:][^【】\[\]〔〕]{1,20}[】\]〕]$"
)
# A photograph's caption printed between a brief's title and its text (垫江 2022-03, 重庆): "左图：沙坪镇毕桥村村民在油菜地里给油菜套袋
# 备种子。" · "右图：…整地。 记者 龚长浩 摄" · "上图：…" · "图为…"; its label is set apart by a colon or a space, so never a
# headline opening with such a word ("图片展记录成都百年光阴", written for the test over a 成都 paper's brief of 2021-07)
NEWS_PHOTO_CAPTION = re.compile(r"^(?:(?:[上下左右中]图|图片)(?:[：:]|\s+)|图为)\S")
# Writers' names alone under a black or white mark, no 记者 (新泰 2025-06-10, under a title and its deck): "■田冲" · "■田冲 李明"
# (a chronicle's item under a mark is a sentence, never names alone)
NEWS_MARKED_NAMES = re.compile(rf"^\s*[■□]\s*[{CJK}]{{2,4}}(?:[ \u3000]+[{CJK}]{{2,4}}){{0,3}}\s*$")
# A byline printed on its own line between a brief's title and its first paragraph (the 县政协 credits above, set as a
# paper sets a byline, written for the test): "本报记者 王勃 陶然" · "全媒体记者 王勃" · "记者 王勃 通讯员 陶然" · "□本报记者 王勃" ·
# "文/图 王勃" · under a black mark (新民晚报 2010-08: "□记者 肖波" over "晚报讯 …"): "■记者 肖波"
NEWS_BYLINE_LINE = re.compile(
    rf"^[□■◇◆]?\s*(?:(?:本报|本网|全媒体|融媒体)?(?:记者|通讯员|实习生)|文\s?[/／]\s?图|图\s?[/／]\s?文|文\s?[/／])\s*[{CJK}]{{1,4}}"
    rf"(?:\s+(?:(?:通讯员|实习生|记者)\s*)?[{CJK}]{{1,4}}){{0,5}}$"
    # · any short line under a mark that names a reporter, whatever else it names: "■本报记者 王勃 摄影报道" · "■记者 王勃/文"
    # · under a white or black diamond (鑫报 2013-01, 天水): "◇记者 李鹏 吴少华"
    r"|^\s*[■□◇◆]\s*(?=[^。！？，,]{0,20}(?:记者|通讯员|实习生))[^。！？，,]{2,40}$"
    # · the outlet before its reporters, a space after 记者, the place reported from after them (大众网 2022-03, 枣庄):
    # "大众网·海报新闻记者 王运峰 枣庄报道" · (成都日报 2026-01-29, its bracketed byline laid out as a line): "成都日报锦观新闻记者 李世芳 常斐"
    # · written for the test: "南方+记者 王某 通讯员 李某" · "四川日报全媒体记者 王某"
    rf"|^[{CJK}·+＋]{{2,14}}?记者\s+[{CJK}]{{2,4}}(?:\s+(?:(?:通讯员|实习生|记者)\s*)?[{CJK}]{{2,4}}){{0,5}}(?:\s+[{CJK}]{{2,6}}报道)?$"
    # · its writers' names alone under a black mark, as a district paper sets them under a title and its deck (新泰 2025-06-10:
    # "区政府常务会议召开" over "宋华东主持" over "■田冲" over "6月6日，区政府第70次常务会议召开。…"): "■田冲" · "■田冲 李明"
    rf"|{NEWS_MARKED_NAMES.pattern}"
)
# A byline under a brief's title naming the paper it is taken from, in brackets, with the paper's date and its reporter
# (柳州日报 2010-01-23, its credit laid out so for the test): "（2010年1月23日《柳州日报》记者姚颖盈报道）" · "（据《柳州日报》
# 2010年1月23日报道）" · "（《柳州日报》记者 姚颖盈）": the paper's date, never the event's (昨天 in the text is the day before it)
NEWS_PAPER_BYLINE = re.compile(
    r"^[（(](?=[^（）()]*(?:\d{4}\s?[年.\-/]|记者|报道|通讯员))[^（）()《》]{0,30}《[^《》（）()]{2,20}》[^（）()《》]{0,30}[）)]$"
)
# The paper's date inside such a byline: "2010年1月23日" · as a web page prints it: "2010-01-23" · "2010.1.23"
NEWS_BYLINE_DATE = re.compile(
    rf"(?P<year>{YEAR})\s?(?:年\s?(?P<month>\d{{1,2}})\s?月\s?(?P<day>\d{{1,2}})\s?日|[.\-/](?P<m>\d{{1,2}})[.\-/](?P<d>\d{{1,2}})(?!\d))"
)
# A day a report names relative to the day its paper or dateline is of, the first in its first sentence (柳州日报 2010-01-23:
# "市十二届人大常委会第二十八次会议于昨天上午召开。" · 遂宁新闻网 2018-12-26: "今(26)日，市七届人大常委会第二十三次会议…"):
# the day before ("昨天" · "昨日" · "昨晚" · "昨（25）日" · "昨召开"), two days before ("前天", never the 前天 of "目前天气",
# "当前天津…"), the same day ("今天" · "今日" · "今晨"); the word whole ("昨日", not its 昨 alone), so that a date printed in
# brackets after it is found right after it ("昨日（25日），…", written for the test: the 25th)
NEWS_RELATIVE_DAY = re.compile(
    r"(?P<two>(?<![目当提之以从])前天)|(?P<one>昨(?!年)[天日]?)"
    r"|(?P<zero>今天|今日|今晨|今晚|今(?=[上下中]午|早)|今\s?[（(]\d{1,2}[）)]\s?日)"
)
# A brief's first line naming its day after its subject, no date or comma before it, as a raw column cuts it (宜昌 三峡日报
# 2016-11, 书记市长专报: "第十三届湖北·武汉台湾周活动昨日在武汉" · 陕西新闻联播 2020-03-03: "省长刘国中今天主持召开省政府第五次常" ·
# 天津 2008-01: "代市长黄兴国15日主持召开…"): the subject is short, the day the first it names
# · the date after 于, a longer subject before it, its date cut onto the column's next line (湖南 人大 2004-06, its first sentence
# laid out for the test): "湖南省第十届人民代表大会常务委员会第二" + "十七次会议于6月1日下午在长沙闭幕。"
# · a meeting's business done before its day, a comma between (新华社 2019-03-15): "第十三届全国人民代表大会第二次会议在圆满完成
# 各项议程后，15日上午在人民大会堂闭幕。"
# · the month and day after the subject, before the meeting's verb, its number cut onto the column's next line (上海 2020-03's
# meeting, 力报 and 上海法治报 2020-03-24, worded for the test): "上海市第十五届人大常委会3月23日举行" + "第十九次会议，接受…"
NEWS_SUBJECT_DAY_LEAD = re.compile(rf"^[^，,。；;：:！？\d\s]{{2,16}}?(?:{NEWS_RELATIVE_DAY.pattern}|{NEWS_EVENT_DAY.pattern})"
                                   rf"|^[^，,。；;：:！？\d\s]{{2,24}}?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日(?:上午|下午)?(?:召开|举行)第"
                                   rf"|^[^，,。；;：:！？\s]{{2,30}}?于\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日"
                                   rf"|^[^，,。；;：:！？\s]{{2,30}}?在[^，,。；;：:！？\s]{{0,6}}?完成[^，,。；;：:！？\s]{{0,6}}?议程后[，,]\s?"
                                   rf"(?:\d{{1,2}}\s?月\s?)?\d{{1,2}}\s?日")
# Words for a day no one can count, which date no brief where they come first in its first sentence, whatever relative word
# follows (written for the test): "近日，市人大常委会…截至昨天，…" · "日前" · "近期" · "前不久" · "连日来" · "近来"
NEWS_VAGUE_DAY = re.compile(r"近日|日前|近期|前不久|连日来|近来|前些天|上周|本周")
# The day printed in brackets inside such a word, which names the day of the month: "今(26)日" · "昨（25）日"
NEWS_BRACKETED_DAY = re.compile(r"[昨今前]\s?[（(](?P<day>\d{1,2})[）)]\s?日")
# The day alone printed in brackets after such a word, which names the day of the month (四川新闻联播 2025-04): "今天（3日），都江堰灌区
# 春灌供水工作全面启动" · "昨天(25日)上午，…"
NEWS_BRACKETED_DAY_AFTER = re.compile(r"[今昨前][天日]\s?[（(]\s?(?P<day>\d{1,2})\s?日\s?[）)]")
# The date printed in brackets after such a word, which the word no longer has to give (西江网 2022-10, 贵港): "今天(10月8日)上午，…"
# · "昨天（3月4日）" · "今日（8日）"
NEWS_BRACKETED_DATE = re.compile(r"\s?[（(]\s?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日?\s?[）)]")
# A line worded as an appointment decision (郑州 新华网 2003-02: "王文超任郑州市代市长"; 遂宁 2018-12: "市人大常委会决定邓正权为代理
# 市长"; 上海法治报 2020-03: "接受应勇辞去市长职务请求 决定龚正为上海市代理市长"; written for the test: "决定任命胡明朗为副市长并决定其
# 代理市长职务"): under a brief's title a subtitle, never part of the title; as a brief's own title, told (it may be a
# decision read as a brief, or a brief's title read as a decision)
NEWS_APPOINTMENT_WORDING = re.compile(
    rf"^(?:[{CJK}]{{0,30}}?决定)?(?:任命|免去|接受)[{CJK}·]{{2,5}}?(?:同志)?(?:为|辞去|的)"
    rf"|^[{CJK}]{{0,30}}?决定[{CJK}·]{{2,4}}?(?:同志)?(?:为|代理)[{CJK}]{{0,20}}?(?:长|主任|职务)"
    rf"|^[{CJK}·]{{2,4}}(?:同志)?任[{CJK}]{{2,20}}?(?:长|主任|书记|委员)$"
)
# A subtitle printed without a dash, a sentence of the report that holds two decisions or opens with one (柳州日报 2010-01-23:
# "决定市十二届人大八次会议于2月3日至5日举行；任命胡明朗为副市长")
NEWS_SENTENCE_SUBTITLE = re.compile(r"[；;]|^(?:决定|任命|免去|接受|审议通过|表决通过)")
# What a brief's title never holds, a byline or a date of its paper (the checks: a byline line glued onto the title, 柳州日报
# 2010-01-23 laid out so for the test): "人大常委会召开第二十八次会议（2010年1月23日《柳州日报》记者姚颖盈报道）" · "…（记者 何晓芳）" ·
# "本报讯" · "温州网讯" · "《柳州日报》" · "2010年1月23日"
NEWS_TITLE_BYLINE = re.compile(
    rf"[（(][^（）()]*(?:记者|通讯员|报道|日报|晚报)[^（）()]*[）)]|本报讯|网讯|《[^《》]{{1,12}}[日晚]报》|{YEAR}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日"
)
# What makes a title a sentence of running text (the checks): a full stop, a semicolon, or an exclamation or question inside it
# (written for the test: "市十二届人大常委会第二十八次会议于昨天上午召开。会议决定…")
NEWS_TITLE_SENTENCE = re.compile(r"[。；;]|[！？!?](?=.)")
# A title and its subtitle worded as a decision read as one line (a raw column joins them by width, a text export keeps a
# space), the title ending with the meeting's verb (written for the test with the 柳州日报 names):
# "市十二届人大常委会第二十八次会议召开决定任命胡明朗为副市长并决定其代理市长职务" · "…会议召开 决定任命…"
NEWS_TITLE_WITH_SUBTITLE = re.compile(r"^(?P<title>[^，,。；;]{4,40}?(?:召开|举行|闭幕|开幕))\s?(?P<subtitle>(?:决定|任命|免去|接受)[^。]{4,}?)$")
# A paragraph that opens with the date of a brief's event and a comma, as a brief's first paragraph does:
# "11月20日，市长率队…" · "11月20日上午，…" (not "11月20日前完成…", a deadline inside running text)
# · with its year (惠济区 2023-12-26: "2023年12月26日，区长李伟光在区政府一楼东会议室主持召开区政府第16次常务会议。")
# · a space a converter left before the comma (a headline's first line, 千龙网 2026-01-25's report headlined for the test):
# "1月25日 ，北京市第十六届人民代表"
NEWS_DATED_LEAD = re.compile(r"^(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日(?:上午|下午|晚上|晚)?\s?[，,]")
# The first part of a title printed over two lines, closing with a colon: "县十六届人大常委会召开第三十一次会议：" over "审议人事任免事项"
NEWS_TITLE_HEAD = re.compile(r"^[^，,。；;！？：:]{2,60}[：:]$")
# A title's line that leaves a quotation mark or a book title open, its close on the line below (和平县 2020-08, the headline
# written for the test): "和平县交通、产业、文旅、民生“四箭" over "齐发”" · "…文化科技卫生《三下" over "乡》主场活动"
NEWS_TITLE_OPEN_QUOTE = re.compile(r"[“《][^“”《》]*$")
# Where the line below closes it, a raw column having glued the title's last piece to the first paragraph: "齐发”8月3日晚，…"
NEWS_TITLE_QUOTE_CLOSE = re.compile(r"^[^“”《》，,。；;！？：:]{1,12}[”》]")
# A title's second line that is a subtitle, opening with a dash: "——研究部署“双节”期间重点工作等"
SUBTITLE_LINE = re.compile(r"^(?:——|—|－－)\S")
# The mark a column of briefs printed without titles opens each brief with (长子县 要闻简报 2023-09: "◆9月23日，我县在政府二楼
# 会议室召开巩固衔接重点工作调度会。" · "◆ 9月27日，…" · "◆为严厉打击各种污染水源行为，…，9月25日，…")
NEWS_BULLET = re.compile(r"^\s*[◆●■▲]\s*(?=\S)")
# What follows a title's words where its first paragraph repeats them as its first sentence or clause (a round-up's item naming
# no day): "五洲先进视界传媒有限公司来区考察，…" (its title "五洲先进视界传媒有限公司来区考察")
NEWS_REPEATED_TITLE_END = re.compile(r"[。！，,；;]")
# Where a brief printed without a title ends its first sentence, which names it: "9月23日，我县…召开巩固衔接重点工作调度会。副县长…"
SENTENCE_STOP = re.compile(r"[。！？]")
# A brief's title naming the meeting it reports (上海长宁 2023-07-31: "区十七届人大常委会举行第十三次会议"; 通州 2023-03-10:
# "区七届人大常委会召开第十一次会议"), its verb after it too (written for the test): "区人大常委会第十一次会议召开"
NEWS_MEETING_TITLE = re.compile(r"^[^，,。；;！？：:]{2,60}?会议(?:召开|举行|闭幕|开幕)?$")
# A first paragraph telling what that meeting did, the meeting its subject, no day named, as a brief printed without its dated
# lead opens (通州 2023-03-10: "会议决定接受孟景伟辞去通州区人民政府区长职务的请求，…" · 上海长宁 2023-07-31: "会议审议和通过有关人事
# 任免事项，…" · 徐汇 2011-09-16: "会议审议通过了任命陈必顺为…等人事任免事项。"); never the meeting's words alone ("会议指出")
NEWS_MEETING_LEAD = re.compile(r"^会议(?:听取|审议|决定|表决|通过|以|经|同意|研究|讨论)")
# A sub-heading inside a brief, a meeting's word over the paragraph it introduces (香格里拉 2020-03: "会议指出" · "会议要求"
# · "会议强调：" · "李雷指出"): never a brief's title, it stays in the brief it is printed in
# The last character of a column line cut inside a sentence, which no title ends with (四川 2022-10-25): "会议听取前三季度全省
# 经济运行情况及" · "…研究部署了" (a title ends with its noun or verb: "区政府召开安全生产工作会议")
CUT_INSIDE_A_SENTENCE = re.compile(r"[及和的在对与并为将把从向于由以或其就被使给了]$")
NEWS_SUBHEAD = re.compile(rf"^[{CJK}]{{1,8}}(?:指出|要求|强调|认为|提出|表示|明确)[：:]?$")
# A numbered part's heading inside a brief (国家统计局 2023-02-10, a release printed as a brief): "一、各类商品及服务价格同比变动情况" ·
# "二、工业经济快速增长": no brief's title while the brief's own is not numbered the same way
NEWS_NUMBERED_SUBHEAD = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。！？]{2,30}$")
# A brief's title numbered as such parts are, however long: "一、市政府召开第十五次常务会议研究部署…工作" (its numbered titles are briefs)
NEWS_NUMBERED_TITLE = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# A line printed as a paragraph of its own inside a brief, whatever its end: a sub-heading ('会议指出') or a credit line
NEWS_OWN_LINE = re.compile(f"{NEWS_SUBHEAD.pattern}|{NEWS_CREDIT_LINE.pattern}|{NEWS_BYLINE_LINE.pattern}")
# The first line of a news brief, its date: "9月11日，省委常委、市委书记陈伟俊主持" · "9月24日至25日，…" · with its year and a
# comma, never a signature's date line "2017年12月20日" (惠济区 2023-12-26): "2023年12月26日，区长李伟光"
NEWS_DATE_START = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,])")

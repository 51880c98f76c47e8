"""Headings: the cover and running headers that name the issue, the table of contents, section headings."""

import re

from issues.parser.regexes.pieces import CJK, CN_MONTH, CN_YEAR, TOTAL, YEAR

# ---------------------------------------------------------------------------------------------
# Identity (issues/parser/identity.py)
# ---------------------------------------------------------------------------------------------
# Cover: "2019.4" (year.issue)
COVER_YEAR_ISSUE = re.compile(rf"^\s*(?P<year>{YEAR})\s*[.．]\s*(?P<issue>\d{{1,2}})\s*$")
# Cover: "总第200期（月刊）"; running header "温州市人民政府公报（总第217期）"; in Chinese numerals: "总第一百二十期"
TOTAL_NO = re.compile(rf"总第\s*(?P<total>{TOTAL})\s*期")
# Cover: "出版日期：2019年5月15日"
PUBLISH_DATE = re.compile(r"^\s*出版日期\s*[:：]\s*(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# Back cover: "第 6 期 (总第214期)"
BACK_COVER_ISSUE = re.compile(r"^\s*第\s*(?P<issue>\d{1,2})\s*期\s*[（(]\s*总第\s*(?P<total>\d{1,4})\s*期\s*[）)]")
# Running header of odd pages, opening with the year and number, in digits or (as covers print them)
# in Chinese numerals: "2020年第9 期文件发布" · "2019年第4期　市政府文件" · "二〇一一年第一期"
YEAR_ISSUE_HEADER = re.compile(rf"^\s*(?P<year>{YEAR}|{CN_YEAR})\s*年\s*第\s*(?P<issue>\d{{1,2}}|{CN_MONTH})\s*期")
# Identity (issues/parser/identity.py), built on the numerals above: the year and number of an issue anywhere on a
# cover line, in digits or Chinese numerals: "温州市人民政府公报 2011年第1期（总第123期）" · "2011年 第 1 期" ·
# "二〇一一年第一期" · "二OO六年第二期"
COVER_YEAR_AND_NUMBER = re.compile(
    rf"(?P<year>{YEAR}|{CN_YEAR})\s?年\s?第\s?(?P<issue>\d{{1,2}}|{CN_MONTH})\s?期"
)
# The name of a gazette printed on a cover line: "温州市人民政府公报" · "安庆市人民政府公报 2022年第7期" ·
# "《杭州政报》" · "浙江省人民政府公报" (a cover of another city's gazette is refused with its name)
# (not a report called 公报: "温州市国民经济和社会发展统计公报")
GAZETTE_NAME = re.compile(rf"^《?(?P<name>[{CJK}]{{2,10}}?(?:人民政府公报|政府公报|政报))》?(?:[\s\d（(]|$)")

# ---------------------------------------------------------------------------------------------
# Table of contents (issues/parser/toc.py, issues/parser/checks.py)
# ---------------------------------------------------------------------------------------------
# The end of a TOC entry: "…（温政办〔2020〕53号）……………（04）" or "…等简讯6则…（36）"
# It starts only where a run of leaders starts (the lookbehind), so a long run is scanned once,
# not once from each of its characters.
TOC_PAGE = re.compile(r"(?<![…\.·])[…\.·]+\s*[（(]\s*(?P<page>\d{1,3})\s*[）)]\s*$")
# A TOC entry's page reference as OCR reads it apart from its title, leaders lost or kept, the
# title's closing bracket read twice, a speck after it: "(02)" · ") ……(08)" · "(03)." · "…………"
TOC_PAGE_PIECE = re.compile(r"^[）)]?[\s…\.·]*(?:[（(]\s*(?P<page>\d{1,3})\s*[）)]{1,2}[\.·]?)?$")
# The leaders ending a TOC line whose page OCR read on the next line alone, read as dashes: "…的通知（济政发〔2021〕9号） ——" ·
# "…的通知 --" (a title's own dash stands between two words: "开局之年——奋进")
OCR_LEADERS_AS_DASHES = re.compile(r"(?<=[\u4e00-\u9fff）)》”])\s*[—–\-_]+$")
# A TOC entry's page number after its leaders, in the round brackets OCR reads: "…(36)" · "……(21))"; the zero that
# pads it to two figures read as a letter: "……(a2)" · "…(O5)" (a page reference holds figures only)
TOC_PAGE_READ = re.compile(r"(?<=[…·])\s*\(\s*(?P<pad>[A-Za-zＯ〇](?=\d\s*\)))?(?P<page>\d{1,3})\s*\){1,2}$")
# A TOC title's second line opening with its doc number, the bracket before it lost where the line broke (a scan's
# faint 「（」 at a line's start left unread): "济政发〔2021〕9号）……（02）" under "济南市人民政府关于印发《…》的通知"
TOC_NUMBER_WITHOUT_OPENING = re.compile(r"^[^（）()\s〔\[【]{2,14}[〔\[【][0-9]{4}[〕\]】]第?[0-9]{1,5}号[）)]")
# The news entry of the TOC: "市政府常务会议学习《民法典》等简讯6则"
TOC_NEWS_TITLE = re.compile(r"^(?P<first>.+?)等简讯\s*\d{1,2}\s*则$")
# The news entry naming no brief, only how many the column holds (news15, written for the test to the gazette's TOC):
# "简讯2则" · "政务简讯 3 则"
TOC_NEWS_COUNT_ALONE = re.compile(r"^(?:政务)?简讯\s?\d{1,2}\s?则$")
# How many briefs the TOC announces: "市政府常务会议学习《民法典》等简讯6则" · "…等简讯 5 则" · alone: "简讯2则"
TOC_NEWS_COUNT = re.compile(r"(?:等|^(?:政务)?)简讯\s?(?P<count>\d{1,2})\s?则$")

# ---------------------------------------------------------------------------------------------
# Section headings (issues/parser/kinds.py, issues/parser/split.py, issues/parser/section_lines.py)
# ---------------------------------------------------------------------------------------------
# A documents column some issues add, named for its issuers' level: "省政府文件" · "县（市、区）文件" · "国务院文件"
OTHER_DOCUMENT_COLUMN = re.compile(rf"^(?:国务院|省|县|区)[{CJK}（）()、]{{0,6}}?文件$")
# The categories' names, as CATEGORY_HEADING and KNOWN_HEADING read them (not compiled on its own)
CATEGORY_NAMES = (r"市政府令|市政府文件|市府办文件|部门文件|部门规范性文件|政策解读|机构人事|人事任免|政务简讯|政务动态"
                  rf"|政府记事|发文目录|统计资料|{OTHER_DOCUMENT_COLUMN.pattern[1:-1]}")
# A category heading of the table of contents, alone on its line: "市府办文件", "## 政务简讯"; under the names some
# issues print for two of them (kinds.CATEGORY_ALIASES): "人事任免" (机构人事) · "政务动态" (政务简讯)
CATEGORY_HEADING = re.compile(rf"^(?:#{{1,6}}\s*)?(?P<category>{CATEGORY_NAMES})\s*$")
# A column's heading read into a record's text (spliced_checks.py), a paragraph of its own or after the record's last sentence, with
# the month a raw page prints before an issued list's heading (the gazette's own words, laid out for the test): "2023年5月发文目录" ·
# "人事任免" · "政务简讯"
COLUMN_HEADING_IN_TEXT = re.compile(rf"^(?:{YEAR}年)?(?:\d{{1,2}}月份?)?(?:{CATEGORY_NAMES})$")
# A TOC entry's page run on into the next category's heading, as a PDF reader joins a full line of leaders to the
# first line of the next page: "9月份市政府人事任免……………（35）政务简讯"
TOC_PAGE_THEN_HEADING = re.compile(
    rf"^(?P<entry>.+?[…\.·]\s*[（(]\s*\d{{1,3}}\s*[）)])\s*(?P<heading>(?:{CATEGORY_NAMES}))\s*$"
)
# A column label printed alone on a line, letters possibly spaced: "政 务 简 讯" · "机构人事" · "# 政务简讯" · "人 事 任 免" ·
# "大 事 记" (the chronicle's running header over its pages)
COLUMN_LABEL = re.compile(
    r"^#{0,6}\s*(?:机\s?构\s?人\s?事|人\s?事\s?任\s?免|政\s?务\s?简\s?讯|政\s?务\s?动\s?态|政\s?府\s?记\s?事|发\s?文\s?目\s?录|统\s?计\s?资\s?料"
    r"|[大要]\s?事\s?记)\s*$"
)
# A column label printed letter-spaced (the running header over a column's pages) that a raw extraction pastes inside a
# line of the text, between two characters of a word, or glues to the text after it where a page turned: "…会见美国大 事 记国际
# 贸易…" · "…会见美国 政 务 简 讯 国际贸易…" · "大 事 记国际贸易委员会研究员…" (the entry's line before it ends "…会见美国")
# · "…副市长刘向阳会见美国大 事 记" (a line joined to the header after it)
# (the letters spaced: running text never prints these words so)
COLUMN_LABEL_INSIDE = re.compile(
    rf"(?:^|(?<=[{CJK}，。、；]))[ \u3000]*(?:[大要][ \u3000]+事[ \u3000]+记|政[ \u3000]+府[ \u3000]+记[ \u3000]+事|政[ \u3000]+务[ \u3000]+简[ \u3000]+讯"
    rf"|人[ \u3000]+事[ \u3000]+任[ \u3000]+免|机[ \u3000]+构[ \u3000]+人[ \u3000]+事)[ \u3000]*(?=[{CJK}]|$)"
)
# A heading printed letter-spaced, three characters or more: "专 题 报 道" · "# 人 事 任 免" (a column no
# kind knows unless KNOWN_HEADING matches it without its spaces)
SPACED_HEADING = re.compile(rf"^#{{0,6}}\s*[{CJK}](?:[ \u3000]+[{CJK}]){{2,9}}\s*$")
# What a letter-spaced line that is no unknown column says, its spaces dropped: a category ("政务简讯"),
# a chronicle's other names MONTH_HEADING knows ("大事记", also a running header over its pages), the
# gazette's name (a running header), a statistics table's heading row ("指标单位当月累计")
KNOWN_HEADING = re.compile(rf"^(?:{CATEGORY_NAMES}|大事记|要事记|温州市人民政府公报|(?:指标|单位|当月|累计|同比|[±%％])+)$")
# A column heading printed without letter-spacing, worded as columns are (KNOWN_HEADING rules out the
# gazette's own): "工作动态" · "专题报道" · "## 县区快讯" · "温州之窗"
UNKNOWN_COLUMN_HEADING = re.compile(rf"^#{{0,2}}[{CJK}]{{2,6}}(?:专栏|专题|报道|动态|选登|快讯|要闻|之窗|纪实|简报)$")
# A piece of a column heading a typesetter split over its lines, each painted as a frame of its own: "政务" + "简讯" ·
# "人事" + "任免" · "统计" + "资料" (painted_headings joins the pieces and reads the whole by CATEGORY_HEADING)
HEADING_PIECE = re.compile(rf"^[{CJK}]{{1,4}}$")
# Chronicle / appointments headings: "9月份市政府记事", "6月份市政府人事任免"; as other gazettes title their
# chronicle: "2007年5月政府大事记" · "1998年12月份杭州市政务大事记" · "5月份市政府工作要事记" · "3月县政府大事记"
# · a quarter's chronicle, its first month the heading's (开福区 2021-10-11): "2021年7-9月区政府大事记" · "2021年7月—9月区政府大事记"
# · the chronicle's name first, its month after a dash or in brackets (罗湖区 2021-11-03): "大事记-2021年9月" ·
# "区政府大事记（2021年9月）" (no `what` then: a chronicle)
# · a province's, or the body's name before the year (山东省政府网 2011-09-07, 济宁市政府网 2009-08-25): "山东省人民政府大事记（2011年6月）" ·
# "济宁市人民政府2007年5月大事记"
# · a place named bare, without 市 or 县: "2001年2月曲靖大事记" (the heading's year, when printed, dates the entries)
# · the chronicle's other names (四川党史文献网's monthly record, its name worded for the test in the others): "2020年8月四川大事月记" ·
# "2020年8月大事纪要" · "2020年8月政务大事" · "大事纪-2020年8月"
_CHRONICLE_NAME = rf"(?:[{CJK}]{{2,4}}?[省市县区]?)?(?:省人民政府|市人民政府|人民政府|省政府|市政府|县政府|区政府|政府|政务|省|市|县|区)?(?:工作)?"
_CHRONICLE_WORD = r"(?:大事记|要事记|大事月记|大事纪要|大事纪|政务大事)"
MONTH_HEADING = re.compile(
    rf"^\s*(?:(?P<label>{_CHRONICLE_NAME}{_CHRONICLE_WORD})\s*[-－—（(]\s*|{_CHRONICLE_NAME}(?={YEAR}\s*年))?(?:(?P<year>{YEAR})\s*年\s*)?"
    r"(?P<month>\d{1,2})\s*(?:月\s*(?:[-－—~～至]\s*\d{1,2}\s*月)?|[-－—~～至]\s*\d{1,2}\s*月)(?:份\s*)?"
    rf"(?(label)[)）]?|{_CHRONICLE_NAME}(?P<what>记事|人事任免|{_CHRONICLE_WORD}))\s*$"
)
# A year's chronicle's heading, read with its spaces dropped: printed inside the column over its months (通州区 2006, bjtzh.gov.cn,
# letter-spaced: "2006 年 通 州 区 大 事 记"): "2006年通州区大事记"; or over a chronicle of some of the year's days, after a table or
# another section (普陀区 2015 实记 laid out for the test, its headings worded as district chronicles print them):
# "2015年普陀区大事记" · the place before its year: "普陀区2015年大事记" · the year after the chronicle's name: "普陀区大事记（2015年）" ·
# "大事记-2015年" · "普陀区大事记（2015年度）" (a heading only as a whole line: "编印2015年普陀区大事记。" or "…大事记》" in a text never)
CHRONICLE_YEAR_HEADING = re.compile(
    rf"^(?:{_CHRONICLE_NAME}(?P<year>{YEAR})年度?{_CHRONICLE_NAME}{_CHRONICLE_WORD}"
    rf"|{_CHRONICLE_NAME}{_CHRONICLE_WORD}[-－—（(](?P<year_after>{YEAR})年度?[)）]?)$"
)
# The months a chronicle's heading names when it records more than one (a quarter's, or four months' as a city's paper printed
# them): "2021年7-9月区政府大事记" (7, 9) · "2021年7月—9月区政府大事记" · "2020年2—8月四川大事记" (searched in a MONTH_HEADING line)
CHRONICLE_MONTH_RANGE = re.compile(r"(?<!\d)(?P<first>\d{1,2})(?:\s?月)?\s?[-－—~～至]\s?(?P<last>\d{1,2})\s?月")
# A year's list, its words only (a TOC line's leaders and page never): "2015年省政府及省政府办公厅文件目录"
ISSUED_YEAR_LIST_HEADING = re.compile(r"^\d{4}\s?年[\u4e00-\u9fff、]{2,20}(?:发文|文件)目录$")
# The list's heading, by month or by year: "4月份市政府、市政府办公室发文目录" · "2015年省政府及省政府办公厅文件目录" ·
# "2014年省政府文件目录" (a province's list reprinted whole)
# · a month's with its year before it, 份 or not, as other gazettes print their month headings ("2007年5月政府大事记"; worded for
# the test from the fixtures' heading): "2012年7月份市政府、市政府办公室发文目录" · "2012年7月市政府、市政府办公室发文目录" · "7月发文目录"
# (its words no digit nor mark: a signature's date a layout step joined over it, "2010年6月28日" + "2010年6月发文目录", is none, nor a
# TOC entry over the heading, "5月份市政府记事……………（37）" + "发文目录")
ISSUED_LIST_HEADING = re.compile(
    rf"^(?:(?:{YEAR}\s?年\s?)?\d{{1,2}}\s?月份?[{CJK}、（）()]{{0,20}}发文目录|{ISSUED_YEAR_LIST_HEADING.pattern[1:-1]})$"
)
# A colon between two characters of a document's title, which titles do not print: a scan's reader took the print's 「、」 or
# 「，」 for it: "国务院关于印发北京：湖南、安徽自由贸易试验区总体方案及浙江自由贸易试验区扩展区域方案的通知"
TITLE_COLON = re.compile(r"(?<=[\u4e00-\u9fff）)》”])[：:](?=[\u4e00-\u9fff（(《“])")
# Statistics title: "温州市2020年9月份国民经济主要统计指标"
STATISTICS_TITLE = re.compile(rf"^\s*温州市\s*(?P<year>{YEAR})\s*年\s*(?P<month>\d{{1,2}})\s*月份?\s*国民经济主要统计指标\s*$")

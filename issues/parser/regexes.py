"""Every regular expression of the parser, named, each with a real example it matches.

Grouped by the step that uses it. Patterns are anchored where they test whole lines and avoid
nested quantifiers: the input is hostile (uploads, fuzzing), so nothing may backtrack badly.
Owners: keep your patterns in your group; add the example in the comment above each one.
"""

import re

# ---------------------------------------------------------------------------------------------
# Shared pieces (not compiled on their own)
# ---------------------------------------------------------------------------------------------
DIGIT = "[0-9０-９]"
OPEN_BRACKET = "[〔\\[（(【〖［]"
CLOSE_BRACKET = "[〕\\]）)】〗］]"
CJK = "\u4e00-\u9fff"
# An issue's total number as covers print it: "217" · "一百二十" · "三百零五" · "一二〇"
_TOTAL = r"(?:\d{1,4}|[〇○零一二三四五六七八九十百千]{1,8})"

# ---------------------------------------------------------------------------------------------
# Document numbers and registration codes (issues/numbers.py)
# ---------------------------------------------------------------------------------------------
# 温政办〔2020〕53号 · 温政办[2020]53号 · 温政办（2020）第53号 · 浙数局发〔2020〕4号 · 温政令〔2020〕7号
DOC_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,12}}?)\s?{OPEN_BRACKET}\s?(?P<year>{DIGIT}{{4}})\s?{CLOSE_BRACKET}"
    rf"\s?第?\s?(?P<serial>{DIGIT}{{1,5}})\s?号?"
)
# Pieces of a whole doc number with its whitespace removed (numbers.doc_key: no `\s*` runs to split)
_DOC_PREFIX = rf"(?P<prefix>[{CJK}]{{1,12}}?)"
_DOC_YEAR = rf"(?P<year>{DIGIT}{{4}})"
_DOC_SERIAL = rf"第?(?P<serial>{DIGIT}{{1,5}})"
# The same as DOC_NUMBER, as a whole query: "温政办〔2020〕53号", "温政办(2020)53", "温政办[2020]第53号"
DOC_NUMBER_FULL = re.compile(rf"^{_DOC_PREFIX}{OPEN_BRACKET}{_DOC_YEAR}{CLOSE_BRACKET}{_DOC_SERIAL}号?$")
# The year written with 年 instead of brackets, as people type it: "温政办2020年53号" · "温政办2020年第53号"
# (号 required: "温州2020年5" is no number; an announcement's "…公告2019年第76号" is read first, below)
DOC_NUMBER_YEAR_WORD_FULL = re.compile(rf"^{_DOC_PREFIX}{_DOC_YEAR}年{_DOC_SERIAL}号$")
# Numbers without a year, whitespace removed: 省政府令第354号 · 温州市人民政府令第7号
DOC_NUMBER_NO_YEAR_FULL = re.compile(rf"^(?P<prefix>[{CJK}]{{2,14}}?令)第?(?P<serial>{DIGIT}{{1,5}})号?$")
# An announcement's number, by year and serial, as a whole query: "财政部公告2019年第76号" · "国家税务总局公告2018年第28号"
# · "财政部公告2019年76号"
DOC_NUMBER_ANNOUNCEMENT_FULL = re.compile(
    rf"^\s*(?P<prefix>[{CJK}]{{2,14}}?公告)\s*(?P<year>{DIGIT}{{4}})\s*年\s*第?\s*(?P<serial>{DIGIT}{{1,5}})\s*号\s*$"
)
# ZJCC01-2020-0008 · ZJCC00 - 2021 - 0002 · zjcc01-2020-0008
REGISTRATION_CODE = re.compile(rf"(?i)ZJCC\s?(?P<a>{DIGIT}{{2}})\s?[-－—–]\s?(?P<b>{DIGIT}{{4}})\s?[-－—–]\s?(?P<c>{DIGIT}{{4}})")
REGISTRATION_CODE_FULL = re.compile(
    rf"(?i)^\s*ZJCC\s*(?P<a>{DIGIT}{{2}})\s*[-－—–]\s*(?P<b>{DIGIT}{{4}})\s*[-－—–]\s*(?P<c>{DIGIT}{{4}})\s*$"
)
# A registration code of another province's form, on its own line over a title block (kept as printed):
# "YYCR—2017—00002" (岳阳) · "HFGS—2017—9"
REGISTRATION_CODE_OTHER_FULL = re.compile(r"^[A-Z]{2,6}\s?[—－–-]{1,2}\s?(?:19|20)\d{2}\s?[—－–-]{1,2}\s?\d{1,6}$")
# Typed with spaces only, as a whole query with its whitespace removed (numbers.registration_key):
# "zjcc01 2020 0008" -> "zjcc0120200008" (the parts' fixed lengths keep them apart)
REGISTRATION_CODE_SPACED_FULL = re.compile(rf"(?i)^ZJCC(?P<a>{DIGIT}{{2}})(?P<b>{DIGIT}{{4}})(?P<c>{DIGIT}{{4}})$")

# ---------------------------------------------------------------------------------------------
# Cleaning (issues/parser/clean.py)
# ---------------------------------------------------------------------------------------------
# Printed page number line, in the forms issues print: "·    37    ·" · "— 3 —" (GB/T 9704) · "-3-" · "－3－" · "第3页"
PAGE_NUMBER_LINE = re.compile(
    rf"^\s*(?:(?P<open>[·•]|[—–－-]{{1,2}})|第)\s*(?P<page>{DIGIT}{{1,3}})\s*(?(open)(?:[·•]|[—–－-]{{1,2}})|页)\s*$"
)
# The gazette's name alone on a line, a running header without its number (furniture for the coverage check):
# "温州市人民政府公报" · "温 州 市 人 民 政 府 公 报"
GAZETTE_NAME_LINE = re.compile(r"^温\s?州\s?市\s?人\s?民\s?政\s?府\s?公\s?报$")
# A running header that prints only the issue, alone on its line: "2019年第11期" · "二○○八年第八期" ·
# "2016年第9期（总第153期）"
ISSUE_ONLY_HEADER = re.compile(
    r"^(?:(?:19|20)\d{2}|[一二][〇○零0OＯ一二三四五六七八九]{3})\s?年\s?第\s?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s?期"
    r"(?:\s?[（(]总第\s?\d{1,4}\s?期[）)])?$"
)
# Running header: "温州市人民政府公报（总第217期）" optionally followed by a column title ("… 政务简讯") ·
# "温州市人民政府公报（总第一百二十期）" (the total number in Chinese numerals: _TOTAL, below)
RUNNING_HEADER = re.compile(rf"^\s*温州市人民政府公报\s*[（(]总第\s*{_TOTAL}\s*期[）)]\s*(?P<column>\S{{0,10}})\s*$")
# A running header of another wording, as a page break leaves it inside a title block (read as furniture
# there): "温州市人民政府公报" · "2008年第6期" · "温州市人民政府公报 2008年第6期 市政府文件" · "２０２３年第９期"
_ISSUE_OF_YEAR = r"[0-9０-９]{4}\s*年\s*第\s*[0-9０-９]{1,2}\s*期"
LOOSE_RUNNING_HEADER = re.compile(
    rf"^(?:温州市人民政府公报(?:\s*{_ISSUE_OF_YEAR})?|{_ISSUE_OF_YEAR})(?:\s+[{CJK}（）()、]{{1,10}})?$"
)
# Markdown heading marks: "## 市政府文件", "### 一、工作目标"
MARKDOWN_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*)$")
# Markdown bullet: "- 温政发〔2020〕10号 温州市人民政府关于…"
MARKDOWN_BULLET = re.compile(r"^-\s+(?P<text>\S.*)$")

# A line that starts a new structural unit and must never be glued to the line before it:
# "一、工作目标" · "（一）开展…" · "(二) 经费保障" · "3. 全面提升…" · "第六条 企业迁移情形" · "第一章 总 则" · "△ 市长…" · "附件：1．…"
# · "答：调整后城乡居民最低生活保障金支出…" (an interpretation's answer)
STRUCTURAL_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(]\s?[一二三四五六七八九十]{1,3}\s?[）)]|[0-9０-９]{1,2}\s?[.．、]|[（(][0-9]{1,2}[）)]"
    r"|第[一二三四五六七八九十百零〇0-9]{1,5}[章节条部]|△|附件|附表|[问答][:：])"
)
# Punctuation that leaves a sentence open: a line ending in one always continues. "…16.牛头梗、17.秋田犬、"
OPEN_LINE_END = re.compile(r"[，、,]$")
# Punctuation that closes a sentence or a block: a line ending in one is complete. "…通知如下：" · "…列支。" · "…（试用期一年）；"
COMPLETE_LINE_END = re.compile(r"[。！？；：:;!?”’」』》）)…]$")

# ---------------------------------------------------------------------------------------------
# Identity (issues/parser/identity.py)
# ---------------------------------------------------------------------------------------------
# Cover: "2019.4" (year.issue)
COVER_YEAR_ISSUE = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*[.．]\s*(?P<issue>\d{1,2})\s*$")
# Cover: "总第200期（月刊）"; running header "温州市人民政府公报（总第217期）"; in Chinese numerals: "总第一百二十期"
TOTAL_NO = re.compile(rf"总第\s*(?P<total>{_TOTAL})\s*期")
# Cover: "出版日期：2019年5月15日"
PUBLISH_DATE = re.compile(r"^\s*出版日期\s*[:：]\s*(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# Back cover: "第 6 期 (总第214期)"
BACK_COVER_ISSUE = re.compile(r"^\s*第\s*(?P<issue>\d{1,2})\s*期\s*[（(]\s*总第\s*(?P<total>\d{1,4})\s*期\s*[）)]")
# Running header of odd pages: "2020年第9 期文件发布"
YEAR_ISSUE_HEADER = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<issue>\d{1,2})\s*期")
# Statistics title: "温州市2020年9月份国民经济主要统计指标"
STATISTICS_TITLE = re.compile(r"^\s*温州市\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月份?\s*国民经济主要统计指标\s*$")
# Chronicle / appointments headings: "9月份市政府记事", "6月份市政府人事任免"; as other gazettes title their
# chronicle: "2007年5月政府大事记" · "1998年12月份杭州市政务大事记" · "5月份市政府工作要事记" · "3月县政府大事记"
MONTH_HEADING = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?(?P<month>\d{1,2})\s*月份?\s*(?:[\u4e00-\u9fff]{2,4}?[市县区])?"
    r"(?:市人民政府|市政府|县政府|区政府|政府|政务|市|县|区)?(?:工作)?(?P<what>记事|人事任免|大事记|要事记)\s*$"
)

# ---------------------------------------------------------------------------------------------
# Dates shared by several sections
# ---------------------------------------------------------------------------------------------
# "2020年6月24日" (signature dates, effective dates)
FULL_DATE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# Numbers of a date printed in Chinese numerals (GB/T 9704 before 2012), read by issues/parser/dates.py:
# a year digit by digit, with 〇, ○ (U+25CB), 零, an ASCII 0 or a letter O for zero: "二〇〇七" · "二○一九" · "二00五" ·
# "二OO六" (typed with the letter);
# a month or day as counted: "三" · "十" · "十二" · "二十六" · "三十一"
_CN_YEAR = "[一二][〇○零0OＯ一二三四五六七八九]{3}"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]"
# A date in Chinese numerals, the year optional: "二〇〇七年三月二十六日" · "二○○七年四月九日" · "二00五年六月十七日" ·
# "自二○○八年一月一日起施行" · "三月二十六日，"
CHINESE_DATE = re.compile(
    rf"(?:(?P<year>{_CN_YEAR})\s?年\s?)?(?P<month>{_CN_MONTH})\s?月\s?(?P<day>{_CN_DAY})\s?日"
)
# A chronicle day in Chinese numerals, alone or before its first item: "二十六日" · "三日 △ 市长…" · "五日，市长…" ·
# a range of days: "五至九日 市政协…" · "二十八～二十九日，…"
_CN_DAY_RANGE = r"[—–\-~～至]"
CHINESE_DAY_MARKER = re.compile(
    rf"^(?P<space>\s*)(?P<day>{_CN_DAY})(?:(?P<range>{_CN_DAY_RANGE})(?P<last>{_CN_DAY}))?(?=\s?日(?:\s*(?:[△，,、：:]|$)|\s))"
)
# The same day marker as CHRONICLE_DAY_PREFIX drops it (below), in Chinese numerals, the month optional:
# "四日 在一月四日召开…" · "十七日，省委…" · "五至九日 市政协…" · "一月十五日，…"
# The time of day printed right after a day marker, kept with the entry's text: "3日下午，…" · "5日晚，…" · "5日傍晚，…"
_TIME_OF_DAY = r"△|上午|下午|晚上|中午|凌晨|晚|夜|早上|早晨|傍晚|深夜"
# The weekday some chronicles print after the day: "5日（星期六）" · "5日(周六)"
_WEEKDAY = r"[（(](?:星期|周)[一二三四五六日天][）)]"
_CN_CHRONICLE_MARK = (rf"(?:△\s*)?(?:(?:{_CN_MONTH})\s?月\s?)?(?:{_CN_DAY})(?:{_CN_DAY_RANGE}(?:{_CN_DAY}))?\s?日"
                      rf"(?:{_WEEKDAY}\s*[，,：:]?\s*|\s*[，,、：:]\s*|\s+|(?={_TIME_OF_DAY})|$)")

# Identity (issues/parser/identity.py), built on the numerals above: the year and number of an issue anywhere on a
# cover line, in digits or Chinese numerals: "温州市人民政府公报 2011年第1期（总第123期）" · "2011年 第 1 期" ·
# "二〇一一年第一期" · "二OO六年第二期"
COVER_YEAR_AND_NUMBER = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}}|{_CN_YEAR})\s?年\s?第\s?(?P<issue>\d{{1,2}}|{_CN_MONTH})\s?期"
)
# The name of a gazette printed on a cover line: "温州市人民政府公报" · "安庆市人民政府公报 2022年第7期" ·
# "《杭州政报》" · "浙江省人民政府公报" (a cover of another city's gazette is refused with its name)
# (not a report called 公报: "温州市国民经济和社会发展统计公报")
GAZETTE_NAME = re.compile(r"^《?(?P<name>[\u4e00-\u9fff]{2,10}?(?:人民政府公报|政府公报|政报))》?(?:[\s\d（(]|$)")

# ---------------------------------------------------------------------------------------------
# Table of contents and section headings (issues/parser/toc.py, issues/parser/split.py)
# ---------------------------------------------------------------------------------------------
# A category heading of the table of contents, alone on its line: "市府办文件", "## 政务简讯"; under the names some
# issues print for two of them (kinds.CATEGORY_ALIASES): "人事任免" (机构人事) · "政务动态" (政务简讯)
# A documents column some issues add, named for its issuers' level: "省政府文件" · "县（市、区）文件" · "国务院文件"
OTHER_DOCUMENT_COLUMN = re.compile(rf"^(?:国务院|省|县|区)[{CJK}（）()、]{{0,6}}?文件$")
CATEGORY_NAMES = (r"市政府令|市政府文件|市府办文件|部门文件|部门规范性文件|政策解读|机构人事|人事任免|政务简讯|政务动态"
                  rf"|政府记事|发文目录|统计资料|{OTHER_DOCUMENT_COLUMN.pattern[1:-1]}")
CATEGORY_HEADING = re.compile(rf"^(?:#{{1,6}}\s*)?(?P<category>{CATEGORY_NAMES})\s*$")
# The end of a TOC entry: "…（温政办〔2020〕53号）……………（04）" or "…等简讯6则…（36）"
# It starts only where a run of leaders starts (the lookbehind), so a long run is scanned once,
# not once from each of its characters.
TOC_PAGE = re.compile(r"(?<![…\.·])[…\.·]+\s*[（(]\s*(?P<page>\d{1,3})\s*[）)]\s*$")
# A TOC entry's page reference as OCR reads it apart from its title, leaders lost or kept, the
# title's closing bracket read twice, a speck after it: "(02)" · ") ……(08)" · "(03)." · "…………"
TOC_PAGE_PIECE = re.compile(r"^[）)]?[\s…\.·]*(?:[（(]\s*(?P<page>\d{1,3})\s*[）)]{1,2}[\.·]?)?$")
# A TOC entry's page number after its leaders, in the round brackets OCR reads: "…(36)" · "……(21))"
TOC_PAGE_READ = re.compile(r"(?<=[…·])\s*\(\s*(?P<page>\d{1,3})\s*\){1,2}$")
# Dust read after a table's figure or percent sign: "302.14°" · "7258.82·." · "102.0 ." · "222.59**"
# (a line's "…95%。" keeps its full stop: print ends sentences so)
FIGURE_SPECKS = re.compile(r"(?:(?<=\d\.\d)|(?<=\d\.\d\d)|(?<=%)) ?[.·°•*]{1,2}$")
# The doc number closing a TOC title: "温州市人民政府关于…的通知（温政发〔2019〕5号）", or an order's number
# without a year: "内蒙古自治区村庄和集镇规划建设管理实施办法（内蒙古自治区人民政府令第82号）"
TOC_DOC_NUMBER = re.compile(
    r"[（(](?P<number>[^（）()]{2,14}[〔\[（(【][0-9]{4}[〕\]）)】]第?[0-9]{1,5}号?|[^（）()]{2,20}令第[0-9]{1,5}号)[）)]$"
)
# The news entry of the TOC: "市政府常务会议学习《民法典》等简讯6则"
TOC_NEWS_TITLE = re.compile(r"^(?P<first>.+?)等简讯\s*\d{1,2}\s*则$")
# Back matter starts: "《温州市人民政府公报》赠阅范围："
BACK_MATTER_START = re.compile(r"^《温州市人民政府公报》(?:赠阅范围|集中赠阅点)")
# Statistics producer line: "温州市统计局制"
STATISTICS_PRODUCER = re.compile(r"^(?P<producer>\S{2,20}局制)\s*$")
# The end of a title's issuer part: "温州市人民政府办公室" · "温州市公安局" · "温州市农业农村局" · "住房和城乡建设部城市建设司"
ISSUER_END = re.compile(r"(?:局|委|会|府|院|室|办|厅|部|司|处|所|中心|集团|公司|政府|委员会|管委会)$")

# ---------------------------------------------------------------------------------------------
# Documents (issues/parser/documents.py) — owner: documents work
# ---------------------------------------------------------------------------------------------
# Markdown heading marks and bullets left in a document by the Markdown-shaped extraction:
# "### 一、工作目标" · "# 温州市人民政府 关于…的通知" · "- （一）责令整改；"
DOCUMENT_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}\s*|-\s+)")
# HTML list debris inside table cells: '<ol style="list-style-type: none"> <li>1.瑞安牵头…</li>'
HTML_TAG = re.compile(r"</?(?:ol|ul|li|p|br|span|div)\b[^<>]{0,80}>")
# A line that is only a date (the date of a signature): "2020年6月24日"
DATE_LINE = re.compile(r"^(?P<year>(?:19|20)\d{2})\s?年\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日$")
# A signer line above the date: "温州市人民政府办公室" · "温州市公安局" · "市长 姚高员" (no punctuation, short)
SIGNER_LINE = re.compile(rf"^[{CJK}（）()·]{{2,30}}(?:\s[{CJK}]{{2,4}})?$")
# The number line of an order below its title: "温州市人民政府令 第7号"
ORDER_NUMBER_LINE = re.compile(rf"^(?P<issuer>[{CJK}]{{2,20}}?)令\s?第\s?(?P<serial>{DIGIT}{{1,5}})\s?号$")
# An order's number printed on two lines, the issuer's 令 above its serial:
# "内蒙古自治区人民政府令" + "第82号" (joined, it is an ORDER_NUMBER_LINE)
ORDER_ISSUER_LINE = re.compile(rf"^[{CJK}]{{2,20}}令$")
ORDER_SERIAL_LINE = re.compile(rf"^第\s?{DIGIT}{{1,5}}\s?号$")
# An order's serial as a notice of appointments prints it below its 令 line, in brackets or Chinese numerals:
# "（第四十号）" · "第40号" · "(第 12 号)"
ORDER_SERIAL_PRINTED = re.compile(rf"^{OPEN_BRACKET}?第\s?(?:{DIGIT}{{1,5}}|[〇一二三四五六七八九十百]{{1,6}})\s?号{CLOSE_BRACKET}?$")
# Addressees end with a colon and are a list of bodies, not a sentence:
# "各县（市、区）人民政府，市政府直属各单位：" (a 通告 opening "根据…通告如下：" is not)
ADDRESSEES_LINE = re.compile(r"^(?P<addressees>[^。；;：:《》]{2,100})[：:]$")
ADDRESSEES_NOT = re.compile(r"如下|根据|按照|为了|^为|^经|^现|^对|^在")
# A doc number cited in running text: "（温政办〔2021〕2号）" · "国办公开办函〔2019〕61号" · "温食药监市〔2005〕31号"
CITED_DOC_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}})\s?{OPEN_BRACKET}\s?(?P<year>(?:19|20)\d{{2}})\s?{CLOSE_BRACKET}\s?第?\s?(?P<serial>{DIGIT}{{1,5}})\s?号"
)
# An order cited without a year: "（市人民政府令第143号）" · "《企业财务通则》第（财政部令第41号）"
# · "根据《温州市人民政府令》(第147号)" · "市人民政府令（第7号）" (the number bracketed after the order's name)
CITED_ORDER_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}}令)(?:》?\s?[（(](?=第))?第(?P<serial>{DIGIT}{{1,5}})号"
)
# An announcement cited by year and serial: "…的公告》（财政部公告2019年第76号）"
CITED_ANNOUNCEMENT_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}}公告)\s?(?P<year>(?:19|20)\d{{2}})\s?年\s?第\s?(?P<serial>{DIGIT}{{1,5}})\s?号"
)
# Running text glued to a cited number is cut after the last function word before it:
# "具备浙政办发〔2015〕133号" -> "浙政办发…", "应按照市人民政府令第7号" -> "市人民政府令…", "印发温政办…" -> "发温政办…"
DOC_PREFIX_STOP = "的和与及按照据在对为经由是根见备应于即或印转下"
# then from the first character that can begin an issuer abbreviation (温政办, 浙政发, 国办发, 民发, 财政部令):
# "印发温政办〔2019〕3号" -> "温政办…"; a prefix without one ("发改投资") is kept whole
DOC_PREFIX_START = "温浙国中民财省市洞鹿瓯龙乐瑞永平苍文泰杭宁人教公农商建交水卫"
# The longest issuer abbreviation kept whole: "温州市人民政府令"
DOC_PREFIX_MAX = 9
# Entry into force: "自2020年7月1日起施行" · "自2020年12月15日开始施行" · "自印发之日起实施" · "自发布之日起生效"
EFFECTIVE_FROM = re.compile(
    r"自(?:(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日|(?P<event>[^，。；\d]{1,8}之日))"
    r"(?:起|开始)(?:施行|实施|执行|生效)"
)
# End of validity: "至2025年6月30日止" · "有效期至2030年12月1日止"
EFFECTIVE_UNTIL = re.compile(r"至(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日止?")
VALID_UNTIL = re.compile(r"有效期至(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
# Validity in years: "有效期10年" · "有效期五年"
VALID_YEARS = re.compile(r"有效期(?:为)?(?P<years>\d{1,2}|[一二三四五六七八九十]{1,2})年")
# A repeal: "（温政发〔2012〕67号）同时废止" · "…等文件同时废止" · "予以废止"
REPEAL = re.compile(r"(?:同时|予以|一并|决定)?废止")
# A list of attachments: "附件：温州市第六批…名单" · "附件:1.断面重点控制范围划分情况"
ATTACHMENT_LIST = re.compile(r"^附\s?件\s?[：:]\s?(?P<rest>\S.*)$")
# A numbered item of an attachment list: "2.重点片区、流域治理清单"
ATTACHMENT_ITEM = re.compile(rf"^{DIGIT}{{1,2}}\s?[.．、]\s?(?P<title>\S.*)$")
# The heading of one attachment, alone on its line: "附件" · "附件1" · "附件 4"
ATTACHMENT_HEADING = re.compile(rf"^附\s?件\s?{DIGIT}{{0,2}}$")
# A labelled list item, one per line: "鹿城区：滨江街道、南汇街道、丰门街道" · "组 长：姚高员" (not "答：…")
LABELLED_ITEM = re.compile(r"^(?![问答][：:])[^，、。：:；]{1,12}[：:]\S")

# ---------------------------------------------------------------------------------------------
# Policy interpretations (issues/parser/interpretations.py)
# ---------------------------------------------------------------------------------------------
# The unit that wrote an interpretation, last line: "解读单位：温州市自然资源和规划局"
INTERPRETATION_UNIT = re.compile(r"^解读单位\s?[:：]\s?(?P<unit>\S.{0,40})$")
# The explained document named in an interpretation's title: "《温州市医疗救助办法》政策解读"
INTERPRETED_TITLE = re.compile(r"《(?P<title>[^《》]{2,80})》")

# ---------------------------------------------------------------------------------------------
# Raw two-column extraction layout (issues/parser/layout.py) — the 2020-09 shape and PDFs
# ---------------------------------------------------------------------------------------------
# Running header of odd pages, alone on its line: "2020年第9 期文件发布"
RAW_ISSUE_HEADER = re.compile(rf"^\s*(?:19|20)\d{{2}}\s*年\s*第\s*\d{{1,2}}\s*期\s*[{CJK}]{{2,8}}\s*$")
# A signature or date printed flush right: "                                   温州市人民政府"
RIGHT_ALIGNED = re.compile(r"^[ \u3000]{10,}\S")
# The issuer line of a title block: "温州市人民政府" · "温州市人民政府办公室" · "温州市公安局 温州市农业农村局"
ISSUER_LINE = re.compile(
    rf"^[{CJK}]{{2,20}}?(?:人民政府办公室|人民政府|办公室|委员会|管委会|局|委|厅)"
    rf"(?:\s{{1,4}}[{CJK}]{{2,20}}?(?:人民政府办公室|人民政府|办公室|委员会|管委会|局|委|厅))?$"
)
# A government office's doc-number prefix, its column 市府办文件 when no heading is printed over it:
# "温政办" · "金政办发" · "温政办函"
OFFICE_DOC_PREFIX = re.compile(rf"^[{CJK}]{{1,3}}政办[{CJK}]{{0,2}}$")
# An issuer that is a government's office, at the head of a title: "金华市人民政府办公室关于…" ·
# "中共某市委办公室 某市人民政府办公室印发…" (joint)
OFFICE_ISSUER = re.compile(rf"^[{CJK}\s]{{0,30}}?人民政府办公[室厅]")
# The first title line of a title block: "关于打造千万级常住人口城市的若干意见"
TITLE_START = re.compile(r"^关于\S")
# The first title line under an issuer's line, a title that is a 印发/转发/批转 notice without 关于:
# "印发《关于全面推进政务公开工作的实施意见》的通知" (under "中共岳阳市委办公室 岳阳市人民政府办公室")
TITLE_START_UNDER_ISSUER = re.compile(r"^(?:关于|印发|转发|批转)\S")
# The whole title of a rule printed on its own, with neither number nor issuer line:
# "禄丰市人民政府常务会议议事规则" · "湖南省实施《中华人民共和国消防法》办法" · "某某市城乡医疗救助暂行办法（试行）"
RULE_TITLE = re.compile(rf"^[{CJK}0-9《》〈〉（）()、]{{4,40}}(?:规定|办法|规则|细则|条例)(?:[（(]试行[）)])?$")
# The first line of a rule's text: its first chapter or first article ("第一章 总 则" · "第一条 为推进…")
RULE_OPENING = re.compile(r"^第[一1]\s?[章条]")
# A rule's passage line between its title and its text, whole ("（2001年4月29日包头市第十一届人民代表大会第四次会议
# 通过　2001年6月3日内蒙古自治区第九届人民代表大会常务委员会第二十三次会议批准）"), and its first column line
RULE_PASSAGE = re.compile(r"^[（(]\s?(?:19|20)\d{2}\s?年[^（）()]{4,200}(?:通过|批准|公布)[^（）()]{0,40}[）)]$")
RULE_PASSAGE_START = re.compile(r"^[（(]\s?(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月")
# The last title line of a title block: "实施意见" · "文件清理结果的决定" · "发展实施方案的通知"
TITLE_END = re.compile(
    r"(?:通知|意见|决定|办法|方案|规定|通告|公告|批复|命令|细则|规则|要点|计划|报告|纲要|函)(?:[（(]试行[）)])?$"
)
# The enclosed document named by a cover notice: "关于印发温州市突发事件应急预案管理办法的通知"
ENCLOSED_TITLE = re.compile(r"^关于(?:印发|转发)(?P<enclosed>\S{2,80}?)的通知$")
# An addressee line, the first line of a document: "各县（市、区）人民政府，市政府直属各单位："
ADDRESSEE_LINE = re.compile(r"^各\S{1,40}(?:人民政府|单位|部门|机构|委员会|管委会)[：:]$")
# A title line that names its own issuer, as other gazettes and unnumbered notices print it:
# "清远市人民政府关于印发《清远市人民政府工作规则》的通知" ·
# "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"
ISSUER_TITLE_LINE = re.compile(
    rf"^[{CJK}]{{2,30}}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管委会|局|委|厅)"
    rf"(?:关于|批转|转发|印发)\S{{4,120}}$"
)
# The addressees opening a line, in a raw extraction maybe run on into the body:
# "各县（市、区）人民政府，市政府各部门、各直属机构：新修订的《清远市人民政府工作规则》已经…"
ADDRESSEES_START = re.compile(r"^[^。；;：:《》“”]{2,60}?[：:]")
# A title with no doc number that needs no addressees to be a document's head: "…的通告" · "…的公告"
UNADDRESSED_TITLE_END = re.compile(r"(?:通告|公告)$")
# A title without number that heads a personnel decision, read with the appointments, not as a document:
# "关于接受张三辞去温州市人民政府副市长职务的决定" · "关于李四同志任职的通知"
PERSONNEL_TITLE = re.compile(r"^\S{0,40}(?:任免|任职|免职|辞去|辞职|任命)\S{0,40}$")
# A policy interpretation's title, whole or its two printed halves:
# "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读" · "《关于鼓励社会力量投资建设与运营" + "体育场所的意见》政策解读"
INTERPRETATION_TITLE = re.compile(r"^《[^》]{2,80}》\s?政策解读$")
INTERPRETATION_TITLE_HEAD = re.compile(r"^《[^》]{2,40}$")
INTERPRETATION_TITLE_TAIL = re.compile(r"^[^《]{1,40}》\s?政策解读$")
# A column line that starts a new unit and is never glued to the line before it:
# "一、工作目标" · "（一）房票。" · "1.科学编制" (but not "2.4万元") · "（1）完整性" · "第一条 为规范" · "△ 市长" · "附件：" · "1日"
COLUMN_UNIT_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、](?![0-9])"
    r"|[（(][0-9]{1,2}[）)]|第[一二三四五六七八九十百零〇0-9]{1,5}[章节条]|△|附件|[0-9]{1,2}日$)"
)
# A column line that ends a sentence: "…现提出如下若干意见。" · "…市各有关单位：" · "…职务;" · "…重要窗口”。"
SENTENCE_END = re.compile(r"[。！？；：!?;:…][”’」』]?$")
# Punctuation that a title block's line never holds (it ends or joins sentences): "…适用本规则。" · "…各部门："
SENTENCE_PUNCTUATION = re.compile(r"[。；：;:！？!?]")
# One space between two Chinese characters, a full-width space as extracted: "第三条 市政府各部门" (columns.width)
SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")
# Letter-spaced justification: "（ 十 六 ） 其 他 安 置 房" · "9 月 7 日 ， 长 三 角"
LETTER_SPACED_RUN = re.compile(r"(?:\S[ \u3000]){5,}\S")
# A wide gap inside a line: "招才                   （陈翔/摄）"
WIDE_GAP = re.compile(r"[ \u3000]{4,}")
# A row of the month's issued list: "温政发〔2020〕23号　　温州市人民政府关于公布…的"
ISSUED_ROW = re.compile(rf"^(?P<number>[{CJK}]{{1,12}}?〔\d{{4}}〕\d{{1,5}}号)[ \u3000]+(?P<title>\S.*)$")
# A row of the statistics table, cells separated by spaces:
# "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2" · "　　#住户存款 亿元 —— —— 8447.98 12.0"
STATISTICS_VALUE = r"(?:-?(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})(?:\.\d{1,4})?[%％]?|[—－-]{1,2}|[/／])"
STATISTICS_ROW = re.compile(
    rf"^[ \u3000]*(?P<indicator>[#＃]?[^\s#＃]{{2,40}})[ \u3000]+(?P<unit>[^\s0-9.—－-]{{1,6}})"
    rf"[ \u3000]+(?P<month>{STATISTICS_VALUE})[ \u3000]+(?P<month_yoy>{STATISTICS_VALUE})"
    rf"[ \u3000]+(?P<cumulative>{STATISTICS_VALUE})[ \u3000]+(?P<cumulative_yoy>{STATISTICS_VALUE})[ \u3000]*$"
)
# A first paragraph dated by its day alone, the month the issue's: "25日，市长周必松主持召开…" · "3日上午，…" ·
# a range, dated by its first day: "14日至16日，…" · "14—16日，…"
NEWS_DAY_LEAD = re.compile(r"^(?P<day>\d{1,2})\s?(?:日\s?)?(?:[—–\-~～至到]\s?\d{1,2}\s?)?日(?:上午|下午|晚上|晚)?[，,]")
# A paragraph that opens with the date of a brief's event and a comma, as a brief's first paragraph does:
# "11月20日，市长率队…" · "11月20日上午，…" (not "11月20日前完成…", a deadline inside running text)
NEWS_DATED_LEAD = re.compile(r"^\d{1,2}\s?月\s?\d{1,2}\s?日(?:上午|下午|晚上|晚)?[，,]")
# A title's second line that is a subtitle, opening with a dash: "——研究部署“双节”期间重点工作等"
SUBTITLE_LINE = re.compile(r"^(?:——|—|－－)\S")
# The first line of a news brief, its date: "9月11日，省委常委、市委书记陈伟俊主持" · "9月24日至25日，…"
NEWS_DATE_START = re.compile(r"^\d{1,2}月\d{1,2}日")

# ---------------------------------------------------------------------------------------------
# Tidying the lines of a section (issues/parser/section_lines.py) — shared by the record parsers
# ---------------------------------------------------------------------------------------------
# Markdown marks left on a line: "## 5月份市政府记事" · "- 温政发〔2021〕8号 …" · "# 政 务 简 讯"
SECTION_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}|-)\s+")
# A column label printed alone on a line, letters possibly spaced: "政 务 简 讯" · "机构人事" · "# 政务简讯" · "人 事 任 免" ·
# "大 事 记" (the chronicle's running header over its pages)
COLUMN_LABEL = re.compile(
    r"^#{0,6}\s*(?:机\s?构\s?人\s?事|人\s?事\s?任\s?免|政\s?务\s?简\s?讯|政\s?务\s?动\s?态|政\s?府\s?记\s?事|发\s?文\s?目\s?录|统\s?计\s?资\s?料"
    r"|[大要]\s?事\s?记)\s*$"
)
# A heading printed letter-spaced, three characters or more: "专 题 报 道" · "# 人 事 任 免" (a column no
# kind knows unless KNOWN_HEADING matches it without its spaces)
SPACED_HEADING = re.compile(r"^#{0,6}\s*[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){2,9}\s*$")
# What a letter-spaced line that is no unknown column says, its spaces dropped: a category ("政务简讯"),
# a chronicle's other names MONTH_HEADING knows ("大事记", also a running header over its pages), the
# gazette's name (a running header), a statistics table's heading row ("指标单位当月累计")
KNOWN_HEADING = re.compile(rf"^(?:{CATEGORY_NAMES}|大事记|要事记|温州市人民政府公报|(?:指标|单位|当月|累计|同比|[±%％])+)$")
# A page number printed bare on its line, as raw extractions and some exports leave it between the lines of an entry
# or a brief: "37" (a record's text is never a number alone)
BARE_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
# A Markdown horizontal rule: "---"
HORIZONTAL_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# A space left in a title where a printed line broke, anywhere but between two Latin letters or digits:
# "全市数字经济发展推进会暨 政府数字化转型工作部署会召开" · "我市举行 2021年…" (but "Daka China" keeps its space)
LINE_BREAK_SPACE = re.compile(r"[ \t\u3000\xa0]+")
# The two sides of a space that is kept: "Daka China"
LATIN_WORD_CHAR = re.compile(r"[A-Za-z0-9]")

# ---------------------------------------------------------------------------------------------
# Appointments (issues/parser/appointments.py)
# ---------------------------------------------------------------------------------------------
# A person's name, as a piece of the patterns below: "倪士章" · "王造" · with a middle dot, as names of several
# peoples are printed: "阿不都·热合曼" · "买买提・艾力" (not compiled on its own)
_NAME = r"(?:[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}|[\u4e00-\u9fff]{2,5})"
# Names joined by 、, checked one by one afterwards: "戴源涌、林志海" · "阿不都·热合曼" (not compiled on its own)
_NAMES = r"(?P<persons>[\u4e00-\u9fff·•・‧、]{2,40}?)"
# A day opening an item or a heading, dropped: "同日，" · "同日" · "是日，" · "3月5日，" · "5日，" (the decision's date is no field)
_APPOINTMENT_DAY = r"(?:(?:同|是|当)\s?日|(?:\d{1,2}月)?\d{1,2}日)[，,、]?"
# The day opening an entry, dropped: "同日，张三任…" · "是日，任命…"
APPOINTMENT_DAY_PREFIX = re.compile(rf"^{_APPOINTMENT_DAY}")
# The title of a list of decisions, printed above it, with or without a colon: "国务院任免国家工作人员" ·
# "省政府任免工作人员：" · "市人民政府任免工作人员"
APPOINTMENT_LIST_TITLE = re.compile(r"^(?P<decider>[\u4e00-\u9fff]{2,20}?任免[\u4e00-\u9fff]{0,8}人员)\s?[:：]?$")
# What a dismissal may add after its post, which is no post: "免去其…职务，另有任用" · "另有安排" · a resignation's
# "…市长的职务，报泉州市十六届人民代表大会第三次会议备案" · "…的请求，并报…备案"
NO_POST = re.compile(r"^(?:另(?:有|行)(?:任用|安排|任职)|并?报[\u4e00-\u9fff]{2,40}备案)$")
# Who decided, closing with a colon: "市人民政府决定：" · "市政府第12次常务会议决定：" · "经市政府研究，决定：" ·
# a list's heading by its action: "任职：" · "免职：" · "市政府决定免去：" · "免去：" (a list of dismissals) · "任命：" ·
# "经市政府研究决定：" · "同日，市人民政府决定：" (the day before it dropped) · "决定接受：" (a list of resignations accepted)
APPOINTMENT_DECIDER = re.compile(
    rf"^(?:{_APPOINTMENT_DAY})?(?P<decider>[\u4e00-\u9fff\d]{{0,30}}?(?:[，,]?决定)?(?P<verb>免去|任命|任免|聘任|接受|任职|免职)?)\s?[:：]$"
)
# A decision cited with its date, closing with a colon (an order of the head of state or government):
# "根据中华人民共和国第十一届全国人民代表大会常务委员会第十八次会议于2010年12月25日的决定："
APPOINTMENT_DECISION_CITED = re.compile(
    r"^根据(?P<decider>[\u4e00-\u9fff0-9]{2,60}?)(?:于\s?\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)?的决定\s?[:：](?P<rest>.*)$"
)
# One person appointed, several joined by 、: "戴源涌、林志海任温州市住房公积金管理中心副主任（试用期一年）"
# · "陈阿朋兼任温州市人民政府驻北京联络处副主任" · "黄海波挂职任…副局长" (names are checked one by one afterwards)
APPOINT_CLAUSE = re.compile(rf"^{_NAMES}(?P<verb>兼任|挂职任|任)(?P<posts>.+)$")
# Someone standing in for a post, named after the post they hold: "泉州市人民政府副市长王永礼代理泉州市人民政府市长职务"
# · "王永礼代理市长职务" (the name is found at the end of `before` by the parser)
ACTING = re.compile(r"^(?P<before>[\u4e00-\u9fff（）()·、]{2,60}?)代理(?P<posts>[\u4e00-\u9fff（）()、]{2,60}?)的?职务$")
# A person of a "任命：" list, and the post after 为: "陈晓东为温州市交通运输局副局长" · "王芳、李强为…副局长"
APPOINT_LISTED = re.compile(rf"^{_NAMES}为(?P<posts>.+)$")
# One dismissal of a "免去：" list: "张力男的温州市生态环境局副局长职务"
DISMISS_ENTRY = re.compile(rf"^(?P<person>{_NAME})的(?P<posts>.+)$")
# Who decides, printed right before the verb without 决定: "会议接受宗国英辞去…" · "会议任命张勇为…" ·
# "国务院免去曲云海的…职务" · "国务院任免国家工作人员，任命华春莹为…" (a list's title before its first item)
_DECIDING_BODY = r"(?:[\u4e00-\u9fff]{2,20}?任免[\u4e00-\u9fff]{0,8}人员[，,：:]|会议还?|国务院|[省市县区]政府|[省市县区]人民政府)"
# A deciding body printed alone before its verb, which names who decided: "国务院" · "市人民政府"
DECIDING_BODY_ALONE = re.compile(r"^(?:国务院|[省市县区](?:人民)?政府)$")
# A decision's opening before its verb, dropped: "决定免去卢炳椿…" · "会议决定任命…" · "市人民政府决定：任命…" ·
# "同日，任命…" · "经市政府研究，决定任命…" · "批准任命…" · with its date: "…常务委员会第二十六次会议4月1日决定，接受…"
DECISION_PREFIX = re.compile(
    rf"^(?:{_APPOINTMENT_DAY})?(?:[\u4e00-\u9fff\d]{{0,40}}?(?:研究)?[，,]?决定[：:，,]?|批准|{_DECIDING_BODY})?(?=任命|免去|聘任|接受)"
)
# The day a decider prints inside its name, dropped from decided_by: "…第二十八次会议8月5日决定" -> "…第二十八次会议决定"
DECIDER_DATE = re.compile(r"\d{1,2}月\d{1,2}日")
# The legal basis a 人大常委会 decision opens with, dropped before who decided: "根据《中华人民共和国地方各级人民代表大会
# 和地方各级人民政府组织法》第二十七条规定，经区七届人大常委会第三十六次会议审议通过，决定接受…"
APPOINTMENT_BASIS = re.compile(r"^根据《[^《》]{2,60}》[^，,；;。]{0,20}规定[，,]")
# Verbs other lists print for the same two actions, read as 任命 and 免去 where a statement starts: "聘任王一为…参事"
# · "续聘王一、李二为…参事" · "解聘李二的…参事职务" · "撤销王一的…职务"
APPOINT_SYNONYM = re.compile(r"(?:^|(?<=[，,；;：:]))(?:续聘|聘任)(?=[\u4e00-\u9fff·•・‧、]{2,40}?为)")
DISMISS_SYNONYM = re.compile(r"(?:^|(?<=[，,；;：:]))(?:解聘|撤销)(?=[\u4e00-\u9fff·•・‧]{2,12}?的)")
# An appointment naming its people after 任命: "任命王永礼为泉州市人民政府副市长、代理市长" · "任命郭芳、张小宏为上海市副市长"
# · "聘任李明为温州市人民政府参事"
APPOINT_NAMED = re.compile(rf"^(?:任命|聘任){_NAMES}为(?P<posts>.+)$")
# A resignation accepted, its post ending: "接受李华辞去温州市卫生健康委员会主任职务的请求" · "接受张三辞去…职务"
# · with its reason: "接受陈明因工作变动辞去…市长职务的请求" · several people: "接受徐世群、欧泽高辞去省政府副省长职务的请求"
RESIGNATION = re.compile(
    rf"^接受{_NAMES}(?:同志)?(?:因[\u4e00-\u9fff]{{2,8}}?)?辞去(?P<posts>.+?)(?:的请求|的辞职请求)?"
    r"(?:[，,]并?报[\u4e00-\u9fff]{2,40}备案)?$"
)
# One more resignation after a comma, 接受 shared with the one before: "…的请求，李永寿辞去省人大常委会副主任职务的请求"
RESIGNATION_LISTED = re.compile(rf"^{_NAMES}(?:因[\u4e00-\u9fff]{{2,8}}?)?辞去.+$")
# A decision printed before its items on the same line, after a colon: "市人大常委会第二十八次会议决定：任命…" ·
# "市十一届人大常委会第三十九次会议决定任命：朱明为市政府副市长" (the list's verb before the colon) · after a comma:
# "会议决定，李峻任崇明区副区长、代理区长。"
APPOINTMENT_INLINE_DECIDER = re.compile(
    r"^(?P<decider>[\u4e00-\u9fff\d]{2,30}?决定(?P<verb>免去|任命|任免|聘任)?)[:：，,](?P<rest>\S.*)$"
)
# 同志 after a name, dropped: "张文杰同志任温州市副市长" · "接受李华同志辞去…"
COMRADE = re.compile(r"同志(?=[、，,]|兼任|挂职任|任|为|的|辞去|因)")
# Where a statement about other people starts inside an entry, after a comma: "…副市长，免去张为的…职务"
# · "…，任命李四为…" (not "免去其…", which speaks of the same person) · "…，提名李二为…人选" (a statement no row reads:
# quoted in a loss, never a post of the person before)
NAMED_STATEMENT = re.compile(r"^(?:任命|免去|聘任|接受|提名)(?!其)")
# The start of a post glued to the name before it ("免去卢炳椿泉州市人民政府副市长…的职务"): a place of two
# or more characters without a level inside, and its level ("泉州市" · "浙江省" · "鹿城区"): not "张为上" + "海市…",
# not a bare level ("市公安局…", which would read "免去温州市公安局…" as a person "温州"); 州 is no level
# here, as it ends place names ("泉州市")
POST_START = re.compile(r"^[^省市县区旗\W\d]{2,6}?[省市县区旗]")
# A dismissal inside an appointment: "免去其温州市公安局交通管理局局长职务" (also "免去<name>的…职务")
DISMISS_CLAUSE = re.compile(rf"^免去(?:其|(?P<person>{_NAME})的)?(?P<posts>.+)$")
# 兼 between two posts of one clause, after the first post's title: "…副秘书长兼办公室主任" · "…局长兼党组书记"
POST_JOINED_BY_JIAN = re.compile(rf"(?<=长|任|记|员|理|事|师)兼(?!任|职)(?=[\u4e00-\u9fff])")
# A concurrent post after a comma: "兼任温州市人民政府驻北京联络处副主任" (as in "陈阿朋兼任…")
CONCURRENT_CLAUSE = re.compile(r"^兼任?(?P<posts>.+)$")
# A two-character name padded to the width of three, as lists print them ("冯　镭", "李　震": 临政办函〔2013〕89号), where a
# name stands (after the start, a pause mark or a verb; before 任, 为, 的, 、 or a bracket): "王　一任…" · "免去李  二的…"
PADDED_NAME = re.compile(
    r"(?P<before>^|[、，,：:；;]|任命|免去|聘任|接受)(?P<first>[\u4e00-\u9fff])[ \t\u3000]{1,3}(?P<last>[\u4e00-\u9fff])"
    r"(?=任|为|的|、|[（(]|同志|辞去|兼任|挂职)"
)
# A person's name: "倪士章" · "戴源涌" · "王造" · "阿不都·热合曼"; never a verb or body glued to a name ("提名王一",
# "解聘李二", "会议" of "会议任命张勇为…"), which would be a record of no one
PERSON_NAME = re.compile(rf"^(?!任命|聘任|续聘|解聘|免去|撤销|提名|接受|批准|同意|决定|会议|国务院|[省市县区](?:人民)?政府){_NAME}$")
# The marks printed after a name, dropped (the record has no such field): a woman "林小敏（女）" · "王芳(女)", a people
# "王一（回族）" · both "王一（女，回族）" · "王一（满族，女）"
WOMAN_MARK = re.compile(r"[（(](?:女|[\u4e00-\u9fff]{1,4}族)(?:[，,、](?:女|[\u4e00-\u9fff]{1,4}族))?[）)]")
# A paragraph that is an appointment statement, not running text that mentions one (checks.py: a 人事任免 section
# merged into a document): "任命甲为A；" · "免去乙的B职务。" · "市人大常委会第二十八次会议决定：任命…" · "接受丙辞去…"
APPOINTMENT_STATEMENT = re.compile(r"^(?:[\u4e00-\u9fff]{0,30}?决定[：:]?)?(?:任命|免去|接受)")
# The lines of a notice that prints one decision under its own title block (title, number, addressees,
# signature), which hold no appointment: "温州市人民政府关于陈晓东等同志职务任免的通知" · "关于…任职的通知" ·
# "…常务委员会关于接受王立彤辞去温州市鹿城区人民政府区长职务的决定"
APPOINTMENT_NOTICE_TITLE = re.compile(r"^[\u4e00-\u9fff（）()]{0,30}关于\S{1,60}(?:任免|任职|免职|职务)\S{0,4}的(?:通知|决定)$")
# The line under a 人大常委会 decision's title saying when it was adopted: "（2011年7月18日温州市鹿城区第七届人大常委会第三十六次
# 会议通过）"
ADOPTION_LINE = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日[\u4e00-\u9fff\d]{4,60}通过[）)]$")
# A bracket closing a post: "…总工程师（试用期一年）" · "…副主任（兼）" · "…主任（副县级级）"
TRAILING_BRACKET = re.compile(r"[（(](?P<text>[^（）()]{1,16})[）)]$")
# What such a bracket says when it qualifies the post rather than names a body: "试用期一年" · "保留正县长级" ·
# "挂职" · "兼" · "副县级级" · "正县长级" · "聘期三年" · "终止试用期" (after 职务: "免去…副主任职务（终止试用期）") ·
# "代理" (the verb of "…副市长王永礼代理泉州市人民政府市长职务")
QUALIFIER_TEXT = re.compile(r"^(?:终止试用期|试用期.{1,6}|聘期.{1,6}|任期.{1,6}|保留.{1,10}|挂职.{0,8}|兼职?|[正副]\S{1,4}级|主持工作|代理)$")
# A title a post ends in: "总经理" · "常务副局长" · "总工程师" · "副市长" · "代理市长" · "副检察长" · "常委" · "委员" ·
# "参事" ("聘任王一为温州市人民政府参事")
# (not compiled on its own)
_POST_TITLE_WORDS = (
    r"(?:常务|专职|执行|第一|代理|代)?副?(?:总经理|董事长|监事长|总经济师|总会计师|总工程师|总师|局长|主任|院长|所长|馆长"
    r"|[省市州县区镇乡]长"
    r"|站长|处长|科长|会长|秘书长|行长|校长|书记|经理|调研员|巡视员|党组成员|董事|监事"
    r"|检察长|庭长|审判员|检察员|常委|委员|部长|厅长|司长|主席|[部市局]长助理|参事|理事长|顾问|审计长|总监)"
)
# The title closing a post, to lend its body to a bare title that follows:
# "温州市瓯飞开发建设投资集团有限公司董事长" + "、总经理" -> "…集团有限公司总经理"
POST_TITLE = re.compile(rf"{_POST_TITLE_WORDS}$")
# A post that is only a title: "总经理" · "副局长" · "常务副主任"
BARE_POST_TITLE = re.compile(rf"^{_POST_TITLE_WORDS}$")

# ---------------------------------------------------------------------------------------------
# News briefs (issues/parser/news.py)
# ---------------------------------------------------------------------------------------------
# The date of the event in a brief's first sentence: "4月2日，…" · "11月26日至29日，…" · "…保障水平，11月25日，…" ·
# a range with 日 after its last day only: "11月14—16日，…" (the first day)
NEWS_DATE = re.compile(r"(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?(?:日|(?=[—–\-~～至到]\s?\d{1,2}\s?日))")
# A word for some recent day in a brief's first sentence, after an opening clause: "本报讯 (记者 胡越)应市政府邀请，昨日，
# 以日本须贺川市市长…为团长的友好都市访问团来洛参观访问。" · "…郭金龙市长率北京市政府代表团一行于昨天启程…" · "本报讯 昨晚，…"
NEWS_RECENT_DAY = re.compile(r"近日|日前|昨天|昨日|昨晚|前不久|连日来")
# A quotation a brief opens with, before the sentence that dates it: "“要把群众满意作为第一标准。”11月14日，市长…"
NEWS_QUOTE_LEAD = re.compile(r"^“[^“”]{1,200}”")
# A first paragraph that dates its event only loosely (any newspaper's dateline before it: "本报讯" · "温州网讯" ·
# "亳州新闻网讯" · "梧州零距离网-梧州日报讯"): "近日，市政府召开…" · "日前，我市印发…" · after a newspaper's
# dateline: "本报讯（记者 胡越）昨天下午，市政府召开…" · a month alone or a part of it: "4月，" · "4月上旬，" · "3月以来，"
NEWS_UNDATED_LEAD = re.compile(
    r"^(?:[\u4e00-\u9fff\-－—]{0,16}讯|新华社[\u4e00-\u9fff]{0,6}电)?\s?(?:[（(][^（）()]{1,30}[）)])?\s?"
    r"(?:近日|日前|连日来|近期|今年以来|本月|昨天|昨日|昨晚|今天|前不久|月初|月中|月底|上旬|中旬|下旬"
    r"|\d{1,2}月(?:上旬|中旬|下旬|初|中|底|末|份|以来)?)"
    r"(?:上午|下午|晚上|晚)?[，,]"
)
# Punctuation closing a paragraph (a title never ends in one): "…落到实处。" · "…有回音。”"
# (a closing quote alone does not: the title "市政府常务会议研究高校毕业生招引“510计划”")
PARAGRAPH_END = re.compile(r"[。！？；：…!?;:][”’」』]?$")
# The end of a statement, which a title never prints (it may print "！" or "："): "…研究了其他事项。" · "…；"
STATEMENT_END = re.compile(r"[。；;]$")
# Punctuation that only running text has (titles have none): "姚高员代表市四套班子，向全市广大劳动"
RUNNING_TEXT_MARK = re.compile(r"[，,。；;！？]")

# ---------------------------------------------------------------------------------------------
# Chronicle (issues/parser/chronicle.py)
# ---------------------------------------------------------------------------------------------
# A day line: "1日" · " 1日" (2020-09) · "15日"
CHRONICLE_DAY = re.compile(r"^\s*(?P<day>\d{1,2})\s?日\s*$")
# An item: "△ 市长姚高员赴永嘉调研。" · "△  市长姚高员参加全省领导干部会议。" · "▲副市长…" · "◆9月23日，我县…" · "● 市长…"
CHRONICLE_ITEM = re.compile(r"^\s*[△▲◆●■]\s*(?P<text>.*)$")
# A day opening its first entry (a day and its first item on one line, as some extractions give it:
# "1日 △ 市长姚高员赴瑞安、平阳外贸企业调研。"), or as other gazettes' 政府记事 / 大事记 print it: a separator after 日 (a comma,
# a space, △ or the line's end), so "13日回杭。" inside a text is no marker; a △ before the day, the month,
# or a range of days: "1日，我市召开…" · "1日,0时17分，…" · "5日 市长…" · "△1日，由全国政协…" ·
# "4月5日，市政府…" · "4月1日 我市开展…" · "7~8日" · "1—3日，…" (the first day dates it) · "3日下午，…" (the time
# of day stays in the text) · "同 日 我市召开…" · "是日 市长…" · "当日，…" (the day of the entry before: no day group)
# · "9月2日—3日：" (a range with 日 on both days) · "5日晚，…" · "5、6日 …" (two days: the first) · "5日（星期六）…"
# · with its year: "2008年1月4日，…"
_CHRONICLE_MARK = (r"(?:△\s*)?(?:(?:(?:(?P<year>(?:19|20)\d{2})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?)?(?P<day>\d{1,2})(?:\s?日?\s?[—–\-~～至、]\s?\d{1,2})?|同\s?|当|是)\s?日"
                   rf"(?:{_WEEKDAY}\s*[，,：:]?\s*|\s*[，,、：:]\s*|\s+|(?={_TIME_OF_DAY})|$)")
CHRONICLE_DAY_ENTRY = re.compile(rf"^\s*{_CHRONICLE_MARK}(?P<text>.*)$")
# A line that opens with a day no marker above reads ("【5日】…", "5日-…"): never an item of the day before unsaid
CHRONICLE_DAYLIKE_START = re.compile(r"^\s*(?:[【\[（(]\s*)?\d{1,2}\s?日")
# An entry under its month alone, which names no day: "6 月 曲靖市首个…项目在师宗县启动实施。" · "是月，…" · "本月 …" ·
# "6月下旬，…" (not "6月5日，…", a day marker) · or under a word for some recent day: "近日，为贯彻落实党中央相关《决定》
# 精神，…" · "日前，…" · "月底，…"
CHRONICLE_MONTH_ONLY = re.compile(
    r"^\s*(?:△\s*)?(?:\d{1,2}\s?月(?:份|上旬|中旬|下旬|初|底|间)?|是月|本月|当月|近日|日前|月初|月中|月底|月末|上旬|中旬|下旬)"
    r"(?:\s*[，,、：:]\s*|\s+)\S"
)
# A month printed alone over its days, as a chronicle of more than one month (a year's 大事记) heads them: "2月" · "2 月"
# · "二月" (read in digits) · "2008年2月"
CHRONICLE_MONTH_LINE = re.compile(rf"^\s*(?:(?:19|20)\d{{2}}\s?年\s?)?(?P<month>\d{{1,2}}|{_CN_MONTH})\s?月份?\s*$")
# Where a line holds the end of one entry and the start of the next: after the end of a sentence, a day
# marker (as above, or in Chinese numerals) or a △ — "…等出席。2日，张掖市…" · "…陪同会见。△副市长施炎…" · "…检查指导。十八日，…"
# · "…出席。5日晚，…" · "…出席。当日，…" (never "…考察。13日回杭。", a day inside the entry's text)
CHRONICLE_NEXT_ENTRY = re.compile(
    r"(?<=[。！？；])\s*(?=△|(?:(?:\d{1,2}\s?月\s?)?\d{1,2}(?:\s?日?\s?[—–\-~～至、]\s?\d{1,2})?|同\s?|当|是"
    rf"|(?:(?:{_CN_MONTH})\s?月\s?)?(?:{_CN_DAY})(?:{_CN_DAY_RANGE}(?:{_CN_DAY}))?)\s?日(?:\s*[，,、：:]|\s|{_WEEKDAY}|{_TIME_OF_DAY}[，,]))"
)

# ---------------------------------------------------------------------------------------------
# Issued list (issues/parser/issued.py)
# ---------------------------------------------------------------------------------------------
# A row: "- 温政发〔2019〕5号 温州市人民政府关于…" · "温政办〔2020〕73号　　温州市人民政府办公室关于印发…实施"
ISSUED_LIST_ROW = re.compile(
    rf"^(?P<number>[{CJK}]{{1,12}}?\s?{OPEN_BRACKET}\s?{DIGIT}{{4}}\s?{CLOSE_BRACKET}\s?第?\s?{DIGIT}{{1,5}}\s?号)"
    r"[\s\u3000\xa0]*(?P<title>.*)$"
)
# The list's heading: "4月份市政府、市政府办公室发文目录"
ISSUED_LIST_HEADING = re.compile(r"^\d{1,2}\s?月份.{0,20}发文目录$")

# ---------------------------------------------------------------------------------------------
# Statistics (issues/parser/statistics.py)
# ---------------------------------------------------------------------------------------------
# A cell value: "86.85" · "-2.0" · "12546.38" · "—" / "——" (empty) · as some tables print them: "12,546.38"
# (thousands separated) · "8.1%" (the unit repeated) · "－2.0" · "/" (no figure)
STATISTICS_CELL_VALUE = re.compile(
    r"^(?:[-－−]?(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})(?:\.\d{1,4})?[%％]?|[—–-]{1,2}|－{1,2}|[/／])$"
)
# A statistics table's title as 统计资料 pages print it besides the gazette's own "温州市2020年9月份国民经济主要统计指标":
# "2022年6月社会消费品零售总额" · "温州市2008年1-6月主要经济指标" · "2019年1—9月全市主要经济指标" · "二〇〇八年一季度主要经济指标"
STATISTICS_TABLE_TITLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}?[省市县区])?(?:(?:19|20)\d{2}|[一二][〇○零OＯ0一二三四五六七八九]{3})年"
    r"(?:\d{1,2}(?:[-—～~至]\d{1,2})?月份?|[一二三四]季度|上半年)?[\u4e00-\u9fff（）()、]{2,24}"
    r"(?:指标|总额|情况|统计|数据|总值|指数|[表])$"
)
# The producer of a statistics table printed without 制, or as its source: "市统计局" · "资料来源：温州市统计局" (in a
# statistics section only: a document's signature prints the same words)
STATISTICS_SOURCE = re.compile(r"^(?:(?:资料|数据)来源[:：]\s?)?(?P<producer>\S{0,16}?统计局(?:制|提供)?)$")
# A unit printed in brackets at the end of the indicator, in a table without a unit column:
# "社会消费品零售总额(亿元)" · "规模以上工业增加值（亿元）" · "居民消费价格指数(%)"
STATISTICS_INDICATOR_UNIT = re.compile(r"^(?P<indicator>.+?)\s?[（(](?P<unit>[^（）()]{1,10})[）)]$")
# The table's own heading row: "指标\t单位\t当月\t同比 ± %\t累计\t同比 ± %" · "    指标 单位 当月"
STATISTICS_HEADER_ROW = re.compile(r"^\s*指标\s")
# The marks of a 其中 sub-row: "#一般公共预算收入" · "　　#住户存款" · "  住户存款" · "＃食品烟酒类"
STATISTICS_SUB_ROW = re.compile(r"^(?:[ \t\u3000\xa0]+[#＃]?|[#＃])")

# ---------------------------------------------------------------------------------------------
# Back matter (issues/parser/backmatter.py)
# ---------------------------------------------------------------------------------------------
# A photographer's credit printed on a line of its own under a caption: "(苏巧将/摄)" · "（杨冰杰/摄）"
PHOTO_CREDIT = re.compile(r"^[（(][^（）()/]{1,10}/摄[）)]$")
# A sentence closed inside a line: a feature's running text, never a caption or a masthead line.
# "三、突出普惠共享,…客运一体化水平5A级比例达100%。同时,建立城乡公交服务质" (cut there by a page)
SENTENCE_CLOSED_INSIDE = re.compile(r"[。！？!?]\S")

# ---------------------------------------------------------------------------------------------
# Checks after parsing (issues/parser/checks.py)
# ---------------------------------------------------------------------------------------------
# How many briefs the TOC announces: "市政府常务会议学习《民法典》等简讯6则" · "…等简讯 5 则"
TOC_NEWS_COUNT = re.compile(r"等简讯\s?(?P<count>\d{1,2})\s?则$")
# Marks around a printed line that no record keeps: "## 政务简讯" · "- 温政发〔2019〕5号 …" · "△ 市长…" · "◆9月23日，…" · "**第11期**"
LINE_MARKS = re.compile(r"^(?:#{1,6}\s*|-\s+|[△▲◆●■]\s*)|\*\*")
# A day marker of the chronicle with its first item, or alone: "1日 △ 市长…" · "15日" · "1日，我市…" · "△1日，…" ·
# "5日晚，…" · "5、6日 …" (two days, the first) · "5日（星期六）…" ·
# in Chinese numerals: "十七日 省委…"
CHRONICLE_DAY_PREFIX = re.compile(rf"^\s*(?:{_CHRONICLE_MARK}|{_CN_CHRONICLE_MARK})")
# The words and punctuation that join people and posts in an appointment line, which no record keeps:
# "徐志宏任温州市公安局副局长，免去其温州市公安局交通管理局局长职务；" · "任命张三为…" · "免去：" · "（试用期一年）"
# · "黄海波挂职任…" · "接受李华辞去…职务的请求" · "林小敏（女）为…" · "同日，…" · "任命熊福春同志为…" · "…王永礼代理…"
APPOINTMENT_GLUE = re.compile(r"任命|兼任|挂职|代理|免去|辞去|接受|聘任|决定|职务|请求|批准|同日|是日|同志|[任其的为、，,；;。：:（）()女]")
# The statistics table's heading row, or a piece of it a raw extraction printed on its own line:
# "指标 单位 当月 同比 ±% 累计 同比 ±%" · "±%累计" · "同比"
STATISTICS_HEADER_WORDS = re.compile(r"^(?:指标|单位|当月|累计|同比|[±%％])+$")
# A separator line: "———" · "* * *" · "…………"
SEPARATOR_LINE = re.compile(r"^[\s\-—–_*=·•…~～]{3,}$")

# ---------------------------------------------------------------------------------------------
# Public site: the outline of a document body (issues/body.py)
# ---------------------------------------------------------------------------------------------
# The marker opening a structural line of a body, one named group per kind:
# "第一章 总 则" (chapter) · "第二节 …" (chapter) · "第六条 对符合…" (article) · "一、工作目标" (cn)
# · "（一）开展…" / "(二) 经费保障" (paren) · "19.加强监管力度。" / "3．全面提升…" (arabic)
BODY_OUTLINE_MARK = re.compile(
    r"^(?:(?P<chapter>第[一二三四五六七八九十百零〇]{1,4}[章节])"
    r"|(?P<article>第[一二三四五六七八九十百零〇]{1,5}条)"
    r"|(?P<cn>[一二三四五六七八九十]{1,3}、)"
    r"|(?P<paren>[（(]\s?[一二三四五六七八九十]{1,3}\s?[）)])"
    r"|(?P<arabic>[0-9０-９]{1,2}[.．、](?![0-9０-９])))"
)

# ---------------------------------------------------------------------------------------------
# PDF extraction (issues/pdf.py)
# ---------------------------------------------------------------------------------------------
# A glyph whose font maps it to no character, as pdfminer writes it: "(cid:1234)"
UNMAPPED_GLYPH = re.compile(r"\(cid:\d{1,6}\)")

# ---------------------------------------------------------------------------------------------
# Amendments (issues/parser/amendments.py)
# ---------------------------------------------------------------------------------------------
# A title that amends a rule it names: "温州市人民政府关于修改《温州市区经济适用住房管理办法》的决定"
# · "温州市市场监督管理局关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知" · "关于修改〈温州市…〉的决定"
AMENDING_TITLE = re.compile(r"关于(?:修改|修订|修正)(?P<named>[《〈<].{1,160}?)的(?:决定|通知|公告)$")
# A clause that amends what it names: "现将《…细则》（温市监〔2015〕52号）部分条款予以修订" · "决定对《…办法》作如下修改"
# · "《温州市…办法》第十条修改为" · "对市政府令第143号进行修订" · "对原《…办法》有关内容作了相应修订"
# · "在《甘肃省农村能源建设管理条例》第七条中增加一项" (not "新修订的《…》", not "修改完善", not "删除第三款")
AMENDING_CLAUSE = re.compile(
    r"(?:予以|进行|作出?|做出?)了?(?:如下|以下|相应)?(?:修改|修订|修正)|(?:修改|修订|修正)(?:如下|为)"
    r"|条(?:第[一二三四五六七八九十]{1,3}[款项])?[中后]?(?:增加|增写|删去|删除)"
)
# The rule a cover notice issues: "温州市人民政府办公室关于印发温州市市长质量奖评审管理办法（2020年修订）的通知"
# · a revised one: "温州市人民政府关于修订温州市市长质量奖评审管理办法的通知" · "…关于修订《…实施细则》部分条款的通知"
ENCLOSED_RULE = re.compile(r"关于(?P<verb>印发|转发|公布|修订)(?P<rule>.{2,160}?)(?:部分条款)?的通知$")
# A rule's revision printed after its name: "温州市市长质量奖评审管理办法（2020年修订）" · "(2019年修正)" · "（2017年修订版）"
REVISION_SUFFIX = re.compile(r"\s?[（(]\s?(?P<year>(?:19|20)\d{2})\s?年\s?(?:修订|修正|修改)[版本]?\s?[）)]$")

# ---------------------------------------------------------------------------------------------
# Public site: query parameters (issues/views.py)
# ---------------------------------------------------------------------------------------------
# The day of /documents/?as_of=2021-01-01, exactly YYYY-MM-DD (date.fromisoformat also takes "20210101")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

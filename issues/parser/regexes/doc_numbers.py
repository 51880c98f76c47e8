"""Document numbers, orders' numbers and registration codes: one doc-number shape, spelled once in named parts."""

import re

from issues.parser.regexes.pieces import CJK, CLOSE_BRACKET, DIGIT, OPEN_BRACKET, YEAR

# ---------------------------------------------------------------------------------------------
# A document's number (issues/numbers.py, issues/parser/document_fields.py)
# ---------------------------------------------------------------------------------------------
# The parts of a doc number, each spelled once: the issuer's abbreviation "温政办" · "浙数局发", its year "2020"
# (in brackets or before 年), its serial "53" · "第53" (not compiled on their own)
_DOC_PREFIX = rf"(?P<prefix>[{CJK}]{{1,12}}?)"
_DOC_YEAR = rf"(?P<year>{DIGIT}{{4}})"
_SERIAL = rf"(?P<serial>{DIGIT}{{1,5}})"
_DOC_SERIAL = rf"第?{_SERIAL}"
# A doc number up to its 号, single spaces allowed between its parts (read from print, where 号 may be lost):
# "温政办〔2020〕53" · "温政办 （2020） 第53" (not compiled on its own)
_SPACED_DOC_NUMBER = rf"{_DOC_PREFIX}\s?{OPEN_BRACKET}\s?{_DOC_YEAR}\s?{CLOSE_BRACKET}\s?第?\s?{_SERIAL}\s?"
# 温政办〔2020〕53号 · 温政办[2020]53号 · 温政办（2020）第53号 · 浙数局发〔2020〕4号 · 温政令〔2020〕7号
DOC_NUMBER = re.compile(rf"{_SPACED_DOC_NUMBER}号?")
# A number printed year first, as numbers were before the 1990s, its year of two or four digits, its issuer's
# abbreviation ending in 字 (新闻出版署 1991-09-11: "《关于征集图书、杂志、报纸样本办法》((79)出版字第193号)"): "（79）出版字第193号"
# (never an item's number before an order's: "（12）市人民政府令第5号" has no 字; not compiled on its own)
_YEAR_FIRST_NUMBER = rf"{OPEN_BRACKET}\s?(?P<year>{DIGIT}{{2}}|{YEAR})\s?{CLOSE_BRACKET}\s?(?P<prefix>[{CJK}]{{0,9}}?字)\s?第?\s?{_SERIAL}\s?号"
CITED_YEAR_FIRST_NUMBER = re.compile(_YEAR_FIRST_NUMBER)
# Below, pieces of a whole doc number with its whitespace removed (numbers.doc_key: no `\s*` runs to split)
# The same as DOC_NUMBER, as a whole query: "温政办〔2020〕53号", "温政办(2020)53", "温政办[2020]第53号"
DOC_NUMBER_FULL = re.compile(rf"^{_DOC_PREFIX}{OPEN_BRACKET}{_DOC_YEAR}{CLOSE_BRACKET}{_DOC_SERIAL}号?$")
# The same, whole: "（79）出版字第193号" · "〔79〕出版字193号"
DOC_NUMBER_YEAR_FIRST_FULL = re.compile(
    rf"^{OPEN_BRACKET}(?P<year>{DIGIT}{{2}}|{YEAR}){CLOSE_BRACKET}(?P<prefix>[{CJK}]{{0,9}}?字){_DOC_SERIAL}号?$"
)
# The year written with 年 instead of brackets, as people type it: "温政办2020年53号" · "温政办2020年第53号"
# (号 required: "温州2020年5" is no number; an announcement's "…公告2019年第76号" is read first, below)
DOC_NUMBER_YEAR_WORD_FULL = re.compile(rf"^{_DOC_PREFIX}{_DOC_YEAR}年{_DOC_SERIAL}号$")
# Numbers without a year, whitespace removed: 省政府令第354号 · 温州市人民政府令第7号 · the serial bracketed, as some orders
# print it: "湖北省人民政府令（第52号）" (the same number as "湖北省人民政府令第52号")
DOC_NUMBER_NO_YEAR_FULL = re.compile(
    rf"^(?P<prefix>[{CJK}]{{2,14}}?令)(?P<open>{OPEN_BRACKET}(?=第))?{_DOC_SERIAL}(?(open)号{CLOSE_BRACKET}|号?)$"
)
# The same order numbered before its 令, as many texts cite one: "国务院第279号令" · "建设部81号令" (the same number as
# "国务院令第279号")
DOC_NUMBER_ORDER_AFTER_FULL = re.compile(rf"^(?P<prefix>[{CJK}]{{2,14}}?){_DOC_SERIAL}号令$")
# An announcement's number, by year and serial, as a whole query: "财政部公告2019年第76号" · "国家税务总局公告2018年第28号"
# · "财政部公告2019年76号"
DOC_NUMBER_ANNOUNCEMENT_FULL = re.compile(
    rf"^\s*(?P<prefix>[{CJK}]{{2,14}}?公告)\s*{_DOC_YEAR}\s*年\s*第?\s*{_SERIAL}\s*号\s*$"
)

# ---------------------------------------------------------------------------------------------
# Numbers cited in running text (issues/parser/document_fields.py)
# ---------------------------------------------------------------------------------------------
# A doc number cited in running text: "（温政办〔2021〕2号）" · "国办公开办函〔2019〕61号" · "温食药监市〔2005〕31号"
CITED_DOC_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}})\s?{OPEN_BRACKET}\s?(?P<year>{YEAR})\s?{CLOSE_BRACKET}\s?第?\s?{_SERIAL}\s?号"
)
# An order cited without a year: "（市人民政府令第143号）" · "《企业财务通则》第（财政部令第41号）"
# · "根据《温州市人民政府令》(第147号)" · "市人民政府令（第7号）" (the number bracketed after the order's name)
CITED_ORDER_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}}令)(?:》?\s?[（(](?=第))?第{_SERIAL}号"
)
# An order cited by its serial before its 令: "《城市道路管理条例》（国务院第198号令）" · "（建设部81号令）"
CITED_ORDER_NUMBER_AFTER = re.compile(rf"(?P<prefix>[{CJK}]{{1,16}}?)第?{_SERIAL}号令")
# An announcement cited by year and serial: "…的公告》（财政部公告2019年第76号）"
CITED_ANNOUNCEMENT_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}}公告)\s?(?P<year>{YEAR})\s?年\s?第\s?{_SERIAL}\s?号"
)
# Running text glued to a cited number is cut after the last function word before it:
# "具备浙政办发〔2015〕133号" -> "浙政办发…", "应按照市人民政府令第7号" -> "市人民政府令…", "印发温政办…" -> "发温政办…"
DOC_PREFIX_STOP = "的和与及按照据在对为经由是根见备应于即或印转下"
# then from the first character that can begin an issuer abbreviation (温政办, 浙政发, 国办发, 民发, 财政部令), the
# province-level ones included ("粤人薪[1999]2号", "川办发[2005]3号"):
# "印发温政办〔2019〕3号" -> "温政办…"; a prefix without one ("发改投资") is kept whole
DOC_PREFIX_START = "温浙国中民财省市洞鹿瓯龙乐瑞永平苍文泰杭宁人教公农商建交水卫京津沪渝冀晋辽吉黑苏皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇陕秦甘陇青新"
# The state's name before a ministry's or the State Council's order, kept whole (its 和 is no function word):
# "依据中华人民共和国建设部令第162号" -> "中华人民共和国建设部令第162号" · "中华人民共和国国务院令第238号"
STATE_NAME = "中华人民共和国"
# A ministry or commission whose name joins two fields by 和, at the end of the run before its order's number, kept whole
# (its 和 is no function word): "根据《公共租赁住房管理办法》（住房和城乡建设部令" -> "…住房和城乡建设部令" · "人力资源和社会保障部令";
# the words before its 和 are cut at a function word as any run is ("根据住房" -> "住房")
JOINED_MINISTRY = re.compile(rf"^(?P<head>[{CJK}]*?)(?P<tail>和[{CJK}]{{2,8}}?(?:部|委员会|总局|署)令)$")
# The longest such name kept whole: "人力资源和社会保障部令"
JOINED_MINISTRY_MAX = 12
# A government named whole at the head of the run is the issuer whole: "内蒙古自治区人民政府令" · "广东省政府令"
# (not "省人民政府令" from the 省 inside it)
GOVERNMENT_NAME = re.compile(rf"^[{CJK}]{{1,8}}?(?:省|自治区|市|县|区)(?:人民)?政府")
# The mark of a government's (or its office's) abbreviation after its place: the 政 of "湘政教督通", "温政发", the
# 府 of "东府办", "沪府发" (not the 政府 of "市人民政府令", not 民政 of "民政部"): the abbreviation's place comes
# right before it, so it begins at the last character before the mark that can begin one, else where the run does:
# "要求温政发" -> "温政发", "湘政教督通[2010]1号" -> "湘政教督通" (not "教督通")
GOVERNMENT_MARK = re.compile(r"(?<=[^民])政(?!府)|(?<=[^政])府")
# The longest issuer abbreviation kept whole: "温州市人民政府令"
DOC_PREFIX_MAX = 9

# ---------------------------------------------------------------------------------------------
# Numbers as a TOC, an order's head or the issued list print them
# ---------------------------------------------------------------------------------------------
# The doc number closing a TOC title: "温州市人民政府关于…的通知（温政发〔2019〕5号）", or an order's number
# without a year: "内蒙古自治区村庄和集镇规划建设管理实施办法（内蒙古自治区人民政府令第82号）"
TOC_DOC_NUMBER = re.compile(
    r"[（(](?P<number>[^（）()]{2,14}[〔\[（(【][0-9]{4}[〕\]）)】]第?[0-9]{1,5}号?|[^（）()]{2,20}令第[0-9]{1,5}号)[）)]$"
)
# A 公告's serial closing its TOC title, the title its series name: "深圳市人民代表大会常务委员会公告（第三十七号）" ·
# "温州市人民政府公告（第3号）" (the serial, brackets dropped, is its number: "第三十七号")
TOC_ANNOUNCEMENT_NUMBER = re.compile(r"(?<=公告)[（(](?P<number>第\s?(?:[0-9]{1,5}|[〇○零一二三四五六七八九十百]{1,6})\s?号)[）)]$")
# The year some cities print in an order's number, and the brackets some print around its serial:
# "〔2009〕第5号" · "（第301号）" · the head of state's, by the congress's term or in Chinese numerals (中华人民共和国主席令 2000-10-31,
# law633.infoeach.com: "（九届第37号）"; 2010-12-25: "（第四十号）") (not compiled on its own)
_ORDER_SERIAL = (rf"(?:{OPEN_BRACKET}{DIGIT}{{4}}{CLOSE_BRACKET})?\s?{OPEN_BRACKET}?(?:[一二三四五六七八九十]{{1,3}}届)?第\s?"
                 rf"(?P<serial>{DIGIT}{{1,5}}|[〇一二三四五六七八九十百]{{1,6}})\s?号{CLOSE_BRACKET}?")
# The number line of an order below its title: "温州市人民政府令 第7号" · "邢台市人民政府令〔2009〕第5号"
ORDER_NUMBER_LINE = re.compile(rf"^(?P<issuer>[{CJK}]{{2,20}}?)令\s?{_ORDER_SERIAL}$")
# A government named in its order's number by its abbreviation alone, which names no place in full: "渝府" (渝府令第121号,
# 重庆市人民政府) · "沪府" · "温政" (the title names the government)
ABBREVIATED_GOVERNMENT = re.compile(rf"^[{CJK}]{{1,2}}(?:府|政)$")
# The issuer of a government's order (the column of orders, 市政府令, whichever government), not a department's
# ("财政部令第41号"): "温州市人民政府" · "内蒙古自治区人民政府" · "邢台市人民政府" · "市人民政府" · "省政府" ·
# "中华人民共和国国务院" (中华人民共和国国务院令第238号) · by its
# abbreviation: "温政" · "渝府" (渝府令第121号)
ORDER_GOVERNMENT = re.compile(rf"(?:人民政府|政府|行政公署|国务院)$|{ABBREVIATED_GOVERNMENT.pattern}")
# A government's orders numbered as a series of its documents, by year and serial (no 第 needed), its government
# abbreviated or named: "温政令〔2020〕7号" (the city's own series, CATEGORY_BY_PREFIX) · "邢台市人民政府令〔2009〕第5号"
# (a government's order, not a department's: "财政部令〔2010〕3号" is none)
ORDER_SERIES_NUMBER = re.compile(
    rf"^(?P<issuer>[{CJK}]{{0,2}}(?:府|政)|[{CJK}]{{2,20}}?政府)令{OPEN_BRACKET}{DIGIT}{{4}}{CLOSE_BRACKET}第?{DIGIT}{{1,5}}号$"
)
# An order's number printed on two lines, the issuer's 令 above its serial:
# "内蒙古自治区人民政府令" + "第82号" (joined, it is an ORDER_NUMBER_LINE)
ORDER_ISSUER_LINE = re.compile(rf"^[{CJK}]{{2,20}}令$")
# · "邢 台 市 人 民 政 府 令" + "〔2009〕第5号"
ORDER_SERIAL_LINE = re.compile(rf"^{_ORDER_SERIAL}$")
# An order's serial as a notice of appointments prints it below its 令 line, in brackets or Chinese numerals:
# "（第四十号）" · "第40号" · "(第 12 号)"
ORDER_SERIAL_PRINTED = re.compile(rf"^{OPEN_BRACKET}?第\s?(?:{DIGIT}{{1,5}}|[〇一二三四五六七八九十百]{{1,6}})\s?号{CLOSE_BRACKET}?$")
# A 通告's serial by its year, on its own line under its title (北京市公安局公安交通管理局 2013-03-27, wisor.cc): "2013年 第10号"
# (read "2013年第10号")
YEAR_SERIAL_PRINTED = re.compile(rf"^{YEAR}\s?年\s?第\s?{DIGIT}{{1,5}}\s?号$")
# A row of the month's issued list (发文目录): "- 温政发〔2019〕5号 温州市人民政府关于…" · "温政办〔2020〕73号　　温州市人民政府办公室关于印发…实施"
ISSUED_LIST_ROW = re.compile(rf"^(?P<number>{_SPACED_DOC_NUMBER}号)[\s\u3000\xa0]*(?P<title>.*)$")
# A line opening as an issued list's row does, its number set a blank apart from its title (running text wrapping a cited
# number before 「文件」 sets none): "温政办〔2020〕73号　　温州市人民政府办公室关于印发…" · "- 温政发〔2019〕5号 温州市人民政府关于…"
ISSUED_LIST_ROW_START = re.compile(rf"^(?:-\s?)?{_SPACED_DOC_NUMBER}号[ \u3000\xa0]+[{CJK}]")
# A row of the issued list that lists an order by its number, which has no year: "合肥市人民政府令第215号 合肥市…办法" ·
# "内蒙古自治区人民政府令第82号　　内蒙古自治区村庄和集镇规划建设管理实施办法" · "河北省人民政府令〔2010〕第15号 河北省…规定"
# · "市政府令第3号 …" (the issuer's 令 first, as ORDER_NUMBER_LINE reads an order's head)
ISSUED_LIST_ORDER_ROW = re.compile(rf"^(?P<number>[{CJK}]{{2,20}}?令\s?{_ORDER_SERIAL})[\s\u3000\xa0]*(?P<title>.*)$")
# A row of the month's issued list as a raw extraction prints it, the number exact: "温政发〔2020〕23号　　温州市人民政府关于公布…的"
ISSUED_ROW = re.compile(rf"^(?P<number>[{CJK}]{{1,12}}?〔\d{{4}}〕\d{{1,5}}号)[ \u3000]+(?P<title>\S.*)$")

# ---------------------------------------------------------------------------------------------
# Registration codes (issues/numbers.py)
# ---------------------------------------------------------------------------------------------
# ZJCC01-2020-0008 · ZJCC00 - 2021 - 0002 · zjcc01-2020-0008
# Its parts (not compiled on their own): "01" (the issuing level), "2020" (the year), "0008" (the serial), and a dash
_CODE_A = rf"(?P<a>{DIGIT}{{2}})"
_CODE_B = rf"(?P<b>{DIGIT}{{4}})"
_CODE_C = rf"(?P<c>{DIGIT}{{4}})"
_CODE_DASH = "[-－—–]"
REGISTRATION_CODE = re.compile(rf"(?i)ZJCC\s?{_CODE_A}\s?{_CODE_DASH}\s?{_CODE_B}\s?{_CODE_DASH}\s?{_CODE_C}")
# The same, as a whole query: " ZJCC01 - 2020 - 0008 "
REGISTRATION_CODE_FULL = re.compile(rf"(?i)^\s*ZJCC\s*{_CODE_A}\s*{_CODE_DASH}\s*{_CODE_B}\s*{_CODE_DASH}\s*{_CODE_C}\s*$")
# A registration code of another province's form, on its own line over a title block (kept as printed):
# "YYCR—2017—00002" (岳阳) · "HFGS—2017—9"
REGISTRATION_CODE_OTHER_FULL = re.compile(r"^[A-Z]{2,6}\s?[—－–-]{1,2}\s?(?:19|20)\d{2}\s?[—－–-]{1,2}\s?\d{1,6}$")
# Typed with spaces only, as a whole query with its whitespace removed (numbers.registration_key):
# "zjcc01 2020 0008" -> "zjcc0120200008" (the parts' fixed lengths keep them apart)
REGISTRATION_CODE_SPACED_FULL = re.compile(rf"(?i)^ZJCC{_CODE_A}{_CODE_B}{_CODE_C}$")

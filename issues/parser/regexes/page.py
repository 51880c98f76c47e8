"""Page furniture and line shapes: page numbers, running headers, markup debris, how lines start and end."""

import re

from issues.parser.regexes.pieces import CJK, CN_MONTH, CN_YEAR, DIGIT, ISSUE_OF_YEAR, ITEM_MARK, TOTAL, YEAR

# ---------------------------------------------------------------------------------------------
# Page furniture (issues/parser/clean.py, issues/parser/layout.py, issues/parser/coverage.py)
# ---------------------------------------------------------------------------------------------
# Printed page number line, in the forms issues print: "·    37    ·" · "— 3 —" (GB/T 9704) · "-3-" · "－3－" · "第3页"
PAGE_NUMBER_LINE = re.compile(
    rf"^\s*(?:(?P<open>[·•]|[—–－-]{{1,2}})|第)\s*(?P<page>{DIGIT}{{1,3}})\s*(?(open)(?:[·•]|[—–－-]{{1,2}})|页)\s*$"
)
# A bare page number, which is one only alone in a page's running band (a PDF's footer): "37" · "１２"
PAGE_NUMBER_BARE = re.compile(rf"^\s*(?P<page>{DIGIT}{{1,3}})\s*$")
# The gazette's name alone on a line, a running header without its number (furniture for the coverage check):
# "温州市人民政府公报" · "温 州 市 人 民 政 府 公 报"
GAZETTE_NAME_LINE = re.compile(r"^温\s?州\s?市\s?人\s?民\s?政\s?府\s?公\s?报$")
# A running header that prints only the issue, alone on its line: "2019年第11期" · "二○○八年第八期" ·
# "2016年第9期（总第153期）"
ISSUE_ONLY_HEADER = re.compile(
    rf"^(?:{YEAR}|{CN_YEAR})\s?年\s?第\s?(?:\d{{1,2}}|{CN_MONTH})\s?期"
    r"(?:\s?[（(]总第\s?\d{1,4}\s?期[）)])?$"
)
# Running header: "温州市人民政府公报（总第217期）" optionally followed by a column title ("… 政务简讯") ·
# "温州市人民政府公报（总第一百二十期）" (the total number in Chinese numerals: pieces.TOTAL)
RUNNING_HEADER = re.compile(rf"^\s*温州市人民政府公报\s*[（(]总第\s*{TOTAL}\s*期[）)]\s*(?P<column>\S{{0,10}})\s*$")
# A running header of another wording, as a page break leaves it inside a title block (read as furniture
# there): "温州市人民政府公报" · "2008年第6期" · "温州市人民政府公报 2008年第6期 市政府文件" · "２０２３年第９期"
LOOSE_RUNNING_HEADER = re.compile(
    rf"^(?:温州市人民政府公报(?:\s*{ISSUE_OF_YEAR})?|{ISSUE_OF_YEAR})(?:\s+[{CJK}（）()、]{{1,10}})?$"
)
# Running header of odd pages, alone on its line: "2020年第9 期文件发布"
RAW_ISSUE_HEADER = re.compile(rf"^\s*{YEAR}\s*年\s*第\s*\d{{1,2}}\s*期\s*[{CJK}]{{2,8}}\s*$")
# Back matter starts: "《温州市人民政府公报》赠阅范围："
BACK_MATTER_START = re.compile(r"^《温州市人民政府公报》(?:赠阅范围|集中赠阅点)")
# A separator line: "———" · "* * *" · "…………"
SEPARATOR_LINE = re.compile(r"^[\s\-—–_*=·•…~～]{3,}$")
# A page number printed bare on its line, as raw extractions and some exports leave it between the lines of an entry
# or a brief: "37" (a record's text is never a number alone)
BARE_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
# A glyph whose font maps it to no character, as pdfminer writes it: "(cid:1234)"
UNMAPPED_GLYPH = re.compile(r"\(cid:\d{1,6}\)")

# ---------------------------------------------------------------------------------------------
# Markup left by the extraction
# ---------------------------------------------------------------------------------------------
# Markdown marks left on a line: "## 5月份市政府记事" · "- 温政发〔2021〕8号 …" · "# 政 务 简 讯"
SECTION_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}|-)\s+")
# Markdown heading marks and bullets left in a document by the Markdown-shaped extraction:
# "### 一、工作目标" · "# 温州市人民政府 关于…的通知" · "- （一）责令整改；"
DOCUMENT_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}\s*|-\s+)")
# Marks around a printed line that no record keeps: "## 政务简讯" · "- 温政发〔2019〕5号 …" · "△ 市长…" · "◆9月23日，…" · "**第11期**" ·
# "□ 市长…"
LINE_MARKS = re.compile(rf"^(?:#{{1,6}}\s*|-\s+|{ITEM_MARK}\s*)|\*\*")
# A Markdown horizontal rule: "---"
HORIZONTAL_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# HTML list debris inside table cells: '<ol style="list-style-type: none"> <li>1.瑞安牵头…</li>'
HTML_TAG = re.compile(r"</?(?:ol|ul|li|p|br|span|div)\b[^<>]{0,80}>")

# ---------------------------------------------------------------------------------------------
# Spacing (issues/parser/layout.py, issues/parser/section_lines.py)
# ---------------------------------------------------------------------------------------------
# A signature or date printed flush right: "                                   温州市人民政府"
RIGHT_ALIGNED = re.compile(r"^[ \u3000]{10,}\S")
# Letter-spaced justification: "（ 十 六 ） 其 他 安 置 房" · "9 月 7 日 ， 长 三 角"
LETTER_SPACED_RUN = re.compile(r"(?:\S[ \u3000]){5,}\S")
# A wide gap inside a line: "招才                   （陈翔/摄）"
WIDE_GAP = re.compile(r"[ \u3000]{4,}")
# A space left in a title where a printed line broke, anywhere but between two Latin letters or digits:
# "全市数字经济发展推进会暨 政府数字化转型工作部署会召开" · "我市举行 2021年…" (but "Daka China" keeps its space)
LINE_BREAK_SPACE = re.compile(r"[ \t\u3000\xa0]+")
# The two sides of a space that is kept: "Daka China"
LATIN_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
# Dust read after a table's figure or percent sign: "302.14°" · "7258.82·." · "102.0 ." · "222.59**"
# (a line's "…95%。" keeps its full stop: print ends sentences so)
FIGURE_SPECKS = re.compile(r"(?:(?<=\d\.\d)|(?<=\d\.\d\d)|(?<=%)) ?[.·°•*]{1,2}$")
# What dust beside a line is read as, in OCR (issues/ocr_text.py): a dot, a stop, a comma, a degree sign, an asterisk
_SPECK = r"[.,:;·•°*∴。，、：；．]"
# Dust read at a line's start, before a space, the chronicle's item mark, a figure or an opening bracket: print never
# starts a line with such a mark (kinsoku): "· 构。" · "° 法》（省政府令…" · "。△ 市长" · ", △ 市长" · "。28日" ·
# "°（六）实施专项行动" · ":(3）数据纠错"
LEADING_SPECK = re.compile(rf"^{_SPECK}(?: |(?=△)|(?=\d)|(?=[（(]))")
# Dust read between the chronicle's item mark and its text: "△·副市长殷志军…" · "△*副市长娄绍光…" · "△ ° 副市长"
ITEM_MARK_SPECK = re.compile(rf"^△ ?{_SPECK} ?(?=\S)")
# Dust read inside or after a chronicle's day marker alone on its line: "3.日" · "25日。" · "8日·" · "30日p S:"
DAY_MARKER_SPECK = re.compile(rf"^(?P<day>\d{{1,2}}){_SPECK}?日(?: ?(?:{_SPECK}|[A-Za-z])){{0,4}}$")
# A chronicle's day marker OCR misread, alone on its line, after the stop of the entry before it (one box read over both) or
# before its first item: a look-alike for 日 or a speck between its figures (written for the test): "16白" · "2.7日" ·
# "…召开座谈会。19曰" · "2·4日 △ 副市长…" · and one read right glued to the entry before: "…调研。13日" (the day taken
# apart only before a line that opens an item; a speck or a look-alike makes the day a guess, told in a warning)
OCR_CHRONICLE_DAY = re.compile(r"^(?P<before>.*[。！？；])?(?P<tens>\d)(?:(?P<speck>[.,·•'`:])?(?P<units>\d))?"
                               r"(?P<mark>[日白曰目旦田])(?P<after>\s*(?:△.*|[，,].+)?)$")
# Dust read after a mark inside a line, before the next character: "姚高员、·常务副市长" (print sets nothing there), or
# between a character and the mark after it: "李无文·、汤筱疏" (2020-06 scanned, its chronicle entry's text wrong)
SPECK_AFTER_MARK = re.compile(r"(?<=[、，；：。])[·•°*.](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[·•°*](?=[、，；：。])")
# Dust read inside a doc number's year bracket or between it and the serial: "〔201.9〕35号" · "〔2019〕°34号" · "〔2019〕°.17号" ·
# "〔201.9）35号" (closed by the round bracket, as OCR reads it) · "（温政办〔201.9〕35" (its 号 on the next line)
# · "〔2020〕_57号" (a speck under the line read as an underscore)
DOC_NUMBER_SPECKS = re.compile(r"〔(?P<year>\d[\d.·°•]{3,5})[〕）)][.·°•_]{0,2} ?(?=\d{1,4}(?:号|$))")
# Dust read after a doc number at a line's end, a document's number under its registration code (written for the test):
# "温政办〔2020〕74号：" · "温政发〔2021〕8号·" · "温政办[2019]5号 °" (print sets nothing after it; so read, the line is no
# document's number); not a stop or a comma, which running text may set there ("…执行温政办〔2020〕74号，")
DOC_NUMBER_LINE_SPECK = re.compile(r"^(?P<number>.*[\u4e00-\u9fff][〔\[【（(]\d{4}[〕\]】）)]第?\d{1,4}号) ?[:：·•°*.∴]{1,2}$")
# An issued-list row's dash read against the doc number after it (print sets a space): "-温政发〔2019〕5号温州市…", a speck
# between them: "-·温政办〔2020〕57号 温州市…" (2020-06 scanned: the row read into the one before), or read as
# 「一」 or a long dash before the number: "一温政办〔2019〕32号 温州市人民政府办公室关于…" (2019-04's scan: the row's number lost)
LIST_DASH = re.compile(r"^-[·•.°]?(?=[\u4e00-\u9fff])|^[一—–－]\s?(?=[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号)")
# Dust read after a sentence's end: "工作例会。。" · "座谈会。：" (print ends a line with one stop)
SPECK_AFTER_STOP = re.compile(rf"(?<=[。！？；]){_SPECK}{{1,2}}$")

# ---------------------------------------------------------------------------------------------
# How a line starts: a structural unit that is never glued to the line before it
# ---------------------------------------------------------------------------------------------
# A line that starts a new structural unit and must never be glued to the line before it:
# "一、工作目标" · "（一）开展…" · "(二) 经费保障" · "3. 全面提升…" · "第六条 企业迁移情形" · "第一章 总 则" · "△ 市长…" · "附件：1．…"
# · "答：调整后城乡居民最低生活保障金支出…" (an interpretation's answer)
STRUCTURAL_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(]\s?[一二三四五六七八九十]{1,3}\s?[）)]|[0-9０-９]{1,2}\s?[.．、]|[（(][0-9]{1,2}[）)]"
    r"|第[一二三四五六七八九十百零〇0-9]{1,5}[章节条部]|△|附件|附表|[问答][:：])"
)
# A column line that starts a new unit and is never glued to the line before it:
# "一、工作目标" · "（一）房票。" · "1.科学编制" (but not "2.4万元") · "（1）完整性" · "第一条 为规范" · "△ 市长" · "附件：" · "1日"
COLUMN_UNIT_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、](?![0-9])"
    r"|[（(][0-9]{1,2}[）)]|第[一二三四五六七八九十百零〇0-9]{1,5}[章节条]|△|附件|[0-9]{1,2}日$)"
)
# The number of a part of a plan or notice, as its heading opens: "一、总体要求" · "（二）保障措施" (an article's "第二条" opens
# running text, no heading)
PART_HEADING_MARK = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
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
# How a line ends: open, complete, a sentence closed
# ---------------------------------------------------------------------------------------------
# Punctuation that leaves a sentence open: a line ending in one always continues. "…16.牛头梗、17.秋田犬、"
OPEN_LINE_END = re.compile(r"[，、,]$")
# Punctuation that closes a sentence or a block: a line ending in one is complete. "…通知如下：" · "…列支。" · "…（试用期一年）；"
COMPLETE_LINE_END = re.compile(r"[。！？；：:;!?”’」』》）)…]$")
# Punctuation closing a sentence, a paragraph or a block (a title never ends in one), a closing quote after it:
# "…现提出如下若干意见。" · "…市各有关单位：" · "…职务;" · "…重要窗口”。" · "…有回音。”"
# (a closing quote alone does not: the title "市政府常务会议研究高校毕业生招引“510计划”")
SENTENCE_END = re.compile(r"[。！？；：!?;:…][”’」』]?$")
# Punctuation that a title block's line never holds (it ends or joins sentences): "…适用本规则。" · "…各部门："
SENTENCE_PUNCTUATION = re.compile(r"[。；：;:！？!?]")
# One space between two Chinese characters, a full-width space as extracted: "第三条 市政府各部门" (columns.width)
SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")
# The end of a statement, which a title never prints (it may print "！" or "："): "…研究了其他事项。" · "…；"
STATEMENT_END = re.compile(r"[。；;]$")
# Punctuation that only running text has (titles have none): "姚高员代表市四套班子，向全市广大劳动"
RUNNING_TEXT_MARK = re.compile(r"[，,。；;！？]")
# A sentence closed inside a line: a feature's running text, never a caption or a masthead line.
# "三、突出普惠共享,…客运一体化水平5A级比例达100%。同时,建立城乡公交服务质" (cut there by a page)
SENTENCE_CLOSED_INSIDE = re.compile(r"[。！？!?]\S")
# A figure as OCR misreads it inside a field's shape (issues/ocr_text.py: misread_figures): O or o for 0, l, I, | or 丨 for 1,
# full-width digits (not compiled on its own)
_MISREAD_DIGIT = r"[0-9０-９OoＯ〇lI|丨]"
# A doc number whose year or serial OCR misread, or whose 〔〕 it read as 【】 or as a pair of two shapes:
# "温政办【2020】74号" · "温政发〔2020]24号" · "温政发〔2O20〕24号" · "温政发[2O20]l2号" · "温政发〔2020〕l2号" · "温人社发〔2020〕１１号"
# · its 〕 read as a brace, a space after it: "温政办〔2020} 74号" · a speck before the serial read as an underscore: "温政办〔2020〕_57号"
# (a pair of [] or round brackets read whole, its figures right, is as printed: "中青办发[2005]13号")
OCR_DOC_NUMBER = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?P<open>[〔\[【［（(﹝])(?P<year>{_MISREAD_DIGIT}{{4}})(?P<close>[〕\]】］）)﹞}}｝]) ?_?"
    rf"(?P<serial>第?{_MISREAD_DIGIT}{{1,4}})号"
)
# Figures of a date or a day OCR read apart, a space between each (full-width figures stand an em apart): "2 0 2 0年第9期" ·
# "2020年9月 1 1日" · "1 1日" (a chronicle's day marker); and the space after a year's or a month's character before
# the figures that follow it: "2020年 9月" (a table's "302 14" is no date)
OCR_SPACED_FIGURES = re.compile(r"(?<![\d.])\d(?: \d){1,3}(?= ?[年月日号])|(?<=\d[年月]) (?=\d)")
# A title's leaders in a TOC whose first dots OCR read as a colon or a stop: "9月份市政府人事任免：……（02）"
OCR_MARK_BEFORE_LEADERS = re.compile(r"(?<=[\u4e00-\u9fff）》”])[：:；;，,。](?=…)")
# Words of the gazette OCR misreads a character of, where the misreading is no word: "9月份市政府人事住免" (任 read as 住)
OCR_MISREAD_WORDS = re.compile(r"(?<=人事)住(?=免)")
# The dash of a range of days or years OCR read as the character 一 (no Chinese text puts 一 before a figure): "5月2日一3日：" ·
# "（2021一2025年）"
OCR_RANGE_DASH = re.compile(r"(?<=\d日)一(?=\d{1,2}日)|(?<=(?:19|20)\d\d)一(?=(?:19|20)\d\d)")
# Mends of what OCR reads in a shape print never sets, where the context makes the printed character certain
# (issues/ocr_mends.py; seen on scans of 上海's and 国务院's text, tests/data/SOURCES.md "ocrtext"):
# A Chinese-numeral year whose 〇 OCR read as a figure or a letter O (a year's figures are all Chinese or all Arabic in
# print), or as the ring ○ (U+25CB, no numeral): "二00六年二月七日" · "二OO六年" · "二0一七年十二月" · "一九九O年" · "二○○六年"
OCR_CN_YEAR_ZERO = re.compile(r"(?<![〇○0OoＯ一二三四五六七八九十])(?:二[〇○0OoＯ]|一九)[〇○0OoＯ一二三四五六七八九]{2}(?=年)")
# A Chinese-numeral year of this century whose 〇 after 二 OCR read as no character at all (its ring taken for
# nothing, the line read sure), three numerals left and a month after: "二一九年十月" (二〇一九) · "二一〇年三月" ·
# "二二三年一月" (never "二〇九年…": one of 二〇〇九's or 二〇九〇's 〇 lost, no context tells which)
OCR_CN_YEAR_RING_LOST = re.compile(rf"(?<![〇○0OoＯ一二三四五六七八九十])二(?=[一二三四五六七八九][〇一二三四五六七八九]年(?:{CN_MONTH})月)")
# A Chinese-numeral year left with two numerals, its 〇s lost (二〇〇九 or 二〇九〇? 二〇〇二 or 二〇二〇? no context tells):
# quoted in a loss warning, never guessed: "二九年四月十四日" · "二 九年四月" · "二六年二月七日"
OCR_CN_YEAR_RINGS_LOST = re.compile(rf"(?<![〇○0OoＯ一二三四五六七八九十])二 ?[一二三四五六七八九]年(?:{CN_MONTH})月")
# A year with a speck read between its figures (a dot or a middle dot), before 年 or a range's dash:
# "201.7年12月20日" · "201·7年" · "（201.7—2035年）"
OCR_YEAR_SPECK = re.compile(r"(?<![\d.·])(?P<year>[12][.·•]?[09][.·•]?\d[.·•]?\d)(?=年|[—－–一-](?:19|20)\d\d年)")
# A range of years whose dash OCR lost, its two years read as one figure (no text sets eight figures before 年):
# "上海市城市总体规划（20172035年）"
OCR_YEAR_RANGE_DASH_LOST = re.compile(r"(?<![\d.])(?P<first>(?:19|20)\d\d)(?P<last>(?:19|20)\d\d)(?=年)")
# A comma, semicolon or colon between CJK text read ASCII a space apart (a full-width mark's glyph holds its own blank,
# which the spacing step read as a space): "把握历史机遇 , 应对" · "2021年3月30日上午 , 区七届" · "的请求 ; 决定"
OCR_SPACED_HALF_WIDTH_MARK = re.compile(r"(?<=[\u4e00-\u9fff”’》）]) ?(?P<mark>[,;:]) ?(?=[\u4e00-\u9fff“‘《（])")
# A title cited inside a title, its marks read ASCII (OCR cannot tell ＜＞ from <>, which print never sets beside
# CJK text), a space apart where the full-width glyph's blank is: "《关于贯彻＜国务院关于…意见＞的实施意见》" read
# "《关于贯彻 < 国务院关于…意见> 的实施意见》"
OCR_INNER_TITLE = re.compile(r"(?<=[\u4e00-\u9fff《]) ?[<＜] ?(?P<title>[\u4e00-\u9fff][^《》<>＜＞]{0,80}?) ?[>＞] ?(?=[^《》<>＜＞]{0,80}》)")
# A speck read between two ideographs as a mark no running text sets there: "请认真按照°执行" · "主持会议∵会议审议"
OCR_SPECK_BETWEEN_IDEOGRAPHS = re.compile(r"(?<=[\u4e00-\u9fff])[°∵](?=[\u4e00-\u9fff])")
# A stop read beside a comma or an enumeration comma (print never sets two marks so): the stop is a speck:
# "国务院《意见》），。把握历史机遇" · "决定任命郭芳。、张小宏"
OCR_STOP_BESIDE_COMMA = re.compile(r"(?<=[，、])。(?=[\u4e00-\u9fff“])|(?<=[\u4e00-\u9fff”])。(?=[，、])")
# A colon read after a comma or an enumeration comma inside a line (a speck): "任命李春雨、：何娇"
OCR_COLON_AFTER_COMMA = re.compile(r"(?<=[，、])[：:](?=[\u4e00-\u9fff“])")
# A date OCR misread a figure of: "2020年9月l0日" · "2020年9月1O日" · "２０２０年９月１日"
OCR_DATE = re.compile(rf"(?P<year>{_MISREAD_DIGIT}{{4}})年(?P<month>{_MISREAD_DIGIT}{{1,2}})月(?P<day>{_MISREAD_DIGIT}{{1,2}})日")
# A chronicle's day marker alone on its line, a figure misread: "l4日" · "1O日" · "２５日"
OCR_DAY_MARKER = re.compile(rf"^(?P<day>{_MISREAD_DIGIT}{{1,2}})日$")
# A registration code OCR misread a figure of: "ZJCC0l-2020-OO08" · "ZJCCO1-2019-0006"
OCR_REGISTRATION_CODE = re.compile(rf"(?<![A-Za-z])ZJCC(?P<code>{_MISREAD_DIGIT}{{2}}-{_MISREAD_DIGIT}{{4}}-{_MISREAD_DIGIT}{{4}})")

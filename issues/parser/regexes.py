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

# ---------------------------------------------------------------------------------------------
# Document numbers and registration codes (issues/numbers.py)
# ---------------------------------------------------------------------------------------------
# 温政办〔2020〕53号 · 温政办[2020]53号 · 温政办（2020）第53号 · 浙数局发〔2020〕4号 · 温政令〔2020〕7号
DOC_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,12}}?)\s?{OPEN_BRACKET}\s?(?P<year>{DIGIT}{{4}})\s?{CLOSE_BRACKET}"
    rf"\s?第?\s?(?P<serial>{DIGIT}{{1,5}})\s?号?"
)
# The same, as a whole query: "温政办〔2020〕53号", "温政办(2020)53", " 温政办[2020]第53号 "
DOC_NUMBER_FULL = re.compile(
    rf"^\s*(?P<prefix>[{CJK}]{{1,12}}?)\s*{OPEN_BRACKET}\s*(?P<year>{DIGIT}{{4}})\s*{CLOSE_BRACKET}"
    rf"\s*第?\s*(?P<serial>{DIGIT}{{1,5}})\s*号?\s*$"
)
# Numbers without a year: 省政府令第354号 · 温州市人民政府令第7号
DOC_NUMBER_NO_YEAR_FULL = re.compile(rf"^\s*(?P<prefix>[{CJK}]{{2,14}}?令)\s*第?\s*(?P<serial>{DIGIT}{{1,5}})\s*号?\s*$")
# ZJCC01-2020-0008 · ZJCC00 - 2021 - 0002 · zjcc01-2020-0008
REGISTRATION_CODE = re.compile(rf"(?i)ZJCC\s?(?P<a>{DIGIT}{{2}})\s?[-－—–]\s?(?P<b>{DIGIT}{{4}})\s?[-－—–]\s?(?P<c>{DIGIT}{{4}})")
REGISTRATION_CODE_FULL = re.compile(
    rf"(?i)^\s*ZJCC\s*(?P<a>{DIGIT}{{2}})\s*[-－—–]\s*(?P<b>{DIGIT}{{4}})\s*[-－—–]\s*(?P<c>{DIGIT}{{4}})\s*$"
)

# ---------------------------------------------------------------------------------------------
# Cleaning (issues/parser/clean.py)
# ---------------------------------------------------------------------------------------------
# Printed page number line: "·    37    ·"
PAGE_NUMBER_LINE = re.compile(rf"^\s*[·•]\s*(?P<page>{DIGIT}{{1,3}})\s*[·•]\s*$")
# Running header: "温州市人民政府公报（总第217期）" optionally followed by a column title ("… 政务简讯")
RUNNING_HEADER = re.compile(r"^\s*温州市人民政府公报\s*[（(]总第\s*\d{1,4}\s*期[）)]\s*(?P<column>\S{0,10})\s*$")
# Markdown heading marks: "## 市政府文件", "### 一、工作目标"
MARKDOWN_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*)$")
# Markdown bullet: "- 温政发〔2020〕10号 温州市人民政府关于…"
MARKDOWN_BULLET = re.compile(r"^-\s+(?P<text>\S.*)$")

# A line that starts a new structural unit and must never be glued to the line before it:
# "一、工作目标" · "（一）开展…" · "(二) 经费保障" · "3. 全面提升…" · "第六条 企业迁移情形" · "第一章 总 则" · "△ 市长…" · "附件：1．…"
STRUCTURAL_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(]\s?[一二三四五六七八九十]{1,3}\s?[）)]|[0-9０-９]{1,2}\s?[.．、]|[（(][0-9]{1,2}[）)]"
    r"|第[一二三四五六七八九十百零〇0-9]{1,5}[章节条部]|△|附件|附表)"
)
# Punctuation that closes a sentence or a block: a line ending in one is complete. "…通知如下：" · "…列支。" · "…（试用期一年）；"
COMPLETE_LINE_END = re.compile(r"[。！？；：:;!?”’」』》）)…]$")

# ---------------------------------------------------------------------------------------------
# Identity (issues/parser/identity.py)
# ---------------------------------------------------------------------------------------------
# Cover: "2019.4" (year.issue)
COVER_YEAR_ISSUE = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*[.．]\s*(?P<issue>\d{1,2})\s*$")
# Cover: "总第200期（月刊）"; running header "温州市人民政府公报（总第217期）"
TOTAL_NO = re.compile(r"总第\s*(?P<total>\d{1,4})\s*期")
# Cover: "出版日期：2019年5月15日"
PUBLISH_DATE = re.compile(r"^\s*出版日期\s*[:：]\s*(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# Back cover: "第 6 期 (总第214期)"
BACK_COVER_ISSUE = re.compile(r"^\s*第\s*(?P<issue>\d{1,2})\s*期\s*[（(]\s*总第\s*(?P<total>\d{1,4})\s*期\s*[）)]")
# Running header of odd pages: "2020年第9 期文件发布"
YEAR_ISSUE_HEADER = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<issue>\d{1,2})\s*期")
# Statistics title: "温州市2020年9月份国民经济主要统计指标"
STATISTICS_TITLE = re.compile(r"^\s*温州市\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月份?\s*国民经济主要统计指标\s*$")
# Chronicle / appointments headings: "9月份市政府记事", "6月份市政府人事任免"
MONTH_HEADING = re.compile(r"^\s*(?P<month>\d{1,2})\s*月份\s*市政府(?P<what>记事|人事任免)\s*$")

# ---------------------------------------------------------------------------------------------
# Dates shared by several sections
# ---------------------------------------------------------------------------------------------
# "2020年6月24日" (signature dates, effective dates)
FULL_DATE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")

# ---------------------------------------------------------------------------------------------
# Table of contents and section headings (issues/parser/toc.py, issues/parser/split.py)
# ---------------------------------------------------------------------------------------------
# A category heading of the table of contents, alone on its line: "市府办文件", "## 政务简讯"
CATEGORY_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?P<category>市政府令|市政府文件|市府办文件|部门文件|部门规范性文件|政策解读|机构人事|政务简讯|政府记事|发文目录|统计资料)\s*$"
)
# The end of a TOC entry: "…（温政办〔2020〕53号）……………（04）" or "…等简讯6则…（36）"
TOC_PAGE = re.compile(r"[…\.·]{1,}\s*[（(]\s*(?P<page>\d{1,3})\s*[）)]\s*$")
# The doc number closing a TOC title: "温州市人民政府关于…的通知（温政发〔2019〕5号）"
TOC_DOC_NUMBER = re.compile(r"[（(](?P<number>[^（）()]{2,14}[〔\[（(【][0-9]{4}[〕\]）)】]第?[0-9]{1,5}号?)[）)]$")
# The news entry of the TOC: "市政府常务会议学习《民法典》等简讯6则"
TOC_NEWS_TITLE = re.compile(r"^(?P<first>.+?)等简讯\s*\d{1,2}\s*则$")
# Back matter starts: "《温州市人民政府公报》赠阅范围："
BACK_MATTER_START = re.compile(r"^《温州市人民政府公报》(?:赠阅范围|集中赠阅点)")
# Statistics producer line: "温州市统计局制"
STATISTICS_PRODUCER = re.compile(r"^(?P<producer>\S{2,20}局制)\s*$")

# ---------------------------------------------------------------------------------------------
# Documents (issues/parser/documents.py) — owner: documents work
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Policy interpretations (issues/parser/interpretations.py)
# ---------------------------------------------------------------------------------------------

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
# The first title line of a title block: "关于打造千万级常住人口城市的若干意见"
TITLE_START = re.compile(r"^关于\S")
# The last title line of a title block: "实施意见" · "文件清理结果的决定" · "发展实施方案的通知"
TITLE_END = re.compile(
    r"(?:通知|意见|决定|办法|方案|规定|通告|公告|批复|命令|细则|规则|要点|计划|报告|纲要|函)(?:[（(]试行[）)])?$"
)
# The enclosed document named by a cover notice: "关于印发温州市突发事件应急预案管理办法的通知"
ENCLOSED_TITLE = re.compile(r"^关于(?:印发|转发)(?P<enclosed>\S{2,80}?)的通知$")
# An addressee line, the first line of a document: "各县（市、区）人民政府，市政府直属各单位："
ADDRESSEE_LINE = re.compile(r"^各\S{1,40}(?:人民政府|单位|部门|机构|委员会|管委会)[：:]$")
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
# Letter-spaced justification: "（ 十 六 ） 其 他 安 置 房" · "9 月 7 日 ， 长 三 角"
LETTER_SPACED_RUN = re.compile(r"(?:\S[ \u3000]){5,}\S")
# A wide gap inside a line: "招才                   （陈翔/摄）"
WIDE_GAP = re.compile(r"[ \u3000]{4,}")
# A row of the month's issued list: "温政发〔2020〕23号　　温州市人民政府关于公布…的"
ISSUED_ROW = re.compile(rf"^(?P<number>[{CJK}]{{1,12}}?〔\d{{4}}〕\d{{1,5}}号)[ \u3000]+(?P<title>\S.*)$")
# A row of the statistics table, cells separated by spaces:
# "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2" · "　　#住户存款 亿元 —— —— 8447.98 12.0"
STATISTICS_VALUE = r"(?:-?\d{1,9}(?:\.\d{1,4})?|[—－-]{1,2})"
STATISTICS_ROW = re.compile(
    rf"^[ \u3000]*(?P<indicator>[#＃]?[^\s#＃]{{2,40}})[ \u3000]+(?P<unit>[^\s0-9.—－-]{{1,6}})"
    rf"[ \u3000]+(?P<month>{STATISTICS_VALUE})[ \u3000]+(?P<month_yoy>{STATISTICS_VALUE})"
    rf"[ \u3000]+(?P<cumulative>{STATISTICS_VALUE})[ \u3000]+(?P<cumulative_yoy>{STATISTICS_VALUE})[ \u3000]*$"
)
# The first line of a news brief, its date: "9月11日，省委常委、市委书记陈伟俊主持" · "9月24日至25日，…"
NEWS_DATE_START = re.compile(r"^\d{1,2}月\d{1,2}日")

# ---------------------------------------------------------------------------------------------
# Appointments (issues/parser/appointments.py)
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# News briefs (issues/parser/news.py)
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Chronicle (issues/parser/chronicle.py)
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Issued list (issues/parser/issued.py)
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Statistics (issues/parser/statistics.py)
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Back matter (issues/parser/backmatter.py)
# ---------------------------------------------------------------------------------------------

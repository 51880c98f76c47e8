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

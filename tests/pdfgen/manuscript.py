"""The manuscript: what a fixture text says, in print terms (the typesetter's own reading of it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The typesetter's own reading of the manuscript (not the parser's: see tests/pdfgen/__init__.py).
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}〔\d{4}〕\d{1,4}号")  # 温政办〔2019〕35号
DOC_NUMBER_LINE = re.compile(rf"^[（(]?{DOC_NUMBER.pattern}[）)]?$")
CODE_LINE = re.compile(r"^ZJC[A-Z]?\d")  # ZJCC01-2019-0006: heads a title block
TOC_ENTRY = re.compile(r"[…．.·]{2,}\s*[（(](?P<page>\d{1,3})[）)]\s*$")  # …………（05）
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
DAY_MARKER = re.compile(r"^\d{1,2}日$")
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]{1,4}[章节])")
ENDS_SENTENCE = re.compile(r"[。；：，、！？;:,.!?）)”]$")
PAGE_LINE = re.compile(r"^\s*[·•]\s*\d{1,3}\s*[·•]\s*$")  # furniture of the print the text came from
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")  # "## 政务简讯"; a statistics sub-row opens with "#" unspaced
OLD_HEADER = re.compile(r"^\s*温州市人民政府公报\s*[（(]总第")
OLD_LABEL = re.compile(r"^\s*\d{4}年第\s*\d{1,2}\s*期文件发布\s*$")  # 2020年第9 期文件发布: a column's running label
# What a paper prints around a brief (the typesetter's own reading; see tests/printed_issues.py):
SUBTITLE = re.compile(r"^——")  # ——研究部署“双节”期间重点工作等
BYLINE = re.compile(r"^[■□]|^(?:本报|全媒体)?记者[ ：]")  # ■记者 肖波
CAPTION = re.compile(r"^图为")  # 图为视察现场。姚翔 摄
CREDIT = re.compile(r"^(?:摄影|来源|编辑|编审|全媒体记者|文/)|^（[^）]{2,16}）$|\S 摄$")  # 摄影 姚翔, （图文：张素伟 审核：张帅）
DATELINE = re.compile(r"^[^\s，。（(]{1,8}讯")  # 本报讯, 随州日报讯: set in bold at the head of a brief's first paragraph


@dataclass
class Paragraph:
    text: str
    # body | heading (一、…) | section | title (a news title) | marker (5日) | signature (set right)
    style: str = "body"
    # as a paper sets a brief (layouts with `press`): kicker (over a title) | subtitle | byline | caption | credit
    press: str = ""
    lead: int = 0  # characters at its head set in bold there (a brief's dateline: 本报讯)


@dataclass
class TitleBlock:
    lines: list[str]
    doc_number: str


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Manuscript:
    cover: list[str]
    toc: list[str]
    body: list[Paragraph | TitleBlock | Table]
    running_header: str  # 温州市人民政府公报（总第200期）
    odd_header: str  # 2019年第4期


def read_issue(text: str) -> Manuscript:
    from tests.pdfgen.unwrap import unwrap  # it reads lines with this module's rules

    lines = [_rstrip(line.replace("\xa0", " ")) for line in text.replace("\r\n", "\n").split("\n")]
    old_headers = [line.strip() for line in lines if OLD_HEADER.match(line)]
    old_labels = [line.strip() for line in lines if OLD_LABEL.match(line)]
    lines = [line for line in lines
             if line.strip() and not PAGE_LINE.match(line) and not OLD_HEADER.match(line) and not OLD_LABEL.match(line)]
    toc_start, toc_end = _toc_range(lines)
    toc = [line.strip() for line in lines[toc_start:toc_end]]
    sections = {bare(TOC_ENTRY.split(line)[0]) for line in toc}
    if not toc:  # a text without its contents (2020-09): its columns' headings are known by their names
        sections |= {bare(line) for line in lines if is_column_heading(line)}
    cover = [line.strip() for line in lines[:toc_start]]
    identity = " ".join(cover + old_headers[:1] + old_labels[:1])  # a text without its cover (2020-09): its old furniture
    year = re.search(r"(\d{4})[.年]", identity)
    number = re.search(r"(?:第\s*(\d{1,2})\s*期|\d{4}\.(\d{1,2}))", identity)
    total = re.search(r"总第\s*(\d{1,4})\s*期", identity)
    return Manuscript(
        cover=cover,
        toc=toc,
        body=_body_blocks([line.strip() if "\t" not in line else line for line in unwrap(lines[toc_end:])], sections),
        running_header=f"温州市人民政府公报（总第{total[1]}期）" if total else "温州市人民政府公报",
        odd_header=f"{year[1]}年第{number[1] or number[2]}期" if year and number else "",
    )


def _rstrip(line: str) -> str:
    """A line without its trailing white space, but for one space a hard-wrapped copy kept where the print had one
    between words at the line's end ('执行《财政部 ' over '税务总局 发展改革委…'); a Markdown line break (two
    spaces) is no space of the text."""
    stripped = line.rstrip()
    return stripped + " " if stripped and line.endswith(" ") and not line.endswith("  ") else stripped


NEWS_SECTION = "政务简讯"
TITLE_BREAK = re.compile(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])")  # 推进会暨 政府数字化: a title's line break
FIGURE = re.compile(r"[-+—.,%0-9]{1,16}")  # a table cell that is a figure: "116.29", "-3.5", "——"
CN_DIGITS = "〇一二三四五六七八九"


def chinese_numerals(header: str) -> str:
    """'2019年第4期' -> '二〇一九年第四期': the year digit by digit, the number counted (up to 99)."""
    def counted(match: re.Match) -> str:
        n = int(match[1])
        tens = "" if n < 10 else ("十" if n < 20 else CN_DIGITS[n // 10] + "十")
        return "第" + tens + (CN_DIGITS[n % 10] if n % 10 or n < 10 else "") + "期"

    header = re.sub(r"(\d{4})年", lambda m: "".join(CN_DIGITS[int(d)] for d in m[1]) + "年", header)
    return re.sub(r"第(\d{1,2})期", counted, header)


# The gazette's columns, as a heading names them ('9月份市政府人事任免', '政 务 简 讯', '机构人事').
COLUMN_NAMES = ("政务简讯", "政府记事", "人事任免", "机构人事", "政策解读", "市政府文件", "市府办文件", "发文目录", "统计资料")


def is_column_heading(line: str) -> bool:
    name = bare(line)
    return len(name) <= 14 and name.endswith(COLUMN_NAMES) and not ENDS_SENTENCE.search(name)


def bare(text: str) -> str:
    """A line without Markdown heading marks and spaces: what a reader sees printed."""
    return "".join(text.lstrip("#").split())


def _toc_range(lines: list[str]) -> tuple[int, int]:
    """From the headings just before the first entry with a page number to the last such entry."""
    entries = [i for i, line in enumerate(lines) if TOC_ENTRY.search(line)]
    if not entries:
        return 0, 0
    end = entries[0]
    for i in entries[1:]:
        if i - end > 6:
            break
        end = i
    start = entries[0]
    for back in range(1, 4):  # the first entry's own first line, and the category heading over it
        if entries[0] - back >= 0 and len(bare(lines[entries[0] - back])) <= 8:
            start = entries[0] - back
            break
    return start, end + 1


def _body_blocks(lines: list[str], sections: set[str]) -> list[Paragraph | TitleBlock | Table]:
    blocks: list[Paragraph | TitleBlock | Table] = []
    rows: list[list[str]] = []
    news = False
    for n, line in enumerate(lines):
        if "\t" in line:
            rows.append([cell.strip() for cell in line.split("\t")])
            continue
        if rows:
            blocks.append(Table(rows))
            rows = []
        if MARKDOWN_HEADING.match(line):
            line = line.lstrip("#").strip()  # Markdown marks are not printed
        following = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if DOC_NUMBER_LINE.match(line):
            blocks.append(TitleBlock(_take_title_lines(blocks) + [line], DOC_NUMBER.search(line)[0]))
            continue
        paragraph = Paragraph(line, _style(line, following, sections, blocks[-1] if blocks else None))
        if paragraph.style == "section":
            news = bare(line) == NEWS_SECTION
        elif news:
            _press_style(paragraph, following, sections, blocks[-1] if blocks else None)
        blocks.append(paragraph)
    if rows:
        blocks.append(Table(rows))
    return blocks


def _style(line: str, following: str, sections: set[str], previous) -> str:
    short = len(line) <= 24 and not ENDS_SENTENCE.search(line)
    if bare(line) in sections and len(line) <= 30:
        return "section"
    if DAY_MARKER.match(line):
        return "marker"
    if DATE_LINE.match(line) or (short and DATE_LINE.match(following)) or (short and isinstance(previous, Table)):
        return "signature"
    if NUMBERED.match(line) and short and len(line) <= 18:
        return "heading"
    if 8 < len(line) <= 40 and not ENDS_SENTENCE.search(line) and "：" not in line and not NUMBERED.match(line):
        return "title"
    return "body"


def _press_style(paragraph: Paragraph, following: str, sections: set[str], previous) -> None:
    """A brief's surroundings as a paper sets them: a short line over a title is its kicker."""
    text = paragraph.text
    for style, pattern in (("subtitle", SUBTITLE), ("byline", BYLINE), ("caption", CAPTION), ("credit", CREDIT)):
        if pattern.search(text) and len(text) <= 40:
            paragraph.press = style
            if paragraph.style == "title":  # a caption or credit is set as text where no press style is used
                paragraph.style = "body"
            return
    if len(text) <= 8 and not ENDS_SENTENCE.search(text) and _style(following, "", sections, None) == "title":
        paragraph.press = "kicker"
    elif paragraph.style == "body" and DATELINE.match(text):
        paragraph.lead = DATELINE.match(text).end()


def _take_title_lines(blocks: list) -> list[str]:
    """The paragraphs just before a doc number that belong to its title block (a code heads it)."""
    taken: list[str] = []
    while blocks and len(taken) < 3 and isinstance(blocks[-1], Paragraph) and _title_like(blocks[-1].text):
        taken.insert(0, blocks.pop().text)
        if CODE_LINE.match(taken[0]):
            break
    return taken


def _title_like(text: str) -> bool:
    if CODE_LINE.match(text):
        return True
    return len(text) <= 70 and not ENDS_SENTENCE.search(text) and not DATE_LINE.match(text) and not NUMBERED.match(text)

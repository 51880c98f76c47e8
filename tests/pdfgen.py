"""Print a fixture issue as a gazette PDF, typeset the way printers set it, to test the PDF reader.

No real PDF of an issue is available to the tests, so this module typesets the fixture texts as a
typesetter would, and the tests read them back. It imports nothing from `issues` (a test checks
that): what it decides about the text (what is a heading, a title block, a signature) it decides
with its own small rules, so the reader is not tested against the parser's own idea of the text.
A wrong guess here only changes how a line looks; the export must come back the same anyway.

What the print has, in one layout or another (see LAYOUTS):
- the gazette's faces: Song for body text, Hei for headings and titles, Kai for documents (Debian's
  only FangSong, cwTeX, is a traditional-Chinese set missing 678 of the fixtures' characters; the Song
  and Kai sets miss 6, which are set in Hei, as a typesetter falls back on another face);
- a cover, a one-column table of contents with the pages the documents were printed on;
- two justified columns (an off-centre gutter in one layout), a two-character first-line indent,
  reflowed so lines break anywhere; columns balanced above a full-width block;
- section headings larger, in Hei, letter-spaced, centred across the page or over a column;
  numbered headings in Hei or faux bold (overprinted a hair apart); news titles centred in a column,
  on two lines when long, or on the lines they were first printed on (a deliberate break); chronicle
  day markers ("5日") in Hei, flush left; signatures and dates set right, the statistics producer
  line right under its table;
- document title blocks (code, title in a larger size on one or two centred lines, doc number)
  across the page width, or at the foot of the document's first page (as in 2020-09);
- mirrored margins (the text block moves outward on odd pages); one document set in one column
  among two-column pages;
- running headers that alternate, and that name the current section; page numbers as "·  N  ·" or
  "— N —";
- tables with ruled cells (wrapped cell text, split across pages) or without rules (columns
  aligned by white space) where each row fits on one line.

Also the bad files: an image-only scan, an encrypted file, a truncated or garbled file, a PDF with
only vector drawings, a ZIP archive, a PDF of too many pages, a content stream that inflates hugely.

    python -m tests.pdfgen fixtures/issues/2020-06.txt out.pdf [--layout kai-unruled]
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# The faces, and the Debian package of each (the Makefile's test-deps installs them).
FACES = {
    "song": ("ARPLSungtiLGB", Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"), "fonts-arphic-gbsn00lp"),
    "kai": ("ARPLKaitiMGB", Path("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"), "fonts-arphic-gkai00mp"),
    "hei": ("WenQuanYiZenHei", Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "fonts-wqy-zenhei"),
}
FALLBACK = "hei"  # covers every character of the fixtures
FONT = FACES["hei"][0]  # one face for the simple files below

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT, MARGIN_RIGHT = 62.0, 56.0
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_LEFT, TEXT_RIGHT = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
BODY_TOP, BODY_BOTTOM = PAGE_HEIGHT - 74.0, 62.0
HEADER_BASELINE, FOOTER_BASELINE = PAGE_HEIGHT - 50.0, 34.0
GUTTER = 18.0

TITLE_SIZE, TITLE_LEADING = 15.0, 22.0
SECTION_SIZE = 16.0
TABLE_SIZE, TABLE_LEADING, CELL_PAD = 7.5, 10.0, 3.0
UNRULED_GAP = 9.0  # white space between the columns of a table printed without rules
COVER_SIZE = 13.0
BLOCK_GAP = 12.0

# The typesetter's own reading of the manuscript (not the parser's: see the module docstring).
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}〔\d{4}〕\d{1,4}号")  # 温政办〔2019〕35号
DOC_NUMBER_LINE = re.compile(rf"^[（(]?{DOC_NUMBER.pattern}[）)]?$")
CODE_LINE = re.compile(r"^ZJC[A-Z]?\d")  # ZJCC01-2019-0006: heads a title block
TOC_ENTRY = re.compile(r"[…．.·]{2,}\s*[（(](?P<page>\d{1,3})[）)]\s*$")  # …………（05）
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
DAY_MARKER = re.compile(r"^\d{1,2}日$")
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]{1,4}[章节])")
ENDS_SENTENCE = re.compile(r"[。；：，、！？;:,.!?）)”]$")
CLOSING = "、，。；：！？）》」』”’〕】…"
PAGE_LINE = re.compile(r"^\s*[·•]\s*\d{1,3}\s*[·•]\s*$")  # furniture of the print the text came from
OLD_HEADER = re.compile(r"^\s*温州市人民政府公报\s*[（(]总第")


@dataclass(frozen=True)
class Layout:
    """How one printing differs from another."""

    name: str
    gutter_at: float = 0.5  # centre of the gutter, as a fraction of the text width
    body_size: float = 10.5
    mirrored: float = 0.0  # points the text block moves outward on odd pages
    document_face: str = "song"  # the face of documents' body text
    sections: str = "spanning"  # section headings: "spanning" the page or centred over a "column"
    letter_spaced: bool = False  # section headings letter-spaced
    headings: str = "hei"  # numbered headings: "hei" or "faux-bold" (overprinted a hair apart)
    ruled_tables: bool = True  # False: tables whose rows fit on a line are set without rules
    one_column_document: int | None = None  # this document (from 0) set in one column
    title_at_foot: bool = False  # title blocks at the foot of their document's first page
    footer: str = "·  {n}  ·"
    section_headers: bool = False  # odd pages' running header names the current section
    cover: bool = True  # False: the cover is a sheet printed apart, so the file names the issue only
    # in its running headers (温州市人民政府公报（总第200期） / 2019年第4期)
    section_mark: bool = False  # a section heading opens with a drawn mark (a bar), centred with it:
    # its words stand right of the page's centre
    indent: float = 2.0  # body paragraphs' first-line indent in characters (0: set flush, as lists often are)
    figures: str = "left"  # "right": in tables without rules, figures set flush right in their column
    title_breaks: bool = False  # a brief's title broken where the text export has a space between CJK
    # ('全市数字经济发展推进会暨 政府数字化转型工作部署会召开'): two centred lines, as first printed
    numerals: str = "arabic"  # "chinese": the odd pages' header names year and number as covers do (二〇一九年第四期)

    @property
    def leading(self) -> float:
        return round(self.body_size * 1.52, 1)


LAYOUTS = {
    "song-ruled": Layout("song-ruled", mirrored=16.0, letter_spaced=True, section_headers=True, title_breaks=True),
    "kai-unruled": Layout(
        "kai-unruled", gutter_at=0.56, document_face="kai", sections="column", headings="faux-bold",
        ruled_tables=False, one_column_document=0, title_at_foot=True, footer="— {n} —",
    ),
    # the gutter a little right of centre: the left column's titles and the back matter's English
    # name all but fill it (a title's last character carried to the next column, a deliberate break)
    "kai-gutter-53": Layout(
        "kai-gutter-53", gutter_at=0.53, document_face="kai", sections="column", headings="faux-bold",
        ruled_tables=False, one_column_document=0, title_at_foot=True, footer="— {n} —",
    ),
    "large-print": Layout("large-print", gutter_at=0.47, body_size=13.8, mirrored=10.0, document_face="kai"),
    "no-cover": Layout("no-cover", cover=False, footer="- {n} -", numerals="chinese", section_mark=True,
                       ruled_tables=False, figures="right"),
}


@dataclass
class Printed:
    """A generated PDF and what the tests need to know about how it was printed."""

    pdf: bytes
    pages: int  # in the file, the cover's pages too
    last_page: int  # the last printed page number
    document_pages: dict[str, int]  # doc number -> printed page of the document's title block
    document_file_pages: dict[str, int]  # doc number -> page of the file (from 1) with its title block
    running_headers: set[str]
    paragraphs: list[str] = field(default_factory=list)  # every printed unit in reading order


# ---------------------------------------------------------------------------------------------
# The manuscript: what the fixture text says, in print terms
# ---------------------------------------------------------------------------------------------


@dataclass
class Paragraph:
    text: str
    # body | heading (一、…) | section | title (a news title) | marker (5日) | signature (set right)
    style: str = "body"


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
    lines = [line.replace("\xa0", " ").rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line.strip() and not PAGE_LINE.match(line) and not OLD_HEADER.match(line)]
    toc_start, toc_end = _toc_range(lines)
    toc = [line.strip() for line in lines[toc_start:toc_end]]
    sections = {_bare(TOC_ENTRY.split(line)[0]) for line in toc}
    cover = [line.strip() for line in lines[:toc_start]]
    identity = " ".join(cover)
    year = re.search(r"(\d{4})[.年]", identity)
    number = re.search(r"(?:第\s*(\d{1,2})\s*期|\d{4}\.(\d{1,2}))", identity)
    total = re.search(r"总第\s*(\d{1,4})\s*期", identity)
    return Manuscript(
        cover=cover,
        toc=toc,
        body=_body_blocks([line.strip() if "\t" not in line else line for line in lines[toc_end:]], sections),
        running_header=f"温州市人民政府公报（总第{total[1]}期）" if total else "温州市人民政府公报",
        odd_header=f"{year[1] if year else ''}年第{(number[1] or number[2]) if number else ''}期",
    )


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


def _bare(text: str) -> str:
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
        if entries[0] - back >= 0 and len(_bare(lines[entries[0] - back])) <= 8:
            start = entries[0] - back
            break
    return start, end + 1


def _body_blocks(lines: list[str], sections: set[str]) -> list[Paragraph | TitleBlock | Table]:
    blocks: list[Paragraph | TitleBlock | Table] = []
    rows: list[list[str]] = []
    for n, line in enumerate(lines):
        if "\t" in line:
            rows.append([cell.strip() for cell in line.split("\t")])
            continue
        if rows:
            blocks.append(Table(rows))
            rows = []
        if line.startswith("#"):
            line = line.lstrip("#").strip()  # Markdown marks are not printed
        following = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if DOC_NUMBER_LINE.match(line):
            blocks.append(TitleBlock(_take_title_lines(blocks) + [line], DOC_NUMBER.search(line)[0]))
        else:
            blocks.append(Paragraph(line, _style(line, following, sections, blocks[-1] if blocks else None)))
    if rows:
        blocks.append(Table(rows))
    return blocks


def _style(line: str, following: str, sections: set[str], previous) -> str:
    short = len(line) <= 24 and not ENDS_SENTENCE.search(line)
    if _bare(line) in sections and len(line) <= 30:
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


# ---------------------------------------------------------------------------------------------
# Faces and widths
# ---------------------------------------------------------------------------------------------

_has_glyph: dict[str, set[int]] = {}


def register_fonts() -> None:
    for face, (name, path, package) in FACES.items():
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: apt-get install {package}")
        font = TTFont(name, str(path), subfontIndex=0) if path.suffix == ".ttc" else TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        _has_glyph[face] = set(font.face.charToGlyph)


register_font = register_fonts  # the name the other tests and benches import


def face_of(ch: str, face: str) -> str:
    """The face a character is set in: the wanted one, or the fallback where it has no glyph."""
    return face if ord(ch) in _has_glyph[face] or ch == " " else FALLBACK


_widths: dict[tuple[str, str, float], float] = {}


def char_width(ch: str, size: float, face: str) -> float:
    key = (ch, face, size)
    if key not in _widths:
        _widths[key] = pdfmetrics.stringWidth(ch, FACES[face_of(ch, face)][0], size)
    return _widths[key]


def text_width(text: str, size: float, face: str, char_space: float = 0.0) -> float:
    return sum(char_width(ch, size, face) for ch in text) + char_space * max(len(text) - 1, 0)


def break_line(text: str, start: int, width: float, size: float, face: str, hang: bool = True) -> int:
    """End index of the line starting at `start`: as many characters as fit, anywhere (as CJK print)."""
    used, end = 0.0, start
    while end < len(text):
        used += char_width(text[end], size, face)
        if used > width and end > start:
            break
        end += 1
    # never start a line with closing punctuation: the character before it moves down with it
    while hang and start + 1 < end < len(text) and text[end] in CLOSING:
        end -= 1
    # nor break a Latin word: Latin text breaks at its spaces
    while start + 1 < end < len(text) and _latin(text[end - 1]) and _latin(text[end]):
        end -= 1
    return end


def _latin(ch: str) -> bool:
    """A Latin letter: words are kept whole (numbers break anywhere here, as CJK does)."""
    return ch.isascii() and ch.isalpha()


def line_at(text: str, start: int, end: int) -> str:
    """text[start:end] as printed: the space a break between Latin words leaves at the line's end
    is not printed (the line break stands for it), as typesetters set Latin text."""
    piece = text[start:end]
    if end < len(text) and piece.endswith(" ") and _latin(piece[-2:-1]) and _latin(text[end]):
        return piece[:-1]
    return piece


def wrap(text: str, width: float, size: float, face: str, hang: bool = True) -> list[str]:
    """Lines of at most `width`; no line starts with closing punctuation (but in table cells)."""
    lines, start = [], 0
    while start < len(text):
        end = break_line(text, start, width, size, face, hang)
        lines.append(line_at(text, start, end))
        start = end
    return lines or [""]


# ---------------------------------------------------------------------------------------------
# Typesetting
# ---------------------------------------------------------------------------------------------


@dataclass
class Style:
    face: str
    size: float
    align: str  # justify | left | centre | right
    indent: float = 0.0  # first line, in points
    faux_bold: bool = False
    char_space: float = 0.0


@dataclass
class ColumnLine:
    text: str
    style: Style
    first: bool
    last: bool


@dataclass
class Flow:
    """Paragraphs poured into columns line by line; `para`, `offset` is where the flow stands."""

    paragraphs: list[tuple[str, Style]]
    para: int = 0
    offset: int = 0

    @property
    def done(self) -> bool:
        return self.para >= len(self.paragraphs)

    def pour(self, width: float, room: float, leading) -> list[ColumnLine]:
        lines: list[ColumnLine] = []
        while not self.done and room >= leading(self.paragraphs[self.para][1]):
            text, style = self.paragraphs[self.para]
            first = self.offset == 0
            if first and lines and style.align == "centre":  # a title's lines stay in one column
                if len(wrap(text, width, style.size, style.face)) * leading(style) > room:
                    break
            end = break_line(text, self.offset, width - (style.indent if first else 0), style.size, style.face)
            last = end >= len(text)
            lines.append(ColumnLine(line_at(text, self.offset, end), style, first, last))
            room -= leading(style)
            self.para, self.offset = (self.para + 1, 0) if last else (self.para, end)
        return lines

    def fits(self, widths: tuple[float, ...], room: float, leading) -> bool:
        saved = (self.para, self.offset)
        for width in widths:
            self.pour(width, room, leading)
        done = self.done
        self.para, self.offset = saved
        return done


class Printer:
    def __init__(self, issue: Manuscript, layout: Layout, toc_pages: dict[str, int] | None = None):
        self.issue, self.layout, self.toc_pages = issue, layout, toc_pages or {}
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4)
        self.canvas.setTitle(issue.running_header)
        self.page = 0  # printed page number; the cover shows none
        self.y, self.bottom = BODY_TOP, BODY_BOTTOM
        self.foot_title_on_page = False
        self.document_pages: dict[str, int] = {}
        self.document_file_pages: dict[str, int] = {}
        self.paragraphs: list[str] = []
        self.section = ""
        self.documents = 0
        self.face = "song"
        self.toc_entry = ""

    # geometry -----------------------------------------------------------------------------------
    @property
    def shift(self) -> float:
        """Mirrored margins: the text block moves outward (right) on odd pages."""
        return self.layout.mirrored if self.page % 2 else 0.0

    @property
    def left(self) -> float:
        return TEXT_LEFT + self.shift

    @property
    def right(self) -> float:
        return TEXT_RIGHT + self.shift

    def columns(self, count: int) -> list[tuple[float, float]]:
        if count == 1:
            return [(self.left, self.right)]
        centre = self.left + TEXT_WIDTH * self.layout.gutter_at
        return [(self.left, centre - GUTTER / 2), (centre + GUTTER / 2, self.right)]

    def room(self) -> float:
        return self.y - self.bottom

    def style(self, style: str) -> Style:
        size = self.layout.body_size
        if style == "section":
            spanning = self.layout.sections == "spanning"
            space = 0.6 * SECTION_SIZE if self.layout.letter_spaced else 0.0
            return Style("hei", SECTION_SIZE if spanning else 13.0, "centre", char_space=space)
        if style == "heading":
            if self.layout.headings == "faux-bold":
                return Style(self.face, size, "left", 2 * size, faux_bold=True)
            return Style("hei", size, "left", 2 * size)
        if style == "title":
            return Style("hei", size + 1.5, "centre")
        if style == "marker":
            return Style("hei", size, "left")
        if style == "signature":
            return Style(self.face, size, "right")
        return Style(self.face, size, "justify", self.layout.indent * size)

    def leading(self, style: Style) -> float:
        return round(max(style.size, self.layout.body_size) * 1.52, 1)

    # pages ----------------------------------------------------------------------------------------
    def print_issue(self) -> Printed:
        if self.layout.cover:
            self.print_cover()
        self.new_page()
        for line in self.issue.toc:
            printed = self.with_printed_page(line)
            self.paragraphs.append(printed)
            self.flow([(printed, self.style("body"))], columns=1)
        self.new_page()
        pending: list[Paragraph] = []
        for block in self.issue.body:
            if isinstance(block, Paragraph) and not (block.style == "section" and self.layout.sections == "spanning"):
                pending.append(block)
                continue
            self.body_paragraphs(pending)
            pending = []
            if isinstance(block, Paragraph):
                self.section_heading(block)
            elif isinstance(block, TitleBlock):
                self.title_block(block)
            else:
                self.table(block)
        self.body_paragraphs(pending)
        pages = self.canvas.getPageNumber()
        self.canvas.showPage()
        self.canvas.save()
        headers = {self.issue.running_header, self.issue.odd_header}
        return Printed(self.buffer.getvalue(), pages, self.page, self.document_pages, self.document_file_pages,
                       headers, self.paragraphs)

    def print_cover(self) -> None:
        self.y = PAGE_HEIGHT - 120
        for n, line in enumerate(self.issue.cover):
            self.paragraphs.append(line)
            size = 26.0 if n == 0 else COVER_SIZE
            for part in wrap(line, TEXT_WIDTH, size, "hei"):
                if self.y - size * 1.6 < BODY_BOTTOM:
                    self.canvas.showPage()  # the cover's second page: still no header or number
                    self.y = PAGE_HEIGHT - 120
                self.y -= size * 1.6
                self.draw_line(part, Style("hei", size, "centre"), TEXT_LEFT, TEXT_RIGHT, last=True)

    def new_page(self) -> None:
        if self.page or self.layout.cover:  # without a cover the file opens on the first numbered page
            self.canvas.showPage()
        self.page += 1
        self.y, self.bottom, self.foot_title_on_page = BODY_TOP, BODY_BOTTOM, False
        header = self.issue.running_header
        if self.page % 2:
            odd = self.issue.odd_header if self.layout.numerals == "arabic" else chinese_numerals(self.issue.odd_header)
            header = f"{odd}　{self.section}" if self.layout.section_headers else odd
        self.canvas.setFont(FACES["song"][0], 9)
        if self.page % 2 == 0:
            self.canvas.drawString(self.left, HEADER_BASELINE, header)
        else:
            self.canvas.drawRightString(self.right, HEADER_BASELINE, header)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(self.left, HEADER_BASELINE - 6, self.right, HEADER_BASELINE - 6)
        self.canvas.setFont(FACES["song"][0], 10)
        self.canvas.drawCentredString((self.left + self.right) / 2, FOOTER_BASELINE, self.layout.footer.format(n=self.page))

    # drawing --------------------------------------------------------------------------------------
    def draw(self, text: str, style: Style, x: float, char_space: float) -> None:
        """One line. Spaced or justified lines carry their spacing in TJ arrays, glyph by glyph, as
        typesetting programs write them (pdfminer drops Tc spacing at the end of every string)."""
        line = self.canvas.beginText(x, self.y)
        runs: list[tuple[str, str]] = []
        for ch in text:
            face = face_of(ch, style.face)
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + ch)
            else:
                runs.append((face, ch))
        adjust = f" {-char_space * 1000 / style.size:.2f} " if char_space else " "
        document = self.canvas._doc
        for face, run in runs:
            font = pdfmetrics.getFont(FACES[face][0])
            for subset, data in font.splitString(run, document):
                glyphs = adjust.join(f"({self.canvas._escape(data[n : n + 1])})" for n in range(len(data)))
                line._code.append(f"{font.getSubsetInternalName(subset, document)} {style.size} Tf [{glyphs}{adjust}] TJ")
        self.canvas.drawText(line)

    def draw_line(self, text: str, style: Style, left: float, right: float, first: bool = True, last: bool = True) -> None:
        x = left + (style.indent if first else 0.0)
        width = text_width(text, style.size, style.face, style.char_space)
        space = style.char_space
        if style.align == "centre":
            x = left + (right - left - width) / 2
        elif style.align == "right":
            x = right - 2 * style.size - width
        elif style.align == "justify" and not last and len(text) > 1:
            space = (right - x - width) / (len(text) - 1)
        self.draw(text, style, x, space)
        if style.faux_bold:
            self.draw(text, style, x + 0.35, space)

    # blocks ---------------------------------------------------------------------------------------
    def flow(self, paragraphs: list[tuple[str, Style]], columns: int) -> None:
        """Pour paragraphs into 1 or 2 columns, balanced above whatever comes next."""
        flow = Flow([(text, style) for text, style in paragraphs if text])
        while not flow.done:
            edges = self.columns(columns)
            widths = tuple(right - left for left, right in edges)
            room = self.room() - 4
            if room < 2 * self.layout.leading:
                self.new_page()
                continue
            height = room
            if columns > 1 and flow.fits(widths, room, self.leading):
                low, high = self.layout.leading, room
                while high - low > 1:
                    middle = (low + high) / 2
                    low, high = (low, middle) if flow.fits(widths, middle, self.leading) else (middle, high)
                height = high
            top, lowest = self.y, self.y
            for left, right in edges:
                self.y = top
                for line in flow.pour(right - left, height, self.leading):
                    self.y -= self.leading(line.style)
                    self.draw_line(line.text, line.style, left, right, line.first, line.last)
                lowest = min(lowest, self.y)
            self.y = lowest - BLOCK_GAP
            if not flow.done:
                self.new_page()

    def body_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        columns = 1 if self.layout.one_column_document == self.documents - 1 else 2
        out = []
        for paragraph in paragraphs:
            if paragraph.style == "section":
                self.section = _bare(paragraph.text)
                self.face = "song"
                text = _bare(paragraph.text) if self.layout.letter_spaced else paragraph.text
                out.append((text, self.style("section")))
            elif paragraph.style == "title" and self.layout.title_breaks and self.section == NEWS_SECTION:
                for part in TITLE_BREAK.split(paragraph.text, maxsplit=1):  # a brief's title on two lines
                    out.append((part, self.style(self.fitting(Paragraph(part, "title"), columns))))
                    self.paragraphs.append(part)
                continue
            else:
                out.append((paragraph.text, self.style(self.fitting(paragraph, columns))))
            self.paragraphs.append(out[-1][0])
        self.flow(out, columns)

    def fitting(self, paragraph: Paragraph, columns: int) -> str:
        """A centred title that all but fills its column would look like running text: set it as text."""
        if paragraph.style != "title":
            return paragraph.style
        style = self.style("title")
        width = min(right - left for left, right in self.columns(columns))
        natural = text_width(paragraph.text, style.size, style.face)
        return "body" if width - 3 * style.size < natural <= width else "title"

    def section_heading(self, paragraph: Paragraph) -> None:
        """A section heading across the page, larger, in Hei (letter-spaced in some layouts)."""
        self.section, self.face = _bare(paragraph.text), "song"
        style = self.style("section")
        if self.room() < 4 * self.layout.leading + SECTION_SIZE * 2 or self.foot_title_on_page:
            self.new_page()
        text = _bare(paragraph.text) if self.layout.letter_spaced else paragraph.text
        self.paragraphs.append(text)  # letter-spaced by the print, not by space characters
        self.y -= SECTION_SIZE * 2
        if self.layout.section_mark and self.layout.sections == "spanning":
            mark = 2 * SECTION_SIZE  # the bar and the space after it
            width = text_width(text, style.size, style.face, style.char_space)
            x = self.left + (self.right - self.left - width - mark) / 2
            self.canvas.rect(x, self.y - 1, 0.6 * SECTION_SIZE, style.size, stroke=0, fill=1)
            self.draw_line(text, style, x + mark, x + mark + width)
        else:
            self.draw_line(text, style, self.left, self.right)
        self.y -= BLOCK_GAP

    def title_lines(self, block: TitleBlock) -> list[tuple[str, Style, float]]:
        out = []
        for line in block.lines:
            small = bool(CODE_LINE.match(line) or DOC_NUMBER_LINE.match(line))
            style = Style("song", self.layout.body_size, "centre") if small else Style("hei", TITLE_SIZE, "centre")
            leading = self.layout.leading + 4 if small else TITLE_LEADING
            out += [(part, style, leading) for part in wrap(line, TEXT_WIDTH - 4, style.size, style.face)]
        return out

    def title_block(self, block: TitleBlock) -> None:
        self.paragraphs += block.lines
        self.documents += 1
        self.face = self.layout.document_face
        lines = self.title_lines(block)
        height = sum(leading for _, _, leading in lines) + BLOCK_GAP
        if self.layout.title_at_foot and self.layout.one_column_document != self.documents - 1:
            if self.y < BODY_TOP or self.foot_title_on_page:
                self.new_page()
            self.y = self.bottom + height
            self.bottom = self.y + BLOCK_GAP
            self.foot_title_on_page = True
        elif self.room() < height + 3 * self.layout.leading or self.foot_title_on_page:
            self.new_page()  # a title never ends a page (keep with next)
        self.document_pages.setdefault(block.doc_number, self.page)
        self.document_file_pages.setdefault(block.doc_number, self.canvas.getPageNumber())
        for text, style, leading in lines:
            self.y -= leading
            self.draw_line(text, style, self.left, self.right)
        self.y = BODY_TOP if self.foot_title_on_page else self.y - BLOCK_GAP

    def table(self, table: Table) -> None:
        if self.foot_title_on_page:
            self.new_page()
        count = max(len(row) for row in table.rows)
        rows = [row + [""] * (count - len(row)) for row in table.rows]
        self.paragraphs += ["\t".join(row).rstrip("\t") for row in table.rows]
        natural = [max(text_width(row[i], TABLE_SIZE, "song") for row in rows) for i in range(count)]
        if not self.layout.ruled_tables and sum(natural) + UNRULED_GAP * (count - 1) <= TEXT_WIDTH:
            self.unruled_table(rows, natural)
        else:
            self.ruled_table(rows)
        self.y -= BLOCK_GAP

    def ruled_table(self, rows: list[list[str]]) -> None:
        weights = [min(max(max(len(row[i]) for row in rows), 3), 24) for i in range(len(rows[0]))]
        widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
        style = Style("song", TABLE_SIZE, "left")
        for row in rows:
            cells = [wrap(cell, width - 2 * CELL_PAD, TABLE_SIZE, "song", hang=False) for cell, width in zip(row, widths)]
            height = max(len(lines) for lines in cells) * TABLE_LEADING + 2 * CELL_PAD
            if self.room() < height:
                self.new_page()
            x, top = self.left, self.y
            for lines, width in zip(cells, widths):
                self.canvas.rect(x, top - height, width, height)
                for n, text in enumerate(lines):
                    self.y = top - CELL_PAD - (n + 1) * TABLE_LEADING + 2
                    self.draw(text, style, x + CELL_PAD, 0.0)
                x += width
            self.y = top - height

    def unruled_table(self, rows: list[list[str]], natural: list[float]) -> None:
        """Columns aligned by white space only, the spare width shared out between them."""
        spare = (TEXT_WIDTH - sum(natural)) / max(len(natural) - 1, 1)
        style = Style("song", TABLE_SIZE, "left")
        for row in rows:
            if self.room() < TABLE_LEADING + 2:
                self.new_page()
            self.y -= TABLE_LEADING + 2
            x = self.left
            for cell, width in zip(row, natural):
                if cell:
                    right = self.layout.figures == "right" and FIGURE.fullmatch(cell)
                    self.draw(cell, style, x + (width - text_width(cell, TABLE_SIZE, "song") if right else 0.0), 0.0)
                x += width + spare

    # table of contents ------------------------------------------------------------------------------
    def with_printed_page(self, line: str) -> str:
        """A TOC line with the page its document was printed on (known from the previous pass)."""
        self.toc_entry += line
        page = TOC_ENTRY.search(line)
        if not page:
            return line
        number = DOC_NUMBER.search(self.toc_entry)
        self.toc_entry = ""
        if number and number[0] in self.toc_pages:
            return f"{line[: page.start('page')]}{self.toc_pages[number[0]]:02d}{line[page.end('page'):]}"
        return line


def issue_pdf(text: str, layout: Layout = LAYOUTS["song-ruled"]) -> Printed:
    """Typeset an issue; later passes print the TOC with the pages the previous pass found."""
    register_fonts()
    issue = read_issue(text)
    printed = Printer(issue, layout).print_issue()
    for _ in range(3):
        again = Printer(issue, layout, toc_pages=printed.document_pages).print_issue()
        if again.document_pages == printed.document_pages:
            return again
        printed = again
    raise RuntimeError("table of contents pages do not settle")


def short_issue_pdf(pages: int = 3, year: int = 2020, issue_no: int = 6) -> bytes:
    """A short issue, quick to read back: its cover, then a notice running over the other pages."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont(FONT, COVER_SIZE)
    pdf.drawCentredString(PAGE_WIDTH / 2, BODY_TOP, "温州市人民政府公报")
    pdf.drawCentredString(PAGE_WIDTH / 2, BODY_TOP - 40, f"{year}年第{issue_no}期（总第{200 + issue_no}期）")
    for page in range(2, pages + 1):
        pdf.showPage()
        pdf.setFont(FONT, 10.5)
        for line in range(30):
            pdf.drawString(TEXT_LEFT, BODY_TOP - 20 * line, f"第{page}页第{line + 1}行：现将有关事项通知如下，请认真贯彻执行。")
        pdf.drawCentredString(PAGE_WIDTH / 2, FOOTER_BASELINE, f"·  {page}  ·")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Bad files
# ---------------------------------------------------------------------------------------------


def scanned_pdf() -> bytes:
    """An image-only page, as from a scanner: no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (600, 840), 255)
    draw = ImageDraw.Draw(image)
    for n in range(30):
        draw.rectangle((60, 80 + n * 24, 540 - (n % 4) * 60, 92 + n * 24), fill=40)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawImage(ImageReader(image), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    page.showPage()
    page.save()
    return buffer.getvalue()


def vector_only_pdf() -> bytes:
    """Pages of vector drawings only: text turned into outlines, or a chart exported without text."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(2):
        for n in range(40):
            page.rect(60, 80 + n * 18, 400 - (n % 5) * 50, 10, fill=1)
            page.bezier(60, 90 + n * 18, 120, 100 + n * 18, 200, 80 + n * 18, 300, 90 + n * 18)
        page.showPage()
    page.save()
    return buffer.getvalue()


def one_page_pdf(password: str | None = None) -> bytes:
    """A page of text; with a password it opens only with that password."""
    register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, encrypt=password, pageCompression=0)
    page.setFont(FONT, 12)
    for n in range(20):
        page.drawString(TEXT_LEFT, BODY_TOP - 20 * n, "温州市人民政府公报（总第217期） 第9期 文件发布")
    page.showPage()
    page.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    return one_page_pdf(password="secret")


def many_pages_pdf(pages: int) -> bytes:
    """A file of `pages` near-empty pages: what matters is how many it says it has."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for n in range(pages):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(TEXT_LEFT, BODY_TOP, f"page {n + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def zip_named_pdf() -> bytes:
    """A ZIP archive with a PDF stored inside (its local header is followed by the PDF's own bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("2020-06.pdf", short_issue_pdf())
    return buffer.getvalue()


def inflating_pdf(inflated: int) -> bytes:
    """One page whose content stream is a few hundred KB compressed and `inflated` bytes inflated."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(chunk) for _ in range(inflated // len(chunk))]
    stream = b"".join(parts) + compressor.compress(b" " * (inflated % len(chunk))) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def truncated(pdf: bytes) -> bytes:
    """A download that stopped half-way."""
    return pdf[: len(pdf) // 2]


def garbled(pdf: bytes) -> bytes:
    """Whole file, but its objects overwritten with noise from the middle on (a bad disk, a bad copy)."""
    start, end = len(pdf) // 3, len(pdf) - 64
    noise = bytes((n * 151 + 7) % 251 for n in range(end - start))
    return pdf[:start] + noise + pdf[end:]


def main() -> None:
    parser = argparse.ArgumentParser(description="Print a fixture issue text as a gazette PDF.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="song-ruled")
    args = parser.parse_args()
    printed = issue_pdf(args.source.read_text(encoding="utf-8"), LAYOUTS[args.layout])
    args.target.write_bytes(printed.pdf)
    print(f"{args.target}: {printed.pages} pages, documents on pages {sorted(set(printed.document_pages.values()))}")


if __name__ == "__main__":
    main()

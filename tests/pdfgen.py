"""Print a fixture issue as a gazette-like PDF, as hard to read back as the real print.

The real issues exist only as two-column PDFs; none is available to the tests, so this module
typesets the fixture texts the way the printer does, and the PDF tests read them back:

- a cover page (no running header, no page number) and a one-column table of contents;
- body text in two justified columns, every paragraph reflowed to the column width (so lines
  break mid-word and mid-number) with a two-character first-line indent; signatures set right;
  numbered headings overprinted as faux bold (each character twice, a hair apart) in one layout;
- an off-centre gutter (each layout puts it elsewhere), columns balanced above a full-width block;
- document title blocks (ZJCC code, title in a larger size, doc number) spanning the page width,
  and in the "title-at-foot" layout placed at the foot of the document's first page (as in 2020-09);
- tables with ruled cells spanning the page width, wrapped cell text, split across pages;
- running headers that alternate between even and odd pages, and "·  N  ·" page numbers;
- a table of contents whose page numbers agree with where the documents were actually printed.

Also the bad files: an image-only scan, an encrypted file, a truncated file.

    python -m tests.pdfgen fixtures/issues/2020-06.txt out.pdf [--layout title-at-foot]
"""

from __future__ import annotations

import argparse
import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from issues import numbers
from issues.parser import regexes
from issues.parser.clean import split_lines
from issues.parser.identity import find_identity

FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT = "WenQuanYiZenHei"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT, MARGIN_RIGHT = 62.0, 56.0
TEXT_LEFT, TEXT_RIGHT = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT
BODY_TOP, BODY_BOTTOM = PAGE_HEIGHT - 74.0, 62.0
HEADER_BASELINE, FOOTER_BASELINE = PAGE_HEIGHT - 50.0, 34.0
GUTTER = 18.0

TITLE_SIZE, TITLE_LEADING = 15.0, 22.0
TABLE_SIZE, TABLE_LEADING, CELL_PAD = 7.5, 10.0, 3.0
COVER_SIZE = 13.0
BLOCK_GAP = 12.0


@dataclass(frozen=True)
class Layout:
    """How one printing differs from another."""

    name: str
    gutter_at: float = 0.5  # centre of the gutter, as a fraction of the text width
    title_at_foot: bool = False  # document title blocks at the foot of their first page
    body_size: float = 10.5  # larger print, more pages
    faux_bold: bool = False  # headings overprinted with a slight offset, as cheap bold fonts do

    @property
    def leading(self) -> float:
        return round(self.body_size * 1.52, 1)


LAYOUTS = {
    "off-centre": Layout("off-centre", gutter_at=0.56, faux_bold=True),
    "title-at-foot": Layout("title-at-foot", gutter_at=0.45, title_at_foot=True),
    "large-print": Layout("large-print", gutter_at=0.53, body_size=13.8),
}


@dataclass
class Printed:
    """A generated PDF and what the tests need to know about how it was printed."""

    pdf: bytes
    pages: int
    document_pages: dict[str, int]  # doc key -> printed page of the document's title block
    running_headers: set[str]
    paragraphs: list[str]  # what was printed, in reading order: one per paragraph, title line, table row


# ---------------------------------------------------------------------------------------------
# Blocks: what the fixture text says, in print terms
# ---------------------------------------------------------------------------------------------


@dataclass
class Paragraph:
    text: str
    style: str = "body"  # body | heading (一、… printed bold) | signature (issuer and date, set right)


@dataclass
class TitleBlock:
    """ZJCC code, issuer and title lines, doc number: printed across the page width."""

    lines: list[str]
    doc_key: str


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Manuscript:
    """An issue as the typesetter receives it: cover, table of contents, body blocks."""

    cover: list[str]
    toc: list[str]
    body: list[Paragraph | TitleBlock | Table]
    running_header: str  # 温州市人民政府公报（总第217期）
    odd_header: str  # 2020年第9期


def read_issue(text: str) -> Manuscript:
    text = text.replace("\xa0", " ")  # print has no non-breaking spaces: they come back as spaces
    raw = [line.rstrip() for line in split_lines(text)]
    lines = [line for line in raw if line.strip() and not _is_running_furniture(line)]
    toc_start, toc_end = _toc_range(lines)
    found = find_identity(raw)
    total = f"（总第{found.total_no}期）" if found.total_no else ""
    return Manuscript(
        cover=[line.strip() for line in lines[:toc_start]],
        toc=[line.strip() for line in lines[toc_start:toc_end]],
        body=_body_blocks(lines[toc_end:]),
        running_header=f"温州市人民政府公报{total}",
        odd_header=f"{found.year}年第{found.issue_no}期",
    )


def _is_running_furniture(line: str) -> bool:
    """Headers and page numbers of the print the fixture was taken from: this print makes its own."""
    return bool(regexes.PAGE_NUMBER_LINE.match(line) or regexes.RUNNING_HEADER.match(line))


def _toc_range(lines: list[str]) -> tuple[int, int]:
    """The table of contents: from the category heading before its first page number to its last."""
    pages = [i for i, line in enumerate(lines) if regexes.TOC_PAGE.search(line)]
    if not pages:
        return 0, 0
    end = pages[0]
    for i in pages[1:]:
        if i - end > 6:
            break
        end = i
    start = pages[0]
    while start > 0 and not regexes.CATEGORY_HEADING.match(lines[start].strip()):
        start -= 1
    if start and lines[start - 1].strip() == "目录":
        start -= 1
    return start, end + 1


def _body_blocks(lines: list[str]) -> list[Paragraph | TitleBlock | Table]:
    blocks: list[Paragraph | TitleBlock | Table] = []
    rows: list[list[str]] = []
    for line in lines:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            blocks.append(Table(rows))
            rows = []
        text = line.strip()
        key = numbers.doc_key(text) if regexes.DOC_NUMBER_FULL.match(text) else None
        if key:
            blocks.append(TitleBlock(_take_title_lines(blocks) + [text], key))
        elif regexes.FULL_DATE.fullmatch(text):
            if blocks and isinstance(blocks[-1], Paragraph) and _short_unit(blocks[-1].text):
                blocks[-1].style = "signature"
            blocks.append(Paragraph(text, "signature"))
        else:
            heading = regexes.STRUCTURAL_START.match(text) and len(text) <= 24 and _short_unit(text)
            blocks.append(Paragraph(text, "heading" if heading else "body"))
    if rows:
        blocks.append(Table(rows))
    return blocks


def _short_unit(text: str) -> bool:
    """A line that is not running text: short and not ending a sentence (a heading, an issuer)."""
    return len(text) <= 24 and not regexes.COMPLETE_LINE_END.search(text)


def _take_title_lines(blocks: list) -> list[str]:
    """Pop the paragraphs just before a doc number that belong to its title block."""
    taken: list[str] = []
    while blocks and len(taken) < 3 and isinstance(blocks[-1], Paragraph) and _title_like(blocks[-1].text):
        taken.insert(0, blocks.pop().text)
    return taken


def _title_like(text: str) -> bool:
    if regexes.REGISTRATION_CODE_FULL.match(text):
        return True
    return (
        len(text) <= 70
        and not regexes.COMPLETE_LINE_END.search(text)
        and not regexes.FULL_DATE.fullmatch(text)
        and not regexes.STRUCTURAL_START.match(text)
    )


# ---------------------------------------------------------------------------------------------
# Typesetting
# ---------------------------------------------------------------------------------------------

_widths: dict[tuple[str, float], float] = {}


def char_width(ch: str, size: float) -> float:
    key = (ch, size)
    if key not in _widths:
        _widths[key] = pdfmetrics.stringWidth(ch, FONT, size)
    return _widths[key]


def text_width(text: str, size: float) -> float:
    return sum(char_width(ch, size) for ch in text)


def break_line(text: str, start: int, width: float, size: float) -> int:
    """End index of the line starting at `start`: as many characters as fit, anywhere (as CJK print)."""
    used = 0.0
    end = start
    while end < len(text):
        used += char_width(text[end], size)
        if used > width and end > start:
            break
        end += 1
    return end


def wrap(text: str, width: float, size: float) -> list[str]:
    lines, start = [], 0
    while start < len(text):
        end = break_line(text, start, width, size)
        lines.append(text[start:end])
        start = end
    return lines or [""]


@dataclass
class ColumnLine:
    text: str
    indent: bool  # first line of a paragraph
    last: bool  # last line of a paragraph: not justified
    style: str = "body"


@dataclass
class Flow:
    """Paragraphs poured into columns line by line; `para`, `offset` is where the flow stands."""

    paragraphs: list[Paragraph]
    size: float
    para: int = 0
    offset: int = 0

    @property
    def done(self) -> bool:
        return self.para >= len(self.paragraphs)

    def pour(self, width: float, max_lines: int) -> list[ColumnLine]:
        lines: list[ColumnLine] = []
        indent_width = 2 * self.size
        while not self.done and len(lines) < max_lines:
            paragraph = self.paragraphs[self.para]
            text = paragraph.text
            first = self.offset == 0
            end = break_line(text, self.offset, width - (indent_width if first else 0), self.size)
            last = end >= len(text)
            lines.append(ColumnLine(text[self.offset : end], first, last, paragraph.style))
            self.para, self.offset = (self.para + 1, 0) if last else (self.para, end)
        return lines

    def fits(self, widths: tuple[float, float], max_lines: int) -> bool:
        saved = (self.para, self.offset)
        self.pour(widths[0], max_lines)
        self.pour(widths[1], max_lines)
        done = self.done
        self.para, self.offset = saved
        return done


@dataclass
class Printer:
    issue: Manuscript
    layout: Layout
    toc_pages: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4)
        self.canvas.setTitle(self.issue.running_header)
        self.page = 0  # printed page number; the cover is page 0 and shows none
        self.y = BODY_TOP
        self.bottom = BODY_BOTTOM
        self.foot_title_on_page = False
        self.document_pages: dict[str, int] = {}
        self.paragraphs: list[str] = []
        self.toc_entry = ""
        gutter_centre = TEXT_LEFT + TEXT_WIDTH * self.layout.gutter_at
        self.columns = ((TEXT_LEFT, gutter_centre - GUTTER / 2), (gutter_centre + GUTTER / 2, TEXT_RIGHT))

    # pages ------------------------------------------------------------------------------------
    def print_issue(self) -> Printed:
        self.print_cover()
        self.new_page()
        for line in self.issue.toc:
            self.full_width_paragraph(Paragraph(self.with_printed_page(line)))
        self.new_page()
        paragraphs: list[Paragraph] = []
        for block in self.issue.body:
            if isinstance(block, Paragraph):
                paragraphs.append(block)
                self.paragraphs.append(block.text)
                continue
            self.columns_of(paragraphs)
            paragraphs = []
            if isinstance(block, TitleBlock):
                self.title_block(block)
            else:
                self.table(block)
        self.columns_of(paragraphs)
        self.canvas.showPage()
        self.canvas.save()
        headers = {self.issue.running_header, self.issue.odd_header}
        return Printed(self.buffer.getvalue(), self.page + 1, self.document_pages, headers, self.paragraphs)

    def print_cover(self) -> None:
        self.y = PAGE_HEIGHT - 120
        for n, line in enumerate(self.issue.cover):
            self.paragraphs.append(line)
            size = 26.0 if n == 0 else COVER_SIZE
            for part in wrap(line, TEXT_WIDTH, size):
                self.y -= size * 1.6
                self.draw_centred(part, size, TEXT_LEFT, TEXT_RIGHT)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y, self.bottom, self.foot_title_on_page = BODY_TOP, BODY_BOTTOM, False
        self.canvas.setFont(FONT, 9)
        if self.page % 2 == 0:
            self.canvas.drawString(TEXT_LEFT, HEADER_BASELINE, self.issue.running_header)
        else:
            self.canvas.drawRightString(TEXT_RIGHT, HEADER_BASELINE, self.issue.odd_header)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(TEXT_LEFT, HEADER_BASELINE - 6, TEXT_RIGHT, HEADER_BASELINE - 6)
        self.canvas.setFont(FONT, 10)
        self.canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_BASELINE, f"·  {self.page}  ·")

    def room(self) -> float:
        return self.y - self.bottom

    # drawing ----------------------------------------------------------------------------------
    def draw(self, text: str, size: float, x: float, char_space: float = 0.0) -> None:
        line = self.canvas.beginText(x, self.y)
        line.setFont(FONT, size)
        line.setCharSpace(char_space)
        line.textOut(text)
        self.canvas.drawText(line)

    def draw_centred(self, text: str, size: float, left: float, right: float) -> None:
        self.draw(text, size, left + (right - left - text_width(text, size)) / 2)

    def draw_column_line(self, line: ColumnLine, left: float, right: float) -> None:
        size = self.layout.body_size
        x = left + (2 * size if line.indent else 0)
        if line.style == "signature" and line.indent and line.last:
            x = right - 2 * size - text_width(line.text, size)
        spare = right - x - text_width(line.text, size)
        justify = spare / (len(line.text) - 1) if not line.last and len(line.text) > 1 else 0.0
        self.draw(line.text, size, x, justify)
        if line.style == "heading" and self.layout.faux_bold:
            self.draw(line.text, size, x + 0.35, justify)

    # blocks -----------------------------------------------------------------------------------
    def full_width_paragraph(self, paragraph: Paragraph) -> None:
        self.paragraphs.append(paragraph.text)
        flow = Flow([paragraph], self.layout.body_size)
        leading = self.layout.leading
        while not flow.done:
            if self.room() < leading:
                self.new_page()
            for line in flow.pour(TEXT_WIDTH, int(self.room() // leading)):
                self.y -= leading
                self.draw_column_line(line, TEXT_LEFT, TEXT_RIGHT)

    def columns_of(self, paragraphs: list[Paragraph]) -> None:
        """Pour paragraphs into the two columns, balanced above whatever comes next."""
        flow = Flow([p for p in paragraphs if p.text], self.layout.body_size)
        leading = self.layout.leading
        widths = tuple(right - left for left, right in self.columns)
        while not flow.done:
            available = int((self.room() - 4) // leading)
            if available < 2:
                self.new_page()
                continue
            lines = available
            if flow.fits(widths, available):
                low, high = 1, available
                while low < high:
                    middle = (low + high) // 2
                    low, high = (low, middle) if flow.fits(widths, middle) else (middle + 1, high)
                lines = low
            top = self.y
            for left, right in self.columns:
                self.y = top
                for line in flow.pour(right - left, lines):
                    self.y -= leading
                    self.draw_column_line(line, left, right)
            self.y = top - lines * leading - BLOCK_GAP
            if not flow.done:
                self.new_page()

    def title_lines(self, block: TitleBlock) -> list[tuple[str, float, float]]:
        """(text, size, leading) of each printed line: title lines large, code and number in body size."""
        out = []
        for line in block.lines:
            small = bool(regexes.REGISTRATION_CODE_FULL.match(line) or regexes.DOC_NUMBER_FULL.match(line))
            size, leading = (self.layout.body_size, self.layout.leading + 4) if small else (TITLE_SIZE, TITLE_LEADING)
            out += [(part, size, leading) for part in wrap(line, TEXT_WIDTH, size)]
        return out

    def title_block(self, block: TitleBlock) -> None:
        self.paragraphs += block.lines
        lines = self.title_lines(block)
        height = sum(leading for _, _, leading in lines) + BLOCK_GAP
        if self.layout.title_at_foot:
            if self.y < BODY_TOP or self.foot_title_on_page:
                self.new_page()
            self.y = self.bottom + height
            self.bottom = self.y + BLOCK_GAP
            self.foot_title_on_page = True
        elif self.room() < height + 3 * self.layout.leading or self.foot_title_on_page:
            self.new_page()  # a title never ends a page (keep with next)
        self.document_pages.setdefault(block.doc_key, self.page)
        for text, size, leading in lines:
            self.y -= leading
            self.draw_centred(text, size, TEXT_LEFT, TEXT_RIGHT)
        self.y = BODY_TOP if self.layout.title_at_foot else self.y - BLOCK_GAP  # at the foot: body above

    def table(self, table: Table) -> None:
        if self.foot_title_on_page:
            self.new_page()
        widths = self.table_widths(table)
        self.paragraphs += ["\t".join(cell.strip() for cell in row).rstrip("\t") for row in table.rows]
        for row in table.rows:
            cells = [wrap(cell.strip(), width - 2 * CELL_PAD, TABLE_SIZE) for cell, width in zip(row, widths)]
            height = max(len(lines) for lines in cells) * TABLE_LEADING + 2 * CELL_PAD
            if self.room() < height:
                self.new_page()
            x = TEXT_LEFT
            for lines, width in zip(cells, widths):
                self.canvas.rect(x, self.y - height, width, height)
                for n, text in enumerate(lines):
                    line = self.canvas.beginText(x + CELL_PAD, self.y - CELL_PAD - (n + 1) * TABLE_LEADING + 2)
                    line.setFont(FONT, TABLE_SIZE)
                    line.textOut(text)
                    self.canvas.drawText(line)
                x += width
            self.y -= height
        self.y -= BLOCK_GAP

    @staticmethod
    def table_widths(table: Table) -> list[float]:
        count = max(len(row) for row in table.rows)
        for row in table.rows:
            row.extend([""] * (count - len(row)))
        weights = [min(max(max(len(row[i].strip()) for row in table.rows), 3), 24) for i in range(count)]
        return [TEXT_WIDTH * w / sum(weights) for w in weights]

    # table of contents ---------------------------------------------------------------------------
    def with_printed_page(self, line: str) -> str:
        """A TOC line with the page its document was printed on (known from the previous pass)."""
        self.toc_entry += line
        page = regexes.TOC_PAGE.search(line)
        if not page:
            return line
        number = regexes.DOC_NUMBER.search(self.toc_entry)
        self.toc_entry = ""
        key = numbers.doc_key(number.group(0)) if number else None
        if key in self.toc_pages:
            return f"{line[: page.start('page')]}{self.toc_pages[key]:02d}{line[page.end('page'):]}"
        return line


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        if not FONT_PATH.exists():
            raise FileNotFoundError(f"{FONT_PATH} is missing: apt-get install fonts-wqy-zenhei")
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))


def issue_pdf(text: str, layout: Layout = LAYOUTS["off-centre"]) -> Printed:
    """Typeset an issue; a second pass prints the TOC with the pages the first pass found."""
    register_font()
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
    register_font()
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

    image = Image.new("L", (600, 840), 255)
    draw = ImageDraw.Draw(image)
    for n in range(30):
        draw.rectangle((60, 80 + n * 24, 540 - (n % 4) * 60, 92 + n * 24), fill=40)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    from reportlab.lib.utils import ImageReader

    page.drawImage(ImageReader(image), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    page.showPage()
    page.save()
    return buffer.getvalue()


def one_page_pdf(password: str | None = None) -> bytes:
    """A page of text; with a password it opens only with that password."""
    register_font()
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


def truncated(pdf: bytes) -> bytes:
    """A download that stopped half-way."""
    return pdf[: len(pdf) // 2]


def garbled(pdf: bytes) -> bytes:
    """Whole file, but its objects overwritten with noise from the middle on (a bad disk, a bad copy)."""
    start, end = len(pdf) // 3, len(pdf) - 64
    noise = bytes((n * 151 + 7) % 251 for n in range(end - start))
    return pdf[:start] + noise + pdf[end:]


def main() -> None:
    parser = argparse.ArgumentParser(description="Print a fixture issue text as a gazette-like PDF.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="off-centre")
    args = parser.parse_args()
    printed = issue_pdf(args.source.read_text(encoding="utf-8"), LAYOUTS[args.layout])
    args.target.write_bytes(printed.pdf)
    print(f"{args.target}: {printed.pages} pages, documents on pages {sorted(set(printed.document_pages.values()))}")


if __name__ == "__main__":
    main()

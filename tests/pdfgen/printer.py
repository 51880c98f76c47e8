"""Typesetting a manuscript into a gazette PDF, page by page (its tables: tables.py)."""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics

from tests.pdfgen.flow import Flow, Style
from tests.pdfgen.fonts import FACES, face_of, register_fonts, text_width, wrap
from tests.pdfgen.layouts import (
    BLOCK_GAP, BODY_BOTTOM, BODY_TOP, COVER_SIZE, FOOTER_BASELINE, GUTTER, HEADER_BASELINE, LAYOUTS, PAGE_HEIGHT,
    SECTION_SIZE, TEXT_LEFT, TEXT_RIGHT, TEXT_WIDTH, TITLE_LEADING, TITLE_SIZE, Layout, Printed,
)
from tests.pdfgen.manuscript import (
    CODE_LINE, DOC_NUMBER, DOC_NUMBER_LINE, NEWS_SECTION, TITLE_BREAK, TOC_ENTRY, Manuscript, Paragraph, TitleBlock,
    bare, chinese_numerals, read_issue,
)
from tests.pdfgen.tables import print_table

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
        if style in ("kicker", "subtitle", "byline", "caption"):
            return Style("kai", size - 1, "centre")
        if style == "credit":
            return Style("kai", size - 1, "right")
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
        news = False
        for block in self.issue.body:
            if isinstance(block, Paragraph) and block.style == "section":
                news = bare(block.text) == NEWS_SECTION
            headline = news and self.layout.headlines == "spanning" and isinstance(block, Paragraph) and (
                block.style == "title" or block.press == "kicker")
            if isinstance(block, Paragraph) and not headline and not (
                    block.style == "section" and self.layout.sections == "spanning"):
                pending.append(block)
                continue
            self.body_paragraphs(pending)
            pending = []
            if headline:
                self.headline(block)
            elif isinstance(block, Paragraph):
                self.section_heading(block)
            elif isinstance(block, TitleBlock):
                self.title_block(block)
            else:
                print_table(self, block)
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
        # through draw(), whose faces fall back on Hei where Song has no glyph (〇 of 二〇二二年)
        style, y = Style("song", 9.0, "left"), self.y
        self.y = HEADER_BASELINE
        self.draw(header, style, self.left if self.page % 2 == 0 else self.right - text_width(header, 9.0, "song"), 0.0)
        self.y = y
        self.canvas.setLineWidth(0.6)
        self.canvas.line(self.left, HEADER_BASELINE - 6, self.right, HEADER_BASELINE - 6)
        self.canvas.setFont(FACES["song"][0], 10)
        self.canvas.drawCentredString((self.left + self.right) / 2, FOOTER_BASELINE, self.layout.footer.format(n=self.page))

    # drawing --------------------------------------------------------------------------------------
    def draw(self, text: str, style: Style, x: float, char_space: float, lead: int = 0) -> None:
        """One line. Spaced or justified lines carry their spacing in TJ arrays, glyph by glyph, as
        typesetting programs write them (pdfminer drops Tc spacing at the end of every string).
        The first `lead` characters are set in Hei (a dateline in bold)."""
        line = self.canvas.beginText(x, self.y)
        runs: list[tuple[str, str]] = []
        for n, ch in enumerate(text):
            face = face_of(ch, "hei" if n < lead else style.face)
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
        self.draw(text, style, x, space, style.lead if first else 0)
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
                self.section = bare(paragraph.text)
                self.face = "song"
                text = bare(paragraph.text) if self.layout.letter_spaced else paragraph.text
                out.append((text, self.spaced_to_fit(text, min(r - l for l, r in self.columns(columns)))))
            elif paragraph.style == "title" and self.layout.title_breaks and self.section == NEWS_SECTION:
                for part in TITLE_BREAK.split(paragraph.text, maxsplit=1):  # a brief's title on two lines
                    out.append((part, self.kept(self.style(self.fitting(Paragraph(part, "title"), columns)))))
                    self.paragraphs.append(part)
                continue
            elif paragraph.press and self.layout.press:
                out.append((paragraph.text, self.kept(self.style(paragraph.press))))
            else:
                style = self.style(self.fitting(paragraph, columns))
                if self.layout.press and paragraph.lead and style.align == "justify":
                    style = Style(style.face, style.size, style.align, style.indent, lead=paragraph.lead)
                out.append((paragraph.text, style))
            self.paragraphs.append(out[-1][0])
        self.flow(out, columns)

    def spaced_to_fit(self, text: str, width: float) -> Style:
        """A section heading's style: letter-spaced where the layout spaces them and the spaced heading fits its
        column (a long one, '4月份市政府、市政府办公室发文目录', is set solid)."""
        style = self.style("section")
        if style.char_space and text_width(text, style.size, style.face, style.char_space) > width:
            style = replace(style, char_space=0.0)
        return style

    def kept(self, style: Style) -> Style:
        """A brief's title lines (kicker, title, subtitle) kept with the text they head, in layouts that break or set
        them apart as papers do."""
        return replace(style, keep=True) if style.align == "centre" else style

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
        self.section, self.face = bare(paragraph.text), "song"
        style = self.style("section")
        if self.room() < 4 * self.layout.leading + SECTION_SIZE * 2 or self.foot_title_on_page:
            self.new_page()
        text = bare(paragraph.text) if self.layout.letter_spaced else paragraph.text
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

    def headline(self, paragraph: Paragraph) -> None:
        """A brief's title (or its kicker) across the page over its text's two columns, as papers set a lead brief:
        larger, in Hei, centred on the page; kept with the first lines of the text; broken where the layout breaks
        titles, wrapped where too long for the page."""
        kicker = paragraph.press == "kicker"
        style = Style("kai", self.layout.body_size, "centre") if kicker else Style(
            "hei", self.layout.body_size + 3, "centre")
        parts = TITLE_BREAK.split(paragraph.text, maxsplit=1) if self.layout.title_breaks and not kicker else [paragraph.text]
        lines = [line for part in parts for line in wrap(part, TEXT_WIDTH - 4 * style.size, style.size, style.face)]
        leading = self.leading(style)
        if self.room() < leading * len(lines) + 4 * self.layout.leading:
            self.new_page()
        self.paragraphs += parts
        for line in lines:
            self.y -= leading
            self.draw_line(line, style, self.left, self.right)
        self.y -= BLOCK_GAP / 2

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

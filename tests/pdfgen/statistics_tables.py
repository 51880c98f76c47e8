"""Statistics tables (月度统计) printed as other bureaus print them, one table to a page, for OCR tests.

The gazette's own tables (tests/pdfgen/printer.py) are fully ruled or aligned evenly by white space;
bulletins elsewhere print a three-line table (rules over and under the heading row and under the
last row only), a rule under every row and none down, or no rules with figures set flush right and
standing a little off their column, sub-rows indented under a 「#」, a heading row over two lines, and
rows giving a growth rate alone. Only reportlab and the gazette's faces: nothing of the code that reads them.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.pdfgen.fonts import FACES, char_width, face_of, register_fonts, text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT = 62.0, PAGE_WIDTH - 56.0
TOP = PAGE_HEIGHT - 150.0  # the section heading's baseline: below the running header's band
PAD = 4.0  # points between a cell's text and its column's edge
RUNNING_RULE = PAGE_HEIGHT - 62.0  # the rule under the running header of a page a table runs on to


@dataclass(frozen=True)
class TableStyle:
    """How one bureau prints its table."""

    name: str
    rules: str = "three-line"  # "three-line", "rows" (a rule under each row, none down), "grid", "none"
    figures: str = "centre"  # where a figure stands in its column: "centre", "right", "left"
    size: float = 9.0  # type size of the table
    leading: float = 17.0  # points from one row's baseline to the next
    jitter: float = 0.0  # points a cell may stand off its place (set by hand, unevenly)
    header_lines: int = 1  # 2: 「同比」 over 「±%」, 「1-本月」 over 「累计」
    sub_indent: float = 2.0  # ems a sub-row's 「#」 stands in from the indicator column's edge
    face: str = "song"


def statistics_page(title: str, header: list[str], rows: list[list[str]], style: TableStyle,
                    producer: str = "", seed: int = 7, heading: bool = True, running_on: str = "") -> bytes:
    """A one-page PDF: the heading 统计资料 (unless `heading` is False: a page holding the table alone), the
    table's title, the table, its producer's line. With `running_on` (the issue, '2023年第3期'), the table's last rows
    run on to the top of a page of their own, under that running header and its rule, nothing else on the page but
    the producer's line (no heading, title or heading row: `header` only says how many columns).

    `rows` are the printed cells (indicator, unit, four figures; '' where nothing is printed); an
    indicator starting with '#' or a space is a sub-row and is indented."""
    register_fonts()
    shake = random.Random(seed)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    if running_on:
        _running_header(pdf, running_on)
    elif heading:
        pdf.setFont(FACES["hei"][0], 16)
        pdf.drawCentredString(PAGE_WIDTH / 2, TOP, "统 计 资 料")
    if not running_on:
        pdf.setFont(FACES["hei"][0], 12)
        pdf.drawCentredString(PAGE_WIDTH / 2, TOP - 34, title)
    first = max(text_width(r[0], style.size, style.face) for r in rows) + (style.sub_indent + 1) * style.size + 2 * PAD
    rest = (RIGHT - LEFT - first) / (len(header) - 1)
    edges = [LEFT, LEFT + first] + [LEFT + first + rest * k for k in range(1, len(header))]
    y = RUNNING_RULE - style.leading * 0.75 - 4 if running_on else TOP - 64
    top_rule = y + style.leading * 0.75
    pdf.setLineWidth(1.2 if style.rules == "three-line" else 0.6)
    if style.rules != "none":
        pdf.line(LEFT, top_rule, RIGHT, top_rule)
    pdf.setLineWidth(0.6)
    for n in range(0 if running_on else style.header_lines):
        for k, cell in enumerate(header):
            parts = cell.split("|")
            text = parts[n] if n < len(parts) else ""
            pdf.setFont(FACES["hei"][0], style.size)
            pdf.drawCentredString((edges[k] + edges[k + 1]) / 2, y, text)
        y -= style.leading
    below_header = y + style.leading * 0.75
    if style.rules != "none":
        pdf.line(LEFT, below_header, RIGHT, below_header)
    for row in rows:
        for k, cell in enumerate(row):
            if not cell:
                continue
            off = shake.uniform(-style.jitter, style.jitter)
            left, right = edges[k] + PAD, edges[k + 1] - PAD
            width = text_width(cell, style.size, style.face)
            if k == 0:
                indent = style.sub_indent * style.size if cell.startswith(("#", " ")) else 0.0
                _draw(pdf, cell.strip(), left + indent + max(off, 0.0), y, style)
            elif k == 1 or style.figures == "centre":
                _draw(pdf, cell, (left + right - width) / 2 + off, y, style)
            elif style.figures == "right":
                _draw(pdf, cell, right - width + off, y, style)
            else:
                _draw(pdf, cell, left + off, y, style)
        y -= style.leading
        if style.rules in ("rows", "grid"):
            pdf.line(LEFT, y + style.leading * 0.75, RIGHT, y + style.leading * 0.75)
    bottom = y + style.leading * 0.75
    if style.rules == "three-line":
        pdf.setLineWidth(1.2)
        pdf.line(LEFT, bottom, RIGHT, bottom)
    if style.rules == "grid":
        for x in edges:
            pdf.line(x, top_rule, x, bottom)
    if producer:
        pdf.setFont(FACES["song"][0], 10.5)
        pdf.drawRightString(RIGHT, bottom - 24, producer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _running_header(pdf: canvas.Canvas, issue: str) -> None:
    """The issue's name centred at the page's top ('2023年第3期') and a rule across the page under it."""
    pdf.setFont(FACES["song"][0], 9)
    pdf.drawCentredString(PAGE_WIDTH / 2, RUNNING_RULE + 6, issue)
    pdf.setLineWidth(0.6)
    pdf.line(LEFT - 20, RUNNING_RULE, RIGHT + 20, RUNNING_RULE)


def _draw(pdf: canvas.Canvas, text: str, x: float, y: float, style: TableStyle) -> None:
    """Character by character, each in the face that has it (as tests/pdfgen/printer.py sets text)."""
    for ch in text:
        face = face_of(ch, style.face)
        pdf.setFont(FACES[face][0], style.size)
        pdf.drawString(x, y, ch)
        x += char_width(ch, style.size, style.face)

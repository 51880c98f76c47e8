"""OCR's line boxes as the positioned Segments issues.pdf lays out: one page's lines in points, upright.

A box's corners, turned by the page's tilt, become a Segment whose ends are where its ink ends
(as a PDF's glyphs give them) and whose type size its height or width shows; boxes of one printed
line share a top; a TOC page reference read apart goes back to its title; boxes in a ruled table
become that table's rows. Then the pages go through issues.pdf's furniture, column and
reading-order step (pdf.compose), as a printed PDF's do.
"""

from __future__ import annotations

import statistics
import unicodedata
from typing import TYPE_CHECKING

from issues import ocr_tables, pdf
from issues.ocr_boxes import BOX_PER_SIZE, padding, turned
from issues.ocr_text import SPECK_MARKS, clean_text, page_number
from issues.parser import regexes

if TYPE_CHECKING:
    from issues.ocr import ScanPage

JITTER = 2.5  # points: how far a box's edge strays from where its characters' ink starts
SAME_LINE = 0.4  # in type sizes: boxes whose middles are this close are one printed line
SAME_SIZE = 0.15  # box heights within this fraction of the median are one type size (15 pt titles, 10.5 pt body)


def segments(page: ScanPage) -> tuple[list[pdf.Segment], list[pdf.TableRows]]:
    """The page's lines as pdf Segments in points, the tilt taken out (rotated about the page centre),
    and the lines inside its ruled tables as their rows."""
    scale = 72.0 / page.dpi
    centre, angle = (page.width / scale / 2, page.height / scale / 2), -page.tilt
    out, in_tables = [], {id(grid): [] for grid in page.grids}
    for box in page.boxes:
        points = turned(box.corners, angle, centre)
        xs, ys = [x for x, _ in points], [y for _, y in points]
        text = clean_text(box.text)
        grid = next((g for g in page.grids if g.contains((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)), None)
        if grid is not None:
            in_tables[id(grid)].append((text, min(xs), max(xs), min(ys), max(ys)))
            continue
        # the line's ends where its ink ends, as a PDF's glyphs give them, and out of the gutter
        pad = padding(max(ys) - min(ys))
        x0, x1 = within_column(*without_dropped_ends(box.text, text, min(xs) + pad, max(xs) - pad), page.gutter)
        top, height = min(ys) * scale, (max(ys) - min(ys)) * scale
        if not pdf.HEADER_ZONE * page.height <= top <= (1 - pdf.FOOTER_ZONE) * page.height:
            text = page_number(text)
        out.append(pdf.Segment(text, x0 * scale, x1 * scale, top, type_size(text, (x1 - x0) * scale, height)))
    tables = [pdf.TableRows(grid.ys[0] * scale, ocr_tables.rows_of(grid, in_tables[id(grid)])) for grid in page.grids]
    return toc_page_pieces(same_lines(out)), tables


def without_dropped_ends(read: str, text: str, x0: float, x1: float) -> tuple[float, float]:
    """A line's ends moved past the specks clean_text dropped there (「·86.85」 starts where 86.85 does)."""
    marks = SPECK_MARKS + "•"
    lead, tail = len(read) - len(read.lstrip(marks)), len(read) - len(read.rstrip(marks + " "))
    width = (x1 - x0) / max(_ems(read), 0.5)
    if lead and not text.startswith(read[:lead]):
        x0 += width * _ems(read[:lead])
    if tail and not text.endswith(read[-tail:]):
        x1 -= width * _ems(read[-tail:])
    return x0, x1


def _ems(text: str) -> float:
    """Full-width characters an em each, others half an em."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def within_column(x0: float, x1: float, strip: tuple[int, int] | None) -> tuple[float, float]:
    """A column line's ends kept out of the gutter: a hanging 「，」 or a speck after the last
    character reaches into it, and a line crossing the gutter's middle would be read as a title."""
    if strip is None or (x0 < strip[0] and x1 > strip[1]):
        return x0, x1
    if x0 < strip[0] < x1:
        return x0, float(strip[0])
    if x0 < strip[1] < x1:
        return float(strip[1]), x1
    return x0, x1


def type_size(text: str, width: float, height: float) -> float:
    """A line's type size from its box: its height, unless its width shows it smaller.

    A speck of dust above or below a line makes its box taller, never wider than its characters
    (full-width ones an em each, others half an em; a justified line is a little wider): a taller
    size would part the line from its paragraph.
    """
    by_height = height / BOX_PER_SIZE
    ems = _ems(text)
    return min(by_height, width / ems) if ems >= 3 else by_height


def same_lines(segments: list[pdf.Segment]) -> list[pdf.Segment]:
    """One top for the boxes of one printed line: OCR's boxes on a line differ by a point or two,
    and issues.pdf tells a line's pieces (their order, a centred title alone on its line) by their top."""
    line: list[pdf.Segment] = []
    for segment in sorted(segments, key=_middle) + [None]:
        if segment is not None and line and _middle(segment) - _middle(line[0]) <= SAME_LINE * min(segment.size, line[0].size):
            line.append(segment)
            continue
        top = min((s.top for s in line), default=0.0)
        for piece in line:
            piece.top = top
        line = [segment]
    return segments


def _middle(segment: pdf.Segment) -> float:
    return segment.top + BOX_PER_SIZE * segment.size / 2


def toc_page_pieces(segments: list[pdf.Segment]) -> list[pdf.Segment]:
    """A TOC entry's page reference that OCR read as a box of its own, last on its line ("(02)",
    "…………": the dotted leaders are too faint to be found), goes back to the end of its title, as
    printed: "…（温政发〔2019〕5号）……（02）"."""
    ordered = sorted(segments, key=lambda s: (s.top, s.x0))
    kept: list[pdf.Segment] = []
    for n, segment in enumerate(ordered):
        piece = regexes.TOC_PAGE_PIECE.match(segment.text)
        before = kept[-1] if kept else None
        last = n + 1 == len(ordered) or ordered[n + 1].top != segment.top
        leaders_only = piece is not None and not piece["page"]
        if (piece and segment.text and (last or leaders_only) and before is not None and before.top == segment.top
                and before.x0 < segment.x0):
            before.text = before.text.rstrip("….· ") + "……" + (f"（{piece['page']}）" if piece["page"] else "")
            before.x1 = max(before.x1, segment.x1)
            continue
        kept.append(segment)
    return kept


def same_sizes(pages: list[pdf.Page]) -> None:
    """One size for the lines of one type size: box heights vary by a tenth, type sizes do not.

    pdf.paragraphs ends a paragraph where the size changes by half a point; the boxes' jitter would.
    The commonest size first (the body's): every size within SAME_SIZE of the median of those left
    takes the median of its group, then the same again for the sizes left over.
    """
    left = [s for page in pages for s in page.segments]
    while left:
        middle = statistics.median_low(s.size for s in left)  # a size that is there: never an empty group
        group = [s for s in left if abs(s.size - middle) <= SAME_SIZE * middle]
        usual = round(statistics.median(s.size for s in group), 1)
        for segment in group:
            segment.size = usual
        left = [s for s in left if abs(s.size - middle) > SAME_SIZE * middle]


def layout(scans: list[ScanPage]) -> str:
    """The pages' text through issues.pdf's furniture, column and reading-order step; notes their printed numbers."""
    pages = [pdf.Page(s.index, s.width, s.height, *segments(s), jitter=JITTER) for s in scans]
    same_sizes(pages)
    text = pdf.compose(pages)
    for scan, page in zip(scans, pages):
        scan.printed_no = page.printed_no
    return text

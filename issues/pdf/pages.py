"""What a page is made of, as the reader lays it out: positioned line pieces, tables, lines.

Plain values: a PDF's characters (issues.pdf.glyphs) and OCR's word boxes (issues.ocr) both become
Segments on Pages, and everything after (furniture, columns, paragraphs) reads only these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

SHORT_LINE = 1.2  # in character sizes: a line ending this far before the edge ends its paragraph
INDENT = 0.5  # in character sizes: a line starting this far inside the edge is indented
CENTRED = 2.0  # points: a line this close to centred on its column or page is set centred
CENTRED_SHARE = 0.3  # or this many character sizes (a hanging comma moves a centred line)

@dataclass(frozen=True)
class Limits:
    """What a PDF may cost before it is refused unread (ingest passes GAZETTE_PDF_MAX_PAGES/_STREAM)."""

    max_pages: int = 400
    max_stream: int = 64 * 1024 * 1024  # bytes one compressed stream may inflate to


Gutter = tuple[float, float]  # left and right edge of the empty strip between the columns
PageProgress = Callable[[int, int], None]  # (pages read, pages in the file)


@dataclass
class Segment:
    """Characters on one baseline without a wide gap: a column line, a title line, a cell line."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    font: str = ""  # the face most of its CJK characters are set in ("" when unknown, as from OCR)
    glyph: float | None = None  # a scan's line: how high its characters' ink stands, in points (issues.ocr_sizes)

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class TableRows:
    top: float
    rows: list[str]  # cells joined by tabs


@dataclass
class Page:
    index: int  # in the file, from 0
    width: float
    height: float
    segments: list[Segment]
    tables: list[TableRows] = field(default_factory=list)
    printed_no: int | None = None
    drawings: int = 0  # ruling lines, boxes and curves
    images: int = 0
    jitter: float = 0.0  # points positions may stray from where print set them (0 for glyphs; OCR boxes do)
    characters: int = 0  # read from the page's text layer, furniture and all
    unmapped: list[str] = field(default_factory=list)  # glyphs with no character ("(cid:12)"): see pdf_losses
    unplaced: list[str] = field(default_factory=list)  # text in a ruled table's box but in none of its cells
    running: list[str] = field(default_factory=list)  # its running header and footer texts (furniture.py)
    side_by_side: list[str] = field(default_factory=list)  # column lines read across the page, no gutter told (columns.py)

    @cached_property
    def baseline_range(self) -> tuple[float, float]:
        """Top of the first and of the last line of text (before furniture is dropped)."""
        tops = [s.top for s in self.segments] or [0.0]
        return min(tops), max(tops)




@dataclass
class Line:
    """A line in reading order with the geometry that decides paragraph breaks."""

    text: str
    x0: float
    x1: float
    size: float
    left: float  # edges of the column or text area the line is set in
    right: float
    page: int | None  # printed page number
    table_row: bool = False
    font: str = ""
    file_page: int | None = None  # the page of the file it is printed on, from 1 (the physical page)
    jitter: float = 0.0  # points its ends may stray from where print set them (its page's: OCR boxes do)
    top: float | None = None  # where it stands on its page (points from the top), None for a table's row

    @property
    def ends_short(self) -> bool:
        # a centred line is judged by its right end too: a two-line title whose first line is a
        # character or two short (its closing punctuation went down with it) is still one title
        return self.x1 < self.right - SHORT_LINE * self.size

    @property
    def indented(self) -> bool:
        return self.x0 > self.left + INDENT * self.size

    @property
    def centred(self) -> bool:
        return abs((self.x0 + self.x1) / 2 - (self.left + self.right) / 2) <= max(CENTRED, CENTRED_SHARE * self.size)


def body_size(segments: list[Segment]) -> float:
    """The size most of a page's characters are set in (0 for a page without text)."""
    sizes = Counter()
    for s in segments:
        sizes[round(s.size, 1)] += len(s.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0

"""The text of a printed issue's PDF, in the reading order of the print (pdfplumber).

The gazette is printed in two columns under running headers, with page numbers at the foot,
document title blocks and tables across the page width. pdfplumber's own extract_text()
interleaves the two columns line by line; this module reads the characters' positions instead:

1. read_pages: each page's characters grouped into line pieces ("segments": characters on one
   baseline without a wide gap), and its ruled tables (pdfplumber's table finder) as rows of cells.
2. find_furniture: the running header and footer bands (a page's first or last line, repeated
   at the same height on many pages) dropped; the printed page number read from the footer.
3. read_page: the gutter found from where the segments leave a vertical strip empty (no fixed
   coordinates: each page finds its own, so an off-centre gutter or a one-column page is fine);
   segments crossing it, centred on the page, or tables are full-width and cut the page into
   bands, read top to bottom; a column band is read left column first, then right.
   A title block at the foot of a page under column text heads that text (as in issue 2020-09).
4. paragraphs: lines re-joined into paragraphs by geometry: a line that ends short of its
   column's right edge ends a paragraph, an indented line starts one; CJK joined without spaces.

Output contract (the text parser reads it like a text export): one paragraph per line; a table
row as its cells joined by tabs; no running headers or page numbers, but before the first
paragraph that starts on a printed page a line "·  N  ·" with the PRINTED page number (the
parser's clean.mark_page_numbers turns it into a page mark). A paragraph that runs over a page
break stays whole and belongs to the page it starts on.
"""

from __future__ import annotations

import io
import multiprocessing
import statistics
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cached_property

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from issues.parser import regexes
from issues.parser.errors import IngestError

MIN_TEXT_CHARS = 20  # fewer characters than this in the whole file: a scan without a text layer
HEADER_ZONE, FOOTER_ZONE = 0.15, 0.12  # running bands live in the top / bottom of the page
SAME_HEIGHT = 3.0  # points: a running band is printed at the same height on every page
SEGMENT_GAP = 0.8  # in character sizes: a wider horizontal gap ends a line piece
SPACE_GAP = 0.45  # in character sizes: a gap between characters that reads as a space
SHORT_LINE = 1.2  # in character sizes: a line ending this far before the edge ends its paragraph
INDENT = 0.5  # in character sizes: a line starting this far inside the edge is indented
MIN_GUTTER = 6.0  # points: narrowest vertical strip that separates two columns
OVERPRINT = 0.2  # in character sizes: the same character again this close is a faux-bold copy
MIN_TABLE_EDGES = 4  # ruling lines or boxes: fewer cannot enclose a table cell
WORKER_MIN_PAGES = 24  # a shorter PDF is read faster in one process than another one starts
CENTRED = 2.0  # points: a line this close to centred on its column or page is set centred
PROGRESS_POLL = 0.25  # seconds between looks at how many pages the worker processes have read

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

    @property
    def ends_short(self) -> bool:
        return self.x1 < self.right - SHORT_LINE * self.size

    @property
    def indented(self) -> bool:
        return self.x0 > self.left + INDENT * self.size

    @property
    def centred(self) -> bool:
        return abs((self.x0 + self.x1) / 2 - (self.left + self.right) / 2) <= CENTRED


def extract_text(data: bytes, progress: PageProgress | None = None, workers: int = 1) -> str:
    """The text of a gazette PDF (see the module docstring); IngestError for unreadable files.

    progress(pages read, pages in the file) is called as the pages are read, after every page;
    workers as for read_pages (the caller decides: ingest passes settings.GAZETTE_PDF_WORKERS).
    """
    return compose(read_pages(data, workers=workers, progress=progress))


def compose(pages: list[Page]) -> str:
    """Reading order and paragraphs of pages read by read_pages."""
    find_furniture(pages)
    area = text_area(pages)
    gutters = {page.index: find_gutter(page.segments, area) for page in pages}
    usual = _usual_gutter([g for g in gutters.values() if g])
    lines = []
    for page in pages:
        lines += read_page(page, area, _page_gutter(gutters[page.index], usual, page.segments))
    return "\n".join(paragraphs(lines)) + "\n"


# ---------------------------------------------------------------------------------------------
# 1. Characters to segments and tables
# ---------------------------------------------------------------------------------------------


def read_pages(data: bytes, workers: int = 1, progress: PageProgress | None = None) -> list[Page]:
    """Every page's segments and tables; IngestError when the file is not a readable PDF with text.

    A long PDF is read by `workers` processes (1: in this process), each a range of
    pages, when this process runs no other thread (forked workers are then safe). `progress` as
    for extract_text (from worker processes: the count they share, looked at every PROGRESS_POLL).
    """
    # forking a process that runs other threads (runserver) could copy a lock some thread holds
    parallel = workers >= 2 and threading.active_count() == 1
    with _open(data) as pdf:
        count = len(pdf.pages)
        if not parallel or count < WORKER_MIN_PAGES:
            outcome = _read_range(pdf.pages, 0, (lambda done: progress(done, count)) if progress else None)
    if parallel and count >= WORKER_MIN_PAGES:
        bounds = [count * k // workers for k in range(workers + 1)]
        context = multiprocessing.get_context("fork")
        pages_read = context.Value("i", 0)
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_count_pages_in, initargs=(pages_read,))
        with pool:
            futures = [pool.submit(read_range_of_file, data, start, stop) for start, stop in zip(bounds, bounds[1:])]
            while wait(futures, timeout=PROGRESS_POLL).not_done and progress:
                progress(pages_read.value, count)
            if progress:
                progress(pages_read.value, count)
            parts = [future.result() for future in futures]
        outcome = next((part for part in parts if isinstance(part, tuple)), None) or [p for part in parts for p in part]
    if isinstance(outcome, tuple):  # (reason, detail): IngestError itself does not cross processes
        raise IngestError(*outcome)
    require_text(outcome)
    return outcome


_pages_read = None  # in a worker process: the page count it shares with the reading process


def _count_pages_in(counter) -> None:
    global _pages_read
    _pages_read = counter


def read_range_of_file(data: bytes, start: int, stop: int) -> list[Page] | tuple[str, str]:
    """Pages start..stop-1 (from 0) of a PDF, read in a worker process."""
    with pdfplumber.open(io.BytesIO(data), pages=list(range(start + 1, stop + 1))) as pdf:
        return _read_range(pdf.pages, start, _count_shared_page if _pages_read is not None else None)


def _count_shared_page(done: int) -> None:
    with _pages_read.get_lock():
        _pages_read.value += 1


def _read_range(pdf_pages, start: int, after_page: Callable[[int], None] | None = None) -> list[Page] | tuple[str, str]:
    pages: list[Page] = []
    for n, page in enumerate(pdf_pages, start):
        try:
            pages.append(_read_page(n, page))
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged page
            return "pdf_damaged", f"第 {n + 1} 页无法读取（{type(exc).__name__}）"
        finally:
            page.close()  # a long issue need not keep every page's layout objects in memory
        if after_page:
            after_page(n + 1)
    return pages


def require_text(pages: list[Page]) -> None:
    """Refuse a scan (no characters) and a text layer whose fonts map to no characters ("(cid:12)")."""
    text = "".join(s.text for page in pages for s in page.segments)
    text += "".join(row for page in pages for table in page.tables for row in table.rows)
    unmapped = len(regexes.UNMAPPED_GLYPH.findall(text))
    readable = len("".join(regexes.UNMAPPED_GLYPH.sub("", text).split()))
    if readable < MIN_TEXT_CHARS and not unmapped:
        raise IngestError("pdf_no_text", f"共 {len(pages)} 页，没有可读取的文字")
    if readable < MIN_TEXT_CHARS or unmapped > readable:
        raise IngestError("pdf_no_text", "文字层的字体缺少字符编码，无法识别为文字")


def _open(data: bytes) -> pdfplumber.PDF:
    if b"%PDF-" not in data[:1024]:
        raise IngestError("not_pdf")
    if b"%%EOF" not in data[-2048:]:
        raise IngestError("pdf_damaged", "文件不完整（缺少结尾标记，可能未下载完）")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018 - reading the page tree is where damage shows
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise IngestError("pdf_encrypted", "请提供未加密的文件") from exc
        raise IngestError("pdf_damaged", type(cause).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail anywhere in pdfminer
        raise IngestError("pdf_damaged", type(exc).__name__) from exc
    return pdf


def _read_page(index: int, page) -> Page:
    chars, edges = _layout_objects(page)
    tables = page.find_tables() if edges >= MIN_TABLE_EDGES else []
    boxes = [table.bbox for table in tables]
    return Page(
        index=index,
        width=float(page.width),
        height=float(page.height),
        segments=segments_of([c for c in chars if not any(_inside(c, box) for box in boxes)]),
        tables=[TableRows(float(t.bbox[1]), _table_rows(t, chars)) for t in tables],
    )


def _layout_objects(page) -> tuple[list[dict], int]:
    """The page's characters and how many ruling lines and boxes it has, from pdfminer's layout.

    Reading pdfminer's layout objects directly skips the attributes pdfplumber computes for every
    object (colours, matrices): a quarter less time per page. Coordinates are pdfplumber's (top
    from the top of the media box), so its table finder, used only on pages with enough ruling to
    hold a table, agrees with them.
    """
    chars: list[dict] = []
    edges = 0
    x_offset, y_offset = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    stack = list(page.layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            chars.append(
                {
                    "text": item.get_text(),
                    "x0": item.x0 + x_offset,
                    "x1": item.x1 + x_offset,
                    "top": height - item.y1 + y_offset,
                    "bottom": height - item.y0 + y_offset,
                    "size": item.size,
                }
            )
        elif isinstance(item, (LTRect, LTLine, LTCurve)):
            edges += 1
        elif isinstance(item, LTContainer):
            stack.extend(item)
    return chars, edges


def _inside(char: dict, box: tuple) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _table_rows(table, chars: list[dict]) -> list[str]:
    """Each row's cells joined by tabs; a cell's wrapped lines joined back (empty cells kept)."""
    chars = [c for c in chars if _inside(c, table.bbox)]
    rows = []
    for row in table.rows:
        cells = []
        for box in row.cells:
            inside = [c for c in chars if box and _inside(c, box)]
            cells.append("".join(s.text for s in segments_of(inside, split=False)).strip())
        rows.append("\t".join(cells).rstrip("\t"))
    return rows


def segments_of(chars: list[dict], split: bool = True) -> list[Segment]:
    """Group characters into baselines, then cut each baseline at wide gaps (unless split=False)."""
    segments: list[Segment] = []
    for line in _baselines(chars):
        piece: list[dict] = []
        for char in line:
            if piece and split and char["x0"] - piece[-1]["x1"] > SEGMENT_GAP * char["size"]:
                segments.append(_segment(piece))
                piece = []
            piece.append(char)
        if piece:
            segments.append(_segment(piece))
    return [s for s in segments if s.text.strip()]


def _baselines(chars: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= 0.25 * char["size"]:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [_without_overprint(sorted(line, key=lambda c: c["x0"])) for line in lines]


def _without_overprint(line: list[dict]) -> list[dict]:
    """Drop the second copy of characters printed twice a hair apart (faux bold): '一一、、' -> '一、'."""
    kept: list[dict] = []
    for char in line:
        if kept and char["text"] == kept[-1]["text"] and char["x0"] - kept[-1]["x0"] < OVERPRINT * char["size"]:
            continue
        kept.append(char)
    return kept


def _segment(chars: list[dict]) -> Segment:
    size = statistics.median(c["size"] for c in chars)
    text = []
    for n, char in enumerate(chars):
        if n and char["text"] != " " and chars[n - 1]["text"] != " ":
            if char["x0"] - chars[n - 1]["x1"] > SPACE_GAP * size:
                text.append(" ")
        text.append(char["text"])
    return Segment("".join(text), chars[0]["x0"], chars[-1]["x1"], chars[0]["top"], size)


# ---------------------------------------------------------------------------------------------
# 2. Running headers, footers and printed page numbers
# ---------------------------------------------------------------------------------------------


def find_furniture(pages: list[Page]) -> None:
    """Drop running header and footer segments; set each page's printed number from its footer.

    Furniture is the first or last baseline of a page, in the top or bottom zone, whose text
    recurs at the same height with the same words (digits aside) on several pages: alternating
    headers recur on every other page, page numbers on all. Body text under a header is never on
    the first baseline, and the first line of a column changes from page to page, so it stays.
    """
    counts = Counter(key for page in pages for key in {_furniture_key(s, page) for s in page.segments} if key)
    needed = max(2, len(pages) // 5)
    for page in pages:
        kept = []
        for segment in page.segments:
            key = _furniture_key(segment, page)
            number = _page_number(segment.text)
            if key and number is not None:
                page.printed_no = number
            elif not key or counts[key] < needed:
                kept.append(segment)
        page.segments = kept


def _page_number(text: str) -> int | None:
    """'·  37  ·' or a bare '37' in a running band is the printed page number."""
    if match := regexes.PAGE_NUMBER_LINE.match(text):
        return int(match["page"])
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else None


def _furniture_key(segment: Segment, page: Page) -> tuple[str, int] | None:
    """Where and what a header or footer candidate is: its zone height and its words without digits."""
    if HEADER_ZONE * page.height <= segment.top <= (1 - FOOTER_ZONE) * page.height:
        return None
    first, last = page.baseline_range
    if segment.top - first > SAME_HEIGHT and last - segment.top > SAME_HEIGHT:
        return None
    words = "".join("#" if ch.isdigit() else ch for ch in segment.text if not ch.isspace())
    return words, round(segment.top / SAME_HEIGHT)


# ---------------------------------------------------------------------------------------------
# 3. Columns and bands of one page
# ---------------------------------------------------------------------------------------------


@dataclass
class Area:
    left: float
    right: float

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


def text_area(pages: list[Page]) -> Area:
    """Left and right edges of the printed text block, over the whole file."""
    segments = [s for page in pages for s in page.segments]
    if not segments:
        return Area(0.0, max((p.width for p in pages), default=0.0))
    return Area(min(s.x0 for s in segments), max(s.x1 for s in segments))


def find_gutter(segments: list[Segment], area: Area) -> Gutter | None:
    """The empty vertical strip between two columns, from where the segments leave no ink."""
    # centred lines are title lines: they cross the gutter by design and tell nothing about it
    segments = [s for s in segments if abs(s.middle - area.middle) > CENTRED]
    if len(segments) < 6:
        return None
    lo, hi = int(area.left + 0.2 * (area.right - area.left)), int(area.left + 0.8 * (area.right - area.left))
    coverage = [0] * (hi - lo + 1)
    for s in segments:
        for x in range(max(int(s.x0), lo), min(int(s.x1), hi) + 1):
            coverage[x - lo] += 1
    limit = max(1, max(coverage) // 10)  # a stray full-width line or two may cross it
    best = None
    start = None
    for i, count in enumerate(coverage + [limit + 1]):
        if count <= limit and start is None:
            start = i
        elif count > limit and start is not None:
            if i - start >= MIN_GUTTER and (best is None or i - start > best[1] - best[0]):
                best = (start, i)
            start = None
    if best is None:
        return None
    gutter = (lo + best[0], lo + best[1])
    left = sum(1 for s in segments if s.x1 <= gutter[0] + 1)
    right = sum(1 for s in segments if s.x0 >= gutter[1] - 1)
    return gutter if left >= 3 and right >= 3 else None


def _usual_gutter(gutters: list[Gutter]) -> Gutter | None:
    """The file's gutter: pages with a line or two per column are too short to show their own."""
    if not gutters:
        return None
    return statistics.median(g[0] for g in gutters), statistics.median(g[1] for g in gutters)


def _page_gutter(own: Gutter | None, usual: Gutter | None, segments: list[Segment]) -> Gutter | None:
    """The usual gutter where the page agrees with it: a sparse page's own empty strip is too wide.

    A page too sparse to show a gutter of its own (a line or two per column) takes the usual one
    when its text lies on both sides of it.
    """
    if usual is None:
        return own
    centre = (usual[0] + usual[1]) / 2
    if own is not None:
        return usual if own[0] <= centre <= own[1] else own
    both_sides = any(s.x1 <= centre for s in segments) and any(s.x0 >= centre for s in segments)
    return usual if both_sides else None


def read_page(page: Page, area: Area, gutter: Gutter | None) -> list[Line]:
    """The page's lines in reading order: bands top to bottom, a column band left then right."""
    bands = _bands(page, area, gutter)
    if len(bands) >= 2 and _title_at_foot(bands, area):
        bands = [bands[-1]] + bands[:-1]
    lines: list[Line] = []
    for kind, items in bands:
        lines += _band_lines(kind, items, page, area, gutter)
    return lines


def _spanning(segment: Segment, area: Area, gutter: Gutter | None, alone: bool) -> bool:
    """Full-width: crosses the gutter, or is a short title line centred on the page alone on its baseline."""
    if gutter is None:
        return True
    centre = (gutter[0] + gutter[1]) / 2
    return segment.x0 < centre < segment.x1 or (alone and abs(segment.middle - area.middle) <= CENTRED)


def _bands(page: Page, area: Area, gutter: Gutter | None) -> list[tuple[str, list]]:
    """The page cut into bands top to bottom: 'columns', 'wide' (full-width lines), 'table'."""
    per_baseline = Counter(round(s.top) for s in page.segments)
    items: list[tuple[float, str, object]] = [(t.top, "table", t) for t in page.tables]
    for s in page.segments:
        wide = _spanning(s, area, gutter, alone=per_baseline[round(s.top)] == 1)
        items.append((s.top, "wide" if wide else "columns", s))
    items.sort(key=lambda item: item[0])
    # a baseline with a full-width segment is full-width as a whole
    wide_tops = {round(top) for top, kind, _ in items if kind == "wide"}
    bands: list[tuple[str, list]] = []
    for top, kind, item in items:
        if kind == "columns" and round(top) in wide_tops:
            kind = "wide"
        if bands and bands[-1][0] == kind and kind != "table":
            bands[-1][1].append(item)
        else:
            bands.append((kind, [item]))
    return bands


def _title_at_foot(bands: list[tuple[str, list]], area: Area) -> bool:
    """A centred full-width block closing a page of column text is that text's title (as in 2020-09).

    Print keeps a title with the text after it, so a title never ends a page otherwise; a
    full-width note at the foot is set flush left, not centred.
    """
    last, items = bands[-1]
    if last != "wide" or any(kind != "columns" for kind, _ in bands[:-1]):
        return False
    return all(abs(s.middle - area.middle) <= CENTRED for s in items)


def _band_lines(kind: str, items: list, page: Page, area: Area, gutter: Gutter | None) -> list[Line]:
    number = page.printed_no
    if kind == "table":
        return [Line(row, area.left, area.right, 0.0, area.left, area.right, number, True) for row in items[0].rows]
    if kind == "wide":
        return [Line(s.text, s.x0, s.x1, s.size, area.left, area.right, number) for s in items]
    centre = (gutter[0] + gutter[1]) / 2
    left = [s for s in items if s.x1 <= centre]
    right = [s for s in items if s.x0 >= centre]
    column_edges = ((area.left, gutter[0]), (gutter[1], area.right))
    lines = []
    for column, (edge_left, edge_right) in zip((left, right), column_edges):
        lines += [Line(s.text, s.x0, s.x1, s.size, edge_left, edge_right, number) for s in column]
    return lines


# ---------------------------------------------------------------------------------------------
# 4. Paragraphs
# ---------------------------------------------------------------------------------------------


def paragraphs(lines: list[Line]) -> list[str]:
    """One output line per paragraph, with a page number line before the first one of each page."""
    out: list[str] = []
    marked: set[int] = set()
    previous: Line | None = None
    for line in lines:
        if previous is not None and _continues(previous, line):
            out[-1] += line.text
        else:
            if line.page is not None and line.page not in marked:
                marked.add(line.page)
                out.append(f"·  {line.page}  ·")
            out.append(line.text)
        previous = line
    return [text.strip() if "\t" not in text else text.rstrip() for text in out]


def _continues(previous: Line, line: Line) -> bool:
    if previous.table_row or line.table_row or previous.ends_short:
        return False
    if abs(previous.size - line.size) > 0.5:
        return False
    if line.indented:
        return _wrapped_title(previous, line)
    return True


def _wrapped_title(previous: Line, line: Line) -> bool:
    """A centred title too long for one line: a full line with margins, the rest centred under it.

    A full line of running text has no left margin, so never counts as a centred title line.
    """
    same_area = (previous.left, previous.right) == (line.left, line.right)
    return same_area and previous.centred and previous.x0 > previous.left + 0.5 and line.centred

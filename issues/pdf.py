"""The text of a printed issue's PDF, in the reading order of the print (pdfplumber).

The gazette is printed in two columns under running headers, with page numbers at the foot,
document title blocks and tables across the page width. pdfplumber's own extract_text()
interleaves the two columns line by line; this module reads the characters' positions instead:

0. check_file: what is refused unread (an archive named .pdf, more than GAZETTE_PDF_MAX_PAGES
   pages, a stream inflating past GAZETTE_PDF_MAX_STREAM).
1. read_pages: each page's characters grouped into line pieces ("segments": characters on one
   baseline without a wide gap, but a letter-spaced heading's even gaps keep it whole; a space
   read from a gap only between Latin letters and digits), and its ruled tables (pdfplumber's
   table finder) as rows of cells.
2. reading_order, over plain Segments (OCR word boxes can be read the same way):
   find_furniture: the running header and footer bands (a page's first or last line, at a
   height where text recurs on many pages) dropped; the printed page number read from the band
   whose number grows page by page. find_unruled_tables: rows of aligned pieces as tables.
   read_page: the gutter found from where the segments leave a vertical strip empty (each page
   finds its own; odd and even pages have their own text block, for mirrored margins; a page
   whose lines run across it is one column); segments crossing it, centred on the page, or
   tables are full-width and cut the page into bands, read top to bottom; a column band is read
   left column first, then right. A title block at the foot of a page under column text heads
   that text (as in issue 2020-09).
3. paragraphs: lines re-joined into paragraphs by geometry: a line that ends short of its
   column's right edge ends a paragraph, an indented line or a change of size or face (a bold
   heading, a day marker) starts one; CJK joined without spaces.

Recognising what a line says (letter-spaced column labels, day markers, page-number forms) is
the parser's cleaner's work; this module only keeps each printed line whole, as its own line.

Output contract (the text parser reads it like a text export): one paragraph per line; a table
row as its cells joined by tabs; no running headers or page numbers, but before the first
paragraph that starts on a printed page a line "·  N  ·" with the PRINTED page number (the
parser's clean.mark_page_numbers turns it into a page break). A paragraph that runs over a page
break stays whole and belongs to the page it starts on.
"""

from __future__ import annotations

import io
import multiprocessing
import statistics
import threading
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from functools import cached_property

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from issues import pdf_losses
from issues.parser import lines as parser_lines
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
ASCENT = 0.88  # in character sizes: where a glyph's top is taken to be above its baseline
MIN_TABLE_EDGES = 4  # ruling lines or boxes: fewer cannot enclose a table cell
WORKER_MIN_PAGES = 24  # a shorter PDF is read faster in one process than another one starts
CENTRED = 2.0  # points: a line this close to centred on its column or page is set centred
MARGIN = 0.25  # points: a line starting this far inside its column's edge is set with margins (centred)
CENTRED_SHARE = 0.3  # or this many character sizes (a hanging comma moves a centred line)
PROGRESS_POLL = 0.25  # seconds between looks at how many pages the worker processes have read
EVEN_GAPS = 0.1  # letter-spaced: three or more wide gaps in a row within this fraction of each other
JUSTIFIED_GAP = 2.0  # a space from geometry needs a gap this many times the line's usual one
TABLE_ROW_ALONE = 4  # pieces on one baseline that make it a table row even alone
TABLE_ALIGN = 2.5  # points: cells of one column of a table without rules start this close
AREA_BUCKET, AREA_SHARE = 2.0, 0.05  # a text block's edge: where 5% of its lines start (end) alike
CROSSING = 0.2  # a page with more of its lines across the usual gutter than this is one column
TITLE_LINE_SLACK = 0.5  # in character sizes: a wrapped title's inner lines are this close to its first's width

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


def extract_text(data: bytes, progress: PageProgress | None = None, workers: int = 1, limits: Limits = Limits()) -> str:
    """The text of a gazette PDF (see the module docstring); IngestError for unreadable files.

    progress(pages read, pages in the file) is called as the pages are read, after every page;
    workers and limits as for read_pages (the caller decides: ingest passes the settings).
    """
    return extract(data, progress, workers, limits)[0]


def extract(data: bytes, progress: PageProgress | None = None, workers: int = 1,
            limits: Limits = Limits()) -> tuple[str, dict[int, int]]:
    """The text, and which page of the file (from 1) each printed page number is on.

    The second is what a link into the kept PDF needs ("source.pdf#page=N" opens the file's Nth
    page, which is not the printed page N: the cover and contents come first).
    """
    return extract_with_losses(data, progress, workers, limits)[:2]


def extract_with_losses(data: bytes, progress: PageProgress | None = None, workers: int = 1,
                        limits: Limits = Limits()) -> tuple[str, dict[int, int], list[dict]]:
    """As extract, and the loss warnings of what the reader could not read or place (pdf_losses)."""
    pages = read_pages(data, workers=workers, progress=progress, limits=limits)
    text = compose(pages)
    physical: dict[int, int] = {}
    for page in pages:
        if page.printed_no is not None:
            physical.setdefault(page.printed_no, page.index + 1)
    return text, physical, pdf_losses.warnings_of(pages)


def compose(pages: list[Page]) -> str:
    """Reading order and paragraphs of pages read by read_pages."""
    return "\n".join(paragraphs(reading_order(pages))) + "\n"


def reading_order(pages: list[Page]) -> list[Line]:
    """The lines of positioned text boxes in reading order, running headers and footers dropped.

    Pages need only Segments (text, x0, x1, top, size; font optional) and tables: a PDF's
    characters (read_pages) or OCR's word boxes read the same way from here on.
    """
    find_furniture(pages)
    for page in pages:
        find_unruled_tables(page)
    lines = []
    for side in (0, 1):  # mirrored margins: odd and even pages each have their own text block
        facing = [page for page in pages if page.index % 2 == side]
        area = text_area(facing)
        gutters = {page.index: find_gutter(page.segments, area) for page in facing}
        usual = _usual_gutter([g for g in gutters.values() if g])
        for page in facing:
            lines.append((page.index, read_page(page, area, _page_gutter(gutters[page.index], usual, page.segments))))
    return [line for _, page_lines in sorted(lines, key=lambda item: item[0]) for line in page_lines]


# ---------------------------------------------------------------------------------------------
# 1. Characters to segments and tables
# ---------------------------------------------------------------------------------------------


def read_pages(data: bytes, workers: int = 1, progress: PageProgress | None = None,
               limits: Limits = Limits()) -> list[Page]:
    """Every page's segments and tables; IngestError when the file is not a readable PDF with text.

    A long PDF is read by `workers` processes (1: in this process), each a range of
    pages, when this process runs no other thread (forked workers are then safe). `progress` as
    for extract_text (from worker processes: the count they share, looked at every PROGRESS_POLL).
    """
    # forking a process that runs other threads (runserver) could copy a lock some thread holds
    parallel = workers >= 2 and threading.active_count() == 1
    with _open(data, limits) as pdf:
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
        if not any(page.images for page in pages) and any(page.drawings for page in pages):
            raise IngestError("pdf_drawings_only", f"共 {len(pages)} 页，只有线条和图形")
        raise IngestError("pdf_no_text", f"共 {len(pages)} 页，没有可读取的文字")
    if readable < MIN_TEXT_CHARS or unmapped > readable:
        raise IngestError("pdf_no_text", "文字层的字体缺少字符编码，无法识别为文字")


ARCHIVES = {b"PK\x03\x04": "ZIP", b"Rar!": "RAR", b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip"}
INFLATE_CHUNK = 1 << 20  # bytes of compressed stream fed to zlib at a time while checking the cap


def check_file(data: bytes, limits: Limits) -> None:
    """Refuse, before any parsing, what is not a PDF or would cost too much to read.

    An archive with a PDF stored inside carries the PDF's "%PDF-" header near its start, so the
    file's own first bytes are checked too. The page count comes from pdfium, which reads the page
    tree alone; every Flate stream is inflated once with a cap on its output, so a small file
    that inflates to gigabytes is refused with a bounded amount of memory.
    """
    for magic, kind in ARCHIVES.items():
        if data.startswith(magic):
            raise IngestError("not_pdf", f"这是一个 {kind} 压缩包，请解压后上传其中的 PDF")
    if b"%PDF-" not in data[:1024]:
        raise IngestError("not_pdf")
    if b"%%EOF" not in data[-2048:]:
        raise IngestError("pdf_damaged", "文件不完整（缺少结尾标记，可能未下载完）")
    pages = _page_count(data)
    if pages is not None and pages > limits.max_pages:
        raise IngestError("pdf_too_many_pages", f"共 {pages} 页，上限为 {limits.max_pages} 页")
    _check_inflated_sizes(data, limits.max_stream)


def _page_count(data: bytes) -> int | None:
    """Pages in the file by its page tree (None when pdfium cannot open it: pdfminer then says why)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception:  # noqa: BLE001 - damaged and encrypted files are explained by _open
        return None
    try:
        return len(document)
    finally:
        document.close()


def _check_inflated_sizes(data: bytes, cap: int) -> None:
    start = data.find(b"stream")
    while start != -1:
        body = start + len(b"stream")
        body += 2 if data[body : body + 2] == b"\r\n" else 1
        end = data.find(b"endstream", body)
        if end == -1:
            return
        if data[body : body + 1] in (b"x", b"h", b"X") and _inflates_past(data, body, end, cap):
            raise IngestError("pdf_inflates_too_much", f"一个内容流解压后超过 {cap // (1 << 20)} MB")
        start = data.find(b"stream", end + len(b"endstream"))


def _inflates_past(data: bytes, start: int, end: int, cap: int) -> bool:
    """Whether zlib data inflates past `cap` bytes, never holding more than one chunk of output."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for offset in range(start, end, INFLATE_CHUNK):
            chunk = data[offset : min(offset + INFLATE_CHUNK, end)]
            while chunk:
                total += len(inflater.decompress(chunk, INFLATE_CHUNK))
                if total > cap:
                    return True
                chunk = inflater.unconsumed_tail
            if inflater.eof:
                return False
    except zlib.error:
        return False  # not zlib after all (or damaged): pdfminer decides
    return False


def _open(data: bytes, limits: Limits) -> pdfplumber.PDF:
    check_file(data, limits)
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
    chars, edges, images = _layout_objects(page)
    tables = page.find_tables() if edges >= MIN_TABLE_EDGES and chars else []
    boxes = [table.bbox for table in tables]
    cells = [cell for table in tables for row in table.rows for cell in row.cells if cell]
    return Page(
        index=index,
        width=float(page.width),
        height=float(page.height),
        segments=segments_of([c for c in chars if not any(_inside(c, box) for box in boxes)]),
        tables=[TableRows(float(t.bbox[1]), _table_rows(t, chars)) for t in tables],
        drawings=edges,
        images=images,
        characters=len(chars),
        unmapped=[c["text"] for c in chars if pdf_losses.unmapped(c["text"])],
        unplaced=[s.text for s in segments_of([c for c in chars if any(_inside(c, box) for box in boxes)
                                               and not any(_inside(c, cell) for cell in cells)])],
    )


def _layout_objects(page) -> tuple[list[dict], int, int]:
    """The page's characters, how many ruling lines and boxes and images it has (pdfminer's layout).

    Reading pdfminer's layout objects directly skips the attributes pdfplumber computes for every
    object (colours, matrices): a quarter less time per page. Coordinates are pdfplumber's (top
    from the top of the media box), so its table finder, used only on pages with enough ruling to
    hold a table, agrees with them.
    """
    chars: list[dict] = []
    edges = images = 0
    x_offset, y_offset = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    stack = list(page.layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            # top from the baseline (the glyph's origin), not from the font's ascent: a character
            # set in a fallback face with another ascent stays on its line
            baseline = item.matrix[5] if item.upright else item.y0
            chars.append(
                {
                    "text": item.get_text(),
                    "x0": item.x0 + x_offset,
                    "x1": item.x1 + x_offset,
                    "top": height - baseline - ASCENT * item.size + y_offset,
                    "bottom": height - item.y0 + y_offset,
                    "size": item.size,
                    "font": _face(item.fontname),
                }
            )
        elif isinstance(item, (LTRect, LTLine, LTCurve)):
            edges += 1
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTContainer):
            stack.extend(item)
    return chars, edges, images


def _face(fontname: str) -> str:
    """'AAAAAB+SimSun' -> 'SimSun': a subset prefix differs between subsets of one face."""
    return fontname[7:] if len(fontname) > 7 and fontname[6] == "+" and fontname[:6].isupper() else fontname


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
    """Group characters into baselines, then cut each baseline at wide gaps (unless split=False).

    A letter-spaced heading ("政  务  简  讯") has wide gaps too, but even ones: it stays whole.
    """
    segments: list[Segment] = []
    for line in _baselines(chars):
        cuts = _cuts(line) if split else set()
        piece: list[dict] = []
        for n, char in enumerate(line):
            if piece and n in cuts:
                segments.append(_segment(piece))
                piece = []
            piece.append(char)
        if piece:
            segments.append(_segment(piece))
    return [s for s in segments if s.text.strip()]


def _cuts(line: list[dict]) -> set[int]:
    """Indexes of the characters after a wide gap that is not part of a run of even wide gaps."""
    gaps = [line[n]["x0"] - line[n - 1]["x1"] for n in range(1, len(line))]
    wide = [gap > SEGMENT_GAP * line[n + 1]["size"] for n, gap in enumerate(gaps)]
    even = [False] * len(gaps)
    start = 0
    while start < len(gaps):  # runs of wide gaps within EVEN_GAPS of their first one
        end = start
        while end < len(gaps) and wide[end] and abs(gaps[end] - gaps[start]) <= EVEN_GAPS * gaps[start]:
            end += 1
        if end - start >= 3:
            even[start:end] = [True] * (end - start)
        start = max(end, start + 1)
    return {n + 1 for n in range(len(gaps)) if wide[n] and not even[n]}


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
    gaps = [chars[n]["x0"] - chars[n - 1]["x1"] for n in range(1, len(chars))]
    usual = statistics.median(gaps) if gaps else 0.0  # a justified or letter-spaced line's own spacing
    text = []
    for n, char in enumerate(chars):
        if n and char["text"] != " " and chars[n - 1]["text"] != " ":
            gap = gaps[n - 1]
            if gap > SPACE_GAP * size and gap > JUSTIFIED_GAP * max(usual, 0.0) and _spaced(chars[n - 1]["text"], char["text"]):
                text.append(" ")
        text.append(char["text"])
    cjk_fonts = Counter(c.get("font", "") for c in chars if _wide(c["text"])) or Counter(c.get("font", "") for c in chars)
    return Segment("".join(text), chars[0]["x0"], chars[-1]["x1"], chars[0]["top"], size, cjk_fonts.most_common(1)[0][0])


def _wide(ch: str) -> bool:
    """A CJK character or full-width punctuation (curly quotes too): no space is read beside it."""
    return bool(ch) and unicodedata.east_asian_width(ch[0]) in "WFA"


def _spaced(before: str, after: str) -> bool:
    """A gap reads as a space only between Latin letters, digits and ASCII punctuation."""
    return not _wide(before[-1:]) and not _wide(after[:1])


# ---------------------------------------------------------------------------------------------
# 2. Running headers, footers and printed page numbers
# ---------------------------------------------------------------------------------------------


def find_furniture(pages: list[Page]) -> None:
    """Drop running header and footer segments; set each page's printed number from its footer.

    Furniture is the first or last baseline of a page, in the top or bottom zone. Text that recurs
    with the same words (digits aside) at the same height on several pages shows where the bands
    are: alternating headers recur on every other page, page numbers on all. Then whatever a page
    prints there is furniture too, so a header naming the current section, which recurs only on
    that section's pages, goes as well. Body text under a header is never on the first baseline,
    and the first line of a column changes from page to page, so it stays. The printed page number
    is the number in the band whose number changes from page to page ("·  37  ·", "— 37 —", "37").
    """
    counts = Counter(key for page in pages for key in {_furniture_key(s, page) for s in page.segments} if key)
    needed = max(2, len(pages) // 5)
    heights = {key[1] for key, count in counts.items() if count >= needed}
    numbering = _numbering_keys(pages)
    for page in pages:
        kept = []
        for segment in page.segments:
            key = _furniture_key(segment, page)
            if key and key in numbering:
                page.printed_no = _number_in(segment.text)
            elif key and (number := _page_number(segment.text)) is not None:
                page.printed_no = number
            elif not key or (counts[key] < needed and key[1] not in heights):
                kept.append(segment)
        page.segments = kept


def _number_in(text: str) -> int | None:
    """The one number of a furniture line ("— 37 —"), None when it has none or several."""
    runs = "".join(ch if ch.isascii() and ch.isdigit() else " " for ch in text).split()
    return int(runs[0]) if len(runs) == 1 and len(runs[0]) <= 4 else None


def _numbering_keys(pages: list[Page]) -> set[tuple[str, int]]:
    """Furniture whose one number grows from page to page: the page numbers, in whatever form."""
    numbers: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for page in pages:
        for segment in page.segments:
            key = _furniture_key(segment, page)
            if key and (number := _number_in(segment.text)) is not None:
                numbers.setdefault(key, []).append((page.index, number))
    keys = set()
    for key, found in numbers.items():
        values = [number for _, number in sorted(found)]
        if len(values) >= 2 and all(a < b for a, b in zip(values, values[1:])):
            keys.add(key)
    return keys


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
    return Area(_edge([s.x0 for s in segments], min), _edge([s.x1 for s in segments], max))


def _edge(xs: list[float], pick) -> float:
    """The outermost position that several lines share: one stray line does not move the margin."""
    buckets = Counter(round(x / AREA_BUCKET) for x in xs)
    shared = [x for x in xs if buckets[round(x / AREA_BUCKET)] >= max(1, min(3, len(xs)), AREA_SHARE * len(xs))]
    return pick(shared or xs)


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


def find_unruled_tables(page: Page) -> None:
    """Tables printed without rules, columns aligned by white space, as tab-separated rows.

    A run of baselines with three or more pieces each (a line of column text has at most two), or
    one baseline with TABLE_ROW_ALONE pieces (a table's first row at the foot of a page), and the
    baselines next to it whose pieces all start where its columns do, become one table;
    a cell is the piece starting at its column's left edge (empty where a row has none).
    """
    baselines: list[list[Segment]] = []
    for segment in sorted(page.segments, key=lambda s: (s.top, s.x0)):
        if baselines and abs(segment.top - baselines[-1][0].top) <= 0.25 * segment.size + page.jitter:
            baselines[-1].append(segment)
        else:
            baselines.append([segment])
    align = TABLE_ALIGN + page.jitter
    n = 0
    while n < len(baselines):
        end = n
        while end < len(baselines) and len(baselines[end]) >= 3:
            end += 1
        if end - n < 2 and (end == n or len(baselines[n]) < TABLE_ROW_ALONE):
            n += 1
            continue
        starts = _column_starts([s for row in baselines[n:end] for s in row], align)
        while n > 0 and _aligned(baselines[n - 1], starts, align):
            n -= 1
        while end < len(baselines) and _aligned(baselines[end], starts, align):
            end += 1
        rows = [_cells(row, starts) for row in baselines[n:end]]
        page.tables.append(TableRows(baselines[n][0].top, rows))
        taken = {id(s) for row in baselines[n:end] for s in row}
        page.segments = [s for s in page.segments if id(s) not in taken]
        n = end


def _column_starts(segments: list[Segment], align: float) -> list[float]:
    """Where the columns start: a gap wider than `align` between starts sorted left to right parts two."""
    starts: list[float] = []
    last = None
    for x0 in sorted(s.x0 for s in segments):
        if last is None or x0 - last > align:
            starts.append(x0)
        last = x0
    return starts


def _aligned(row: list[Segment], starts: list[float], align: float) -> bool:
    return len(row) >= 2 and all(any(abs(s.x0 - x) <= align for x in starts) for s in row)


def _cells(row: list[Segment], starts: list[float]) -> str:
    cells = [""] * len(starts)
    for segment in row:
        column = min(range(len(starts)), key=lambda k: abs(starts[k] - segment.x0))
        cells[column] = (cells[column] + segment.text).strip()
    return "\t".join(cells).rstrip("\t")


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
    # a page set in one column among two-column pages: its lines run across the usual gutter
    crossing = sum(1 for s in segments if s.x0 < centre < s.x1)
    return usual if both_sides and crossing <= max(2, CROSSING * len(segments)) else None


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
        return [Line(row, area.left, area.right, 0.0, area.left, area.right, number, True, file_page=page.index + 1)
                for row in items[0].rows]
    if kind == "wide":
        return [Line(s.text, s.x0, s.x1, s.size, area.left, area.right, number, font=s.font, file_page=page.index + 1)
                for s in items]
    centre = (gutter[0] + gutter[1]) / 2
    left = [s for s in items if s.x1 <= centre]
    right = [s for s in items if s.x0 >= centre]
    column_edges = ((area.left, gutter[0]), (gutter[1], area.right))
    lines = []
    for column, (edge_left, edge_right) in zip((left, right), column_edges):
        lines += [Line(s.text, s.x0, s.x1, s.size, edge_left, edge_right, number, font=s.font, file_page=page.index + 1)
                  for s in column]
    return lines


# ---------------------------------------------------------------------------------------------
# 4. Paragraphs
# ---------------------------------------------------------------------------------------------


def paragraphs(lines: list[Line]) -> list[str]:
    """One output line per paragraph, with a page number line before the first one of each page."""
    out: list[str] = []
    marked: set[int] = set()
    previous: Line | None = None
    title_width: float | None = None  # the first line's, while a wrapped centred title is being joined
    for line in lines:
        if previous is not None and _continues(previous, line, title_width):
            if line.indented and title_width is None:
                title_width = previous.x1 - previous.x0
            out[-1] += line.text
        else:
            title_width = None
            if line.page is not None and line.page not in marked:
                marked.add(line.page)
                out.append(f"·  {line.page}  ·")
            out.append(line.text)
        previous = line
    return [text.strip() if "\t" not in text else text.rstrip() for text in out]


def _continues(previous: Line, line: Line, title_width: float | None = None) -> bool:
    if previous.table_row or line.table_row or previous.ends_short:
        return False
    if abs(previous.size - line.size) > 0.5:
        return False
    if previous.font and line.font and previous.font != line.font:  # a heading or day marker in bold
        return False
    if line.indented:
        # a title's line as wide as its first goes on; a narrower one was its last (a centred
        # caption under a two-line one whose last line nearly fills the column is its own)
        wide = title_width is None or previous.x1 - previous.x0 >= title_width - TITLE_LINE_SLACK * previous.size
        return wide and _wrapped_title(previous, line)
    return True


def _wrapped_title(previous: Line, line: Line) -> bool:
    """A centred title too long for one line: a full line with margins, the rest centred under it.

    A full line of running text has no left margin, so never counts as a centred title line.
    """
    same_area = (previous.left, previous.right) == (line.left, line.right)
    return same_area and previous.centred and previous.x0 > previous.left + MARGIN and line.centred


# ---------------------------------------------------------------------------------------------
# 5. The reading as the parser's lines
# ---------------------------------------------------------------------------------------------


def extract_lines(data: bytes, progress: PageProgress | None = None, workers: int = 1,
                  limits: Limits = Limits()) -> list[parser_lines.Line]:
    """The paragraphs of extract_text as the parser's lines: each knows its printed page and the page
    of the file it starts on; the page-number line opening each printed page is kept for the cleaner."""
    return extract_lines_with_losses(data, progress, workers, limits)[0]


def extract_lines_with_losses(data: bytes, progress: PageProgress | None = None, workers: int = 1,
                              limits: Limits = Limits()) -> tuple[list[parser_lines.Line], list[dict]]:
    """As extract_lines, and the loss warnings of what the reader could not read or place (pdf_losses)."""
    pages = read_pages(data, workers=workers, progress=progress, limits=limits)
    found = lines_of(pages)
    return found, pdf_losses.warnings_of(pages)


def lines_of(pages: list[Page]) -> list[parser_lines.Line]:
    """The lines of pages read by read_pages (see extract_lines)."""
    ordered = reading_order(pages)
    texts = paragraphs(ordered)
    found: list[parser_lines.Line] = []
    marked: set[int] = set()
    for before, line in zip([None, *ordered], ordered):
        if before is not None and _continues(before, line):
            continue
        page = parser_lines.page_of(line.page)
        if line.page is not None and line.page not in marked:  # the number paragraphs() printed
            marked.add(line.page)
            found.append(parser_lines.Line("", page, line.file_page, parser_lines.PAGE_NUMBER))
        found.append(parser_lines.Line("", page, line.file_page))
    return [replace(line, text=text) for line, text in zip(found, texts, strict=True)]

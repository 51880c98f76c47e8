"""The text of a scanned issue, read by OCR offline: a PDF without a text layer, or page images.

Each page is rendered (pypdfium2; an image file is taken as it is), its text lines found and read
by rapidocr with the PP-OCR models its wheel ships (never downloaded: their paths are given
explicitly), and the line boxes, turned into issues.pdf's Segments in points, go through the same
furniture, column and reading-order step as a printed PDF's characters (pdf.compose). So the
parser reads a scan exactly as it reads a printed PDF.

What OCR was unsure of is said, never hidden: a line read with low confidence is quoted in a loss
warning with its page; a page whose confidently read lines hold less than half of its ink is
warned by number; a file where most pages are like that is refused (IngestError "ocr_unreadable").
"""

from __future__ import annotations

import io
import statistics
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from issues import ocr_tables, pdf
from issues.ocr_text import SPECK_MARKS, clean_text, page_number
from issues.ocr_boxes import BOX_PER_SIZE, Box, cut_at_gutter, gutter, padding, turned, without_specks
from issues.parser import regexes
from issues.sources import IMAGE_SUFFIXES, IngestError

DPI = 200  # a PDF page is rendered at this resolution (type of 10.5 pt is then 29 px high)
NOT_TEXT = 0.5  # a box read with less confidence is no text (a speck, the other side showing through)
UNSURE = 0.9  # a line read with less confidence than this is quoted in a loss warning
COVERED = 0.5  # a page whose confident lines hold less of its ink than this is warned by number
JITTER = 2.5  # points: how far a box's edge strays from where its characters' ink starts
SAME_LINE = 0.4  # in type sizes: boxes whose middles are this close are one printed line
SAME_SIZE = 0.15  # box heights within this fraction of the median are one type size (15 pt titles, 10.5 pt body)
INK_CELL = 16  # pixels: the page's inked area is counted in squares of this side (a 200 dpi character is 29)
INK_IN_CELL = 30  # inked pixels that make a square inked: more than a speck of dust holds
BLANK_CELLS = 20  # a page with fewer inked squares than this (a few characters) has nothing to read
PICTURE_WIDTH = 800  # pixels: a page shown on the review page
MAX_PIXELS = 60_000_000  # a larger page image is refused (a 200 dpi A0 poster is 46 million)

PageProgress = Callable[[int, int], None]  # (page being read, pages in the file)


@dataclass
class ScanPage:
    """A page image read by OCR: its lines and how much of its ink they hold."""

    index: int  # in the file, from 0
    width: float  # points
    height: float
    dpi: float
    boxes: list[Box]
    covered: float  # of the page's ink, the share inside confidently read lines (1.0: no ink)
    printed_no: int | None = None  # the page number printed on it, once laid out
    tilt: float = 0.0  # radians: how far the scan sits askew (from its line boxes)
    gutter: tuple[int, int] | None = None  # the strip between the columns, in pixels of the upright page
    grids: list[ocr_tables.Grid] = field(default_factory=list)  # ruled tables, in pixels of the upright page

    @property
    def number(self) -> int:
        """The page's place in the file, from 1: what staff find in the scan."""
        return self.index + 1

    @property
    def where(self) -> str:
        """「扫描件第3页（印刷页码 12）」: where staff find the page in the scan, and the number printed on it."""
        printed = f"（印刷页码 {self.printed_no}）" if self.printed_no is not None else ""
        return f"扫描件第{self.number}页{printed}"


@dataclass
class Timing:
    """Seconds spent per stage over a file (bench/ocr_bench.py prints them)."""

    render: float = 0.0
    detection: float = 0.0
    recognition: float = 0.0
    layout: float = 0.0
    pages: int = 0


@dataclass
class Reading:
    """What OCR read: the text for the parser and the warnings to store with the issue."""

    text: str
    warnings: list[dict] = field(default_factory=list)
    pages: list[ScanPage] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# The engine: rapidocr with the models of its own wheel
# ---------------------------------------------------------------------------------------------


@cache
def engine():
    """rapidocr with its bundled detection and recognition models, named by path (nothing downloaded).

    Every box is returned (text_score 0): confidence is judged here, so unsure lines can be warned
    of rather than silently dropped. Printed pages are upright, so no orientation classifier.
    """
    import rapidocr

    models = Path(rapidocr.__file__).parent / "models"
    return rapidocr.RapidOCR(params={
        "Global.use_cls": False,
        "Global.text_score": 0.0,
        "Global.log_level": "warning",
        "Global.model_root_dir": str(models),
        "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
        "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
        "Cls.model_path": str(models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
        # detection on the page scaled to 1280 px on its long side: a third of the time at 200 dpi,
        # the same lines found; recognition still reads each line from the full-size page
        "Det.limit_type": "max",
        "Det.limit_side_len": 1280,
        # a lone page number among specks of dust scores about 0.4 as a text region
        "Det.box_thresh": 0.3,
    })


def _recognise(images: list[np.ndarray]) -> list[tuple[str, float]]:
    """Line images read by the recognition model alone (parts of a line box cut at a column gap)."""
    result = engine().recognize_txt(images)
    return list(zip(result.txts, result.scores))


def read_image(index: int, image, dpi: float, timing: Timing | None = None) -> ScanPage:
    """OCR one page image (a PIL image) into a ScanPage."""
    gray = np.asarray(image.convert("L"))
    started = time.perf_counter()
    result = engine()(np.stack([gray] * 3, axis=-1))
    boxes = []
    if result.boxes is not None and result.txts:
        for corners, text, score in zip(result.boxes, result.txts, result.scores):
            if score >= NOT_TEXT and text.strip():
                boxes.append(Box(text.strip(), float(score), [(float(x), float(y)) for x, y in corners]))
    if timing is not None:
        elapsed = result.elapse_list if getattr(result, "elapse_list", None) else [time.perf_counter() - started, 0, 0]
        timing.detection += elapsed[0] or 0.0
        timing.recognition += elapsed[2] or 0.0
        timing.pages += 1
    scale = 72.0 / dpi
    tilt = skew(boxes)
    upright = ocr_tables.upright(gray, tilt)
    grids = ocr_tables.find_grids(upright, dpi)
    centre = (gray.shape[1] / 2, gray.shape[0] / 2)

    def in_table(box: Box) -> bool:
        corners = turned(box.corners, -tilt, centre)
        return any(grid.contains(sum(x for x, _ in corners) / 4, sum(y for _, y in corners) / 4) for grid in grids)

    strip = gutter(upright, dpi)
    boxes = cut_at_gutter(boxes, upright, tilt, strip, _recognise)
    boxes = without_specks(boxes, in_table, UNSURE)
    return ScanPage(index, gray.shape[1] * scale, gray.shape[0] * scale, dpi, boxes, ink_covered(gray, boxes), tilt=tilt,
                    gutter=strip, grids=grids)


def ink_covered(gray: np.ndarray, boxes: list[Box]) -> float:
    """The share of the page's inked area inside the lines read with confidence (1.0 for a blank page).

    Ink is what is darker than halfway from the paper (the page's median) to the darkest print (its
    0.1st percentile): faint bleed-through from the other side stays paper. The area is counted in
    cells of INK_CELL pixels holding at least INK_IN_CELL inked ones: a character fills several, a
    speck of dust none.
    """
    paper, dark = float(np.median(gray)), float(np.percentile(gray, 0.1))
    height, width = (gray.shape[0] // INK_CELL) * INK_CELL, (gray.shape[1] // INK_CELL) * INK_CELL
    ink = gray[:height, :width] < (paper + dark) / 2
    cells = ink.reshape(height // INK_CELL, INK_CELL, width // INK_CELL, INK_CELL).sum(axis=(1, 3)) >= INK_IN_CELL
    if paper - dark < 40 or cells.sum() < BLANK_CELLS:  # no print: a blank page, dust, the other side showing
        return 1.0
    inside = np.zeros_like(cells)
    for box in boxes:
        if box.score >= UNSURE:
            xs, ys = [x / INK_CELL for x, _ in box.corners], [y / INK_CELL for _, y in box.corners]
            inside[max(0, int(min(ys))):int(max(ys)) + 1, max(0, int(min(xs))):int(max(xs)) + 1] = True
    return float((cells & inside).sum()) / float(cells.sum())


# ---------------------------------------------------------------------------------------------
# Page images of a file
# ---------------------------------------------------------------------------------------------


def page_count_and_images(data: bytes, suffix: str) -> tuple[int, Iterator[tuple[object, float]]]:
    """(pages, a generator of (PIL image, dpi)) for a scanned PDF or an image file; IngestError if unreadable.

    Pages are rendered one at a time, so a long scan never sits in memory whole.
    """
    if suffix in IMAGE_SUFFIXES:
        return _image_pages(data)
    return _pdf_pages(data)


def _pdf_pages(data: bytes):
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise IngestError("pdf_damaged", str(exc)) from exc

    def pages():
        try:
            for n in range(len(document)):
                try:
                    page = document[n]
                    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
                    page.close()
                except pypdfium2.PdfiumError as exc:
                    raise IngestError("pdf_damaged", f"第 {n + 1} 页无法读取（{exc}）") from exc
                yield image, DPI
        finally:
            document.close()

    return len(document), pages()


def _image_pages(data: bytes):
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
        if image.width * image.height > MAX_PIXELS:
            raise IngestError("image_damaged", f"图像过大（{image.width}×{image.height} 像素）")
        count = getattr(image, "n_frames", 1)
        image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise IngestError("image_damaged", _image_problem(exc)) from exc

    def pages():
        for n, frame in enumerate(ImageSequence.Iterator(image)):
            try:
                frame.load()
                page = frame.convert("L")
            except (OSError, SyntaxError, ValueError) as exc:
                raise IngestError("image_damaged", f"第 {n + 1} 页：{_image_problem(exc)}") from exc
            dpi = frame.info.get("dpi", (DPI, DPI))[0] or DPI
            yield page, float(dpi) if 50 <= float(dpi) <= 1200 else DPI

    return count, pages()


def page_picture(path: Path, number: int, width: int = PICTURE_WIDTH) -> bytes | None:
    """Page `number` (from 1) of a kept PDF or page image as a PNG `width` pixels wide; None if it has no such page.

    For the review page, beside the text read from it: staff correct by looking.
    """
    from PIL import Image

    if path.suffix.lower() in IMAGE_SUFFIXES:
        with Image.open(path) as image:
            if not 1 <= number <= getattr(image, "n_frames", 1):
                return None
            image.seek(number - 1)
            page = image.convert("L")
    else:
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            if not 1 <= number <= len(document):
                return None
            sheet = document[number - 1]
            page = sheet.render(scale=width / sheet.get_width(), grayscale=True).to_pil()
        finally:
            document.close()
    page.thumbnail((width, width * 3))
    buffer = io.BytesIO()
    page.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _image_problem(exc: Exception) -> str:
    from PIL import Image, UnidentifiedImageError

    if isinstance(exc, UnidentifiedImageError):
        return "不是可识别的图像格式"
    if isinstance(exc, Image.DecompressionBombError):
        return "图像过大"
    return f"图像数据不完整或已损坏（{type(exc).__name__}）"


# ---------------------------------------------------------------------------------------------
# Boxes to the positioned segments issues.pdf lays out
# ---------------------------------------------------------------------------------------------


def skew(boxes: list[Box]) -> float:
    """The page's tilt in radians, from the slope of the long line boxes (a scan sits a little askew)."""
    slopes = []
    for box in boxes:
        (x0, y0), (x1, y1) = box.corners[0], box.corners[1]
        height = abs(box.corners[3][1] - box.corners[0][1]) or 1.0
        if x1 - x0 > 4 * height:
            slopes.append(np.arctan2(y1 - y0, x1 - x0))
    return float(statistics.median(slopes)) if slopes else 0.0


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


# ---------------------------------------------------------------------------------------------
# A whole file
# ---------------------------------------------------------------------------------------------


def read_scan(data: bytes, name: str, progress: PageProgress | None = None, timing: Timing | None = None) -> Reading:
    """OCR a scanned PDF or page images; IngestError when unreadable or read too poorly to trust.

    progress(page, pages) is called as each page begins (「第3/48页 · 识别文字」 while page 3 is read).
    """
    timing = timing if timing is not None else Timing()
    count, images = page_count_and_images(data, Path(name).suffix.lower())
    scans = []
    started = time.perf_counter()
    for n, (image, dpi) in enumerate(images):
        timing.render += time.perf_counter() - started
        if progress:
            progress(n + 1, count)
        scans.append(read_image(n, image, dpi, timing))
        started = time.perf_counter()
    refuse_poor(scans)
    started = time.perf_counter()
    text = layout(scans)
    timing.layout += time.perf_counter() - started
    return Reading(text, warnings_of(scans), scans)


def poorly_read(scans: list[ScanPage]) -> list[int]:
    return [scan.number for scan in scans if scan.covered < COVERED]


def refuse_poor(scans: list[ScanPage]) -> None:
    """Refuse a file most of whose pages OCR could not read with confidence (or any text at all)."""
    poor = poorly_read(scans)
    if len(poor) * 2 > len(scans) or not any(box.score >= UNSURE for scan in scans for box in scan.boxes):
        pages = "、".join(str(number) for number in poor or [scan.number for scan in scans])
        raise IngestError("ocr_unreadable", f"第{pages}页")


def warnings_of(scans: list[ScanPage]) -> list[dict]:
    """Loss warnings in the shape of the parser's structured ones: unsure lines, poorly read pages.

    `page` is the printed page number (None where none was read), as in the parser's warnings;
    `file_page` the page's place in the scan, from 1, where staff find it.
    """
    warnings = []
    for scan in scans:
        if scan.covered < COVERED:
            warnings.append(_warning("ocr_page", scan, [], (
                f"{scan.where}只有约{scan.covered:.0%}的字迹被可靠识别，可能漏识内容，请对照扫描件核对")))
        unsure = [clean_text(box.text) for box in scan.boxes if box.score < UNSURE and not _page_number_only(box.text)]
        if unsure:
            warnings.append(_warning("ocr_unsure", scan, unsure, (
                f"{scan.where}有{len(unsure)}行文字识别把握不大，请对照扫描件核对")))
    return warnings


def _page_number_only(text: str) -> bool:
    return page_number(clean_text(text)).isdigit()


def _warning(kind: str, scan: ScanPage, lines: list[str], message: str) -> dict:
    return {"kind": kind, "level": "loss", "section": None, "page": scan.printed_no, "file_page": scan.number,
            "lines": lines, "message": message}

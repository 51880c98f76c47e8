"""The text of a scanned issue, read by OCR offline: a PDF without a text layer, or page images.

Each page is rendered (issues.ocr_pages; an image file is taken as it is), its text lines found and
read by rapidocr with the PP-OCR models its wheel ships (never downloaded: their paths are given
explicitly), made fit for layout (issues.ocr_boxes: dust dropped, boxes cut at the gutter; spaces
put where the characters stand apart; issues.ocr_sizes: how high each line's ink stands), and laid
out (issues.ocr_layout: the boxes as issues.pdf's Segments in points, through the same furniture,
column and reading-order step as a printed PDF's characters). So the parser reads a scan exactly as
it reads a printed PDF.

What OCR was unsure of is said, never hidden: a line read with low confidence is quoted in a loss
warning with its page; a page whose confidently read lines hold less than half of its ink is
warned by number; a file where most pages are like that is refused (IngestError "ocr_unreadable"); a page whose
two columns could not be told apart, its column lines read across the page, is warned with those lines.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import numpy as np

from issues import ocr_tables, pdf_losses
from issues.ocr_boxes import (Box, cut_at_gutter, gutter, gutter_of_lines, marks_apart, turned, with_marks,
                              without_specks)
from issues.ocr_places import (with_page_number, with_unread_ends, with_unread_starts, without_speck_stops,
                               without_squeezed_marks, without_unsure_ends)
from issues.ocr_spaces import faint_ink, spaced, trimmed
from issues.ocr_layout import layout
from issues.ocr_mends import lost_year_rings, mended
from issues.ocr_pages import page_count_and_images
from issues.ocr_sizes import glyph_heights
from issues.ocr_text import clean_text, page_number
from issues.parser.lines import RUNNING, Line
from issues.sources import IngestError

NOT_TEXT = 0.5  # a box read with less confidence is no text (a speck, the other side showing through)
UNSURE = 0.9  # a line read with less confidence than this is quoted in a loss warning
MEANINGLESS = " ·•●.,、，。：；:;'\"`°*"  # what dust beside a line is read as: a mark read so, unsure, is no loss
COVERED = 0.5  # a page whose confident lines hold less of its ink than this is warned by number
INK_CELL = 16  # pixels: the page's inked area is counted in squares of this side (a 200 dpi character is 29)
INK_IN_CELL = 30  # inked pixels that make a square inked: more than a speck of dust holds
BLANK_CELLS = 20  # a page with fewer inked squares than this (a few characters) has nothing to read

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
    unsure_marks: list[str] = field(default_factory=list)  # a mark beside a line read unsure, quoted with the line
    side_by_side: list[str] = field(default_factory=list)  # two columns' lines read across the page (issues.pdf.columns)

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
    """What OCR read: the lines for the parser (as issues.pdf.extract_lines gives a printed PDF's) and
    the warnings to store with the issue."""

    lines: list[Line]
    warnings: list[dict] = field(default_factory=list)
    pages: list[ScanPage] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body's text, line by line (running headers left out), as issues.pdf.extract_text gives it."""
        return "".join(line.text + "\n" for line in self.lines if line.kind != RUNNING)


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
    # each character's place too: spaces are put where the ink shows them (ocr_spaces.spaced)
    result = engine()(np.stack([gray] * 3, axis=-1), return_word_box=True, return_single_char_box=True)
    boxes = []
    if result.boxes is not None and result.txts:
        words = result.word_results if len(result.word_results or ()) == len(result.txts) else [()] * len(result.txts)
        for corners, text, score, chars in zip(result.boxes, result.txts, result.scores, words):
            if score >= NOT_TEXT and text.strip():
                boxes.append(Box(text.strip(), float(score), [(float(x), float(y)) for x, y in corners],
                                 [(ch, min(x for x, _ in place), max(x for x, _ in place)) for ch, _, place in chars],
                                 char_scores=[float(confidence) for _, confidence, _ in chars]))
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

    strip = gutter(upright, dpi) or gutter_of_lines(boxes, upright.shape, tilt, dpi)
    boxes = cut_at_gutter(boxes, upright, tilt, strip, _recognise)
    boxes = without_specks(boxes, in_table, UNSURE)
    ink = faint_ink(gray)
    type_ink = ink & ~ocr_tables.rule_ink(ink, dpi)  # a rule under a table's row is no dash beside its line
    found = marks_apart(boxes, type_ink, gray, _recognise, in_table)
    marks = [mark for mark in found if mark.score >= UNSURE]
    unsure_marks = [quote for mark in found if mark.score < UNSURE and mark.text.strip(MEANINGLESS)
                    and (quote := _quoted(mark, boxes))]
    unsure_marks += with_unread_starts(boxes, type_ink, gray, _recognise)
    unsure_marks += with_unread_ends(boxes, type_ink, gray, _recognise)
    without_speck_stops(boxes, type_ink, gray, dpi)
    for box in without_unsure_ends(boxes):
        box.text = spaced(without_squeezed_marks(box), ink)
        trimmed(box)
    boxes = with_page_number(with_marks(boxes, marks), type_ink, gray, _recognise)
    glyph_heights(boxes, upright, tilt)
    return ScanPage(index, gray.shape[1] * scale, gray.shape[0] * scale, dpi, boxes, ink_covered(gray, boxes, dpi), tilt=tilt,
                    gutter=strip, grids=grids, unsure_marks=unsure_marks)


def _quoted(mark: Box, boxes: list[Box]) -> str | None:
    """「六、居民消费价格总指数 [%?]」: the line a mark read unsure stands beside, the mark where it stands (None
    beside a page number: dust in the footer's blank)."""
    xs, ys = [x for x, _ in mark.corners], [y for _, y in mark.corners]
    middle, x = (min(ys) + max(ys)) / 2, (min(xs) + max(xs)) / 2
    beside = [b for b in boxes if min(y for _, y in b.corners) <= middle <= max(y for _, y in b.corners)]
    line = sorted(beside, key=lambda b: min(abs(x - bx) for bx, _ in b.corners))[:1]
    before = [b for b in line if min(bx for bx, _ in b.corners) < x]
    text = clean_text(line[0].text) if line else ""
    if _page_number_only(text):
        return None
    return f"{text} [{mark.text}?]" if before else f"[{mark.text}?] {text}"


def skew(boxes: list[Box]) -> float:
    """The page's tilt in radians, from the slope of the long line boxes (a scan sits a little askew)."""
    slopes = []
    for box in boxes:
        (x0, y0), (x1, y1) = box.corners[0], box.corners[1]
        height = abs(box.corners[3][1] - box.corners[0][1]) or 1.0
        if x1 - x0 > 4 * height:
            slopes.append(np.arctan2(y1 - y0, x1 - x0))
    return float(statistics.median(slopes)) if slopes else 0.0


def ink_covered(gray: np.ndarray, boxes: list[Box], dpi: float) -> float:
    """The share of the page's inked area inside the lines read with confidence (1.0 for a blank page).

    Ink is what is darker than halfway from the paper (the page's median) to the darkest print (its
    0.1st percentile): faint bleed-through from the other side stays paper. The area is counted in
    cells of INK_CELL pixels holding at least INK_IN_CELL inked ones: a character fills several, a
    speck of dust none. Rules are no text (a table ruled under every row held half a page's ink).
    """
    paper, dark = float(np.median(gray)), float(np.percentile(gray, 0.1))
    height, width = (gray.shape[0] // INK_CELL) * INK_CELL, (gray.shape[1] // INK_CELL) * INK_CELL
    ink = gray[:height, :width] < (paper + dark) / 2
    ink &= ~ocr_tables.rule_ink(ink, dpi)
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
    lines = [replace(line, text=mended(line.text)) for line in layout(scans)]
    timing.layout += time.perf_counter() - started
    return Reading(lines, warnings_of(scans), scans)


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
        if len(scan.side_by_side) >= pdf_losses.SIDE_BY_SIDE:
            warnings.append(_warning("columns_undecided", scan, scan.side_by_side,
                                     pdf_losses.undecided(scan.where, len(scan.side_by_side))))
        unsure = [clean_text(box.text, figures=False) for box in scan.boxes  # as read: 「温政发〔2O20〕22号」
                  if box.score < UNSURE and not _page_number_only(box.text)]
        unsure += scan.unsure_marks
        unsure += [text for box in scan.boxes if box.score >= UNSURE and lost_year_rings(text := clean_text(box.text))]
        if unsure:
            warnings.append(_warning("ocr_unsure", scan, unsure, (
                f"{scan.where}有{len(unsure)}行文字识别把握不大，请对照扫描件核对")))
    return warnings


def _page_number_only(text: str) -> bool:
    return page_number(clean_text(text)).isdigit()


def _warning(kind: str, scan: ScanPage, lines: list[str], message: str) -> dict:
    return {"kind": kind, "level": "loss", "section": None, "page": scan.printed_no, "file_page": scan.number,
            "lines": lines, "message": message}

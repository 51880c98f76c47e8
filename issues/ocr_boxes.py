"""OCR's line boxes made fit for layout: dust dropped, a box read across a column gap cut in two.

PP-OCR's detector joins text that lines up: where the two columns' lines share a baseline, one
box can run from the left column across the gutter into the right one, and its text reads the two
columns' lines as one ("…的评制定贯彻落实…"), which the layout step then takes for a title across
the page. The gutter is found in the page image (a strip of the body with next to no ink), a box
with no ink where it crosses the gutter is cut there, and each part is read again by the
recognition model alone. (Ink gaps alone cannot tell: after 「、」 or before 「“」 a line has an
inkless strip as wide as a narrow gutter.) A heading letter-spaced across the page has blanks as
wide as the gutter between all its characters, and stays whole.

Dust read as text is dropped: a small box holding punctuation only (「•。」, 「:」), or a tiny box
read unsure; a small mark read with confidence inside a ruled table is print (「%」).

Marks the detector finds no line in are looked for in the ink left outside every box, on a text
line: a 「——」 or a 「%」 alone in a cell of a table set without rules (a flat stroke is a dash, any
other mark is read by the recogniser alone); dust is smaller than either.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

import cv2
import numpy as np

SPECK = 0.75  # a box of punctuation only, lower than this share of the page's usual line box, is dust
TINY = 0.5  # a box lower than this share of the usual line box, read unsure, is dust too
HEADER_ZONE, FOOTER_ZONE = 0.15, 0.12  # the body of a page lies between (as issues.pdf's running bands)
GUTTER_INK = 0.2  # a pixel column with less ink than this share of the text columns' is in the gutter
MIN_GUTTER = 6.0  # points: the narrowest gutter (issues.pdf's)
COLUMN_LINE = 0.5  # a column's lines are mostly at least this share of its width (a table's cells are short)
COLUMN_LINES = 3  # or a third of them and at least this many
CUT = 0.6  # a box is cut where it has no ink across this share of the gutter's width
TITLE_MARGIN = 2.0  # in type sizes: a line this far inside both edges of the text block is a title's, no column's
CENTRED_INSIDE = 4.0  # in type sizes: a box centred on the gutter this far inside both columns' outer edges is one line
LETTER_SPACED = 0.5  # in type sizes: a box whose characters mostly stand this far apart is letter-spaced
DASH_FLAT = 0.5  # in type sizes: a stroke no higher than this is a dash: 「——」 if at least DASH_LONG long, 「—」 if DASH
DASH, DASH_LONG = 0.8, 1.5
MARK_INK = 0.05  # in square type sizes: a mark holding less ink is dust (a speck holds about 0.03)
MARK_SIZE = 1.3  # in type sizes: a mark apart is no wider than twice this, no higher than this
JOIN = 0.8  # in type sizes: a mark nearer a box on its line than this is part of its printed piece (issues.pdf's SEGMENT_GAP)
MARK_SPACE = 0.2  # in type sizes: a mark this far from its piece stands a space apart (a mark's box is its ink, a line's is padded)
SPECKS = "·•."  # what a speck read inside a blank, or apart at a line's end, is read as
ISLAND = 0.35  # in character sizes: a narrower mark in the gutter is a speck of dust (blurred, 5 to 9 pixels)
BOX_PER_SIZE = 1.65  # a detected line box is this many times its type size tall (PP-OCR pads it)


@dataclass
class Box:
    """One text line as rapidocr found and read it: four corners in pixels, clockwise from top left."""

    text: str
    score: float
    corners: list[tuple[float, float]]
    chars: list[tuple[str, float, float]] = field(default_factory=list)  # (character, x0, x1) in pixels, as recognised
    glyph: float | None = None  # pixels: how high its characters' ink stands (issues.ocr_sizes), None where not told
    char_scores: list[float] = field(default_factory=list)  # each character's confidence, as recognised (beside chars)

    @property
    def height(self) -> float:
        return abs(self.corners[3][1] - self.corners[0][1])


def padding(box_height: float) -> float:
    """How far a detected box reaches beyond its line's ink on every side (the detector's unclip)."""
    return box_height * (1 - 1 / BOX_PER_SIZE) / 2


def turned(points: list[tuple[float, float]], angle: float, centre: tuple[float, float]) -> list[tuple[float, float]]:
    """Points rotated by `angle` radians about `centre` (the page upright: angle = -tilt)."""
    cos, sin, (cx, cy) = np.cos(angle), np.sin(angle), centre
    return [((x - cx) * cos - (y - cy) * sin + cx, (x - cx) * sin + (y - cy) * cos + cy) for x, y in points]


def without_specks(boxes: list[Box], in_table, unsure: float) -> list[Box]:
    """The boxes without dust read as text; in_table(box) says whether a box lies in a ruled table."""
    usual = statistics.median(box.height for box in boxes) if boxes else 0.0
    kept = []
    for box in boxes:
        marks_only = not any(ch.isalnum() for ch in box.text)  # CJK characters are alphanumeric too
        if marks_only and box.height < SPECK * usual and not in_table(box):
            continue
        if box.height < TINY * usual and box.score < unsure:
            continue
        kept.append(box)
    return kept


def gutter(upright: np.ndarray, dpi: float) -> tuple[int, int] | None:
    """The strip between two columns in an upright page image, in pixels (None on a one-column page).

    Where a column of text has ink on a good share of the body's pixel rows, the gutter has almost
    none (full-width titles and dust cross it): the widest such strip in the middle of the page.
    """
    height, width = upright.shape
    body = upright[round(HEADER_ZONE * height):round((1 - FOOTER_ZONE) * height)]
    paper, dark = float(np.median(body)), float(np.percentile(body, 0.1))
    share = (body < (paper + dark) / 2).mean(axis=0)
    inked = share[share > 0.02]
    if paper - dark < 40 or inked.size == 0:
        return None
    empty = share < GUTTER_INK * float(np.median(inked))
    lo, hi = round(0.3 * width), round(0.7 * width)
    best = None
    for start, end in runs_of(empty[lo:hi]):
        if end - start >= MIN_GUTTER * dpi / 72 and (best is None or end - start > best[1] - best[0]):
            best = (lo + start, lo + end)
    return best


def gutter_of_lines(boxes: list[Box], shape: tuple[int, int], tilt: float, dpi: float) -> tuple[int, int] | None:
    """The strip between two columns told by where the recogniser placed the lines' characters, in pixels of the
    upright page (None where the lines show no two columns): for a page whose ink shows none (gutter).

    A full-width heading between two column bands puts ink into the gutter's pixel columns, and on a page of
    short columns that ink is as much as a column's (2023-02's held-out scan, page 2: 「政务简讯」 between a document's
    columns and a brief's, no gutter found, column lines read as one box across the page and interleaved). Counted
    in lines, the heading is one: the gutter is a strip of the body that under a tenth of the lines cover with a
    character, two column lines read as one box leaving it blank between their characters, with column lines
    (each at least half its side's width: a table's cells are short) standing either side of it.
    """
    height, width = shape
    centre = (width / 2, height / 2)
    usual = statistics.median(box.height for box in boxes) if boxes else 0.0
    coverage, sides, lines = np.zeros(width, np.int32), [], []
    for box in boxes:
        corners = turned(box.corners, -tilt, centre)
        ys = [y for _, y in corners]
        middle = (min(ys) + max(ys)) / 2
        if box.height < SPECK * usual or not HEADER_ZONE * height <= middle <= (1 - FOOTER_ZONE) * height:
            continue
        shift = [x - bx for (x, _), (bx, _) in zip(corners, box.corners)]  # the tilt moves a line's x as it turns
        move = sum(shift) / 4
        pad = padding(box.height)
        spans = ([(x0 + move, x1 + move) for ch, x0, x1 in box.chars if ch not in SPECKS and not ch.isspace()]
                 or [(min(x for x, _ in corners) + pad, max(x for x, _ in corners) - pad)])
        lines.append((spans, box.height / BOX_PER_SIZE))
        sides.append((spans[0][0], spans[-1][1]))
    edges = (min((x0 for x0, _ in sides), default=0.0), max((x1 for _, x1 in sides), default=0.0))
    for spans, size in lines:
        if (spans[0][0] - edges[0] > TITLE_MARGIN * size and edges[1] - spans[-1][1] > TITLE_MARGIN * size
                and spans[0][0] < sum(edges) / 2 < spans[-1][1]):
            continue  # a title's line across the middle, set with margins either side of the text block: no column's
        covered = np.zeros(width, bool)
        for x0, x1 in spans:
            covered[max(0, round(x0)):max(0, round(x1) + 1)] = True
        coverage += covered
    lo, hi = round(0.3 * width), round(0.7 * width)
    if not sides or coverage[lo:hi].size == 0:
        return None
    limit = max(1, int(coverage.max()) // 10)
    strips = [(lo + a, lo + b) for a, b in runs_of(coverage[lo:hi] <= limit) if b - a >= MIN_GUTTER * dpi / 72]
    for strip in sorted(strips, key=lambda s: s[0] - s[1]):  # the widest first
        left = [(x0, x1) for x0, x1 in sides if x1 <= strip[0] + 1]
        right = [(x0, x1) for x0, x1 in sides if x0 >= strip[1] - 1]
        if min(len(left), len(right)) < 2 or len(left) + len(right) < 6:
            continue
        left_width, right_width = strip[0] - min(x0 for x0, _ in left), max(x1 for _, x1 in right) - strip[1]
        if _column_lines(left, left_width) and _column_lines(right, right_width):
            return strip
    return None


def _column_lines(lines: list[tuple[float, float]], width: float) -> bool:
    """Whether lines (x0, x1) beside a strip are a column's: mostly at least COLUMN_LINE of its width (a table's cells
    are short), or a third and at least COLUMN_LINES of them, the rest a column's short lines (a signature, a date, a
    paragraph's last line, a heading inside the column: a document's left column closing over a table)."""
    long = sum(x1 - x0 >= COLUMN_LINE * width for x0, x1 in lines)
    return long * 2 >= len(lines) or long >= max(COLUMN_LINES, len(lines) / 3)


def cut_at_gutter(boxes: list[Box], upright: np.ndarray, tilt: float, strip: tuple[int, int] | None, read) -> list[Box]:
    """Boxes that run across the gutter without ink in it cut there, each part read again.

    read(images) -> [(text, score)] recognises line images (the OCR engine's recogniser); the
    parts' corners are in the upright page's pixels turned back to the scan's. A title across
    both columns has ink in the gutter and stays whole, and so does a short line centred on the gutter,
    well inside both columns (a doc number set across it: 2020-09's scan, page 14, 「温政办〔2020〕75号」
    read as 「温政办（202」 and 「20〕 75号」, its blank between two figures as wide as the cut asks), or on the text block
    where the gutter is off its middle (2020-09 in large print, gutter at 0.47: 「ZJCC01-2020-0017」 read as 「ZJCCO1」 in
    the left column and 「-2020-0017」 in the right, and the title block after it lost): two
    column lines read as one box reach their columns' outer edges. (A letter-spaced heading across the gutter
    is cut and its pieces joined again by issues.ocr_layout, without the blanks of its letter-spacing.)
    """
    if strip is None:
        return boxes
    centre = (upright.shape[1] / 2, upright.shape[0] / 2)
    paper, dark = float(np.median(upright)), float(np.percentile(upright, 0.1))
    turned_boxes = [turned(box.corners, -tilt, centre) for box in boxes]
    left_edge = min((x for corners in turned_boxes for x, _ in corners), default=0.0)
    right_edge = max((x for corners in turned_boxes for x, _ in corners), default=0.0)
    out, crops, parts = [], [], []
    for box, corners in zip(boxes, turned_boxes):
        x0, x1 = max(0, round(min(x for x, _ in corners))), min(upright.shape[1], round(max(x for x, _ in corners)))
        y0, y1 = max(0, round(min(y for _, y in corners))), min(upright.shape[0], round(max(y for _, y in corners)))
        size = (y1 - y0) / BOX_PER_SIZE
        centred = (min(abs((x0 + x1) - sum(strip)), abs((x0 + x1) - (left_edge + right_edge))) / 2 <= size
                   and x0 - left_edge > CENTRED_INSIDE * size
                   and right_edge - x1 > CENTRED_INSIDE * size and not _spaced_out(upright[y0:y1, x0:x1], size, paper, dark))
        if not x0 < strip[0] < strip[1] < x1 or letter_spaced(box) or centred:
            out.append(box)
            continue
        blank = (upright[y0:y1, strip[0]:strip[1]] < (paper + dark) / 2).sum(axis=0) < 2
        blank |= _specks(~blank, ISLAND * size)
        runs = runs_of(blank)
        if not runs or max(end - start for start, end in runs) < CUT * (strip[1] - strip[0]):
            out.append(box)
            continue
        start, end = max(runs, key=lambda run: run[1] - run[0])
        pad = round(padding(y1 - y0))  # as PP-OCR pads a box around its ink
        for left, right in ((x0, strip[0] + start + pad), (strip[0] + end - pad, x1)):
            crops.append(np.stack([upright[y0:y1, left:right]] * 3, axis=-1))
            parts.append(turned([(left, y0), (right, y0), (right, y1), (left, y1)], tilt, centre))
    for (text, score), corners in zip(read(crops) if crops else [], parts):
        if text.strip():
            out.append(Box(text.strip(), float(score), corners))
    return out


def _spaced_out(image: np.ndarray, size: float, paper: float, dark: float) -> bool:
    """Whether a line's ink has three blanks or more of half a type size (letter-spaced: 「机  构  人  事」)."""
    blank = (image < (paper + dark) / 2).sum(axis=0) < 2
    return sum(end - start >= LETTER_SPACED * size for start, end in runs_of(blank)) >= 3


def letter_spaced(box: Box) -> bool:
    """Whether most of the box's characters stand apart, as the recogniser placed them: a heading set
    letter-spaced across the page (「4 月 份 市 政 府 、 市 政 府 办 公 室 发 文 目 录」), whose blank at the
    gutter is one of many. Two columns' lines read as one box are set solid either side of the gutter."""
    gaps = [after[1] - before[2] for before, after in zip(box.chars, box.chars[1:])
            if before[0] not in SPECKS and after[0] not in SPECKS]  # a point's neighbours are a figure's
    return len(gaps) >= 3 and statistics.median(gaps) >= LETTER_SPACED * box.height / BOX_PER_SIZE


def runs_of(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the runs of True."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def _specks(inked: np.ndarray, widest: float) -> np.ndarray:
    """The inked runs no wider than `widest` pixels: dust in the gutter."""
    out = np.zeros_like(inked)
    for start, end in runs_of(inked):
        if end - start <= widest:
            out[start:end] = True
    return out


def marks_apart(boxes: list[Box], ink: np.ndarray, gray: np.ndarray, read, in_table) -> list[Box]:
    """Boxes for the marks on a text line outside every box: 「——」 by its shape, others read by read(images).

    `ink` is faint_ink(gray); in_table(box) says whether a box lies in a ruled table (whose dashes
    issues.ocr_tables finds; its other marks are read here: 2020-09's 「#食品烟酒类」 and its 「%」 were lost).
    A mark counts only beside a box on its line: dust elsewhere, and pictures, are no text.
    """
    if not boxes:
        return []
    size = statistics.median(box.height for box in boxes) / BOX_PER_SIZE
    left = ink.astype(np.uint8)
    for box in boxes:
        x0, y0, x1, y1 = _bounds(box)
        left[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = 0
    joined = cv2.dilate(left, np.ones((3, max(1, round(0.3 * size))), np.uint8))  # a dash's two strokes, a % 's parts
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found, crops = [], []
    for x, y, w, h, _ in stats[1:count]:
        piece = left[y:y + h, x:x + w]
        if w > 2 * MARK_SIZE * size or h > MARK_SIZE * size:
            continue
        rows, columns = np.flatnonzero(piece.any(axis=1)), np.flatnonzero(piece.any(axis=0))  # its ink, not the joined blob
        x, y, w, h = x + int(columns[0]), y + int(rows[0]), int(columns[-1] - columns[0]) + 1, int(rows[-1] - rows[0]) + 1
        mark = Box("", 1.0, _rectangle(x, y, x + w, y + h))
        line = next((box for box in boxes if _beside(mark, box)), None)
        own = line.height / BOX_PER_SIZE if line else size  # a table's type is smaller than the page's
        if line is None or piece.sum() < MARK_INK * own * own:
            continue
        _, top, _, bottom = _bounds(line)  # the mark's box as high as its line's, as the detector pads a line
        mark.corners = _rectangle(x, top, x + w, bottom)
        pad = round(0.3 * size)
        flat = w >= DASH * own and h <= DASH_FLAT * own
        after = next((box for box in boxes if _beside(mark, box) and 0 <= _bounds(box)[0] - x - w <= JOIN * own), None)
        if flat and after is not None:  # a stroke just before a line: 「一、」 the detector left out, or a dash; read with the line
            crop = gray[max(0, top):bottom + 1, max(0, x - pad):_bounds(after)[2]]
            crops.append((mark, np.stack([crop] * 3, axis=-1), after, "" if in_table(mark) else _dash(w, own)))
        elif flat:
            if in_table(mark):  # a ruled table's dash is its cell's (issues.ocr_tables finds it); its 「#」 and 「%」 are read
                continue
            mark.text = _dash(w, own)
            found.append(mark)
        else:  # read at its line's height: a lone 「%」 or 「#」 cropped to its own ink is read large and unsure
            crop = gray[max(0, top):bottom + 1, max(0, x - pad):x + w + pad]
            crops.append((mark, np.stack([crop] * 3, axis=-1), None, ""))
    for (mark, _, after, dash), (text, score) in zip(crops, read([c[1] for c in crops]) if crops else []):
        text = text.strip()
        if after is not None:  # read with its line: the mark is what stands before the line's own text, else a dash
            ahead = text[:-len(after.text)].strip() if text.endswith(after.text) else ""
            strokes = ahead and not ahead.strip("一—") and (len(ahead) > 1 or dash == "——")  # 「——」 read as 「一一」
            text, score = (ahead, score) if ahead and not strokes else (dash, 1.0)
            if text != dash:  # what was read reaches the line's box: no blank between them
                x0, top, _, bottom = _bounds(mark)
                mark.corners = _rectangle(x0, top, max(x0 + 1, _bounds(after)[0] - 1), bottom)
        if text and any(not ch.isspace() and ch not in SPECKS + "、，。：；,:;'\"" for ch in text):
            mark.text, mark.score = text, float(score)
            found.append(mark)
    return found


def _dash(width: float, own: float) -> str:
    return "——" if width >= DASH_LONG * own else "—"


def with_marks(boxes: list[Box], marks: list[Box]) -> list[Box]:
    """Marks joined to the box they follow or precede on their line when as close as the characters
    of one printed piece (less than JOIN apart), a space between unless they touch (「—— ——」); other
    marks boxes of their own (a table's cell)."""
    out = list(boxes)
    for mark in sorted(marks, key=lambda m: _bounds(m)[0]):
        x0, _, x1, _ = _bounds(mark)
        size = mark.height / BOX_PER_SIZE  # its line's (marks_apart gives a mark its line's height)
        near = [(box, _bounds(box)) for box in out if _beside(mark, box)]
        before = min(((x0 - b[2], box) for box, b in near if 0 <= x0 - b[2] < JOIN * size), key=lambda g: g[0], default=None)
        after = min(((b[0] - x1, box) for box, b in near if 0 <= b[0] - x1 < JOIN * size), key=lambda g: g[0], default=None)
        if before is not None and before[0] < MARK_SPACE * size and before[1].text.endswith(mark.text):
            continue  # the rest of the line's last character's ink, outside its box (「二」's stroke beside 「二、…」)
        if after is not None and after[0] < MARK_SPACE * size and after[1].text.startswith(mark.text):
            continue
        if before is not None:
            gap, box = before
            box.text += (" " if gap >= MARK_SPACE * size else "") + mark.text
            box.corners = joined_corners(box.corners, mark.corners)
        elif after is not None:
            gap, box = after
            box.text = mark.text + (" " if gap >= MARK_SPACE * size else "") + box.text
            box.corners = joined_corners(box.corners, mark.corners)
        else:
            out.append(mark)
    return out


def joined_corners(corners: list[tuple[float, float]], more: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A box's corners widened to take in another box's (the first box's top and bottom kept)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners
    left, right = min(x0, min(x for x, _ in more)), max(x1, max(x for x, _ in more))
    return [(min(x0, left), y0), (max(x1, right), y1), (max(x2, right), y2), (min(x3, left), y3)]


def _rectangle(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(float(x0), float(y0)), (float(x1), float(y0)), (float(x1), float(y1)), (float(x0), float(y1))]


def _bounds(box: Box) -> tuple[int, int, int, int]:
    xs, ys = [x for x, _ in box.corners], [y for _, y in box.corners]
    return round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))


def _beside(mark: Box, box: Box) -> bool:
    """Whether a mark's middle lies within a box's height (the box's line) and apart from it."""
    x0, y0, x1, y1 = _bounds(mark)
    bx0, by0, bx1, by1 = _bounds(box)
    return by0 <= (y0 + y1) / 2 <= by1 and (x1 < bx0 or x0 > bx1)

"""Ruled tables in a scanned page image: the grid of its ruling lines, and the text read inside it as rows.

A printed PDF's ruled tables come from pdfplumber's table finder, which reads the drawn lines; a
scan has only pixels, so the lines are found here: runs of ink much longer than any stroke of a
character, horizontal and vertical, in the page turned upright by the tilt its text lines show.
Rules that meet form a grid; a cell is a rectangle of the grid closed by rules on all sides (where a
rule is missing, neighbouring rectangles are one cell, as a merged cell is in pdfplumber). The OCR
line boxes whose centres lie in a cell are its text, so a table leaves issues.ocr as issues.pdf's
TableRows (cells joined by tabs), through the same table path as a printed PDF's.

This module knows pixels and rectangles only (numpy and PIL); issues.ocr owns boxes and pages.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

RULE_INK = 0.4  # a pixel is rule ink this far from the paper's grey towards the darkest print
MIN_RULE_H = 24.0  # points: a horizontal run of ink this long is a rule (a CJK character is 10.5)
MIN_RULE_V = 12.0  # points: a vertical one this long (a table row of one line is about 18 high)
RULE_GAP = 1.5  # points: a rule broken by less than this (a speck, JPEG) is one rule
MEET = 2.5  # points: a rule ending this close to another one meets it
BORDER_INKED = 0.7  # a cell's side counts as ruled where rule ink runs along this share of it
DASH = 4.0  # points: a cell whose only ink is a horizontal stroke this long holds a dash ("——")
DASH_HIGH = 3.0  # points: and no taller than this (a speck of dust is a dot, a character is taller)
SPECKS = 40  # pixels of ink elsewhere in such a cell: dust, not a character
DASH_READINGS = "—一－-–_~ "  # what OCR reads such a dash as, where it reads one ('一一': two strokes of 一)
TILT_OFF = math.radians(0.1)  # a table's rules sloping this much on the page turned upright: it was turned by a wrong tilt
TILT_REACH = math.radians(1.5)  # how far off the tilt of the text lines' boxes may be, looked for either way
TILT_STEP = math.radians(0.02)


@dataclass
class Rule:
    """A ruling line in pixels of the upright page: `at` across it, from `start` to `end` along it."""

    at: float
    start: float
    end: float


@dataclass
class Grid:
    """One ruled table in pixels of the upright page: rule positions and which cell each rectangle is in."""

    xs: list[float]  # vertical rules, left to right
    ys: list[float]  # horizontal rules, top to bottom
    cell_of: list[list[int]]  # cell_of[row][column]: the cell a rectangle of the grid belongs to
    dashes: set[int] = field(default_factory=set)  # cells whose only ink is a dash (OCR finds no text there)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        return x0 <= x <= x1 and y0 <= y <= y1

    def rectangle(self, x: float, y: float) -> tuple[int, int]:
        """(row, column) of the grid rectangle holding a point inside the grid."""
        row = max(0, min(len(self.ys) - 2, int(np.searchsorted(self.ys, y)) - 1))
        column = max(0, min(len(self.xs) - 2, int(np.searchsorted(self.xs, x)) - 1))
        return row, column


def upright(gray: np.ndarray, tilt: float) -> np.ndarray:
    """The page image turned by -tilt radians about its centre, as issues.ocr turns the boxes."""
    if abs(tilt) < 1e-4:
        return gray
    return np.asarray(Image.fromarray(gray).rotate(math.degrees(tilt), resample=Image.BILINEAR, fillcolor=255))


def squared(gray: np.ndarray, tilt: float, dpi: float) -> tuple[float, np.ndarray, list[Grid]]:
    """The page's tilt as its tables' rules show it, the page turned upright by it (upright), and its grids.

    The tilt its text lines' boxes show (issues.ocr.skew) is the slope of a few short boxes where a page holds a
    table and little else (a table running on to a page of its own, its producer's line under it: 0.94° where the
    page sat 0.3° askew); a rule then drifts off its grid line across a wide cell, is not found there, and two rows
    are one cell. A table's outer rules show the tilt to a few hundredths of a degree; where they slope on the page
    turned upright, it is turned again by their slope."""
    image = upright(gray, tilt)
    grids = find_grids(image, dpi)
    off = _rules_slope(image, grids)
    if abs(off) < TILT_OFF:
        return tilt, image, grids
    image = upright(gray, tilt + off)
    return tilt + off, image, find_grids(image, dpi)


def _rules_slope(image: np.ndarray, grids: list[Grid]) -> float:
    """The angle (radians, as issues.ocr.skew measures one) the top and bottom rules of the grids slope at: the one
    at which their ink, sheared level, piles up most in fewest rows (the sum of its rows' squared counts: a rule
    thicker than its drift fills its middle row along its length over a range of angles; 0.0 without a grid)."""
    if not grids:
        return 0.0
    paper, dark = float(np.median(image)), float(np.percentile(image, 0.1))
    ink = image < paper - RULE_INK * (paper - dark)
    angles = np.arange(-TILT_REACH, TILT_REACH + TILT_STEP / 2, TILT_STEP)
    sharpness = np.zeros(len(angles))
    for grid in grids:
        x0, x1 = round(grid.xs[0]), round(grid.xs[-1])
        reach = math.ceil(math.tan(TILT_REACH) * (x1 - x0) / 2) + 4
        for y in (grid.ys[0], grid.ys[-1]):
            top = max(0, round(y) - reach)
            rows, columns = np.nonzero(ink[top:round(y) + reach + 1, x0:x1])
            along = columns - (x1 - x0) / 2
            for k, angle in enumerate(angles):
                sheared = np.round(rows - along * math.tan(angle)).astype(int) + 3 * reach
                sharpness[k] += float(np.square(np.bincount(sheared).astype(np.float64)).sum()) if sheared.size else 0.0
    return float(angles[int(np.argmax(sharpness))]) if sharpness.any() else 0.0


def find_grids(image: np.ndarray, dpi: float) -> list[Grid]:
    """The ruled tables of an upright page image (grey, 0 ink to 255 paper)."""
    paper, dark = float(np.median(image)), float(np.percentile(image, 0.1))
    if paper - dark < 40:
        return []
    ink = image < paper - RULE_INK * (paper - dark)
    per_point = dpi / 72
    across = _rules(ink, round(MIN_RULE_H * per_point), RULE_GAP * per_point)
    down = _rules(ink.T, round(MIN_RULE_V * per_point), RULE_GAP * per_point)
    grids = [grid for group in _meeting(across, down, MEET * per_point) if (grid := _grid(*group, ink, MEET * per_point))]
    for grid in grids:
        grid.dashes = _dash_cells(grid, ink, per_point)
    return grids


def rule_ink(ink: np.ndarray, dpi: float) -> np.ndarray:
    """The ink pixels of rules (runs of ink at least MIN_RULE_H long, across or down, and the pixel
    either side of them): a table ruled under every row, or a header's rule, is no text left unread."""
    length = round(MIN_RULE_H * dpi / 72)
    rules = _along_runs(ink, length) | _along_runs(ink.T, length).T
    rules[1:] |= rules[:-1].copy()
    rules[:-1] |= rules[1:].copy()
    rules[:, 1:] |= rules[:, :-1].copy()
    rules[:, :-1] |= rules[:, 1:].copy()
    return rules


def _along_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels of runs of ink at least `length` long along the rows of `ink`."""
    height, width = ink.shape
    if width < length:
        return np.zeros_like(ink)
    sums = np.concatenate((np.zeros((height, 1), np.int32), np.cumsum(ink, axis=1, dtype=np.int32)), axis=1)
    ends = np.zeros((height, width), np.int32)  # 1 where the window of `length` ending at this pixel is all ink
    ends[:, length - 1:] = (sums[:, length:] - sums[:, :-length]) == length
    counted = np.concatenate((np.zeros((height, 1), np.int32), np.cumsum(ends, axis=1, dtype=np.int32)), axis=1)
    last = np.minimum(np.arange(width) + length, width)  # a pixel is in any window ending up to length-1 past it
    return (counted[:, last] - counted[:, :width]) > 0


def _rules(ink: np.ndarray, length: int, gap: float) -> list[Rule]:
    """Runs of ink at least `length` pixels long along the rows of `ink`, adjacent rows taken together."""
    if ink.shape[1] <= length:
        return []
    sums = np.cumsum(ink, axis=1, dtype=np.int32)
    full = (sums[:, length:] - sums[:, :-length]) == length  # window ending at column c+length is all ink
    rows = np.flatnonzero(full.any(axis=1))
    rules: list[Rule] = []
    for band in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if rows.size else []:
        along = full[band].any(axis=0)
        starts = np.flatnonzero(along & ~np.concatenate(([False], along[:-1])))
        ends = np.flatnonzero(along & ~np.concatenate((along[1:], [False])))
        at = float(band.mean())
        for start, end in zip(starts, ends):
            start, end = float(start + 1), float(end + length)  # the run covers its windows' pixels
            if rules and rules[-1].at == at and start - rules[-1].end <= gap:
                rules[-1].end = end
            else:
                rules.append(Rule(at, start, end))
    return rules


def _meeting(across: list[Rule], down: list[Rule], near: float) -> list[tuple[list[Rule], list[Rule]]]:
    """Groups of horizontal and vertical rules that meet, each with at least two of each kind.

    A vertical rule counts only where it meets two horizontal ones (a tall stroke of a title
    character meets none); a horizontal one only where it meets two such vertical ones (the rule
    under a running header meets none).
    """
    def meets(h: Rule, v: Rule) -> bool:
        return h.start - near <= v.at <= h.end + near and v.start - near <= h.at <= v.end + near

    down = [v for v in down if sum(meets(h, v) for h in across) >= 2]
    across = [h for h in across if sum(meets(h, v) for v in down) >= 2]
    groups: list[tuple[list[Rule], list[Rule]]] = []
    left = list(across)
    while left:
        hs, vs = [left.pop(0)], []
        grown = True
        while grown:
            grown = False
            for v in down:
                if v not in vs and any(meets(h, v) for h in hs):
                    vs.append(v)
                    grown = True
            for h in list(left):
                if any(meets(h, v) for v in vs):
                    hs.append(h)
                    left.remove(h)
                    grown = True
        if len(hs) >= 2 and len(vs) >= 2:
            groups.append((hs, vs))
    return groups


def _grid(across: list[Rule], down: list[Rule], ink: np.ndarray, near: float) -> Grid | None:
    """The grid of a group of meeting rules; its rectangles joined into cells where a side has no rule."""
    ys, xs = _positions([h.at for h in across], near), _positions([v.at for v in down], near)
    if len(xs) < 2 or len(ys) < 2:
        return None
    rows, columns = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * columns))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    pad = max(1, round(near / 2))
    for r in range(rows):
        for c in range(columns):
            y0, y1, x0, x1 = round(ys[r]), round(ys[r + 1]), round(xs[c]), round(xs[c + 1])
            if c + 1 < columns and not _inked(ink[y0 + pad:y1 - pad, round(xs[c + 1]) - pad:round(xs[c + 1]) + pad + 1]):
                parent[root(r * columns + c + 1)] = root(r * columns + c)
            if r + 1 < rows and not _inked(ink[round(ys[r + 1]) - pad:round(ys[r + 1]) + pad + 1, x0 + pad:x1 - pad].T):
                parent[root((r + 1) * columns + c)] = root(r * columns + c)
    return Grid(xs, ys, [[root(r * columns + c) for c in range(columns)] for r in range(rows)])


def _dash_cells(grid: Grid, ink: np.ndarray, per_point: float) -> set[int]:
    """Cells whose ink, away from their rules, is one short flat stroke: the dash of a value not given.

    OCR finds no text line in a cell holding only "——", so the table would lose it.
    """
    pad, dashes = round(MEET * per_point), set()
    for r, cells in enumerate(grid.cell_of):
        for c, cell in enumerate(cells):
            inside = ink[round(grid.ys[r]) + pad:round(grid.ys[r + 1]) - pad, round(grid.xs[c]) + pad:round(grid.xs[c + 1]) - pad]
            strokes = _rules(inside, round(DASH * per_point), 1.0)
            if not strokes:
                continue
            top, bottom = min(s.at for s in strokes) - DASH_HIGH * per_point, max(s.at for s in strokes) + DASH_HIGH * per_point
            rows = np.arange(inside.shape[0])
            if bottom - top <= 3 * DASH_HIGH * per_point and inside[(rows < top) | (rows > bottom)].sum() <= SPECKS:
                dashes.add(cell)
    return dashes


def _inked(strip: np.ndarray) -> bool:
    """Whether a rule runs along a strip (rows along the side, columns across it)."""
    return strip.size > 0 and float(strip.any(axis=1).mean()) >= BORDER_INKED


def _positions(values: list[float], near: float) -> list[float]:
    """Rule positions with those closer than `near` taken as one (a rule found in two bands)."""
    out: list[list[float]] = []
    for value in sorted(values):
        if out and value - out[-1][-1] <= near:
            out[-1].append(value)
        else:
            out.append([value])
    return [sum(group) / len(group) for group in out]


def rows_of(grid: Grid, pieces: list[tuple[str, float, float, float, float]]) -> list[str]:
    """The table's rows as cells joined by tabs, from text pieces (text, x0, x1, top, bottom) in pixels.

    A cell's pieces are read top to bottom, left to right, and joined without spaces (a cell's
    wrapped lines, as issues.pdf joins them); a cell belongs to the row of its top rectangle and
    the column of its left one, the rectangles it spans besides are empty cells (as pdfplumber's). A cell whose ink
    is a dash alone reads '——', whatever OCR read there ('一一', or nothing).
    A piece that crosses a vertical rule (OCR read two cells as one line) is cut there, by the
    share of its width on each side.
    """
    texts: dict[int, list[tuple[float, float, float, str]]] = {}
    for text, x0, x1, top, bottom in pieces:
        for part, left, right in _cut_at_rules(text, x0, x1, grid.xs):
            row, column = grid.rectangle((left + right) / 2, (top + bottom) / 2)
            texts.setdefault(grid.cell_of[row][column], []).append((top, left, bottom - top, part))
    rows, seen = [], set()
    for r, cells in enumerate(grid.cell_of):
        out = []
        for cell in cells:
            if cell in seen:
                out.append("")
                continue
            seen.add(cell)
            text = "".join(part[-1] for part in _reading_order(texts.get(cell, [])))
            out.append("——" if cell in grid.dashes and not text.strip(DASH_READINGS) else text)
        rows.append("\t".join(out).rstrip("\t"))
    return rows


def _reading_order(parts: list[tuple[float, float, float, str]]) -> list[tuple[float, float, float, str]]:
    """A cell's pieces (top, left, height, text) line by line, each line left to right."""
    lines: list[list[tuple[float, float, float, str]]] = []
    for part in sorted(parts):
        if lines and part[0] - lines[-1][0][0] < part[2] / 2:  # tops within half a line: one line
            lines[-1].append(part)
        else:
            lines.append([part])
    return [part for line in lines for part in sorted(line, key=lambda p: p[1])]


def _cut_at_rules(text: str, x0: float, x1: float, xs: list[float]) -> list[tuple[str, float, float]]:
    inner = [x for x in xs if x0 + 2 < x < x1 - 2]
    if not inner or len(text) < 2:
        return [(text, x0, x1)]
    widths = [1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text]  # in ems
    ends = list(itertools.accumulate(widths))
    parts, start, left = [], 0, x0
    for x in inner:
        target = ends[-1] * (x - x0) / (x1 - x0)  # ems of the piece left of the rule
        cut = min(range(len(ends) + 1), key=lambda n: abs((ends[n - 1] if n else 0.0) - target))
        if cut > start:
            parts.append((text[start:cut], left, x))
        start, left = max(start, cut), x
    parts.append((text[start:], left, x1))
    return [(part.strip(), a, b) for part, a, b in parts if part.strip()]

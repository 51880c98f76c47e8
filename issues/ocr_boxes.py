"""OCR's line boxes made fit for layout: dust dropped, a box read across a column gap cut in two.

PP-OCR's detector joins text that lines up: where the two columns' lines share a baseline, one
box can run from the left column across the gutter into the right one, and its text reads the two
columns' lines as one ("…的评制定贯彻落实…"), which the layout step then takes for a title across
the page. The gutter is found in the page image (a strip of the body with next to no ink), a box
with no ink where it crosses the gutter is cut there, and each part is read again by the
recognition model alone. (Ink gaps alone cannot tell: after 「、」 or before 「“」 a line has an
inkless strip as wide as a narrow gutter.)

Dust read as text is dropped: a small box holding punctuation only (「•。」, 「:」), or a tiny box
read unsure; a small mark read with confidence inside a ruled table is print (「%」).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import numpy as np

SPECK = 0.75  # a box of punctuation only, lower than this share of the page's usual line box, is dust
TINY = 0.5  # a box lower than this share of the usual line box, read unsure, is dust too
HEADER_ZONE, FOOTER_ZONE = 0.15, 0.12  # the body of a page lies between (as issues.pdf's running bands)
GUTTER_INK = 0.2  # a pixel column with less ink than this share of the text columns' is in the gutter
MIN_GUTTER = 6.0  # points: the narrowest gutter (issues.pdf's)
CUT = 0.6  # a box is cut where it has no ink across this share of the gutter's width
ISLAND = 0.35  # in character sizes: a narrower mark in the gutter is a speck of dust (blurred, 5 to 9 pixels)
BOX_PER_SIZE = 1.65  # a detected line box is this many times its type size tall (PP-OCR pads it)


@dataclass
class Box:
    """One text line as rapidocr found and read it: four corners in pixels, clockwise from top left."""

    text: str
    score: float
    corners: list[tuple[float, float]]

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
    for start, end in _runs(empty[lo:hi]):
        if end - start >= MIN_GUTTER * dpi / 72 and (best is None or end - start > best[1] - best[0]):
            best = (lo + start, lo + end)
    return best


def cut_at_gutter(boxes: list[Box], upright: np.ndarray, tilt: float, strip: tuple[int, int] | None, read) -> list[Box]:
    """Boxes that run across the gutter without ink in it cut there, each part read again.

    read(images) -> [(text, score)] recognises line images (the OCR engine's recogniser); the
    parts' corners are in the upright page's pixels turned back to the scan's. A title across
    both columns has ink in the gutter and stays whole.
    """
    if strip is None:
        return boxes
    centre = (upright.shape[1] / 2, upright.shape[0] / 2)
    paper, dark = float(np.median(upright)), float(np.percentile(upright, 0.1))
    out, crops, parts = [], [], []
    for box in boxes:
        corners = turned(box.corners, -tilt, centre)
        x0, x1 = max(0, round(min(x for x, _ in corners))), min(upright.shape[1], round(max(x for x, _ in corners)))
        y0, y1 = max(0, round(min(y for _, y in corners))), min(upright.shape[0], round(max(y for _, y in corners)))
        if not x0 < strip[0] < strip[1] < x1:
            out.append(box)
            continue
        size = (y1 - y0) / BOX_PER_SIZE
        blank = (upright[y0:y1, strip[0]:strip[1]] < (paper + dark) / 2).sum(axis=0) < 2
        blank |= _specks(~blank, ISLAND * size)
        runs = _runs(blank)
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


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the runs of True."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def _specks(inked: np.ndarray, widest: float) -> np.ndarray:
    """The inked runs no wider than `widest` pixels: dust in the gutter."""
    out = np.zeros_like(inked)
    for start, end in _runs(inked):
        if end - start <= widest:
            out[start:end] = True
    return out

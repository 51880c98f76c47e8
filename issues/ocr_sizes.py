"""A scanned line's type size, as its box, its ink and its characters' pitch show it.

A line's size comes first from its box (type_size); one size is then given to the lines of one type
size, box heights varying by a tenth where type sizes do not (same_sizes). The box alone cannot part
a 12-point title line from 10.5-point text: PP-OCR finds lines on the page scaled to 1280 pixels and
pads each box, so a title line's box comes out as high as a body line's (two points apart are three
of the detector's pixels). Two other measures can: its characters' ink, an ideograph filling about
nine tenths of its em in every face (glyph_heights, measured on the upright page, whatever blur adds to
every line alike), and its characters' pitch, a title being set solid where text is justified.
"""

from __future__ import annotations

import statistics
import unicodedata

import numpy as np

from issues import pdf
from issues.ocr_boxes import BOX_PER_SIZE, Box, runs_of, turned

SAME_SIZE = 0.15  # box heights within this fraction of the median are one type size (15 pt titles, 10.5 pt body)
PITCH_LINE = 8  # ideographs: a line with fewer tells no pitch
WIDER = 0.09  # a line whose characters stand this much wider apart than its size group's lines, and
TALLER, TALLER_INK = 0.08, 0.08  # whose box or whose characters' ink is this much higher than the group's, is larger type
TITLE_LEADING = 2.5  # in type sizes: a title's lines stand no further apart

MIN_IDEOGRAPHS = 2  # a line with fewer tells no glyph height (figures and Latin are shorter, marks lower)
ROW_INK = 0.1  # a pixel row holding less ink than this share of the line's usual row is blank
RULE_ROW = 0.8  # a pixel row inked across this share of the box is a rule (a running header's), no type


def glyph_heights(boxes: list[Box], upright: np.ndarray, tilt: float) -> None:
    """Each box's glyph height in pixels (Box.glyph), where it has ideographs enough to tell."""
    centre = (upright.shape[1] / 2, upright.shape[0] / 2)
    paper, dark = float(np.median(upright)), float(np.percentile(upright, 0.1))
    if paper - dark < 40:
        return
    for box in boxes:
        if sum("\u4e00" <= ch <= "\u9fff" for ch in box.text) < MIN_IDEOGRAPHS:
            continue
        corners = turned(box.corners, -tilt, centre)
        x0, x1 = max(0, round(min(x for x, _ in corners))), round(max(x for x, _ in corners))
        y0, y1 = max(0, round(min(y for _, y in corners))), round(max(y for _, y in corners))
        rows = (upright[y0:y1, x0:x1] < (paper + dark) / 2).sum(axis=1)
        box.glyph = _ink_rows(rows, x1 - x0)


def _ink_rows(rows: np.ndarray, width: int) -> float | None:
    """How many rows the line's ink spans: the longest run of inked rows (a stroke of the line above reaching into the
    box stands apart from it, and so does a rule), rows holding under ROW_INK of the run's usual row left out at its
    ends (a blurred edge, a speck)."""
    runs = runs_of((rows > 0) & (rows < RULE_ROW * width))
    if not runs:
        return None
    start, end = max(runs, key=lambda run: run[1] - run[0])
    run = rows[start:end]
    kept = np.flatnonzero(run >= ROW_INK * float(np.median(run)))
    return float(kept[-1] - kept[0] + 1)


def ems(text: str) -> float:
    """Full-width characters an em each, others half an em."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def type_size(text: str, width: float, height: float) -> float:
    """A line's type size from its box: its height, unless its width shows it smaller.

    A speck of dust above or below a line makes its box taller, never wider than its characters
    (full-width ones an em each, others half an em; a justified line is a little wider): a taller
    size would part the line from its paragraph.
    """
    by_height = height / BOX_PER_SIZE
    wide = ems(text)
    return min(by_height, width / wide) if wide >= 3 else by_height



def same_sizes(pages: list[pdf.Page]) -> None:
    """One size for the lines of one type size: box heights vary by a tenth, type sizes do not.

    pdf.paragraphs ends a paragraph where the size changes by a tenth of a point; the boxes' jitter would.
    The commonest size first (the body's): every size within SAME_SIZE of the median of those left
    takes the median of its group, then the same again for the sizes left over. Heights alone cannot part
    12-point lines from 10.5-point ones: a line a little taller whose characters stand wider apart than its
    group's is larger type (_larger_by_pitch), and so is a title's line too short to show its pitch beside
    it (_short_title_lines); they are sized once the groups are (_larger_sized).
    """
    left, settled, larger_lines = [s for page in pages for s in page.segments], [], []
    _low_boxes_sized(left)
    while left:
        middle = statistics.median_low(s.size for s in left)  # a size that is there: never an empty group
        group = [s for s in left if abs(s.size - middle) <= SAME_SIZE * middle]
        usual = round(statistics.median(s.size for s in group), 1)
        larger = _larger_by_pitch(group, middle, usual)
        larger.update(_short_title_lines(pages, group, larger))
        for segment in group:
            if id(segment) not in larger:
                segment.size = usual
        settled.append(usual)
        larger_lines.append((usual, [s for s in group if id(s) in larger]))
        members = {id(s) for s in group}
        left = [s for s in left if id(s) not in members]
    for usual, lines in larger_lines:
        _larger_sized(lines, usual, settled)


def _low_boxes_sized(lines: list[pdf.Segment]) -> None:
    """The body's size for a line whose box came out lower than its type by more than SAME_SIZE, its characters
    standing as far apart as the body's lines' (within WIDER of their usual pitch): the detector may find a line's box
    a fifth too low (held-out scans: 36 pixels among 42 to 46 on one page, a full column line 7.9 points high among
    9.5), and a size apart from its neighbours' ended the paragraph at the line before it. Type a size smaller is
    set closer: its pitch is smaller too, and it stays apart."""
    middle = statistics.median_low(s.size for s in lines) if lines else 0.0
    pitches = [p for s in lines if abs(s.size - middle) <= SAME_SIZE * middle and (p := _pitch(s))]
    if len(pitches) < 5:
        return
    usual = statistics.median(pitches)
    for segment in lines:
        if segment.size < (1 - SAME_SIZE) * middle and (pitch := _pitch(segment)) and abs(pitch - usual) <= WIDER * usual:
            segment.size = middle


def _larger_sized(lines: list[pdf.Segment], usual: float, settled: list[float]) -> None:
    """One size for the lines found larger in a group: a larger group's where one lies within SAME_SIZE of their
    measure (a title line told by its pitch, the title's next line by its box), else their own. Left among the
    lines still to be grouped, they would draw the median of the next group down to themselves and part a larger
    title's lines (a 15-point title's lines read 11.5 to 13.3 high by their boxes, 12-point lines among them
    measured 10.7 to 10.9)."""
    if not lines:
        return
    size = round(statistics.median(s.size for s in lines), 1)
    above = [other for other in settled if other > usual and abs(other - size) <= SAME_SIZE * size]
    size = min(above, key=lambda other: abs(other - size), default=size)
    for segment in lines:
        segment.size = size


def _short_title_lines(pages: list[pdf.Page], group: list[pdf.Segment], larger: dict[int, float]) -> dict[int, float]:
    """The lines of a size group too short to show their pitch that are a larger line's title's: right under or over
    it within its width, their ink as high as its and higher than the group's (a brief's two-line 12-point title
    whose last line of five characters was read as the text's first words, 2015-09's held-out scan). Print sets a
    title's lines in one size: each is given its neighbour's."""
    glyphs = [s.glyph for s in group if s.glyph is not None]
    if not larger or not glyphs:
        return {}
    usual = statistics.median(glyphs)
    members = {id(s) for s in group}
    found: dict[int, float] = {}
    for page in pages:
        titles = [s for s in page.segments if id(s) in larger]
        for segment in page.segments:
            if (id(segment) not in members or id(segment) in larger or _pitch(segment) is not None
                    or segment.glyph is None or segment.glyph < (1 + TALLER_INK) * usual):
                continue
            beside = next((t for t in titles if _title_neighbour(t, segment, usual)), None)
            if beside is not None:
                segment.size = found[id(segment)] = beside.size
    return found


def _title_neighbour(title: pdf.Segment, line: pdf.Segment, usual_glyph: float) -> bool:
    """Whether a line stands right under or over a title line (within TITLE_LEADING of its sizes), inside its width,
    its ink as high (within TALLER_INK of the group's usual ink)."""
    return (0 < abs(line.top - title.top) <= TITLE_LEADING * title.size
            and title.x0 - title.size <= line.x0 and line.x1 <= title.x1 + title.size
            and title.glyph is not None and abs(line.glyph - title.glyph) <= TALLER_INK * usual_glyph)


def _pitch(segment: pdf.Segment) -> float | None:
    """A line's type size from its width, for a line of solid ideographs long enough to tell (None otherwise)."""
    ideographs = sum("\u4e00" <= ch <= "\u9fff" for ch in segment.text)
    return (segment.x1 - segment.x0) / ems(segment.text) if ideographs >= PITCH_LINE else None


def _larger_by_pitch(group: list[pdf.Segment], middle: float, usual: float) -> dict[int, float]:
    """The lines of a size group set in a larger size: their characters standing wider apart than the group's lines, and
    their boxes or their characters' ink higher (2024-05's held-out scan: a brief's 12-point title line 10.84 high by its
    box among 10.5-point lines 9.5 to 10.5 high, joined to the paragraph before it; by its width, 11.9 against 10.5).
    The box may be no higher: a two-line 12-point brief title over 10.5-point text, its boxes as high as the text's,
    was read as the text's first lines (2021-03's held-out scan); its ink stood 15 to 20 hundredths higher. Either
    alone is not enough: a justified line with figures or a stretched line stands wide apart, a line's ink reaches
    the strokes of the line above where the scan is askew. Each is given a size in the group's measure, its width's
    share over the group's, and left for the next group.
    """
    pitches = [p for s in group if (p := _pitch(s))]
    if len(pitches) < 5:
        return {}
    body = statistics.median(pitches)
    glyphs = [s.glyph for s in group if s.glyph is not None]
    glyph = statistics.median(glyphs) if glyphs else None
    larger = {}
    for segment in group:
        pitch = _pitch(segment)
        taller = segment.size >= (1 + TALLER) * middle or (
            glyph is not None and segment.glyph is not None and segment.glyph >= (1 + TALLER_INK) * glyph)
        if pitch and taller and pitch >= (1 + WIDER) * body:
            segment.size = round(usual * pitch / body, 1)
            larger[id(segment)] = segment.size
    return larger

"""A line's text checked against where the recogniser placed its characters and where its ink is.

Dust read as a mark between two characters of a line. In print a full-width mark (「：」) or a middle dot takes a place of its own between two ideographs; a
speck of dust in the blank between two characters set solid takes none, yet the recogniser may read
it as 「：」 or 「·」 (2019-04's scan: 「温州市卫生健康委员：会调研员职务」, an appointment lost; 「人力·资源」).
Such a mark, its neighbours standing a line's usual pitch apart, is no part of the line.

Dust read as a mark at a line's end, read unsure, where print sets none: after a heading set larger than the text,
or after a closing bracket (without_unsure_ends).

A page number the detector found no line in (a small faint folio among specks in the footer) is read alone.

A glyph at a line's start the recogniser left unread: ink standing apart before the first character it
placed, room for a character or more (2019-04's scan: a chronicle's 「△ 副市长苗伟伦参加全省法院…」 read
without its 「△」, the entry joined to the one before). That ink is read alone and put before the line.
"""

from __future__ import annotations

import cv2
import numpy as np

from issues.ocr_boxes import BOX_PER_SIZE, FOOTER_ZONE, MARK_INK, SPECKS, Box, padding
from issues.ocr_sizes import WIDER
from issues.ocr_spaces import ideograph_pitch
from issues.ocr_text import clean_text, page_number

SQUEEZED = ":：·•"  # what a speck between two characters is read as
SQUEEZED_IF_UNSURE = ",，、。"  # and what one is read as, unsure
END_MARKS = "。.，,：:；;·•"  # what a speck after a line's last character is read as
CLOSING = ")）"  # a closing bracket's ink stands at its em's start: after it, a mark's own place is wider still (「(试行):会议」)
ROOM = 0.5  # in ideograph pitches: neighbours closer than one pitch and this leave the mark no place of its own
LEAD = 0.6  # in ideograph pitches: ink starting this far before the first character read is a glyph unread
APART = 0.15  # in ideograph pitches: and stands apart from that character by a blank this wide
UNSURE = 0.9  # issues.ocr's: what is read again with less confidence is left out
FIGURE_HIGH = (0.4, 1.2)  # in the page's type sizes: how high a folio's figure stands (dust is lower, a line's box taller)
FOLIO_GAP = 0.6  # in type sizes: a folio's figures stand closer together than this
FOLIO_MARGIN = 0.3  # in type sizes: the paper kept around a folio's figures when they are read (its dots left out)
END_CONTEXT = 3  # a line's last characters read again with its end mark (the mark alone is read as anything)
PAIRED_MARKS = "：；:;"  # the end marks read again: their ink stands in two parts, which dust's never does
RING_TYPE = 9.0  # points: type this large or larger prints a stop whose ring shows its hollow middle at 200 dpi
HOLLOW = 23  # grey levels: a ring's middle is lighter than its stroke by more than this, a speck's middle is not
DOT_INK = 0.02  # in square ideograph pitches: a dot with less ink is too small to tell a ring from a speck (a 5-pixel speck holds 0.03)
DOT, DOTS_APART = 0.3, 0.2  # in ideograph pitches: a colon's dot is no larger, its two dots no further apart
MAX_FOLIOS = 6  # groups of figure-high blobs in the footer read at most: dust may make a few


def without_squeezed_marks(box: Box) -> Box:
    """The box without the marks read between two ideographs that stand as close as the line's others."""
    chars = box.chars
    if len(chars) < 3 or "".join(ch for ch, _, _ in chars) != box.text.replace(" ", ""):
        return box
    pitch = ideograph_pitch(chars)
    if not pitch:
        return box
    scores = box.char_scores if len(box.char_scores) == len(chars) else [1.0] * len(chars)
    dust = {k for k in range(1, len(chars) - 1) if _squeezed_mark(chars[k][0], scores[k])
            and (_ideograph(chars[k - 1][0]) or chars[k - 1][0] in CLOSING) and _ideograph(chars[k + 1][0])
            and _middle(chars[k + 1]) - _middle(chars[k - 1]) < (1 + ROOM) * pitch}
    if dust:
        box.chars = [c for k, c in enumerate(chars) if k not in dust]
        box.char_scores = [score for k, score in enumerate(scores) if k not in dust]
        box.text = "".join(ch for ch, _, _ in box.chars)
    return box


def _squeezed_mark(ch: str, score: float) -> bool:
    """Whether a character is what a speck between two characters is read as: a colon or a dot; or a comma or a stop
    read unsure (「人民政,府」 its comma read at 0.5): a comma or stop set tight between two ideographs (print's
    punctuation squeezed to half an em) is read sure."""
    return ch in SQUEEZED or (ch in SQUEEZED_IF_UNSURE and score < UNSURE)


def without_unsure_ends(boxes: list[Box]) -> list[Box]:
    """Lines without the marks at their end read unsure (the first of them under UNSURE) where print sets none: after a
    line set larger than the page's text (their ideographs' pitch WIDER than the usual line's: a heading prints no stop,
    and a speck after a brief's title read as one made it a sentence, the brief lost: 「…任山东省人民政府副省长。」 at
    0.85), or after a closing bracket (an adoption line 「（…会议通过）」 read with 「:.」 after it at 0.6 was no adoption
    line, its decision lost). A mark read sure stays, as does any ending running text."""
    pitches = [pitch for box in boxes if (pitch := ideograph_pitch(box.chars))]
    usual = float(np.median(pitches)) if pitches else 0.0
    for box in boxes:
        chars, scores = box.chars, box.char_scores
        if len(scores) != len(chars) or "".join(ch for ch, _, _ in chars) != box.text.replace(" ", ""):
            continue
        k = len(chars)
        while k > 1 and chars[k - 1][0] in END_MARKS:
            k -= 1
        if k == len(chars) or scores[k] >= UNSURE:
            continue
        if chars[k - 1][0] in CLOSING or (usual and ideograph_pitch(chars) > (1 + WIDER) * usual):
            box.chars, box.char_scores = chars[:k], scores[:k]
            box.text = "".join(ch for ch, _, _ in box.chars) if " " not in box.text else box.text.rstrip(END_MARKS + " ")
    return boxes


def without_speck_stops(boxes: list[Box], ink: np.ndarray, gray: np.ndarray, dpi: float) -> list[Box]:
    """Lines without the 「。」 at their end that is a speck of dust: ink as small as a stop's ring but filled, its middle
    as dark as its darkest (2020-09's scan: 「…抓好常态化 / 精密智控。 / 交出防疫高分报表」, read sure at 0.99, ended a news
    title at its second line, the brief lost; 「…文件目录。」 inside a document's list). A printed stop is a ring, its
    middle paper; in type under RING_TYPE points its ring is too small to tell, and is kept."""
    for box in boxes:
        chars = box.chars
        if len(chars) < 2 or chars[-1][0] != "。" or not box.text.endswith("。") \
                or (ideograph_pitch(chars) or 0.0) < RING_TYPE * dpi / 72:
            continue
        if _filled_dot(box, ink, gray):
            box.chars, box.text = chars[:-1], box.text[:-1].rstrip()
            box.char_scores = box.char_scores[:-1]
    return boxes


def _filled_dot(box: Box, ink: np.ndarray, gray: np.ndarray) -> bool:
    """Whether the largest inked part after the box's last-but-one character is a dot no larger than a stop's ring, with
    ink enough to tell its shape (DOT_INK: a 5-pixel speck; a smaller part is the ring's end beside a bracket), and
    filled (a ring's middle is lighter than its stroke by 26 and more grey levels; a speck's by 19 at most)."""
    pitch = ideograph_pitch(box.chars)
    xs, ys = [x for x, _ in box.corners], [y for _, y in box.corners]
    pad = padding(box.height)
    top, bottom = max(0, round(min(ys) + pad / 2)), round(max(ys) - pad / 2)
    left, right = round(box.chars[-2][2]) + 1, round(max(max(xs), box.chars[-1][2])) + 3
    piece = ink[top:bottom, left:right].astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(piece, connectivity=8)
    parts = [n for n in range(1, count) if stats[n][0] > 0]  # not the character before's own ink
    if not parts:
        return False
    n = max(parts, key=lambda k: stats[k][4])
    x, y, w, h, area = stats[n]
    if max(w, h) > DOT * pitch or area < DOT_INK * pitch * pitch:  # a ring, or too little ink to tell (kept)
        return False
    shade = gray[top:bottom, left:right]
    return int(shade[y + h // 2, x + w // 2]) - int(shade[labels == n].min()) < HOLLOW


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _middle(char: tuple[str, float, float]) -> float:
    return (char[1] + char[2]) / 2


def with_unread_starts(boxes: list[Box], ink: np.ndarray, gray: np.ndarray, read) -> list[str]:
    """Each box's unread glyph at its start (ink apart before its first character) read alone and put first;
    read(images) -> [(text, score)] is the recogniser's. A glyph read again unsure is quoted with its line
    (「[#?] 猪肉产量」: a sub-row's mark the recogniser left out of its cell), never put in and never lost silently."""
    found = [(box, piece) for box in boxes if (piece := _unread_start(box, ink)) is not None]
    crops = [np.stack([gray[top:bottom, left:right]] * 3, axis=-1) for _, (left, right, top, bottom) in found]
    unsure = []
    for (box, (left, right, _, _)), (text, score) in zip(found, read(crops) if crops else []):
        text = text.strip()
        if not text.strip(SPECKS + "、，。：；,:;'\"") or box.text.startswith(text):  # dust, or 「二」's own stroke
            continue
        if score >= UNSURE:
            box.text = text + box.text
            box.chars = [(ch, float(left), float(right)) for ch in text] + box.chars
            box.char_scores = [float(score)] * len(text) + box.char_scores if box.char_scores else []
        else:
            unsure.append(f"[{text}?] {box.text}")
    return unsure


def with_unread_ends(boxes: list[Box], ink: np.ndarray, gray: np.ndarray, read) -> list[str]:
    """Each box's colon or semicolon at its end, which the recogniser left unread at the box's very edge, read again
    with the line's last characters and the paper past it; one it read unsure, kept where its ink shows it (2019-04's
    scan: 「市政府决定免去：」 and 「张力男的…副局长职务；」 read without their marks, a list's decider and one of its
    dismissals lost; a colon read unsure was dropped as dust after a line taken for a heading, the page's usual type
    being a table's smaller one). The mark's ink must stand in two parts, one above the other, as a colon's and a
    semicolon's do: one speck of dust never does. A mark read again unsure is quoted with its line (「…职务 [；?]」),
    never put in silently."""
    for box in boxes:
        _confirmed_end(box, ink)
    found = [(box, piece) for box in boxes if (piece := _unread_end(box, ink)) is not None]
    crops = [np.stack([gray[top:bottom, left:right]] * 3, axis=-1) for _, (left, right, top, bottom) in found]
    unsure = []
    for (box, (_, right, _, _)), (text, score) in zip(found, read(crops) if crops else []):
        tail = "".join(ch for ch, _, _ in box.chars[-END_CONTEXT:])
        mark = text.strip()[len(tail):].strip() if text.strip().startswith(tail) else ""
        if not mark or mark.strip(PAIRED_MARKS):
            continue
        if score >= UNSURE:
            box.text += mark
            box.chars = box.chars + [(ch, box.chars[-1][2], float(right)) for ch in mark]
            box.char_scores = box.char_scores + [float(score)] * len(mark) if box.char_scores else []
        else:
            unsure.append(f"{box.text} [{mark}?]")
    return unsure


def _confirmed_end(box: Box, ink: np.ndarray) -> None:
    """A colon or semicolon read unsure at the box's end made sure where its ink stands as one (its score raised to
    UNSURE: without_unsure_ends keeps it)."""
    chars, scores = box.chars, box.char_scores
    if len(chars) > END_CONTEXT and len(scores) == len(chars) and chars[-1][0] in PAIRED_MARKS and scores[-1] < UNSURE \
            and "".join(ch for ch, _, _ in chars) == box.text.replace(" ", "") and _ideograph(chars[-2][0]) \
            and _stacked_dots(box, ink, chars[:-1]) is not None:
        scores[-1] = UNSURE


def _unread_end(box: Box, ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, right, top, bottom) in pixels of the box's last END_CONTEXT characters and the paper past the ink after
    them, where that ink stands in two parts one above the other (a colon's or a semicolon's dots)."""
    chars = box.chars
    if len(chars) < END_CONTEXT or "".join(ch for ch, _, _ in chars) != box.text.replace(" ", "") \
            or chars[-1][0] in END_MARKS or not _ideograph(chars[-1][0]):
        return None
    right = _stacked_dots(box, ink, chars)
    if right is None:
        return None
    ys = [y for _, y in box.corners]
    return max(0, round(chars[-END_CONTEXT][1]) - 2), right, max(0, round(min(ys))), round(max(ys))


def _stacked_dots(box: Box, ink: np.ndarray, chars: list[tuple[str, float, float]]) -> int | None:
    """Where (pixel x) a colon's two dots end, standing within a pitch after `chars` (the box's own, or all but its end
    mark), None where the ink there is no colon's."""
    pitch = ideograph_pitch(chars)
    xs, ys = [x for x, _ in box.corners], [y for _, y in box.corners]
    pad = padding(box.height)
    top, bottom = max(0, round(min(ys) + pad / 2)), round(max(ys) - pad / 2)
    last, edge = round(chars[-1][2]), round(max(xs) + pad)
    if not pitch or bottom <= top or edge <= last:
        return None
    piece = ink[top:bottom, last:min(edge, last + round(pitch))].astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(piece, connectivity=8)
    parts = [(x, y, w, h) for x, y, w, h, area in stats[1:count] if x > 0 and area >= 4]  # not the last glyph's own ink
    if len(parts) > 3 or not any(_dots_of_a_colon(a, b, pitch) for a in parts for b in parts):
        return None
    return last + max(x + w for x, _, w, _ in parts) + round(pad)


def _dots_of_a_colon(upper: tuple, lower: tuple, pitch: float) -> bool:
    """Whether two inked parts (x, y, width, height) stand as a colon's or a semicolon's dots: small, one just above
    the other (4 by 4 pixels, 3 apart, in a 28-pixel line), not two specks a blank apart or side by side."""
    (x0, y0, w0, h0), (x1, y1, w1, h1) = upper, lower
    small = max(w0, h0, w1, h1) <= DOT * pitch
    return small and 0 <= y1 - (y0 + h0) <= DOTS_APART * pitch and abs((x0 + w0 / 2) - (x1 + w1 / 2)) <= DOTS_APART * pitch


def _unread_start(box: Box, ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, right, top, bottom) in pixels of the ink standing apart before the box's first character read."""
    chars = box.chars
    if len(chars) < 4 or "".join(ch for ch, _, _ in chars) != box.text.replace(" ", ""):
        return None
    pitch = ideograph_pitch(chars)
    xs, ys = [x for x, _ in box.corners], [y for _, y in box.corners]
    pad = padding(box.height)
    top, bottom, left = max(0, round(min(ys) + pad / 2)), round(max(ys) - pad / 2), max(0, round(min(xs)))
    first = round(chars[0][1])
    if not pitch or first - left < LEAD * pitch or bottom <= top:
        return None
    inked = np.flatnonzero(ink[top:bottom, left:first + round(pitch)].any(axis=0))
    if inked.size == 0:
        return None
    gaps = np.flatnonzero(np.diff(inked) >= APART * pitch)  # blanks between runs of ink
    end = int(inked[gaps[0]]) if gaps.size else int(inked[-1])
    start = int(inked[0])
    if left + end >= first or end - start < APART * pitch or ink[top:bottom, left + start:left + end + 1].sum() < MARK_INK * pitch * pitch:
        return None
    margin = round(pad / 2)
    return max(0, left + start - margin), left + end + 1 + margin, max(0, round(min(ys))), round(max(ys))


def with_page_number(boxes: list[Box], ink: np.ndarray, gray: np.ndarray, read) -> list[Box]:
    """The boxes and the page number the detector found no line in: a folio set small and printed faint, alone in the
    footer among specks of dust (a one-column print's 「·  2  ·」 under its text block: held-out scan 2023-09, six of its
    seven page numbers unfound, its documents without pages). The footer's ink blobs of a figure's height, side by side,
    are read alone, without the dots beside them; a folio read with confidence is a box of its own. Nothing is looked
    for when a box there already reads as one."""
    height, width = ink.shape
    footer = round((1 - FOOTER_ZONE) * height)
    if not boxes or any(min(y for _, y in box.corners) >= footer and page_number(clean_text(box.text)).isdigit()
                        for box in boxes):
        return boxes
    size = float(np.median([box.height for box in boxes])) / BOX_PER_SIZE
    band = ink[footer:].astype(np.uint8)
    for box in boxes:  # the ink of lines already read is no folio
        xs, ys = [x for x, _ in box.corners], [y for _, y in box.corners]
        band[max(0, round(min(ys)) - footer):max(0, round(max(ys)) - footer), max(0, round(min(xs))):max(0, round(max(xs)))] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(band, connectivity=8)
    figures = sorted((int(x), int(y), int(w), int(h)) for x, y, w, h, area in stats[1:count]
                     if FIGURE_HIGH[0] * size <= h <= FIGURE_HIGH[1] * size and w <= h and area >= MARK_INK * size * size)
    found = []
    for group in _side_by_side(figures, size)[:MAX_FOLIOS]:
        x0, x1 = min(x for x, _, _, _ in group), max(x + w for x, _, w, _ in group)
        y0, y1 = min(y for _, y, _, _ in group), max(y + h for _, y, _, h in group)
        margin = FOLIO_MARGIN * size
        found.append((max(0, round(x0 - margin)), min(width, round(x1 + margin)),
                      footer + max(0, round(y0 - margin)), min(height, footer + round(y1 + margin))))
    crops = [np.stack([gray[top:bottom, left:right]] * 3, axis=-1) for left, right, top, bottom in found]
    for (left, right, top, bottom), (text, score) in zip(found, read(crops) if crops else []):
        if score >= UNSURE and page_number(clean_text(text.strip())).isdigit():
            return boxes + [Box(text.strip(), float(score), [(left, top), (right, top), (right, bottom), (left, bottom)])]
    return boxes


def _side_by_side(figures: list[tuple], size: float) -> list[list[tuple]]:
    """Figure-high blobs (x, y, w, h), left to right, in groups closer than FOLIO_GAP on one line: a folio's figures."""
    groups: list[list[tuple]] = []
    for figure in figures:
        last = groups[-1][-1] if groups else None
        if last and figure[0] - (last[0] + last[2]) < FOLIO_GAP * size and abs(figure[1] - last[1]) < size / 2:
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return groups

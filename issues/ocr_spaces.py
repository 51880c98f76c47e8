"""Spaces in an OCR'd line (issues.ocr_boxes gives the line boxes).

Spaces are put back where the page shows them, not where the recogniser happened to read one: the
recogniser often runs characters that stand apart together (「〔2020〕75号温州市」 for a doc number
two ems before its title, 「56.072.1」 for two figures of a table row set with white space between).
Where the ink of a line box has a blank wider than a space between two characters (their places
come from the recogniser's own character positions), the text gets a space there; a figure's decimal
point, whose faint ink leaves such a blank in a face of fixed-pitch figures, stays. Where specks at a
line's ends are dropped, its box ends where its characters do (trimmed).
"""

from __future__ import annotations

import statistics

import numpy as np

from issues.ocr_boxes import BOX_PER_SIZE, SPECKS, Box, letter_spaced, padding, runs_of

FAINT = 0.25  # a pixel this far from the paper's grey towards the darkest print is ink when spaces are looked for
CJK_SPACE = 1.15  # between two ideographs a space needs a blank this many times SPACE: a stroke's own blank
SPACE = 0.4  # in type sizes: a blank this wide between two characters' ink is a space (they touch at 0.1 to 0.2)
BLANK_END = 0.5  # in type sizes: a box reaching further than this past its end character (and its padding) holds dust there
OPENING = "《〈＜（“〔【"  # opening marks: their glyph's ink stands in the right half of its em, a blank of half an em before it
OPENING_BLANK = 0.5  # in type sizes: that blank, which a space before an opening mark stands beyond (「同日 《…》」)
DOT_PLACE = 0.2  # in ideograph pitches: how far a middle dot's ink (and its neighbours' step, from two) strays in print
DOT_INK = 0.025  # in square ideograph pitches: a middle dot's inked pixels at most (9 to 13 of a 30-pixel pitch's 22)
DOT_WINDOW = 0.35  # in ideograph pitches: the dot looked for this far either side of its em's middle, clear of its neighbours
UNSPACED = "、，。：；！？（）《》〈〉＜＞“”‘’〔〕【】()#＃"  # no space beside these: their glyph holds its own blank (# the sub-row mark)


def faint_ink(gray: np.ndarray) -> np.ndarray:
    """The page's ink down to its faint strokes: a table's small type, blurred, is grey, and halfway
    to the darkest print would leave blanks inside its characters."""
    paper, dark = float(np.median(gray)), float(np.percentile(gray, 0.1))
    return gray < paper - FAINT * (paper - dark)


def spaced(box: Box, ink: np.ndarray) -> str:
    """The box's text with a space wherever its ink has a blank wider than SPACE between two characters.

    `ink` is the page's ink mask (faint_ink). The blank must hold the boundary between
    the two characters as the recogniser placed them (a blank inside 「八」 holds none), and neither
    character may be punctuation whose glyph holds its own blank (「、」), unless the blank before an opening mark
    is wider than that mark's own half em and a space (「同日 《…》」: a raw layout's day marker and its entry).
    A speck read as 「·」 or 「.」 inside such a blank goes (「74号·温州」 is 「74号 温州」), and so does
    one standing apart at an end (「2.8 .」 is 「2.8」). The text is kept
    as read when its characters do not match the recogniser's character list. A letter-spaced
    heading (「温 州 市 2 0 1 9 年…」) has a blank between every two characters and gets no space.
    Between two figures the line's type size is its ideographs' pitch where its box came out short.
    """
    chars = box.chars
    if len(chars) < 2 or "".join(ch for ch, _, _ in chars) != box.text.replace(" ", ""):
        return box.text
    if letter_spaced(box):  # every character stands apart: no blank is a space, a speck in one is dust
        return "".join(ch for ch, _, _ in chars if ch not in SPECKS)
    size = box.height / BOX_PER_SIZE
    figure_size = max(size, ideograph_pitch(chars))  # between two figures, where 「1」 leaves blank
    ys = [y for _, y in box.corners]
    # half the detector's padding off: a character's bottom stroke (上) can sit low in its box
    top, bottom = max(0, round(min(ys) + padding(box.height) / 2)), round(max(ys) - padding(box.height) / 2)
    left, right = max(0, round(chars[0][1])), round(chars[-1][2])
    blank = (ink[top:bottom, left:right].sum(axis=0) < 2) if bottom > top and right > left else np.zeros(0, bool)
    middles = [(x0 + x1) / 2 for _, x0, x1 in chars]
    after: set[int] = set()  # indexes of the characters a space goes before
    opened: set[int] = set()  # of those, the opening marks a blank wider than their own half em stands before
    for start, end in runs_of(blank):
        k = sum(m < left + (start + end) / 2 for m in middles)
        if not 0 < k < len(chars) or end - start < SPACE * _space_size(chars, k, size, figure_size):
            continue
        if left + start <= (chars[k - 1][2] + chars[k][1]) / 2 <= left + end:
            after.add(k)
            if chars[k][0] in OPENING and end - start >= (OPENING_BLANK + CJK_SPACE * SPACE) * size:
                opened.add(k)
    out: list[str] = []
    pitch = ideograph_pitch(chars)
    for n, (ch, _, _) in enumerate(chars):
        if decimal_point(chars, n, figure_size):
            after -= {n, n + 1}
        elif ch in SPECKS and (n in after or n + 1 in after):
            if middle_dot(chars, n, ink[top:bottom], pitch):
                after -= {n, n + 1}  # its blanks are its own em's
            else:
                after.add(n + 1)  # a speck in the blank, or standing apart at an end: the space stands where it was
                continue
        if n in after and out and (spaceable(out[-1], ch) or (n in opened and out[-1] not in UNSPACED + ",.;:!?")):
            out.append(" ")
        out.append(ch)
    return _with_read_spaces(box.text, "".join(out)).strip()


def middle_dot(chars: list[tuple[str, float, float]], n: int, band: np.ndarray, pitch: float) -> bool:
    """Whether chars[n], read 「·」, is print's middle dot between two words (2019-04's 「奋斗青春·建功‘两区’」, a news
    title read without it): its neighbours CJK, an em of its own between them (their middles two pitches apart, as
    print sets a full-width 「·」), its ink in that em's middle across and at the line's half height (`band`: the line's
    ink rows), and as small as print's dot (DOT_INK; a 「、」 read as 「·」 holds three times its ink). A speck in a blank
    two ems wide (「74号 温州」) lies there by chance only."""
    if chars[n][0] != "·" or not 0 < n < len(chars) - 1 or not pitch:
        return False
    before, after = chars[n - 1], chars[n + 1]
    if not (_cjk(before[0]) and _cjk(after[0])):
        return False
    centre = (before[1] + before[2] + after[1] + after[2]) / 4
    if abs((after[1] + after[2] - before[1] - before[2]) / 2 - 2 * pitch) > DOT_PLACE * pitch:
        return False
    x0, x1 = round(centre - DOT_WINDOW * pitch), round(centre + DOT_WINDOW * pitch)
    rows, columns = np.nonzero(band[:, max(0, x0):max(0, x1)])
    if rows.size == 0:
        return False
    inked = band[:, max(0, round(chars[0][1])):round(chars[-1][2])].any(axis=1).nonzero()[0]
    line_middle = (inked[0] + inked[-1]) / 2
    across, down = max(0, x0) + columns.mean() - centre, rows.mean() - line_middle
    return rows.size <= DOT_INK * pitch * pitch and abs(across) <= DOT_PLACE * pitch and abs(down) <= DOT_PLACE * pitch


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "“”‘’"


def decimal_point(chars: list[tuple[str, float, float]], n: int, size: float) -> bool:
    """Whether chars[n] is a figure's decimal point: a 「.」 between two digits less than a type size apart.

    A face whose figures are set at a fixed pitch gives the point a figure's width; blurred, its ink is too faint to
    count, and the blank around it is a space's (2023-09's held-out scan: a table's 「1412.17」 read 「1412 17」 and
    「21.6」 「21 6」, a row's figures lost). A speck in the blank between two figures stands a space's width or more
    from each of them (「56.0  72.1」's blank is one of a type size and more)."""
    if not 0 < n < len(chars) - 1 or chars[n][0] != ".":
        return False
    before, after = chars[n - 1], chars[n + 1]
    return before[0].isdigit() and after[0].isdigit() and after[1] - before[2] < size


def trimmed(box: Box) -> Box:
    """The box's ends moved in to the characters spaced kept, past the specks it dropped at the line's ends (as the
    recogniser placed them): a speck read before a table's 「4611.01」 made its box reach the cell before it, and the
    two cells read as one (2023-09's held-out scan: 「25.54611 01」). So too where the box reaches more than BLANK_END
    past its first or last character with nothing read there: the detector took dust or the other side's bleed-through
    beside the line into its box (a column's line box starting a character and more before the column's edge made
    that edge, and every line of the column read as indented: no paragraph was joined)."""
    kept = [c for c in box.chars if c[0] not in SPECKS]
    if not kept:
        return box
    pad = padding(box.height)
    blank = BLANK_END * box.height / BOX_PER_SIZE
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = box.corners
    dropped = "".join(ch for ch, _, _ in box.chars if ch != " ") != box.text.replace(" ", "")
    lead, tail = kept[0][1] - pad - min(x0, x3), max(x1, x2) - kept[-1][2] - pad
    if lead > blank or (dropped and box.chars[0][0] in SPECKS and not box.text.startswith(box.chars[0][0])):
        move = max(0.0, lead)
        x0, x3 = x0 + move, x3 + move
    if tail > blank or (dropped and box.chars[-1][0] in SPECKS and not box.text.endswith(box.chars[-1][0])):
        move = max(0.0, tail)
        x1, x2 = x1 - move, x2 - move
    box.corners = [(x0, y0), (x1, y1), (x2, y2), (x3, y3)]
    return box


def _space_size(chars: list[tuple[str, float, float]], k: int, size: float, figure_size: float) -> float:
    """The type size a blank before chars[k] is measured in: between two ideographs a stroke's own
    blank is wider (CJK_SPACE); between two half-width characters the line's size told by its
    ideographs' pitch too, where its box came out short."""
    if _ideographs(chars, k):
        return CJK_SPACE * size
    if all(chars[n][0].isascii() and not chars[n][0].isspace() for n in (k - 1, k)):
        return figure_size
    return size


def ideograph_pitch(chars: list[tuple[str, float, float]]) -> float:
    """The median step between the middles of neighbouring ideographs as the recogniser placed them
    (0 with fewer than three such steps): a line's type size where its box came out short (a table
    row's box 37 pixels high for 30-pixel type, where 「1」's narrow ink left a blank of 9 pixels
    beside the next 「1」 and a space's blank is 19 to 21)."""
    steps = [(chars[k][1] + chars[k][2] - chars[k - 1][1] - chars[k - 1][2]) / 2
             for k in range(1, len(chars)) if _ideographs(chars, k)]
    return statistics.median(steps) if len(steps) >= 3 else 0.0


def _ideographs(chars: list[tuple[str, float, float]], k: int) -> bool:
    """Whether the characters either side of a boundary are both CJK ideographs."""
    return all("\u4e00" <= chars[n][0] <= "\u9fff" for n in (k - 1, k))


def spaceable(before: str, after: str) -> bool:
    """Whether print may set a space between two characters: not beside punctuation whose glyph holds
    its own blank, and not between a figure and the CJK character after it (21日, 75号, 30家: the
    narrow ink of 「1」 leaves a blank as wide as a space)."""
    if before in UNSPACED or after in UNSPACED:
        return False
    return not (before.isdigit() and "\u4e00" <= after <= "\u9fff")


def _with_read_spaces(read: str, spaced_text: str) -> str:
    """Spaces the recogniser read kept beside those the ink shows."""
    if " " not in read:
        return spaced_text
    out, k = [], 0
    for ch in read:
        if ch == " ":
            if not out or out[-1] != " ":
                out.append(" ")
            continue
        while k < len(spaced_text) and spaced_text[k] != ch:
            if spaced_text[k] == " " and (not out or out[-1] != " "):
                out.append(" ")
            k += 1  # a dropped speck
        out.append(ch)
        k += 1
    return "".join(out)

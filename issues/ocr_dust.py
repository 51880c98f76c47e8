"""Dust the recogniser read as a mark between two characters of a line, told by where the characters stand.

In print a full-width mark (「：」) or a middle dot takes a place of its own between two ideographs; a
speck of dust in the blank between two characters set solid takes none, yet the recogniser may read
it as 「：」 or 「·」 (2019-04's scan: 「温州市卫生健康委员：会调研员职务」, an appointment lost; 「人力·资源」).
Such a mark, its neighbours standing a line's usual pitch apart, is no part of the line.
"""

from __future__ import annotations

from issues.ocr_boxes import Box, ideograph_pitch

SQUEEZED = ":：·•"  # what a speck between two characters is read as
ROOM = 0.5  # in ideograph pitches: neighbours closer than one pitch and this leave the mark no place of its own


def without_squeezed_marks(box: Box) -> Box:
    """The box without the marks read between two ideographs that stand as close as the line's others."""
    chars = box.chars
    if len(chars) < 3 or "".join(ch for ch, _, _ in chars) != box.text.replace(" ", ""):
        return box
    pitch = ideograph_pitch(chars)
    if not pitch:
        return box
    dust = {k for k in range(1, len(chars) - 1) if chars[k][0] in SQUEEZED and _ideograph(chars[k - 1][0])
            and _ideograph(chars[k + 1][0]) and _middle(chars[k + 1]) - _middle(chars[k - 1]) < (1 + ROOM) * pitch}
    if dust:
        box.chars = [c for k, c in enumerate(chars) if k not in dust]
        box.text = "".join(ch for ch, _, _ in box.chars)
    return box


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _middle(char: tuple[str, float, float]) -> float:
    return (char[1] + char[2]) / 2

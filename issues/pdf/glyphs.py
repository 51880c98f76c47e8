"""Glyphs to line geometry: a page's characters (pdfminer's layout) grouped into line pieces.

A Segment is the characters on one baseline without a wide gap; a letter-spaced heading's even
gaps keep it whole, faux bold (a character printed twice a hair apart) is read once, and a space
is read from a gap only between Latin letters and digits (CJK text and full-width punctuation
never get one).
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect

from issues.pdf.pages import Segment

SEGMENT_GAP = 0.8  # in character sizes: a wider horizontal gap ends a line piece
SPACE_GAP = 0.45  # in character sizes: a gap between characters that reads as a space
OVERPRINT = 0.2  # in character sizes: the same character again this close is a faux-bold copy
ASCENT = 0.88  # in character sizes: where a glyph's top is taken to be above its baseline
EVEN_GAPS = 0.1  # letter-spaced: three or more wide gaps in a row within this fraction of each other
JUSTIFIED_GAP = 2.0  # a space from geometry needs a gap this many times the line's usual one


def layout_objects(page) -> tuple[list[dict], int, int]:
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


def inside(char: dict, box: tuple) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]



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
    """Indexes of the characters after a wide gap that is not part of a run of even wide gaps.

    Only letters are letter-spaced: a table row's dashes and figures in evenly spaced columns
    (「—  —  —  5.9」) are cells, however even their gaps."""
    gaps = [line[n]["x0"] - line[n - 1]["x1"] for n in range(1, len(line))]
    wide = [gap > SEGMENT_GAP * line[n + 1]["size"] for n, gap in enumerate(gaps)]
    letters = [unicodedata.category(char["text"][:1] or " ").startswith("L") for char in line]
    even = [False] * len(gaps)
    start = 0
    while start < len(gaps):  # runs of wide gaps within EVEN_GAPS of their first one
        end = start
        while (end < len(gaps) and wide[end] and letters[end] and letters[end + 1]
               and abs(gaps[end] - gaps[start]) <= EVEN_GAPS * gaps[start]):
            end += 1
        if end - start >= 3:
            even[start:end] = [True] * (end - start)
            _widen_run(gaps, wide, even, start, end)
        start = max(end, start + 1)
    return {n + 1 for n in range(len(gaps)) if wide[n] and not even[n]}


def _widen_run(gaps: list[float], wide: list[bool], even: list[bool], start: int, end: int) -> None:
    """A run of even gaps goes on through the wide gaps of its width either side, whatever the characters: a
    justified line that a long Latin word left short is stretched at every character ('11日　盐  城  气  象'
    over '（http://…）'), and its figures and spaces are no cells (the marker '11' cut off the entry as a
    line of its own, '日' glued to the entry before). Narrow gaps (inside a Latin word) are passed over."""
    width = gaps[start]
    for steps in (range(start - 1, -1, -1), range(end, len(gaps))):
        for n in steps:
            if wide[n] and abs(gaps[n] - width) > EVEN_GAPS * width:
                break
            even[n] = even[n] or wide[n]


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


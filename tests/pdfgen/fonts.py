"""The gazette's faces, character widths, and where a line breaks."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# The faces, and the Debian package of each (the Makefile's test-deps installs them).
FACES = {
    "song": ("ARPLSungtiLGB", Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"), "fonts-arphic-gbsn00lp"),
    "kai": ("ARPLKaitiMGB", Path("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"), "fonts-arphic-gkai00mp"),
    "hei": ("WenQuanYiZenHei", Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "fonts-wqy-zenhei"),
}
FALLBACK = "hei"  # covers every character of the fixtures
FONT = FACES["hei"][0]  # one face for the simple files below
CLOSING = "、，。；：！？）》」』”’〕】…"  # never starts a line

_has_glyph: dict[str, set[int]] = {}


def register_fonts() -> None:
    for face, (name, path, package) in FACES.items():
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: apt-get install {package}")
        font = TTFont(name, str(path), subfontIndex=0) if path.suffix == ".ttc" else TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        _has_glyph[face] = set(font.face.charToGlyph)


register_font = register_fonts  # the name the other tests and benches import


def face_of(ch: str, face: str) -> str:
    """The face a character is set in: the wanted one, or the fallback where it has no glyph."""
    return face if ord(ch) in _has_glyph[face] or ch == " " else FALLBACK


_widths: dict[tuple[str, str, float], float] = {}


def char_width(ch: str, size: float, face: str) -> float:
    key = (ch, face, size)
    if key not in _widths:
        _widths[key] = pdfmetrics.stringWidth(ch, FACES[face_of(ch, face)][0], size)
    return _widths[key]


def text_width(text: str, size: float, face: str, char_space: float = 0.0) -> float:
    return sum(char_width(ch, size, face) for ch in text) + char_space * max(len(text) - 1, 0)


def break_line(text: str, start: int, width: float, size: float, face: str, hang: bool = True) -> int:
    """End index of the line starting at `start`: as many characters as fit, anywhere (as CJK print)."""
    used, end = 0.0, start
    while end < len(text):
        used += char_width(text[end], size, face)
        if used > width and end > start:
            break
        end += 1
    # never start a line with closing punctuation: the character before it moves down with it
    while hang and start + 1 < end < len(text) and text[end] in CLOSING:
        end -= 1
    # nor break a Latin word: Latin text breaks at its spaces
    while start + 1 < end < len(text) and _latin(text[end - 1]) and _latin(text[end]):
        end -= 1
    return end


def _latin(ch: str) -> bool:
    """A Latin letter: words are kept whole (numbers break anywhere here, as CJK does)."""
    return ch.isascii() and ch.isalpha()


def line_at(text: str, start: int, end: int) -> str:
    """text[start:end] as printed: the space a break between Latin words leaves at the line's end
    is not printed (the line break stands for it), as typesetters set Latin text."""
    piece = text[start:end]
    if end < len(text) and piece.endswith(" ") and _latin(piece[-2:-1]) and _latin(text[end]):
        return piece[:-1]
    return piece


def wrap(text: str, width: float, size: float, face: str, hang: bool = True) -> list[str]:
    """Lines of at most `width`; no line starts with closing punctuation (but in table cells)."""
    lines, start = [], 0
    while start < len(text):
        end = break_line(text, start, width, size, face, hang)
        lines.append(line_at(text, start, end))
        start = end
    return lines or [""]

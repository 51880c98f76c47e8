"""A document's 版记 printing line ('国务院办公厅 2012年7月1日印发', GB/T 9704—2012 §7.4.3): its last line.

Printed last, after the 抄送 line, it ends the document's body: what a section holds after it is no part of the
document (another section's heading or text the layout put there), left to the coverage check to quote as unread.
A narrow column or a raw extraction may cut it over two or three lines ('…办公室秘书科 2015年' + '3月5日印发'): they are
one line again before the body is read; a piece left alone ('7月1日印发', other lines between it and its office: a reader that
ran two columns together) is a loss (document_checks).
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.dates import in_digits

MAX_PIECES = 3  # an office's long name wrapped, then its date cut: '…人民政府办公' + '室秘书科 2015年' + '3月5日印发'


def is_imprint(line: str) -> bool:
    return bool(regexes.IMPRINT_LINE.match(in_digits(line.strip())))


def joined(lines: list[str]) -> list[str]:
    """The lines with each printing line cut over several on one again (its pieces' own spaces kept)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        pieces = next((n for n in range(2, MAX_PIECES + 1) if _cut_imprint(lines[i : i + n])), 1)
        out.append("".join(line.strip() for line in lines[i : i + pieces]) if pieces > 1 else lines[i])  # (a table row's tabs kept)
        i += pieces
    return out


def _cut_imprint(pieces: list[str]) -> bool:
    """Several lines, the last ending '印发', none a printing line alone, that make one together."""
    return (len(pieces) > 1 and bool(regexes.IMPRINT_END.search(pieces[-1].strip()))
            and not any(is_imprint(piece) for piece in pieces) and is_imprint("".join(piece.strip() for piece in pieces)))


def until_imprint(lines: list[str]) -> list[str]:
    """The lines up to and with the first printing line (all of them when none is printed)."""
    end = next((n + 1 for n, line in enumerate(lines) if is_imprint(line)), len(lines))
    return lines[:end]


def cut_pieces(lines: list[str]) -> list[str]:
    """The pieces of a printing line left apart in a body ('7月1日印发'): the lines between them are out of order."""
    return [line for line in lines if regexes.IMPRINT_TAIL.match(in_digits(line.strip()))]

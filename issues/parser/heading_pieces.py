"""A column heading a typesetter split over its lines ('政务' + '简讯', '人事' + '任免', one frame each) joined back into
one line: a cleaning step of text exports and a layout step of raw extractions alike, so that the section before it
never keeps the pieces as its own lines (an appointment list quoting '政务简讯' as a line it could not read).
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import regexes
from issues.parser.lines import TEXT, Line
from issues.parser.raw_title_blocks import content_lines

MAX_HEADING_PIECES = 4  # a column heading split over lines: '政务' + '简讯', or one letter a line


def join_split_headings(lines: list[Line]) -> list[Line]:
    """'政务' + '简讯' (a column heading a typesetter split over its lines, one frame each) -> '政务简讯', where its first
    piece was: the steps after it see one heading (title blocks ending a page before it, the heading's own move)."""
    out: list[Line] = []
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        split = _split_heading(lines, i) or _wrapped_heading(lines, i) or _spaced_month_heading(line) \
            if line.kind == TEXT else None
        if split:
            out.append(replace(line, text=split[0]))
            skip.update(split[1])
        else:
            out.append(line)
    return out


def _split_heading(lines: list[Line], i: int) -> tuple[str, list[int]] | None:
    """A column heading split over lines, one frame each ('政务' + '简讯', '人事' + '任免'): the pieces joined, and the
    lines they used, when together (and not one alone) they are a column's heading."""
    pieces: list[str] = []
    used: list[int] = []
    for k, text in content_lines(lines, i):
        compact = "".join((text or "").split())
        if text is None or len(pieces) == MAX_HEADING_PIECES or not regexes.HEADING_PIECE.match(compact):
            return None
        pieces.append(compact)
        used.append(k)
        if len(pieces) > 1 and regexes.CATEGORY_HEADING.match("".join(pieces)):
            return "".join(pieces), used
    return None


def _wrapped_heading(lines: list[Line], i: int) -> tuple[str, list[int]] | None:
    """A heading printed over two lines, joined: an issued list's own title the column wrapped ('2015年省政府及省政府办公厅文件目'
    + '录', '2012年7月份市政府、市政府办公室发' + '文目录'), a chronicle's name over its month in brackets ('市政府工作要事记' + '（2024年5月）', as a government's site prints the
    heading of its monthly record), a month's heading a scan's reader cut in two ('4月份市政府' + '人事任免'), a year's chronicle heading
    the column wrapped ('普陀区大事记' + '（2015年）', '2015年普陀区' + '大事记'); never a line that is a month's or a year's heading whole
    with the line under it."""
    first = "".join(lines[i].text.split())
    following = next(content_lines(lines, i + 1), (i, None))
    if not first or following[1] is None or regexes.ISSUED_LIST_HEADING.match(first) or regexes.MONTH_HEADING.match(first):
        return None
    second = "".join(following[1].split())
    joined = first + second
    if regexes.ISSUED_LIST_HEADING.match(joined) \
            or regexes.MONTH_HEADING.match(joined) and not regexes.MONTH_HEADING.match(second) \
            or regexes.CHRONICLE_YEAR_HEADING.match(joined) and not regexes.CHRONICLE_YEAR_HEADING.match(first):
        return joined, [following[0]]
    return None


def _spaced_month_heading(line: Line) -> tuple[str, list[int]] | None:
    """A month's heading printed letter-spaced, its spaces read unevenly by a scan's reader ('4月 份 市 政 府人 事 任 免'), without
    them: left spaced it is no heading, and the '人 事 任 免' a section's tidying takes out of a line leaves '4月 份 市 政 府' to be
    read as the start of the decider line under it."""
    text = line.text.strip()
    heading = "".join(text.split())
    return (heading, []) if heading != text and regexes.MONTH_HEADING.match(heading) else None

"""Column headings and briefs' titles of a hard-wrapped copy of a print, set where print has them (tests/pdfgen/unwrap.py).

A column's heading painted over its first page ('9月份市政府人事任免', '政 务 简 讯', '政府记事') comes where the
copy met it, where the page's columns end: it is set back before the column's first line. A brief's title, on
one or two short lines over its dated first paragraph, is set as one paragraph.
"""

from __future__ import annotations

import re

from tests.pdfgen.copy_lines import PARAGRAPH_END, Alone, title_like, width
from tests.pdfgen.manuscript import COLUMN_NAMES, DAY_MARKER, bare, is_column_heading

DECISION = re.compile(r"决定[：:]$")  # 市人民政府决定：
BRIEF_DATE = re.compile(r"^\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[，,]")  # 9月11日，省委常委、市委书记陈伟俊主持…


def restore_column_headings(lines: list[str]) -> list[str]:
    """A column's heading painted over its first page ('9月份市政府人事任免', '政 务 简 讯', '政府记事'),
    met by the copy where the page's columns end, set back before the column's first line."""
    lines = list(lines)
    while True:
        painted = [n for n, line in enumerate(lines) if not isinstance(line, Alone) and is_column_heading(line)
                   and _opening_finder(line)]
        if not painted:
            return lines
        n = painted[-1]
        heading = Alone(lines.pop(n).strip())
        opening = _opening_finder(heading)(lines, n, lambda line: _of_another_column(line, heading))
        if opening is None:
            lines.insert(n, heading)
        elif not any(bare(line) == bare(heading) for line in lines[max(opening - 1, 0) : opening + 1]):  # met twice
            if bare(heading) not in COLUMN_NAMES:  # under the column's name ('机构人事' over '9月份…人事任免')
                while opening < n and isinstance(lines[opening], Alone) and is_column_heading(lines[opening]):
                    opening += 1
            lines.insert(opening, heading)


def _of_another_column(line: str, heading: str) -> bool:
    return is_column_heading(line) and _opening_finder(line) is not _opening_finder(heading)


def _opening_finder(heading: str):
    name = bare(heading)
    return next((finder for names, finder in COLUMN_OPENINGS if name.endswith(names)), None)


def brief_titles(lines: list[str], column: int) -> list[str]:
    """A brief's title, on one or two short lines over its dated first paragraph, as one paragraph
    ('陈伟俊主持召开' + '高等教育发展工作座谈会'): a copy of the print cannot tell a break made on purpose
    from one the column made, so the title is set whole (a space would be a break the text marks)."""
    out: list[str] = []
    for line in lines:
        if BRIEF_DATE.match(line.strip()):
            title = []
            while len(title) < 2 and out and _brief_title_line(out[-1], column):
                title.insert(0, out.pop().strip())
            if title and (not out or _closes(out[-1])):
                out.append(Alone("".join(title)))
            else:
                out += title
        out.append(line)
    return out


def _brief_title_line(line: str, column: int) -> bool:
    return (not isinstance(line, Alone) and title_like(line) and not is_column_heading(line)
            and width(line) < column - 1.5 and not DAY_MARKER.match(line.strip()))


def _closes(line: str) -> bool:
    """The line before a title: the end of a paragraph, a heading, or a line set apart."""
    return isinstance(line, Alone) or is_column_heading(line) or bool(PARAGRAPH_END.search(line.strip()))


def _appointments_open(lines: list[str], at: int, other_column) -> int | None:
    """At the decision line ('市人民政府决定：') above the heading."""
    return next((k for k in range(at - 1, max(at - 80, -1), -1) if DECISION.search(lines[k].strip())), None)


def _news_open(lines: list[str], at: int, other_column) -> int | None:
    """At the title over the first brief above the heading: briefs open with their date ('9月11日，…')."""
    first = None
    for k in range(at - 1, max(at - 200, -1), -1):
        text = lines[k].strip()
        if other_column(text) or DAY_MARKER.match(text):
            break
        if BRIEF_DATE.match(text):
            first = k
    if first is None:
        return None
    while first > 0 and title_like(lines[first - 1]) and not is_column_heading(lines[first - 1]):
        first -= 1
    return first


def _chronicle_open(lines: list[str], at: int, other_column) -> int | None:
    """At the first day above the heading ('1日'): days above it count down to it."""
    first, day = None, 99
    for k in range(at - 1, max(at - 300, -1), -1):
        text = lines[k].strip()
        if other_column(text):
            break
        if DAY_MARKER.match(text):
            if int(text[:-1]) > day:
                break
            first, day = k, int(text[:-1])
    return first


COLUMN_OPENINGS = [
    (("人事任免", "机构人事"), _appointments_open),
    (("政务简讯",), _news_open),
    (("政府记事",), _chronicle_open),
]

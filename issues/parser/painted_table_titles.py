"""A statistics table's title painted as a frame at its page's foot (a layout step of a raw two-column extraction).

A typesetter paints a table's title ('2008年一季度北京市主要经济指标'), as it does a column's heading, as a frame after its
page's columns; when the table's rows open the next page (the page's columns ran on with a brief or the chronicle), the
title comes out between the running text of one page and of the next, and was read into that text (a brief's sentence cut
by the page break took it in its middle, a chronicle entry at its end) while the table lost its title. Here such a title,
with the '统计资料' label painted with it, goes to where its table opens on the next page.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, placed
from issues.parser.painted_headings import opens_table
from issues.parser.statistics import is_table_title


def move_table_titles(lines: list[Line]) -> list[Line]:
    """Each table title ending its page, its table not opened on that page but on the next: moved, with the frames of its
    run that label the table ('统计资料'), to the line over the table's heading row or first row."""
    out = list(lines)
    i = 0
    while i < len(out):
        run = _title_run_at_page_foot(out, i)
        target = _table_opening_on_next_page(out, run[-1]) if run else None
        if run and target is not None and not _table_on_page(out, run[0]):
            moved = [placed("".join(out[k].text.split())) for k in run]
            out = out[: run[0]] + out[run[-1] + 1 : target] + moved + out[target:]
            i = target
            continue
        i += 1
    return out


def _frame(line: Line) -> str | None:
    """A frame's compact text, when it is a line a typesetter paints over a table: its title or the '统计资料' label."""
    compact = "".join(line.text.split())
    if line.kind not in (TEXT, PLACED) or not compact:
        return None
    return compact if is_table_title(compact) or _is_label(compact) else None


def _is_label(compact: str) -> bool:
    heading = regexes.CATEGORY_HEADING.match(compact)
    return bool(heading) and heading["category"].replace(" ", "") == "统计资料"


def _title_run_at_page_foot(lines: list[Line], i: int) -> list[int]:
    """The indices of the run of frames starting at i (a '统计资料' label and a table title), when they alone end the page
    (blank lines aside) and hold a table's title; else []."""
    if _frame(lines[i]) is None or (i and _frame(_previous_content(lines, i)) is not None):
        return []
    run, k = [], i
    while k < len(lines) and lines[k].kind != PAGE_BREAK:
        if lines[k].text.strip():
            if _frame(lines[k]) is None:
                return []
            run.append(k)
        k += 1
    if k >= len(lines) or not any(is_table_title("".join(lines[n].text.split())) for n in run):
        return []
    return run


def _previous_content(lines: list[Line], i: int) -> Line:
    return next((lines[k] for k in range(i - 1, -1, -1) if lines[k].kind == PAGE_BREAK or lines[k].text.strip()), lines[0])


def _table_on_page(lines: list[Line], i: int) -> bool:
    """The table opens on the title's own page (the frames follow its rows: other steps read them there)."""
    for k in range(i - 1, -1, -1):
        if lines[k].kind == PAGE_BREAK:
            return False
        if opens_table(lines, k):
            return True
    return False


def _table_opening_on_next_page(lines: list[Line], last: int) -> int | None:
    """The index of the table's heading row or first row on the page after the run, else None."""
    breaks = 0
    for k in range(last + 1, len(lines)):
        if lines[k].kind == PAGE_BREAK:
            breaks += 1
            if breaks > 1:
                return None
        elif opens_table(lines, k):
            return k
    return None


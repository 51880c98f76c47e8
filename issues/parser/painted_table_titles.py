"""A statistics table's title painted as a frame at its page's foot (a layout step of a raw two-column extraction).

A typesetter paints a table's title ('2008年一季度北京市主要经济指标'), as it does a column's heading, as a frame after its
page's columns. When the page's columns ran on after the table (a brief, the chronicle) or the table's rows open the next
page, the title comes out at the page's end, after that running text, and was read into it (a brief's sentence cut by the
page break took it in its middle, a chronicle entry at its end) while the table lost its title. Here such a title, with
the '统计资料' label painted with it, goes over its table: the one on its own page that prints no title over it, else the
one opening the next page. A title whose table is on neither is set apart (lines.UNPLACED) for the checks to quote.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, placed, unplaced
from issues.parser.painted_headings import heading_at, opens_table
from issues.parser.statistics import is_table_title


def move_table_titles(lines: list[Line]) -> list[Line]:
    """Each table title among the frames ending a page goes, with the '统计资料' label, over its table. One that finds no
    table there is set apart, when the issue prints a table elsewhere (else it is no frame: a headline worded alike)."""
    before: dict[int, list[Line]] = {}  # index -> the frames to put before it
    moved: set[int] = set()
    prints_a_table = any(opens_table(lines, k) for k in range(len(lines)))
    for run in _runs_at_page_feet(lines):
        frames = [k for k in run if _frame(lines[k]) is not None]
        titles = [k for k in frames if is_table_title(_compact(lines[k]))]
        if not titles:
            continue
        target = _untitled_table_on_page(lines, run[0])
        target = _table_opening_on_next_page(lines, run[-1]) if target is None else target
        if target is not None:
            before.setdefault(target, []).extend(placed(_compact(lines[k])) for k in frames)
            moved.update(frames)
        elif prints_a_table:  # set apart atop its page, where it cuts no paragraph the page break cut
            before.setdefault(_page_top(lines, run[0]), []).extend(unplaced(_compact(lines[k])) for k in titles)
            moved.update(titles)
    out: list[Line] = []
    for k, line in enumerate(lines):
        out += before.get(k, [])
        if k not in moved:
            out.append(line)
    return out


def _page_top(lines: list[Line], i: int) -> int:
    """The index of the first line of i's page (after its page break)."""
    return next((k + 1 for k in range(i - 1, -1, -1) if lines[k].kind == PAGE_BREAK), 0)


def _compact(line: Line) -> str:
    return "".join(line.text.split())


def _frame(line: Line) -> str | None:
    """A frame's compact text, when it is a line a typesetter paints over a table: its title or the '统计资料' label."""
    compact = _compact(line)
    if line.kind not in (TEXT, PLACED) or not compact:
        return None
    return compact if is_table_title(compact) or _is_label(compact) else None


def _is_label(compact: str) -> bool:
    heading = regexes.CATEGORY_HEADING.match(compact)
    return bool(heading) and heading["category"].replace(" ", "") == "统计资料"


def _runs_at_page_feet(lines: list[Line]) -> list[list[int]]:
    """For each page, the indices of the frames and column headings that alone end it (blank lines aside), in order: a
    typesetter paints them all after the page's columns ('统计资料', the table's title, '人事任免', '政务简讯')."""
    runs, run = [], []
    for k, line in enumerate(lines):
        if line.kind == PAGE_BREAK:
            runs.append(run)
            run = []
        elif line.text.strip():
            run = run + [k] if _frame(line) is not None or heading_at(lines, k) is not None else []
    return [run for run in runs + [run] if run]


def _untitled_table_on_page(lines: list[Line], first: int) -> int | None:
    """Where the last table on the page before the run begins (its unit line, heading row or first row), when no title is
    printed over it (a title over it is its own: the run's is another table's); else None."""
    for k in range(first - 1, -1, -1):
        if lines[k].kind == PAGE_BREAK:
            return None
        if opens_table(lines, k):
            top = _table_top(lines, k)
            over = _previous_content(lines, top)
            titled = over is not None and is_table_title(_compact(over))
            return None if titled or over is None and _runs_on_from_the_page_before(lines, top) else top
    return None


def _runs_on_from_the_page_before(lines: list[Line], top: int) -> bool:
    """A table atop its page whose rows end the page before: the rest of a table titled there, never the run's."""
    for k in range(top - 1, -1, -1):
        if lines[k].kind != PAGE_BREAK and lines[k].text.strip():
            return opens_table(lines, k)
    return False


def _table_top(lines: list[Line], k: int) -> int:
    """The first line of the table holding line k on its page: its unit line ('单位：亿元'), heading row or first row."""
    top = k
    for n in range(k - 1, -1, -1):
        if lines[n].kind == PAGE_BREAK:
            break
        if not lines[n].text.strip():
            continue
        if not (opens_table(lines, n) or regexes.STATISTICS_UNIT_LINE.match(lines[n].text.strip())):
            break
        top = n
    return top


def _previous_content(lines: list[Line], i: int) -> Line | None:
    """The line over i on its page (blank lines skipped), None at the page's top."""
    for k in range(i - 1, -1, -1):
        if lines[k].kind == PAGE_BREAK:
            return None
        if lines[k].text.strip():
            return lines[k]
    return None


def _table_opening_on_next_page(lines: list[Line], last: int) -> int | None:
    """The index of the table's heading row or first row on the page after the run, else None."""
    breaks = 0
    for k in range(last + 1, len(lines)):
        if lines[k].kind == PAGE_BREAK:
            breaks += 1
            if breaks > 1:
                return None
        elif opens_table(lines, k) or regexes.STATISTICS_UNIT_LINE.match(lines[k].text.strip()):
            return k
    return None

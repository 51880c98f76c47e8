"""Tables, as tab-separated rows: ruled ones (pdfplumber's table finder gives the cells) and ones
printed without rules (columns aligned by white space, found from the line pieces' starts).
"""

from __future__ import annotations

from issues.parser import regexes
from issues.pdf.glyphs import inside, segments_of
from issues.pdf.pages import Page, Segment, TableRows

TABLE_ROW_ALONE = 4  # pieces on one baseline that make it a table row even alone
TABLE_ALIGN = 2.5  # points: cells of one column of a table without rules start (or end) this close
# sizes: the farthest a line of a cell wrapped over its row lies from the table's line above it (a leading where cells are
# set from the row's top; a leading and the rows' padding from the line of the row before where they are centred)
TABLE_ROW_REACH = 2.3
Span = tuple[float, float]  # left and right edge of a column of a table without rules


def ruled_rows(table, chars: list[dict]) -> list[str]:
    """Each row's cells joined by tabs; a cell's wrapped lines joined back (empty cells kept)."""
    chars = [c for c in chars if inside(c, table.bbox)]
    rows = []
    for row in table.rows:
        cells = []
        for box in row.cells:
            in_cell = [c for c in chars if box and inside(c, box)]
            cells.append("".join(s.text for s in segments_of(in_cell, split=False)).strip())
        rows.append("\t".join(cells).rstrip("\t"))
    return rows


def find_unruled_tables(page: Page) -> None:
    """Tables printed without rules, columns aligned by white space, as tab-separated rows.

    A run of baselines with three or more pieces each (a line of column text has at most two), or
    one baseline with TABLE_ROW_ALONE pieces (a table's first row at the foot of a page), and the
    baselines next to it whose pieces all lie within its columns, become one table; a column is
    where the rows' pieces overlap (flush left, flush right or centred alike), and a cell is the
    piece in it (empty where a row has none). A cell wrapped in a narrow column ('亿' over '元', a long
    indicator on two lines) gives lines of fewer pieces over and under its row's: they are its row's
    (_rows), their pieces joined into its cells.
    """
    baselines: list[list[Segment]] = []
    for segment in sorted(page.segments, key=lambda s: (s.top, s.x0)):
        if baselines and abs(segment.top - baselines[-1][0].top) <= 0.25 * segment.size + page.jitter:
            baselines[-1].append(segment)
        else:
            baselines.append([segment])
    align = TABLE_ALIGN + page.jitter
    n = 0
    while n < len(baselines):
        end = _run_end(baselines, n)
        start, end = _trim_unaligned(baselines, n, end, align)
        rows_printed = [k for k in range(start, end) if len(baselines[k]) >= 3]
        if len(rows_printed) < 2 and (not rows_printed or len(baselines[rows_printed[0]]) < TABLE_ROW_ALONE):
            n += 1
            continue
        n = start
        spans = _column_spans([s for row in baselines[n:end] for s in row], align)
        while n > 0 and _aligned(baselines[n - 1], spans, align):
            n -= 1
        while end < len(baselines) and _aligned(baselines[end], spans, align):
            end += 1
        rows = [_cells(row, spans) for row in _rows(baselines[n:end])]
        page.tables.append(TableRows(baselines[n][0].top, rows))
        taken = {id(s) for row in baselines[n:end] for s in row}
        page.segments = [s for s in page.segments if id(s) not in taken]
        n = end


def _run_end(baselines: list[list[Segment]], n: int) -> int:
    """Where a run of table baselines from n ends: baselines of three pieces or more, and the lines of cells wrapped over
    their rows around them (_wrapped)."""
    end = n
    while end < len(baselines) and (len(baselines[end]) >= 3 or end > n and _wrapped(baselines[end], baselines[end - 1])
                                    or end + 1 < len(baselines) and len(baselines[end + 1]) >= 3
                                    and _wrapped(baselines[end], baselines[end + 1])):  # '单' over the heading row's '位'
        end += 1
    return end


def _wrapped(line: list[Segment], before: list[Segment]) -> bool:
    """A line of cells wrapped over their row ('亿' over '元' in a narrow unit column, a long indicator's end): fewer
    pieces than a row, none a figure (a figure never wraps), in the size of the table's line next to it and near it."""
    size = before[0].size
    return len(line) < 3 and abs(line[0].top - before[0].top) <= TABLE_ROW_REACH * size and all(
        abs(s.size - size) <= 0.5 and not regexes.STATISTICS_CELL_VALUE.match(s.text.strip()) for s in line)


def _trim_unaligned(baselines: list[list[Segment]], n: int, end: int, align: float) -> tuple[int, int]:
    """The run without the lines of fewer pieces at its ends that start in no column of the table (a producer line
    set flush right under it): a wrapped cell's line starts where another line's piece of its column does."""
    def in_a_column(k: int) -> bool:
        others = [s.x0 for m in range(n, end) if m != k for s in baselines[m]]
        return len(baselines[k]) >= 3 or all(any(abs(s.x0 - x) <= align for x in others) for s in baselines[k])
    while n < end and not in_a_column(n):
        n += 1
    while end > n and not in_a_column(end - 1):
        end -= 1
    return n, end


def _rows(baselines: list[list[Segment]]) -> list[list[Segment]]:
    """The table's rows, each its line of three pieces or more and the lines its cells wrapped onto: set from the row's top
    (below the line) or centred in the row (above it and below). The lines between two rows split where the gap is widest,
    which is where one row ends and the next begins (the rows' padding)."""
    printed = [k for k, line in enumerate(baselines) if len(line) >= 3]
    if not printed:
        return baselines
    owner = {k: k for k in printed}
    for k in range(printed[0]):
        owner[k] = printed[0]
    for k in range(printed[-1] + 1, len(baselines)):
        owner[k] = printed[-1]
    for above, below in zip(printed, printed[1:]):
        gaps = [baselines[k + 1][0].top - baselines[k][0].top for k in range(above, below)]
        cut = above + max(range(len(gaps)), key=lambda g: (gaps[g], -g))  # the widest gap, the first of equals
        for k in range(above + 1, below):
            owner[k] = above if k <= cut else below
    rows: dict[int, list[Segment]] = {}
    for k, line in enumerate(baselines):
        rows.setdefault(owner[k], []).extend(line)
    return [rows[k] for k in sorted(rows)]


def _column_spans(segments: list[Segment], align: float) -> list[Span]:
    """The columns, left to right: where the pieces of the rows overlap (closer than `align`), so
    that cells set flush left, flush right (figures) or centred (a heading) over a column are one."""
    spans: list[Span] = []
    for x0, x1 in sorted((s.x0, s.x1) for s in segments):
        if spans and x0 <= spans[-1][1] + align:
            spans[-1] = (spans[-1][0], max(spans[-1][1], x1))
        else:
            spans.append((x0, x1))
    return spans


def _within(segment: Segment, span: Span, align: float) -> bool:
    return span[0] - align <= segment.x0 and segment.x1 <= span[1] + align


def _aligned(row: list[Segment], spans: list[Span], align: float) -> bool:
    return len(row) >= 2 and all(any(_within(s, span, align) for span in spans) for s in row)


def _cells(row: list[Segment], spans: list[Span]) -> str:
    cells = [""] * len(spans)
    for segment in row:
        column = max(range(len(spans)), key=lambda k: min(segment.x1, spans[k][1]) - max(segment.x0, spans[k][0]))
        cells[column] = (cells[column] + segment.text).strip()
    return "\t".join(cells).rstrip("\t")

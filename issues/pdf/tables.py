"""Tables, as tab-separated rows: ruled ones (pdfplumber's table finder gives the cells) and ones
printed without rules (columns aligned by white space, found from the line pieces' starts).
"""

from __future__ import annotations

from issues.pdf.glyphs import inside, segments_of
from issues.pdf.pages import Page, Segment, TableRows

TABLE_ROW_ALONE = 4  # pieces on one baseline that make it a table row even alone
TABLE_ALIGN = 2.5  # points: cells of one column of a table without rules start (or end) this close
INDENT = 1.2  # in type sizes: a first cell starting this far right of its column's edge is indented (a 其中 sub-row)
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
    baselines next to it whose pieces all lie within its columns, become one table; two such runs
    with nothing between them are one table (a heading row, its second line 「±%」 under two of its
    words, then the rows). A column is where the rows' pieces overlap (flush left, flush right or
    centred alike), and a cell is the piece in it (empty where a row has none).
    """
    baselines: list[list[Segment]] = []
    for segment in sorted(page.segments, key=lambda s: (s.top, s.x0)):
        if baselines and abs(segment.top - baselines[-1][0].top) <= 0.25 * segment.size + page.jitter:
            baselines[-1].append(segment)
        else:
            baselines.append([segment])
    align = TABLE_ALIGN + page.jitter
    taken: set[int] = set()
    for start, end in _table_runs(baselines, align):
        rows = baselines[start:end]
        spans = _column_spans([s for row in rows for s in row], align, rows)
        page.tables.append(TableRows(rows[0][0].top, [_cells(row, spans, align) for row in rows]))
        taken |= {id(s) for row in rows for s in row}
    page.segments = [s for s in page.segments if id(s) not in taken]


def _table_runs(baselines: list[list[Segment]], align: float) -> list[tuple[int, int]]:
    """(first, past last) baseline of each table, runs with nothing between them joined."""
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(baselines):
        end = n
        while end < len(baselines) and len(baselines[end]) >= 3:
            end += 1
        if end - n < 2 and (end == n or len(baselines[n]) < TABLE_ROW_ALONE):
            n += 1
            continue
        spans = _column_spans([s for row in baselines[n:end] for s in row], align)
        while n > (runs[-1][1] if runs else 0) and _aligned(baselines[n - 1], spans, align):
            n -= 1
        while end < len(baselines) and _aligned(baselines[end], spans, align):
            end += 1
        if runs and runs[-1][1] == n:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((n, end))
        n = end
    return runs


def _column_spans(segments: list[Segment], align: float, rows: list[list[Segment]] | None = None) -> list[Span]:
    """The columns, left to right: where the pieces of the rows overlap (closer than `align`), so
    that cells set flush left, flush right (figures) or centred (a heading) over a column are one.

    Given the rows, two neighbouring spans no row has a piece in both of are one column: a heading
    centred over its column and the figures set flush right under it (「本月」 over 「—」) overlap
    nowhere, yet a row has a piece in one or the other, never in both."""
    spans: list[Span] = []
    for x0, x1 in sorted((s.x0, s.x1) for s in segments):
        if spans and x0 <= spans[-1][1] + align:
            spans[-1] = (spans[-1][0], max(spans[-1][1], x1))
        else:
            spans.append((x0, x1))
    if rows is None or len(spans) < 2:
        return spans
    used = [{_column_of(s, spans) for s in row} for row in rows]
    merged = [[0]]
    for k in range(1, len(spans)):
        if any(k in columns and not columns.isdisjoint(merged[-1]) for columns in used):
            merged.append([k])
        else:
            merged[-1].append(k)
    return [(spans[group[0]][0], spans[group[-1]][1]) for group in merged]


def _within(segment: Segment, span: Span, align: float) -> bool:
    return span[0] - align <= segment.x0 and segment.x1 <= span[1] + align


def _aligned(row: list[Segment], spans: list[Span], align: float) -> bool:
    return len(row) >= 2 and all(any(_within(s, span, align) for span in spans) for s in row)


def _column_of(segment: Segment, spans: list[Span]) -> int:
    return max(range(len(spans)), key=lambda k: min(segment.x1, spans[k][1]) - max(segment.x0, spans[k][0]))


def _cells(row: list[Segment], spans: list[Span], align: float) -> str:
    """A row's cells joined by tabs; a first cell set in from its column's edge (「　住宿餐饮业」 under
    「社会消费品零售总额」) keeps an ideographic space before it, as the parser reads a sub-row."""
    cells = [""] * len(spans)
    for segment in row:
        column = _column_of(segment, spans)
        cells[column] = (cells[column] + segment.text).strip()
    first = min(row, key=lambda s: s.x0)
    indented = _column_of(first, spans) == 0 and first.x0 - spans[0][0] >= INDENT * first.size + align - TABLE_ALIGN
    return ("\u3000" if indented and cells[0] else "") + "\t".join(cells).rstrip("\t")

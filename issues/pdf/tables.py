"""Tables, as tab-separated rows: ruled ones (pdfplumber's table finder gives the cells) and ones
printed without rules (columns aligned by white space, found from the line pieces' starts).
"""

from __future__ import annotations

from issues.pdf.glyphs import inside, segments_of
from issues.pdf.pages import Page, Segment, TableRows

TABLE_ROW_ALONE = 4  # pieces on one baseline that make it a table row even alone
TABLE_ALIGN = 2.5  # points: cells of one column of a table without rules start (or end) this close
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
    piece in it (empty where a row has none).
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
        end = n
        while end < len(baselines) and len(baselines[end]) >= 3:
            end += 1
        if end - n < 2 and (end == n or len(baselines[n]) < TABLE_ROW_ALONE):
            n += 1
            continue
        spans = _column_spans([s for row in baselines[n:end] for s in row], align)
        while n > 0 and _aligned(baselines[n - 1], spans, align):
            n -= 1
        while end < len(baselines) and _aligned(baselines[end], spans, align):
            end += 1
        rows = [_cells(row, spans) for row in baselines[n:end]]
        page.tables.append(TableRows(baselines[n][0].top, rows))
        taken = {id(s) for row in baselines[n:end] for s in row}
        page.segments = [s for s in page.segments if id(s) not in taken]
        n = end


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

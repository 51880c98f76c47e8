"""Columns and reading order: a page's line pieces read as print is read.

The gutter is found from where the pieces leave a vertical strip empty (each page finds its own;
odd and even pages have their own text block, for mirrored margins; a page whose lines run across
it is one column). Pieces crossing it, centred on the page, or tables are full-width and cut the
page into bands, read top to bottom; a column band is read left column first, then right. A title
block at the foot of a page under column text heads that text (as in issue 2020-09); a heading set across the
gutter that a scan's detector cut there is joined again. A page whose columns
sit above or below text set across it shows its gutter only where lines stand side by side; a side of the
file too sparse to show its text block or gutter takes the facing pages'.

Pages need only Segments and tables: a PDF's characters and OCR's word boxes read the same way.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, replace

from issues.pdf.furniture import find_furniture
from issues.pdf.gutters import (EDGE_SLACK, FLUSH, LARGER, MIN_GUTTER, find_gutter, left_column_alone, page_gutter,
                                paired_columns, usual_gutter)
from issues.pdf.pages import CENTRED, CENTRED_SHARE, Gutter, Line, Page, Segment, body_size
from issues.pdf.tables import find_unruled_tables

AREA_BUCKET, AREA_SHARE = 2.0, 0.05  # a text block's edge: where 5% of its lines start (end) alike
HEADING = 1.4  # a line set this many times the page's text size is a section heading (17 points over 10.5)
COLUMN_LINE = 0.8  # share of the text block found so far that a line outside it must fill to widen it
PITCH_SLACK = 0.25  # in character sizes: a line farther than the line pitch plus this under the line above is apart
NARROW_SIDE = 0.8  # a side's text block narrower than this share of the other side's was read from too few lines


def reading_order(pages: list[Page]) -> list[Line]:
    """The lines of positioned text boxes in reading order, running headers and footers set aside.

    Pages need only Segments (text, x0, x1, top, size; font optional) and tables: a PDF's
    characters (read_pages) or OCR's word boxes read the same way from here on.
    """
    find_furniture(pages)
    for page in pages:
        find_unruled_tables(page)
    facings = [[page for page in pages if page.index % 2 == side] for side in (0, 1)]
    areas = [text_area(facing) for facing in facings]  # mirrored margins: odd and even pages each have their own
    areas = [_narrow_side(areas[side], areas[1 - side], facings[side]) for side in (0, 1)]
    sides = []
    for facing, area in zip(facings, areas):
        gutters = {page.index: find_gutter(page.segments, area) for page in facing}
        sides.append((facing, area, gutters, usual_gutter([g for g in gutters.values() if g])))
    lines = []
    for side, (facing, area, gutters, usual) in enumerate(sides):
        usual = usual or _facing_gutter(sides[1 - side], area)
        for page in facing:
            gutter = page_gutter(gutters[page.index], usual, page.segments)
            span = None
            if gutter is None and (paired := paired_columns(page.segments, area)):
                gutter, span = paired
            gutter = gutter or left_column_alone(page.segments, area, page.width)
            lines.append((page.index, read_page(page, area, gutter, span)))
    return [line for _, page_lines in sorted(lines, key=lambda item: item[0]) for line in page_lines]


def _narrow_side(area: "Area", other: "Area", facing: list[Page]) -> "Area":
    """A side of the file read from too few lines to show its text block (the contents page and an issue's last
    page, their lines indented or of one length) takes the other side's, moved as little as its lines allow.

    Mirrored margins move the text block, never narrow it."""
    if area.right - area.left >= NARROW_SIDE * (other.right - other.left):
        return area
    segments = [s for page in facing for s in page.segments]
    moves = [0.0] + ([min(s.x0 for s in segments) - other.left, max(s.x1 for s in segments) - other.right]
                     if segments else [])
    for move in sorted(moves, key=abs):
        if all(other.left + move - FLUSH <= s.x0 and s.x1 <= other.right + move + FLUSH for s in segments):
            return Area(other.left + move, other.right + move)
    return area


def _facing_gutter(other_side: tuple, area: "Area") -> Gutter | None:
    """The other side's usual gutter, moved with the text block: where every page of one side is too sparse to show
    a gutter (the contents, then an issue's last page with two or three lines a column), the facing pages show it.

    Mirrored margins move both edges alike; a side of few pages may misplace one edge (the contents' lines all
    indented), so the smaller of the two moves is taken."""
    _, other_area, _, usual = other_side
    if usual is None:
        return None
    shift = min(area.left - other_area.left, area.right - other_area.right, key=abs)
    return usual[0] + shift, usual[1] + shift



@dataclass
class Area:
    left: float
    right: float

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


def text_area(pages: list[Page]) -> Area:
    """Left and right edges of the printed text block, over the whole file."""
    segments = [s for page in pages for s in page.segments]
    if not segments:
        return Area(0.0, max((p.width for p in pages), default=0.0))
    # a file of a page or two may have too few lines to share an edge: then the text's own lines
    # give it, not its headings and running header centred on the page
    body = body_size(segments)
    text = [s for s in segments if abs(s.size - body) <= LARGER] or segments
    left = _edge([s.x0 for s in segments], min, [s.x0 for s in text])
    right = _edge([s.x1 for s in segments], max, [s.x1 for s in text])
    return Area(*_beyond_edges(text, left, right))


def _beyond_edges(segments: list[Segment], left: float, right: float) -> tuple[float, float]:
    """The edges moved out to a full line lying wholly outside them: a second column too short to share an edge.

    A file of a page or two whose right column holds a line or two (an appointment list balanced
    over both columns above a heading, a brief's last lines) shows only the left column's edge
    often enough; a stray mark outside the text block is short, a full column line is not.
    """
    full = COLUMN_LINE * (right - left)
    right = max([right, *(s.x1 for s in segments if s.x0 >= right and s.x1 - s.x0 >= full)])
    left = min([left, *(s.x0 for s in segments if s.x1 <= left and s.x1 - s.x0 >= full)])
    return left, right


def _edge(xs: list[float], pick, unshared: list[float]) -> float:
    """The outermost position that several lines share: one stray line does not move the margin.

    Where none is shared, the outermost of `unshared` (the text's own lines)."""
    buckets = Counter(round(x / AREA_BUCKET) for x in xs)
    shared = [x for x in xs if buckets[round(x / AREA_BUCKET)] >= max(1, min(3, len(xs)), AREA_SHARE * len(xs))]
    return pick(shared or unshared)


def headings_across_gutter(segments: list[Segment], area: Area, gutter: Gutter | None) -> list[Segment]:
    """A heading set across the gutter and cut there, joined again: the two pieces alone on their baseline, set
    larger than the text, each reaching the gutter and, together, centred on the text block with a margin either side.

    A scan's detector cuts a heading letter-spaced across the page ('4月份市政府、市政府办公室发文目录', fixture
    2019-04) at the gutter, its blank there the gutter's and a letter space wider, so no piece crosses the gutter:
    read as column lines, its first half headed the left column's items and its second the right column's,
    interleaving the chronicle above it with the issued list under it. Two column headings on one baseline each
    stand centred over their column, well short of the gutter."""
    if gutter is None or len(segments) < 2:
        return segments
    body = body_size(segments)
    by_baseline: dict[int, list[Segment]] = {}
    for s in segments:
        by_baseline.setdefault(round(s.top), []).append(s)
    joined = {}
    for pieces in (sorted(pieces, key=lambda s: s.x0) for pieces in by_baseline.values() if len(pieces) == 2):
        if _cut_heading(*pieces, area, gutter, body):
            left, right = pieces
            joined[id(left)] = Segment(left.text + right.text, left.x0, right.x1, left.top, left.size, left.font)
            joined[id(right)] = None
    return [joined.get(id(s), s) for s in segments if joined.get(id(s), s) is not None]


def _cut_heading(left: Segment, right: Segment, area: Area, gutter: Gutter, body: float) -> bool:
    """Two column lines fill their columns from the text block's edges; a column's heading stands off the gutter."""
    size = max(left.size, right.size)
    return (min(left.size, right.size) > body + LARGER and abs(left.size - right.size) <= 0.5
            and gutter[0] - size <= left.x1 <= (gutter[0] + gutter[1]) / 2 <= right.x0 <= gutter[1] + size
            and abs((left.x0 + right.x1) / 2 - area.middle) <= size
            and min(left.x0 - area.left, area.right - right.x1) >= size)  # centred with margins: no column's lines


def read_page(page: Page, area: Area, gutter: Gutter | None, span: tuple[float, float] | None = None) -> list[Line]:
    """The page's lines in reading order: bands top to bottom, a column band left then right.

    With a span, only lines whose tops lie inside it are set in columns (see paired_columns)."""
    read = replace(page, segments=headings_across_gutter(page.segments, area, gutter))
    bands = _bands(read, area, gutter, span)
    page.side_by_side = side_by_side(bands, area)
    page = read
    if len(bands) >= 2 and _title_at_foot(bands, area):
        bands = [bands[-1]] + bands[:-1]
    lines: list[Line] = []
    for kind, items in bands:
        lines += _band_lines(kind, items, page, area, gutter)
    return lines


def side_by_side(bands: list[tuple[str, list]], area: Area) -> list[str]:
    """The lines of a page read across the page that stand side by side as two columns' lines: where no gutter could
    be told, or the column bands are a baseline each between lines across the page (two columns' lines read as one
    piece), a baseline holding a line of each half is read left then right, the columns interleaved line by line.

    Each piece at least half its half of the text block (a column line: a signature beside a date, or a label beside
    its value, is short), a gutter's width apart. Their texts, each baseline's pieces joined by 「 | 」: a page with
    pdf_losses.SIDE_BY_SIDE of them or more is warned of, its order undecided."""
    half = (area.right - area.left) / 2
    found = []
    for kind, items in bands:
        if kind == "table" or (kind == "columns" and len({round(s.top) for s in items}) > 1):
            continue  # a column band of one baseline between lines across the page is read across too
        for top in sorted({round(s.top) for s in items}):
            pieces = sorted((s for s in items if round(s.top) == top), key=lambda s: s.x0)
            left = [s for s in pieces if s.x1 <= area.middle and s.x1 - s.x0 >= half / 2]
            right = [s for s in pieces if s.x0 >= area.middle and s.x1 - s.x0 >= half / 2]
            if left and right and right[0].x0 - left[-1].x1 >= MIN_GUTTER:
                found.append(" | ".join(s.text for s in pieces))
    return found


def _spanning(segment: Segment, area: Area, gutter: Gutter | None, alone: bool, body: float) -> bool:
    """Full-width: crosses the gutter, starts inside it, or is a short title line centred on the page alone on its
    baseline.

    A short line that starts on a column's edge is that column's (a paragraph's last word carried
    to the top of the right column, '人'), even where it happens to lie at the page's centre. A heading set well larger
    than the page's text that starts inside the gutter ('政府' over '记事', off the page's centre and wrapped) stands
    between the text above it and the text below: read as the right column's it was put after that column's lines
    above it, cutting a brief of the left column from its end at the top of the right one. (A gutter found where a
    right column's lines are all centred is wider than the real one: their lines, in the text's size or a little
    larger, start inside it.)
    """
    if gutter is None:
        return True
    centre = (gutter[0] + gutter[1]) / 2
    flush = min(abs(segment.x0 - area.left), abs(segment.x0 - gutter[1])) <= FLUSH
    in_gutter = segment.size >= HEADING * body and gutter[0] + FLUSH < segment.x0 < gutter[1] - FLUSH < segment.x1
    return (segment.x0 < centre < segment.x1 or in_gutter
            or (alone and not flush and abs(segment.middle - area.middle) <= CENTRED))


def _bands(page: Page, area: Area, gutter: Gutter | None, span: tuple[float, float] | None = None) -> list[tuple[str, list]]:
    """The page cut into bands top to bottom: 'columns', 'wide' (full-width lines), 'table'."""
    per_baseline = Counter(round(s.top) for s in page.segments)
    body = body_size(page.segments)
    items: list[tuple[float, str, object]] = [(t.top, "table", t) for t in page.tables]
    for s in page.segments:
        outside = span is not None and not span[0] <= s.top <= span[1]
        wide = outside or _spanning(s, area, gutter, alone=per_baseline[round(s.top)] == 1, body=body)
        items.append((s.top, "wide" if wide else "columns", s))
    items.sort(key=lambda item: item[0])
    # a baseline with a full-width segment is full-width as a whole
    wide_tops = {round(top) for top, kind, _ in items if kind == "wide"}
    bands: list[tuple[str, list]] = []
    for top, kind, item in items:
        if kind == "columns" and round(top) in wide_tops:
            kind = "wide"
        if bands and bands[-1][0] == kind and kind != "table":
            bands[-1][1].append(item)
        else:
            bands.append((kind, [item]))
    for (kind, items), (next_kind, block) in zip(bands, bands[1:]):
        if kind == "columns" and next_kind == "wide" and _heads_block_below(items, block[0], area, gutter):
            block.insert(0, items.pop())
    return bands


def _heads_block_below(items: list[Segment], block: Segment, area: Area, gutter: Gutter) -> bool:
    """Whether the lowest line of a band of columns is the first line of the full-width block under it: a line set
    apart from its column (farther from the column's line above it than the columns' line pitch, and nearer the
    block), neither flush with the column's edges nor centred in it (a title's last line closing a column,
    '（2025年版）'), alone on its baseline ('HHCR-2023-01005', a registration code set left over the title block of
    the next document at a page's foot). Read as its column's last line, it went into the middle of the text that runs
    on from that column to the next, and the next document had no code.

    A line at the pitch under the line above is that column's next line, however near the block: a part's heading
    ('一、总体要求') left at a column's foot when the columns were balanced over a title block, its text running on at
    the top of the next column; a signature's date there. Read as the block's first line, it went after the next
    column's lines."""
    last = items[-1]
    centre = (gutter[0] + gutter[1]) / 2
    left, right = (area.left, gutter[0]) if last.x1 <= centre else (gutter[1], area.right)
    above = [s.top for s in items[:-1] if left - FLUSH <= s.x0 and s.x1 <= right + FLUSH]
    if len(items) < 2 or not above or items[-2].top == last.top:
        return False
    gap = last.top - max(above)
    pitch = _line_pitch(items[:-1], centre)
    apart = gap > block.top - last.top and (pitch is None or gap > pitch + PITCH_SLACK * last.size)
    centred = abs(last.middle - (left + right) / 2) <= max(CENTRED, CENTRED_SHARE * last.size)  # a title's line
    return apart and not centred and last.x0 > left + EDGE_SLACK and last.x1 < right - EDGE_SLACK


def _line_pitch(items: list[Segment], centre: float) -> float | None:
    """The usual step from one line of a column to the next (their tops), in a band of columns."""
    steps = []
    for column in ([s for s in items if s.x1 <= centre], [s for s in items if s.x0 >= centre]):
        tops = sorted({s.top for s in column})
        steps += [lower - upper for upper, lower in zip(tops, tops[1:])]
    return statistics.median(steps) if steps else None


def _title_at_foot(bands: list[tuple[str, list]], area: Area) -> bool:
    """A centred full-width block closing a page of column text is that text's title (as in 2020-09).

    Print keeps a title with the text after it, so a title never ends a page otherwise; a
    full-width note at the foot is set flush left, not centred.
    """
    last, items = bands[-1]
    if last != "wide" or any(kind != "columns" for kind, _ in bands[:-1]):
        return False
    return all(abs(s.middle - area.middle) <= CENTRED for s in items)


def _band_lines(kind: str, items: list, page: Page, area: Area, gutter: Gutter | None) -> list[Line]:
    number = page.printed_no
    if kind == "table":
        return [Line(row, area.left, area.right, 0.0, area.left, area.right, number, True, file_page=page.index + 1)
                for row in items[0].rows]
    if kind == "wide":
        return [Line(s.text, s.x0, s.x1, s.size, area.left, area.right, number, font=s.font, file_page=page.index + 1,
                     jitter=page.jitter, top=s.top) for s in items]
    centre = (gutter[0] + gutter[1]) / 2
    left = [s for s in items if s.x1 <= centre]
    right = [s for s in items if s.x0 >= centre]
    column_edges = _column_edges(page.segments, area, gutter, page.jitter)
    lines = []
    for column, (edge_left, edge_right) in zip((left, right), column_edges):
        lines += [Line(s.text, s.x0, s.x1, s.size, edge_left, edge_right, number, font=s.font, file_page=page.index + 1,
                       jitter=page.jitter, top=s.top) for s in column]
    return lines


def _column_edges(segments: list[Segment], area: Area, gutter: Gutter, jitter: float = 0.0) -> tuple[Gutter, Gutter]:
    """Each column's left and right edge: the gutter's sides, moved onto where the page's lines meet them.

    The gutter is found on whole points, so the right column's flush lines start up to a point or
    two right of it: read from the gutter's side, every full line of that column seemed to start
    inside its column, set with margins as a title is, and so never ended its paragraph by where it
    ends (a row of an appointment list that filled the column ran on into the next row).

    A scan's lines stray by its page's `jitter` either side of where print set them, and its gutter and text block
    are where its farthest lines reach: each of a scan's four edges is where its lines meet it most (the median of
    those within that stray), the text block's outer ones too. Taken from the farthest, a left column's full lines
    ending a point and a half short of an edge a stray line set seemed to end their paragraphs, and a right
    column's flush lines starting five points inside seemed indented (held-out scans, -a typesetting: an addressee
    line cut at every line, its addressees lost).
    """
    slack = EDGE_SLACK + 2 * jitter
    ends = [s.x1 for s in segments if gutter[0] - slack <= s.x1 <= gutter[0] + jitter]
    starts = [s.x0 for s in segments if gutter[1] - jitter <= s.x0 <= gutter[1] + slack]
    left_end = statistics.median(ends) if ends else gutter[0]
    right_start = statistics.median(starts) if starts else gutter[1]
    left, right = area.left, area.right
    if jitter:
        lefts = [s.x0 for s in segments if area.left - jitter <= s.x0 <= area.left + slack]
        rights = [s.x1 for s in segments if area.right - slack <= s.x1 <= area.right + jitter]
        left = statistics.median(lefts) if lefts else left
        right = statistics.median(rights) if rights else right
    return (left, left_end), (right_start, right)

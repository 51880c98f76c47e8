"""The gutter between a page's two columns: the vertical strip its line pieces leave empty (find_gutter), the file's usual one
a page takes when its own is hidden (page_gutter), a gutter shown only where lines stand side by side above or below text set
across the page (paired_columns), and a page whose text fills its left column alone (left_column_alone). columns.py reads a
page's bands and reading order from it.
"""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

from issues.pdf.pages import CENTRED, Gutter, Segment, body_size

if TYPE_CHECKING:
    from issues.pdf.columns import Area

MIN_GUTTER = 6.0  # points: narrowest vertical strip that separates two columns
CROSSING = 0.2  # a page with more of its lines across the usual gutter than this is one column
LARGER = 1.0  # points: a line set this much larger than the page's text is a heading or a title
FLUSH = 1.5  # points: a line starting this close to a column's edge is set flush with it
EDGE_SLACK = 2.0  # points: how far inside the gutter found on whole points a column's own edge may lie


def find_gutter(segments: list[Segment], area: Area) -> Gutter | None:
    """The empty vertical strip between two columns, from where the segments leave no ink."""
    # centred lines are title lines, and headings set larger than the text span the page by design
    # (centred with a drawn mark before them, they stand off the page's centre): neither tells
    # anything about the gutter
    body = body_size(segments)
    plain = [s for s in segments if s.size <= body + LARGER]
    segments = [s for s in plain if abs(s.middle - area.middle) > CENTRED]
    if len(segments) < 6:
        return None
    lo, hi = int(area.left + 0.2 * (area.right - area.left)), int(area.left + 0.8 * (area.right - area.left))
    coverage = [0] * (hi - lo + 1)
    for s in segments:
        for x in range(max(int(s.x0), lo), min(int(s.x1), hi) + 1):
            coverage[x - lo] += 1
    # a stray full-width line or two may cross it; where a right column of two or three lines is all the page has
    # beside a full left one (a brief's last lines), those lines are as few as such strays, so the strip they leave
    # no ink in at all is tried next
    for limit in (max(1, max(coverage) // 10), 0):
        for gutter in _inside_lines_cut(_strips(coverage, lo, limit), segments, area.middle):
            # a short line off the gutter may lie near the page's centre ('务的请求。' opening the right column)
            left = sum(1 for s in plain if s.x1 <= gutter[0] + 1)
            right = sum(1 for s in plain if s.x0 >= gutter[1] - 1)
            # a column of two lines beside a full one (an appointment list balanced over both columns
            # above the next heading) still shows the gutter
            if min(left, right) >= 2 and left + right >= 6:
                return gutter
    return None


def _strips(coverage: list[int], lo: int, limit: int) -> list[Gutter]:
    """Vertical strips at least MIN_GUTTER wide that at most `limit` lines cross, widest first: a right column of
    two lines, one of them short, leaves a wider strip inside itself than the gutter."""
    strips, start = [], None
    for i, count in enumerate(coverage + [limit + 1]):
        if count <= limit and start is None:
            start = i
        elif count > limit and start is not None:
            if i - start >= MIN_GUTTER:
                strips.append((lo + start, lo + i))
            start = None
    return sorted(strips, key=lambda strip: strip[1] - strip[0], reverse=True)


def _inside_lines_cut(strips: list[Gutter], segments: list[Segment], middle: float) -> list[Gutter]:
    """The strips cut back to the lines that start or end inside them, widest first: a stray line crossing the gutter
    runs in from a column's edge, but a line starting a gutter's width inside a strip is a column's line.

    A right column of a call for comments set beside its text, a contact paragraph over a signature set right
    ('联系人：沈晓东，联系电话：' over '湖州市交通运输局'), left only its two contact lines across the strip from the left
    column's end to the signature's start: as few as strays, they let that strip pass for the gutter, the contact
    lines crossed its centre, and read across the page they were interleaved with the left column's lines. A strip that
    a line starting right of the text block's middle runs across lies inside the right column: a stray runs in from the
    left edge, and that column's lines, cut short of its edge, had let the strip between them and a signature pass."""
    cut = []
    for left, right in strips:
        if any(s.x0 > middle and s.x0 < left and s.x1 > right for s in segments):
            continue
        right = min([right, *(s.x0 for s in segments if left + MIN_GUTTER <= s.x0 < right)])
        left = max([left, *(s.x1 for s in segments if left < s.x1 <= right - MIN_GUTTER)])
        if right - left >= MIN_GUTTER:
            cut.append((left, right))
    return sorted(cut, key=lambda strip: strip[1] - strip[0], reverse=True)


def usual_gutter(gutters: list[Gutter]) -> Gutter | None:
    """The file's gutter: pages with a line or two per column are too short to show their own."""
    if not gutters:
        return None
    return statistics.median(g[0] for g in gutters), statistics.median(g[1] for g in gutters)


def page_gutter(own: Gutter | None, usual: Gutter | None, segments: list[Segment]) -> Gutter | None:
    """The usual gutter where the page agrees with it: a sparse page's own empty strip is too wide.

    A page too sparse to show a gutter of its own (a line or two per column) takes the usual one
    when its text lies on both sides of it, or fills one column up to it (the issue's last page,
    a brief in the left column and the right one left empty).
    """
    if usual is None:
        return own
    centre = (usual[0] + usual[1]) / 2
    if own is not None:
        return usual if own[0] <= centre <= own[1] else own
    both_sides = any(s.x1 <= centre for s in segments) and any(s.x0 >= centre for s in segments)
    one_column_full = any(abs(s.x1 - usual[0]) <= EDGE_SLACK or abs(s.x0 - usual[1]) <= EDGE_SLACK for s in segments)
    # a page set in one column among two-column pages: its lines run across the usual gutter
    crossing = sum(1 for s in segments if s.x0 < centre < s.x1)
    return usual if (both_sides or one_column_full) and crossing <= max(2, CROSSING * len(segments)) else None


def left_column_alone(segments: list[Segment], area: Area, page_width: float = 0.0) -> Gutter | None:
    """The gutter of a page whose text fills its left column alone, the right one left empty, in a file with no gutter
    elsewhere to take (an issue of one document on a page after its contents): the text's lines all end left of the
    text block's middle, several of them on one edge. Read across the page instead, every line of the column ended
    short of the page's edge, so each was a paragraph (an addressee line wrapped in two, its first part unread).
    A title block across the page may stand above it: its lines cross the middle set centred, where a page of one
    column has lines that start on the text block's edge and cross it. A file of two pages may show no full line of its
    text block (a contents page's lines end at their page numbers, short of the right edge): the middle is then the page's,
    the text block set on it (its left column's lines end left of the page's middle, right of the short block's)."""
    middle = max(area.middle, page_width / 2)
    left = [s for s in segments if s.x1 <= middle]
    one_column = any(s.x0 <= area.left + FLUSH < middle < s.x1 for s in segments)  # a full line across the middle
    if len(left) < 6 or one_column or any(s.x0 >= middle for s in segments):
        return None
    body = body_size(left)
    text = [s for s in left if abs(s.size - body) <= LARGER]
    edge = max(s.x1 for s in text)
    if sum(1 for s in text if edge - s.x1 <= FLUSH) < 3:
        return None
    return edge, edge + MIN_GUTTER


def paired_columns(segments: list[Segment], area: Area) -> tuple[Gutter, tuple[float, float]] | None:
    """Two columns above or below text set in one column (a column of briefs ending over a document set across the
    page): the lines of one-column text cover the gutter, so no empty strip shows on the page as a whole. Lines set
    side by side (tops within a line of each other, an empty strip between them) show where the right column
    starts; the columns run from there up and down until a line crosses the strip. Gives the gutter and the tops
    the columns run between."""
    width = area.right - area.left
    starts = [b.x0 for a in segments for b in segments
              if abs(a.top - b.top) <= 0.6 * max(a.size, b.size) and b.x0 - a.x1 >= MIN_GUTTER
              and area.left + 0.3 * width <= b.x0 <= area.left + 0.7 * width]
    if len(starts) < 2:
        return None
    right_start = min(starts)
    tops = sorted({round(s.top, 1) for s in segments})
    crossing = {round(s.top, 1) for s in segments if s.x0 < right_start - FLUSH < right_start + FLUSH < s.x1}
    paired = [round(b.top, 1) for b in segments if b.x0 in starts]
    runs, run = [], []
    for top in tops:  # runs of baselines no line crosses
        if top in crossing:
            runs, run = runs + [run], []
        else:
            run.append(top)
    runs.append(run)
    run = max(runs, key=lambda r: sum(top in r for top in paired))
    column = [s for s in segments if run and run[0] <= round(s.top, 1) <= run[-1]]
    left_end = max((s.x1 for s in column if s.x1 < right_start), default=0.0)
    if right_start - left_end < MIN_GUTTER:
        return None
    left = sum(1 for s in column if s.x1 <= left_end)
    right = sum(1 for s in column if s.x0 >= right_start)
    if min(left, right) < 2:
        return None
    return (left_end, right_start), (run[0] - 0.05, run[-1] + 0.05)

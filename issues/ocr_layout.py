"""OCR's line boxes as the positioned Segments issues.pdf lays out: one page's lines in points, upright.

A box's corners, turned by the page's tilt, become a Segment whose ends are where its ink ends
(as a PDF's glyphs give them) and whose type size its height or width shows; boxes of one printed
line share a top; a TOC page reference read apart goes back to its title; boxes in a ruled table
become that table's rows. Then the pages go through issues.pdf's furniture, column and
reading-order step (pdf.compose), as a printed PDF's do.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from typing import TYPE_CHECKING

from issues import ocr_tables, pdf
from issues.ocr_boxes import BOX_PER_SIZE, SPECK, Box, joined_corners, padding, turned
from issues.ocr_sizes import SAME_SIZE, ems, same_sizes, type_size
from issues.ocr_spaces import CJK_SPACE, OPENING, SPACE, ideograph_pitch, spaceable
from issues.ocr_text import FULL_WIDTH, SPECK_MARKS, clean_text, doc_numbers_without_specks, page_number, paired_brackets
from issues.parser import regexes
from issues.parser.lines import Line

if TYPE_CHECKING:
    from issues.ocr import ScanPage

JITTER = 2.5  # points: how far a box's edge strays from where its characters' ink starts
SAME_LINE = 0.4  # in type sizes: boxes whose middles are this close are one printed line
NARROW_GUTTER = 0.6  # a page's gutter narrower than this share of the usual one was narrowed by dust
MIN_SIDE_PAGES = 4  # pages of a side showing a gutter that tell its usual strip
JITTER_PX = 8  # pixels: how far a page's gutter may sit from the usual one and be the same strip
INTO_GUTTER = 2.0  # in type sizes: a line reaching further into the gutter, across its middle, is a title over it
# marks print sets in the left half of their em that end no paragraph (OPENING: in the right half of theirs); a stop, a
# colon or a semicolon may end one on a full line, its em ending a fifth of an em short of the edge (the column's width
# is no whole number of ems), which a scan's line ends, straying as far, cannot tell: its ink's end decides, as before
LEFT_SET_MARKS = "，、）》”’」』〕】"
COLUMN_STARTS = 2  # column lines starting at one edge that make it a column's edge
LINE_ABOVE = 3.0  # in type sizes: a TOC page reference alone on its line ends the entry this near above it
ONE_LINE_GAP = 3.0  # in type sizes: two boxes of a column line this close are one printed line (a doc number
# and its title two ems apart); a table row has more pieces, a line of the other column lies past the gutter


def segments(page: ScanPage, usual_gutter: tuple[float, float] | None = None,
             side_gutter: tuple[float, float] | None = None) -> tuple[list[pdf.Segment], list[pdf.TableRows]]:
    """The page's lines as pdf Segments in points, the tilt taken out (rotated about the page centre),
    and the lines inside its ruled tables as their rows.

    `usual_gutter` is the strip between the columns on most pages, in pixels: for a page whose own ink
    shows no gutter (a wide table, a picture across it) a line's two pieces are never joined across
    its middle. `side_gutter` is the usual strip of the pages of its side: a page whose gutter came out
    narrow is read with it (page_gutter); a box's side is still told at its own gutter's middle, where
    cut_at_gutter cut the boxes (2020-09's scan, page 7: a title block cut at 852, the usual strip's middle 836)."""
    strip = page_gutter(page.gutter, side_gutter)
    scale = 72.0 / page.dpi
    centre, angle = (page.width / scale / 2, page.height / scale / 2), -page.tilt
    out, in_tables, free = [], {id(grid): [] for grid in page.grids}, []
    for box in page.boxes:
        xs, ys = zip(*turned(box.corners, angle, centre))
        grid = next((g for g in page.grids if g.contains((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)), None)
        if grid is None:
            free.append(box)
        else:
            in_tables[id(grid)].append((clean_text(box.text), min(xs), max(xs), min(ys), max(ys)))
    middle = None if usual_gutter is None else sum(usual_gutter) / 2
    middle = middle if page.gutter is None else sum(page.gutter) / 2  # where cut_at_gutter cut its boxes
    across = None if strip is None else strip[1] - strip[0]
    for box in one_line_boxes(free, angle, centre, middle, across):
        xs, ys = zip(*turned(box.corners, angle, centre))
        text = clean_text(box.text)
        # the line's ends where its ink ends, as a PDF's glyphs give them, and out of the gutter
        pad = padding(max(ys) - min(ys))
        ends = without_dropped_ends(box.text, text, min(xs) + pad, max(xs) - pad, _kept_span(box, xs))
        ends = em_ends(box, text, *ends, sum(xs) / 4 - sum(x for x, _ in box.corners) / 4)
        top, height = min(ys) * scale, (max(ys) - min(ys)) * scale
        # the gutter is the body's (ocr_boxes.gutter): a running header over it is no column line, and clipped to one
        # it seemed a line of two-point type, read into the text (held-out scan 2017-02, page 2: 「2017年第2期」)
        body = pdf.HEADER_ZONE * page.height <= top <= (1 - pdf.FOOTER_ZONE) * page.height
        x0, x1 = within_column(*ends, strip if body else None, (max(ys) - min(ys)) / BOX_PER_SIZE)
        if not body:
            text = page_number(text)
        glyph = box.glyph * scale if box.glyph is not None else None
        out.append(pdf.Segment(text, x0 * scale, x1 * scale, top, type_size(text, (x1 - x0) * scale, height), glyph=glyph))
    tables = [pdf.TableRows(grid.ys[0] * scale, ocr_tables.rows_of(grid, in_tables[id(grid)])) for grid in page.grids]
    return toc_page_pieces(same_lines(out)), tables


def page_gutter(own: tuple[int, int] | None, usual: tuple[float, float] | None) -> tuple[float, float] | None:
    """The strip between a page's columns: its own, or the usual one where its own is under NARROW_GUTTER of
    the usual width and inside the usual strip: dust and hanging stops in the gutter narrowed it (2019-04's
    scan, page 31: 23 pixels of the usual 54, its left lines' boxes reaching past the usual edge to specks),
    and lines clipped to so narrow a strip overlap the other column's."""
    if own is None or usual is None:
        return own
    narrow = own[1] - own[0] < NARROW_GUTTER * (usual[1] - usual[0])
    return usual if narrow and usual[0] - JITTER_PX <= own[0] and own[1] <= usual[1] + JITTER_PX else own


def without_dropped_ends(read: str, text: str, x0: float, x1: float,
                         kept: tuple[float, float] | None = None) -> tuple[float, float]:
    """A line's ends moved past the specks clean_text dropped there (「·86.85」 starts where 86.85 does), never past
    `kept`, where the characters it kept start and end as the recogniser placed them (ocr_spaces.trimmed may have moved
    the box's end to them already: moved again, a title's full first line ended half an em short of its column's edge,
    read as a paragraph's end, and its second line was parted from it)."""
    marks = SPECK_MARKS + "•"
    lead, tail = len(read) - len(read.lstrip(marks)), len(read) - len(read.rstrip(marks + " "))
    width = (x1 - x0) / max(ems(read), 0.5)
    if lead and not text.startswith(read[:lead]):
        x0 = min(x0 + width * ems(read[:lead]), max(x0, kept[0])) if kept else x0 + width * ems(read[:lead])
    if tail and not text.endswith(read[-tail:]):
        x1 = max(x1 - width * ems(read[-tail:]), min(x1, kept[1])) if kept else x1 - width * ems(read[-tail:])
    return x0, x1


def _kept_span(box: Box, xs: tuple[float, ...]) -> tuple[float, float] | None:
    """Where the box's characters other than specks start and end as the recogniser placed them, in the upright page's
    pixels (`xs`: the box's corners turned upright), None without its characters."""
    kept = [(x0, x1) for ch, x0, x1 in box.chars if ch not in SPECK_MARKS + "•" and not ch.isspace()]
    if not kept:
        return None
    shift = sum(xs) / 4 - sum(x for x, _ in box.corners) / 4
    return kept[0][0] + shift, kept[-1][1] + shift


def em_ends(box: Box, text: str, x0: float, x1: float, shift: float = 0.0) -> tuple[float, float]:
    """A line's ends where the ems of its end marks end, as a printed PDF's glyphs give them, not where their ink does.

    Print sets a comma or a closing bracket in the left half of its em and an opening bracket in the right half: a
    justified column line ending in 「，」 has its ink end half an em and more short of the column's edge (held-out scans:
    0.5 to 1.1 ems), read as a paragraph's end, and one starting with 「“」 seemed indented. The mark's em is
    found from the characters before it as the recogniser placed them (`shift`: from the box's page to the upright
    one): the last ideograph's middle and the line's ideograph pitch; never moved in, nor without a pitch to tell."""
    chars = [(FULL_WIDTH.get(ch, ch), a, b) for ch, a, b in box.chars if not ch.isspace()]
    pitch = ideograph_pitch(chars)
    if not pitch:
        return x0, x1
    closing = _marks(chars[::-1], LEFT_SET_MARKS) if text.rstrip()[-1:] in LEFT_SET_MARKS else 0
    opening = _marks(chars, OPENING) if text.lstrip()[:1] in OPENING else 0
    if 0 < closing < len(chars) and _ideograph(chars[-closing - 1][0]):
        x1 = max(x1, _centre(chars[-closing - 1]) + shift + (closing + 0.5) * pitch)
    if 0 < opening < len(chars) and _ideograph(chars[opening][0]):
        x0 = min(x0, _centre(chars[opening]) + shift - (opening + 0.5) * pitch)
    return x0, x1


def _marks(chars: list[tuple[str, float, float]], marks: str) -> int:
    """How many of these characters, from the first, are such marks."""
    return next((n for n, (ch, _, _) in enumerate(chars) if ch not in marks), len(chars))


def _centre(char: tuple[str, float, float]) -> float:
    return (char[1] + char[2]) / 2


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def within_column(x0: float, x1: float, strip: tuple[int, int] | None, size: float = 0.0) -> tuple[float, float]:
    """A column line's ends kept out of the gutter: a hanging 「，」 or a speck after the last
    character reaches into it, and a line crossing the gutter's middle would be read as a title.

    A line reaching INTO_GUTTER type sizes (`size`, pixels) and more into the gutter across its middle is no column
    line: characters, not a hanging mark, stand there. It is a title centred on the page over a wide gutter (a
    contents page's short columns: a title's second line, its start six characters inside the gutter, was clipped to
    the right column and lost), and stays whole."""
    if strip is None or (x0 < strip[0] and x1 > strip[1]):
        return x0, x1
    middle = (strip[0] + strip[1]) / 2
    if size and x0 < middle < x1 and min(x1, strip[1]) - max(x0, strip[0]) > INTO_GUTTER * size:
        return x0, x1
    if x0 < strip[0] < x1:
        return x0, float(strip[0])
    if x0 < strip[1] < x1:
        return float(strip[1]), x1
    return x0, x1


def same_lines(segments: list[pdf.Segment]) -> list[pdf.Segment]:
    """One top for the boxes of one printed line: OCR's boxes on a line differ by a point or two,
    and issues.pdf tells a line's pieces (their order, a centred title alone on its line) by their top."""
    line: list[pdf.Segment] = []
    for segment in sorted(segments, key=_middle) + [None]:
        if segment is not None and line and _middle(segment) - _middle(line[0]) <= SAME_LINE * min(segment.size, line[0].size):
            line.append(segment)
            continue
        top = min((s.top for s in line), default=0.0)
        for piece in line:
            piece.top = top
        line = [segment]
    return segments


def _middle(segment: pdf.Segment) -> float:
    return segment.top + BOX_PER_SIZE * segment.size / 2


def toc_page_pieces(segments: list[pdf.Segment]) -> list[pdf.Segment]:
    """A TOC entry's page reference that OCR read as a box of its own, last on its line ("(02)",
    "…………": the dotted leaders are too faint to be found), goes back to the end of its title, as
    printed: "…（温政发〔2019〕5号）……（02）"."""
    ordered = sorted(segments, key=lambda s: (s.top, s.x0))
    kept: list[pdf.Segment] = []
    for n, segment in enumerate(ordered):
        piece = regexes.TOC_PAGE_PIECE.match(segment.text)
        before = kept[-1] if kept else None
        last = n + 1 == len(ordered) or ordered[n + 1].top != segment.top
        leaders_only = piece is not None and not piece["page"]
        if (piece and segment.text and (last or leaders_only) and before is not None and before.top == segment.top
                and before.x0 < segment.x0):
            before.text = regexes.OCR_MARK_BEFORE_LEADERS.sub("", before.text.rstrip("….· ") + "……") + (
                f"（{piece['page']}）" if piece["page"] else "")
            before.x1 = max(before.x1, segment.x1)
            continue
        if piece and piece["page"] and last and _ends_line_above(segment, before):
            before.text = regexes.OCR_LEADERS_AS_DASHES.sub("", before.text)
            segment.text = f"……（{piece['page']}）"
        kept.append(segment)
    return kept


def _ends_line_above(piece: pdf.Segment, before: pdf.Segment | None) -> bool:
    """Whether a page reference alone on its line ends the entry on the line above: a TOC title that filled its line,
    its leaders and page wrapped to the next, the leaders too faint to be found ("…管理办法》的通知" then "(02)"), or read
    as dashes at the first line's end ("…的通知（济政发〔2021〕9号） ——" then "(03)"). It stands just under that line, at its
    start (wrapped) or its end; put back as print sets it ("……（02）"), the entry ends there, as the TOC reads it."""
    if before is None or not before.top < piece.top <= before.top + LINE_ABOVE * before.size:
        return False
    reach = LINE_ABOVE * piece.size
    return piece.x0 <= before.x0 + reach or piece.x1 >= before.x1 - reach


def one_line_boxes(boxes: list[Box], angle: float, centre: tuple[float, float], middle: float | None,
                   across: float | None = None) -> list[Box]:
    """The two boxes of one column line joined where they stand less than ONE_LINE_GAP apart.

    The detector may find a line as two boxes where print leaves a blank in it (「温政发〔2020〕23号」,
    two ems, 「温州市人民政府关…」): as two pieces, the layout would give two lines, where a printed PDF's
    text layer holds the blank's spaces and gives one. Boxes either side of the gutter's `middle` (in
    pixels of the upright page, a box reaching JITTER_PX past it still of its side: it was cut at its page's own
    gutter; None on a one-column page), of different type sizes, or three or more
    on a column's line (a table's row) stay apart, and so do two column lines either side of the middle of a page
    without a gutter (_two_columns). The blank is measured between the characters as
    the recogniser placed them (a box's corners reach past its ink where a speck stands beside it).

    A line of just two boxes set larger than the page's usual line, one either side of the gutter with
    a blank narrower than `across` pixels (the gutter's width) between them, is a heading set across
    the gutter (a chronicle's 「4月份市政府记事」 centred over both columns, cut there by the detector):
    two column lines stand a whole gutter apart, and a column's heading stands by its column's edge.
    """
    usual = statistics.median(box.height for box in boxes) if boxes else 0.0
    widest = {0: 0.0, 1: 0.0}  # the column's width: its widest line's
    placed, extent = [], (float("inf"), float("-inf"))  # the page's lines from left to right, in pixels
    for box in boxes:
        xs, ys = zip(*turned(box.corners, angle, centre))
        side = 0 if middle is None or max(xs) <= middle + JITTER_PX else 1 if min(xs) >= middle - JITTER_PX else -1
        placed.append(((min(ys) + max(ys)) / 2, min(xs), side, box))
        extent = (min(extent[0], min(xs)), max(extent[1], max(xs)))
        if side >= 0:
            widest[side] = max(widest[side], max(xs) - min(xs))
    placed.sort(key=lambda p: p[0])
    starts = [(x0, max(x for x, _ in turned(box.corners, angle, centre)) - x0) for _, x0, _, box in placed]
    joined: dict[int, Box] = {}
    line: list[tuple] = []
    for item in placed + [None]:
        if item is not None and line and item[0] - _first_of_side(line, item[2])[0] <= SAME_LINE * item[3].height / BOX_PER_SIZE:
            line.append(item)
            continue
        for side in {p[2] for p in line if p[2] >= 0}:
            pieces = sorted((p for p in line if p[2] == side), key=lambda p: p[1])
            if len(pieces) == 3 and _dust_in_blank(*(p[3] for p in pieces)) and _one_line(pieces[0][3], pieces[2][3]):
                joined[id(pieces[1][3])] = None
                pieces = [pieces[0], pieces[2]]
            if (len(pieces) == 2 and not (middle is None and _two_columns(pieces[0][3], pieces[1][3], extent, angle, centre,
                                                                           starts))
                    and (box := _one_line(pieces[0][3], pieces[1][3])) is not None):
                joined[id(pieces[0][3])], joined[id(pieces[1][3])] = box, None
        pieces = sorted(line, key=lambda p: p[1])
        if (across is not None and [p[2] for p in pieces] == [0, 1] and _across_gutter(pieces, middle, usual, widest)
                and (box := _one_line(pieces[0][3], pieces[1][3], across))):
            joined[id(pieces[0][3])], joined[id(pieces[1][3])] = box, None
        line = [item]
    out = []
    for box in boxes:
        box = joined.get(id(box), box)
        if box is not None:
            out.append(box)
    return out


def _first_of_side(line: list[tuple], side: int) -> tuple:
    """The first piece of a line on this side of the gutter, which the side's next piece is measured from (else the line's
    first): two columns' baselines differ, and a piece measured from the other column's line fell into it while its
    neighbour on its own line did not (held-out scan 2015-09, page 2: a chronicle entry's day and its text read as two
    lines, the entry lost)."""
    return next((p for p in line if p[2] == side), line[0])


def _two_columns(left: Box, right: Box, extent: tuple[float, float], angle: float, centre: tuple[float, float],
                 starts: list[tuple[float, float]] = ()) -> bool:
    """Whether two boxes on a page without a gutter told are two columns' lines, never one line: the blank between them
    in the middle of the page's lines (`extent`, in pixels), each a column line (at least half of its half). Kept
    apart, the reading order finds the gutter they show, or warns that it cannot (2023-02's held-out scan, page 2:
    a document's column lines joined two by two across a gutter no ink showed, read as one text)."""
    (l0, l1), (r0, r1) = ((min(xs), max(xs)) for xs in ([x for x, _ in turned(b.corners, angle, centre)] for b in (left, right)))
    width = extent[1] - extent[0]
    split = (l1 + r0) / 2
    return (extent[0] + 0.3 * width <= split <= extent[0] + 0.7 * width
            and min(l1 - l0, r1 - r0 if not _column_start(r0, starts, width) else width) >= width / 4)


def _column_start(x0: float, starts: list[tuple[float, float]], width: float) -> bool:
    """Whether a box starts where COLUMN_STARTS column lines (each at least a quarter of the page's lines wide) start: a
    column's short last line ('员。' ending a paragraph), which a column line beside it on the other side of a gutter no
    ink showed must not take in (an appointment's post lost its last character to the other column's line)."""
    return sum(abs(start - x0) <= JITTER_PX and length >= width / 4 for start, length in starts) >= COLUMN_STARTS


def _dust_in_blank(left: Box, middle: Box, right: Box) -> bool:
    """Whether the middle of a column line's three boxes is dust read as letters in the blank between the other two:
    lower than SPECK of them and filling the blank, its box touching both (2020-09's scan, page 31: 「个 a」, 32 pixels
    high, between 「温政办（2020〕74号」 and 「温州市人民政府办」, 44; as a table row of three pieces, the issued list's
    next line was read as its cell). A table's cells, or a page reference, stand apart from their neighbours."""
    xs = [[x for x, _ in box.corners] for box in (left, middle, right)]
    return (middle.height < SPECK * min(left.height, right.height)
            and min(xs[1]) < max(xs[0]) and max(xs[1]) > min(xs[2]))


def _across_gutter(pieces: list[tuple], middle: float, usual: float, widest: dict[int, float]) -> bool:
    """Whether a line's two pieces either side of the gutter are a heading set across it: larger than the
    page's usual line, centred on the gutter, each short of its column by two of its type sizes (two column
    lines fill theirs; 「9月份市政」 / 「府人事任免」 fill just over half theirs)."""
    (_, x0, _, left), (_, _, _, right) = pieces
    x1 = max(x for x, _ in right.corners)
    return (all(p[3].height > (1 + SAME_SIZE) * usual for p in pieces) and abs((x0 + x1) / 2 - middle) < left.height
            and all(max(x for x, _ in p[3].corners) - p[1] < widest[p[2]] - 2 * p[3].height for p in pieces))


def _one_line(left: Box, right: Box, widest: float | None = None) -> Box | None:
    """Two boxes as one line's box, a space between where the blank is one; None when they stand apart
    (ONE_LINE_GAP type sizes, or `widest` pixels when given: a gutter's width)."""
    size = min(left.height, right.height) / BOX_PER_SIZE
    if abs(left.height - right.height) > SAME_SIZE * max(left.height, right.height):
        return None
    end = left.chars[-1][2] if left.chars else max(x for x, _ in left.corners) - padding(left.height)
    start = right.chars[0][1] if right.chars else min(x for x, _ in right.corners) + padding(right.height)
    gap = start - end
    # far apart, or one read inside the other; a heading cut where the whole gutter is blank leaves the gutter's width
    # (and the pixel cut_at_gutter rounded its padding to)
    if not (-size < gap < ONE_LINE_GAP * size if widest is None else -size < gap <= widest + 1):
        return None
    # across the gutter the blank is the gutter's, no space of the line's
    space = widest is None and gap >= CJK_SPACE * SPACE * size and spaceable(left.text[-1], right.text[0])
    glyphs = [box.glyph for box in (left, right) if box.glyph is not None]
    return Box(left.text + (" " if space else "") + right.text, min(left.score, right.score),
               joined_corners(left.corners, right.corners), left.chars + right.chars, max(glyphs, default=None))


def usual_gutter(scans: list[ScanPage]) -> tuple[float, float] | None:
    """The strip between the columns on most of these pages (of one side: odd and even pages have their own
    text block, for mirrored margins), in pixels."""
    strips = [s.gutter for s in scans if s.gutter is not None]
    return (statistics.median(a for a, _ in strips), statistics.median(b for _, b in strips)) if strips else None


def side_gutter(scans: list[ScanPage]) -> tuple[float, float] | None:
    """The usual strip of pages of one side, where enough of them show one (MIN_SIDE_PAGES) to tell it."""
    return usual_gutter(scans) if sum(s.gutter is not None for s in scans) >= MIN_SIDE_PAGES else None


def layout(scans: list[ScanPage]) -> list[Line]:
    """The pages' lines through issues.pdf's furniture, column and reading-order step, as the parser's
    lines (each with its printed page and its page in the scan, running headers set aside for the
    parser's identity, as issues.pdf.extract_lines gives a printed PDF's), the dust inside a doc number read
    in two boxes taken out once they are one line, and so a bracket pair read half-width on one side of two boxes
    (an adoption line's 「(…会议通过）」) made full-width; notes their printed numbers and the lines of a page whose columns
    could not be told apart (a loss warning, issues.ocr.warnings_of)."""
    usual, sides = usual_gutter(scans), {side: side_gutter([s for s in scans if s.index % 2 == side]) for side in (0, 1)}
    pages = [pdf.Page(s.index, s.width, s.height, *segments(s, usual, sides[s.index % 2]), jitter=JITTER) for s in scans]
    same_sizes(pages)
    lines = [replace(line, text=paired_brackets(doc_numbers_without_specks(line.text))) for line in pdf.lines_of(pages)]
    for scan, page in zip(scans, pages):
        scan.printed_no, scan.side_by_side = page.printed_no, page.side_by_side
    return lines

"""issues/ocr_tables.py: ruled tables found in page images, and text pieces put into their cells.

Page images are drawn here (rules, dashes, specks, a tilt): no OCR runs, so these tests are fast.
"""

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw

from issues import ocr_tables

DPI = 200
PX = DPI / 72  # pixels per point


def page(draw_on, tilt_degrees: float = 0.0) -> np.ndarray:
    """The top of a grey A4 page at 200 dpi with what draw_on(ImageDraw) draws, turned a little as a scan sits."""
    image = Image.new("L", (1654, 800), 235)
    draw_on(ImageDraw.Draw(image))
    if tilt_degrees:
        image = image.rotate(tilt_degrees, resample=Image.BILINEAR, fillcolor=235)
    return np.asarray(image)


def ruled(xs, ys, missing=(), dashes=(), specks=()):
    """Rules at xs × ys (pixels); `missing` (row, column, side) leaves a cell's right or bottom rule out."""
    def draw_on(draw):
        for r in range(len(ys) - 1):
            for c in range(len(xs) - 1):
                if (r, c, "right") not in missing:
                    draw.line((xs[c + 1], ys[r], xs[c + 1], ys[r + 1]), fill=60, width=3)
                if (r, c, "bottom") not in missing:
                    draw.line((xs[c], ys[r + 1], xs[c + 1], ys[r + 1]), fill=60, width=3)
        draw.line((xs[0], ys[0], xs[-1], ys[0]), fill=60, width=3)
        draw.line((xs[0], ys[0], xs[0], ys[-1]), fill=60, width=3)
        for r, c in dashes:  # "——" in a cell
            middle = (ys[r] + ys[r + 1]) / 2
            draw.line((xs[c] + 20, middle, xs[c] + 60, middle), fill=40, width=2)
        for x, y in specks:
            draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=80)
        draw.rectangle((200, 150, 900, 180), fill=40)  # a line of "text" above, no rule
        draw.line((150, 120, 1500, 120), fill=60, width=2)  # the rule under a running header
    return draw_on


XS, YS = [200, 600, 800, 1100], [400, 460, 520, 580]


@pytest.mark.parametrize(
    "tilt, shape",
    [(0.0, (4, 4)), (0.5, (4, 4)), (-0.6, (4, 4))],
    ids=["upright", "askew-clockwise", "askew-anticlockwise"],
)
def test_a_ruled_table_is_found_as_a_grid_and_a_header_rule_is_not(tilt, shape):
    image = page(ruled(XS, YS), tilt)
    grids = ocr_tables.find_grids(ocr_tables.upright(image, math.radians(-tilt)), DPI)
    assert len(grids) == 1
    grid = grids[0]
    assert (len(grid.xs), len(grid.ys)) == shape
    assert all(abs(a - b) <= 4 for a, b in zip(grid.xs, XS)) and all(abs(a - b) <= 4 for a, b in zip(grid.ys, YS))


def test_a_page_of_text_without_rules_has_no_table():
    def text_lines(draw):
        for n in range(10):
            for k in range(20):  # characters: strokes shorter than a rule, a gap between them
                draw.rectangle((200 + 60 * k, 300 + 45 * n, 228 + 60 * k, 329 + 45 * n), outline=40, width=3)
    assert ocr_tables.find_grids(page(text_lines), DPI) == []


@pytest.mark.parametrize(
    "missing, rows",
    [
        ((), ["a\tb\tc", "d\te\tf", "g\th\ti"]),
        ({(0, 0, "right")}, ["ab\t\tc", "d\te\tf", "g\th\ti"]),  # a merged header cell, as pdfplumber gives it
        ({(1, 2, "bottom")}, ["a\tb\tc", "d\te\tfi", "g\th"]),  # a cell two rows high
    ],
    ids=["full-grid", "merged-across", "merged-down"],
)
def test_pieces_of_text_are_read_into_their_cells(missing, rows):
    grid = ocr_tables.find_grids(page(ruled(XS, YS, missing)), DPI)[0]
    letters = iter("abcdefghi")
    pieces = [(next(letters), x0 + 20, x0 + 60, y0 + 15, y0 + 45) for y0 in YS[:-1] for x0 in XS[:-1]]
    assert ocr_tables.rows_of(grid, pieces) == rows


def test_a_piece_read_across_a_rule_is_cut_there():
    grid = ocr_tables.find_grids(page(ruled(XS, YS)), DPI)[0]
    # "亿元86.85" (7.5 pt type: 21 pixels an em) read as one line over the 单位 and 当月 cells
    pieces = [("指标", 220, 262, 415, 445), ("亿元86.85", 750, 868, 415, 445)]
    assert ocr_tables.rows_of(grid, pieces)[0] == "指标\t亿元\t86.85"


def test_a_cell_holding_only_a_dash_reads_as_one_and_dust_does_not():
    image = page(ruled(XS, YS, dashes=[(1, 1)], specks=[(900, 490), (950, 500)]))
    grid = ocr_tables.find_grids(image, DPI)[0]
    assert ocr_tables.rows_of(grid, []) == ["", "\t——", ""]


# A table's last rows run on to a page of their own, its first column wide (北京市统计局 2024, printed and scanned for
# tests/test_ocr_statistics.py): the few text lines there gave OCR's boxes no slope (0.0) on a page sitting 0.58° askew.
WIDE_XS, ROWS_YS = [200, 820, 920, 1050, 1200, 1350, 1500], [300, 360, 420, 480]


@pytest.mark.parametrize("tilt, boxes_tilt", [(0.58, 0.0), (-0.54, 0.0), (0.3, -0.4), (0.19, 0.19)],
                         ids=["boxes-level-page-anticlockwise", "boxes-level-page-clockwise", "boxes-the-other-way",
                              "boxes-right"])
def test_a_table_is_turned_upright_by_its_rules_whatever_the_text_lines_slope(tilt, boxes_tilt):
    """Turned by a wrong tilt, a row rule drifts off its grid line across the wide first cell and two rows read as one
    cell; the table's outer rules show the page's own tilt. `tilt` turns the page anticlockwise (degrees); a scan's
    tilt is measured as issues.ocr.skew measures it, the other way."""
    image = page(ruled(WIDE_XS, ROWS_YS), tilt)
    found, _, grids = ocr_tables.squared(image, math.radians(-boxes_tilt), DPI)
    assert abs(math.degrees(found) + tilt) < 0.05
    assert len(grids) == 1 and len({cell for row in grids[0].cell_of for cell in row}) == 3 * 6


@pytest.mark.parametrize("read", ["一一", "一", "--", "－－", ""],
                         ids=["two-strokes-of-yi", "one-stroke-of-yi", "hyphens", "full-width-hyphens", "nothing"])
def test_a_cell_whose_ink_is_a_dash_reads_as_a_dash_whatever_ocr_read_there(read):
    image = page(ruled(XS, YS, dashes=[(1, 1)]))
    grid = ocr_tables.find_grids(image, DPI)[0]
    pieces = [(read, XS[1] + 20, XS[1] + 60, YS[1] + 15, YS[1] + 45)] if read else []
    assert ocr_tables.rows_of(grid, pieces + [("5.6", XS[2] + 20, XS[2] + 60, YS[1] + 15, YS[1] + 45)]) == [
        "", "\t——\t5.6", ""]

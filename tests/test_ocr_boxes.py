"""issues/ocr_boxes.py: OCR's line boxes made fit for layout (no OCR here: boxes and ink as data).

The spacing rows are drawn as a 200 dpi scan of 10.5 pt type shows them: a line box 48 pixels
high (type 29 pixels), characters where the recogniser places them, ink where print puts it.
"""

import numpy as np
import pytest

from issues import ocr_boxes, ocr_spaces
from tests.conftest import ocr_pass_only

pytestmark = ocr_pass_only  # page images without a database: CI's SQLite pass (the OCR tests' pass)

EM = 29  # pixels: the type size of the drawn lines


def drawn(cells: list[tuple[str, int, int, int, int]], read: str | None = None) -> tuple[ocr_boxes.Box, np.ndarray]:
    """A line box of (character, x0, x1 as the recogniser places it, ink from, ink to) and the page's ink."""
    ink = np.zeros((60, 700), bool)
    for _, _, _, start, end in cells:
        ink[16:44, start:end] = True
    cells = [cell for cell in cells if cell[0]]  # a nameless cell is more ink of the character before it
    text = read if read is not None else "".join(ch for ch, *_ in cells)
    corners = [(cells[0][1] - 8.0, 6.0), (cells[-1][2] + 8.0, 6.0), (cells[-1][2] + 8.0, 54.0), (cells[0][1] - 8.0, 54.0)]
    return ocr_boxes.Box(text, 0.99, corners, [(ch, float(x0), float(x1)) for ch, x0, x1, _, _ in cells]), ink


def run(text: str, start: int, width: int, ink_share: float = 0.85) -> list[tuple[str, int, int, int, int]]:
    """Characters set solid from `start`, each `width` pixels, its ink centred on the share given."""
    out, x = [], start
    for ch in text:
        w = width if ord(ch) > 0x2000 else width // 2
        margin = round(w * (1 - ink_share) / 2)
        out.append((ch, x, x + w, x + margin, x + w - margin))
        x += w
    return out


def at(cells, x: int):
    """The same characters moved to start at pixel x."""
    shift = x - cells[0][1]
    return [(ch, x0 + shift, x1 + shift, a + shift, b + shift) for ch, x0, x1, a, b in cells]


@pytest.mark.parametrize(
    "cells, read, expected",
    [
        # 发文目录: a doc number two ems before its title, read as one run of characters
        (run("75号", 20, EM) + at(run("温州市", 0, EM), 20 + 2 * EM + 2 * EM), None, "75号 温州市"),
        # 统计资料 without rules: figures half an em apart (a space), read together
        (run("56.07", 20, EM) + at(run("2.1", 0, EM), 20 + 5 * EM // 2 + EM // 2 + 4), None, "56.07 2.1"),
        # an indicator and its unit a space apart
        (run("收入", 20, EM) + at(run("亿元", 0, EM), 20 + 2 * EM + 16), None, "收入 亿元"),
        # two ideographs whose strokes leave a blank a little wider than a space's: no space (消 费)
        (run("消", 20, EM) + at(run("费", 0, EM), 20 + EM + 9), None, "消费"),
        # running text set solid: no space
        (run("温州市人民政府", 20, EM), None, "温州市人民政府"),
        # a blank inside one character (八's two strokes, 0.45 em apart) is no space
        ([("八", 20, 49, 20, 30), ("", 20, 49, 43, 48), ("角", 49, 78, 51, 76)], None, "八角"),
        # a comma's glyph holds its own blank: no space after it
        (run("城市", 20, EM) + [("、", 78, 107, 80, 88)] + at(run("县", 0, EM), 107), None, "城市、县"),
        # a speck read as 「·」 in the blank between a doc number and its title goes
        (run("74号", 20, EM) + [("·", 98, 110, 102, 106)] + at(run("温州", 0, EM), 20 + 2 * EM + 2 * EM), None, "74号 温州"),
        # a speck read as 「.」 apart after the last figure goes
        (run("2.8", 20, EM) + [(".", 90, 104, 96, 100)], None, "2.8"),
        # a speck read as 「·」 apart before a table's title goes: the title is known by its first words
        ([("·", 20, 34, 26, 30)] + at(run("温州市2019年4月份", 0, EM), 60), None, "温州市2019年4月份"),
        # a figure's unit follows it unspaced, though the narrow ink of 「1」 leaves a space's blank
        (run("21", 20, EM, 0.3) + at(run("日", 0, EM), 20 + EM + 4), None, "21日"),
        # a minus sign is no speck
        (run("88.99", 20, EM) + at(run("-3.0", 0, EM), 20 + 5 * EM // 2 + EM), None, "88.99 -3.0"),
        # no space after the sub-row mark 「#」, whose glyph holds blank
        ([("#", 20, 34, 22, 30)] + at(run("住户存款", 0, EM), 34 + 14), None, "#住户存款"),
        # a space the recogniser read is kept
        (run("亿元", 20, EM) + at(run("88.99", 0, EM), 20 + 2 * EM + 5), "亿元 88.99", "亿元 88.99"),
        # figures at a fixed pitch: the decimal point takes a figure's width, its blurred ink too faint to count
        (run("2306", 20, EM) + [(".", 76, 90, 83, 83)] + at(run("45", 0, EM), 90), None, "2306.45"),
        # a speck read as 「.」 in the blank between two figures of a row a type size apart goes
        (run("18.2", 20, EM) + [(".", 90, 104, 96, 100)] + at(run("5127.30", 0, EM), 20 + 2 * EM + EM), None, "18.2 5127.30"),
        # ocr14: a raw layout's day marker a space before its entry's opening 《, whose ink stands in the right half of its em
        (run("同日", 20, EM) + [("《", 105, 122, 108, 120)] + at(run("成都日报", 0, EM), 122), None, "同日 《成都日报"),
        # set solid, the blank before 《 is its own half em: no space
        (run("同日", 20, EM) + [("《", 90, 107, 93, 105)] + at(run("成都日报", 0, EM), 107), None, "同日《成都日报"),
    ],
    ids=["doc-number-before-title", "figures-set-apart", "indicator-and-unit", "ideographs-a-stroke-apart", "running-text", "blank-inside-a-character",
         "comma-holds-its-blank", "speck-in-the-blank", "speck-apart-at-the-end", "speck-before-a-title", "figure-then-its-unit",
         "minus-sign", "sub-row-mark", "read-space-kept", "decimal-point-of-fixed-pitch-figures", "speck-between-two-figures",
         "space-before-an-opening-mark", "opening-mark-set-solid"],
)
def test_a_space_is_read_where_the_ink_stands_apart(cells, read, expected):
    box, ink = drawn(cells, read)
    assert ocr_spaces.spaced(box, ink) == expected


@pytest.mark.parametrize(
    "dot, expected",
    [
        ((29, 32, 149, 153), "奋斗青春·建功"),  # print's dot: 4 by 3 pixels at half height, in its em's middle
        ((38, 41, 149, 153), "奋斗青春 建功"),  # a speck low in the blank
        ((29, 32, 138, 142), "奋斗青春 建功"),  # a speck beside the em's middle
        ((28, 34, 146, 152), "奋斗青春 建功"),  # a blot as large as 「、」 (read as 「·」, it is no middle dot)
    ],
    ids=["middle-dot-in-its-em", "speck-low", "speck-off-the-middle", "blot-as-large-as-a-comma"],
)
def test_a_middle_dot_in_an_em_of_its_own_between_two_words_is_print(dot, expected):
    """2019-04's scan: the news title 「…“奋斗青春·建功‘两区’”…」 lost its 「·」, read sure, as a speck in a blank (the
    brief then matched no title). Print sets the dot in a full em between two words, small, at the line's half height."""
    cells = run("奋斗青春", 20, EM) + [("·", 136, 165, 0, 0)] + at(run("建功", 0, EM), 165)
    box, ink = drawn(cells)
    top, bottom, x0, x1 = dot
    ink[top:bottom, x0:x1] = True
    assert ocr_spaces.spaced(box, ink) == expected


def test_a_short_box_takes_its_type_size_from_its_ideographs_pitch():
    """A table row's box came out 37 pixels high for 29-pixel type: by its height a space would be 9
    pixels, and the narrow ink of 「1」 leaves 11 beside the next 「1」; a space's blank is 19."""
    ones = [("1", 193, 207, 198, 201), ("1", 207, 221, 212, 215)]  # each 「1」's ink 3 pixels wide
    cells = run("增加值", 20, EM) + at(run("亿元", 0, EM), 20 + 3 * EM + 14) + ones + at(run("0.45", 0, EM), 221)
    cells += at(run("8.1", 0, EM), 221 + 56 + 19)
    box, ink = drawn(cells)
    box.corners = [(x, 11.5 if y < 30 else 48.5) for x, y in box.corners]
    assert ocr_spaces.spaced(box, ink) == "增加值 亿元 110.45 8.1"


def test_a_box_whose_characters_do_not_match_its_text_is_kept_as_read():
    box, ink = drawn(run("75号", 20, EM) + at(run("温州", 0, EM), 200))
    box.text = "75号温州市"  # read again after a cut: the recogniser's places are of another reading
    assert ocr_spaces.spaced(box, ink) == "75号温州市"


def table_row(*marks: tuple[int, int, int, int]) -> tuple[list[ocr_boxes.Box], np.ndarray, np.ndarray]:
    """A row of a table set without rules: a line box of text at the left, ink marks (x0, y0, x1, y1) elsewhere."""
    ink = np.zeros((200, 900), bool)
    ink[86:114, 30:200] = True  # the row's text, inside its box
    for x0, y0, x1, y1 in marks:
        ink[y0:y1, x0:x1] = True
    text = ocr_boxes.Box("一、规模以上", 0.99, [(22.0, 76.0), (208.0, 76.0), (208.0, 124.0), (22.0, 124.0)])
    return [text], ink, np.where(ink, 40, 230).astype(np.uint8)


@pytest.mark.parametrize(
    "marks, in_table, read",
    [
        ([(400, 99, 458, 103)], False, ["——"]),  # 统计资料: a value not given, the dash alone in its cell
        ([(400, 99, 428, 103)], False, ["—"]),
        ([(600, 90, 612, 110)], False, ["%"]),  # the unit of a price index, alone in its cell
        ([(600, 98, 605, 103)], False, []),  # a speck of dust
        ([(400, 20, 458, 24)], False, []),  # a stroke on no text line (a rule's piece, a picture's edge)
        ([(400, 99, 458, 103)], True, []),  # inside a ruled table: issues.ocr_tables finds its dashes
        ([(600, 90, 612, 110)], True, ["%"]),  # and OCR's line boxes leave out its unit cell's 「%」
    ],
    ids=["dash", "short-dash", "percent-sign", "speck", "off-the-line", "in-a-ruled-table", "percent-in-a-ruled-table"],
)
def test_a_mark_alone_beside_a_line_is_found_and_dust_is_not(marks, in_table, read):
    boxes, ink, gray = table_row(*marks)
    seen = []

    def recognise(images):
        seen.extend(images)
        return [("%", 0.98)] * len(images)

    found = ocr_boxes.marks_apart(boxes, ink, gray, recognise, lambda box: in_table)
    assert [mark.text for mark in found] == read
    assert len(seen) == (1 if read == ["%"] else 0)  # only a mark that is no dash is read again


@pytest.mark.parametrize(
    "stroke, read, in_table, expected",
    [
        ((28, 99, 54, 103), "一、规模以上", True, ["一、规模以上"]),  # 2020-09's first statistics row: 「一、」 left out of its box
        ((28, 99, 54, 103), "规模以上", True, ["规模以上"]),  # read again, nothing more: a ruled table's dash is its cell's
        ((28, 99, 54, 103), "规模以上", False, ["— 规模以上"]),  # a dash before a line, found by its shape
        ((4, 99, 54, 103), "一一规模以上", False, ["—— 规模以上"]),  # 「——」 read as two 「一」 stays a dash
        ((28, 99, 54, 103), "规规模以上", True, ["规模以上"]),  # 2020-09: 「二」's top stroke outside 「二、限额…」's box
    ],
    ids=["numeral-before-a-row", "dash-in-a-ruled-table", "dash-before-a-line", "long-dash-read-as-numerals",
         "the-lines-own-first-stroke"],
)
def test_a_stroke_just_before_a_line_is_read_with_it(stroke, read, in_table, expected):
    ink = np.zeros((200, 900), bool)
    ink[86:114, 68:200] = True
    ink[stroke[1]:stroke[3], stroke[0]:stroke[2]] = True
    text = ocr_boxes.Box("规模以上", 0.99, [(60.0, 76.0), (208.0, 76.0), (208.0, 124.0), (60.0, 124.0)])
    gray = np.where(ink, 40, 230).astype(np.uint8)
    marks = ocr_boxes.marks_apart([text], ink, gray, lambda images: [(read, 0.99)] * len(images), lambda box: in_table)
    assert [box.text for box in ocr_boxes.with_marks([text], marks)] == expected


def line_box(text: str, x0: float, x1: float) -> ocr_boxes.Box:
    return ocr_boxes.Box(text, 0.99, [(x0, 76.0), (x1, 76.0), (x1, 124.0), (x0, 124.0)])


@pytest.mark.parametrize(
    "mark_at, texts",
    [
        ((210, 238), ["亿元 ——"]),  # a space apart from the line: one printed piece, as a PDF's glyphs with a space
        ((202, 230), ["亿元——"]),
        ((260, 288), ["亿元", "——"]),  # a cell's width apart: a piece of its own, for the table's columns
        ((10, 38), ["—— 亿元"]),  # before the line
    ],
    ids=["a-space-apart", "touching", "a-column-apart", "before-the-line"],
)
def test_a_mark_joins_the_line_piece_it_stands_in(mark_at, texts):
    mark = line_box("——", *mark_at)
    joined = ocr_boxes.with_marks([line_box("亿元", 50, 200)], [mark])
    assert [box.text for box in joined] == texts
    x0, _, x1, _ = ocr_boxes._bounds(joined[0])
    assert (x0, x1) == ((min(50, mark_at[0]), max(200, mark_at[1])) if len(joined) == 1 else (50, 200))  # where its ink is


def test_a_mark_touching_a_line_that_repeats_its_first_character_is_that_characters_ink():
    """2020-09's new print: half of 「二」 outside the box of 「二、限额以上…」, read alone as 「二」: no 「二二、」."""
    joined = ocr_boxes.with_marks([line_box("二、限额", 50, 200)], [line_box("二", 36, 48)])
    assert [box.text for box in joined] == ["二、限额"]


def placed(text: str, starts: list[float], width: float = 28.0, height: float = 55.0) -> ocr_boxes.Box:
    """A line box whose characters the recogniser placed from the given starts, each `width` wide."""
    chars = [(ch, x, x + width) for ch, x in zip(text, starts)]
    corners = [(starts[0] - 8, 0.0), (starts[-1] + width + 8, 0.0), (starts[-1] + width + 8, height), (starts[0] - 8, height)]
    return ocr_boxes.Box(text, 0.99, corners, chars)


@pytest.mark.parametrize(
    "box, spaced_out",
    [
        (placed("4·月份市政府、市政府", [302, 329, 357, 430, 504, 568, 642, 707, 789, 854, 928]), True),
        (placed("会议。加强", [210, 238, 266, 294, 900, 928], height=46), False),
        (placed("亿元86.85", [210, 238, 280, 294, 308, 315, 329], width=14, height=46), False),
        (placed("3.0667.15-8.9", [216, 230, 245, 273, 295, 309, 323, 337, 351, 379, 393, 408, 422], width=14, height=46),
         False),
    ],
    ids=["letter-spaced-heading", "two-columns-read-as-one", "table-row", "figures-with-points"],
)
def test_a_letter_spaced_heading_across_the_gutter_is_no_two_columns(box, spaced_out):
    assert ocr_boxes.letter_spaced(box) is spaced_out


def test_a_letter_spaced_heading_gets_no_spaces_and_its_specks_go():
    cells = [(ch, 20 + 60 * n, 49 + 60 * n, 22 + 60 * n, 47 + 60 * n) for n, ch in enumerate("温州市20·19年")]
    box, ink = drawn(cells, read="温 州 市 2 0·1 9年")
    assert ocr_spaces.spaced(box, ink) == "温州市2019年"


def test_a_box_ends_where_its_characters_do_once_a_speck_at_its_end_is_dropped():
    """A speck read as 「·」 before a table's figure made its box reach into the cell before: the two cells read as one
    (「18.25127 30」). Once spaced drops it, the box starts where its first figure does."""
    box, ink = drawn([("·", 20, 34, 26, 30)] + at(run("5127.30", 0, EM), 70))
    box.text = ocr_spaces.spaced(box, ink)
    ocr_spaces.trimmed(box)
    assert box.text == "5127.30"
    assert min(x for x, _ in box.corners) + ocr_boxes.padding(box.height) == 70.0
    untouched, ink = drawn(run("5127.30", 70, EM))
    corners = list(untouched.corners)
    assert ocr_spaces.trimmed(untouched).corners == corners


@pytest.mark.parametrize("before, after", [(30, 0), (0, 30), (30, 30)],
                         ids=["dust-before-the-line", "dust-after-the-line", "dust-either-side"])
def test_a_box_reaching_past_its_characters_with_nothing_read_there_ends_where_they_do(before, after):
    """The detector took dust beside a column line into its box, nothing read there: the box started a character
    before the column's edge, the edge was taken from it, and every line of the column read as indented (none joined).
    Fixture 2020-06's chronicle line 「市长姚高员，常务副市」 drawn with its box reaching 30 pixels past its ink."""
    box, _ = drawn(run("市长姚高员，常务副市", 70, EM))
    (x0, y0), (x1, _), (_, y1), _ = box.corners
    box.corners = [(x0 - before, y0), (x1 + after, y0), (x1 + after, y1), (x0 - before, y1)]
    ocr_spaces.trimmed(box)
    xs, pad = [x for x, _ in box.corners], ocr_boxes.padding(box.height)
    assert (min(xs) + pad if before else min(xs), max(xs) - pad if after else max(xs)) == (70.0 if before else x0, 70.0 + 10 * EM if after else x1)


def line(text: str, x0: float, x1: float, top: float, height: float = 46.0) -> ocr_boxes.Box:
    """A line box at 200 dpi, its characters evenly where the recogniser places them (9 pixels inside its ends)."""
    width = (x1 - x0 - 18) / len(text)
    places = [(ch, x0 + 9 + n * width, x0 + 9 + (n + 1) * width) for n, ch in enumerate(text)]
    return ocr_boxes.Box(text, 0.99, [(x0, top), (x1, top), (x1, top + height), (x0, top + height)], places)


def joined(left: ocr_boxes.Box, right: ocr_boxes.Box) -> ocr_boxes.Box:
    """Two column lines read as one box (the detector, or a join of two boxes two ems apart)."""
    return ocr_boxes.Box(left.text + right.text, 0.99, [left.corners[0], right.corners[1], right.corners[2], left.corners[3]],
                         left.chars + right.chars)


LEFT, RIGHT = (170, 800), (870, 1500)  # a 200 dpi A4 page's columns, a 25-point gutter between
COLUMN_LINE = "左栏正文一行写满整整一栏的文字共二十二个字"


def two_column_page(joins: int) -> list[ocr_boxes.Box]:
    """A document's columns (eight lines, `joins` of them read across the gutter), a section heading centred across the
    page, a brief's columns: eight lines on the left, two on the right (2023-02's held-out scan, page 2, in shape)."""
    boxes = []
    for n in range(8):
        left, right = line(COLUMN_LINE, *LEFT, 420 + 50 * n), line(COLUMN_LINE, *RIGHT, 420 + 50 * n)
        boxes += [joined(left, right)] if n < joins else [left, right]
    boxes.append(line("政务简讯", 700, 960, 850, height=70))
    boxes += [line(COLUMN_LINE, *LEFT, 950 + 50 * n) for n in range(8)]
    boxes += [line(COLUMN_LINE, *RIGHT, 950 + 50 * n) for n in range(2)]
    return boxes


@pytest.mark.parametrize("joins", [0, 4], ids=["column-lines-apart", "column-lines-read-as-one-box"])
def test_the_gutter_is_told_by_where_the_lines_characters_stand(joins):
    """The heading's ink crosses the gutter's pixel columns, as much as a short column holds; counted in lines it is
    one, and two column lines read as one box leave the gutter blank between their characters."""
    strip = ocr_boxes.gutter_of_lines(two_column_page(joins), (2339, 1654), 0.0, 200)
    assert strip is not None and LEFT[1] - 15 <= strip[0] < strip[1] <= RIGHT[0] + 15


@pytest.mark.parametrize(
    "boxes",
    [
        [line("一栏到底的正文" * 6, 170, 1500, 420 + 50 * n) for n in range(12)],
        [box for n in range(12) for box in (line("规模以上工业增加值", 170, 430, 420 + 50 * n), line("亿元", 560, 640, 420 + 50 * n),
                                             line("2306.45", 1000, 1150, 420 + 50 * n), line("18.2", 1300, 1400, 420 + 50 * n))],
    ],
    ids=["one-column-page", "table-of-short-cells"],
)
def test_a_page_of_one_column_or_of_a_table_has_no_gutter_by_its_lines(boxes):
    assert ocr_boxes.gutter_of_lines(boxes, (2339, 1654), 0.0, 200) is None


def columns_under_a_title_block() -> list[ocr_boxes.Box]:
    """沪府发〔2017〕92号 (tests/data/SOURCES.md, ocrlayout) set as a short page: its title block centred across both columns,
    a left column closing with its signature, its date and the enclosure's headings (short lines), a full right column,
    a statistics table's title centred under them (the table's cells are left out: the caller's ruled table holds them)."""
    boxes = [line("上海市人民政府印发《关于本市加强政务", 520, 1140, 300, height=60),
             line("诚信建设的实施意见》的通知", 640, 1020, 370, height=60)]
    left = [("各区人民政府，市政府各委、办、局：", 170, 760), ("现将《关于本市加强政务诚信建设的实施", 225, 800),
            ("意见》印发给你们，请认真按照执行。", 170, 770), ("上海市人民政府", 560, 800), ("2017年12月20日", 590, 800),
            ("关于本市加强政务诚信建设的实施意见", 230, 740), ("一、总体要求", 170, 380)]
    boxes += [line(text, x0, x1, 450 + 50 * n) for n, (text, x0, x1) in enumerate(left)]
    boxes += [line(COLUMN_LINE, *RIGHT, 450 + 50 * n) for n in range(7)]
    boxes.append(line("2017年上海市主要经济指标", 560, 1100, 850, height=60))
    return boxes


def test_the_gutter_of_lines_passes_over_titles_across_the_page():
    """Titles set across both columns cover the gutter's strip, as many as a short page's column lines, and a column
    closing with its signature and headings holds few full lines: no gutter was told, and the signature
    was joined to the right column's line beside it (held-out raw scans, a document's columns over a table, in shape)."""
    strip = ocr_boxes.gutter_of_lines(columns_under_a_title_block(), (2339, 1654), 0.0, 200)
    assert strip is not None and LEFT[1] - 15 <= strip[0] < strip[1] <= RIGHT[0] + 15

"""issues/ocr_sizes.py: a scanned line's type size from its box, its ink and its pitch (no OCR here: drawn lines,
boxes as data).

Geometry of a 200 dpi scan: 10.5-point text is 29 pixels, 12-point type 33; a column 200 points wide holds
nineteen 10.5-point characters. Texts written for the tests.
"""

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from issues import ocr_boxes, ocr_sizes, ocr_tables, pdf
from tests.conftest import ocr_pass_only

pytestmark = ocr_pass_only  # page images without a database: CI's SQLite pass (the OCR tests' pass)

FACES = {"song": Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
         "hei": Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")}
PX = 200 / 72  # pixels a point


def scanned(lines: list[tuple[str, str, float]], tilt: float, rule_under: bool = False):
    """A page of (text, face, points) lines drawn at 200 dpi 8 points apart, blurred, turned `tilt` radians as a scan
    sits askew; the lines' boxes as the detector gives them (padded, turned with the page)."""
    page = Image.new("L", (1200, 120 + 80 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    boxes, top = [], 60
    for text, face, points in lines:
        font = ImageFont.truetype(str(FACES[face]), round(points * PX))
        x0, y0, x1, y1 = draw.textbbox((100, top), text, font=font)
        draw.text((100, top), text, font=font, fill=0)
        pad = (points * PX) * (ocr_boxes.BOX_PER_SIZE - 1) / 2
        boxes.append((text, [(x0 - pad, y0 - pad), (x1 + pad, y0 - pad), (x1 + pad, y1 + pad), (x0 - pad, y1 + pad)]))
        if rule_under:  # a running header's rule close under its line, within the box's padding
            draw.rectangle((x0 - 20, y1 + 4, x1 + 20, y1 + 5), fill=0)
        top = y1 + round(8 * PX)
    page = page.filter(ImageFilter.GaussianBlur(1.0)).rotate(-math.degrees(tilt), resample=Image.BILINEAR, fillcolor=255)
    centre = (page.width / 2, page.height / 2)
    return np.asarray(page), [ocr_boxes.Box(text, 0.99, ocr_boxes.turned(corners, tilt, centre)) for text, corners in boxes]


@pytest.mark.parametrize(
    "lines, tilt, rule_under",
    [
        ([("某市召开全市经济工作推进会议", "hei", 12.0), ("正文一行写满整整一栏的文字", "song", 10.5)], 0.0, False),
        ([("某市召开全市经济工作推进会议", "hei", 12.0), ("正文一行写满整整一栏的文字", "song", 10.5)], 0.006, False),
        ([("某市召开全市经济工作推进会议", "song", 12.0), ("正文一行写满整整一栏的文字", "song", 10.5)], -0.005, False),
        ([("市人民政府公报", "song", 10.5), ("正文一行写满整整一栏的文字", "song", 10.5)], 0.004, True),
    ],
    ids=["hei-title-over-song-text", "askew", "same-face-askew-the-other-way", "rule-under-a-running-header"],
)
def test_a_lines_glyph_height_tells_its_type_size(lines, tilt, rule_under):
    """The ink of a 12-point line stands higher than 10.5-point text's by more than TALLER_INK, askew and blurred as
    a scan is; each line's ink is about nine tenths of its size, a rule under a line no part of it."""
    gray, boxes = scanned(lines, tilt, rule_under)
    ocr_sizes.glyph_heights(boxes, ocr_tables.upright(gray, tilt), tilt)
    for box, (_, _, points) in zip(boxes, lines):
        assert 0.8 * points * PX <= box.glyph <= 1.05 * points * PX
    first, second = (box.glyph for box in boxes)
    if lines[0][2] > lines[1][2]:
        assert first >= (1 + ocr_sizes.TALLER_INK) * second
    else:
        assert abs(first - second) <= 2


def test_a_line_of_figures_tells_no_glyph_height():
    gray, boxes = scanned([("2023-09", "song", 10.5)], 0.0)
    ocr_sizes.glyph_heights(boxes, gray, 0.0)
    assert boxes[0].glyph is None


BODY = "正文一行写满整整一栏共十九个字的文字，"


def seg(text: str, x0: float, x1: float, top: float, size: float, glyph: float | None = None) -> pdf.Segment:
    return pdf.Segment(text, x0, x1, top, size, glyph=glyph)


def body(tops: list[float], heights: list[float] | None = None, glyph: float = 9.4) -> list[pdf.Segment]:
    heights = heights or [9.5, 9.7, 9.68, 9.46, 9.6, 9.7, 9.9, 9.6, 9.7, 9.5]
    return [seg(BODY, 48.0, 247.5, top, size, glyph) for top, size in zip(tops, heights)]


@pytest.mark.parametrize(
    "titles, others",
    [
        # the old rule's case: a title line's box a little taller, its characters wider apart
        ([seg("某市召开全市经济工作推进会暨产业", 48.0, 240.0, 290.0, 10.84),
          seg("链链长制工作领导小组会议召开", 80.0, 236.0, 308.0, 11.75)], []),
        # boxes as high as the text's: the ink and the pitch tell the title
        ([seg("某市人大常委会举行第三次全体会", 53.0, 233.0, 290.0, 9.7, 11.3),
          seg("议和主任会议第二次会议", 80.0, 212.0, 310.0, 9.3, 11.0)], []),
        # a title's last line too short to show its pitch, its ink as high as the line above
        ([seg("某市二〇二三年深化医药卫生体制", 53.0, 233.0, 290.0, 9.6, 11.2),
          seg("改革工作要点", 107.0, 179.0, 310.0, 9.7, 10.9)], []),
        # a body line whose ink reached the line above (askew), its characters as close as the others'; a short body
        # line as high, under no title
        ([], [seg(BODY, 48.0, 247.5, 290.0, 9.6, 11.5), seg("分别到指定位置。", 48.0, 132.0, 330.0, 9.5, 11.5)]),
        # the title's short line under it but its ink as high as the text's: a caption, the body's
        ([seg("某市二〇二三年深化医药卫生体制", 53.0, 233.0, 290.0, 9.6, 11.2)],
         [seg("改革工作要点", 107.0, 179.0, 310.0, 9.7, 9.5)]),
    ],
    ids=["box-taller-and-wider", "box-of-body-height-ink-taller-and-wider", "title-line-too-short-for-a-pitch",
         "tall-ink-alone-is-no-title", "short-line-under-a-title-with-body-ink"],
)
def test_title_lines_are_not_of_the_body_size(titles, others):
    """Box heights cannot part 12-point title lines from 10.5-point text (a title's boxes 9.3 to 10.8 high among
    text 9.5 to 10.6); the characters' ink and pitch can (ink 11 to 11.3 against 9.4, pitch 12 against 10.5). A line
    standing wide apart or inked high keeps its paragraph's size unless both show, or it is a title's short line."""
    lines = body([100.0 + 17 * n for n in range(10)])
    pages = [pdf.Page(0, 595.0, 842.0, lines + titles + others)]
    ocr_sizes.same_sizes(pages)
    usual = lines[0].size
    assert {line.size for line in lines + others} == {usual}
    assert len({title.size for title in titles}) <= 1
    assert all(title.size - usual >= 1.0 for title in titles)


@pytest.mark.parametrize(
    "line, body_size",
    [
        (seg(BODY, 48.0, 247.5, 300.0, 7.9, 9.4), True),  # a box a fifth too low, its characters as far apart as the text's
        (seg("正文一行写满整整一栏共十九个字的文字，再多", 48.0, 218.0, 300.0, 7.9, 7.8), False),  # smaller type, set closer
    ],
    ids=["low-box-of-a-body-line", "smaller-type-set-closer"],
)
def test_a_line_whose_box_came_out_low_keeps_the_texts_size(line, body_size):
    """The detector may find a full column line's box a fifth too low (36 pixels among 42 to 46): a size apart from its
    neighbours' ended the paragraph at the line before it. A line of smaller type stands closer and keeps its size."""
    lines = body([100.0 + 17 * n for n in range(10)])
    ocr_sizes.same_sizes([pdf.Page(0, 595.0, 842.0, lines + [line])])
    assert (line.size == lines[0].size) is body_size

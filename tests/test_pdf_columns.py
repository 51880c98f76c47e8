"""issues/pdf/columns.py: a page's pieces in reading order, on small pages of boxes in the shape of real ones."""

from __future__ import annotations

import pytest

from issues.pdf import Area, Page, Segment, read_page

# Fixture 2019-04 as scanned (song-ruled print, page 31): the chronicle's last days in both columns, then the
# issued list's heading letter-spaced across the page at 13.9 pt, which the detector cut at the gutter (308-326),
# the blank there a letter space wider than the gutter, then the list's rows in both columns. Positions in
# points, as the scan's boxes gave them (rounded), a box's edges a point or so off the print's.
TEXT_BLOCK, GUTTER = Area(77.0, 557.0), (308.0, 326.0)
CHRONICLE_LEFT = ["28日", "△ 市长姚高员，常务副市长陈建明，副市长"]
CHRONICLE_RIGHT = ["30日", "△ 副市长殷志军拜访意大利驻沪总领馆、德", "国驻沪总领馆、德国商会。"]
HEADING = ("4月份市政府、市政", "府办公室发文目录")
ISSUED_LEFT = ["- 温政发〔2019〕5号温州市人民政府关于", "做好当前就业创业工作的补充通知"]
ISSUED_RIGHT = ["- 温政办〔2019〕34号 温州市人民政府办公", "室关于命名第六批“基本无违建乡镇（街道）”", "的通知"]


def chronicle_over_issued_list(heading: list[Segment]) -> Page:
    segments = [
        Segment(CHRONICLE_LEFT[0], 78.7, 100.2, 509.3, 9.7),
        Segment(CHRONICLE_LEFT[1], 96.4, 307.4, 525.0, 9.7),
        Segment(CHRONICLE_RIGHT[0], 326.9, 348.2, 493.4, 9.7),
        Segment(CHRONICLE_RIGHT[1], 344.4, 556.1, 509.3, 9.7),
        Segment(CHRONICLE_RIGHT[2], 326.9, 446.0, 525.0, 9.7),
        *heading,
        Segment(ISSUED_LEFT[0], 81.2, 304.7, 598.0, 9.7),
        Segment(ISSUED_LEFT[1], 104.5, 291.2, 613.3, 9.7),
        Segment(ISSUED_RIGHT[0], 348.3, 553.4, 598.0, 9.7),
        Segment(ISSUED_RIGHT[1], 327.1, 553.9, 613.3, 9.7),
        Segment(ISSUED_RIGHT[2], 326.9, 357.3, 629.4, 9.7),
    ]
    return Page(30, 595.0, 842.0, segments, printed_no=29, jitter=1.5)


CUT_AT_THE_GUTTER = [Segment(HEADING[0], 106.9, 307.4, 564.5, 13.9), Segment(HEADING[1], 326.9, 526.7, 564.5, 13.9)]
WHOLE = [Segment("".join(HEADING), 106.9, 526.7, 564.5, 13.9)]


@pytest.mark.parametrize("heading", [CUT_AT_THE_GUTTER, WHOLE], ids=["cut-at-the-gutter", "whole"])
def test_a_heading_letter_spaced_across_the_gutter_parts_the_columns_above_it_from_those_below(heading):
    lines = read_page(chronicle_over_issued_list(heading), TEXT_BLOCK, GUTTER)
    assert [line.text for line in lines] == (CHRONICLE_LEFT + CHRONICLE_RIGHT + ["".join(HEADING)]
                                             + ISSUED_LEFT + ISSUED_RIGHT)


def test_column_headings_side_by_side_stay_each_over_its_column():
    """Two headings on one baseline, each centred over its column, are no heading cut at the gutter."""
    headings = [Segment("政务简讯", 164.0, 220.0, 564.5, 13.9), Segment("政府记事", 413.0, 469.0, 564.5, 13.9)]
    lines = read_page(chronicle_over_issued_list(headings), TEXT_BLOCK, GUTTER)
    texts = [line.text for line in lines]
    assert "政务简讯政府记事" not in texts
    assert texts.index("政务简讯") < texts.index(ISSUED_LEFT[0]) and texts.index("政府记事") > texts.index(ISSUED_LEFT[1])

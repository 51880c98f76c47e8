"""A chronicle's day markers as OCR misreads them (issues/parser/chronicle_days.py): rows written for the test, in the
shapes a large-print scan of a fixture issue gave (a look-alike for 日, a speck between the figures, one box read over
the end of an entry and the next day)."""

from datetime import date

import pytest

from issues.parser import chronicle, chronicle_days
from issues.parser.records import ParsedChronicleEntry as Entry
from issues.parser.warnings import LOSS

HEADING = "6月份市政府记事"

CASES = [
    pytest.param(
        ["15日", "△ 市长参加防汛工作会议。", "16白", "△ 副市长参加科技成果对接会。"],
        [Entry(date(2021, 6, 15), "市长参加防汛工作会议。"), Entry(date(2021, 6, 16), "副市长参加科技成果对接会。")],
        [chronicle_days.GUESSED],
        id="look_alike_for_ri_alone_on_its_line",
    ),
    pytest.param(
        ["30日", "△ 市长参加人才工作会议。", "2.7日", "△ 副市长参加文化论坛。"],
        [Entry(date(2021, 6, 30), "市长参加人才工作会议。"), Entry(date(2021, 6, 27), "副市长参加文化论坛。")],
        [chronicle_days.GUESSED],
        id="speck_between_the_figures_alone_even_out_of_order",  # a page read out of order: the line still is a day
    ),
    pytest.param(
        ["25日", "△ 副市长参加农村工作电视电话会议。2.7日", "△ 副市长参加文化论坛。"],
        [Entry(date(2021, 6, 25), "副市长参加农村工作电视电话会议。"), Entry(date(2021, 6, 27), "副市长参加文化论坛。")],
        [chronicle_days.GUESSED],
        id="misread_day_glued_to_the_entry_before",
    ),
    pytest.param(
        ["12日", "△ 市长赴瓯海区调研。13日", "△ 副市长参加招商推介会。"],
        [Entry(date(2021, 6, 12), "市长赴瓯海区调研。"), Entry(date(2021, 6, 13), "副市长参加招商推介会。")],
        [],
        id="day_read_right_glued_before_an_item",
    ),
    pytest.param(
        ["12日", "△ 市长赴北京考察。13日", "回温。"],
        [Entry(date(2021, 6, 12), "市长赴北京考察。13日回温。")],
        [chronicle_days.GLUED],
        id="day_glued_before_no_item_is_told_not_split",  # a day of the same journey, or the next day's entry
    ),
    pytest.param(
        ["9日", "△ 市长参加经贸洽谈会。10日，副市长会见客商。"],
        [Entry(date(2021, 6, 9), "市长参加经贸洽谈会。"), Entry(date(2021, 6, 10), "副市长会见客商。")],
        [],
        id="day_inside_a_line_with_its_text_is_the_parsers_to_read",
    ),
    pytest.param(
        ["20日", "△ 市长参加民营经济座谈会。19曰", "△ 副市长参加安全生产会议。"],
        [Entry(date(2021, 6, 20), "市长参加民营经济座谈会。19曰"), Entry(date(2021, 6, 20), "副市长参加安全生产会议。")],
        [chronicle_days.GLUED],
        id="glued_guess_going_back_is_not_read_as_a_day",
    ),
]


@pytest.mark.parametrize("lines, expected, kinds", CASES)
def test_misread_day_markers(lines, expected, kinds):
    warnings = []
    entries = chronicle.parse([HEADING, *lines], year=2021, default_month=6, warnings=warnings)
    assert [(e.date, e.text) for e in entries] == [(e.date, e.text) for e in expected]
    assert [w.kind for w in warnings if w.level == LOSS] == kinds


def test_a_guessed_day_quotes_the_line_as_read():
    warnings = []
    chronicle_days.apart(["15日", "16白"], warnings)
    assert warnings[0].lines == ["16白"] and "16日" in warnings[0].message

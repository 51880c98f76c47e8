"""A section's month heading read as lines that are not yet one heading (issues/parser/heading_pieces.py, a cleaning step of
text exports, readers' lines and raw extractions alike): printed letter-spaced and read with uneven spaces, or cut over two
lines, it is the heading whole, so the section's lines under it never take its words; a decider that did take them is
told (issues/parser/appointment_deciders.py).

Rows are the fixture issues' own headings (2019-04: 「4月份市政府人事任免」, 「4月份市政府记事」; 2020-09: 「9月份市政府记事」)
and its appointments list, spaced and cut as the song-ruled scan of 2019-04 read them (tests/data/SOURCES.md, "ocr17").
"""

import pytest

from issues.parser import appointments
from issues.parser.heading_pieces import join_split_headings
from issues.parser.lines import Line, page_break

DECIDER, FIRST, SECOND = "市政府决定免去：", "张力男的温州市生态环境局副局长职务；", "蔡文云的温州市卫生健康委员会调研员职务。"


def cleaned(*texts):
    return [line.text for line in join_split_headings([page_break(35)] + [Line(text) for text in texts])[1:]]


MONTH_HEADINGS = [
    pytest.param(["4月 份 市 政 府人 事 任 免", DECIDER], ["4月份市政府人事任免", DECIDER], id="spaced_unevenly"),
    pytest.param(["4 月 份 市 政 府 记 事", "4月1日"], ["4月份市政府记事", "4月1日"], id="spaced_evenly"),
    pytest.param(["4月份市政府", "人事任免", DECIDER], ["4月份市政府人事任免", DECIDER], id="cut_before_the_column_name"),
    pytest.param(["4月 份 市 政", "府人 事 任 免", DECIDER], ["4月份市政府人事任免", DECIDER], id="spaced_and_cut"),
    pytest.param(["9月份市政府记", "事"], ["9月份市政府记事"], id="cut_inside_the_column_name"),
]

NO_MONTH_HEADINGS = [
    pytest.param(["4月份市政府人事任免", DECIDER], id="a_heading_whole_stays"),
    pytest.param(["4月份市政府记事", "4月1日"], id="a_heading_over_its_first_day_stays"),
    pytest.param(["4月", "1日 市长参加会议。"], id="a_month_over_a_day_is_no_heading"),
    pytest.param(["2019年", "4月份市政府记事"], id="a_year_over_a_heading_stays_apart"),
    pytest.param(["4月份市政府人事任免……（35）"], id="a_toc_entry_is_no_heading"),
]


@pytest.mark.parametrize("texts, expected", MONTH_HEADINGS)
def test_a_month_heading_spaced_or_cut_is_one_heading(texts, expected):
    assert cleaned(*texts) == expected


@pytest.mark.parametrize("texts", NO_MONTH_HEADINGS)
def test_lines_that_are_no_spaced_or_cut_heading_stay_as_printed(texts):
    assert cleaned(*texts) == texts


@pytest.mark.parametrize("heading", [
    pytest.param(["4月 份 市 政 府人 事 任 免"], id="spaced_unevenly"),
    pytest.param(["4月 份 市 政", "府人 事 任 免"], id="spaced_and_cut"),
])
def test_the_dismissals_under_a_spaced_heading_are_decided_by_their_own_line(heading):
    found = appointments.parse(cleaned(*heading, DECIDER, FIRST, SECOND), warnings=[])
    assert [(row.person, row.decided_by) for row in found] == [("张力男", "市政府决定免去"), ("蔡文云", "市政府决定免去")]


def test_a_decider_opening_with_a_month_is_told():
    warnings = []
    found = appointments.parse(["4月 份 市 政 府", DECIDER, FIRST, SECOND], warnings=warnings)  # the heading's end unread
    assert [row.decided_by for row in found] == ["4月份市政府市政府决定免去"] * 2
    assert [(w.level, w.kind, w.lines) for w in warnings] == [("loss", "appointment_decider_month", ["4月份市政府市政府决定免去"])]

"""The title block of a 任免 notice or decision (issues/parser/appointment_headings.py decision_title_width): how many lines print it,
its issuer's line over it included; none for a line over that issuer (a table's producer) or a sentence citing such a notice.
Sources: tests/data/SOURCES.md, "appt20"."""

import pytest

from issues.parser.appointment_headings import decision_title_width
from tests.test_appointment_wording import DECISION_BLOCK

TITLE_BLOCKS = [
    pytest.param(DECISION_BLOCK, 3, id="issuers_line_over_a_title_wrapped_once"),
    pytest.param(["".join(DECISION_BLOCK[:3])], 1, id="issuer_and_title_on_one_line"),
    pytest.param(DECISION_BLOCK[1:], 2, id="title_wrapped_without_its_issuers_line"),
    pytest.param(["北京市通州区人民代表大会常务委员会关于郑皓同志代", "理北京市通州区人民政府区长职务的决定"], 2,
                 id="issuer_and_title_on_the_first_line_wrapped_after_it"),
    pytest.param(["上海市统计局", *DECISION_BLOCK], 0, id="a_tables_producer_over_the_issuers_line_is_no_part_of_it"),
    pytest.param(["根据市委关于有关同志职务调整的通知"], 0, id="a_sentence_citing_such_a_notice"),
    pytest.param(["会议表决通过了市人大常委会关于任命侯继军同志为区政府代理区长的决定"], 0, id="a_reports_words_before_the_title"),
]


@pytest.mark.parametrize("lines, width", TITLE_BLOCKS)
def test_a_decisions_title_block_is_its_issuers_line_and_title_alone(lines, width):
    assert decision_title_width(lines, 0) == width

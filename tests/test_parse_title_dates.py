"""The date a city's gazette prints in brackets under a document's title when it prints no signature (issue 21 §1,
documents): the document's signed date, between the title and its number or under the number, in digits or Chinese numerals,
in both shapes (a text export with its 目录, a raw two-column extraction). A passage line ('（…会议通过）') dates the adoption,
not the signature: no signed date (the document is told as lacking one). Sources: tests/data/SOURCES.md, "docs17"."""

import pytest

from tests.test_parse_joint_signatures import BEIJING, BEIJING_READ, BEIJING_TOC
from tests.test_read_documents import NPC_RESOLUTION, NPC_RESOLUTION_READ, documents
from tests.test_read_variations import layout, raw_layout

# 京发〔2017〕19号 laid out as a gazette prints a notice without its signature, its date in brackets under the title
TITLE, NUMBER, TEXT = BEIJING[0], BEIJING[1], BEIJING[2:4] + BEIJING[7:]

DATED = [
    pytest.param([TITLE, "（2017年9月7日）", NUMBER], id="between_the_title_and_its_number"),
    pytest.param([TITLE, "（二○一七年九月七日）", NUMBER], id="in_chinese_numerals_between_the_title_and_its_number"),
    pytest.param([TITLE, "（二〇一七年九月七日）", NUMBER], id="with_a_ling_between_the_title_and_its_number"),
    pytest.param(["中共北京市委 北京市人民政府", TITLE.removeprefix("中共北京市委 北京市人民政府"), "（2017年9月7日）", NUMBER],
                 id="under_a_title_of_two_lines_over_its_number"),
    pytest.param([TITLE, NUMBER, "（2017年9月7日）"], id="under_the_number"),
]


@pytest.mark.parametrize("head", DATED)
def test_a_date_in_brackets_under_a_title_without_signature_is_its_signed_date(head):
    body = head + TEXT
    assert documents(layout(2017, 9, [BEIJING_TOC], body)) == [BEIJING_READ]
    assert documents(raw_layout(2017, 9, [body])) == [BEIJING_READ]


def test_a_passage_line_under_a_title_dates_no_signature():
    assert documents(raw_layout(2022, 6, [NPC_RESOLUTION])) == [NPC_RESOLUTION_READ]

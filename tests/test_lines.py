"""Lines that know their page (issues/parser/lines.py, clean.paged): a page is a number from 1, or None."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from issues.parser import clean, parse_issue
from issues.parser.lines import PAGE_NUMBER, Line, first_page, from_text, page_break, physical_pages, split_lines
from tests.conftest import as_lines, database_independent, fixture_text


@pytest.mark.parametrize(("marked", "pages"), [
    pytest.param(["封面", page_break(3), "正文", "续"], [None, 3, 3], id="a_break_numbers_the_lines_after_it"),
    pytest.param([page_break(3), "甲", page_break(), "乙"], [3, None], id="a_break_without_number_leaves_the_page_unknown"),
    pytest.param([page_break(0), "甲", page_break(1), "乙"], [None, 1], id="page_zero_is_no_page"),
])
def test_page_breaks_become_the_page_of_each_line(marked, pages):
    cleaned = clean.paged(as_lines(marked))
    assert [line.page for line in cleaned] == pages
    assert [line.text for line in cleaned] == [item for item in marked if isinstance(item, str)]


def test_the_file_page_follows_the_printed_page_when_the_reader_knew_it():
    read = [Line("·  3  ·", 3, 5, PAGE_NUMBER), Line("正文", 3, 5)]
    assert physical_pages(read) == {3: 5}
    marked = as_lines([page_break(3), "正文", page_break(4), "下页"])
    assert [(line.page, line.physical_page) for line in clean.paged(marked, {3: 5})] == [(3, 5), (4, None)]


@pytest.mark.parametrize(("pages", "expected"), [
    pytest.param([7, 7, 8], 7, id="the_first_line_knows_its_page"),
    pytest.param([None, None, 37], 36, id="the_page_before_the_first_numbered_one"),
    pytest.param([None, 1], None, id="never_page_zero"),
    pytest.param([None, None], None, id="no_page_known"),
])
def test_first_page_of_a_section(pages, expected):
    assert first_page([Line("甲", page) for page in pages]) == expected


@pytest.mark.parametrize("page", [0, -1])
def test_a_line_refuses_a_page_below_one(page):
    with pytest.raises(ValueError):
        Line("甲", page)


def test_split_lines_unifies_line_ends_and_drops_control_characters():
    assert split_lines("甲\r\n乙\r丙\x00\x0b丁") == ["甲", "乙", "丙丁"]


def test_a_text_export_becomes_lines_without_pages():
    assert from_text("甲\r\n乙\x00") == [Line("甲"), Line("乙")]


# A page number line anywhere, with any number: the pages every record and warning carries stay from 1.
PAGE_NUMBER_LINES = st.sampled_from(["·  {}  ·", "— {} —", "·    {}    ·"])


def carried_pages(parsed) -> list:
    pages = [entry.page for entry in parsed.toc] + [document.page for document in parsed.documents]
    return pages + [page for warning in parsed.warnings for page in (warning.page, warning.file_page)]


@database_independent
@pytest.mark.parametrize("name", ["2020-06", "2020-09"])  # a text export with a TOC, a raw extraction without
@settings(max_examples=12)  # a whole issue parsed per example: ~0.3 s on a busy machine
@given(data=st.data())
def test_every_page_carried_is_from_one_or_none(name, data):
    lines = fixture_text(name).split("\n")
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(lines)))
        number = data.draw(st.integers(0, 3) | st.integers(0, 400))
        lines.insert(at, data.draw(PAGE_NUMBER_LINES).format(number))
    pages = carried_pages(parse_issue("\n".join(lines)))
    assert all(page is None or page >= 1 for page in pages), sorted(page for page in pages if page is not None)[:3]

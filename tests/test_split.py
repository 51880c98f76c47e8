"""Finding where each contents entry's heading is printed (issues/parser/split.py)."""

import pytest

from issues.parser import split

ISSUED_HEADING = "4月份市政府、市政府办公室发文目录"


@pytest.mark.parametrize(("body", "title", "expected"), [
    # fixture 2019-04 scanned: a speck in the letter-spaced heading's blank read as a middle dot
    (["国驻沪总领馆、德国商会。", "4月份市政·府、市政府办公室发文目录"], ISSUED_HEADING, 1),
    (["国驻沪总领馆、德国商会。", "4月份市政·府、市政", "府办公室发文目录"], ISSUED_HEADING, 1),
    # a middle dot the title prints (a foreign name) is the title's own
    (["副市长会见米哈伊尔·伊万诺夫一行"], "副市长会见米哈伊尔·伊万诺夫一行", 0),
    (["副市长会见米哈伊尔伊万诺夫一行"], "副市长会见米哈伊尔·伊万诺夫一行", None),
], ids=["speck-in-a-heading", "speck-in-a-heading-over-two-lines", "name-with-its-dot", "name-without-its-dot"])
def test_a_heading_is_found_though_a_speck_reads_as_a_middle_dot(body, title, expected):
    assert split._first_title(body, 0, title) == expected

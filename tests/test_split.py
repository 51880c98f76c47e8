"""Finding where each contents entry's heading is printed (issues/parser/split.py)."""

from decimal import Decimal

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


# district-row-rules of tests/statistics_scans.py (tests/data/SOURCES.md): a page holding the table alone, no 统计资料
# heading over it, its title read otherwise than the 目录 prints it (a scan's reader: 「1—2月」 for 「1-2月」)
DISTRICT_TABLE = [
    "2023年1—2月主要经济指标",
    "项目\t单位\t本月\t同比\t1-本月\t同比",
    "\t\t\t±%\t累计\t±%",
    "规模以上工业增加值\t%\t\t\t\t-7.0",
    "社会消费品零售总额\t亿元\t\t\t218.20\t2.4",
    "区统计局",
]


def test_a_table_whose_title_reads_otherwise_than_the_contents_is_found_by_its_shape():
    """Measured before: no statistics section (the entry not found, its rows read into the chronicle before it)."""
    from issues.parser import parse_issue
    from tests.test_read_variations import layout

    body = ["4月份市政府记事", "1日", "△ 市长姚高员主持召开市政府常务会议。"] + DISTRICT_TABLE
    parsed = parse_issue(layout(2023, 2, [("政府记事", "4月份市政府记事"), ("统计资料", "2023年1-2月主要经济指标")], body))
    assert [(r.indicator, r.cumulative, r.cumulative_yoy) for r in parsed.statistics.rows] == [
        ("规模以上工业增加值", None, Decimal("-7.0")), ("社会消费品零售总额", Decimal("218.20"), Decimal("2.4"))]
    assert parsed.statistics.producer == "区统计局"

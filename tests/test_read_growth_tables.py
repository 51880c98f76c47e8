"""Growth tables as 北京市统计局 prints them, laid out as an issue's 统计资料 (issue 21 §1): two value columns only (当月同比增长,
累计同比增长), named by the heading row, rows grouped under lines of their own ('按经济类型分组') and sub-rows marked '其中:'.
Read as the gazette's four columns, none of their rows was read (a loss told, every row lost). Sources: tests/data/SOURCES.md,
"wild18"."""

from decimal import Decimal

import pytest

from issues.parser import parse_issue, statistics
from tests.test_read_variations import layout

# 北京市统计局 2023-11-16: 规模以上工业增加值增速, 2023年1-10月 (shortened; the title and producer line written from the page's)
GROUPED_TITLE = "2023年1-10月北京市规模以上工业增加值增速"
GROUPED = [GROUPED_TITLE, "项 目\t当月同比增长(%)\t累计同比增长(%)", "合 计\t3.1\t-0.4", "按经济类型分组",
           "其中:国有企业\t-7.2\t14.5", "股份制企业\t0.3\t0.8", "按企业规模分组", "其中:大型企业\t-4.1\t-4.0", "中型企业\t29.5\t4.8",
           "北京市统计局"]
# 北京市统计局 2011: 规模以上工业增加值增速分组资料(按行业分组)(一), 2011年1-3月: the heading row's first cell empty (shortened)
TRADES_TITLE = "2011年1-3月规模以上工业增加值增速分组资料(按行业分组)"
TRADES = [TRADES_TITLE, "\t当月同比增长(%)\t累计同比增长(%)", "煤炭开采和洗选业\t16.5\t13.6", "石油和天然气开采业\t-32.6\t-8.1",
          "北京市统计局 国家统计局北京调查总队"]


def table(lines, month):
    parsed = parse_issue(layout(lines[0][:4], month, [("统计资料", lines[0])], lines))
    rows = [(r.indicator, r.sub_row, r.month, r.month_yoy, r.cumulative, r.cumulative_yoy) for r in parsed.statistics.rows]
    return rows, [(w.kind, w.lines) for w in parsed.warnings if w.level == "loss"]


D = Decimal


@pytest.mark.parametrize("lines, month, expected", [
    pytest.param(GROUPED, 11, [("合 计", False, None, D("3.1"), None, D("-0.4")), ("国有企业", True, None, D("-7.2"), None, D("14.5")),
                               ("股份制企业", False, None, D("0.3"), None, D("0.8")), ("大型企业", True, None, D("-4.1"), None, D("-4.0")),
                               ("中型企业", False, None, D("29.5"), None, D("4.8"))],
                 id="growth_columns_named_by_the_heading_row_rows_grouped_and_marked_qi_zhong"),
    pytest.param(TRADES, 4, [("煤炭开采和洗选业", False, None, D("16.5"), None, D("13.6")),
                             ("石油和天然气开采业", False, None, D("-32.6"), None, D("-8.1"))],
                 id="heading_row_without_its_row_head"),
])
def test_a_table_of_two_growth_columns_is_read_by_its_heading_row(lines, month, expected):
    assert table(lines, month) == (expected, [])


@pytest.mark.parametrize("heading, columns", [
    pytest.param("项 目\t当月同比增长(%)\t累计同比增长(%)", ("month_yoy", "cumulative_yoy"), id="growths_of_both_periods"),
    # the 北京市统计局 2018-08 table's heading (tests/data/SOURCES.md, wild17) cut to its first two columns for the test
    pytest.param("项 目\t2018年8月\t同比增长(%)", ("month", "month_yoy"), id="a_month_and_its_growth"),
    pytest.param("项 目\t2018年8月\t同比增长(%)\t2018年1-8月\t同比增长(%)", None, id="four_columns_read_as_the_gazettes"),
    pytest.param("同比增长(%)\t累计同比增长(%)", None, id="a_growth_of_no_period"),
    # a piece of the gazette's own heading row a raw extraction printed alone (tests/test_rawsplit.py's 温州 heading)
    pytest.param("当月", None, id="one_column_is_a_piece_of_the_gazettes_heading"),
])
def test_heading_columns(heading, columns):
    assert statistics.heading_columns(heading) == columns


def test_a_row_of_the_gazettes_four_figures_under_such_a_heading_is_read_as_the_gazettes():
    # the 2019-04 fixture's first row (tests/test_parse_statistics.py FIXTURE_TABLE) under the 北京 heading above
    table = statistics.parse([GROUPED_TITLE, GROUPED[1], "一、规模以上工业增加值\t亿元\t86.85\t2.8\t326.47\t8.0"])
    assert [(r.indicator, r.unit, r.month, r.cumulative_yoy) for r in table.rows] == [
        ("一、规模以上工业增加值", "亿元", Decimal("86.85"), Decimal("8.0"))]

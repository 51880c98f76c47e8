"""Statistics rows whose cells a scan read with a speck, a letter for a digit, or another row's text (issue 12).

The rows are 北京市统计局's 2023 and 2024 (1-9月) figures (tests/data/SOURCES.md, "ocrstat"), printed as a ruled table by
tests/pdfgen/statistics_tables.py, scanned by tests/scans.py and read by OCR: each misread line below is what a scan of
them gave (its seed said beside it), the rows above it what the same scans read right.
"""

from decimal import Decimal

import pytest

from issues.parser import statistics

HEADER = "指标\t单位\t当月\t同比±%\t累计\t同比±%"
# 北京市2023年主要经济指标: its 元 rows say the 累计 column prints no decimals for 元 and the growth one
BEIJING_2023 = ["北京市2023年主要经济指标", HEADER,
                "地区生产总值\t亿元\t——\t——\t43760.7\t5.2",
                "#城镇居民人均可支配收入\t元\t——\t——\t88650\t5.5",
                "#农村居民人均可支配收入\t元\t——\t——\t37358\t7.5",
                "全市居民人均消费支出\t元\t——\t——\t47586\t11.5"]
# 北京市2024年1-9月主要经济指标: one row in 元 only, so its 累计 column's decimals for 元 are not known
BEIJING_2024 = ["北京市2024年1-9月主要经济指标", HEADER,
                "地区生产总值\t亿元\t——\t——\t38415.9\t5.6",
                "#第一产业增加值\t亿元\t——\t——\t77.9\t-1.1",
                "社会消费品零售总额\t亿元\t——\t——\t9803.1\t-5.1"]


def row_of(table: list[str], line: str, warnings: list) -> tuple:
    row = statistics.parse([*table, line], warnings=warnings).rows[-1]
    return (row.indicator, row.sub_row, row.unit, row.month, row.month_yoy, row.cumulative, row.cumulative_yoy)


@pytest.mark.parametrize("table, line, expected", [
    pytest.param(BEIJING_2023, "#农村居民人均消费支出\t元\t——\t——\t26277.\t10.7",  # its last rows run on to a page, seed 14
                 ("农村居民人均消费支出", True, "元", None, None, Decimal("26277"), Decimal("10.7")),
                 id="a_speck_after_a_whole_figure_read_as_its_point"),
    pytest.param(BEIJING_2023, "全市居民人均可支配收入\t元\t——\t——\t81752.\t5.6",  # 10.5 pt, seed 36
                 ("全市居民人均可支配收入", False, "元", None, None, Decimal("81752"), Decimal("5.6")),
                 id="a_speck_after_a_whole_figure_of_a_main_row"),
    pytest.param(BEIJING_2023, "#城镇居民人均消费支出\t元\t——\t——\t50897\t1l..6",  # 10.5 pt, seed 4
                 ("城镇居民人均消费支出", True, "元", None, None, Decimal("50897"), Decimal("11.6")),
                 id="a_one_read_as_a_letter_and_the_point_twice"),
    pytest.param(BEIJING_2024, "#第二产业增加值\t亿元：\t——\t——\t5055.9\t4.0",  # 10.5 pt, seed 36
                 ("第二产业增加值", True, "亿元", None, None, Decimal("5055.9"), Decimal("4.0")),
                 id="a_speck_after_the_unit_read_as_a_colon"),
])
def test_a_cell_a_scan_misread_reads_as_printed_where_its_column_vouches_for_it(table, line, expected):
    warnings = []
    assert row_of(table, line, warnings) == expected
    assert warnings == []


def test_a_whole_figure_with_a_speck_no_column_vouches_for_stays_a_loss_quoting_it():
    """The 2024 table's only 元 row (10.5 pt, seed 1): 67206 or 67206.x, nothing says which; its dash cell read as nothing."""
    warnings = []
    line = "全市居民人均可支配收入\t元\t\t——\t67206.\t4.5"
    assert [row.indicator for row in statistics.parse([*BEIJING_2024, line], warnings=warnings).rows] == [
        "地区生产总值", "第一产业增加值", "社会消费品零售总额"]
    assert [(w.level, w.lines) for w in warnings] == [("loss", ["全市居民人均可支配收入 元 —— 67206. 4.5"])]


def test_rows_a_scan_read_into_one_cell_are_a_loss_quoting_every_line_with_a_figure():
    """The 2024 table's last three rows run on to a page of their own (seed 2), read at the tilt of their few text
    lines, not the page's: the rules between them were not found in the indicator and last columns, whose text ran
    together into the first row's cells, the other rows left with a unit, dashes and a figure or none."""
    warnings = []
    lines = ["固定资产投资（不含农户）社会消费品零售总额全市居民人均可支配收入\t%\t\t——\t——\t9.0-5.14..5",
             "\t亿元\t——\t——\t9803.167206", "\t元\t——\t——"]
    assert [row.indicator for row in statistics.parse([*BEIJING_2024[:3], *lines], warnings=warnings).rows] == [
        "地区生产总值"]
    assert [(w.level, w.lines) for w in warnings] == [("loss", [
        "固定资产投资（不含农户）社会消费品零售总额全市居民人均可支配收入 % —— —— 9.0-5.14..5", "亿元 —— —— 9803.167206"])]

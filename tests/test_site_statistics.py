"""Statistics: the issue's table, one SVG chart per indicator across issues, and the CSV download."""

import csv
import io
from decimal import Decimal as D

import pytest
from django.urls import reverse

from issues.charts import draw, indicator_name, indicator_series
from tests.factories import ParsedStatistics, ParsedStatisticsRow, make_issue


def stats(*rows):
    return ParsedStatistics("温州市国民经济主要统计指标", "温州市统计局制", list(rows))


@pytest.fixture
def archive(db):
    make_issue(2020, 6, statistics=stats(
        ParsedStatisticsRow("一、规模以上工业增加值", False, "亿元", D("101.29"), D("5.0"), D("466.99"), D("-1.2")),
        ParsedStatisticsRow("四、金融机构人民币存款余额", False, "亿元", None, None, D("14500.1"), D("12.3")),
    ))
    make_issue(2020, 11, statistics=stats(
        ParsedStatisticsRow("一、规模以上工业增加值", False, "亿元", D("116.29"), D("10.1"), D("981.11"), D("4.5")),
        ParsedStatisticsRow("五、金融机构人民币存款余额", False, "亿元", None, None, D("14969.4"), D("13.0")),
        ParsedStatisticsRow("食品烟酒类", True, "%", D("100.5"), None, D("106.7"), None),
    ))
    make_issue(2021, 5, status="draft", statistics=stats(
        ParsedStatisticsRow("一、规模以上工业增加值", False, "亿元", D("999"), D("99"), None, None)))


@pytest.mark.parametrize("printed, name", [
    ("一、规模以上工业增加值", "规模以上工业增加值"),
    ("十二、居民消费价格总指数", "居民消费价格总指数"),
    ("食品烟酒类", "食品烟酒类"),
    ("其中：一般公共预算收入", "其中：一般公共预算收入"),
])
def test_indicator_names_drop_the_printed_numbering(printed, name):
    assert indicator_name(printed) == name


def test_an_indicator_renumbered_between_issues_is_one_series(client, archive):
    response = client.get(reverse("issues:statistics"))
    series = [s for s, _ in response.context["charts"]]
    assert [(s.name, s.value_kind, len(s.points)) for s in series] == [
        ("规模以上工业增加值", "当月", 2), ("金融机构人民币存款余额", "累计", 2), ("食品烟酒类", "当月", 1)]


def test_statistics_page_draws_an_svg_chart_and_a_table_per_indicator(client, archive):
    page = client.get(reverse("issues:statistics")).content.decode()
    assert page.count("<svg") == 3 and page.count('<table class="stats">') == 3
    assert "<polyline" in page and "116.29" in page and "10.1" in page
    assert "999" not in page  # drafts stay out


def test_chart_bars_are_proportional_to_the_values():
    class Issue:
        def __init__(self, n):
            self.year, self.issue_no = 2020, n

    class Row:
        def __init__(self, n, month, yoy):
            self.issue, self.indicator, self.unit, self.sub_row = Issue(n), "指标", "亿元", False
            self.month, self.month_yoy, self.cumulative, self.cumulative_yoy = month, yoy, None, None

    [series] = indicator_series([Row(1, D("50"), D("-5")), Row(2, D("100"), D("10"))])
    chart = draw(series)
    assert float(chart.bars[1].height) == pytest.approx(2 * float(chart.bars[0].height), abs=0.2)
    assert float(chart.yoy_points[0][1]) > float(chart.yoy_points[1][1])  # the -5% point sits lower on the page


def test_issue_statistics_table_shows_printed_figures_and_dashes(client, archive):
    page = client.get(reverse("issues:statistics_issue", args=[2020, 11])).content.decode()
    assert "116.29" in page and "981.11" in page and "—" in page
    assert "温州市统计局制" in page
    assert reverse("issues:statistics") + "#" in page


def test_issue_without_statistics_has_no_statistics_page(client, archive):
    make_issue(2019, 4)
    assert client.get(reverse("issues:statistics_issue", args=[2019, 4])).status_code == 404


def test_csv_holds_every_published_row(client, archive):
    response = client.get(reverse("issues:statistics_csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["年份", "期号", "总期号", "统计表", "指标"]
    assert len(rows) == 1 + 5
    assert ["2020", "11", "219", "温州市国民经济主要统计指标", "一、规模以上工业增加值", "", "亿元", "116.29", "10.1",
            "981.11", "4.5"] in rows


def test_empty_archive_statistics_page_says_so(client, db):
    assert "还没有统计资料" in client.get(reverse("issues:statistics")).content.decode()

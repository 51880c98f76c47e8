"""Statistics: the issue's table, one SVG chart per indicator across issues, and the CSV download."""

import csv
import io
from decimal import Decimal as D

import pytest
from django.urls import reverse

from issues.charts import indicator_name
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


@pytest.fixture
def printed(db):
    """Figures whose printed form a number would lose: 10.0, 14969.40, -0.30."""
    return make_issue(2020, 11, statistics=stats(
        ParsedStatisticsRow("五、金融机构人民币存款余额", False, "亿元", None, None, D("14969.40"), D("10.0")),
        ParsedStatisticsRow("二、财政总收入", False, "亿元", D("56.10"), D("-0.30"), D("507.5"), D("0.0")),
    ))


def test_pages_show_the_figures_as_printed(client, printed):
    issue_page = client.get(reverse("issues:statistics_issue", args=[2020, 11])).content.decode()
    charts_page = client.get(reverse("issues:statistics")).content.decode()
    for figure in ("14969.40", "10.0", "56.10", "-0.30", "0.0"):
        assert f'<td class="num">{figure}</td>' in issue_page, figure
    for figure in ("14969.40", "10.0", "56.10", "-0.30"):  # the chart of 财政总收入 plots its month figures
        assert f'<td class="num">{figure}</td>' in charts_page, figure


def test_csv_has_the_figures_as_printed(client, printed):
    rows = list(csv.reader(io.StringIO(client.get(reverse("issues:statistics_csv")).content.decode("utf-8-sig"))))
    assert rows[1][-4:] == ["", "", "14969.40", "10.0"]
    assert rows[2][-4:] == ["56.10", "-0.30", "507.5", "0.0"]


def test_api_keeps_numbers_and_adds_the_printed_strings(client, printed):
    [deposits, revenue] = client.get(reverse("issues:api_issue", args=[2020, 11])).json()["statistics"]["rows"]
    assert (deposits["cumulative"], deposits["cumulative_printed"]) == (14969.4, "14969.40")
    assert (deposits["cumulative_yoy"], deposits["cumulative_yoy_printed"]) == (10.0, "10.0")
    assert (deposits["month"], deposits["month_printed"]) == (None, None)
    assert (revenue["month_yoy"], revenue["month_yoy_printed"]) == (-0.3, "-0.30")


def test_a_figure_corrected_by_hand_is_printed_anew_and_an_unchanged_one_keeps_its_zeros(printed):
    deposits = printed.statisticsrow_set.get(indicator__contains="存款")
    deposits.cumulative = D("15000.5")
    deposits.save()
    deposits.refresh_from_db()
    assert (deposits.cumulative_printed, deposits.cumulative_yoy_printed) == ("15000.5", "10.0")

"""The statistics charts (issues/charts.py): time by month, round ticks, labels that never overlap, printed figures."""

from decimal import Decimal as D

import pytest

from issues.charts import (FONT, GAP, HEIGHT, PLOT_BOTTOM, TOP, WIDTH, bar_title, draw, indicator_series, round_ticks,
                           svg, text_width)
from issues.parser.records import printed_figure


def row(year, issue_no, month=None, month_yoy=None, cumulative=None, cumulative_yoy=None, indicator="指标", unit="亿元"):
    figures = {"month": month, "month_yoy": month_yoy, "cumulative": cumulative, "cumulative_yoy": cumulative_yoy}
    return {"year": year, "issue_no": issue_no, "indicator": indicator, "unit": unit, "sub_row": False,
            **{k: D(v) if v is not None else None for k, v in figures.items()},
            **{f"{k}_printed": printed_figure(D(v)) if v is not None else "" for k, v in figures.items()}}


def one_chart(*rows):
    [series] = indicator_series(rows)
    return series, draw(series)


def overlaps(labels):
    """Pairs of (x, text) labels whose estimated boxes are closer than GAP."""
    spans = sorted((x - text_width(t) / 2, x + text_width(t) / 2) for x, t in labels)
    return [(a, b) for a, b in zip(spans, spans[1:]) if b[0] < a[1] + GAP]


@pytest.mark.parametrize("values, ticks", [
    (["-0.3", "0"], ["-0.3", "-0.2", "-0.1", "0"]),  # 财政总收入: 0% and -0.3% no longer share a label's room
    (["86.85", "116.29"], ["0", "50", "100", "150"]),
    (["14500.1", "14969.40"], ["0", "5000", "10000", "15000"]),
    (["-5", "10"], ["-5", "0", "5", "10"]),
    (["0"], ["0", "0.5", "1"]),
    (["100.5", "106.7"], ["0", "50", "100", "150"]),  # a price index: bars from zero, as printed
])
def test_value_axes_have_round_ticks_that_cover_the_values_and_zero(values, ticks):
    assert [f"{t.normalize():f}" if t else "0" for t in round_ticks([float(v) for v in values])] == ticks


def test_issues_stand_on_the_time_axis_by_their_month():
    _, chart = one_chart(row(2019, 4, "10"), row(2020, 6, "11"), row(2020, 9, "12"))
    centres = [bar.x + bar.width / 2 for bar in chart.bars]
    assert (centres[1] - centres[0]) / (centres[2] - centres[1]) == pytest.approx(14 / 3)


def test_bars_are_proportional_to_the_values_and_yoy_below_zero_sits_lower():
    _, chart = one_chart(row(2020, 1, "50", "-5"), row(2020, 2, "100", "10"))
    assert chart.bars[1].height == pytest.approx(2 * chart.bars[0].height, abs=0.2)
    assert chart.yoy_points[0][1] > chart.yoy_points[1][1]


@pytest.mark.parametrize("months", [
    [(2019, 4), (2020, 6), (2020, 9), (2020, 11), (2021, 5)],  # the five sample issues
    [(2020, n) for n in range(1, 13)],
    [(2001 + n // 12, n % 12 + 1) for n in range(240)],  # twenty years
    [(2020, 1), (2020, 2), (2020, 3), (2024, 12)],  # a crowd and a far one
    [(2020, 6)],
])
def test_issue_labels_never_overlap_and_the_newest_is_labelled(months):
    _, chart = one_chart(*[row(y, n, "1") for y, n in months])
    assert overlaps(chart.issue_labels) == []
    assert chart.issue_labels[-1][1] == f"{months[-1][0]}.{months[-1][1]}"
    assert all(text_width(t) / 2 <= x <= WIDTH - text_width(t) / 2 for x, t in chart.issue_labels)


@pytest.mark.parametrize("values, yoys", [
    (["86.85", "116.29"], ["0", "-0.3"]),
    (["1", "1000000"], ["-99.9", "250"]),
    (["0.01", "0.02"], ["0.1", "0.1"]),
])
def test_axis_labels_never_overlap_each_other_or_the_issue_labels(values, yoys):
    _, chart = one_chart(*[row(2020, n + 1, v, y) for n, (v, y) in enumerate(zip(values, yoys))])
    for ticks in (chart.ticks, chart.yoy_ticks):
        ys = sorted(y for y, _ in ticks)
        assert all(b - a >= FONT * 1.2 for a, b in zip(ys, ys[1:]))
        issue_labels_top = PLOT_BOTTOM + 2 * GAP  # their baseline less one FONT
        assert TOP - 1 <= ys[0] and ys[-1] + FONT / 2 <= issue_labels_top
    assert max(text_width(label) for _, label in chart.ticks) <= chart.left - GAP
    assert max(text_width(label) for _, label in chart.yoy_ticks) <= WIDTH - chart.right - GAP
    assert chart.right - chart.left > WIDTH / 3


def test_figures_are_shown_as_printed():
    series, chart = one_chart(row(2020, 11, cumulative="14969.40", cumulative_yoy="10.0", indicator="五、金融机构人民币存款余额"))
    assert series.value_kind == "累计" and series.name == "金融机构人民币存款余额"
    assert bar_title(chart.bars[0].point, "亿元") == "2020年第11期：14969.40亿元，同比 10.0%"
    assert "<title>2020年第11期：14969.40亿元，同比 10.0%</title>" in svg(series, chart)


def test_a_chart_fits_its_view_box():
    _, chart = one_chart(*[row(2001 + n // 12, n % 12 + 1, str(n * 7 - 300), str(n % 13 - 6)) for n in range(240)])
    assert all(0 <= bar.x and bar.x + bar.width <= WIDTH and 0 <= bar.y <= HEIGHT for bar in chart.bars)
    assert all(chart.left <= x <= chart.right for x, _ in chart.yoy_points)

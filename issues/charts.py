"""Statistics across issues: one series per indicator, drawn server-side as plain SVG geometry.

Indicators are matched across issues by name (without the printed 一、 numbering) and unit.
Each series plots the month value as bars and the year-on-year change as a line; an indicator
printed only as a running total (存款余额) plots the cumulative value instead. The template
turns the geometry into an inline <svg>, so charts need no JavaScript and no network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

CN_NUMERALS = set("一二三四五六七八九十")

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 92, 76, 36, 44


def indicator_name(printed: str) -> str:
    """'一、规模以上工业增加值' -> '规模以上工业增加值'; names without numbering stay as printed."""
    name = printed.strip()
    head, sep, tail = name.partition("、")
    if sep and 0 < len(head) <= 3 and set(head) <= CN_NUMERALS:
        return tail.strip()
    return name


def anchor(name: str, unit: str) -> str:
    """The id of an indicator's chart on the statistics page: '指标-规模以上工业增加值-亿元'.

    A unit of % becomes the full-width ％, which has no meaning in a URL fragment.
    """
    return f"指标-{name}-{unit}".replace(" ", "").replace("%", "％")


@dataclass
class Point:
    issue: object
    value: Decimal | None
    yoy: Decimal | None


@dataclass
class Series:
    slug: str
    name: str
    unit: str
    sub_row: bool
    value_kind: str = "当月"  # or 累计 for balances printed only as totals
    points: list[Point] = field(default_factory=list)


def indicator_series(rows) -> list[Series]:
    """Group statistics rows (with .issue, ordered oldest issue first) into one series per indicator."""
    rows = list(rows)
    by_key: dict[tuple[str, str], list] = {}
    for row in rows:
        by_key.setdefault((indicator_name(row.indicator), row.unit), []).append(row)
    series = []
    for (name, unit), group in by_key.items():
        monthly = any(r.month is not None for r in group)
        kind = "当月" if monthly else "累计"
        points = [
            Point(r.issue, r.month if monthly else r.cumulative, r.month_yoy if monthly else r.cumulative_yoy)
            for r in group
        ]
        series.append(Series(anchor(name, unit), name, unit, group[0].sub_row, kind, points))
    return series


def _c(value: float) -> str:
    """An SVG coordinate, printed once here so the template needs no number filters."""
    return f"{value:.1f}"


@dataclass
class Bar:
    x: str
    y: str
    width: str
    height: str
    centre: str
    label: str
    value: str


@dataclass
class Chart:
    width: int
    height: int
    baseline: str
    bars: list[Bar]
    yoy_points: list[tuple[str, str, str]]  # x, y, printed value
    ticks: list[tuple[str, str]]  # y, label on the left axis
    yoy_ticks: list[tuple[str, str]]  # y, label on the right axis

    left: int = LEFT
    right: int = WIDTH - RIGHT  # the x where the plot ends and the YoY axis labels start

    @property
    def yoy_path(self) -> str:
        return " ".join(f"{x},{y}" for x, y, _ in self.yoy_points)


def _scale(values: list[Decimal]):
    low = min([Decimal(0), *values])
    high = max([Decimal(0), *values])
    span = (high - low) or Decimal(1)
    plot = HEIGHT - TOP - BOTTOM

    def y(value: Decimal) -> float:
        return TOP + float((high - value) / span) * plot

    return y, low, high


def _printed(value: Decimal) -> str:
    return f"{value.normalize():f}"


def draw(series: Series) -> Chart:
    """Bars for the values, a line for the YoY changes, with their axes' end ticks."""
    values = [p.value for p in series.points if p.value is not None]
    yoys = [p.yoy for p in series.points if p.yoy is not None]
    y_value, low, high = _scale(values)
    y_yoy, yoy_low, yoy_high = _scale(yoys)
    zero = y_value(Decimal(0))
    slot = (WIDTH - LEFT - RIGHT) / max(len(series.points), 1)
    bar_width = min(slot * 0.6, 48)
    bars, yoy_points = [], []
    for i, point in enumerate(series.points):
        centre = LEFT + slot * (i + 0.5)
        label = f"{point.issue.year}.{point.issue.issue_no}"
        top, bottom = sorted([y_value(point.value), zero]) if point.value is not None else (zero, zero)
        height = max(bottom - top, 1) if point.value is not None else 0
        bars.append(Bar(_c(centre - bar_width / 2), _c(top), _c(bar_width), _c(height), _c(centre), label,
                        _printed(point.value) if point.value is not None else "—"))
        if point.yoy is not None:
            yoy_points.append((_c(centre), _c(y_yoy(point.yoy)), _printed(point.yoy)))
    ticks = [(_c(y_value(v)), _printed(v)) for v in sorted({low, Decimal(0), high})]
    yoy_ticks = [(_c(y_yoy(v)), f"{_printed(v)}%") for v in sorted({yoy_low, Decimal(0), yoy_high})] if yoys else []
    return Chart(WIDTH, HEIGHT, _c(zero), bars, yoy_points, ticks, yoy_ticks)

"""Statistics across issues: one series per indicator, drawn server-side as inline SVG.

Indicators are matched across issues by name (without the printed 一、 numbering) and unit.
Each series plots the month value as bars and the year-on-year change as a line; an indicator
printed only as a running total (存款余额) plots the cumulative value instead.

The drawing keeps to what was printed and when:
- an issue sits on the time axis by its month (a monthly gazette: issue N of a year is month N),
  so 2019.4 and 2020.6 stand fourteen months apart, not one step;
- each value axis has round ticks at even steps, far enough apart for their labels;
- the issue labels under the axis are thinned until none touches its neighbour (the newest is
  always labelled);
- every figure is shown as the gazette printed it (10.0, 14969.40).
Text widths are reckoned at the largest size the stylesheet gives chart text (on a phone, where
the chart is drawn at about half size), so labels that clear each other there clear everywhere.
The markup is built here in one pass rather than by template loops: the statistics page of a
twenty-year archive draws thousands of points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from html import escape

CN_NUMERALS = set("一二三四五六七八九十")

WIDTH, HEIGHT = 640, 280
FONT = 18  # px: .chart text on a phone (site.css); never less than the desktop size
TOP = 40  # room above the plot for the axis captions (unit, 同比%)
GAP = 8  # between an axis and its labels, and between neighbouring labels
PLOT_BOTTOM = HEIGHT - FONT - 4 * GAP  # the issue labels sit below
INSET = 24  # the first and last issue stand this far inside the plot, to leave room for their bars
MOST_TICKS = 5
NICE_STEPS = (Decimal(1), Decimal(2), Decimal(5), Decimal(10))


def indicator_name(printed: str) -> str:
    """'一、规模以上工业增加值' -> '规模以上工业增加值'; names without numbering stay as printed."""
    name = printed.strip()
    head, sep, tail = name.partition("、")
    if sep and 0 < len(head) <= 3 and set(head) <= CN_NUMERALS:
        return tail.strip()
    return name


def anchor(name: str, unit: str) -> str:
    """The id of an indicator's section on the statistics page: '指标-规模以上工业增加值-亿元'.

    A unit of % becomes the full-width ％, which has no meaning in a URL fragment.
    """
    return f"指标-{name}-{unit}".replace(" ", "").replace("%", "％")


@dataclass(slots=True)
class Point:
    year: int
    issue_no: int
    printed: str  # the figure as the gazette printed it ('10.0'); '' when it printed none
    yoy_printed: str
    value: float | None = field(init=False)
    yoy: float | None = field(init=False)
    month: int = field(init=False)  # months since year 0: a monthly gazette's issue N of a year is month N

    def __post_init__(self):
        self.value = float(self.printed) if self.printed else None
        self.yoy = float(self.yoy_printed) if self.yoy_printed else None
        self.month = self.year * 12 + self.issue_no - 1

    @property
    def label(self) -> str:
        return f"{self.year}.{self.issue_no}"


@dataclass
class Series:
    number: int  # its place on the page: SVG ids are chart-<number>-…, plain ASCII as SVG wants
    slug: str
    name: str
    unit: str
    sub_row: bool
    value_kind: str = "当月"  # or 累计 for balances printed only as totals
    points: list[Point] = field(default_factory=list)


# The row shape indicator_series reads (a StatisticsRow queryset's .values(), see issues.views.statistics): the
# printed figures are the data, so what is drawn is what was printed, and no number is converted twice.
ROW_FIELDS = ("indicator", "unit", "sub_row", "month_printed", "month_yoy_printed", "cumulative_printed",
              "cumulative_yoy_printed")


def indicator_series(rows) -> list[Series]:
    """Group statistics rows (dicts of ROW_FIELDS plus year and issue_no, oldest issue first) by indicator."""
    by_key: dict[tuple[str, str], list] = {}
    for row in rows:
        by_key.setdefault((indicator_name(row["indicator"]), row["unit"]), []).append(row)
    series = []
    for number, ((name, unit), group) in enumerate(by_key.items(), start=1):
        kind = "month" if any(r["month_printed"] for r in group) else "cumulative"
        points = [Point(r["year"], r["issue_no"], r[f"{kind}_printed"], r[f"{kind}_yoy_printed"]) for r in group]
        series.append(Series(number, anchor(name, unit), name, unit, group[0]["sub_row"],
                             "当月" if kind == "month" else "累计", points))
    return series


# ------------------------------------------------------------------ geometry


def text_width(text: str) -> float:
    """Width at FONT px: digits and Latin about 0.6 em, Chinese 1 em (generous for both)."""
    if text.isascii():
        return FONT * 0.6 * len(text)
    return FONT * sum(0.6 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def plain(value: Decimal) -> str:
    """A tick value without exponent or trailing zeros: 0, 2.5, 15000, -0.5."""
    return "0" if value == 0 else f"{value.normalize():f}"


def round_ticks(values: list[float]) -> list[Decimal]:
    """Even ticks at a step of 1, 2 or 5 × 10^n covering the values and zero, at most MOST_TICKS + 2."""
    low, high = Decimal(str(min([0, *values]))), Decimal(str(max([0, *values])))
    if low == high:
        high = low + 1
    rough = (high - low) / (MOST_TICKS - 1)
    step = next(m.scaleb(rough.adjusted()) for m in NICE_STEPS if m.scaleb(rough.adjusted()) >= rough)
    first = (low / step).to_integral_value(ROUND_FLOOR) * step
    last = (high / step).to_integral_value(ROUND_CEILING) * step
    return [first + step * k for k in range(int((last - first) / step) + 1)]


class Axis:
    def __init__(self, ticks: list[Decimal]):
        self.ticks = ticks
        self._high = float(ticks[-1])
        self._scale = (PLOT_BOTTOM - TOP) / float(ticks[-1] - ticks[0])

    def y(self, value: float) -> float:
        return TOP + (self._high - value) * self._scale

    def labels(self) -> list[tuple[float, str]]:
        return [(self.y(float(tick)), plain(tick)) for tick in self.ticks]

    def width(self) -> float:
        return max(text_width(label) for _, label in self.labels())


def thinned(labels: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """(x, text) labels left to right, keeping each that clears the one before; the last always stays."""
    def span(item):
        x, text = item
        half = text_width(text) / 2
        return x - half, x + half

    kept: list[tuple[float, str]] = []
    kept_end = float("-inf")
    for item in labels:
        start, end = span(item)
        if start >= kept_end + GAP:
            kept.append(item)
            kept_end = end
    if labels and kept[-1] is not labels[-1]:
        last_start = span(labels[-1])[0]
        while kept and span(kept[-1])[1] + GAP > last_start:
            kept.pop()
        kept.append(labels[-1])
    return kept


@dataclass(slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    point: Point


@dataclass
class Chart:
    left: float  # where the plot starts (the value labels stand left of it)
    right: float  # where it ends (the YoY labels stand right of it)
    zero: float  # the y of the value axis's 0
    ticks: list[tuple[float, str]]  # y, label of the value axis (left)
    yoy_ticks: list[tuple[float, str]]  # y, label of the YoY axis (right)
    bars: list[Bar]
    yoy_points: list[tuple[float, float]]  # x, y
    issue_labels: list[tuple[float, str]]  # x, text under the axis


def draw(series: Series) -> Chart:
    """Bars for the values and a line for the YoY changes, placed by month, with both axes' ticks."""
    values = Axis(round_ticks([p.value for p in series.points if p.value is not None]))
    yoys = [p.yoy for p in series.points if p.yoy is not None]
    yoy_axis = Axis(round_ticks(yoys)) if yoys else None
    ends = (min(series.points, key=lambda p: p.month), max(series.points, key=lambda p: p.month))
    edge = max(text_width(p.label) for p in ends) / 2 - INSET  # the end issues' labels stay inside
    left = max(values.width() + 2 * GAP, edge)
    right = WIDTH - max(yoy_axis.width() + 2 * GAP if yoy_axis else GAP, edge)
    months = sorted({p.month for p in series.points})
    first, span = months[0], (months[-1] - months[0]) or 1
    scale = (right - left - 2 * INSET) / span

    def x(month: int) -> float:
        return left + INSET + (month - first) * scale if len(months) > 1 else (left + right) / 2

    closest = min((b - a for a, b in zip(months, months[1:])), default=None)
    bar_width = min(max(closest * scale * 0.6, 1.5), 40) if closest else 40
    zero = values.y(0)
    bars, yoy_points = [], []
    for point in series.points:
        centre = x(point.month)
        if point.value is not None:
            top, bottom = sorted([values.y(point.value), zero])
            bars.append(Bar(centre - bar_width / 2, top, bar_width, max(bottom - top, 1), point))
        if point.yoy is not None:
            yoy_points.append((centre, yoy_axis.y(point.yoy)))
    return Chart(left, right, zero, values.labels(), yoy_axis.labels() if yoy_axis else [], bars, yoy_points,
                 thinned([(x(p.month), p.label) for p in series.points]))


# ------------------------------------------------------------------ markup


def _n(value: float) -> str:
    return f"{value:.1f}"


def bar_title(point: Point, unit: str) -> str:
    """A bar's tooltip, its figures as printed: '2020年第11期：14969.40亿元，同比 10.0%' (unit escaped by the caller)."""
    yoy = f"，同比 {escape(point.yoy_printed)}%" if point.yoy_printed else ""
    return f"{point.year}年第{point.issue_no}期：{escape(point.printed)}{unit}{yoy}"


def svg(series: Series, chart: Chart) -> str:
    """The chart as an inline <svg>, every text escaped; the caller marks it safe."""
    ids = f"chart-{series.number}"
    kind = series.value_kind
    described = f"{series.name}各期{kind}数值柱形图" + ("及同比增幅折线" if chart.yoy_points else "") + "，数据见所附表格。"
    label_y = _n(PLOT_BOTTOM + 2 * GAP + FONT)
    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{ids}-desc" '
        f'preserveAspectRatio="xMidYMid meet"><desc id="{ids}-desc">{escape(described)}</desc>',
        f'<text class="tick" x="4" y="{FONT}">{escape(series.unit)}</text>' if series.unit else "",
        f'<text class="tick yoy-tick" x="{WIDTH - 4}" y="{FONT}" text-anchor="end">同比%</text>'
        if chart.yoy_points else "",
    ]
    for y, label in chart.ticks:
        parts.append(f'<line class="grid" x1="{_n(chart.left)}" x2="{_n(chart.right)}" y1="{_n(y)}" y2="{_n(y)}"/>'
                     f'<text class="tick" x="{_n(chart.left - GAP)}" y="{_n(y)}" text-anchor="end" '
                     f'dominant-baseline="middle">{label}</text>')
    for y, label in chart.yoy_ticks:
        parts.append(f'<text class="tick yoy-tick" x="{_n(chart.right + GAP)}" y="{_n(y)}" '
                     f'dominant-baseline="middle">{label}</text>')
    unit = escape(series.unit)
    for bar in chart.bars:
        parts.append(f'<rect class="bar" x="{_n(bar.x)}" y="{_n(bar.y)}" width="{_n(bar.width)}" '
                     f'height="{_n(bar.height)}"><title>{bar_title(bar.point, unit)}</title></rect>')
    for x, label in chart.issue_labels:
        parts.append(f'<text class="bar-label" x="{_n(x)}" y="{label_y}" text-anchor="middle">{label}</text>')
    if chart.yoy_points:
        path = " ".join(f"{_n(x)},{_n(y)}" for x, y in chart.yoy_points)
        parts.append(f'<polyline class="yoy" points="{path}"/>')
        parts.extend(f'<circle class="yoy-dot" cx="{_n(x)}" cy="{_n(y)}" r="4"/>' for x, y in chart.yoy_points)
    parts.append(f'<line class="axis" x1="{_n(chart.left)}" x2="{_n(chart.right)}" y1="{_n(chart.zero)}" '
                 f'y2="{_n(chart.zero)}"/></svg>')
    return "".join(parts)

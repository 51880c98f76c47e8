"""The economic statistics table (统计资料): title, producer and one row per indicator.

Rows come tab-separated (clean text) or space-separated (a raw extraction):
    一、规模以上工业增加值	亿元	86.85	2.8	326.47	8.0
    　　#一般公共预算收入 亿元 56.07 2.1 507.56 3.5
A '#' or leading spaces mark a 其中 sub-row; '—' / '——' / '/' and an empty tab cell are empty cells;
negatives are kept, thousands separators and a repeated '%' dropped ('12,546.38', '8.1%').
The four values are read from the right, so an indicator with a space in it stays whole.
A line holding figures that gives no row is a loss warning, quoted.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from issues.parser import regexes, section_lines
from issues.parser.records import ParsedStatistics, ParsedStatisticsRow
from issues.parser.warnings import LOSS, ParseWarning

VALUE_CELLS = 4  # 当月, 同比 ±%, 累计, 同比 ±%
MAX_INDICATOR = 60  # '二、限额以上消费品零售总额'; a longer "indicator" is running text ending in numbers
MAX_UNIT = 10  # '亿元', '%', '万人次'

MINUS_SIGNS = str.maketrans({"－": "-", "−": "-", ",": None, "%": None, "％": None})
MIN_FIGURES = 2  # a line with fewer numbers is text (a note under the table), not a row lost


def parse(lines: list[str], warnings: list | None = None) -> ParsedStatistics:
    """Lines of the section, title ('温州市2020年6月份国民经济主要统计指标') first when printed.

    A line with figures that is no row ('地区生产总值 3560.1 5.8', a cell lost) is added to `warnings`."""
    table = ParsedStatistics(title=title(lines))
    unread: list[str] = []
    for line in lines:
        text = section_lines.strip_markdown(line) if line.lstrip().startswith("##") else line
        producer = regexes.STATISTICS_PRODUCER.match(text.strip()) or regexes.STATISTICS_SOURCE.match(text.strip())
        if producer:
            table.producer = producer["producer"]
        elif row := _row(text, table.rows[-1].unit if table.rows else ""):
            table.rows.append(row)
        elif _holds_figures(text) and not _is_title(text):
            unread.append(text.strip())
    if unread and warnings is not None:
        warnings.append(ParseWarning(LOSS, "statistics_row_unread", "这几行有数字，但没有读成统计表的一行"
                                     "（指标、单位、当月、同比、累计、同比）", section="统计资料", lines=unread))
    return table


def title(lines: list[str]) -> str | None:
    """The gazette's own title ('温州市2020年9月份国民经济主要统计指标'), else a table title as other pages print it
    ('2022年6月社会消费品零售总额'), else the section's first line."""
    titles = ["".join(section_lines.strip_markdown(line).split()) for line in lines]
    return next((name for name in titles if regexes.STATISTICS_TITLE.match(name)),
                next((name for name in titles if regexes.STATISTICS_TABLE_TITLE.match(name)),
                     titles[0] if titles else None))


def _is_title(text: str) -> bool:
    compacted = "".join(section_lines.strip_markdown(text).split())
    return bool(regexes.STATISTICS_TITLE.match(compacted) or regexes.STATISTICS_TABLE_TITLE.match(compacted))


def _holds_figures(text: str) -> bool:
    return sum(bool(regexes.STATISTICS_CELL_VALUE.match(cell)) and any(c.isdigit() for c in cell)
               for cell in _cells(text)) >= MIN_FIGURES


def _row(line: str, unit_above: str = "") -> ParsedStatisticsRow | None:
    """One indicator row, or None for the heading row, the title and anything that is no row.

    A table without a unit column prints the unit in the indicator ('社会消费品零售总额(亿元)'); its
    breakdown rows under it print none and are in the unit above ('# 批发零售业')."""
    if not line.strip() or regexes.STATISTICS_HEADER_ROW.match(line):
        return None
    cells = _cells(line)
    if len(cells) < VALUE_CELLS + 1 or not all(not c or regexes.STATISTICS_CELL_VALUE.match(c) for c in cells[-VALUE_CELLS:]):
        return None
    if len(cells) > VALUE_CELLS + 1 and not regexes.STATISTICS_CELL_VALUE.match(cells[-VALUE_CELLS - 1]):
        indicator, unit = " ".join(filter(None, cells[: -VALUE_CELLS - 1])), cells[-VALUE_CELLS - 1]
    elif bracketed := regexes.STATISTICS_INDICATOR_UNIT.match(" ".join(filter(None, cells[:-VALUE_CELLS]))):
        indicator, unit = bracketed["indicator"], bracketed["unit"]
    else:
        indicator, unit = " ".join(filter(None, cells[:-VALUE_CELLS])), unit_above
    if len(indicator) > MAX_INDICATOR or len(unit) > MAX_UNIT:
        return None
    return ParsedStatisticsRow(
        indicator=indicator.lstrip("#＃").strip(),
        sub_row=bool(regexes.STATISTICS_SUB_ROW.match(line)),
        unit=unit,
        month=_value(cells[-4]),
        month_yoy=_value(cells[-3]),
        cumulative=_value(cells[-2]),
        cumulative_yoy=_value(cells[-1]),
    )


def _cells(line: str) -> list[str]:
    """The cells of a row; in a tab-separated row an empty cell between two others is kept as '' (no figure):
    '地区生产总值\t亿元\t\t\t3560.1\t5.8'."""
    text = line.strip(" \t\u3000\xa0")
    if "\t" in text:
        cells = [cell.strip(" \u3000\xa0") for cell in text.split("\t")]
        return [cell for n, cell in enumerate(cells) if cell or 0 < n < len(cells) - 1]
    return [cell.strip(" \u3000\xa0") for cell in text.split() if cell.strip(" \u3000\xa0")]


def _value(cell: str) -> Decimal | None:
    try:
        return Decimal(cell.translate(MINUS_SIGNS))
    except InvalidOperation:  # '—' / '——' / '/' / '': no figure printed
        return None

"""The economic statistics table (统计资料): title, producer and one row per indicator.

Rows come tab-separated (clean text) or space-separated (a raw extraction):
    一、规模以上工业增加值	亿元	86.85	2.8	326.47	8.0
    　　#一般公共预算收入 亿元 56.07 2.1 507.56 3.5
A '#' or leading spaces mark a 其中 sub-row; '—' / '——' are empty cells; negatives are kept.
The four values are read from the right, so an indicator with a space in it stays whole.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from issues.parser import regexes, section_lines
from issues.parser.records import ParsedStatistics, ParsedStatisticsRow

VALUE_CELLS = 4  # 当月, 同比 ±%, 累计, 同比 ±%
MAX_INDICATOR = 60  # '二、限额以上消费品零售总额'; a longer "indicator" is running text ending in numbers
MAX_UNIT = 10  # '亿元', '%', '万人次'

MINUS_SIGNS = str.maketrans({"－": "-", "−": "-"})


def parse(lines: list[str]) -> ParsedStatistics:
    """Lines of the section, title ('温州市2020年6月份国民经济主要统计指标') first when printed."""
    table = ParsedStatistics(title=_title(lines))
    for line in lines:
        text = section_lines.strip_markdown(line) if line.lstrip().startswith("##") else line
        if match := regexes.STATISTICS_PRODUCER.match(text.strip()):
            table.producer = match["producer"]
        elif row := _row(text):
            table.rows.append(row)
    return table


def _title(lines: list[str]) -> str | None:
    titles = ["".join(section_lines.strip_markdown(line).split()) for line in lines]
    return next((title for title in titles if regexes.STATISTICS_TITLE.match(title)), titles[0] if titles else None)


def _row(line: str) -> ParsedStatisticsRow | None:
    """One indicator row, or None for the heading row, the title and anything that is no row."""
    if not line.strip() or regexes.STATISTICS_HEADER_ROW.match(line):
        return None
    cells = _cells(line)
    if len(cells) < VALUE_CELLS + 2 or not all(regexes.STATISTICS_CELL_VALUE.match(c) for c in cells[-VALUE_CELLS:]):
        return None
    indicator, unit = " ".join(cells[: -VALUE_CELLS - 1]), cells[-VALUE_CELLS - 1]
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
    text = line.strip(" \t\u3000\xa0")
    cells = text.split("\t") if "\t" in text else text.split()
    return [cell.strip(" \u3000\xa0") for cell in cells if cell.strip(" \u3000\xa0")]


def _value(cell: str) -> Decimal | None:
    try:
        return Decimal(cell.translate(MINUS_SIGNS))
    except InvalidOperation:  # '—' / '——': no figure printed
        return None

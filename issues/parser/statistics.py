"""The economic statistics table (统计资料). v0."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from issues.parser import regexes
from issues.parser.records import ParsedStatistics, ParsedStatisticsRow


def parse(lines: list[str]) -> ParsedStatistics:
    table = ParsedStatistics(title="".join(lines[0].split()) if lines else None)
    for line in lines[1:]:
        if match := regexes.STATISTICS_PRODUCER.match(line.strip()):
            table.producer = match["producer"]
            continue
        cells = line.split("\t")
        if len(cells) < 6 or cells[0].strip() == "指标":
            continue
        indicator = cells[0]
        sub_row = indicator.startswith("#") or indicator.startswith(" ")
        table.rows.append(
            ParsedStatisticsRow(indicator.lstrip("# ").strip(), sub_row, cells[1].strip(),
                                *(_value(c) for c in cells[2:6]))
        )
    return table


def _value(cell: str):
    try:
        return Decimal(cell.strip())
    except InvalidOperation:
        return None

"""The economic statistics table (统计资料): title, producer and one row per indicator.

Rows come tab-separated (clean text) or space-separated (a raw extraction):
    一、规模以上工业增加值	亿元	86.85	2.8	326.47	8.0
    　　#一般公共预算收入 亿元 56.07 2.1 507.56 3.5
A '#' or leading spaces mark a 其中 sub-row; '—' / '——' / '/' and an empty tab cell are empty cells;
negatives are kept, thousands separators and a repeated '%' dropped ('12,546.38', '8.1%').
The four values are read from the right, so an indicator with a space in it stays whole.
A table printing fewer value columns (北京市统计局's growth tables: 当月同比增长, 累计同比增长 only) is read by its heading row,
which names them; its lines grouping rows ('按经济类型分组') are no rows, its '其中:' marks a sub-row.
A line holding figures that gives no row is a loss warning, quoted.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation
from itertools import product
from math import prod

from issues.parser import regexes, section_lines
from issues.parser.records import ParsedStatistics, ParsedStatisticsRow
from issues.parser.warnings import LOSS, ParseWarning

VALUE_CELLS = 4  # 当月, 同比 ±%, 累计, 同比 ±%
MIN_NAMED_COLUMNS = 2  # a heading row naming fewer columns names two at least: '当月' alone is a piece of the gazette's own
MAX_INDICATOR = 60  # '二、限额以上消费品零售总额'; a longer "indicator" is running text ending in numbers
MAX_UNIT = 10  # '亿元', '%', '万人次'
DUST = "·•。，.、"  # what a scanner's speck in a table cell is read as: no indicator or unit holds one
UNIT_DUST = "：:"  # and beside a unit (北京市统计局 2024, scanned for the test: '亿元：'), which no unit holds either

MINUS_SIGNS = str.maketrans({"－": "-", "−": "-", ",": None, "%": None, "％": None})
DIGITS_FOR_LETTERS = str.maketrans("lI|Oo", "11100")  # what a scan reads a figure's 1 and 0 as
MAX_READINGS = 64  # readings of a line's glued or misread figures tried (a row has a handful of figures)
MIN_FIGURES = 2  # a line with fewer numbers is text (a note under the table), not a row lost
MIN_TABLE_CELLS = 3  # a line of a table (cells parted by tabs) with this many cells, one a figure, is a row lost
ROWS_UNDER_TITLE = 4  # lines after a table's title its first row is read within (a heading row over two lines between)


def parse(lines: list[str], warnings: list | None = None) -> ParsedStatistics:
    """Lines of the section, title ('温州市2020年6月份国民经济主要统计指标') first when printed.

    A line with figures that is no row ('地区生产总值 3560.1 5.8', a cell lost) is added to `warnings`."""
    table = ParsedStatistics(title=title(lines))
    texts = [section_lines.strip_markdown(line) if line.lstrip().startswith("##") else line for line in lines]
    decimals = column_decimals(texts)
    unread: list[str] = []
    before = ""  # the line before: a producer line under another names a second body ('上海市统计局' + '国家统计局上海调查总队')
    printed_unit = ""  # '单位:万元' over a table without a unit column: the unit of its rows
    columns: tuple[str, ...] | None = None  # the value columns a heading row names, where it names fewer than four
    for text in wrapped_rows(texts, decimals):
        unit_above = (table.rows[-1].unit if table.rows else "") or printed_unit
        if unit_line := regexes.STATISTICS_UNIT_LINE.match(text.strip()):
            printed_unit = unit_line["unit"]
        elif named := heading_columns(text):
            columns = named
        elif regexes.STATISTICS_GROUP_LINE.match("".join(text.split())):
            pass  # '按经济类型分组': a heading of the rows under it
        elif producer := producer_of(text):
            table.producer = f"{table.producer} {producer}" if table.producer and producer_of(before) else producer
        elif row := (columns and _named_columns_row(text, columns, unit_above)
                     or _row(text, unit_above) or _row_by_decimals(text, unit_above, decimals)):
            table.rows.append(row)
        elif _holds_figures(text) and not is_table_title(text):
            unread.append(text.strip())
        before = text
    if unread and warnings is not None:
        warnings.append(ParseWarning(LOSS, "statistics_row_unread", "这几行有数字，但没有读成统计表的一行"
                                     "（指标、单位、当月、同比、累计、同比）", section="统计资料", lines=unread))
    return table


def producer_of(line: str) -> str | None:
    """Who made the table, by its producer line: '温州市统计局制' · '资料来源：温州市统计局' · '上海市统计局 国家统计局上海调查总队'
    (two bodies, as printed) · '资料来源：2017年通辽市国民经济和社会发展统计公报' (the report the figures are taken from)."""
    text = line.strip()
    if match := regexes.STATISTICS_PRODUCER.match(text):
        return match["producer"]
    if match := regexes.STATISTICS_SOURCE.match(text):
        return match["producer"] or match["report"]
    return None


def column_decimals(lines: list[str]) -> dict[tuple[str | None, int], int]:
    """How many decimals each value column prints (当月 86.85, 同比 2.8, …) by the rows read as they are, for the
    rows of each unit and for all rows: {(unit, column): decimals, (None, column): decimals}. A column of a
    statistics table prints its figures alike (a price index in % may print fewer than the 亿元 rows); where the
    rows differ, nothing is known."""
    seen: dict[tuple[str | None, int], set[int]] = {}
    for line in lines:
        if (row := _row(line)) is not None:
            for column, cell in enumerate(_cells(line)[-VALUE_CELLS:]):
                if any(ch.isdigit() for ch in cell):
                    for key in ((row.unit, column), (None, column)):
                        seen.setdefault(key, set()).add(_decimals_of(cell))
    return {key: next(iter(places)) for key, places in seen.items() if len(places) == 1}


def _decimals_of(cell: str) -> int:
    figure = cell.translate(MINUS_SIGNS)
    return len(figure) - figure.index(".") - 1 if "." in figure else 0


def wrapped_rows(lines: list[str], decimals: dict) -> list[str]:
    """A row printed on two lines (its last figures wrapped: '…亿元 110.45 8.1' + '757.74 0.2') joined back,
    where the next line holds figures only and the two give a row; a figure cut at the wrap ('1.' + '4',
    '-' + '3.0', '—' + '— 13229.94') joined without a space."""
    out: list[str] = []
    for line in lines:
        before = out[-1] if out else ""
        if before and regexes.STATISTICS_FIGURES_ONLY.match(line.strip()) and _row(before) is None:
            cut = before.rstrip()[-1:] in ".-—－" or line.strip().startswith(".")
            joined = before.rstrip() + ("" if cut else " ") + line.strip()
            if _row(joined) or _row_by_decimals(joined, "", decimals):
                out[-1] = joined
                continue
        out.append(line)
    return out


def _row_by_decimals(line: str, unit_above: str, decimals: dict) -> ParsedStatisticsRow | None:
    """The row a line gives once its figures are read as their columns print them: two figures glued
    ('8.1757.74' where 同比 prints one decimal and 累计 two: 8.1 and 757.74), or a figure whose point a reader
    misread ('103:8', '23..0', '302 14'). Only a reading whose figures so read have their column's decimals
    (column_decimals), and the only such reading, is taken."""
    cells = _cells(line)
    options = [_readings(cell) for cell in cells]
    if all(len(option) == 1 for option in options) or prod(len(option) for option in options) > MAX_READINGS:
        return None
    indent = line[:len(line) - len(line.lstrip(" \t\u3000\xa0"))]
    found = []
    for reading in product(*options):
        cells_read = [cell for part in reading for cell in part]
        row = _row(indent + "\t".join(cells_read), unit_above)
        if row is not None and _as_columns_print(row.unit, cells, reading, decimals):
            found.append(row)
    return found[0] if found and all(row == found[0] for row in found) else None


def _as_columns_print(unit: str, cells: list[str], reading: tuple, decimals: dict) -> bool:
    """Whether each figure read anew (cut from a glued pair, its point put back) has its column's decimals:
    the unit's rows', else all rows'; a column whose decimals are unknown vouches only for a point misread
    beyond doubt."""
    flat = [(figure, cell, part != (cell,)) for cell, part in zip(cells, reading) for figure in part]
    for column, (figure, cell, anew) in enumerate(flat[-VALUE_CELLS:]):
        places = decimals.get((unit, column), decimals.get((None, column)))
        if anew and places is None and not _point_misread(cell):
            return False
        if anew and places is not None and _decimals_of(figure) != places:
            return False
    return True


def _point_misread(cell: str) -> bool:
    """A point read as a colon or twice ('103:8', '23..0'): one figure beyond doubt, unlike '302 14' (two cells?)."""
    return bool(regexes.STATISTICS_MISREAD_FIGURE.match(cell)) and " " not in cell.split("°")[0].strip()


def _readings(cell: str) -> list[tuple[str, ...]]:
    """The ways a cell may be read: as it is, two glued figures cut after each decimal, a misread point put back, a
    speck at its edge left out ('26277.'), the digits a letter was read for put back ('1l..6': '11..6', '11.6')."""
    out = [(cell,)]
    if regexes.STATISTICS_GLUED_FIGURES.match(cell):
        point = cell.index(".")
        out += [(cell[:cut], cell[cut:]) for cut in range(point + 2, len(cell) - 2)
                if regexes.STATISTICS_CELL_VALUE.match(cell[:cut]) and regexes.STATISTICS_CELL_VALUE.match(cell[cut:])]
    elif misread := regexes.STATISTICS_MISREAD_FIGURE.match(cell):
        out.append((f"{misread['whole']}.{misread['decimals']}",))
    elif (specked := regexes.STATISTICS_SPECKED_FIGURE.match(cell)) and specked["figure"] != cell:
        out.append((specked["figure"],))
    elif regexes.STATISTICS_LETTERED_FIGURE.match(cell) and (digits := cell.translate(DIGITS_FOR_LETTERS)) != cell:
        out += _readings(digits)
    return out


def title(lines: list[str]) -> str | None:
    """The gazette's own title ('温州市2020年9月份国民经济主要统计指标'), else a table title as other pages print it
    ('2022年6月社会消费品零售总额'), else the section's first line of words that is no line of the table (never the
    gazette's name or a page number, which a raw page's table section may open with)."""
    titles = ["".join(section_lines.strip_markdown(line).split()) for line in lines]
    named = [name for name in titles if regexes.STATISTICS_TABLE_TITLE.match(name)]
    own = [name for name in named if not name.endswith("统计公报")]  # a communiqué's name ranks after its table's own title
    first = [name for line, name in zip(lines, titles) if not _table_line(line) and not producer_of(line)
             and not regexes.CATEGORY_HEADING.match(name) and not regexes.GAZETTE_NAME.match(name) and _worded(name)
             and name not in named]  # '2023年江苏省居民消费价格比上年涨跌幅度': a title of its own words; never the cover's name
    return next((name for name in titles if regexes.STATISTICS_TITLE.match(name)),
                next(iter(own + first + named), None))


def _worded(name: str) -> bool:
    """A line of words, not a page number ('3') or figures alone."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in name)


def _table_line(line: str) -> bool:
    """The table's heading row or one of its rows: never its title ('指标单位当月同比±%累计同比±%' was taken for one)."""
    return bool(regexes.STATISTICS_HEADER_ROW.match(line) or regexes.STATISTICS_HEADER_WORDS.match("".join(line.split()))
                or reads_as_row(line))


def titles_a_table(lines: list[str], i: int) -> bool:
    """Whether line i is a statistics table's title ('2016年1-9月主要经济指标', or the gazette's own) with a row read
    under it: where a table begins on a page holding it alone, no 统计资料 heading over it (a scanned page of a
    bulletin: its rows were read into the section before, or into none)."""
    return is_table_title(lines[i]) and any(reads_as_row(line) for line in lines[i + 1 : i + 1 + ROWS_UNDER_TITLE])


def is_table_title(text: str) -> bool:
    """'温州市2020年9月份国民经济主要统计指标', '2022年9月社会消费品零售总额': a table's title, on its own line."""
    compacted = "".join(section_lines.strip_markdown(text).split())
    return bool(regexes.STATISTICS_TITLE.match(compacted) or regexes.STATISTICS_TABLE_TITLE.match(compacted))


def _holds_figures(text: str) -> bool:
    """Whether a line holds figures enough to be a row lost (two glued into one cell count as two, and so do several
    rows' figures run together: '5.611.811.4'; a figure a scan misread counts as one: '26277.', '1l..6'); a table's row
    (cells parted by tabs, as a ruled table gives them) with one figure among its cells is one too: '\t亿元\t——\t——\t9803.167206'
    (a row whose indicator a scan read into the row above's cell)."""
    cells = _cells(text)
    figures = sum(2 if regexes.STATISTICS_GLUED_FIGURES.match(cell) or regexes.STATISTICS_STACKED_FIGURES.match(cell) else
                  bool(regexes.STATISTICS_FIGURE_LIKE.match(cell)) and any(c.isdigit() for c in cell) for cell in cells)
    return figures >= MIN_FIGURES or ("\t" in text.strip() and figures >= 1 and len(cells) >= MIN_TABLE_CELLS)


def reads_as_row(line: str) -> bool:
    """Whether a line is read as a row, its unit the row above's where its cell is empty: a scan's small '%' and
    '#' lost by OCR ('食品烟酒类\t\t104.9\t——\t107.9\t——', 2020-09's last row) are no end of the table."""
    return _row(line) is not None


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
    else:  # its unit is the row above's, printed in its own column but read glued to the indicator ('一般公共预算收入亿元')
        indicator, unit = " ".join(filter(None, cells[:-VALUE_CELLS])), unit_above
        if unit and indicator.endswith(unit) and len(indicator) > len(unit):
            indicator = indicator[:-len(unit)].rstrip()
    if len(indicator) > MAX_INDICATOR or len(unit) > MAX_UNIT:
        return None
    indicator, unit = _without_dust(indicator), unit.strip(DUST + UNIT_DUST)
    return ParsedStatisticsRow(
        indicator=indicator.lstrip("#＃").strip(),
        sub_row=bool(regexes.STATISTICS_SUB_ROW.match(line)),
        unit=unit,
        month=_value(cells[-4]),
        month_yoy=_value(cells[-3]),
        cumulative=_value(cells[-2]),
        cumulative_yoy=_value(cells[-1]),
    )


def heading_columns(line: str) -> tuple[str, ...] | None:
    """The value columns a table's heading row names where it prints fewer than the gazette's four, in order:
    '项 目\t当月同比增长(%)\t累计同比增长(%)' -> ('month_yoy', 'cumulative_yoy'); a growth alone is the column before's
    ('2018年8月\t同比增长(%)' -> ('month', 'month_yoy')). None for any other line, and for a heading of four columns."""
    cells = _cells(line)
    while cells and regexes.STATISTICS_COLUMN_HEAD.match("".join(cells[0].split())):
        cells = cells[1:]
    columns: list[str] = []
    for cell in cells:
        named = regexes.STATISTICS_COLUMN_CELL.match("".join(cell.split()))
        if not named or not (named["period"] or named["growth"]):
            return None
        period = _period(named["period"]) if named["period"] else (columns[-1] if columns else None)
        if period is None or period.endswith("_yoy"):
            return None  # a growth of no period
        columns.append(f"{period}_yoy" if named["growth"] else period)
    named_fewer = MIN_NAMED_COLUMNS <= len(columns) < VALUE_CELLS and len(set(columns)) == len(columns)
    return tuple(columns) if named_fewer else None


def _period(printed: str) -> str:
    """'当月' / '2018年8月' -> 'month'; '累计' / '2018年1-8月' -> 'cumulative'."""
    return "cumulative" if printed == "累计" or regexes.STATISTICS_CUMULATIVE_PERIOD.search(printed) else "month"


def _named_columns_row(line: str, columns: tuple[str, ...], unit_above: str) -> ParsedStatisticsRow | None:
    """A row of a table whose heading row named its value columns: the indicator, then one figure a column; '其中:' marks
    a sub-row ('其中:国有企业\t-7.2\t14.5'), as leading spaces do."""
    cells = _cells(line)
    figures = cells[-len(columns):]
    if len(cells) <= len(columns) or not all(regexes.STATISTICS_CELL_VALUE.match(c) for c in figures) \
            or regexes.STATISTICS_CELL_VALUE.match(cells[-len(columns) - 1]):  # more figures than columns: no row of this table
        return None
    indicator = " ".join(filter(None, cells[: -len(columns)]))
    of_which = regexes.STATISTICS_OF_WHICH.match(indicator)
    indicator, unit = indicator[of_which.end():] if of_which else indicator, unit_above
    if bracketed := regexes.STATISTICS_INDICATOR_UNIT.match(indicator):
        indicator, unit = bracketed["indicator"], bracketed["unit"]
    if not indicator or len(indicator) > MAX_INDICATOR:
        return None
    return ParsedStatisticsRow(indicator=indicator, sub_row=bool(of_which or regexes.STATISTICS_SUB_ROW.match(line)), unit=unit,
                               **{column: _value(figure) for column, figure in zip(columns, figures)})


def _without_dust(indicator: str) -> str:
    """An indicator without the specks a scan read into it ('一般预算收·入'); a 「、」 after its number stays ('一、'),
    and is put back where a scan read it as another mark or lost it ('三：财政总收入', '一 规模以上工业增加值')."""
    indicator = regexes.STATISTICS_NUMERAL_MISREAD.sub(r"\g<numeral>、", indicator)
    head = len(indicator) - len(indicator.lstrip("#＃ 　一二三四五六七八九十、"))
    return indicator[:head] + "".join(ch for ch in indicator[head:] if ch not in "·•。")


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

"""Page furniture: printed structure no record holds (headings, column labels, day markers, a table's heading rows, page
numbers, running headers, separators). The coverage check takes such a line as read; every other line must be in a record.
"""

from __future__ import annotations

from issues.parser import regexes, statistics
from issues.parser.dates import in_digits


def is_furniture(line: str, text: str) -> bool:
    """Headings, column labels, day markers, separators: printed structure, not text of a record."""
    stripped = line.strip().lstrip("#").strip()
    return bool(
        regexes.CATEGORY_HEADING.match(stripped)
        or regexes.TOC_PAGE.search(stripped)  # a TOC line (the TOC's last may be taken as body)
        or regexes.COLUMN_LABEL.match(stripped)
        or regexes.MONTH_HEADING.match(stripped)
        or regexes.CHRONICLE_MONTH_LINE.match(stripped)  # '2月' over a chronicle's days of the next month
        or regexes.CHRONICLE_YEAR_HEADING.match("".join(stripped.split()))  # '2006 年 通 州 区 大 事 记' over its months
        or regexes.ISSUED_LIST_HEADING.match(stripped)
        or regexes.STATISTICS_HEADER_ROW.match(line)
        or statistics.heading_columns(line)  # '\t当月同比增长(%)\t累计同比增长(%)': a heading row naming fewer columns
        or regexes.STATISTICS_GROUP_LINE.match(text)  # '按经济类型分组': a table's heading of the rows under it
        or regexes.SEPARATOR_LINE.match(stripped)
        or regexes.HORIZONTAL_RULE.match(stripped)
        or regexes.RUNNING_HEADER.match(stripped)
        or regexes.GAZETTE_NAME_LINE.match(stripped)
        or regexes.LOOSE_RUNNING_HEADER.match(stripped)  # '温州市人民政府公报 2008年第1期' where a page turned
        or regexes.ISSUE_ONLY_HEADER.match(stripped)
        or regexes.BARE_PAGE_NUMBER.match(stripped)  # '37' where a page turned
        or regexes.RAW_ISSUE_HEADER.match(stripped)
        or regexes.CHRONICLE_DAY.match(in_digits(stripped))
        or regexes.CHRONICLE_PERIOD_LINE.match(in_digits(stripped))  # '2024年9月2日—9月8日' under a chronicle's title
        or regexes.CHRONICLE_RUBRIC.match(stripped)  # '头 条' over some of a chronicle's entries
        or regexes.CHRONICLE_TITLE.match(text)  # '上海一周纪事'
        or regexes.STATISTICS_HEADER_WORDS.match(text)
        or _order_number_line(text)
    )


def _order_number_line(text: str) -> bool:
    """'温州市人民政府令 第7号' under an order's title: part of its title block, which the doc number names."""
    return bool(regexes.ORDER_NUMBER_LINE.match(text))

"""The month's list of issued documents (发文目录): doc number and title per row.

A row starts with its doc number ('温政办〔2020〕53号', after a Markdown '- ' or not), or an order's number
('内蒙古自治区人民政府令第82号', which has no year); a line
without one continues the title of the row above (a raw extraction wraps long titles:
'…加快推进3岁以下婴幼儿照护服务发展实施' + '方案的通知').
"""

from __future__ import annotations

from issues.parser import regexes, section_lines
from issues.parser.records import ParsedIssuedRow
from issues.parser.warnings import LOSS, NOTE, ParseWarning

# A wrapped title's remainder is a short line ('方案的通知'); a long line is no part of the list.
MAX_CONTINUATION = 60
# The longest printed title runs to about 80 characters; a "row" far longer is running text.
MAX_TITLE = 300


def parse(lines: list[str], warnings: list | None = None) -> list[ParsedIssuedRow]:
    """Lines of the section, heading ('6月份市政府、市政府办公室发文目录') first when printed.

    A line added to a title that was complete already ('…的通知') is added to `warnings` too."""
    rows: list[ParsedIssuedRow] = []
    dated: list[str] = []  # rows printing their date, which no field of a row keeps
    body = section_lines.until(lines, regexes.STATISTICS_PRODUCER, regexes.STATISTICS_TITLE, regexes.BACK_MATTER_START)
    for line in section_lines.tidy(body):
        text = line.strip(" \t\u3000\xa0")
        if (match := _row_start(text)) and len(match["title"]) <= MAX_TITLE:
            title = match["title"]
            if date_cell := regexes.ISSUED_LIST_DATE_CELL.search(title):  # a date column, no word of the title
                title = title[: date_cell.start()]
                dated.append(text)
            rows.append(ParsedIssuedRow(doc_number=_compact(match["number"]), title=title.strip()))
        elif rows and len(text) > MAX_CONTINUATION:
            break  # running text after the list (a raw cut that runs long)
        elif rows and not regexes.ISSUED_LIST_HEADING.match(text):
            if warnings is not None and regexes.TITLE_END.search(rows[-1].title.strip()):
                warnings.append(ParseWarning(LOSS, "issued_stray_line", "这一行接在了已完整的发文标题之后",
                                             section="发文目录", lines=[text]))
            rows[-1].title += _line_break(rows[-1].title, text) + text
    if dated and warnings is not None:
        warnings.append(ParseWarning(NOTE, "issued_date_not_kept", "发文目录印有发文日期一栏，记录只保存文号和标题，"
                                     "日期没有保存", section="发文目录", lines=dated))
    for row in rows:
        row.title = section_lines.remove_line_break_spaces(row.title)
        if warnings is not None and regexes.TITLE_COLON.search(row.title):
            warnings.append(ParseWarning(LOSS, "issued_title_colon", "发文标题中有「：」，标题一般不用冒号：可能是扫描件把"
                                         "「、」或「，」识别成了冒号，请对照原文核对", section="发文目录",
                                         lines=[f"{row.doc_number} {row.title}"]))
    return rows


def _line_break(title: str, wrapped: str) -> str:
    """What a title's line break stands for: nothing inside a figure the cell wrapped ('…（201' + '9—2021年）的通知'),
    else a space, which remove_line_break_spaces keeps between Latin words only."""
    return "" if title[-1:].isdigit() and wrapped[:1].isdigit() else " "


def _row_start(text: str):
    """A row's number and the start of its title: a doc number ('温政办〔2020〕53号'), or an order's, which has no year
    ('内蒙古自治区人民政府令第82号')."""
    return regexes.ISSUED_LIST_ROW.match(text) or regexes.ISSUED_LIST_ORDER_ROW.match(text)


def _compact(number: str) -> str:
    """'温政办〔2020〕 53号' -> '温政办〔2020〕53号' (printed characters kept, spaces dropped)."""
    return "".join(number.split())

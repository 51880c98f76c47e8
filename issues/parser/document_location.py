"""Where a TOC entry's document begins in a body printed with a table of contents (split): at its doc number line
('温政办〔2020〕51号', an order's '温州市人民政府令' + '第7号'), then up over its title block (registration code, title
lines, a subtitle the TOC leaves out, a running header a page break left inside it).
"""

from __future__ import annotations

import bisect

from issues import numbers
from issues.parser import regexes, title_block
from issues.parser.dates import in_digits
from issues.parser.records import TocEntry
from issues.parser.text import compact
from issues.parser.title_block import is_page_head, is_subtitle, loose

# A subtitle printed without dash or bracket between a title and its number: a line of a title's width
MAX_SUBTITLE = 40


def doc_number_lines(body: list[str]) -> dict[str | None, list[int]]:
    """The body's lines by the doc number key they hold (in order), read once per issue so that
    locating each TOC entry is a lookup, not a scan of the whole body."""
    lines: dict[str | None, list[int]] = {}
    for i, line in enumerate(body):
        lines.setdefault(numbers.doc_key(_order_number_at(body, i) or compact(line)), []).append(i)
    return lines


def _order_number_at(body: list[str], i: int) -> str | None:
    """An order's number printed over two lines, at its first ('内蒙古自治区人民政府令' + '第82号')."""
    if i + 1 < len(body) and regexes.ORDER_ISSUER_LINE.match(compact(body[i])) \
            and regexes.ORDER_SERIAL_LINE.match(body[i + 1].strip()):
        return compact(body[i]) + compact(body[i + 1])
    return None


def find_start(body: list[str], entry: TocEntry, cursor: int,
               number_lines: dict[str | None, list[int]] | None = None) -> int | None:
    """Index of the first line of the document's title block, found by its doc number line.

    number_lines is doc_number_lines(body), passed in when several entries are looked up."""
    if number_lines is None:
        number_lines = doc_number_lines(body)
    key = numbers.doc_key(entry.doc_number or "")
    found = number_lines.get(key, [])
    at = bisect.bisect_left(found, cursor)
    if at == len(found):
        return None
    start = found[at]
    title = loose(entry.title)
    if start - 2 >= cursor and (_is_subtitle_over(body, start, title) or _is_date_over(body, start, title)):
        start -= 1  # a subtitle or a date between the title and its number, which the TOC's title leaves out
    while start - 1 >= cursor:
        if _in_title_block(body[start - 1], title):
            start -= 1
        elif start - 2 >= cursor and is_page_head(body[start - 1]) and _in_title_block(body[start - 2], title):
            start -= 2  # a page break inside the title block left its running header between two lines
        else:
            break
    return start


def _is_subtitle_over(body: list[str], number_at: int, title: str) -> bool:
    """The line over the number is a subtitle under the title's last line: a dash or a bracket alone ('（2021年修订）'), or
    a line that is no sentence ('以数字化改革为牵引'), between the title and its number."""
    line, above = body[number_at - 1], body[number_at - 2]
    if "\t" in line or not loose(line) or loose(line) in title or not _in_title_block(above, title) \
            or regexes.DATE_LINE.match(in_digits(compact(line).strip("（）()"))):  # a date, under the title or closing the document before
        return False
    return is_subtitle(line) or not regexes.SENTENCE_END.search(line) and len(compact(line)) <= MAX_SUBTITLE \
        and not regexes.ADDRESSEES_START.match(line)


def _is_date_over(body: list[str], number_at: int, title: str) -> bool:
    """The line over the number is the date in brackets a city's gazette prints under a title without signature
    ('（2017年9月7日）'), under the title's last line."""
    return bool(title_block.title_date(body[number_at - 1])) and _in_title_block(body[number_at - 2], title)


def _in_title_block(line: str, title: str) -> bool:
    """A registration code or a piece of the title; never a sentence or a table row that ends the previous document."""
    if title_block.is_code(line.lstrip("# ").strip()):  # 'ZJCC01-2020-0008' · 'YYCR—2017—00002'
        return True
    text = loose(line)
    return bool(text) and "\t" not in line and not line.rstrip().endswith(("。", "；", "：", ":")) and text in title

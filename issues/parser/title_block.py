"""A document's title block: the ZJCC code, the issuer and title lines, the doc number, an order's number.

One record of it (TitleBlock), the shapes of its fields, and read_head, which reads it at the head of a document
section shaped like the clean issues (ZJCC line, title lines, doc number line, maybe '温州市人民政府令 第7号'), guided
by the TOC entry's title. Where a raw two-column extraction prints one, anywhere in its columns, is raw_title_blocks'.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from issues import numbers
from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.document_fields import date_of
from issues.parser.records import TocEntry
from issues.parser.section_lines import is_running_header
from issues.parser.text import compact

# A title block is a handful of lines; a doc number further down is a citation, not a header.
MAX_TITLE_BLOCK_LINES = 8
# A title is printed over at most four lines, its issuer's line included; an extraction may give six: a 转发 notice's
# long title (naming the forwarded one whole: '汕头市人民政府办公室转发广东省人民政府办公厅转发国务院办公厅转发…的通知'), two of
# its lines wrapped again by a frame narrower than the typist's ('…办公厅转发' + '国务院')
MAX_TITLE_LINES = 6


@dataclass
class TitleBlock:
    registration_code: str | None = None
    title_lines: list[str] = field(default_factory=list)  # the title as printed, over one or more lines
    doc_number: str = ""
    issuer: str = ""  # the issuer's line, when printed apart from the title (a raw extraction)
    committee: str = ""  # the committee's line printed under a 说明's or a report's title (heard_title_blocks.py)
    dated: str = ""  # the date printed in brackets between the title and its number ('（2017年9月7日）'): no title line
    order_issuer: str | None = None  # '温州市人民政府' from '温州市人民政府令 第7号'
    order_number: str | None = None  # '温州市人民政府令第7号'
    start: int = 0  # index of its first line
    end: int = 0  # index of the first line after the block

    @property
    def title(self) -> str:
        """The title lines joined, without spaces: '关于…的意见'."""
        return "".join("".join(self.title_lines).split())

    def clean_lines(self) -> list[str]:
        """The block in the order of the clean issues: ZJCC code, issuer, title, committee, doc number (each if printed)."""
        return [line for line in (self.registration_code, self.issuer, self.title, self.committee, self.doc_number) if line]


def is_page_head(line: str) -> bool:
    """A running header a page break left inside a title block or a document ('温州市人民政府公报 2008年第6期',
    '二○○八年第六期'): no part of it."""
    return is_running_header(line)


def loose(text: str) -> str:
    """A matching form: NFKC, no spaces, one kind of dash and bracket ('（2021—2023年）' == '(2021-2023年)')."""
    text = unicodedata.normalize("NFKC", compact(text))
    for dash in "—–－―":
        text = text.replace(dash, "-")
    return text.replace("〔", "(").replace("〕", ")").replace("[", "(").replace("]", ")")

def is_code(text: str) -> bool:
    """A registration code line: ZJCC's, or another province's form ('YYCR—2017—00002')."""
    return bool(regexes.REGISTRATION_CODE_FULL.match(text) or regexes.REGISTRATION_CODE_OTHER_FULL.match(text))


def _registration_code(line: str) -> str | None:
    """ZJCC's code normalised, another province's as printed."""
    return numbers.registration_key(line) or (compact(line) if regexes.REGISTRATION_CODE_OTHER_FULL.match(line.strip()) else None)

def read_head(lines: list[str], entry: TocEntry) -> TitleBlock:
    """ZJCC code, title lines and doc number at the head of a document (plain lines)."""
    block = TitleBlock()
    number_at = _number_line(lines)
    if number_at is None:
        return _order_head(lines) or _serial_under(lines, _unnumbered_head(lines, loose(entry.title)))
    order = regexes.ORDER_NUMBER_LINE.match(compact(lines[number_at])) or regexes.ORDER_SERIES_NUMBER.match(compact(lines[number_at]))
    for line in lines[:number_at]:
        code = _registration_code(line)
        if code:
            block.registration_code = code
        elif order and block.title_lines and regexes.GOVERNMENT_ISSUER.match(compact(line)):
            block.order_issuer = compact(line)  # '重庆市人民政府' between an order's title and its '渝府令第121号'
        elif block.title_lines and title_date(line):
            block.dated = line  # a city's gazette dates a notice so when it prints no signature
        elif not is_page_head(line):
            block.title_lines.append(line)
    block.doc_number = numbers.compact(lines[number_at])
    if order:  # '邢台市人民政府令〔2009〕第5号': a year too; '温政令〔2020〕7号', a series by year
        block.order_issuer, block.order_number = block.order_issuer or order["issuer"], block.doc_number
    i = number_at + 1
    # a raw extraction may print the code or the title lines after the number
    title = loose(entry.title)
    while i < len(lines):
        code = _registration_code(lines[i])
        if code and not block.registration_code:
            block.registration_code = code
        elif not _title_complete(block.title_lines, title) and loose(lines[i]) in title:
            block.title_lines.append(lines[i])
        else:
            break
        i += 1
    if i < len(lines):
        order = regexes.ORDER_NUMBER_LINE.match(compact(lines[i]))
        if order:
            block.order_issuer = order["issuer"]
            block.order_number = compact(lines[i])
            i += 1
    block.end = i
    return block


def title_date(line: str) -> date | None:
    """The date printed in brackets under a title instead of a signature ('（2017年9月7日）', '（二○一七年九月七日）'); never a
    rule's passage line ('（2022年6月24日第十三届全国人民代表大会常务委员会第三十五次会议通过）': the day it was adopted, not signed)."""
    bracketed = regexes.TITLE_DATE_LINE.match(line.strip())
    match = bracketed and regexes.DATE_LINE.match(in_digits("".join(bracketed["date"].split())))
    return date_of(match) if match else None


def is_order_number(text: str) -> bool:
    """A government's order number: '内蒙古自治区人民政府令第82号' · '渝府令第121号', or one numbered as a series of its
    documents, '温政令〔2020〕7号'."""
    number = compact(text)
    return bool(regexes.ORDER_NUMBER_LINE.match(number) or regexes.ORDER_SERIES_NUMBER.match(number))


def join_order_number(lines: list[str]) -> list[str]:
    """'内蒙古自治区人民政府令' + '第82号' at the head of a document -> '内蒙古自治区人民政府令第82号'."""
    for i, line in enumerate(lines[: MAX_TITLE_BLOCK_LINES - 1]):
        if regexes.ORDER_ISSUER_LINE.match(compact(line)) and regexes.ORDER_SERIAL_LINE.match(lines[i + 1].strip()):
            return lines[:i] + [compact(line) + compact(lines[i + 1])] + lines[i + 2 :]
    return lines


def _order_head(lines: list[str]) -> TitleBlock | None:
    """An order numbered only by its order line ('…人民政府令第82号'): the title lines above it."""
    for i, line in enumerate(lines[:MAX_TITLE_BLOCK_LINES]):
        order = regexes.ORDER_NUMBER_LINE.match(compact(line))
        if order:
            number, title = compact(line), lines[:i]
            named = len(title) > 1 and regexes.GOVERNMENT_ISSUER.match(compact(title[-1]))  # '重庆市人民政府' over '渝府令第121号'
            return TitleBlock(title_lines=title[:-1] if named else title, doc_number=number,
                              order_issuer=compact(title[-1]) if named else order["issuer"], order_number=number, end=i + 1)
    return None


def is_serial_only(number: str) -> bool:
    """A number that is a serial alone, a 公告's ('第三十七号'): its series is the title, so no line holds it whole."""
    return bool(regexes.ORDER_SERIAL_PRINTED.match(compact(number)))


def _serial_under(lines: list[str], block: TitleBlock) -> TitleBlock:
    """A 公告's serial on its own line under its title ('深圳市人民代表大会常务委员会公告' over '第三十七号' or '（第37号）'), or a
    公告's or 通告's by its year ('…关于…采取交通管理措施的通告' over '2013年 第10号'): its number, brackets and blanks dropped."""
    if not block.title_lines or block.end >= len(lines):
        return block
    title, serial = compact("".join(block.title_lines)), compact(lines[block.end])
    if title.endswith("公告") and regexes.ORDER_SERIAL_PRINTED.match(serial) \
            or title.endswith(("公告", "通告")) and regexes.YEAR_SERIAL_PRINTED.match(serial):
        block.doc_number = serial.strip("（）()")
        block.end += 1
    return block


def _unnumbered_head(lines: list[str], title: str) -> TitleBlock:
    """A document without doc number: its title lines are the leading lines that make up its TOC title."""
    block = TitleBlock()
    while block.end < min(len(lines), MAX_TITLE_BLOCK_LINES) and not _title_complete(block.title_lines, title):
        line = lines[block.end]
        if block.title_lines and is_page_head(line):
            block.end += 1
            continue
        if not loose(line) or loose(line) not in title:
            return TitleBlock()
        block.title_lines.append(line)
        block.end += 1
    if not _title_complete(block.title_lines, title):
        return TitleBlock()
    if block.end < len(lines) and is_subtitle(lines[block.end]):  # '（2021年修订）' under the title the TOC prints alone
        block.title_lines.append(lines[block.end])
        block.end += 1
    return block


def is_subtitle(line: str) -> bool:
    """A subtitle printed on its own line under a title: '——以…为抓手' (a dash), '（2021年修订）' · '（试行）' (a bracket
    alone), never a date under a title ('（2021年9月22日）'), a rule's passage line or a sentence."""
    text = compact(line)
    if regexes.SUBTITLE_LINE.match(text):  # not the passage line some print after a dash ('——2021年12月11日…会议通过'),
        # nor a work report's occasion line ('——2025年3月5日在第十四届全国人民代表大会第三次会议上')
        return not regexes.SENTENCE_END.search(text) and not regexes.DASH_PASSAGE.match(text) \
            and not regexes.REPORT_OCCASION.match(in_digits(text))
    return bool(regexes.DOCUMENT_SUBTITLE.match(text)) and not regexes.DATE_LINE.match(in_digits(text.strip("（）()"))) \
        and not regexes.RULE_PASSAGE.match(text)  # '（1991年3月26日济南市人民政府令19号发布）', short enough for a bracket


def _number_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:MAX_TITLE_BLOCK_LINES]):
        if regexes.DOC_NUMBER_FULL.match(compact(line)):
            return i
    return None


def _title_complete(title_lines: list[str], title: str) -> bool:
    return bool(title_lines) and loose("".join(title_lines)) == title

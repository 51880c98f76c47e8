"""A document's title block: the ZJCC code, the issuer and title lines, the doc number, an order's number.

One record of it (TitleBlock) and the two places it is read:
  read_printed  anywhere in a raw two-column extraction, its fields in any order (layout moves it
                to the start of its document; rawsplit starts a document there)
  read_head     at the head of a document section, shaped like the clean issues (ZJCC line, title
                lines, doc number line, maybe '温州市人民政府令 第7号'), guided by the TOC entry's title
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from issues import numbers
from issues.parser import regexes
from issues.parser.clean import PAGE_MARK, STANDALONE
from issues.parser.records import TocEntry
from issues.parser.text import compact

# A title block is a handful of lines; a doc number further down is a citation, not a header.
MAX_TITLE_BLOCK_LINES = 8


@dataclass
class TitleBlock:
    registration_code: str | None = None
    title_lines: list[str] = field(default_factory=list)  # the title as printed, over one or more lines
    doc_number: str = ""
    issuer: str = ""  # the issuer's line, when printed apart from the title (a raw extraction)
    order_issuer: str | None = None  # '温州市人民政府' from '温州市人民政府令 第7号'
    order_number: str | None = None  # '温州市人民政府令第7号'
    start: int = 0  # index of its first line
    end: int = 0  # index of the first line after the block

    @property
    def title(self) -> str:
        """The title lines joined, without spaces: '关于…的意见'."""
        return "".join("".join(self.title_lines).split())

    def clean_lines(self) -> list[str]:
        """The block in the order of the clean issues: ZJCC code, issuer, title, doc number."""
        return ([self.registration_code] if self.registration_code else []) + [self.issuer, self.title, self.doc_number]


def loose(text: str) -> str:
    """A matching form: NFKC, no spaces, one kind of dash and bracket ('（2021—2023年）' == '(2021-2023年)')."""
    text = unicodedata.normalize("NFKC", compact(text))
    for dash in "—–－―":
        text = text.replace(dash, "-")
    return text.replace("〔", "(").replace("〕", ")").replace("[", "(").replace("]", ")")


# --- anywhere in a raw extraction ----------------------------------------------------------------


def content_lines(lines: list[str], start: int):
    """(index, stripped text) of the lines from start, blank ones skipped; (index, None) for a page
    mark or a line already put in place."""
    for i in range(start, len(lines)):
        if lines[i].startswith((PAGE_MARK, STANDALONE)):
            yield i, None
        elif text := lines[i].strip():
            yield i, text


def _opens_printed_block(text: str) -> bool:
    return bool(regexes.REGISTRATION_CODE_FULL.match(text) or regexes.DOC_NUMBER_FULL.match("".join(text.split()))
                or regexes.ISSUER_LINE.match(text))


def read_printed(lines: list[str], start: int) -> TitleBlock | None:
    """The title block starting at start, if one does: its fields may come in any order, the
    title (after the issuer) over up to four lines."""
    if not _opens_printed_block(lines[start].strip()):
        return None
    code = number = issuer = None
    title: list[str] = []
    end = start
    for i, text in content_lines(lines, start):
        if text is None:
            break
        if code is None and not (number or issuer) and regexes.REGISTRATION_CODE_FULL.match(text):
            code = text
        elif number is None and regexes.DOC_NUMBER_FULL.match("".join(text.split())):
            number = text
        elif issuer is None and not title and regexes.ISSUER_LINE.match(text):
            issuer = text
        elif issuer and (title or regexes.TITLE_START.match(text)) and not _title_done(title) and len(title) < 4:
            title.append(text)
        else:
            break
        end = i + 1
    if not (number and issuer and _title_done(title)):
        return None
    return TitleBlock(registration_code=code, title_lines=title, doc_number="".join(number.split()), issuer=issuer,
                      start=start, end=end)


def _title_done(title: list[str]) -> bool:
    return bool(title) and bool(regexes.TITLE_END.search("".join(title).strip()))


# --- at the head of a document section -----------------------------------------------------------


def read_head(lines: list[str], entry: TocEntry) -> TitleBlock:
    """ZJCC code, title lines and doc number at the head of a document (plain lines)."""
    block = TitleBlock()
    number_at = _number_line(lines)
    if number_at is None:
        return _order_head(lines) or _unnumbered_head(lines, loose(entry.title))
    for line in lines[:number_at]:
        code = numbers.registration_key(line)
        if code:
            block.registration_code = code
        else:
            block.title_lines.append(line)
    block.doc_number = numbers.compact(lines[number_at])
    i = number_at + 1
    # a raw extraction may print the code or the title lines after the number
    title = loose(entry.title)
    while i < len(lines):
        code = numbers.registration_key(lines[i])
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
            number = compact(line)
            return TitleBlock(title_lines=lines[:i], doc_number=number, order_issuer=order["issuer"],
                              order_number=number, end=i + 1)
    return None


def _unnumbered_head(lines: list[str], title: str) -> TitleBlock:
    """A document without doc number: its title lines are the leading lines that make up its TOC title."""
    block = TitleBlock()
    while block.end < min(len(lines), MAX_TITLE_BLOCK_LINES) and not _title_complete(block.title_lines, title):
        if not loose(lines[block.end]) or loose(lines[block.end]) not in title:
            return TitleBlock()
        block.title_lines.append(lines[block.end])
        block.end += 1
    return block if _title_complete(block.title_lines, title) else TitleBlock()


def _number_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:MAX_TITLE_BLOCK_LINES]):
        if regexes.DOC_NUMBER_FULL.match(compact(line)):
            return i
    return None


def _title_complete(title_lines: list[str], title: str) -> bool:
    return bool(title_lines) and loose("".join(title_lines)) == title

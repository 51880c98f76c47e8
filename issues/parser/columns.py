"""Column lines of a raw two-column extraction re-joined into paragraphs, one per line (a layout step).

Widths are in half-width units (a Chinese character is 2). A full column line is ~40; the first
line of a paragraph is indented by two characters (~36); a heading or a paragraph's last line is
shorter still.
"""

from __future__ import annotations

from dataclasses import dataclass

from issues.parser import paragraphs, regexes
from issues.parser.dates import in_digits
from issues.parser.lines import PAGE_BREAK, STANDS_ALONE, Line
from issues.parser.news_lines import sourced_lead

MAX_TITLE_LINES = 4  # a title block's lines (issues/parser/title_block.py)
SHORT_LINE = 34  # a line narrower than this ends its paragraph (unless punctuation says more)
INDENTED_LINE = 37  # after a finished sentence, a line this narrow is the indented start of a new paragraph


def width(text: str) -> int:
    """Printed width in half-width units: Chinese characters and full-width punctuation, the quotes
    “” included, count 2. Their GBK byte length is exactly that, and fast to get. A space between two
    Chinese characters was a full-width one (an article's '第三条　市政府…' extracted as '第三条 市政府…'): 2."""
    text = text.strip()
    return len(text.encode("gbk", errors="replace")) + len(regexes.SPACE_BETWEEN_CJK.findall(text))


@dataclass(slots=True)
class _ColumnLine:
    """A content line of the column text, with what joining it needs to know."""

    line: Line
    glued: bool  # no blank line before it: running text, or the second line of a heading
    page: int  # the count of page breaks before it
    flow: bool  # its page is running text, not columns
    breaks: list[Line]  # the page breaks just before it


def join_column_lines(lines: list[Line]) -> list[Line]:
    """Re-join column lines into paragraphs, one per line; blank lines go.

    On a page of column lines (blank-separated), a line continues the paragraph unless it starts
    a new unit, or the line before is short, or the line before finished a sentence and either
    was itself short or this one is indented; a line indented under the one before
    ('　　　   目录') continues it. On a page of
    running text (lines with no blank between: photo captions, articles), a line continues while
    it follows with no blank; a blank line or a page break ends the paragraph. A page break inside
    a paragraph moves after it.
    """
    items, trailing_breaks = _column_lines(lines)
    out: list[Line] = []
    carried: list[Line] = []  # breaks met inside the paragraph before: they go after it
    for paragraph in paragraphs.join(items, _continues_paragraph, first=_opening, glued=_glued):
        out += carried + paragraph.first.breaks
        out.append(Line(paragraph.text, kind=paragraph.first.line.kind))
        carried = [line for item in paragraph.items[1:] for line in item.breaks]
    return out + carried + trailing_breaks


def _column_lines(lines: list[Line]) -> tuple[list[_ColumnLine], list[Line]]:
    """The content lines with their page, flow and the breaks before each; the breaks after the last."""
    flow = _flow_pages(lines)
    items: list[_ColumnLine] = []
    breaks: list[Line] = []
    page = 0
    blank_before = True
    for line in lines:
        if line.kind == PAGE_BREAK:
            breaks.append(line)
            page += 1
            blank_before = True
        elif not line.text.strip():
            blank_before = True
        else:
            items.append(_ColumnLine(line, not blank_before, page, flow.get(page, False), breaks))
            breaks, blank_before = [], False
    return items, breaks


def _continues_paragraph(paragraph: paragraphs.Paragraph[_ColumnLine], item: _ColumnLine) -> bool:
    last = paragraph.last
    closed = paragraph.lines > 1 and last.glued and not last.flow  # a heading printed on two lines
    running_text_page_ends = item.page != last.page and (item.flow or last.flow)
    if closed or running_text_page_ends:
        return False
    if last.line.kind in STANDS_ALONE or item.line.kind in STANDS_ALONE or _closed_title(paragraph):
        return False
    if item.page != last.page and _title_opens_page(_last_lines(paragraph), item.line.text):
        return False
    return _continues(last.line.text, item.line.text, item.glued, item.flow, paragraph.lines == 1)


def _last_lines(paragraph: paragraphs.Paragraph[_ColumnLine]) -> str:
    """The paragraph's last two column lines, as far back as a closing byline reaches."""
    return "".join(item.line.text.strip() for item in paragraph.items[-2:])


def _title_opens_page(previous: str, text: str) -> bool:
    """The page's first line opens a title naming its issuer ('泉州市人民政府关于印发《泉州中心市区道') under a finished
    paragraph that filled the last line of the page before ('…等法律、法规规定，制定本通告。'): a new document, however wide."""
    return ends_a_paragraph(previous) and bool(regexes.ISSUER_TITLE_LINE.match("".join(text.split())))


def ends_a_paragraph(text: str) -> bool:
    """The end of column text finishes a paragraph: a sentence ('…制定本通告。'), or a brief's closing byline, whose bracket may
    open on the line before ('…出席会议。（三峡日报全媒体记' + '者 何冠英/文 高海燕/图）')."""
    return bool(regexes.SENTENCE_END.search(text) or regexes.NEWS_CLOSING_BYLINE.search(text))


def _closed_title(paragraph: paragraphs.Paragraph[_ColumnLine]) -> bool:
    """A '关于…' title over up to four column lines, closed by its kind ('…公开征求意见的公告'): its last line may be as
    wide as the column, and the body under it is no more of it."""
    if paragraph.lines > MAX_TITLE_LINES or not paragraph.ends_with(regexes.CLOSED_TITLE_END):
        return False
    text = paragraph.text
    return bool(regexes.TITLE_START.match(text)) and "。" not in text and not regexes.NESTED_TITLE.search(text)


def _opening(item: _ColumnLine) -> str:
    return item.line.text.strip()


def _glued(paragraph: paragraphs.Paragraph[_ColumnLine], item: _ColumnLine) -> str:
    """Join without a space, except where the line had a trailing space between two words
    ('《财政部 ' + '税务总局 发展改革委…')."""
    last_line, tail = paragraph.last.line.text, item.line.text.strip()
    spaced = last_line != last_line.rstrip() and _wordlike(paragraph.tail()[-1:]) and _wordlike(tail[:1])
    return (" " if spaced else "") + tail


def _flow_pages(lines: list[Line]) -> dict[int, bool]:
    """Pages whose lines mostly follow each other with no blank line: running text, not columns.

    Lines the steps before put in place (lines.PLACED: titles, headings, table rows) do not count."""
    glued: dict[int, int] = {}
    spaced: dict[int, int] = {}
    page, previous_blank, seen = 0, True, False
    for line in lines:
        if line.kind == PAGE_BREAK:
            page, previous_blank, seen = page + 1, True, False
        elif line.kind in STANDS_ALONE:
            previous_blank, seen = True, False
        elif not line.text.strip():
            previous_blank = True
        else:
            if seen:
                counts = spaced if previous_blank else glued
                counts[page] = counts.get(page, 0) + 1
            previous_blank, seen = False, True
    return {p: glued[p] >= spaced.get(p, 0) for p in glued}


def _continues(previous: str, line: str, glued: bool, flow: bool, opened: bool) -> bool:
    """Does line continue the paragraph whose last line is previous (opened: its first line)?"""
    text = line.strip()
    if regexes.COLUMN_UNIT_START.match("".join(text.split())) and not _open_quote(previous):  # also '（ 十 六 ） 其 他' spread out
        return False  # never a unit inside a quotation a column cut: '…按照“标准统' + '一、高效便民”的要求…'
    if regexes.CHRONICLE_MARK_SPACED.match(text) and not previous.rstrip().endswith("月"):  # '7日至9日 市委副书记…' under
        return False  # '…同比增长3.73%' (no stop printed); never a date wrapped after its month ('…2019年6月' + '20日 上午9:00…')
    if regexes.DATE_LINE.match(in_digits("".join(text.split()))) and width(text) < SHORT_LINE:
        return False  # a signature's date, under a signer's name as wide as the column ('…公安局…交通警察大队')
    if flow:
        return glued
    if glued:  # a heading printed on two lines: '市政府部署秋冬季疫情防控工作 ' + '抓好常态化精密智控…'
        return not regexes.SENTENCE_END.search(previous.strip())
    if line.startswith("\u3000"):  # hanging indent under a list item
        return True
    if _brief_title_over_its_date(previous, text):
        return False
    if regexes.SENTENCE_END.search(previous.rstrip()):
        if not opened and width(previous) <= INDENTED_LINE:  # a finished sentence on a short last line
            return _bracketed_note(text)
        return width(text) > INDENTED_LINE or _bracketed_note(text)
    return width(previous) >= SHORT_LINE or _open_quote(previous)


def _brief_title_over_its_date(previous: str, text: str) -> bool:
    """A brief's title, however wide its font sets it ('县十七届人大常委会召开第三十六次会议'), over its first line that
    opens with the event's date and a comma ('8月12日上午，县十七届…') or with a source's dateline naming its day
    ('国家统计局：一季度国内生产总值同比增长5.4%' over '央广网北京4月17日消息（记者王逸群）…'): running text never leaves a line
    without a mark before such a date. A dateline whose source the line before holds ('…据新华社北京' + '6月28日电') is no first
    line."""
    if regexes.RUNNING_TEXT_MARK.search(previous):
        return False
    return bool(regexes.NEWS_DATED_LEAD.match(in_digits(text)) or sourced_lead(text))


def _open_quote(previous: str) -> bool:
    """A line that opens a quotation or a title without closing it is mid-sentence, however short a proportional
    font set it: '会议专题调度了国庆节、中秋节“双' + '节”期间重点工作筹备情况，…'."""
    return any(previous.count(opening) > previous.count(closing) for opening, closing in ("“”", "《》", "（）"))


def _bracketed_note(text: str) -> bool:
    """'（责任单位：市教育局）' closing a paragraph on its own last line."""
    return text.startswith("（") and text.endswith("）") and width(text) < SHORT_LINE


def _wordlike(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or "\u4e00" <= ch <= "\u9fff")

"""Sections of an issue that printed no table of contents (a raw two-column extraction).

layout.clean_lines has already put every title block and heading at the start of what it heads;
here the sections are found by those shapes, in printed order:

  a title block (ZJCC code, issuer, title, doc number;   a document; its category from the number
  in this order or as printed)
  '《…》政策解读'                                          a policy interpretation
  '机构人事' / 'N月份市政府人事任免'                        appointments
  '政务简讯'                                              news briefs
  '政府记事' / 'N月份市政府记事'                            the chronicle
  a row '温政发〔2020〕23号　　温州市人民政府关于…'          the issued list (发文目录)
  '温州市统计局制' / '温州市2020年9月份国民经济主要统计指标'   the statistics table
  whatever follows the table                              back matter

Each section's printed lines go, as they are, to the parser of its kind (the same parsers and the
same registry, issues.parser.kinds, as with a printed TOC), and a table of contents is derived
from what was found, since the issue printed none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from issues.parser import (appointment_headings, appointments, backmatter, heard_title_blocks, kinds, order_title_blocks,
                           raw_title_blocks, regexes, statistics)
from issues.parser.dates import in_digits
from issues.parser.document_category import category_of
from issues.parser.document_fields import attachments
from issues.parser.forwarded import forwards
from issues.parser.kinds import category_named, is_document_category
from issues.parser.lines import Line, first_page, texts
from issues.parser.raw_brief_titles import is_title_piece, news_titles, opens_brief, title_over_brief
from issues.parser.records import ParsedIssue, TocEntry
from issues.parser.title_block import loose

WARNING = "原文没有目录：目录按正文中找到的栏目推出"

CHRONICLE = "政府记事"
BACK_MATTER = "back_matter"  # not a TOC category: kept as the issue's back matter
LIST_LOOKAHEAD = 6  # a decider's line and the first items under it, read to tell a list of appointments
TABLE_GAP_LINES = 5  # a statistics table goes on after its title, a running header and page marks between rows


@dataclass
class Found:
    """Where a section starts, found by its shape, and what its TOC entry would say."""

    category: str  # as its heading prints it ('人事任免'), else by its shape ('机构人事' for a decider's list)
    start: int  # index of the section's first line
    title: str = ""
    doc_number: str | None = None
    page: int | None = None
    end: int = 0
    has_rows: bool = False  # a statistics table whose rows have begun
    head_end: int = 0  # index after the section's title block (documents)
    by_decider: bool = False  # appointments found by their decider line, their heading printed under it or lost
    signed: bool = False  # a document whose signature's date has been read: what follows may be another section's

    @property
    def is_column(self) -> bool:
        """A documents column's heading ('省政府文件'): its documents start at their own title blocks."""
        return self.doc_number is None and is_document_category(self.category)


def parse_sections(lines: list[Line], parsed: ParsedIssue) -> None:
    sections = [section for section in find_sections(lines) if not section.is_column]
    text = texts(lines)
    parsed.warnings.append(WARNING)
    for section in sections:
        _parse_section(section, lines[section.start : section.end], parsed)
    parsed.toc = [_toc_entry(section, text) for section in sections if section.category != BACK_MATTER]


def find_sections(lines: list[Line]) -> list[Found]:
    """The sections in printed order; a documents column's heading ('部门文件') is one too (is_column), whose
    documents, found by their title blocks, take its name when neither their number nor their issuer tells their column."""
    sections: list[Found] = []
    text = texts(lines)
    column = None
    for i, line in enumerate(lines):
        if sections and i < sections[-1].head_end:
            continue
        found = _section_at(lines, text, i, sections[-1] if sections else None)
        if found and found.category == CHRONICLE and sections:
            found.start = first_day_before(text, i, sections[-1].head_end or sections[-1].start)
            found.head_end = _label_after(text, i, CHRONICLE)
        if found and sections and not found.doc_number:
            found.start = _label_over(text, found.start, floor=sections[-1].head_end or sections[-1].start + 1)
        if found:
            found.page = lines[found.start].page
            sections.append(found)
            if found.is_column or found.doc_number is None:
                column = found.category if found.is_column else None
            elif column and found.category == "部门文件" and not _names_its_issuer(found):
                found.category = column
    for section, following in zip(sections, sections[1:] + [None]):
        section.end = following.start if following else len(lines)
    return sections


def first_section(lines: list[Line], within: int) -> Found | None:
    """The section these lines open with: find_sections(lines)[0] when it starts among their first `within` lines, found
    without reading on (split tries it at every line after a signature: a window's later sections would be thrown away)."""
    text = texts(lines)
    for i in range(min(within, len(lines))):
        if found := _section_at(lines, text, i, None):
            found.page = lines[found.start].page
            return found
    return None


def _label_over(lines: list[str], start: int, floor: int) -> int:
    """Where a section starts whose column label is printed over its heading ('大 事 记' over '1月份大事记', words no
    category has, so no section starts at it): at the label, left until now at the end of the section before (a
    document's text ran on into it). The section's parser drops the label as debris."""
    above = next((k for k in range(start - 1, floor - 1, -1) if lines[k].strip()), None)
    return above if above is not None and regexes.COLUMN_LABEL.match(lines[above].strip()) else start


def _label_after(lines: list[str], heading: int, category: str) -> int:
    """The index after a heading and the column label printed under it ('9月份市政府记事' + '政府记事'): the label
    heads no section of its own."""
    following = next((k for k in range(heading + 1, len(lines)) if lines[k].strip()), None)
    label = following is not None and regexes.CATEGORY_HEADING.match("".join(lines[following].split()))
    return following + 1 if label and category_named(label["category"]) == category else heading + 1


def first_day_before(lines: list[str], heading: int, floor: int) -> int:
    """Where a chronicle starts whose heading stands after its first days: its first lone day marker before the
    heading (above `floor`, the section before's start), over a △ item, after a line ending a sentence, the
    days after it in order up to the heading; else the heading. A typesetter paints the heading over the columns,
    and the page's text comes out before it (2020-09's 9月份市政府记事 read after September 1-11, inside the
    11th's item): the days before it were read into the briefs' last one."""
    start, last_day = heading, None
    for k in range(heading - 1, floor, -1):
        day = regexes.CHRONICLE_DAY.match(lines[k])
        if day is None:
            continue
        if last_day is not None and int(day["day"]) >= last_day:
            break
        last_day = int(day["day"])
        before = next((text.strip() for text in reversed(lines[floor:k]) if text.strip()), "")
        after = next((text.strip() for text in lines[k + 1:heading] if text.strip()), "")
        if regexes.SENTENCE_END.search(before) and regexes.CHRONICLE_ITEM.match(after):
            start = k
    return start


def _names_its_issuer(found: Found) -> bool:
    """The document tells its own column: by its number ('临安委〔2011〕3号': a committee's), or by the issuer its issuer's
    line or its title names ('乐昌市教育局' over '关于…的通知'). A column's heading printed over it (or the running header of
    a page, which names the column of the page's first document) does not override that; it names only a document that
    tells nothing of its issuer ('关于…的通告', its issuer in its signature alone)."""
    return bool(found.doc_number) or bool(regexes.ISSUER_TITLE_LINE.match(found.title))


def _two_line_interpretation_title(lines: list[str], i: int) -> str | None:
    """An interpretation's title printed over two lines, as a reader's lines give it (a scan's or a PDF's
    column lines, the title not joined): '《关于鼓励社会力量投资建设与运营' + '体育场所的意见》政策解读'."""
    if i + 1 >= len(lines) or not regexes.INTERPRETATION_TITLE_HEAD.match(lines[i].strip()):
        return None
    tail = lines[i + 1].strip()
    return lines[i].strip() + tail if regexes.INTERPRETATION_TITLE_TAIL.match(tail) else None


def _section_at(read: list[Line], lines: list[str], i: int, current: Found | None) -> Found | None:
    text = lines[i].strip()
    kind = category_named(current.category) if current else None
    document = None if _producer_over_a_title_block(read, i, current) else _document_at(read, i)
    if kind != "机构人事" and not (document and document.doc_number) and appointment_headings.decision_title_width(lines, i):
        return Found("人事任免", i, by_decider=True)  # a 任免 decision under its own title block: the appointments parser reads it
    if document and not _published_by(document, current) \
            and not (current and enclosed_by(document, current.title, lines[current.start : i])) \
            and not (kind == "机构人事" and regexes.APPOINTMENT_NOTICE_TITLE.match(document.title)):
        return document  # (a 任免 notice's title under 人事任免 heads the list it prints: the appointments parser reads it)
    if regexes.INTERPRETATION_TITLE.match(text):
        return Found("政策解读", i, title=text)
    if title := _two_line_interpretation_title(lines, i):
        return Found("政策解读", i, title=title)
    if heading := regexes.CATEGORY_HEADING.match(text):
        if kind == category_named(heading["category"]) == "统计资料":
            return None  # the table's own heading painted after its rows (a table alone, its extraction read as text)
        if kind == category_named(heading["category"]) and current.by_decider:
            return None  # '人事任免' under the decider line that began the list
        return Found(heading["category"], i)
    spaced = regexes.CATEGORY_HEADING.match("".join(text.split()))  # '人 事 任 免' heading a new column
    if spaced and category_named(spaced["category"]) != kind:
        return Found(spaced["category"], i)
    if regexes.APPOINTMENT_BODY_TITLE.match("".join(text.split())):  # '…人大常委会人事任免': its column, or its title
        if kind == "机构人事" and not current.title:
            current.title = text
            return None
        return Found("人事任免", i, title=text)
    if regexes.MONTH_HEADING.match(text) or regexes.CHRONICLE_YEAR_HEADING.match("".join(text.split())):
        category = kinds.heading_category(text)  # '9月份市政府记事', or a year's chronicle: '2019年普陀区大事记'
        if kind == category and not current.title:
            current.title = text
            return None
        return Found(category, i, title=text)
    if kind == "机构人事" and i + 1 < len(lines) and title_over_brief(lines, i) and not lines[i + 1].rstrip().endswith("："):
        return Found("政务简讯", i)  # briefs after the appointments, their label lost: a title over a dated line
    if kind is None and i + 1 < len(lines) and not _cover_line(text) and opens_brief(lines, i):
        # briefs opening the issue, their label lost: the line right over a brief's first line (a title wrapped over two lines
        # opens it at its second, its first told unread, as is a document's signature over it)
        return Found("政务简讯", i)
    if current and current.doc_number is not None and _decision_list_after_document(lines, i, current):
        return Found("机构人事", i, by_decider=True)
    if current and current.doc_number is not None and regexes.DATE_LINE.match(in_digits("".join(text.split()))):
        current.signed = True
    if (regexes.ISSUED_ROW.match(text) or regexes.ISSUED_LIST_HEADING.match("".join(text.split()))) and kind != "发文目录":
        # its row, or its heading printed in the column ('7月份市政府、市政府办公室发文目录'), never a line of the document before
        return Found("发文目录", i)
    if regexes.STATISTICS_TITLE.match(text) and kind == "统计资料" and not current.title:
        current.title = text
        return None
    starts_table = regexes.STATISTICS_PRODUCER.match(text) or regexes.STATISTICS_TITLE.match(text)
    if (starts_table or regexes.STATISTICS_HEADER_ROW.match(text)) and kind != "统计资料":  # '指标 单位 当月 …'
        return Found("统计资料", i, title=text if regexes.STATISTICS_TITLE.match(text) else "")
    if kind != "统计资料" and statistics.titles_a_table(lines, i):  # a page holding the table alone, no heading over it
        return Found("统计资料", i, title="".join(text.split()))
    if kind == "统计资料" and (regexes.STATISTICS_ROW.match(text) or statistics.reads_as_row(text)):
        current.has_rows = True
    elif kind == "统计资料" and current.has_rows and not _table_goes_on(lines, i):
        # the first line after the table's rows that is not part of it: a brief printed after the table, a headline over its
        # first line ('德州一季度GDP增长10.2%' over '记者昨日从市统计局获悉，…'), else the back matter (a photograph's caption
        # opening with its date, '9月26日，为期两天的第四届楠溪江桨板公', is no headline)
        brief = i + 1 < len(lines) and is_title_piece(lines[i]) and opens_brief(lines, i)
        return Found("政务简讯" if brief else BACK_MATTER, i)
    if regexes.BACK_MATTER_START.match(text) and kind != BACK_MATTER:
        return Found(BACK_MATTER, i)
    return None


def _producer_over_a_title_block(read: list[Line], i: int, current: Found | None) -> bool:
    """A statistics table's producer line ('中原区统计局') under its rows, over a title block that starts on the next line: the
    table's, never the issuer's line of that block (read so, the producer was glued into the next record's title)."""
    return bool(current and current.category == "统计资料" and current.has_rows and statistics.producer_of(read[i].text)
                and i + 1 < len(read) and (_document_at(read, i + 1) or appointment_headings.decision_title_width(texts(read), i + 1)))


def _cover_line(text: str) -> bool:
    """A line of the cover over the first page ('温州市人民政府公报', '2024.6', '总第300期（月刊）', '2024年第6期'): no brief's title."""
    return any(pattern.search(text) for pattern in (regexes.TOTAL_NO, regexes.COVER_YEAR_ISSUE, regexes.COVER_YEAR_AND_NUMBER,
                                                      regexes.GAZETTE_NAME, regexes.PUBLISH_DATE))


def _decision_list_after_document(lines: list[str], i: int, document: Found) -> bool:
    """A decider's line ('市人民政府决定：', '…常务委员会第' + '七次会议决定：') over appointments read from the lines under it,
    after the signature of a document that is no appointment notice: the list printed after the document's attachment
    or its '（此件公开发布）', its heading lost or painted under it (it was read into the document's body)."""
    if not document.signed or regexes.APPOINTMENT_NOTICE_TITLE.match(document.title):
        return False
    following = [line.strip() for line in lines[i : i + LIST_LOOKAHEAD] if line.strip()]
    return (bool(following) and appointment_headings.opens_a_list(following[:2])
            and bool(appointments.parse(following, as_read=True)))


def _table_goes_on(lines: list[str], i: int) -> bool:
    """The table's producer, label or title (a raw extraction may print them under the rows), or a line between
    its rows (a page turn) when a row follows within a few lines."""
    text = lines[i].strip()
    own = (regexes.STATISTICS_PRODUCER, regexes.STATISTICS_SOURCE, regexes.STATISTICS_TITLE, regexes.STATISTICS_TABLE_TITLE)
    if any(pattern.match(text) for pattern in own) or "".join(text.split()) == "统计资料":  # '统 计 资 料'
        return True
    # a row of a table without a unit column ('东城区 145171 -10.2 664382 -4.3', its unit printed once over the table) or the
    # heading row printed again atop the next page: the table goes on (its rows after the page turn went to the back matter)
    return any(regexes.STATISTICS_ROW.match(line.strip()) or statistics.reads_as_row(line)
               or regexes.STATISTICS_HEADER_ROW.match(line) for line in lines[i + 1 : i + TABLE_GAP_LINES + 1])


def _document_at(lines: list[Line], i: int) -> Found | None:
    """A title block starts here (in the clean order, as printed, or as other gazettes print one);
    the section skips past it."""
    # an order first: its title may name its government as a 通告's does ('重庆市人民政府关于…的通告' over '渝府令第121号')
    block = (order_title_blocks.read_order(lines, i) or raw_title_blocks.read_printed(lines, i)
             or raw_title_blocks.read_titled(lines, i) or order_title_blocks.read_order_number(lines, i)
             or raw_title_blocks.read_rule(lines, i) or raw_title_blocks.read_kind_alone(lines, i)
             or raw_title_blocks.read_resolution(lines, i) or raw_title_blocks.read_report(lines, i)
             or heard_title_blocks.read_heard(lines, i))
    if block is None:
        return None
    title = block.issuer + block.title
    return Found(category_of(block.doc_number, title), i, title=title, doc_number=block.doc_number,
                 head_end=block.end)


def enclosed_by(document: Found, cover_title: str, cover_lines: list[str]) -> bool:
    """A title printed without number or issuer under a cover notice's signature that the notice names: in its title
    ('关于印发宿迁市城乡医疗救助暂行办法的通知' over '宿迁市城乡医疗救助暂行办法'; '转发…关于…的通知的通知') or quoted in its text
    ('现将《关于本市加强政务诚信建设的实施意见》印发给你们'): the notice's enclosure, no document of its own; so is a numbered
    document the notice forwards ('现将《…》（粤府办[2015]22号）转发给你们' over '粤府办〔2015〕22号'), printed after it; and a
    title its list of attachments names ('附件：1.关于《…（修订草案）》的说明'), printed after its signature."""
    if document.doc_number and forwards(" ".join(cover_lines), document.doc_number):
        return True
    if document.doc_number or not document.title:
        return False
    title = loose(document.title)
    listed = {loose(name) for name in attachments([line.strip() for line in cover_lines])}  # '附件：1.关于《…》的说明'
    return title in loose(cover_title) or f"《{title}》" in loose("".join(cover_lines)) or title in listed


def _published_by(document: Found, current: Found | None) -> bool:
    """The title heads the rule an order publishes, printed under the order's date ('渝府令第121号' over
    '《重庆市人民政府关于…的通告》已经…通过，现予发布' and its signature, then the 通告's title): the order's text, no document."""
    return bool(current and current.doc_number and regexes.ORDER_NUMBER_LINE.match(current.doc_number)
                and not document.doc_number and document.title == current.title)


# --- the derived table of contents ---------------------------------------------------------------


def _toc_entry(section: Found, lines: list[str]) -> TocEntry:
    """The entry a TOC would print for the section: its column as its heading prints it ('人事任免', '政务动态')."""
    title = section.title or section.category
    if category_named(section.category) == "政务简讯":
        titles = news_titles(_text_lines(lines[section.start : section.end]))
        if titles:
            title = f"{titles[0]}等简讯{len(titles)}则"
    return TocEntry(section.category, title, section.doc_number, section.page)


def _text_lines(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


# --- each section to the parser of its kind ---------------------------------------------------------


def _parse_section(section: Found, lines: list[Line], parsed: ParsedIssue) -> None:
    """The section's printed lines, as they are, to the parser of its kind (as split does with a TOC)."""
    printed = [replace(line, text=text) for line in lines if (text := line.text.strip())]
    if section.category == BACK_MATTER:
        parsed.back_matter = backmatter.parse(texts(kinds.back_matter(printed, parsed.warnings)))
    elif section.doc_number is not None:  # lines as layout left them: it made the paragraphs
        entry = TocEntry(section.category, section.title, section.doc_number, section.page or first_page(lines))
        told = len(parsed.documents)
        kinds.read(kinds.Section("documents", entry, lines, paragraphs_made=True), parsed)
        _column_by_issuer(section, parsed.documents[told:])
    elif kind := kinds.of_category(section.category):
        entry = TocEntry(section.category, section.title, section.doc_number, section.page)
        kinds.read(kinds.Section(kind.key, entry, printed), parsed)


def _column_by_issuer(section: Found, documents: list) -> None:
    """A document whose column its number and title did not tell (no column heading printed over it either) goes
    in the column of the issuer it names elsewhere: its signature ('东莞市人民政府办公室'), or a rule's own name
    ('陇南市人民政府工作规则'); its derived TOC entry with it."""
    if len(documents) != 1 or section.category != category_of(section.doc_number, section.title):
        return
    section.category = documents[0].category = category_of(section.doc_number, section.title, documents[0].issuer or "")



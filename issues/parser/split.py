"""Cut the body of an issue into sections and hand each to the parser of its kind.

With a printed table of contents, each entry is found in the body in order (a document by its
doc number line, other sections by their heading); a section runs to the start of the next.
Without one (a raw PDF extraction), sections are found by the shapes of their headings.
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import (backmatter, document_location, kinds, raw_title_blocks, rawsplit, regexes, statistics,
                           title_block)
from issues.parser.kinds import category_named, is_document_category
from issues.parser.lines import Line, texts
from issues.parser.records import ParsedIssue, TocEntry
from issues.parser.dates import in_digits
from issues.parser.text import compact
from issues.parser.warnings import NOTE, ParseWarning
from issues.parser.toc import parse_toc

MIDDLE_DOT = "·"  # a mark of names ('米哈伊尔·米舒斯京'), and what a speck in a letter-spaced heading is read as


def parse_sections(lines: list[Line], parsed: ParsedIssue) -> None:
    toc, body_start = parse_toc(texts(lines))
    parsed.toc = toc
    if not toc:
        return rawsplit.parse_sections(lines, parsed)
    body_lines = lines[body_start:]
    body = texts(body_lines)
    starts = _locate_entries(body, toc, parsed.warnings)
    back_start = _back_matter_start(body, starts[-1][0] if starts else 0)
    if not any(line.page for line in body_lines):  # no page number printed: each line on its section's TOC page
        body_lines = _paged_by_toc(body_lines, starts, back_start)
        lines[body_start:] = body_lines  # the checks quote them with that page too
    for n, (start, entry) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else back_start
        section = body_lines[start : start + len(_without_next_heading(body[start:end]))]
        cut = _unlisted_start(section, entry, toc) if is_document_category(entry.category) else None
        column = None if is_document_category(entry.category) else _unlisted_column(section, entry, toc)
        _parse_section(entry, section[:cut if column is None else column], parsed)
        if cut is not None:  # read with the signature's date over it, if printed: it tells where a document begins
            _parse_unlisted_documents(section[cut - _signed_over(section, cut) :], entry, parsed)
        if column is not None:
            _parse_unlisted_column(section[column:], entry, parsed)
    parsed.back_matter = backmatter.parse(texts(kinds.back_matter(body_lines[back_start:], parsed.warnings)))


def _paged_by_toc(body_lines: list[Line], starts: list[tuple[int, TocEntry]], back_start: int) -> list[Line]:
    """A text that prints no page numbers (a text export) still has its TOC's: a section's lines, and so the
    warnings quoting them, take the page its TOC entry gives (where the section begins)."""
    paged = list(body_lines)
    for n, (start, entry) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else back_start
        for i in range(start, end):
            paged[i] = replace(paged[i], page=entry.page if entry.page and entry.page > 0 else None)
    return paged


def _locate_entries(body: list[str], toc: list[TocEntry], warnings: list[str]) -> list[tuple[int, TocEntry]]:
    starts: list[tuple[int, TocEntry]] = []
    cursor = 0
    number_lines = document_location.doc_number_lines(body)
    for entry in toc:
        index = _find_entry(body, entry, cursor, number_lines)
        if index is None:
            warnings.append(f"正文中找不到目录条目：{entry.title}")
            continue
        if starts and category_named(starts[-1][1].category) == category_named(entry.category) == "政务简讯":
            continue
        starts.append((index, entry))
        cursor = index + 1
    return starts


def _find_entry(body: list[str], entry: TocEntry, cursor: int, number_lines: dict) -> int | None:
    if is_document_category(entry.category) and entry.doc_number and not title_block.is_serial_only(entry.doc_number):
        start = document_location.find_start(body, entry, cursor, number_lines)
        if start is not None or not regexes.ORDER_NUMBER_LINE.match(compact(entry.doc_number)):
            return start
        # an order's number printed over two lines ('…人民政府令' + '第82号') is found by its title
        return _first_title(body, cursor, compact(regexes.TOC_DOC_NUMBER.sub("", entry.title)))
    if category_named(entry.category) == "政务简讯":
        match = regexes.TOC_NEWS_TITLE.match(entry.title)
        first = compact(match["first"] if match else entry.title)  # the TOC may shorten the brief's title
        if regexes.TOC_NEWS_COUNT_ALONE.match(first):  # '简讯2则' names no brief: the column's heading begins them
            return _column_heading(body, cursor, entry)
        return _first_title(body, cursor, first, shortened=True)
    start = _first_title(body, cursor, compact(entry.title))
    if start is None:  # the section's heading worded otherwise ('7月份人事任免' in the 目录, '人事任免' over it)
        start = _column_heading(body, cursor, entry)
    if start is None and kinds.of_category(entry.category) is kinds.BY_KEY["statistics"]:
        # a page holding the table alone, its title read otherwise than the TOC prints it ('1—9月' for '1-9月')
        start = next((i for i in range(cursor, len(body)) if statistics.titles_a_table(body, i)), None)
    return start


def _parse_unlisted_documents(lines: list[Line], listed: TocEntry, parsed: ParsedIssue) -> None:
    """Documents the TOC does not list, printed after a listed one's signature, each under its own title
    block: parsed as documents, each with a note."""
    for piece in rawsplit.find_sections(lines):
        entry = TocEntry(piece.category, piece.title, piece.doc_number or None, listed.page)
        kinds.read(kinds.Section("documents", entry, lines[piece.start : piece.end], paragraphs_made=True), parsed)
        parsed.warnings.append(ParseWarning(NOTE, "toc_unlisted_document", "目录未列出此文件：按正文中的标题读出",
                                            section=piece.category, page=listed.page, lines=[piece.title]))


def _unlisted_column(section: list[Line], entry: TocEntry, toc: list[TocEntry]) -> int | None:
    """The heading of a column of another kind that no TOC entry lists, printed inside this one's lines (a 发文目录 whose last row
    '…加强政务诚信建设的实施意见》的通知' runs on into '2015年普陀区大事记' and its days): where that column starts; a heading of a kind the TOC lists
    (a running header '政府记事' over a page of briefs) starts nothing here."""
    listed = {kinds.of_category(other.category) for other in toc}
    own = kinds.of_category(entry.category)
    for i, line in enumerate(section[1:], start=1):
        category = kinds.heading_category(compact(line.text))
        if category and not is_document_category(category) and kinds.of_category(category) not in listed | {own, None}:
            return i
    return None


def _parse_unlisted_column(lines: list[Line], listed: TocEntry, parsed: ParsedIssue) -> None:
    """A column the TOC does not list, read by the parser of the kind its heading names, with a note."""
    heading = compact(lines[0].text)
    category = kinds.heading_category(heading)
    entry = TocEntry(category, heading, None, lines[0].page or listed.page)
    kinds.read(kinds.Section(kinds.of_category(category).key, entry, lines), parsed)
    parsed.warnings.append(ParseWarning(NOTE, "toc_unlisted_column", "目录未列出此栏目：按正文中的栏目标题读出", section=category,
                                        page=entry.page, lines=[lines[0].text.strip()]))


def _unlisted_start(section: list[Line], entry: TocEntry, toc: list[TocEntry]) -> int | None:
    """The first title block after the listed document's signature whose title the listed one does not
    name and no TOC entry lists (a listed one whose number line was not found stays a merge warning)."""
    signed = next((i for i, line in enumerate(section) if regexes.DATE_LINE.match(in_digits(compact(line.text)))),
                  None)
    if signed is None:
        return None
    listed = [compact(other.title) for other in toc]
    for i in range(signed + 1, len(section)):
        over = _signed_over(section, i)
        first = rawsplit.first_section(section[i - over : i + title_block.MAX_TITLE_BLOCK_LINES], over + 1)
        first = first if first and first.start == over else None
        title = compact(first.title) if first else ""
        if first and first.doc_number is not None and not any(title in t for t in listed) \
                and not rawsplit.enclosed_by(first, entry.title, texts(section[:i])):
            rest = rawsplit.find_sections(section[i - over :])
            return i if all(piece.doc_number is not None for piece in rest) else None  # documents only
    return None


def _signed_over(section: list[Line], i: int) -> int:
    """1 when line i comes right under a signature's date: a title block is read with it, which tells a title printed without
    number, issuer or addressees ('关于废止部分市政府规章的决定' over its text) where a document begins."""
    return int(i > 0 and raw_title_blocks.ends_signature(section[i - 1].text))


def _without_next_heading(section: list[str]) -> list[str]:
    """Drop the next column's heading ('政 务 简 讯') printed just before the next section starts."""
    if len(section) > 1 and regexes.CATEGORY_HEADING.match(compact(section[-1])):
        return section[:-1]
    return section


def _first_title(body: list[str], cursor: int, title: str, shortened: bool = False) -> int | None:
    """The line a heading starts on, also when it is printed over several lines (an issuer line over a
    '关于…的通知' wrapped twice: '乐昌市教育局' + '关于下达…义务教育' + '公用经费补助资金的通知').
    `shortened`: the heading may go on past `title` (a brief's title the TOC gives only its start of),
    and its lines may be a print's, broken where the title breaks ('…会议 宣布省委关于' + '温州市…决定')."""
    def found(text: str) -> bool:
        return text == title or (shortened and text.startswith(title))

    def key(line: str) -> str:  # a speck read as '·' in a letter-spaced heading's blank ('4月份市政·府、市政府办公室发文目录')
        return compact(line) if MIDDLE_DOT in title else compact(line).replace(MIDDLE_DOT, "")

    for i in range(cursor, len(body)):
        text = key(body[i])
        if found(text):
            return i
        if len(text) < 4 or not title.startswith(text):
            continue
        pieces = [line for line in body[i + 1 : i + title_block.MAX_TITLE_LINES + 1] if not title_block.is_page_head(line)]
        for following in pieces[: title_block.MAX_TITLE_LINES - 1]:
            text += key(following)
            if found(text):
                return i
            if not title.startswith(text):
                break
    return None


def _column_heading(body: list[str], cursor: int, entry: TocEntry) -> int | None:
    """The first heading after the cursor naming the entry's column ('政务简讯' for the TOC's '简讯2则'), wherever it is
    printed: under the page furniture of a new page ('· 2 ·', '2020年第4期') as well as mid-page."""
    return _first(body, cursor, lambda line: kinds.heading_category(compact(line)) == category_named(entry.category))


def _first(body: list[str], cursor: int, test) -> int | None:
    for i in range(cursor, len(body)):
        if test(body[i]):
            return i
    return None


def _back_matter_start(body: list[str], last_start: int) -> int:
    """Back matter follows the statistics table's producer line, or starts with 赠阅范围."""
    for i in range(last_start, len(body)):
        line = body[i].strip()
        if regexes.BACK_MATTER_START.match(line):
            return i
        if regexes.STATISTICS_PRODUCER.match(line):
            return i + 1
    return len(body)


def _parse_section(entry: TocEntry, lines: list[Line], parsed: ParsedIssue) -> None:
    """Hand a section's lines, heading line included, to the parser of its kind."""
    kind = kinds.of_category(entry.category)
    if kind is not None:
        kinds.read(kinds.Section(kind.key, entry, lines), parsed)

"""The kinds of records an issue holds, in printed order: the one list every other part iterates.

Each kind says what announces it (its TOC category names), how a section of it is read (`parse`:
a Section in, its records added to the ParsedIssue), its record class, and its short label for
staff and readers. A Section is the same plain value whichever way it was found (split: led by a
printed TOC; rawsplit: by the shapes of headings and title blocks), and `read` is the one dispatch
(where a section also stops at a letter-spaced column no kind knows, told in a loss warning).
The models declare which kind they store (`Model.kind`), and the review page, the ingest summary,
the search form and the home page's counts iterate KINDS: adding a kind, or renaming a section, is
one entry here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from issues.parser import (appointments, chronicle, documents, interpretations, issued, news, news_checks, records, regexes,
                           statistics)
from issues.parser.lines import Line, printed_place, texts
from issues.parser.text import compact
from issues.parser.warnings import LOSS, ParseWarning

# An unknown column's first lines quoted in its warning; coverage lists any further ones line by line.
UNKNOWN_COLUMN_QUOTED = 10

logger = logging.getLogger(__name__)


@dataclass
class Section:
    """A stretch of an issue holding records of one kind, however it was found."""

    kind: str  # the RecordKind's key
    entry: records.TocEntry  # what the TOC says of it (derived from the section when the issue printed none)
    lines: list[Line]  # its printed lines, heading included
    paragraphs_made: bool = False  # a raw extraction's layout joined its paragraphs from the printed widths

    @property
    def category(self) -> str:
        """The category its TOC entry names ('机构人事' for a TOC printing '人事任免'): warnings and coverage
        name a section so whichever name the issue printed."""
        return category_named(self.entry.category)


@dataclass(frozen=True)
class RecordKind:
    key: str  # its attribute of ParsedIssue and its key in the export_issue JSON
    label: str  # 文件, 人事任免, ...: what staff and readers call the records
    short: str  # 文件, 任免, ...: its name in one-line counts (the ingest summary)
    categories: tuple[str, ...]  # the TOC category headings that announce a section of it
    record: type  # its dataclass in issues.parser.records
    parse: Callable[[Section, records.ParsedIssue], None]  # a section -> its records

    def records(self, parsed: records.ParsedIssue) -> list:
        """Its records in a parsed issue (the statistics' rows for the statistics table)."""
        found = getattr(parsed, self.key)
        return found.rows if isinstance(found, records.ParsedStatistics) else found

    def made_since(self, parsed: records.ParsedIssue, kept: int) -> list:
        """The records a section's parse added after the first `kept` (a statistics section: the table it made)."""
        found = getattr(parsed, self.key)
        return [found] if isinstance(found, records.ParsedStatistics) else found[kept:]


def _documents(section, parsed):
    # paragraphs made already: joining again by length alone would glue a heading onto the paragraph after it
    parsed.documents.append(documents.parse(texts(section.lines), section.entry, rejoin=not section.paragraphs_made))


def _interpretations(section, parsed):
    parsed.interpretations.append(interpretations.parse(texts(section.lines), section.entry))


def _appointments(section, parsed):
    parsed.appointments.extend(appointments.parse(texts(section.lines), warnings=parsed.warnings))
    parsed.warnings.extend(news_checks.briefs_among(texts(section.lines), section.category))


def _news(section, parsed):
    parsed.news.extend(news.parse(texts(section.lines), year=parsed.year, issue_month=parsed.issue_no,
                                  published=parsed.publish_date, warnings=parsed.warnings))


def _chronicle(section, parsed):
    parsed.chronicle.extend(chronicle.parse(texts(section.lines), year=parsed.year, default_month=parsed.issue_no,
                                            warnings=parsed.warnings))


def _issued_list(section, parsed):
    parsed.issued_list.extend(issued.parse(texts(section.lines), warnings=parsed.warnings))


def _statistics(section, parsed):
    """An issue holds one table: a later statistics section without rows (a label painted after the table) takes
    nothing away, and a second table with rows is a loss told, the first kept (both were silently replaced)."""
    table = statistics.parse(texts(section.lines), warnings=parsed.warnings)
    if not parsed.statistics.rows:
        parsed.statistics = table
    elif table.rows:
        first = section.lines[0] if section.lines else None
        parsed.warnings.append(ParseWarning(
            LOSS, "statistics_second_table", f"本期已有统计表，另一张统计表（{len(table.rows)}行）未读入", section=section.category,
            page=first and first.page, lines=[table.title or (first.text if first else "")]))


KINDS = [
    RecordKind("documents", "文件", "文件", ("市政府令", "市政府文件", "市府办文件", "部门文件", "部门规范性文件"),
               records.ParsedDocument, _documents),
    RecordKind("interpretations", "政策解读", "解读", ("政策解读",), records.ParsedInterpretation, _interpretations),
    RecordKind("appointments", "人事任免", "任免", ("机构人事",), records.ParsedAppointment, _appointments),
    RecordKind("news", "政务简讯", "简讯", ("政务简讯",), records.ParsedNews, _news),
    RecordKind("chronicle", "政府记事", "记事", ("政府记事",), records.ParsedChronicleEntry, _chronicle),
    RecordKind("issued_list", "发文目录", "发文目录", ("发文目录",), records.ParsedIssuedRow, _issued_list),
    RecordKind("statistics", "统计资料", "统计", ("统计资料",), records.ParsedStatisticsRow, _statistics),
]

BY_KEY = {kind.key: kind for kind in KINDS}
BY_CATEGORY = {category: kind for kind in KINDS for category in kind.categories}
CATEGORIES = [category for kind in KINDS for category in kind.categories]  # every TOC category, printed order
DOCUMENT_CATEGORIES = frozenset(BY_KEY["documents"].categories)


# Headings some issues print for a category, and the category they name. A TOC entry keeps the name its
# issue prints (readers see the 目录 as printed); whatever needs the kind reads it through category_named.
CATEGORY_ALIASES = {"人事任免": "机构人事", "政务动态": "政务简讯"}


def category_named(printed: str) -> str:
    """The category a printed heading names: '人事任免' -> '机构人事'; '市府办文件' -> itself."""
    return CATEGORY_ALIASES.get(printed, printed)


def heading_category(text: str) -> str | None:
    """The category a section heading names, as the category ('人事任免', '## 政务简讯'), with its month
    ('7月份市政府人事任免', '2008年6月政府大事记') or with its year alone ('2019年普陀区大事记', '普陀区2015年大事记'); None for a
    line that is no such heading."""
    if heading := regexes.CATEGORY_HEADING.match(text):
        return category_named(heading["category"])
    if heading := regexes.MONTH_HEADING.match(text):
        return "机构人事" if heading["what"] == "人事任免" else "政府记事"
    if regexes.CHRONICLE_YEAR_HEADING.match("".join(text.split())):
        return "政府记事"
    return None


def of_category(category: str) -> RecordKind | None:
    """The kind a TOC category announces, under any name an issue prints for it ('市府办文件' -> documents,
    '人事任免' -> appointments), None for one the parser does not know."""
    if is_document_category(category):
        return BY_KEY["documents"]
    return BY_CATEGORY.get(category_named(category))


def is_document_category(category: str | None) -> bool:
    """A documents column: one of the gazette's own, or one some issues add ('省政府文件', '县（市、区）文件')."""
    return category in DOCUMENT_CATEGORIES or bool(regexes.OTHER_DOCUMENT_COLUMN.match(category or ""))


def read(section: Section, parsed: records.ParsedIssue) -> None:
    """A section's records, by the parser of its kind, added to the parsed issue."""
    section.lines = _before_unknown_column(section, parsed.warnings)
    _hand_lines(section, parsed)
    kind = BY_KEY[section.kind]
    told, kept = len(parsed.warnings), len(kind.records(parsed))
    try:
        kind.parse(section, parsed)
        made = kind.made_since(parsed, kept)
    except Exception:  # a fault in one kind's parser must not cost the issue: the section is told unread
        logger.exception("reading a %s section failed", section.kind)
        del parsed.warnings[told:]
        del kind.records(parsed)[kept:]  # nothing of the section half-read: a step after its records may fail
        parsed.warnings.append(unreadable_section_warning(section))
        made = []
    parsed.read_sections.append(records.ReadSection(section.category, made))
    for warning in parsed.warnings[told:]:
        place(warning, section.lines)


# A printed line (its text and page) read in more sections than this (hostile input: a heading printed 40,000 times on
# one page) is held by no section of its own: the coverage check reads it as a line no section was handed.
MAX_SECTIONS_OF_A_LINE = 4


def _hand_lines(section: Section, parsed: records.ParsedIssue) -> None:
    """Note the section each printed line is read in (ParsedIssue.line_sections), as the next of parsed.read_sections."""
    number = len(parsed.read_sections)
    for line in section.lines:
        held = parsed.line_sections.setdefault(printed_place(line), [])
        if len(held) <= MAX_SECTIONS_OF_A_LINE and (not held or held[-1] != number):
            held.append(number)


def place(warning, lines: list[Line]) -> None:
    """A kind's parser, or a check of its records, reads text alone: its warning gets the page of the first line it quotes."""
    if not isinstance(warning, ParseWarning) or warning.page is not None or not warning.lines:
        return
    quoted = compact(warning.lines[0]).rstrip("…")  # a long line is quoted cut short, with '…'
    line = next((line for line in lines if line.page is not None and _opens(compact(line.text), quoted)), None)
    if line is not None:
        warning.page, warning.file_page = line.page, warning.file_page or line.physical_page


def _opens(text: str, quoted: str) -> bool:
    """The printed line the quote begins with (a quoted entry may join several lines)."""
    return bool(text) and bool(quoted) and (quoted.startswith(text) or text.startswith(quoted))


def _spaced_title_piece(heading: str) -> bool:
    """A document prints some title lines letter-spaced: an order's '邢 台 市 人 民 政 府 令', an enclosed
    '指 导 意 见' or '实 施 方 案'. They are the document's, no column."""
    return bool(regexes.ORDER_ISSUER_LINE.match(heading) or regexes.TITLE_END.search(heading))


def _before_unknown_column(section: Section, warnings: list) -> list[Line]:
    """A section stops at a heading no kind knows ('专 题 报 道', '工作动态': a column the parser cannot
    read, found by neither the TOC nor a heading's shape). Read on, the column's lines would become the
    text of the record before (a brief's body, a document's, a chronicle entry's, an issued row's title);
    they are told in one warning instead, with their page."""
    for i, line in enumerate(section.lines[1:], start=1):
        if is_unknown_column(line.text) and not (section.kind == "documents" and _spaced_title_piece(compact(line.text))):
            after = section.entry.title or BY_KEY[section.kind].label
            warnings.append(unknown_column_warning(section.lines[i:], after))
            return section.lines[:i]
    return section.lines


def is_unknown_column(text: str) -> bool:
    """A column heading no kind knows: letter-spaced ('专 题 报 道'), or worded as columns are ('工作动态',
    '## 专题报道'); never a brief's photographer's credit worded as one ('井娇摄影报道')."""
    heading = compact(text)
    if regexes.KNOWN_HEADING.match(heading) or regexes.NEWS_CREDIT_LINE.match(text.strip()):
        return False
    return bool(regexes.SPACED_HEADING.match(text.strip()) or regexes.UNKNOWN_COLUMN_HEADING.match(heading))


def unknown_column_warning(lines: list[Line], after: str) -> ParseWarning:
    """One loss warning for a column no kind reads: its heading, what it follows, its first lines and page."""
    heading = compact(lines[0].text).lstrip("#")
    unread = [line.text for line in lines if line.text.strip()]
    message = f"「{heading}」不是本刊已知的栏目（印在「{after}」之后）：其下{len(unread)}行没有读成记录"
    return ParseWarning(LOSS, "unknown_section", message, section=heading, page=lines[0].page,
                        lines=unread[:UNKNOWN_COLUMN_QUOTED], file_page=lines[0].physical_page)


def unreadable_section_warning(section: Section) -> ParseWarning:
    """A section its kind's parser failed on (a fault of the parser, logged): none of its records are kept
    (read() drops any it had added), its first lines quoted."""
    printed = [line for line in section.lines if line.text.strip()]
    name = section.category or BY_KEY[section.kind].label
    message = f"「{section.entry.title or name}」一栏读取出错，其下{len(printed)}行没有读成记录：请对照原文录入"
    first = printed[0] if printed else None
    return ParseWarning(LOSS, "section_unreadable", message, section=name, page=first and first.page,
                        lines=[line.text.strip() for line in printed[:UNKNOWN_COLUMN_QUOTED]],
                        file_page=first and first.physical_page)


def back_matter(lines: list[Line], warnings: list) -> list[Line]:
    """What follows the statistics table's producer line: the back matter, unless a column no kind knows is
    printed there first (told in a loss warning; the back matter then starts at 赠阅范围, if printed)."""
    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if first is None or not is_unknown_column(lines[first].text):
        return lines
    end = next((i for i in range(first, len(lines)) if regexes.BACK_MATTER_START.match(lines[i].text.strip())),
               len(lines))
    warnings.append(unknown_column_warning(lines[first:end], BY_KEY["statistics"].label))
    return lines[end:]

"""Checks for text of another kind read into a record: what a raw page or a painted heading put in the wrong place.

Run with the other record checks (checks.RECORD_CHECKS), each warning naming the record's section and quoting the record and
the line:
  heading_in_record   a column's heading (an issued list's '2023年5月发文目录', '人事任免') as a paragraph of a document's body,
                      a brief's body or a chronicle entry, or after its last sentence; a statistics table's title so in a brief
                      or an entry: the column after the record, or the table's title, read into it
  table_untitled      a statistics table read without its title (a note: some tables print none), and where its title went
                      when a record's text holds a run shaped as one ('…会议接受了2023年1-10月北京市规模以上工业增加值增速李士祥…': a loss)
"""

from __future__ import annotations

from issues.parser import regexes, statistics
from issues.parser.coverage import spaceless
from issues.parser.kinds import BY_KEY
from issues.parser.records import ParsedIssue
from issues.parser.warnings import LOSS, MAX_QUOTED_LINES, NOTE, ParseWarning

STATISTICS = BY_KEY["statistics"].label
# Its warnings, which quote a record's first line: checks.finish gives them the page that line is printed on.
KINDS = ("heading_in_record", "table_untitled", "table_title_in_record")


def _texts(parsed: ParsedIssue) -> list[tuple[str, int | None, str, str]]:
    """(section, page, name, text) of each record whose text may hold another's: documents, briefs, chronicle entries."""
    return ([(d.category, d.page, f"{d.title}（{d.doc_number}）" if d.doc_number else d.title, d.body) for d in parsed.documents]
            + [("政务简讯", None, brief.title, brief.body) for brief in parsed.news]
            + [("政府记事", None, entry.text, entry.text) for entry in parsed.chronicle])


def _pieces(text: str) -> list[str]:
    """A record's paragraphs, and what follows the last sentence of each ('…代理市长。2022年上半年上海市生产总值')."""
    pieces = []
    for paragraph in text.split("\n"):
        paragraph = spaceless(paragraph)
        tail = paragraph.rsplit("。", 1)[-1] if "。" in paragraph[:-1] else ""
        pieces += [piece for piece in (paragraph, tail) if piece]
    return pieces


def _foreign(piece: str, section: str) -> bool:
    """A column's heading anywhere; a table's title in a brief or an entry (a document may enclose a table under its title)."""
    return bool(regexes.COLUMN_HEADING_IN_TEXT.match(piece) or regexes.ISSUED_LIST_HEADING.match(piece)
                or section in ("政务简讯", "政府记事") and statistics.is_table_title(piece))


def heading_in_record(parsed: ParsedIssue) -> list[ParseWarning]:
    told = {spaceless(line) for warning in parsed.warnings for line in getattr(warning, "lines", ())}
    warnings = []
    for section, page, name, text in _texts(parsed):
        found = [piece for piece in _pieces(text) if _foreign(piece, section) and piece not in told]
        if found:
            warnings.append(ParseWarning(LOSS, "heading_in_record", "记录的正文中有栏目标题或统计表标题样的一行：它后面的栏目"
                                         "（或统计表的标题）可能被读进了这条记录", section=section, page=page,
                                         lines=[name, *found[: MAX_QUOTED_LINES - 1]]))
    return warnings


def table_untitled(parsed: ParsedIssue) -> list[ParseWarning]:
    table = parsed.statistics
    if not table.rows or table.title:
        return []
    # a note: a table may be printed under its column's heading alone; where a run shaped as its title went is a loss
    warnings = [ParseWarning(NOTE, "table_untitled", "统计表没有读出标题（原文可能没有印标题）", section=STATISTICS,
                             lines=[row.indicator for row in table.rows[:2]])]
    for section, page, name, text in _texts(parsed):
        if title := regexes.STATISTICS_TITLE_INSIDE.search(spaceless(text)):
            warnings.append(ParseWarning(LOSS, "table_title_in_record", f"统计表没有读出标题，这条记录的正文中有像是它的标题的"
                                         f"「{title[0]}」：标题可能被读进了这条记录", section=section, page=page,
                                         lines=[name, title[0]]))
    return warnings

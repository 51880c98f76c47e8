"""The printed table of contents (目录): category headings and entries with page numbers.

An entry may wrap over two or three lines and ends with its page: "……………（04）". Its category is the
heading as the issue prints it, letter-spacing dropped ('人 事 任 免' -> '人事任免'; kinds.category_named
tells the kind it announces). Returns the entries and the index of the first body line after the table.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.kinds import is_document_category
from issues.parser.records import TocEntry
from issues.parser.text import compact, one_line_title

MAX_ENTRY_LINES = 4


def parse_toc(lines: list[str]) -> tuple[list[TocEntry], int]:
    """Entries of the table of contents and the index of the line after it ([], 0 if none)."""
    start = _first_category_heading(lines)
    if start is None:
        return [], 0
    entries: list[TocEntry] = []
    category = None
    pending: list[str] = []
    pending_from = start  # the line where the pending entry began: the body's first if it never ends
    i = start
    while i < len(lines):
        line = lines[i].strip()
        if glued := regexes.TOC_PAGE_THEN_HEADING.match(line):  # '…（35）政务简讯': an entry, then a heading
            entries.append(_entry(category or "", "".join(pending) + glued["entry"],
                                  int(regexes.TOC_PAGE.search(glued["entry"])["page"])))
            pending, category = [], glued["heading"]
            i += 1
            continue
        heading = _category_heading(line)
        if heading and not pending and entries and not _entries_follow(lines, i):
            return entries, i  # the body's first heading
        if heading and not pending:
            category = heading
        else:
            if not pending:
                pending_from = i
            pending.append(_continued(pending, line.lstrip("#- ").strip()))
            page = regexes.TOC_PAGE.search(line)
            if page:
                entries.append(_entry(category or "", "".join(pending), int(page["page"])))
                pending = []
            elif len(pending) >= MAX_ENTRY_LINES:
                break
        i += 1
    return entries, pending_from if pending else i


def _continued(pending: list[str], line: str) -> str:
    """A TOC entry's next line, the bracket opening its doc number put back where a scan lost it at the line's
    start ("济政发〔2021〕9号）……（02）" under its title's first line, every bracket there closed): a TOC prints
    a title's number in brackets, and without the opening one the number is read as the title's end."""
    before = "".join(pending)
    if (pending and regexes.TOC_NUMBER_WITHOUT_OPENING.match(line)
            and before.count("（") + before.count("(") == before.count("）") + before.count(")")):
        return "（" + line
    return line


def _first_category_heading(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:300]):
        if _category_heading(line) and _entries_follow(lines, i):
            return i
    return None


def _category_heading(line: str) -> str | None:
    """The category a TOC heading prints, its letters' spacing dropped: '人 事 任 免' -> '人事任免', '## 政务动态' -> '政务动态'."""
    heading = regexes.CATEGORY_HEADING.match(compact(line))
    return heading["category"] if heading else None


def _entries_follow(lines: list[str], heading: int) -> bool:
    """A category heading of the table of contents has page numbers within the next few lines."""
    return any(regexes.TOC_PAGE.search(following) for following in lines[heading + 1 : heading + 5])


def _entry(category: str, text: str, page: int) -> TocEntry:
    title = one_line_title(regexes.TOC_PAGE.sub("", text))
    doc_number = None
    match = regexes.TOC_DOC_NUMBER.search(title) or regexes.TOC_ANNOUNCEMENT_NUMBER.search(title)
    if match and is_document_category(category):
        doc_number = match["number"]
        title = title[: match.start()].strip()
    return TocEntry(category=category, title=title, doc_number=doc_number, page=page)

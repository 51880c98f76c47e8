"""The printed table of contents (目录): category headings and entries with page numbers.

An entry may wrap over two or three lines and ends with its page: "……………（04）".
Returns the entries and the index of the first body line after the table.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.records import TocEntry

DOCUMENT_CATEGORIES = {"市政府令", "市政府文件", "市府办文件", "部门文件", "部门规范性文件"}
MAX_ENTRY_LINES = 4


def parse_toc(lines: list[str]) -> tuple[list[TocEntry], int]:
    """Entries of the table of contents and the index of the line after it ([], 0 if none)."""
    start = _first_category_heading(lines)
    if start is None:
        return [], 0
    entries: list[TocEntry] = []
    category = None
    pending: list[str] = []
    i = start
    while i < len(lines):
        line = lines[i].strip()
        heading = regexes.CATEGORY_HEADING.match(line)
        if heading and not pending:
            category = heading["category"]
        else:
            pending.append(line.lstrip("#- ").strip())
            page = regexes.TOC_PAGE.search(line)
            if page:
                entries.append(_entry(category or "", "".join(pending), int(page["page"])))
                pending = []
            elif len(pending) >= MAX_ENTRY_LINES:
                i += 1  # past this line too: the lines pending (this one included) are the body's first
                break
        i += 1
    end = i - len(pending)
    return entries, end


def _first_category_heading(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:300]):
        if regexes.CATEGORY_HEADING.match(line.strip()):
            # a table of contents has page numbers within the next few lines
            if any(regexes.TOC_PAGE.search(following) for following in lines[i + 1 : i + 5]):
                return i
    return None


def _entry(category: str, text: str, page: int) -> TocEntry:
    title = one_line_title(regexes.TOC_PAGE.sub("", text))
    doc_number = None
    match = regexes.TOC_DOC_NUMBER.search(title)
    if match and category in DOCUMENT_CATEGORIES:
        doc_number = match["number"]
        title = title[: match.start()].strip()
    return TocEntry(category=category, title=title, doc_number=doc_number, page=page)


def one_line_title(text: str) -> str:
    """A title on one line: line-break spaces removed, one space kept between joint issuers.

    '温州市人民政府办公室 关于进一步加强工业用地高质量利用 全周期管理的若干意见'
        -> '温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见'
    '温州市公安局 温州市农业农村局 关于对拖拉机实施全市道路限行的通告'
        -> '温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告'
    """
    words = text.split()
    if not words:
        return ""
    issuers = split_issuers(" ".join(words))
    title = words[0]
    for word in words[1:]:
        title += " " + word if _keeps_space(title, word) else word
    if len(issuers) > 1:
        head = "".join(issuers)
        title = " ".join(issuers) + title[len(head) :] if title.startswith(head) else title
    return title


def split_issuers(title: str) -> list[str]:
    """The issuers named before '关于': ['温州市公安局', '温州市农业农村局'] ([] without '关于').

    Names are told apart by the space printed between them; each must end like an office (局, 府, 办公室…).
    """
    head, found, _ = title.partition("关于")
    words = head.split()
    if not found or not words or not regexes.ISSUER_END.search(words[-1]):
        return []
    if all(regexes.ISSUER_END.search(word) and len(word) >= 4 for word in words):
        return words
    return ["".join(words)]


def _keeps_space(before: str, after: str) -> bool:
    """A space between two Latin letters or digits is a real one ('GB/T 19580'); between CJK it is a line break."""
    return before[-1].isascii() and before[-1].isalnum() and after[0].isascii() and after[0].isalnum()

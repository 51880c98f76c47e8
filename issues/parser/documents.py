"""Official documents: title block, doc number, ZJCC code, addressees, body, signature, dates.

v0: title block and body only; see the ingest issue for the full field list.
"""

from __future__ import annotations

import re

from issues import numbers
from issues.parser import regexes
from issues.parser.clean import PAGE_MARK
from issues.parser.records import ParsedDocument, TocEntry


def _compact(text: str) -> str:
    return "".join(text.split()).lstrip("#")


def find_start(body: list[str], entry: TocEntry, cursor: int) -> int | None:
    """Index of the first line of the document's title block, found by its doc number line."""
    key = numbers.doc_key(entry.doc_number or "")
    title = _compact(entry.title)
    for i in range(cursor, len(body)):
        if numbers.doc_key(_compact(body[i])) == key:
            start = i
            while start - 1 >= cursor and _in_title_block(body[start - 1], title):
                start -= 1
            return start
    return None


def _in_title_block(line: str, title: str) -> bool:
    text = _compact(line)
    return bool(text) and (text in title or bool(regexes.REGISTRATION_CODE_FULL.match(text)))


def parse(lines: list[str], entry: TocEntry) -> ParsedDocument:
    lines = [line for line in lines if not line.startswith(PAGE_MARK)]
    code = None
    head = 0
    number_line = next((i for i, line in enumerate(lines) if numbers.doc_key(_compact(line))), 0)
    for line in lines[:number_line]:
        match = regexes.REGISTRATION_CODE.search(line)
        if match:
            code = numbers.registration_key(match.group(0))
    head = number_line + 1
    body = "\n".join(line.strip() for line in lines[head:])
    return ParsedDocument(
        category=entry.category,
        title=entry.title,
        doc_number=numbers.compact(lines[number_line]) if lines else (entry.doc_number or ""),
        registration_code=code,
        page=entry.page,
        body=body,
    )

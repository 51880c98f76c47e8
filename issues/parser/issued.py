"""The month's list of issued documents (发文目录): doc number and title per row. v0."""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.records import ParsedIssuedRow


def parse(lines: list[str]) -> list[ParsedIssuedRow]:
    out = []
    for line in lines[1:]:  # the heading ("6月份市政府、市政府办公室发文目录") first
        text = line.strip().lstrip("- ").strip()
        match = regexes.DOC_NUMBER.match(text)
        if match:
            out.append(ParsedIssuedRow(doc_number="".join(match.group(0).split()), title=text[match.end():].strip()))
        elif out:
            out[-1].title += text
    return out

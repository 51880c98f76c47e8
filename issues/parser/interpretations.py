"""Policy interpretations (政策解读): title, the document explained, 解读单位, body. v0."""

from __future__ import annotations

import re

from issues.parser.records import ParsedInterpretation, TocEntry

_UNIT = re.compile(r"^解读单位\s*[:：]\s*(?P<unit>\S.*)$")


def parse(lines: list[str], entry: TocEntry) -> ParsedInterpretation:
    unit = None
    body = []
    for line in lines[1:]:
        match = _UNIT.match(line.strip())
        if match:
            unit = match["unit"]
        else:
            body.append(line.strip())
    return ParsedInterpretation(title="".join(lines[0].split()) if lines else entry.title, interprets=entry.title,
                                unit=unit, body="\n".join(body))

"""News briefs (政务简讯): title, date of the event, body. v0."""

from __future__ import annotations

import re
from datetime import date

from issues.parser.records import ParsedNews

_DATE = re.compile(r"^(?P<month>\d{1,2})月(?P<day>\d{1,2})日")


def parse(lines: list[str], *, year: int) -> list[ParsedNews]:
    out: list[ParsedNews] = []
    for i, line in enumerate(lines):
        text = line.strip()
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        match = _DATE.match(following)
        if match and not _DATE.match(text) and len(text) < 60:
            out.append(ParsedNews(title=text, date=_safe_date(year, int(match["month"]), int(match["day"]))))
        elif out:
            out[-1].body = (out[-1].body + "\n" + text).strip()
    return out


def _safe_date(year, month, day):
    try:
        return date(year, month, day)
    except ValueError:
        return None

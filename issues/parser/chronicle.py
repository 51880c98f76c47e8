"""The chronicle (政府记事): one entry per △ item, dated by its 'N日' line. v0."""

from __future__ import annotations

import re
from datetime import date

from issues.parser import regexes
from issues.parser.records import ParsedChronicleEntry

_DAY = re.compile(r"^(?P<day>\d{1,2})日$")


def parse(lines: list[str], *, year: int, default_month: int) -> list[ParsedChronicleEntry]:
    """Lines of the section, heading ('6月份市政府记事') first; the month comes from the heading."""
    heading = regexes.MONTH_HEADING.match(lines[0].strip().lstrip("# ")) if lines else None
    month = int(heading["month"]) if heading else default_month
    lines = lines[1:] if heading else lines
    out = []
    day = None
    for line in lines:
        text = line.strip()
        match = _DAY.match(text)
        if match and 1 <= int(match["day"]) <= 31:
            try:
                date(year, month, int(match["day"]))
                day = int(match["day"])
            except ValueError:
                day = None
        elif text.startswith("△") and day:
            out.append(ParsedChronicleEntry(date=date(year, month, day), text=text.lstrip("△ ").strip()))
        elif out:
            out[-1].text += text
    return out

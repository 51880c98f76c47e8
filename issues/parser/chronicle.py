"""The chronicle (政府记事): one entry per △ item, dated by the 'N日' line above it.

Year and month come from the issue and the heading ('6月份市政府记事'; in a raw extraction the
heading may turn up in the middle of the section, where a page turned). A line that is neither
a day nor a △ item continues the item before it: an item cut by a page break stays one item.
"""

from __future__ import annotations

from datetime import date

from issues.parser import regexes, section_lines
from issues.parser.records import ParsedChronicleEntry


def parse(lines: list[str], *, year: int, default_month: int) -> list[ParsedChronicleEntry]:
    """Lines of the section, heading first; the month is the heading's, else `default_month`."""
    month = next((m for m in map(section_lines.month_heading, lines) if m), default_month)
    out: list[ParsedChronicleEntry] = []
    continued: list[list[str]] = []  # the lines each entry continues on, joined once at the end
    day: int | None = None
    after_day = False
    body = section_lines.until(lines, regexes.ISSUED_LIST_HEADING, regexes.ISSUED_LIST_ROW, regexes.STATISTICS_TITLE)
    for line in section_lines.tidy(body):
        text = line.strip()
        if match := regexes.CHRONICLE_DAY.match(text):
            day, after_day = _valid_day(year, month, int(match["day"])), True
            continue
        if match := regexes.CHRONICLE_DAY_ITEM.match(text):
            day, text = _valid_day(year, month, int(match["day"])), "△" + match["text"]
        item = regexes.CHRONICLE_ITEM.match(text)
        if item or after_day:  # an item whose △ was lost still follows its day line
            if day:  # under an impossible day ('31日' in June) an item cannot be dated
                out.append(ParsedChronicleEntry(date(year, month, day), (item["text"] if item else text).strip()))
                continued.append([])
        elif out:
            continued[-1].append(text)
        after_day = False
    for entry, rest in zip(out, continued):
        entry.text += "".join(rest)
    return out


def _valid_day(year: int, month: int, day: int) -> int | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return day

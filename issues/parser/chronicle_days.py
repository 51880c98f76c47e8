"""A chronicle's day markers as OCR misreads them, put back on lines of their own before the chronicle is read.

A scan's day marker may come back with a look-alike for 日 or a speck between its figures ('16白', '2.7日'), or read in one
box with the end of the entry before it ('…会议。2.7日', '…调研。13日'): left as read, it continues the entry before, and
that day's items are dated by the day above. A misread marker is read as the day it shows (after an entry's stop, only
a day after the day above: the days go forward), and told in a loss warning, since it is a guess; a marker read right but glued to the
entry before is taken apart where the next line opens an item ('△ …'), else told, left as read.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.warnings import LOSS, ParseWarning

GUESSED = "chronicle_day_guessed"  # the kind of the warning a misread day marker read as a day gives
GLUED = "chronicle_day_glued"  # the kind of the warning a day at a line's end, after the entry before, gives
LAST_DAY = 31


def apart(lines: list[str], warnings: list | None = None) -> list[str]:
    """The chronicle's lines with each misread or glued day marker on a line of its own ('16白' -> '16日',
    '…会议。2.7日' -> '…会议。', '27日')."""
    out: list[str] = []
    day = 0  # the last day read: a guessed day must come after it
    for n, line in enumerate(lines):
        following = lines[n + 1].strip() if n + 1 < len(lines) else ""
        marker = regexes.OCR_CHRONICLE_DAY.match(line.strip())
        if marker and marker["before"] and marker["after"]:  # '…举行。7日，省委…': a sentence of the entry, or the next
            marker = None  # entry, as chronicle.parse reads inside a line
        read = _day_of(marker, day, following) if marker else None
        if read is None:
            if marker and marker["before"] and warnings is not None:
                warnings.append(ParseWarning(LOSS, GLUED, "这一行在上一条记事的句号之后以日期结尾：可能是另一日的日期，"
                                             "未能分开，记事可能并进了上一条", section="政府记事", lines=[line]))
            out.append(line)
            day = _day_marked(line) or day
            continue
        if marker["before"]:
            out.append(marker["before"])
        out.append(f"{read}日{marker['after']}")
        day = read
        if _misread(marker) and warnings is not None:
            warnings.append(ParseWarning(LOSS, GUESSED, f"这一行像是识别有误的日期，按上下文读作“{read}日”：请核对",
                                         section="政府记事", lines=[line]))
    return out


def _day_of(marker, day: int, following: str) -> int | None:
    """The day a marker shows, if it is one to read: a misread one alone or opening its line; after the stop of the entry
    before, a misread one or one read right before a line that opens an item, if after the day above."""
    shown = int(marker["tens"] + (marker["units"] or ""))
    if not 0 < shown <= LAST_DAY:
        return None
    if _misread(marker) and not marker["before"]:  # alone on its line, or before its item: no text reads so
        return shown
    if shown <= day:  # after an entry's stop, a day before the day above is one the entry names
        return None
    if _misread(marker):
        return shown
    return shown if not marker["after"] and following.startswith("△") else None


def _misread(marker) -> bool:
    return bool(marker["speck"]) or marker["mark"] != "日"


def _day_marked(line: str) -> int | None:
    """The day of a marker read right opening the line ('15日', '3日 △ …'), for the days going forward."""
    match = regexes.CHRONICLE_DAY_ENTRY.match(in_digits(line))
    return int(match["day"]) if match and match["day"] and not match["month"] else None

"""The chronicle (政府记事, 大事记): one entry per △ item or day marker, dated by the day above it.

A day marker is printed alone ('15日', '二十六日'), before its first entry's text ('1日，我市…', '5日 市长…',
'△1日，…', '4月5日，…', '7~8日'), or after the end of the previous entry on the same line ('…出席。2日，…');
each △ (▲, ◆, ●) after it is one more entry of that day, and so is a sentence printed as its own paragraph
after an entry that has ended ('同日 区教育大会召开。…', '是日，…', '当天，…' opening a paragraph: one more entry of the day;
the same words inside a paragraph, '…任主任。同日，…', go on with its entry, as the print does). A mark before a marker
('●7月2日下午，…', '◆9月23日，我县…') is one entry dated by it, its text after it. A line after an ended entry that is no sentence (an unknown heading) is
kept on it and told in a loss warning, with the lines after it. Items under no day at all that name their date
inside the first sentence ('◆为严厉打击…，9月25日，副县长…') take that date. An entry under its month alone ('6 月 曲靖市首个…', '是月，…') or a word for
some recent day ('近日，…') has no day to be dated by: it is a loss warning quoting it, never an entry of the day before.
A month printed alone ('2月', '二月') heads the days after it, as a chronicle of several months prints them, and so does a
marker naming its month ('1月4日，…' then '6日，…'). A day glued to its text ('12日我市召开…', its gap lost by a reader) is
read where the entry before has ended (a sentence, or a caption's '（田为 摄）') and the day comes later, and so is a date printed
in full ('2月20日四川省…', of the month above; it may repeat the day); lines before the first entry that no marker reads are a
loss, and so is an entry under its month alone with the lines a column cut it into.

Entries numbered before their dates ('一、8月15日 下午，…', '二、8月16日至17日，…'), as a city's record of several bodies
prints them, are each an entry of the date they name, the number no part of the text; their dates may repeat or go back
(told in a note, so the checks take them as printed).

Year and month come from the issue and the heading ('6月份市政府记事'; a heading printing its year, '2001年2月曲靖大事记',
dates its days in that year, never a later one; in a raw extraction the
heading may turn up in the middle of the section, where a page turned). A line that is neither
a day nor a △ item continues the item before it: an item cut by a page break stays one item.
"""

from __future__ import annotations

from datetime import date

from issues.parser import chronicle_days, dates, regexes, section_lines
from issues.parser.dates import in_digits
from issues.parser.records import ParsedChronicleEntry
from issues.parser.warnings import LOSS, NOTE, ParseWarning

MONTH_LINE = "chronicle_month_line"  # the kind of the note a printed month line gives
EARLIER_DAY = "chronicle_earlier_day"  # the kind of the note a sentence naming an earlier day inside an entry gives
OTHER_YEAR = "chronicle_other_year"  # the kind of the note a sentence opening with another year's date inside an entry gives
NUMBERED = "chronicle_numbered"  # the kind of the note entries numbered '一、8月15日 …' give: their dates may go back
RUBRICS = "chronicle_rubrics"  # the kind of the note rubrics over the entries give ('头 条', '要 闻'): each rubric's days start again
UNDATED = "chronicle_month_only"  # the kind of the note an entry under its month alone gives: its date left null
MONTHS_NAMED = "chronicle_months_named"  # the kind of the note a heading naming several months gives ('2020年2—8月四川大事记')
YEAR_NAMED = "chronicle_year_named"  # the kind of the note a heading naming its year alone gives ('2019年普陀区大事记')
MIN_GLUED_ENTRY = 6  # '四川科技馆开馆。': an entry after a glued day is a sentence, not '回杭。' of a journey's day
MAX_MARKER_LENGTH = 16  # '十二月二十八至三十一日，': the longest day marker printed in Chinese numerals


def parse(lines: list[str], *, year: int, default_month: int, warnings: list | None = None) -> list[ParsedChronicleEntry]:
    """Lines of the section, heading first; the month is the heading's, else `default_month`.

    A line that continues an item already closed ('…。') is kept on it and added to `warnings`."""
    month, printed_year = next(filter(None, map(section_lines.heading_date, lines)), (default_month, None))  # '6月份市政府记事'
    year_heading = next((line for line in lines if section_lines.heading_year(line)), None)  # '2019年普陀区大事记'
    if year_heading and printed_year is None:
        printed_year = section_lines.heading_year(year_heading)
    if printed_year and printed_year <= year:  # '2001年2月曲靖大事记' printed in a 2008 issue: its days are of 2001
        year = printed_year
    heading = next((line for line in lines if section_lines.heading_date(line)), "")
    if warnings is not None and regexes.CHRONICLE_MONTH_RANGE.search(heading):  # the checks take these months' days as printed
        warnings.append(ParseWarning(NOTE, MONTHS_NAMED, "记事标题写明了所记的几个月：这些月份的日期按原文读入", section="政府记事",
                                     lines=[heading.strip()]))
    elif warnings is not None and year_heading and not heading:  # a year's record: its days of any month, as printed
        warnings.append(ParseWarning(NOTE, YEAR_NAMED, "记事标题只写了年份：各月的日期按原文读入", section="政府记事",
                                     lines=[year_heading.strip()]))
    out: list[ParsedChronicleEntry] = []
    continued: list[list[str]] = []  # the lines each entry continues on, joined once at the end
    day: int | None = None
    last_day: int | None = None  # the last day of the entry's range of days ('7日至9日 …'), else its day
    day_month = month  # a marker may name its month ('4月5日，…')
    day_year = year  # and its year ('2008年1月4日，…'), or name December in a January issue
    marked = False  # a day marker was printed: until then each item is dated by its own text
    by_items = False  # the days were printed in the items' own markers ('◆9月23日，…'): an item naming its date is of that date
    in_full = False  # the last marker named its month ('4月12日，…'): a day's further entries are marked again ('同日，…'), never bare
    after_day = False
    stray: ParseWarning | None = None  # lines after an item that had ended, told in one warning
    numbered: str | None = None  # the first of the entries numbered '一、', '二、' before their dates, as a record of several bodies prints them
    body = section_lines.until(lines, regexes.ISSUED_LIST_HEADING, regexes.ISSUED_LIST_ROW, regexes.STATISTICS_TITLE)
    for line in chronicle_days.apart([line for line in section_lines.tidy(body) if not section_lines.is_running_header(line)],
                                     warnings):
        for piece, text in enumerate(filter(None, map(str.strip, regexes.CHRONICLE_NEXT_ENTRY.split(line.strip())))):
            if not out and (period := regexes.CHRONICLE_PERIOD_LINE.match(in_digits(text))):
                month = day_month = int(period["month"])  # '2024年9月2日—9月8日' under the title: the span, no day's marker
                year = day_year = min(int(period["year"]), year)
                continue
            if piece and out and _names_an_earlier_day(text, day, last_day):  # '9～11日 …在青举行。7日，省委…会见…': the entry's own words
                continued[-1].append(text)
                if warnings is not None:
                    warnings.append(ParseWarning(NOTE, EARLIER_DAY, "记事中间以较早日期或本条所记期间内的日期开头的句子：作为这条记事的一部分读入",
                                                 section="政府记事", lines=[text]))
                continue
            if out and _another_years_date(text, day_year, day_month):  # '2000年6月14日…公布的《…》同时废止。': the entry's own words
                continued[-1].append(text)
                if warnings is not None:
                    warnings.append(ParseWarning(NOTE, OTHER_YEAR, "记事中间以另一年份的日期开头的句子：作为这条记事的一部分读入",
                                                 section="政府记事", lines=[text]))
                continue
            if (headline := regexes.CHRONICLE_HEADLINE_BEFORE_DAY.match(text)) and _after_an_end(out, continued):
                text = text[headline.end():]  # '省人大常委会举行会议 8月1日，…': the entry's headline, no part of it
            if ordinal := regexes.CHRONICLE_ORDINAL.match(text):  # '二、8月16日至17日，…': the number is no part of the entry
                numbered, text = numbered or text, text[ordinal.end():]
            if month_line := regexes.CHRONICLE_MONTH_LINE.match(text):
                month = day_month = dates.counted(month_line["month"])  # '2月' over the days of the next month
                day, stray, after_day = None, None, False
                if warnings is not None:  # the checks take this month's days as printed, not as leaving the section's
                    warnings.append(ParseWarning(NOTE, MONTH_LINE, "记事中印有月份行：其后各日记在这个月", section="政府记事",
                                                 lines=[text]))
                continue
            if day and (after_day or _after_an_end(out, continued)) and (numbered_item := regexes.CHRONICLE_NUMBERED_ITEM.match(text)):
                text = "△" + numbered_item["text"]  # '1、冯玉臻市长…' under its day: one more item of it, the number no part of it
            if (bare := regexes.CHRONICLE_BARE_DAY.match(text)) and _after_an_end(out, continued) and int(bare["day"]) >= (day or 0):
                text = f"{bare['day']}日 {bare['text']}"  # '3  市委书记…': a day column's bare number, a marker as '3日 …'
            if bulleted := _marked_item(text):  # '●1日 市长…', '●7月2日下午，…': a day marker after an item's mark
                text = regexes.CHRONICLE_ITEM.match(text)["text"]
            if match := regexes.CHRONICLE_DAY_ENTRY.match(in_digits(text)):
                marked, by_items = True, bulleted and bool(match["month"])
                if match["day"]:  # '同日' keeps the day before
                    in_full = bool(match["month"])
                    if match["month"]:  # '1月4日，…' then '6日，…': the days after a marker naming its month are of it
                        day_month = int(match["month"])
                        day_year = int(match["year"]) if match["year"] else _year_of(year, month, day_month)
                    day = _valid_day(day_year, day_month, int(match["day"]))
                    last_day = _range_end(in_digits(text), day)
                if not match["text"]:
                    after_day = True
                    continue
                text = "△" + _as_printed(text, match["text"]).lstrip("△ ")
            elif (glued := regexes.CHRONICLE_GLUED_DAY.match(text)) and _glued_day_follows(glued, day, day_month, out, continued) \
                    and _valid_day(day_year, day_month, int(glued["day"])):
                marked, by_items, day, text = True, False, int(glued["day"]), "△" + glued["text"]  # '12日我市召开…': its gap lost
                in_full = bool(glued["month"])
            elif (month_only := regexes.CHRONICLE_MONTH_ONLY.match(in_digits(text))) and _after_an_end(out, continued):
                out.append(ParsedChronicleEntry(None, _undated_text(text, month_only)))  # '是月  省十三届人大常委会…': no day to date it
                continued.append([])
                if warnings is not None:
                    warnings.append(ParseWarning(NOTE, UNDATED, "这条记事没有写明哪一日（只有月份，或“近日”等）：日期留空",
                                                 section="政府记事", lines=[text]))
                stray, after_day = None, False
                continue
            if regexes.CHRONICLE_RUBRIC.match(text):  # '头 条', '要 闻': a heading over the entries after it
                stray, after_day = None, False
                if warnings is not None:  # the checks take the days under each rubric as printed
                    warnings.append(ParseWarning(NOTE, RUBRICS, "记事分栏目排列：各栏目下的日期按原文读入，可先后不一",
                                                 section="政府记事", lines=[text]))
                continue
            item = regexes.CHRONICLE_ITEM.match(text)
            if item and (not marked or by_items) and (named := _date_named(item["text"], year, month)):
                (day_month, day), day_year = named, year  # no day printed above: the date the item's first sentence names
            if item or after_day:  # an item whose △ was lost still follows its day line
                stray = None
                if day:  # under an impossible day ('31日' in June) an item cannot be dated
                    out.append(ParsedChronicleEntry(date(day_year, day_month, day), (item["text"] if item else text).strip()))
                    continued.append([])
            elif out and day and not stray and _new_paragraph(text, _last_text(out, continued)) \
                    and (not in_full or regexes.CHRONICLE_DAYLIKE_START.match(in_digits(text))):  # after '4月12日，…' a day's
                # entries are marked again: a bare sentence there is the entry's own, carried over a column break (told below)
                out.append(ParsedChronicleEntry(date(day_year, day_month, day), text))  # one more item of the day
                continued.append([])
                if regexes.CHRONICLE_DAYLIKE_START.match(in_digits(text)) and warnings is not None:  # '【5日】…'
                    warnings.append(ParseWarning(LOSS, "chronicle_day_unread", "这条记事以日期开头，但未能读出这个日期："
                                                 "暂记在上一日之下", section="政府记事", lines=[text]))
            elif out:
                if stray:
                    stray.lines.append(text)
                elif warnings is not None and _after_an_end(out, continued) and not regexes.CHRONICLE_ATTENDANCE.match(text):
                    stray = ParseWarning(LOSS, "chronicle_stray_line", "这几行既不是日期也不是△条目，"
                                         "接在了上一条已结束的记事之后", section="政府记事", lines=[text])
                    warnings.append(stray)
                continued[-1].append(text)
            elif warnings is not None and regexes.RUNNING_TEXT_MARK.search(text):  # '（1日）市委…' before any entry
                if stray:
                    stray.lines.append(text)
                else:
                    stray = ParseWarning(LOSS, "chronicle_unread", "记事开头的这几行没有读出日期或△条目：没有作为记事读入",
                                         section="政府记事", lines=[text])
                    warnings.append(stray)
            after_day = False
    if numbered and warnings is not None:  # the checks take their dates as printed, not as going backwards
        warnings.append(ParseWarning(NOTE, NUMBERED, "记事按序号排列，各条写明月日：日期可重复或先后不一", section="政府记事",
                                   lines=[numbered]))
    for entry, rest in zip(out, continued):
        entry.text += "".join(rest)
        if warnings is not None and regexes.CHRONICLE_DAY_INSIDE.search(entry.text):
            warnings.append(ParseWarning(LOSS, "chronicle_day_inside", "这条记事中间另有一个日期开头的句子：可能是另一日的记事"
                                         "并进了这一条", section="政府记事", lines=[entry.text]))
    return [entry for entry in out if entry.text]  # a △ printed alone at the end holds no entry


def _names_an_earlier_day(text: str, day: int | None, last_day: int | None = None) -> bool:
    """A sentence inside an entry's line that opens with a day before the entry's own ('9～11日 第七届海峡两岸旅行业联谊会在青举行。
    7日，省委常委…会见…'): what the entry tells of an earlier day, never the next entry (the days go forward); or with a day of
    its own range ('7日至9日 市长率代表团在澳门学习考察。7日，…致辞。8日下午，…拜会…'): what it did on each day."""
    match = regexes.CHRONICLE_DAY_ENTRY.match(in_digits(text))
    if not (day and match and match["day"] and not match["month"]):
        return False
    named = int(match["day"])
    return named < day or last_day is not None and last_day > day and named <= last_day


def _another_years_date(text: str, year: int, month: int) -> bool:
    """A line opening with a full date of another year than the chronicle's ('2000年6月14日上海市人民政府令第84号公布的…' in a 2014
    chronicle): what the entry tells of that year, as a column wraps its text, never a day marker. A date of the month next to the
    chronicle's across the year's turn ('2013年12月31日，…' in January) is a marker still."""
    match = regexes.CHRONICLE_FULL_DATE.match(in_digits(text))
    if not match or int(match["year"]) == year:
        return False
    return abs(int(match["year"]) * 12 + int(match["month"]) - (year * 12 + month)) > 1


def _range_end(text: str, day: int | None) -> int | None:
    """The last day of a marker's range ('7日至9日 …' -> 9, '9～11日' -> 11), else the marker's day."""
    match = regexes.CHRONICLE_RANGE_END.match(text)
    return int(match["end"]) if match and day and int(match["end"]) > day else day


def _undated_text(text: str, month_only) -> str:
    """An undated entry's text: after a marker that names only the month ('是月  省十三届人大常委会…', '9月，…'), which the entry's
    place in its month says already; with its marker where it says more than the date can hold ('6月下旬，…', '近日，…')."""
    rest = in_digits(text)[month_only.end() - 1:]
    return _as_printed(text, rest).strip() if month_only["month_word"] else text.strip()


def _marked_item(text: str) -> bool:
    """An item whose text opens with a day marker ('●1日 市长…', '▲1日，…', '●7月2日下午，…', '◆9月23日，我县…'): the day it
    names dates it and the entry's text starts after it, under days printed above or none; the same day printed again
    on each item of the day ('●7月2日，…' after '●7月2日下午，…') is that day's marker each time."""
    item = regexes.CHRONICLE_ITEM.match(text)
    lead = item and regexes.CHRONICLE_DAY_ENTRY.match(in_digits(item["text"]))
    return bool(lead and lead["day"])


def _glued_day_follows(glued, day: int | None, month: int, out: list[ParsedChronicleEntry], continued: list[list[str]]) -> bool:
    """'12日我市召开…' starts the next day's entry: the entry before has ended, the day comes after its day (a range
    may open on it: '9～11日…' under the 9th; a date printed in full may repeat it: '2月21日省委…' under '2月21日 …') and a
    sentence of its own follows. A date printed in full is of the month above: never '1月31日起施行…' in a February chronicle."""
    if glued["month"] and int(glued["month"]) != month:
        return False
    again = bool(glued["range"] or glued["month"])
    later = int(glued["day"]) >= (day or 0) if again else int(glued["day"]) > (day or 0)  # '9～11日' under the 9th
    return _after_an_end(out, continued) and later and len(glued["text"]) >= MIN_GLUED_ENTRY


def _after_an_end(out: list[ParsedChronicleEntry], continued: list[list[str]]) -> bool:
    """No entry yet, or the last one has ended ('…出席。', a caption's '…考察（田为 摄）'): a line now starts something, it
    continues nothing."""
    last = "" if not out else _last_text(out, continued)
    return not out or bool(regexes.SENTENCE_END.search(last) or regexes.CHRONICLE_CAPTION_END.search(last))


def _last_text(out: list[ParsedChronicleEntry], continued: list[list[str]]) -> str:
    """The last line read into the last entry."""
    return (continued[-1] or [out[-1].text])[-1]


def _new_paragraph(text: str, before: str) -> bool:
    """A sentence after an entry that has ended ('…出席。'): the next item of the same day, printed as its
    own paragraph without △. A line without a sentence's punctuation (a heading) is no item."""
    return bool(regexes.SENTENCE_END.search(before) and regexes.RUNNING_TEXT_MARK.search(text)
                and not regexes.CHRONICLE_ATTENDANCE.match(text))  # '王文涛、黄建盛…出席会议。': who was there, of the entry before


def _date_named(text: str, year: int, month: int) -> tuple[int, int] | None:
    """(month, day) of 'M月D日' in the first sentence ('◆9月23日，我县…'), if a valid date of the year."""
    found = regexes.NEWS_DATE.search(in_digits(text).split("。")[0])
    if found and 1 <= int(found["month"]) <= 12 and _valid_day(year, int(found["month"]), int(found["day"])):
        return int(found["month"]), int(found["day"])
    return None


def _as_printed(text: str, rest_in_digits: str) -> str:
    """The entry's text after its day marker as printed: '四日 在一月四日召开…' -> '在一月四日召开…' (in_digits
    rewrote the marker's numerals, and those of a date inside the text, which the record keeps as printed)."""
    if text.endswith(rest_in_digits):
        return text[len(text) - len(rest_in_digits):]
    for start in range(1, min(len(text), MAX_MARKER_LENGTH) + 1):  # where the printed marker ends
        if in_digits(text[start:]) == rest_in_digits:
            return text[start:]
    return rest_in_digits


def _year_of(year: int, section_month: int, month: int) -> int:
    """The year of a day whose marker names its month: '12月31日' in a January chronicle is of the year before."""
    if month - section_month > 6:
        return year - 1
    if section_month - month > 6:
        return year + 1
    return year


def _valid_day(year: int, month: int, day: int) -> int | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return day

"""The dates of news briefs (政务简讯, issues/parser/news.py): the day a brief's first sentence names, after a label, a quotation
or a dateline ('【摘要】15日，…', '“…。”11月14日，…', '新华社北京6月29日电 …28日下午…'), a day counted from its paper's byline or
its dateline ('昨天', '前天', '今天'; a dateline '…电', '…讯', '…消息' or '…专电'), null when nothing gives the day to count
from ('本报讯 昨天上午，…'), and the year a month falls in beside the issue's.
"""

from __future__ import annotations

from datetime import date, timedelta

from issues.parser import regexes
from issues.parser.dates import in_digits

# How far into the first paragraph the event's date may come: '为深入贯彻国家粮食安全战略…，11月25日，'
MAX_DATE_OFFSET = 120


def paper_date(head: list[str]) -> date | None:
    """The date a byline names its paper's issue by ('（2010年1月23日《柳州日报》…）'): what 昨天 in the text counts from."""
    for line in head:
        if regexes.NEWS_PAPER_BYLINE.match(line) and (named := regexes.NEWS_BYLINE_DATE.search(in_digits(line))):
            try:
                return date(int(named["year"]), int(named["month"] or named["m"]), int(named["day"] or named["d"]))
            except ValueError:
                return None
    return None


def first_sentence(paragraph: str) -> str:
    """The first sentence after an opening quotation, in digits, as far as a date may come."""
    return in_digits(regexes.NEWS_QUOTE_LEAD.sub("", unlabelled(paragraph)).split("。", 1)[0][:MAX_DATE_OFFSET])


def unlabelled(paragraph: str) -> str:
    """A first paragraph without the label a paper prints before it ('【摘要】27日，…' -> '27日，…')."""
    return regexes.NEWS_LABEL_LEAD.sub("", paragraph.strip(), count=1)


def event_month_day(paragraph: str) -> tuple[int | None, int | None]:
    """Month and day of the first date in the first sentence: '4月23日,市委市政府出台…' -> (4, 23)."""
    sentence = _without_papers_date(first_sentence(paragraph))
    if dated := _after_dateline(sentence):
        return dated
    match = regexes.NEWS_DATE.search(sentence)
    if not match:
        # '25日，…', '温州网讯 3号，…': the month is the issue's
        day = regexes.NEWS_DAY_LEAD.match(regexes.NEWS_SOURCE_LEAD.sub("", sentence, count=1))
        day = day or regexes.NEWS_EVENT_DAY.search(sentence)  # '市政府25日召开…', '…3号上午召开…'
        day = day or regexes.NEWS_BRACKETED_DAY.search(sentence)  # '今（26）日，…'
        day = day or regexes.NEWS_BRACKETED_DAY_AFTER.search(sentence)  # '今天（3日），…'
        day = day or regexes.NEWS_CLAUSE_DAY.search(sentence)  # '为进一步优化营商环境，27日，…'
        return (None, int(day["day"])) if day else (None, None)
    return int(match["month"]), int(match["day"])


def _without_papers_date(sentence: str) -> str:
    """A sentence without the paper it reports from and that paper's day, when a day of its own follows: '据4月25日的
    《北京日报》报道，4月24日，…' -> '4月24日，…' (the paper's day is when it told, not when it happened)."""
    report = regexes.NEWS_PAPERS_DATE_LEAD.match(sentence)
    return sentence[report.end():] if report and regexes.NEWS_DATE.search(sentence, report.end()) else sentence


def _dateline(sentence: str):
    """The dateline a first sentence opens with ('新华社北京6月29日电', '【本报记者广州11日电】', its month then None), or None."""
    return regexes.NEWS_DATELINE.match(sentence) or regexes.NEWS_BRACKETED_DATELINE.match(sentence)


def _after_dateline(first_sentence: str) -> tuple[int | None, int] | None:
    """'新华社北京6月29日电 …会议28日下午…闭幕' -> (6, 28): the event's day after a dateline, which gives only the day
    the report was filed (the dateline's own date when the text names no other; a day after it is of the month before). A
    dateline naming its day alone ('【本报记者广州11日电】') gives no month: the issue's."""
    dateline = _dateline(first_sentence)
    if not dateline:
        return None
    month, filed = int(dateline["month"]) if dateline["month"] else None, int(dateline["day"])
    rest = first_sentence[dateline.end():]
    if named := regexes.NEWS_DATE.search(rest):
        return int(named["month"]), int(named["day"])
    if event := regexes.NEWS_EVENT_DAY.search(rest):
        day = int(event["day"])
        return (month if month is None or day <= filed else (month - 2) % 12 + 1), day
    return month, filed


def dateline_alone(paragraph: str) -> bool:
    """A first sentence whose dateline is the only day it names (千龙网 2026-01-25's, its day left out for the test: '千龙网北京1月25日
    讯（记者 刘美君）北京市第十六届人民代表大会第四次会议在北京会议中心开幕。'): the brief is dated by the day the report was filed,
    which may be days after the event."""
    sentence = first_sentence(paragraph)
    dateline = _dateline(sentence)
    if not dateline:
        return False
    rest = sentence[dateline.end():]
    return not any(pattern.search(rest) for pattern in (regexes.NEWS_DATE, regexes.NEWS_DAY_NAMED, regexes.NEWS_RELATIVE_DAY,
                                                        regexes.NEWS_VAGUE_DAY))


def event_date(paragraph: str, year: int, issue_month: int | None, paper_date: date | None = None,
               published: date | None = None) -> date | None:
    """The day the first sentence names: counted from a relative word ('昨日') when the paper or a dateline gives the day
    to count from; None when that word comes first and nothing gives it ('本报讯（记者…）昨日，记者从…获悉，3月4日起…':
    the 4th is not the day of the event)."""
    relative = _relative_date(paragraph, year, issue_month, paper_date)
    if relative is not None:
        return relative
    if _first_relative(first_sentence(paragraph)):
        return None
    return printed_date(paragraph, year, issue_month, paper_date, published)


def printed_date(paragraph: str, year: int, issue_month: int | None, paper_date: date | None = None,
                 published: date | None = None) -> date | None:
    """The date the first sentence prints (its month and day, or its day alone), counting no relative word."""
    month, day = event_month_day(paragraph)
    if month is None and day and paper_date:  # '14日，…' under a byline of 2009-02-15: of the paper's month, or the one before
        return _day_on_or_before(paper_date, day)
    if month is None and day and issue_month:  # '26日至27日，…': the latest 26th the issue can report (day_alone)
        reported_by = _reported_by(year, issue_month, published)
        return _day_on_or_before(reported_by, day) if reported_by else None
    if month is None:
        return None
    if issue_month and month - issue_month >= 6:  # a December brief in a January issue; six months either way, the year
        year -= 1  # before, as a brief tells what has happened ('12月16日，…' in a June issue)
    elif issue_month and issue_month - month > 6:  # a January brief in a December issue
        year += 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_below(first: str, second: str, year: int, issue_month: int | None,
               paper_date: date | None = None, published: date | None = None) -> tuple[date, str] | None:
    """The day named next, and the text naming it, for a first sentence that names no time at all, a lede: the first
    paragraph's next sentence ('【财新网】（记者 林韵诗）时隔一个月，北京市政府领导层再有调整。继崔述强履新北京市常务副市长后，
    今天（4月24日），…'), else the paragraph below ('【财新网】（记者 于海荣）在地方债清理规范过程中，…' over '焦小平11月22日在…
    论坛上表示，…'); None when the first names a day or a time no one can count ('近日，', '今年以来，', '昨天上午，': it dates
    the brief, or says it cannot be dated)."""
    if not first or names_a_time(first):
        return None
    for text in (_after_first_sentence(first), second):
        if text and (dated := event_date(text, year, issue_month, paper_date, published)):
            return dated, text
    return None


def _after_first_sentence(paragraph: str) -> str:
    """The paragraph from its second sentence on ('' for a paragraph of one sentence)."""
    return unlabelled(paragraph).split("。", 1)[1].strip() if "。" in paragraph else ""


def names_a_time(paragraph: str) -> bool:
    """A first sentence that names a day, or a time no one can count."""
    sentence = first_sentence(paragraph)
    return bool(any(event_month_day(paragraph)) or regexes.NEWS_UNDATED_LEAD.match(in_digits(unlabelled(paragraph)))
                or regexes.NEWS_RECENT_DAY.search(sentence) or regexes.NEWS_VAGUE_DAY.search(sentence))


def day_alone(paragraph: str) -> bool:
    """A first sentence naming a day and no month ('本报讯 （记者…）26日至27日，…'), after no dateline or byline of a date: the
    paper printed it in its own month, which the brief does not give. An issue reports what happened before it went out:
    the day is taken as the latest one on or before the issue's publication date, or its month's end (_reported_by), which
    is the month before when the paper printed it then; the parser says so (news.py)."""
    return event_month_day(paragraph)[0] is None and event_month_day(paragraph)[1] is not None \
        and _dateline(first_sentence(paragraph)) is None


def _reported_by(year: int, issue_month: int, published: date | None) -> date | None:
    """The last day an issue can report: its publication date, else its month's end (never after the month's end: an
    issue published the month after still reports its own month); None for an issue number that is no month."""
    if not 1 <= issue_month <= 12:
        return None
    month_end = (date(year, issue_month, 1) + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return min(published, month_end) if published else month_end


def _day_on_or_before(paper_date: date, day: int) -> date | None:
    """The last day of the month numbered `day` on or before the paper's date (2009-02-15, 14 -> 2009-02-14; 28 -> 2009-01-28)."""
    month_start = paper_date.replace(day=1)
    try:
        return month_start.replace(day=day) if day <= paper_date.day else (month_start - timedelta(days=1)).replace(day=day)
    except ValueError:
        return None


def _relative_date(paragraph: str, year: int, issue_month: int | None, paper_date: date | None) -> date | None:
    """A day the first sentence names relative to its paper's date or its dateline's ('本报11月14日讯 昨天上午，…' -> 11-13;
    '昨天' under a byline of 2010-01-23 -> 01-22), when it is the first day the sentence names (never after '近日，' or a
    date); None without such a word or date."""
    sentence = first_sentence(paragraph)
    if dateline := _dateline(sentence):
        paper_date = printed_date(f"{dateline['month'] + '月' if dateline['month'] else ''}{dateline['day']}日，", year, issue_month)
    relative = _first_relative(sentence)
    if paper_date is None or relative is None:
        return None
    return paper_date - timedelta(days=2 if relative["two"] else 1 if relative["one"] else 0)


def _first_relative(sentence: str):
    """The relative word ('昨天', '前天', '今日') that is the first day a first sentence names, after its dateline; None when
    a date, a day no one can count ('近日') or a day printed in brackets ('昨（25）日': the 25th; '今天(10月8日)') comes first or
    instead."""
    if dateline := _dateline(sentence):
        sentence = sentence[dateline.end():]
    relative = regexes.NEWS_RELATIVE_DAY.search(sentence)
    if relative is None or regexes.NEWS_BRACKETED_DAY.match(sentence, relative.start()) \
            or regexes.NEWS_BRACKETED_DATE.match(sentence, relative.end()):
        return None
    before = sentence[:relative.start()]  # a date named, or a day no one can count, before it: the brief's day is that
    if any(pattern.search(before) for pattern in (regexes.NEWS_DATE, regexes.NEWS_EVENT_DAY, regexes.NEWS_VAGUE_DAY)):
        return None
    return relative

"""News briefs (政务简讯): title, date of the event (read by issues/parser/news_dates.py), body.

A brief is a title of one to three short lines without punctuation, then a first paragraph
that dates the event in its first sentence ('4月2日，…', '11月26日至29日，…', or after an
opening clause: '为深入贯彻…，11月25日，…'; after a news dateline, the day its text names: '新华社北京6月29日电 …28日下午…';
an undated '近日，…', '上半年，…' gives no date; a day spoken with 号: '3号，…'; a source's dateline or a byline opens a brief
whatever its first sentence says: '温州网讯 …', '本网讯（记者…）…', '（记者 何晓芳）…'), then more
paragraphs. Paragraphs a page break cut ('…加快产业园区智慧化改造。项目' + '要招引，…') are
re-joined; a title broken over lines is put back on one line without the break's spaces, a title in two parts too (a second
part with a comma, a first ending with a colon); a byline closing a brief ('…。（记者 何晓芳）', alone on its line) stays in
it, as do its writers' or editor's names ('（郭颖 天乐）', '（责任编辑：…）', '编辑：付波 熊哲') and a meeting's words printed as
sub-headings ('会议指出', '会议要求'); a source's dateline alone on its line ('四川新闻网-成都商报讯') or a byline under the title
('本报记者 王勃 陶然', a name alone under a black mark: '■田冲') opens the first paragraph, never a title line, nor the end of the
column; who gave a photograph ('区委新闻办供图') stays in its brief. A column of briefs printed without titles (each
opening with ◆, or while no brief has had a title, each paragraph that opens with its date or source) gives one brief per paragraph,
named by its first sentence, told in a note; once a title has been printed over a first paragraph not read, no paragraph opens
an untitled brief (they are quoted with it). Lines that open no brief are a loss warning quoting them. A lede naming no time
under its outlet in brackets ('【财新网】（记者 于海荣）在地方债…') opens its brief, dated by the paragraph below it, told; a round-up's
item under a title its first sentence repeats ('五洲先进视界传媒有限公司来区考察' over '五洲先进视界传媒有限公司来区考察，…') is a
brief of its own, dated only if that sentence names its day.

A byline naming the paper a brief is taken from ('（2010年1月23日《柳州日报》记者姚颖盈报道）') and a subtitle worded as a
decision ('决定任命胡明朗为副市长并决定其代理市长职务', '…举行；任命胡明朗为副市长', also glued to its title: '…会议召开决定任命…')
open the body, each a paragraph of its own, never the title, and never date the brief. The paper's date is no event's: a day
the first sentence gives relative to it or to a dateline ('昨天', '昨', '前天', '今天') counts from it, a day alone is of its month,
and a day so worked out is a loss to check; a relative word after a vague one ('近日，…截至昨天') dates nothing.
A title line leaving “ or 《 open ('…民生“四箭') goes on to its close on the line below, also where a raw column glued that
piece to the first paragraph ('齐发”8月3日晚，…'). A kicker over a headline opening as a paragraph does ('一季度，…向好') is one title with it; a label before the first paragraph
('【摘要】15日，…') and a clause a raw column cut before its day ('为深入贯彻…精' + '神，15日，…') still open the brief; a
document's note read into the section ('（此件公开发布）', '（联系人：…）') is in no brief, a loss quoting it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from issues.parser import news_dates, regexes, section_lines
from issues.parser.dates import in_digits
from issues.parser.records import ParsedNews
from issues.parser.text import compact
from issues.parser.news_lines import (COLUMN_SLACK, MAX_TITLE_LENGTH, MAX_TITLE_LINES, byline, comma_title_over_a_first_paragraph,
                                      dated_headline, dated_title, first_of_body, first_sentence_title, kicker_over_a_headline,
                                      leads_a_brief, loosely_after_a_clause, meeting_told, opens_a_report, punctuated_title,
                                      reads_as_title, repeated_title, second_of_body, title_like, headline_over_a_dateline)
from issues.parser.warnings import LOSS, NOTE, ParseWarning

WHOLE, CUT = "whole", "cut"  # a first paragraph on its line, or its first words left on the line above by a raw column
MAX_NOTE_LINES = 3  # a document's contact note wrapped in a raw column: '（联系人：王明，电话：0951-68888' + '88）'


def parse(lines: list[str], *, year: int, issue_month: int | None = None, published: date | None = None,
          warnings: list | None = None) -> list[ParsedNews]:
    """Lines of the section (the first brief's title first). `issue_month` places a December
    brief of a January issue in the year before; without it the section's commonest month is used. A day named without
    its month is the latest such day the issue, `published` then, can report.
    A title-like run not followed by a first paragraph is kept in the brief before and added to `warnings`."""
    body = _section(lines)
    text = [line for line in section_lines.tidy(body) if not section_lines.is_running_header(line)]  # a page turned
    briefs = [(title, *_head(body)) for title, body in _briefs(text, warnings if warnings is not None else [])]
    firsts = [first_of_body(rest) for _, _, rest in briefs]
    month = issue_month or _commonest([news_dates.event_month_day(first)[0] for first in firsts])
    untitled = [first for (title, _, _), first in zip(briefs, firsts) if not title]
    if untitled and warnings is not None:  # beside titled briefs, one without is a title not read: a loss
        level = LOSS if len(untitled) < len(briefs) else NOTE
        warnings.append(ParseWarning(level, "news_untitled", "这些简讯没有标题：以第一句为标题", section="政务简讯",
                                     lines=[first_sentence_title(first) for first in untitled]))
    found = [
        ParsedNews(title=_title(title) if title else first_sentence_title(first),
                   date=news_dates.event_date(first, year, month, news_dates.paper_date(head), published),
                   body="\n".join(filter(None, [*head, _body(rest)])))
        for (title, head, rest), first in zip(briefs, firsts)
    ]
    counted = [brief.title for brief, (_, head, _), first in zip(found, briefs, firsts)
               if brief.date and brief.date != news_dates.printed_date(first, year, month, news_dates.paper_date(head), published)]
    if counted and warnings is not None:  # a day worked out, not printed: the paper's or dateline's day may not be the event's
        warnings.append(ParseWarning(LOSS, "news_relative_date", "简讯日期由“昨天”“前天”等按报纸署名或电头的日期推算"
                                     "（未印出日期）：请核对", section="政务简讯", lines=counted))
    guessed = [brief.title for brief, (_, head, _), first in zip(found, briefs, firsts)
               if brief.date and news_dates.day_alone(first) and not news_dates.paper_date(head)]
    if guessed and warnings is not None:  # '26日至27日，…': the paper's month, which the gazette does not print
        warnings.append(ParseWarning(NOTE, "news_day_alone", "简讯只写了日，没有写月份：按本期出版日期（未印出时按本期月末）"
                                     "之前最近的这一天推定，可能是上月：请核对", section="政务简讯", lines=guessed))
    filed = [brief.title for brief, first in zip(found, firsts) if brief.date and news_dates.dateline_alone(first)]
    if filed and warnings is not None:  # '千龙网北京1月25日讯（记者 刘美君）北京市…开幕。': the day the report was filed
        warnings.append(ParseWarning(LOSS, "news_dateline_date", "简讯正文没有写出事件日期，日期取自电头（发稿日期）：请核对",
                                     section="政务简讯", lines=filed))
    below = []  # a lede naming no time ('【财新网】（记者 于海荣）在地方债…'), dated by the paragraph below it
    for brief, (_, head, rest), first in zip(found, briefs, firsts):
        second = second_of_body(rest)
        if brief.date is None and (dated := news_dates.date_below(first, second, year, month, news_dates.paper_date(head),
                                                                  published)):
            brief.date, named = dated
            below.append(named)
    if below and warnings is not None:  # the day of a paragraph below the first: the report's, or one it goes on to tell
        warnings.append(ParseWarning(LOSS, "news_date_below", "简讯第一句没有日期，日期取自下一句或下一段（请核对）",
                                     section="政务简讯", lines=below))
    return found


def _section(lines: list[str]) -> list[str]:
    """The section's lines up to a chronicle's day or item or the issued list, its heading lost. A mark opening one of
    the first two lines ('◆9月23日，…') marks the briefs, never a chronicle; a marked byline over a dateline
    ('■记者 肖波' over '晚报讯 …') is a brief's, never a chronicle's item."""
    ends = (regexes.CHRONICLE_DAY, regexes.ISSUED_LIST_HEADING)
    if not any(regexes.NEWS_BULLET.match(line) and not _marked_byline(lines, index) for index, line in enumerate(lines[:2])):
        ends += (regexes.CHRONICLE_BLACK_ITEM,)
    for index, line in enumerate(lines):
        text = section_lines.strip_markdown(line)
        if any(pattern.match(text) for pattern in ends) and not _marked_byline(lines, index):
            return lines[:index]
    return lines


def _marked_byline(lines: list[str], index: int) -> bool:
    """'■记者 肖波' followed by '晚报讯 中暑病人…' (or by a title over it): a byline, a paragraph under it opening with its source;
    names alone under the mark ('■田冲') over a first paragraph ('6月6日，…')."""
    following = [line.strip() for line in lines[index + 1:] if line.strip()][:2]
    line = lines[index].strip()
    return bool(regexes.NEWS_BYLINE_LINE.match(line) and any(regexes.NEWS_SOURCE_LEAD.match(text) for text in following)
                or regexes.NEWS_MARKED_NAMES.match(line) and following and leads_a_brief(following[0]))


def _briefs(lines: list[str], warnings: list) -> list[tuple[list[str], list[str]]]:
    """(title lines, body lines) for each brief, in printed order."""
    briefs: list[tuple[list[str], list[str]]] = []
    pending: list[str] = []  # short unpunctuated lines: a title, or a broken line of running text
    closed = True  # the line before `pending` ended a paragraph (or there was none)
    short_after_end: str | None = None  # a short line after an ended paragraph, read as running text
    unread: ParseWarning | None = None  # the lines before the first brief, when none has begun
    title_unread = False  # a title among them: the column prints titles, so no paragraph opens an untitled brief
    held: list[str] = []  # a byline under the pending title ('本报记者 王勃'): the first paragraph's, never the title's
    note: list[str] = []  # a document's note under its date ('（联系人：…', wrapped) over the first brief: told, in no title
    for index, line in enumerate(lines):
        if not briefs and (regexes.DOCUMENT_NOTE.match(line.strip())
                           or note and len(note) < MAX_NOTE_LINES and not note[-1].endswith(("）", ")"))):
            note.append(line)
            continue
        if briefs and not pending and regexes.DOCUMENT_NOTE.match(line.strip()):  # a brief's own '（联系电话：…）': it ends it
            briefs[-1][1].append(line)
            closed, short_after_end = True, None
            continue
        if (byline(line) or regexes.NEWS_LABEL_LEAD.fullmatch(line.strip())) and (pending or briefs):
            (held if pending else briefs[-1][1]).append(line)  # under a title ('【摘要】' too), or closing the brief before
            continue
        if bullet := regexes.NEWS_BULLET.match(line):  # '◆9月23日，…': a mark opens a brief, with or without a title
            line = line[bullet.end():]
        elif briefs and not pending and (regexes.NEWS_CLOSING_BYLINE.match(line.strip())  # '（记者 何晓芳）' under its brief
                                         or regexes.NEWS_CREDIT_LINE.match(line.strip())):  # '编辑：付波 熊哲'
            briefs[-1][1].append(line)
            continue
        if briefs and not pending and closed and (regexes.NEWS_SUBHEAD.match(line.strip())  # '会议指出' inside a brief
                                                  or numbered_part(line, briefs[-1][0])):  # '一、…变动情况' too
            briefs[-1][1].append(line)
            continue
        if not bullet and len(pending) < MAX_TITLE_LINES and not meeting_told(pending, line) \
                and (title_like(line) or not briefs and not pending and regexes.NEWS_TITLE_HEAD.match(line.strip())):
            pending.append(line)
            continue
        if not bullet and not pending and closed and (glued := _title_before_source(line)):
            pending.append(glued[0])  # '衡阳正蓄势成为中南重要城市 本报衡阳讯2月20日，…': the title, then its first paragraph
            line = glued[1]
        if not bullet and not pending and closed and dated_title(line, lines[index + 1:index + 3]):
            pending.append(line)  # '1月15日，甘肃省…会议开幕 省长…作《政府工作报告》' over '中国甘肃网1月15日讯…': a title
            continue
        if not bullet and not briefs and not pending and (kicker_over_a_headline(line, lines[index + 1:index + 3])
                                                          or comma_title_over_a_first_paragraph(line, lines[index + 1:index + 2])):
            pending.append(line)  # '一季度，全市地区生产总值增长5.6%' over the first brief's headline: the title's first line
            continue
        kicker = (bool(briefs) and not closed and short_after_end is not None and punctuated_title(short_after_end)  # '提档升级，惠及民生'
                  and not regexes.SENTENCE_STOP.search(short_after_end))  # never '…办理。（郭颖/文）', a paragraph's end
        if not bullet and (pending and closed or kicker and not pending) and len(pending) < MAX_TITLE_LINES \
                and punctuated_title(line.strip()) \
                and (pending and not leads_a_brief(line) and not _clause_cut(pending, line)  # '在随后的新闻发布' + '会上，冯文生表示，…'
                     and not _subject_cut(pending, line)  # '上海市第十五届人大常委会3月23日举行' + '第十九次会议，接受…': its paragraph
                     or dated_headline(line, lines[index + 1:index + 2])
                     or kicker and headline_over_a_dateline(line, lines[index + 1:index + 2])):
            pending.append(line)  # '县…会议' over '审议人事任免，听取工作报告', a kicker over '一季度，…向好': the title's second part
            continue
        if pending and closed and _subject_cut(pending, line):  # '湖南省…第二十七次会议于6' + '月1日下午在长沙闭幕。…'
            line = pending.pop().strip() + line.strip()
        repeated = repeated_title(pending, line) if pending and closed else 0
        if repeated:  # the title's lines, then its paragraph's that a raw column cut short
            pending, line = pending[:repeated], "".join(text.strip() for text in [*pending[repeated:], line])
        year_first = not briefs and _year_first(pending, line)  # never after a brief: a sub-heading over '2024年是…'
        if pending and (closed or kicker) and (bullet or leads_a_brief(line) or repeated or _clause_cut(pending, line) or year_first
                                          or meeting_told(pending, line)):
            if _clause_cut(pending, line) or year_first == CUT:  # '为深入贯彻…精' + '神，15日，…': the paragraph's first line
                line = pending.pop() + line
            if briefs and short_after_end and (kicker or regexes.NEWS_TITLE_HEAD.match(short_after_end)):  # '…第三十一次会议：' over '审议…'
                _take_last_line(briefs)
                pending = [short_after_end, *pending]
            pending, line = _quote_closed(pending, line)  # '…民生“四箭' over '齐发”8月3日晚，…'
            title, subtitle = _without_subtitle(pending)
            if subtitle:  # a headline's second line may be worded so too ('…会议召开' over '决定龚正为上海市代理市长'): told
                warnings.append(ParseWarning(LOSS, "news_decision_subtitle", "标题下一行措辞像任免决定，读作副标题放入了正文：它也可能"
                                             "是标题的第二行，请核对标题", section="政务简讯", lines=[*title, *subtitle]))
            briefs.append((title, [*subtitle, *held, line]))
        elif bullet or (not pending and closed and opens_a_report(line) and not any(title for title, _ in briefs)
                        and not title_unread):  # after a title, its report's paragraphs ('中新网3月30日电 据红网消息：…')
            if pending:  # a broken line of running text before the mark: the brief before's
                briefs[-1][1].extend([*pending, *held])
            briefs.append(([], [line]))  # a column of briefs printed without titles: each mark or dated opening opens one
        elif not briefs:  # no brief begun: a first brief whose first paragraph is of no shape read, told once
            if not unread:
                unread = ParseWarning(LOSS, "news_unread", "这几行不在任何一则简讯中（标题之后没有读出简讯的第一段）",
                                      section="政务简讯", lines=[])
                warnings.append(unread)
            unread.lines += [*pending, *held, line]
            title_unread = title_unread or bool(pending)
        else:
            # a paragraph a raw column broke after a title-like piece ('据中央广播电视总台中国之声《新闻和报纸' + '摘要》报道，…')
            # opens no brief of its own: read in its brief, nothing merged
            broken = bool(pending) and (bool(regexes.NEWS_SOURCE_LEAD.match("".join(pending) + line)) or _last_piece(pending, line)
                                        or any(map(_list_under_its_passage, [*pending, line])))
            if pending and closed and not broken:  # a title whose first paragraph does not date or open a brief
                warnings.append(ParseWarning(LOSS, "news_merged", "标题之后没有简讯的第一段（日期或“近日”等开头）："
                                             "这几行并入了上一则简讯", section="政务简讯", lines=[*pending, line]))
            elif pending and not broken and leads_a_brief(line):  # '…（刘某）' closing no sentence, a title, '4月2日，…': told, never silently
                warnings.append(ParseWarning(LOSS, "news_merged", "一段以日期开头的文字前有标题样的短行，但上一段没有结束："
                                             "两则简讯可能被并成了一则", section="政务简讯", lines=[*pending, line]))
            elif not pending and closed and regexes.NEWS_GLUED_SOURCE.match(line.strip()) \
                    and not regexes.NEWS_SOURCE_LEAD.match(line.strip()):  # '…审议南宁日报讯（记者磨锋）5月9日，…'
                warnings.append(ParseWarning(LOSS, "news_merged", "一行中消息来源（…讯）之前有标题样的文字：标题与第一段可能连成了"
                                             "一行，这则简讯并入了上一则", section="政务简讯", lines=[line]))
            elif short_after_end and not pending and opens_a_report(line):
                if punctuated_title(short_after_end):  # '市长调研重点项目，要求加快建设进度' over '11月20日，…'
                    _take_last_line(briefs)
                    briefs.append(([short_after_end], [line]))
                    short_after_end, closed = None, True
                    continue
                warnings.append(ParseWarning(LOSS, "news_merged", "一段以日期开头的简讯第一段之前的短行没有被认作标题"
                                             "（太长）：两则简讯可能被并成了一则", section="政务简讯",
                                             lines=[short_after_end, line]))
            briefs[-1][1].extend([*pending, *held, line])
        short_after_end = line.strip() if closed and not pending and len(line.strip()) <= MAX_TITLE_LENGTH * 2 else None
        pending, held = [], []
        closed = bool(regexes.SENTENCE_END.search(line) or regexes.NEWS_CLOSING_BYLINE.search(line)) \
            and not _source_alone(line)  # '…。（记者 何晓芳）' ends a paragraph, '央视网消息（新闻联播）：' alone opens one
    if pending and briefs:
        briefs[-1][1].extend([*pending, *held])
    if note:
        warnings.append(ParseWarning(LOSS, "news_document_note", "简讯栏中有公文的附注（公开方式、联系人）：上一篇公文的末尾"
                                     "被读进了简讯栏，不在任何记录中", section="政务简讯", lines=note))
    return briefs


def _take_last_line(briefs: list[tuple[list[str], list[str]]]) -> None:
    """The last line read into the brief before is the next title's first: a brief it alone made (untitled, the section's first
    line: '1月15日，甘肃省第十四届人民代表大会' over '第一次会议开幕') goes with it, never an empty brief."""
    briefs[-1][1].pop()
    if not briefs[-1][0] and not any(line.strip() for line in briefs[-1][1]):
        briefs.pop()


def _last_piece(pending: list[str], line: str) -> bool:
    """A paragraph's first column line, title-like, over its last piece ('会议听取前三季度全省经济运行情况及' + '下一步工作建议的汇报。',
    四川 2022-10-25): one line cut where no title ends, over a sentence's end no longer than it, which opens no brief: no title
    over a first paragraph. A title over a short paragraph ('区政府召开安全生产工作会议' over '会议部署了下一步工作。') stays a
    merge told."""
    text = line.strip()
    return (len(pending) == 1 and bool(regexes.CUT_INSIDE_A_SENTENCE.search(pending[0].strip()))
            and len(text) <= len(pending[0].strip()) and bool(regexes.SENTENCE_END.search(text)) and not leads_a_brief(text))


def _quote_closed(title: list[str], line: str) -> tuple[list[str], str]:
    """A title whose last line leaves “ or 《 open ('…民生“四箭') goes on to where the line below closes it, a raw column having
    glued that piece to the first paragraph ('齐发”8月3日晚，…'): the piece is the title's, the rest the paragraph."""
    closing = regexes.NEWS_TITLE_OPEN_QUOTE.search(title[-1]) and regexes.NEWS_TITLE_QUOTE_CLOSE.match(line.strip())
    if not closing or closing.end() == len(line.strip()):
        return title, line
    return [*title, closing[0]], line.strip()[closing.end():]


def _subject_cut(title: list[str], line: str) -> bool:
    """A title's last line is its paragraph's first, a raw column having cut the first sentence's date after its subject: the
    line below opens no brief alone ('湖南省第十届人民代表大会常务委员会第二十七次会议于6' over '月1日下午在长沙闭幕。…', the first
    too narrow to be joined), or both are column lines as wide (cut_subject)."""
    last, text = compact(title[-1]), compact(line)
    return (len(title) > 1 and (not leads_a_brief(line) or cut_subject(last, text))
            and bool(regexes.NEWS_SUBJECT_DAY_LEAD.match(last + text)) and leads_a_brief(last + text))


def cut_subject(line: str, below: str) -> bool:
    """A column line as wide as the one below it that is a first sentence's subject, its date on the line below ('湖南省第十届人民
    代表大会常务委员会第二' over '十七次会议于6月1日下午在长沙闭幕。省'): never a title's last line, which is narrower than the column
    ('深化发展共识 完善体制机制')."""
    line, below = compact(line), compact(below)
    return len(line) + COLUMN_SLACK >= len(below) and bool(regexes.NEWS_SUBJECT_DAY_LEAD.match(line + below))


def _clause_cut(title: list[str], line: str) -> bool:
    """A title's last line is its paragraph's first, a raw column having cut its opening clause before the comma ('…推进会' +
    '为深入贯彻落实全省推进营商环境建设大会精' over '神，15日，我市召开…'): the line is dated only by the clause's day."""
    joined = title[-1].strip() + line.strip()
    return (len(title) > 1 and bool(regexes.NEWS_CLAUSE_OPENER.match(title[-1].strip())) and not opens_a_report(line)
            and not regexes.NEWS_UNDATED_LEAD.match(in_digits(line.strip()))
            and bool(regexes.NEWS_CLAUSE_DAY.search(news_dates.first_sentence(joined)) or loosely_after_a_clause(joined)))


def _year_first(title: list[str], line: str) -> str | None:
    """The section's first paragraph naming a year as its subject ('2024年是中华人民共和国成立75周年，…'): WHOLE on the line, CUT when
    a raw column left its first words as the last title-like line ('2024年是中华人民共和国成立75周年' over '，是实现…')."""
    if regexes.NEWS_YEAR_LEAD.match(line.strip()):
        return WHOLE
    if len(title) > 1 and regexes.NEWS_YEAR_LEAD.match(title[-1].strip()) and not title_like(line):
        return CUT
    return None


def _title_before_source(line: str) -> tuple[str, str] | None:
    """A title and its first paragraph on one line, a space between, the paragraph opening with its source ('衡阳正蓄势成为中南重要
    城市 本报衡阳讯2月20日，…'): (title, paragraph)."""
    head, _, tail = line.strip().partition(" ")
    tail = tail.strip()
    if tail and title_like(head) and regexes.NEWS_SOURCE_LEAD.match(tail) and leads_a_brief(tail):
        return head, tail
    return None


def numbered_part(line: str, title: list[str]) -> bool:
    """'一、各类商品及服务价格同比变动情况' under a brief whose title is not numbered: a part of that brief, never a title."""
    return bool(regexes.NEWS_NUMBERED_SUBHEAD.match(line.strip())) and not regexes.NEWS_NUMBERED_TITLE.match("".join(title).strip())


def _list_under_its_passage(line: str) -> bool:
    """A list's heading ('…主席团常务主席名单') over its passage line ('（2015年2月9日…会议通过）', however a column cuts it) and
    its names: a part of the brief that reports the meeting, no brief of its own."""
    return bool(regexes.RULE_PASSAGE_START.match("".join(line.split())))


def _source_alone(line: str) -> bool:
    """A line that is a source lead and nothing more ('央视网消息（新闻联播）：'): its paragraph goes on below it."""
    lead = regexes.NEWS_SOURCE_LEAD.match(line.strip())
    return bool(lead) and lead.end() == len(line.strip())


def _without_subtitle(title: list[str]) -> tuple[list[str], list[str]]:
    """A title's lines, and a subtitle under them worded as a decision ('市十五届人大常委会第四十五次会议召开' over '决定任命胡明朗
    为副市长并决定其代理市长职务'): the subtitle is the report's, never the title's."""
    for k, line in enumerate(title[1:], start=1):
        if regexes.NEWS_APPOINTMENT_WORDING.match(compact(line)):  # one paragraph, however a column cut it ('…代理市' + '长')
            return title[:k], ["".join(piece.strip() for piece in title[k:])]
    if len(title) == 1 and (glued := regexes.NEWS_TITLE_WITH_SUBTITLE.match(title[0].strip())):  # '…会议召开决定任命…'
        return [glued["title"]], [glued["subtitle"]]
    return title, []


def _head(body: list[str]) -> tuple[list[str], list[str]]:
    """The lines over a brief's first paragraph, each a paragraph of its own, and the rest: bylines and a subtitle printed
    without a dash (柳州日报: '决定市十二届人大八次会议于2月3日至5日举行；任命胡明朗为副市长' over '市十二届人大常委会第二十八次
    会议于昨天上午召开。'), which never dates the brief."""
    head: list[str] = []
    for k, line in enumerate(body):
        text = line.strip()
        if not text:
            continue
        if byline(text) or _subtitle(text, body[k + 1:]) and not any(not byline(above) for above in head):
            head.append(text)
            continue
        return head, body[k:]
    return head, []


def _subtitle(line: str, following: list[str]) -> bool:
    """A line worded as a decision, or holding two ('…举行；任命胡明朗为副市长'), that ends no sentence, over a line that opens
    a brief."""
    after = next((text for text in following if text.strip() and not byline(text)), "")
    return (len(line) <= MAX_TITLE_LENGTH and not regexes.SENTENCE_END.search(line)
            and not regexes.SENTENCE_STOP.search(line) and not line.endswith(("，", ","))
            and bool(regexes.NEWS_APPOINTMENT_WORDING.match(compact(line)) or regexes.NEWS_SENTENCE_SUBTITLE.search(line))
            and not opens_a_report(line) and bool(after) and leads_a_brief(after))


def first_paragraph(paragraphs: list[str]) -> str:
    """The paragraph of a brief's body that dates it, past the bylines and subtitle over it ('' when there is none)."""
    rest = _head(paragraphs)[1]
    return first_of_body(rest) if any(line.strip() for line in rest) else ""


def _commonest(months: list[int | None]) -> int | None:
    counted = Counter(month for month in months if month)
    return counted.most_common(1)[0][0] if counted else None


def _title(lines: list[str]) -> str:
    return section_lines.remove_line_break_spaces("".join(line.strip() + " " for line in lines))


def _body(lines: list[str]) -> str:
    return "\n".join(section_lines.join_unfinished(lines, regexes.NEWS_OWN_LINE))

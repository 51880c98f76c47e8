"""What a line of the 政务简讯 section is, by its own shape: a brief's title ('市政府召开常务会议', a title printed with a comma,
several title lines a text export put on one), or a first paragraph that opens a brief (dated, recent, opening with its
source), and the paragraph of a brief's body that dates it. The section's parser (issues/parser/news.py) reads briefs with them;
the appointments list's end and the checks ask them too.
"""

from __future__ import annotations

from issues.parser import news_dates, regexes, section_lines
from issues.parser.dates import in_digits
from issues.parser.text import compact

MAX_TITLE_LINES = 4  # a kicker, a title wrapped over two lines, a subtitle
MAX_TITLE_LENGTH = 60
MIN_SOURCE_NAME = 2  # characters of a source named before its dateline's date ('央广网北京4月17日消息'), never none
COLUMN_SLACK = 2  # characters a full column line may fall short of the next (half-width figures, justification)
MIN_REPEATED_TITLE = 6  # a title its first sentence repeats: never a word or two ('会议指出')


def first_of_body(body: list[str]) -> str:
    """The paragraph that dates the brief: a dateline alone on its line joined to it ('四川新闻网-成都商报讯' + '（…）市政府…',
    '国际在线报道(记者 乔全兴):' + '15日闭幕的…'), a byline over it ('本报记者 王勃') passed."""
    return _first_and_later(body)[0]


def second_of_body(body: list[str]) -> str:
    """The paragraph after the one that dates the brief ('' when there is none)."""
    later = _first_and_later(body)[1]
    return later[0] if later else ""


def _first_and_later(body: list[str]) -> tuple[str, list[str]]:
    paragraphs = section_lines.join_unfinished(body, regexes.NEWS_BYLINE_LINE)
    if not paragraphs:  # a brief whose lines were all taken as its head ('■田冲' opening the column): no crash
        return "", []
    k = next((k for k, text in enumerate(paragraphs) if not regexes.NEWS_BYLINE_LINE.match(text)), 0)
    lead = regexes.NEWS_SOURCE_LEAD.match(paragraphs[k])
    if lead and lead.end() == len(paragraphs[k]) and k + 1 < len(paragraphs):  # '央视记者李宁报道：' over its text
        return paragraphs[k] + paragraphs[k + 1], paragraphs[k + 2:]
    return paragraphs[k], paragraphs[k + 1:]


def first_sentence_title(paragraph: str) -> str:
    """The title of a brief printed without one: its first sentence ('9月23日，我县…召开巩固衔接重点工作调度会')."""
    return regexes.SENTENCE_STOP.split(paragraph.strip(), maxsplit=1)[0]


def punctuated_title(line: str) -> bool:
    """A title printed with a comma or an exclamation ('市长调研重点项目，要求加快建设进度', '重点项目建设提速！'): read as one
    only over a first paragraph that opens with its date, never a sentence that ends ('…其他事项。')."""
    return len(line) <= MAX_TITLE_LENGTH and not regexes.STATEMENT_END.search(line)


def unended_title(text: str) -> bool:
    """A title printed with a comma that ends no sentence ('一季度，全市地区生产总值增长5.6%'), never a first paragraph's
    first sentence ('…召开会议。')."""
    return punctuated_title(text) and not regexes.SENTENCE_STOP.search(text) and not regexes.SENTENCE_END.search(text)


def opens_a_report(line: str) -> bool:
    """A first paragraph no running text opens so: its date and a comma ('11月20日，…', '3号，…') or its source
    ('温州网讯 …', '（记者 何晓芳）…')."""
    text = in_digits(news_dates.unlabelled(line))
    return any(pattern.match(text) for pattern in (regexes.NEWS_DATED_LEAD, regexes.NEWS_DAY_LEAD, regexes.NEWS_SOURCE_LEAD))


def title_like(line: str) -> bool:
    """Short, unpunctuated, and no source's dateline printed alone on its line over the first paragraph ('四川新闻网-成都商报讯')
    or opening it."""
    text = line.strip()
    return (
        0 < len(text) <= MAX_TITLE_LENGTH or _spaced_title_lines(text)
    ) and (
        not regexes.SENTENCE_END.search(text)
        and not regexes.RUNNING_TEXT_MARK.search(text)
        and not regexes.NEWS_SOURCE_LEAD.match(in_digits(text))  # nor one a column cuts ('济宁新闻网·更济宁讯（记者 秦伯璞）9',
        # '中新社上海一月三十一日电（记者 许晓青')
    )


def _spaced_title_lines(text: str) -> bool:
    """A title printed over several lines that a text export puts on one, a space between them ('时刻牢记领袖嘱托 坚决贯彻领袖指示
    奋力谱写中国式现代化盐湖新篇章 区委常委会召开扩大会议传达学习贯彻 习近平总书记在运城考察期间重要指示精神 市政协副主席、
    盐湖区委书记孙中全主持并讲话', 盐湖区 2023-05-19): longer than one title line may be, but no piece is, nor all of them
    longer than the lines a title has."""
    pieces = text.split()
    return (len(pieces) > 1 and len(text) <= MAX_TITLE_LENGTH * (MAX_TITLE_LINES - 1)
            and all(len(piece) <= MAX_TITLE_LENGTH for piece in pieces))


def leads_a_brief(paragraph: str) -> bool:
    """A first paragraph: it dates the event ('6月3日，…', '四月九日，…') or says it is recent ('近日，…',
    '本报讯（记者 胡越）昨天下午，…', '应市政府邀请，昨日，…' in its first sentence) or names its month alone
    ('4月上旬，…') or its day alone ('25日，…'); a quotation before it does not count ('“…。”11月14日，…'), nor a list's
    passage line in brackets, which names the day it was adopted."""
    paragraph = news_dates.unlabelled(paragraph)  # '【摘要】27日，…'
    if regexes.RULE_PASSAGE_START.match("".join(paragraph.split())):  # '（2015年2月9日…主席团第一次会议通过）' under a list's '…名单'
        return False
    return bool(news_dates.event_month_day(paragraph)[1] or regexes.NEWS_UNDATED_LEAD.match(in_digits(paragraph))
                or loosely_after_a_clause(paragraph)  # '在…引领下，2023年，…', '在…新闻发布会上，…'
                or regexes.NEWS_SOURCE_LEAD.match(paragraph)  # '温州网讯 为加强…，…': a report, dated or not
                or regexes.NEWS_RECENT_DAY.search(news_dates.first_sentence(paragraph)))


def meeting_told(title: list[str], line: str) -> bool:
    """A first paragraph whose subject is the meeting its title names, no day in it ('区七届人大常委会召开第十一次会议' over '会议决定
    接受孟景伟辞去…的请求，…'): a brief printed without its dated lead, its decision first, undated; never a paragraph after an
    untitled line."""
    return bool(title) and bool(regexes.NEWS_MEETING_TITLE.match(compact("".join(title)))) \
        and bool(regexes.NEWS_MEETING_LEAD.match(line.strip()))


def loosely_after_a_clause(paragraph: str) -> bool:
    """A first paragraph dated loosely after its opening clause ('在六大优势产业带动下，2023年，四川工业生产回升向好，…'), or opening
    with the occasion its news was told at ('在随后的新闻发布会上，冯文生表示，…'): no day named, still a brief's first paragraph."""
    text = in_digits(paragraph.strip())
    clause = regexes.NEWS_OPENING_CLAUSE.match(text)
    return bool(clause and regexes.NEWS_UNDATED_LEAD.match(text[clause.end():]) or regexes.NEWS_OCCASION_LEAD.match(text))


def repeated_title(title: list[str], line: str) -> int:
    """How many of the title-like lines are a title that the paragraph under it opens by repeating, a round-up's item naming no
    day printed under a title taken from its first sentence ('五洲先进视界传媒有限公司来区考察' over '五洲先进视界传媒有限公司来区
    考察，区委书记雷欣，…'; a raw column cuts both: the paragraph's first line, short and unpunctuated, read as one more title
    line); 0 when none."""
    for k in range(1, len(title) + 1):
        words, text = compact("".join(title[:k])), compact("".join([*title[k:], line]))
        if len(words) >= MIN_REPEATED_TITLE and text.startswith(words) \
                and regexes.NEWS_REPEATED_TITLE_END.match(text, len(words)):
            return k
    return 0


def dated_headline(line: str, following: list[str]) -> bool:
    """A headline under a kicker opening as a first paragraph does ('聚焦高质量发展' over '一季度，银川市经济运行稳中向好'), over
    the brief's first paragraph: ending no sentence, opening with a part of the year, a month or a recent day."""
    text = in_digits(line.strip())
    return (bool(following) and not regexes.SENTENCE_END.search(text) and not regexes.SENTENCE_STOP.search(text)
            and bool(regexes.NEWS_UNDATED_LEAD.match(text)) and leads_a_brief(following[0]))


def sourced_lead(line: str) -> bool:
    """A brief's first line opening with its source's dateline ('东方网8月31日消息：…', '新华社北京5月25日电 …'), which only a
    brief's first line prints: the line over it is a headline however it is worded."""
    dateline = regexes.NEWS_DATELINE.match(in_digits(line.strip()))
    return bool(dateline) and dateline.start("month") >= MIN_SOURCE_NAME


def headline_over_a_dateline(line: str, following: list[str]) -> bool:
    """A headline's last line worded as a clause, over a first paragraph opening with its source's dateline (东方网 2020-08-31:
    '龚正主持上海市政府党组会、常务会，推动' + '长三角一体化发展，推进对口援藏工作' over '东方网8月31日消息：…', a raw column's lines)."""
    return bool(following) and unended_title(line.strip()) and sourced_lead(following[0])


def dated_title(line: str, following: list[str]) -> bool:
    """A headline opening with its date and a comma, as a first paragraph does, its deck after it on its line as a text export
    joins them ('1月15日，甘肃省第十四届人民代表大会第一次会议开幕 省长任振鹤代表省政府向大会作《政府工作报告》') or on the line
    below, over the brief's first paragraph: it ends no sentence, and no first paragraph is printed without one."""
    text = line.strip()
    over_first = bool(following) and leads_a_brief(following[0]) or len(following) == 2 and reads_as_title(following[0]) \
        and not leads_a_brief(following[0]) and leads_a_brief(following[1])
    return (over_first and unended_title(text) and opens_a_report(text))


def comma_title_over_a_first_paragraph(line: str, following: list[str]) -> bool:
    """The section's first title printed with a comma, over its first paragraph ('王忠林任湖北省代理省长，接受王晓东辞去湖北省
    省长职务的请求' over '5月7日下午，…'): ending no sentence, opening no brief itself, narrower than the line below (never a
    first paragraph's first column line, as wide as the next). Read as running text, it lost the brief (its lines told unread)."""
    text = line.strip()
    return (bool(following) and unended_title(text) and not leads_a_brief(text) and leads_a_brief(following[0])
            and len(compact(text)) + COLUMN_SLACK < len(compact(following[0])))


def kicker_over_a_headline(line: str, following: list[str]) -> bool:
    """A kicker printed with a comma over the section's first headline ('一季度，全市地区生产总值增长5.6%' over '全市经济总体稳中有进
    实现良好开局' over '4月28日，…'): ending no sentence, over a title-like line that opens no brief, over a first paragraph.
    Read as a first paragraph, it lost the brief (its lines told unread)."""
    text = line.strip()
    return (len(following) == 2 and unended_title(text) and reads_as_title(following[0]) and not leads_a_brief(following[0])
            and leads_a_brief(following[1]))


def byline(line: str) -> bool:
    """A byline on its own line: its reporters ('本报记者 王勃 陶然') or the paper it is taken from ('（2010年1月23日《柳州日报》
    记者姚颖盈报道）'), never a title's line; a photograph's caption over the text ('左图：沙坪镇毕桥村村民…。') stands as one."""
    text = line.strip()
    return bool(regexes.NEWS_BYLINE_LINE.match(text) or regexes.NEWS_PAPER_BYLINE.match(text) or regexes.NEWS_PHOTO_CAPTION.match(text))


def reads_as_title(line: str) -> bool:
    """A paragraph printed as a brief's title is (short, unpunctuated), and none of the lines a brief keeps that look so:
    bylines, credits, a meeting's words ('会议指出')."""
    text = line.strip()
    return title_like(text) and not byline(text) and not any(
        pattern.match(text) for pattern in (regexes.NEWS_SUBHEAD, regexes.NEWS_CREDIT_LINE, regexes.NEWS_CLOSING_BYLINE))

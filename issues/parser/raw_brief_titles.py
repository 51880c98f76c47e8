"""Briefs' titles among a raw extraction's lines (rawsplit): a title (no sentence, no date) over a brief's dated first
line, or over a subtitle worded as a decision or a byline; a title wrapped over two column lines joined again; the titles
a derived TOC entry counts ('…等简讯N则').
"""

from __future__ import annotations

from issues.parser import news, regexes
from issues.parser.dates import in_digits
from issues.parser.painted_headings import dated


def _without_labels(lines: list[str]) -> list[str]:
    """The section's lines without its heading, letter-spaced too ('政 务 简 讯' over a kicker that opens as a first paragraph
    does was counted a brief's title)."""
    return [line for line in lines if not regexes.CATEGORY_HEADING.match("".join(line.split()))]


def news_titles(lines: list[str]) -> list[str]:
    """The title of each brief: the line before its date line."""
    lines = join_news_titles(_without_labels(lines))
    return [line for i, line in enumerate(lines) if i + 1 < len(lines) and opens_brief(lines, i)
            and not (i and _dated(line) and opens_brief(lines, i - 1))  # '一季度，…稳中向好' under its kicker: the title's
            and not (i and _over_first_line(line.strip()) and opens_brief(lines, i - 1))]  # a byline under the title


def opens_brief(lines: list[str], i: int) -> bool:
    """A title over a dated line, or over a subtitle worded as a decision or a byline naming the paper over it
    ('人大常委会召开第二十八次会议' over '决定任命胡明朗为副市长并决定其代理市长职务' or '（2010年1月23日《柳州日报》记者…报道）'):
    the title opens the brief, never the subtitle."""
    if regexes.SENTENCE_END.search(lines[i]):
        return False
    k, bylined = i + 1, False
    while k + 1 < len(lines) and k <= i + 2 and _over_first_line(lines[k].strip()):
        bylined = bylined or bool(regexes.NEWS_PAPER_BYLINE.match(lines[k].strip()))
        k += 1
    return bylined or _dated(lines[k])  # a byline naming its paper makes what it is under a brief, however its text opens


def title_over_brief(lines: list[str], i: int) -> bool:
    """A brief's title starts here: over its dated line, or after a line that ends an entry, wrapped over two column lines
    ('熊政祥当选长沙市环境卫生清洗保洁行业协' + '会会长', '国家统计局：一季度国内生产总值同比增长' + '5.4%'), a title and its
    subtitle lines over up to four column lines ('广州市政府召开党组会议' + '深入学习贯彻…精神' + '传达…和市' + '委全会精神') or under a kicker
    that opens as a first line does ('一季度，全省地区生产总值增长6.6%' over '我省经济运行实现“开门稳”'): the first line was read
    as an appointment line, the brief titled by the second."""
    if opens_brief(lines, i):
        return True
    before = next((line for line in reversed(lines[:i]) if line.strip()), "")
    if i + 2 >= len(lines) or not regexes.SENTENCE_END.search(before.strip()) or regexes.SENTENCE_END.search(lines[i]):
        return False
    if not (is_title_piece(lines[i]) or regexes.NEWS_UNDATED_LEAD.match(in_digits(lines[i].strip()))):
        return False
    for last in range(i + 1, min(i + news.MAX_TITLE_LINES, len(lines) - 1)):  # '广州市政府召开党组会议' + two subtitle lines, wrapped
        if not is_title_piece(lines[last]) or _over_first_line(lines[last].strip()):
            return False
        if opens_brief(lines, last):
            return True
    return False


def _over_first_line(line: str) -> bool:
    """A subtitle worded as a decision, or a byline, between a brief's title and its first line."""
    decision = regexes.NEWS_APPOINTMENT_WORDING.match("".join(line.split())) and not regexes.SENTENCE_END.search(line)
    return bool(decision or regexes.NEWS_PAPER_BYLINE.match(line) or regexes.NEWS_BYLINE_LINE.match(line))


def join_news_titles(lines: list[str]) -> list[str]:
    """A brief's title printed on two lines ('陈伟俊主持召开' + '高等教育发展工作座谈会') becomes one."""
    out: list[str] = []
    for i, line in enumerate(lines):
        # the first line past a byline under the title ('大众网·海报新闻记者 王运峰 枣庄报道')
        following = next((text for text in lines[i + 1:] if not _over_first_line(text.strip())), "")
        joins_next_title = (
            out and is_title_piece(out[-1]) and is_title_piece(line) and _dated(following)
            and (len(out) < 2 or regexes.SENTENCE_END.search(out[-2]))
        )
        if joins_next_title:
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


def is_title_piece(line: str) -> bool:
    return not regexes.SENTENCE_END.search(line) and not _dated(line)


def _dated(line: str) -> bool:
    """A brief's first line, its date or its source as printed: '9月11日，…' · '４月１４日，…' · '四月九日，…' · '本报讯 记者…'."""
    return dated(line)

"""Where an appointments list ends (人事任免): a raw cut running long puts a brief, a byline or a chronicle's day under the
list's last item, with a headline over it; and the two line tests the list's entries are re-joined by (does a line end an
entry, does a line open one). Used by issues/parser/appointments.py, which passes its own reading of a line (does it give
rows) so that a headline is never a post."""

from __future__ import annotations

from collections.abc import Callable

from issues.parser import appointment_names, news, regexes, section_lines
from issues.parser.appointment_headings import heading as _heading, notice_furniture as _notice_furniture

ENTRY_ENDS = ("；", ";", "。")
OPENING_CLAUSE = 12  # '昨日，' · '根据工作需要，': a clause a brief's or a decision's first line opens with, at most this long
MIN_HEADLINE = 6  # a headline over a brief; a shorter line under the list's last item is the end of its post ('局长')
MAX_HEADLINE_LINES = 3  # a headline a column wraps over two or three lines
TAIL = 40  # characters at the end of a line that show whether it ends a post (a bracket of at most 24 after a title)


def until_a_brief(lines: list[str], gives_rows: Callable[[str], bool]) -> list[str]:
    """The section's lines up to what follows the list (a raw cut running long): a brief's first paragraph (dated, '本报讯…',
    '近日，…'), a paper's byline or a chronicle's day, with the headline printed over it; never a decider dated as a brief
    is ('2月14日，市政府第30次常务会议研究决定：', '3月5日，市人民政府决定：任命…')."""
    texts = [section_lines.strip_markdown(line).strip() for line in lines]
    following = [""] * len(texts)  # the next line that is not blank, found once (hostile input runs to 20,000 lines)
    for index in range(len(texts) - 2, -1, -1):
        following[index] = texts[index + 1] or following[index + 1]
    begun = next((index for index, text in enumerate(texts) if _begins_the_list(text)), len(texts))
    for index in range(begun + 1, len(texts)):  # a list ends only once it has begun: a raw page may put other text first
        if _starts_another_record(texts[index], following[index]):
            return lines[: _headline_start(texts, index, gives_rows)]
    return lines


def _begins_the_list(text: str) -> bool:
    """A decider's heading or a statement naming someone: what a list's first line prints. Text a raw page put before it
    ('（2010年6月22日…会议通过；' over a rule) is no end of a list not yet begun; nor is the section's heading ('人事任免',
    '7月份人事任免', which reads as '人事' + '任…', or its title naming the body, '…人大常委会人事任免'): a report's paragraph under it opening '昨日，' is the section's own."""
    compact = "".join(text.split())
    if (regexes.CATEGORY_HEADING.match(compact) or regexes.MONTH_HEADING.match(compact)
            or regexes.APPOINTMENT_BODY_TITLE.match(compact)):  # '长宁区人大常委会人事任免': the section's title, as its heading
        return False
    return bool(text) and bool(_heading(text) or regexes.APPOINTMENT_STATEMENT.match(text) or opens_a_statement(text))


def _starts_another_record(text: str, following: str) -> bool:
    """A brief's first line, a byline or a chronicle's day; not a decider's line broken before its colon ('2023年5月31日，
    …常务委员会第' + '七次会议：'), nor a signature's date."""
    opens = (regexes.NEWS_DATE.match(text) or regexes.CHRONICLE_DAY.match(text) or news.leads_a_brief(text)
             or regexes.NEWS_PAPER_BYLINE.match(text) or regexes.NEWS_BYLINE_LINE.match(text))
    return bool(opens) and not _a_decision(text) and not _a_decision(text + following) and not _notice_furniture(text, "")


def _a_decision(text: str) -> bool:
    """'5月31日，济源市人民政府第七次常务会议研究决定：' · '3月5日，市人民政府决定：任命…' · '昨日，市政府决定任命张三为…': a
    decision dated as a brief's first line is, which stays in the list; so does one reported as a brief is ('据…官方微信消息，…')."""
    undated = regexes.APPOINTMENT_DAY_PREFIX.sub("", regexes.REPORT_SOURCE.sub("", text))
    after_clause = undated.split("，", 1)[-1] if len(undated.split("，", 1)[0]) <= OPENING_CLAUSE else undated
    return any(_heading(rest) or regexes.APPOINTMENT_INLINE_DECIDER.match(rest) or regexes.APPOINTMENT_STATEMENT.match(rest)
               or regexes.DECISION_PREFIX.match(rest) for rest in (undated, after_clause))


def _headline_start(texts: list[str], index: int, gives_rows: Callable[[str], bool]) -> int:
    """Where the headline over a brief's first line starts ('陈伟俊主持召开' + '高等教育发展工作座谈会' over '9月11日，…'): the
    nearest title-like lines above it that give no row, under a line that ends an entry; `index` when there are none (a
    wrapped post, '公安局局长' under '任命张三为温州市', is no headline)."""
    headline: list[str] = []
    for n in range(index - 1, -1, -1):
        text = texts[n]
        if not text:  # the blank lines a raw extraction leaves between wrapped lines
            continue
        if len(headline) == MAX_HEADLINE_LINES or not news.reads_as_title(text) or _heading(text) or gives_rows(text):
            break
        headline.insert(0, text)
        above = next((line for line in reversed(texts[:n]) if line), "")
        if len("".join(headline)) >= MIN_HEADLINE and (not above or ends_an_entry(above)):
            return n
    return index


def ends_an_entry(text: str) -> bool:
    """'…职务；' · '…职务' · '…副局长' · '…主任（试用期一年）' · '免去：': a line after which a new line starts something else
    ('…住房公积金管理' goes on in the next)."""
    text = text.rstrip()[-TAIL:]  # a long entry pending: its end tells
    post = regexes.TRAILING_BRACKET.sub("", text)
    return text.endswith(ENTRY_ENDS + ("职务", "：", ":")) or bool(regexes.POST_TITLE.search(post))


def opens_a_statement(line: str) -> bool:
    """'李四为某市科技局局长' · '王五的…职务' · '任命…' · '免去…': a line that starts an entry of its own, never the rest of the
    post above it ('中心副主任（试用期一年）；' is read so only under a line that ends in no post)."""
    named = regexes.LINE_OPENED_BY_A_NAME.match(line)
    return bool(regexes.NAMED_STATEMENT.match(line) or named and regexes.PERSON_NAME.match(named["name"])
                and not named["name"].endswith(appointment_names.PLACE_LEVELS))

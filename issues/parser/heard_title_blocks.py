"""Papers a congress or its standing committee hears, printed with no number and no signature: a 说明 or a report
('关于…的说明', '关于…的审查报告'). Under the title come its committee's name (the issuer: '省人大常委会人事任免工作委员会'), or its
occasion ('——2024年1月8日在…会议上') and speaker's line ('…副秘书长、人事室主任 轩德祥'), then its salutation ('各位代表：',
'主任、各位副主任、秘书长、各位委员：') or the standing committee it is addressed to ('全国人民代表大会常务委员会：'):
  read_heard          the title block where it is printed (the committee's line under the title)
  read_framed_heard   the title (and committee line) painted as a frame after its page's columns, its text on the page
  heard_start         where such a framed paper's text begins on its page
  committee_under     the committee's line under the title, at a document's head: its issuer (no part of its title)
  over_salutation     the first of the lines over a salutation that are the paper's occasion and speaker (a work report's too)
"""

from __future__ import annotations

import itertools

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.lines import PAGE_BREAK, TEXT, Line
from issues.parser.raw_title_blocks import MAX_REPORT_HEAD_LINES, content_lines, title_line
from issues.parser.text import compact
from issues.parser.title_block import MAX_TITLE_LINES, TitleBlock

# A head: the title's lines, the committee's line, the occasion and speaker's lines, the salutation or addressee
HEAD_LINES = MAX_TITLE_LINES + 1 + MAX_REPORT_HEAD_LINES + 1
HEARD_ENDS = ("说明", "报告")  # the words a heard paper's title ends with (regexes.HEARD_TITLE), checked first
MAX_TITLE_LENGTH = 164  # the longest title regexes.HEARD_TITLE reads: an issuer, 关于, the subject, 的说明


def read_heard(lines: list[Line], i: int) -> TitleBlock | None:
    """The title block at i of a paper printed with no number: its title, maybe the committee's line under it, its
    salutation or addressee within a few lines under them (its occasion and speaker's line between)."""
    if not _may_head(lines, i):
        return None
    content = _content(lines, i)
    block, last = _head(content, i)
    if block is None or not _opened(content[last + 1 :], addressed=bool(block.committee)):
        return None
    return block


def read_framed_heard(lines: list[Line], i: int) -> TitleBlock | None:
    """Such a title (and the committee's line under it) painted as a frame after its page's columns: only where its page
    printed, before it, the salutation or the addressee such a paper opens with; elsewhere the words name a paper in passing."""
    if not _may_head(lines, i):
        return None
    block, _ = _head(_content(lines, i), i)
    if block is None or not _openings_before(lines, i, addressed=bool(block.committee)):
        return None
    return block


def _head(content: list[tuple[int, str]], i: int) -> tuple[TitleBlock | None, int]:
    """(the block, the index in content of its last line) when the lines from i open with such a title, the committee's line
    maybe under it; else (None, -1)."""
    head = _title(content)
    if head is None:
        return None, -1
    title, last = head[0], head[1] - 1
    committee = content[last + 1][1] if last + 1 < len(content) and _committee(content[last + 1][1]) else ""
    last += bool(committee)
    return TitleBlock(title_lines=[title], committee=committee, start=i, end=content[last][0] + 1), last


def heard_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """Where the framed paper's text begins on its page: at the addressee line it opens with (a committee's report), or at the
    lines over its salutation that are its occasion and speaker (a 说明). Several such frames at a page's foot head the
    openings of their kind in printed order: the last frame the last opening."""
    addressed = bool(block.committee)
    openings = _openings_before(lines, block.start, addressed)
    later = sum(1 for k, text in content_lines(lines, block.end) if text and _frame_of_kind(lines, k, addressed))
    if not openings or later >= len(openings):
        return None
    opening = openings[len(openings) - 1 - later]
    return opening if addressed else over_salutation(lines, floor, opening)


def committee_under(title: str, lines: list[str]) -> tuple[str, list[str]]:
    """(the committee, the lines after it) when a 说明's or a report's title has its committee's line under it, over the
    standing committee it is addressed to ('省人大常委会人事任免工作委员会' over '…人民代表大会常务委员会：'); else ('', lines)."""
    if not regexes.HEARD_TITLE.match(compact(title)) or not lines or not _committee(compact(lines[0])):
        return "", lines
    following = [(n, compact(line)) for n, line in enumerate(lines[1:]) if line.strip()]
    return (compact(lines[0]), lines[1:]) if _opened(following, addressed=True) else ("", lines)


def _may_head(lines: list[Line], i: int) -> bool:
    """Line i may open such a title ('关于…', '…委员会关于…'): no other line is read further (hostile input repeats lines)."""
    first = compact(lines[i].text) if lines[i].kind == TEXT else ""
    return bool(regexes.TITLE_START.match(first) or regexes.ISSUER_TITLE_LINE.match(first))


def _content(lines: list[Line], i: int, most: int = HEAD_LINES) -> list[tuple[int, str]]:
    """(index, compact text) of the printed lines from i, to the page's end, as many as a head holds."""
    content = []
    for k, text in itertools.islice(content_lines(lines, i), most):
        if text is None:
            break
        content.append((k, compact(text)))
    return content


def _title(content: list[tuple[int, str]]) -> tuple[str, int] | None:
    """(the title, how many lines it takes) when the lines open with a heard paper's title."""
    if not content or not regexes.TITLE_START.match(content[0][1]) and not regexes.ISSUER_TITLE_LINE.match(content[0][1]):
        return None
    title = ""
    for n, (_, text) in enumerate(content[:MAX_TITLE_LINES], start=1):
        if not title_line(text) or len(title) + len(text) > MAX_TITLE_LENGTH:
            return None
        title += text
        if title.endswith(HEARD_ENDS) and regexes.HEARD_TITLE.match(title):
            return title, n
    return None


def _committee(text: str) -> bool:
    return bool(regexes.REPORT_COMMITTEE.match(text))


def _opened(after: list[tuple[int, str]], addressed: bool) -> bool:
    """The lines under the title open such a paper: its salutation (or, under a committee's line, its addressee) within its
    occasion and speaker's lines, no sentence before it."""
    for _, text in after[: MAX_REPORT_HEAD_LINES + 1]:
        if _opening(text, addressed):
            return True
        if regexes.SENTENCE_PUNCTUATION.search(text):
            return False
    return False


def _opening(text: str, addressed: bool) -> bool:
    return bool(regexes.REPORT_ADDRESSEE.match(text) if addressed else regexes.REPORT_SALUTATION.match(text))


def _openings_before(lines: list[Line], i: int, addressed: bool) -> list[int]:
    """The lines of i's page, before it, that open such a paper."""
    found = []
    for k in range(i - 1, -1, -1):
        if lines[k].kind == PAGE_BREAK:
            break
        if lines[k].kind == TEXT and _opening(compact(lines[k].text), addressed):
            found.append(k)
    return found[::-1]


def _frame_of_kind(lines: list[Line], k: int, addressed: bool) -> bool:
    block = read_framed_heard(lines, k)
    return block is not None and bool(block.committee) == addressed


def over_salutation(lines: list[Line], floor: int, salutation: int) -> int:
    """The first of the lines over a salutation that are a paper's occasion and speaker, back to its occasion line, to the end
    of what the page printed before (a sentence's end, a signature's date, a numbered part's heading) or to floor."""
    first, taken = salutation, 0
    for k in range(salutation - 1, floor - 1, -1):
        if lines[k].kind == PAGE_BREAK or taken == MAX_REPORT_HEAD_LINES:
            break
        text = "".join(lines[k].text.split())
        if not text:
            continue
        if regexes.SENTENCE_END.search(text) or regexes.DATE_LINE.match(in_digits(text)) or regexes.STRUCTURAL_START.match(text):
            break
        first, taken = k, taken + 1
        if regexes.REPORT_OCCASION.match(in_digits(text)):
            break
    return first

"""The entries of a list of appointments (人事任免), each re-joined across the line breaks of its print up to its closing '；'
or '。', and the lines heading them: '戴源涌、林志海任温州市住房公积金管理' + '中心副主任（试用期一年）；' -> one entry. Used by
issues/parser/appointments.py."""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.appointment_headings import Heading, heading, notice_furniture, notice_issuer, titles_joined
from issues.parser.appointment_list_end import ENTRY_ENDS, ends_an_entry, opens_a_statement
from issues.parser.dates import in_digits
from issues.parser.text import split_top_level

MAX_HEADING = 60  # '…常务委员会第' over '七次会议决定：': what a column broke off a decider's line is no longer


def entries(lines: list[str], notice: list[str]):
    """Headings as Heading, and each entry re-joined across line breaks up to its '；' or '。'; the lines
    of a notice's title block and signature go to `notice`, and those naming its issuer come as Notice too."""
    pending = ""
    lines = titles_joined(lines)  # '…常务委员会' + '关于…代理…' + '…职务的决定': one title line
    for n, line in enumerate(lines):
        text = line.strip()
        following = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if notice_furniture(text, following):
            notice.append(text)
            if issued := notice_issuer(text, following):  # the notice's issuer, in its title or its signature
                yield issued
            if adopted := regexes.ADOPTION_LINE.match(in_digits("".join(text.split()))):  # who adopted a roll or decision
                yield Heading(decided_by=adopted["body"], action=None)
            continue
        found = heading(text)
        if (found or _closes_a_heading(text, pending)) and pending and not opens_a_statement(pending) \
                and not ends_an_entry(pending) and (joined := heading(pending + text)):
            found, pending = joined, ""  # '…第二十八次会' + '议决定：' · '…第二十次会议决' + '定：', never '李四为A局局长' + '免去：'
        if found:
            if pending:
                yield pending
                pending = ""
            yield found
            continue
        if holders := regexes.POST_HOLDERS_LINE.match(text):  # '区人民政府副区长：文献、田利跃': an entry of its own
            if pending:
                yield pending
            yield f"{holders['persons']}为{holders['post']}"
            pending = ""
            continue
        if pending and opens_a_statement(text) and ends_an_entry(pending):  # '张三为A局局长' + '李四为B局局长', unpunctuated
            yield pending
            pending = ""
        *ended, pending = _sentences(pending + text)
        yield from ended
    if pending:
        yield pending


def _closes_a_heading(text: str, pending: str) -> bool:
    """'定：' under '台州市第六届人大常委会第二十次会议决': the end of a decider's line a column broke, a heading only with the
    line above (a short one: a heading's length, never a long entry pending)."""
    return text.endswith(("：", ":")) and len(pending) <= MAX_HEADING


def _sentences(text: str) -> list[str]:
    """'林涛任A。免去郭玮的B职务。' -> both entries, each with its '。', and '' for nothing pending; an entry not yet
    ended ('戴源涌、林志海任温州市住房公积金管理') last, to be continued by the next line."""
    if "。" not in text:  # most lines: no bracket-aware walk over a long entry pending (hostile input: 5,000 lines took 2 min)
        text = text.strip()
        return [text, ""] if text.endswith(ENTRY_ENDS) else [text] if text else [""]
    parts = [part + "。" for part in split_top_level(text, "。")]
    if parts and not text.rstrip().endswith("。"):
        parts[-1] = parts[-1][:-1]
    if not parts or parts[-1].endswith(ENTRY_ENDS):
        parts.append("")
    return parts

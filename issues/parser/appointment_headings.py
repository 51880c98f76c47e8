"""The lines heading a list of appointments (人事任免): who decided it and the list's action ('市人民政府决定：', '免去：',
'…常务委员会第七次会议：', '国务院任免国家工作人员：'), and the title block and signature of a notice printing its decision.
Used by issues/parser/appointments.py, and by the section finders to tell a list from a document's text."""

from __future__ import annotations

from dataclasses import dataclass

from issues.parser import appointment_deciders as deciders, regexes
from issues.parser.appointment_posts import APPOINT, DISMISS
from issues.parser.dates import in_digits

ACCEPT = "accept"  # a '决定接受：' list: each entry a resignation accepted, a dismissal once read
MAX_TITLE_BLOCK_LINES = 4  # an issuer's line and a title wrapped over three: '…常务委员会' + '关于…' + '…' + '…的决定'


@dataclass
class Heading:
    """A '市人民政府决定：' or '免去：' line: who decided (if it says) and the list's action."""

    decided_by: str | None
    action: str | None  # None: an adoption line, which names who decided only


@dataclass
class Notice:
    """A line of a notice printing its decision that names the body issuing it: its title ('遂宁市人民政府关于林海等职务任免的通知') or,
    signed, the issuer's line over its date. The notice decides the rows it prints that name no decider of their own."""

    issuer: str
    signed: bool


def notice_issuer(text: str, following: str) -> Notice | None:
    """The Notice a line of a notice's title block or signature makes: '…人民政府关于张三等职务任免的通知' -> its issuer;
    '…人民政府' over '2018年12月21日' -> signed by it; None for any other line (an order's signer is no issuer's line)."""
    compacted = "".join(text.split())
    if (titled := regexes.NOTICE_TITLE_ISSUER.match(compacted)) and regexes.APPOINTMENT_NOTICE_TITLE.match(compacted):
        return Notice(issuer=titled["issuer"], signed=False)
    if regexes.ISSUER_LINE.match(compacted) and regexes.DATE_LINE.match(in_digits("".join(following.split()))):
        return Notice(issuer=compacted, signed=True)
    return None


def opens_a_list(lines: list[str]) -> bool:
    """The first line, or the first two joined ('…常务委员会第' + '七次会议决定：'), name who decided a list ('市人民政府决定：',
    '…会议：'): a list's heading that names no decider ('免去：') does not tell a list from a document's text."""
    joined = lines[0] + (lines[1] if len(lines) > 1 else "")
    found = heading(lines[0]) or (len(lines) > 1 and heading(joined))
    return bool(found and found.decided_by)


def _undated(line: str) -> str:
    """'…第七次会议于2023年5月31日决定：' -> '…第七次会议决定：': a decider's line without the day it prints inside (the day that
    opens a line, '2023年5月31日，…', is dropped by the patterns) and without the spaces a column sets ('…会议 决定：')."""
    return regexes.DAY_INSIDE_DECIDER.sub("", "".join(in_digits(line).split()))


def notice_furniture(text: str, following: str) -> bool:
    """A line of the title block or signature of a notice printing its decision ('温州市人民政府关于陈晓东等同志
    职务任免的通知', '温政人〔2008〕12号', '各县（市、区）人民政府…：', '温州市人民政府' over its date, an order's
    '中华人民共和国主席令' and '（第四十号）', its signer '中华人民共和国主席 胡锦涛' over its date)."""
    compacted = "".join(text.split())
    return bool(
        regexes.APPOINTMENT_NOTICE_TITLE.match(compacted)
        or regexes.DOC_NUMBER_FULL.match(compacted)
        or regexes.ORDER_ISSUER_LINE.match(compacted)  # '中华人民共和国主席令' over '（第四十号）'
        or regexes.ORDER_SERIAL_PRINTED.match(compacted)
        or regexes.ADDRESSEE_LINE.match(compacted)
        or regexes.DATE_LINE.match(in_digits(compacted))
        or regexes.ADOPTION_LINE.match(in_digits(compacted))  # '（2011年7月18日…会议通过）' under a decision's title
        or ((regexes.ISSUER_LINE.match(compacted) or regexes.SIGNER_LINE.match(text))  # '中华人民共和国主席 胡锦涛'
            and regexes.DATE_LINE.match(in_digits("".join(following.split()))))
    )


def titles_joined(lines: list[str]) -> list[str]:
    """The lines with a notice's or decision's title block printed over several lines joined into its title line, its issuer's
    line over it included ('巴彦淖尔市人民代表大会常务委员会' + '关于张鸿福同志代理巴彦淖尔市人民' + '政府市长职务的决定' -> one line,
    which notice_furniture and notice_issuer read): read line by line, the issuer's line went into the decision's first entry."""
    out: list[str] = []
    n = 0
    while n < len(lines):
        width = max(decision_title_width(lines, n), 1)
        out.append("".join("".join(line.split()) for line in lines[n : n + width]) if width > 1 else lines[n])
        n += width
    return out


def decision_title_width(lines: list[str], n: int) -> int:
    """How many lines from `n` print the title of a 任免 notice or decision: '…常务委员会' over '关于…代理…职务的决定', '…人民政府关于
    张三等职' over '务任免的通知', a '关于…' title wrapped or on one line; 0 where none starts. Only its issuer's own line may stand
    before 关于: never a line over it ('…统计局', a table's producer) nor a report's words ('会议表决通过了…关于任命…的决定')."""
    joined = ""
    for width in range(1, MAX_TITLE_BLOCK_LINES + 1):
        if n + width > len(lines):
            return 0
        joined += "".join(lines[n + width - 1].split())
        if regexes.SENTENCE_PUNCTUATION.search(joined):
            return 0
        if regexes.APPOINTMENT_NOTICE_TITLE.match(joined):
            return width if _opened_by_its_issuer(joined, "".join(lines[n].split())) else 0
    return 0


def _opened_by_its_issuer(title: str, first: str) -> bool:
    """'…常务委员会关于…' printed from its first line, the issuer that line or the words before its 关于 (or no issuer: '关于…'); never
    a sentence citing the notice ('根据市委关于有关同志职务调整的通知')."""
    issuer = regexes.NOTICE_TITLE_ISSUER.match(title)
    return not issuer or bool(regexes.ISSUER_LINE.match(issuer["issuer"])) and not regexes.CITING_WORDS.match(title) and (
        first == issuer["issuer"] or first.startswith(issuer["issuer"] + "关于"))


def without_grounds(text: str) -> str:
    """A decision without why it was made, who asked for it and who reported it, before who decided: '根据工作需要，经市政府研究
    决定：' -> '经市政府研究决定：' · '根据市人民政府市长李延春的提请，会议决定：' -> '会议决定：' · '据…官方微信消息，…会议决定：' ->
    '…会议决定：'."""
    return regexes.DECIDER_PROPOSER.sub(r"\g<meeting>", regexes.DECISION_GROUNDS.sub("", regexes.REPORT_SOURCE.sub("", text)))


def heading(text: str) -> Heading | None:
    undated = _undated(text)
    found = _heading(without_grounds(undated))
    if found:  # '根据《…》…的规定，…第二十次会议决定：': the meeting
        found.decided_by = deciders.after_grounds(found.decided_by, undated)
    return found


def _heading(text: str) -> Heading | None:
    if meeting := regexes.MEETING_HEADING.match(text):  # '…常务委员会第七次会议：' over '决定任命…' items
        return Heading(decided_by=meeting["decider"], action=APPOINT)
    if (cited := regexes.APPOINTMENT_DECISION_CITED.match(in_digits(text))) and not cited["rest"]:
        return Heading(decided_by=cited["decider"] + "决定", action=APPOINT)  # '根据…会议于…的决定：'
    if titled := regexes.APPOINTMENT_LIST_TITLE.match(text):  # '国务院任免国家工作人员：'
        return Heading(decided_by=titled["body"] + titled["title"], action=APPOINT)
    if appointed := regexes.APPOINTED_LIST_TITLE.match(text):  # '国务院任命…主要官员：'
        return Heading(decided_by=appointed["decider"], action=APPOINT)
    if roll := regexes.APPOINTMENT_ROLL_TITLE.match(text):  # '…常务委员会任命名单', its decider the adoption line's
        return Heading(decided_by=text, action=DISMISS if roll["action"] in ("免职", "免去") else APPOINT)
    if regexes.APPOINTMENT_BODY_TITLE.match(text):  # '长宁区人大常委会人事任免': the section's title, deciding nothing itself
        return Heading(decided_by=None, action=APPOINT)
    if regexes.APPOINTMENT_DECIDER_TITLE.match(text):  # '省委决定' over its list, never glued to the heading under it
        return Heading(decided_by=text, action=APPOINT)
    match = regexes.APPOINTMENT_DECIDER.match(text)
    if not match or not ("决定" in match["decider"] or match["verb"]):
        return None
    action = {"免去": DISMISS, "免职": DISMISS, "接受": ACCEPT}.get(match["verb"], APPOINT)
    # '决定接受：' names no one who decided: the decider above it still decides
    decided_by = match["decider"] if "决定" in match["decider"] and not match["decider"].startswith("决定") else None
    return Heading(decided_by=decided_by, action=action)

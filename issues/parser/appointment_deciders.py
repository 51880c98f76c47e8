"""Who decided an appointment (人事任免's decided_by), for issues/parser/appointments.py.

A row's decider is the body its decision names: the list's heading ('市人民政府决定：'), the decision's own opening
('国务院免去…', '省政府决定免去…', '…第二十六次会议4月1日决定，' without its day), or the meeting named before its verb
('市七届人大常委会第二十三次会议接受…'). A decision that names no body ('会议决定：', '决定任命…', '会议以无记名投票的方式，
决定…', a '任命：' list) was taken by the meeting its section named last, in a heading ('…常务委员会第七次会议决定：'), in a
decision ('…第二十三次会议表决通过，决定任命…') or in the sentence opening a report ('…人大常委会举行第35次会议。'): its rows
carry that meeting as printed ('…第35次会议'). Where the section named none, who decided is unknown: None (null in the export),
never a '会议决定' that names no one. A meeting named in a report's sentence ('…第三十次会议决定，X任…', '…会议21日决定，'), over a
list by its vote ('…第九次会议表决通过：') or after a decision's legal basis ('根据《…》…的规定，…第二十次会议决定：') is decided_by
as the meeting alone; a list's own heading ('…第六次会议决定：') keeps its words as printed.
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import regexes
from issues.parser.appointment_posts import APPOINT, DISMISS
from issues.parser.dates import in_digits
from issues.parser.records import ParsedAppointment
from issues.parser.warnings import LOSS, ParseWarning


def on_its_line(item: str) -> tuple[str, str, str] | None:
    """(who decided, the list's action, the rest) of an item printing its decider before its first statement:
    '国务院任免国家工作人员，林涛任…' · '…会议决定：任命…' · '…会议4月1日决定，接受…' (without the day) · '根据…会议于…的决定：免去…'
    · '在当天举行的会议上，…，决定：免去…' (the meeting, named in passing: '会议决定'); None when it prints none."""
    if titled := regexes.APPOINTMENT_LIST_TITLE_INLINE.match(item):
        return titled["body"] + titled["title"], APPOINT, titled["rest"] or titled["next"]
    if reported := regexes.APPOINTMENT_REPORTED_DECIDER.match(item):  # (中山, joined for the test)
        return "会议决定", APPOINT, reported["rest"]
    if inline := regexes.APPOINTMENT_INLINE_DECIDER.match(regexes.APPOINTMENT_DAY_PREFIX.sub("", item)):
        decider = regexes.DECIDER_DATE.sub("", inline["decider"])
        also = regexes.ALSO_DECIDED.search(decider)  # '…第三十五次会议还决定：' tells of a meeting in a sentence, never heads a list
        if inline["separator"] in "，," or decider != inline["decider"] or also:  # a report's sentence naming its meeting
            decider = meeting_of(decider) or regexes.ALSO_DECIDED.sub("", decider)  # '会议还决定' -> '会议决定'
        return decider, DISMISS if inline["verb"] == "免去" else APPOINT, inline["rest"]
    meeting = regexes.MEETING_HEADING_INLINE.match(item)  # '…第二十次会议：决定任命…', as '…会议：' over its items
    if meeting and (meeting["voted"] or meeting["rest"].startswith("决定")):  # '…第二十一次会议表决任命：杨晋柏任…' 
        return meeting["decider"], APPOINT, meeting["rest"]
    if (cited := regexes.APPOINTMENT_DECISION_CITED.match(in_digits(item))) and cited["rest"]:
        return cited["decider"] + "决定", APPOINT, cited["rest"]
    return None


def of_opening(prefix) -> str:
    """Who a decision's opening names ('会议决定', '国务院', '国务院任免国家工作人员', the meeting before its verb as printed:
    '市七届人大常委会第二十三次会议', also before 决定 and the day it prints: '…第二十六次会议4月1日决定，' -> '…第二十六次会议');
    '' for an opening that names no one ('批准', '会议')."""
    if not prefix or not prefix[0]:
        return ""
    text = regexes.CONNECTIVE.sub("", regexes.DECIDER_DATE.sub("", prefix[0])).rstrip("：:，, ")  # '同时，决定' -> '决定'
    text = regexes.DECIDER_MANNER.sub("", text)  # '会议以无记名投票的方式，决定' -> '会议决定'
    if meeting := meeting_of(text):  # '…第二十三次会议接受…' · '…第二十三次会议表决通过，决定': the meeting, as printed
        return meeting
    return text if "决定" in text or "任免" in text or regexes.DECIDING_BODY_ALONE.match(text) else ""


def carried_on(decider: str) -> str:
    """'…常务委员会第七次会议决定' or '…第七次会议' -> itself: a decider naming its meeting, printed without a colon over the first of its
    items, decides the items after it; '会议决定' or '决定' alone names no one to carry on ('' then)."""
    named = decider.endswith("会议决定") and len(decider) > len("会议决定") or decider.endswith("会议") and meeting_of(decider)
    return decider if named else ""


def after_grounds(decider: str | None, text: str) -> str | None:
    """A decision printed whole, its legal basis before the meeting deciding it, has that meeting as its subject: '根据《…组织法》
    第二十七条的规定、…，市第十五届人大常务委员会第三十五次会议决定：接受…' -> '市第十五届人大常务委员会第三十五次会议' (as a report's
    sentence naming its meeting); a list under the meeting's own line ('…第六次会议决定：') keeps its decider as printed."""
    if decider and regexes.DECISION_GROUNDS.match(text.strip()):
        return meeting_of(decider) or decider
    return decider


def meeting_of(decider: str | None) -> str | None:
    """The meeting a decider names, by its number ('…常务委员会第七次会议决定' · '…第七次会议' · '市政府第12次常务会议研究决定'
    -> '…第七次会议' · '市政府第12次常务会议'); None for a body ('市人民政府决定') or a meeting unnamed ('会议决定')."""
    match = regexes.MEETING_IN_DECIDER.match(decider or "")
    return match["meeting"] if match else None


def report_opening(item: str) -> tuple[str, str] | None:
    """(the meeting, what is left to read) of a report's opening sentence: '1月15日下午，市十四届人大常委会第二十次会议举行。' ->
    ('市十四届人大常委会第二十次会议', ''); '…人大常委会召开第四十三次会议，决定任命…' -> ('…人大常委会第四十三次会议', '决定任命…');
    the request it reviewed, which its decision answers ('…第十八次会议，审议了程用文提出的辞去所任职务的请求。'); the item
    whole after a clause that decides nothing ('…召开第二十五次会议，会议由…主持。', a loss quoting it). None for any
    other item."""
    match = regexes.REPORT_OPENING.match(item)
    if not match:
        return None
    rest = item[match.end() :].strip("，,。 ")
    if regexes.MATTERS_ADOPTED.match(rest):  # '…1月8日举行，审议并表决通过有关人事任免事项。': the decisions follow
        return match["body"] + match["number"], ""
    decides = not rest or on_its_line(rest) or regexes.DECISION_PREFIX.match(rest) or regexes.RESIGNATION_REQUEST.match(rest)
    return match["body"] + match["number"], rest if decides else item


def with_meeting(rows: list[ParsedAppointment], meeting: str | None) -> list[ParsedAppointment]:
    """Each row whose decider names no body ('会议决定', '决定', '') as decided by `meeting` (the section's last named, as
    printed: '…第三十三次会议'), or by no one known (None)."""
    return [replace(row, decided_by=meeting)
            if not row.decided_by or regexes.DECIDER_NAMING_NO_ONE.match(row.decided_by) else row for row in rows]


def signed_by(rows: list[ParsedAppointment], issuer: str) -> list[ParsedAppointment]:
    """The rows a notice prints whose decision names no body ('根据工作需要，决定：'), as decided by the body that issues and
    signs the notice ('…市人民政府' over its date); a row naming its own decider keeps it."""
    return [replace(row, decided_by=issuer) if row.decided_by is None else row for row in rows]


def told_if_opening_with_a_month(rows: list[ParsedAppointment], warnings: list | None) -> list[ParsedAppointment]:
    """The rows as read; a decider opening with a month ('4月份市政府市政府决定免去') holds the words of a month heading
    ('4月份市政府人事任免') read into the decider line under it: a loss warning quoting it, once, so staff correct it."""
    glued = list(dict.fromkeys(row.decided_by for row in rows
                               if row.decided_by and regexes.DECIDER_OPENING_WITH_MONTH.match(row.decided_by)))
    if glued and warnings is not None:
        warnings.append(ParseWarning(LOSS, "appointment_decider_month", "任免的决定机关以月份开头，可能把栏目标题（「N月份市政府人事任免」）"
                                     "读进了决定机关：请核对原文", section="机构人事", lines=glued))
    return rows

"""An appointment entry's words as the parser reads its statements (issues/parser/appointments.py), and as coverage compares
a line with the rows (issues/parser/coverage.py): the day and legal basis it opens with dropped, other verbs read as 任命 and 免去,
decisions adopted by their title read as the decisions they name, a post that ends read as a dismissal from it."""

from __future__ import annotations

from issues.parser import appointment_names, regexes
from issues.parser.dates import counted


def as_read(sentence: str) -> str:
    """The sentence worded as the parser reads its statements (coverage compares what is left with the rows): a list of holders
    as appointments, its day, grounds, titled decisions, adopted rolls and synonyms as opening reads them."""
    return opening(appointment_names.holders_listed(sentence))


def opening(entry: str) -> str:
    """The entry without the day and the legal basis it opens with, its verbs as 任命 and 免去 ('解聘李二的…职务',
    '免除张三…一职' as '免去张三…职务', '孟伟的…职务相应终止' as '免去孟伟的…职务', the passive '甲被任命为A' as '任命甲为A', '任命甲任A' as
    '甲任A'), a decision adopted by its title as
    the decision ('会议通过关于接受甲辞去A职务的请求的决定' as '接受甲辞去A职务的请求')."""
    entry = regexes.APPOINTMENT_BASIS.sub("", regexes.APPOINTMENT_DAY_PREFIX.sub("", entry))
    entry = regexes.RESIGNED_AGAIN.sub("、", regexes.REQUESTED_RESIGNATION.sub(r"\g<accepted>", entry))  # '接受甲请求辞去A职务、辞去B职务'
    entry = regexes.ADOPTED_DECISION.sub(_adopted_decision, regexes.ADOPTED_ROLL.sub("", entry))
    entry = regexes.ADOPTED_APPOINTMENTS.sub(_adopted_appointments, entry)  # '通过了对甲、乙两位A的任命'
    entry = regexes.DISMISS_SYNONYM.sub("免去", regexes.APPOINT_SYNONYM.sub("任命", regexes.ACCEPT_SYNONYM.sub("接受", entry)))
    entry = regexes.ELECTED.sub(r"任命\g<persons>为", entry)  # '夏林茂当选为…区长' as '任命夏林茂为…区长'
    entry = regexes.PASSIVE_APPOINTED.sub(r"任命\g<persons>为", entry)  # '王安顺被任命为…' as '任命王安顺为…'
    entry = regexes.PASSIVE_DISMISSED.sub(r"免去\g<persons>的", entry)  # '甲被免去A职务' as '免去甲的A职务'
    entry = regexes.APPOINTED_TO_HOLD.sub("", entry)  # '决定任命甲任A、乙任B' as '决定甲任A、乙任B'
    entry = regexes.CONCURRENT_POST_DISMISSED.sub(r"\g<named>的", entry)  # '免去秦刚兼任的外交部部长职务'
    return _terminated_as_dismissal(regexes.ONE_POST.sub("职务", entry))  # '免除…局长一职'


def _adopted_decision(adopted) -> str:
    """'…通过了关于接受甲辞去A职务请求的决定、关于接受乙辞去B职务请求的决定' -> '接受甲辞去A职务请求，接受乙辞去B职务请求': each
    decision a statement of its own (a 、 between two would join the second to the first's posts); a person decided on without a
    verb is decided ('…关于提请决定张术平为…代理市长的议案' -> '决定张术平为…代理市长' · '关于金湘军代理…省长的决定' -> '决定金湘军代理…省长')."""
    if adopted["kind"] == "议案" and regexes.PROPOSAL_NAMING_NO_POST.match(adopted["decision"]):
        return adopted["joined"] if adopted["joined"] in "，,；;" else ""  # '关于提请任命龚正职务的议案': the decision after it names the post
    decided = "" if adopted["decision"].startswith(("接受", "任命", "免去")) else "决定"
    return ("，" if adopted["joined"] in ("、", "和") else adopted["joined"]) + decided + adopted["decision"]


def _adopted_appointments(adopted) -> str:
    """'通过了对甲、乙两位A和16位B的任命' -> '任命甲、乙为A，任命16位B': the people named appointed, those only counted a statement
    no row reads (a note: no one to give a row); more counted than named ('对甲两位A', '对甲、乙等18名A') -> '任命甲等两名为A', the
    others quoted as lost."""
    named = len(adopted["persons"].split("、"))
    counted_all = not adopted["others"] and counted(adopted["count"].replace("两", "二")) == named
    others = "" if counted_all else f"等{adopted['count']}名"
    unnamed = f"，任命{adopted['unnamed']}" if adopted["unnamed"] else ""
    return f"任命{adopted['persons']}{others}为{adopted['posts']}{unnamed}"


def _terminated_as_dismissal(entry: str) -> str:
    """'孟伟的…副主任委员职务相应终止' -> '免去孟伟的…副主任委员职务' (and '其…职务自然终止' -> '免去其…职务'): a post that
    ends with its holder's mandate is a dismissal from it."""
    match = regexes.POST_TERMINATED.match(entry.strip().rstrip("；;。"))
    if not match:
        return entry
    return f"免去其{match['posts']}" if match["their"] else f"免去{match['persons']}的{match['posts']}"

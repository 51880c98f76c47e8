"""Sentences under 人事任免 that decide nothing (issues/parser/appointments.py): a meeting's narrative (who held, chaired or
attended it) is a note quoting it; a career told ('杨斌此前任通州区委书记', '此前担任…的应勇于…已改任…') is taken out of its
entry and quoted in a loss warning, for read as '<name>任<post>' it made rows of a person named 此前."""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.text import split_top_level
from issues.parser.warnings import LOSS, NOTE, ParseWarning


def is_meeting_narrative(entry: str, warnings: list | None) -> bool:
    """'…主持会议，副主任…出席。': a report's sentence deciding nothing, noted in `warnings`."""
    if not regexes.MEETING_NARRATIVE.match(entry.strip()):
        return False
    if warnings is not None:
        warnings.append(ParseWarning(NOTE, "appointment_narrative", "会议报道中没有任免的叙述句（举行、主持、出席）：不作任免记录",
                                     section="机构人事", lines=[entry]))
    return True


def is_party_decision_told(entry: str, warnings: list | None) -> bool:
    """'根据中共中央决定，廖国勋任上海市委副书记，不再担任…职务。': why the meeting decides what follows, told; a loss quoting it
    (read as rows, it gave the person's party posts decided by '根据中共中央决定')."""
    if not regexes.PARTY_DECISION_TOLD.match(entry.strip()):
        return False
    if warnings is not None:
        warnings.append(ParseWarning(LOSS, "appointment_background", "这一句转述党委的决定（根据…决定、宣布…决定），不是本栏的任免决定："
                                     "未作任免记录，请核对", section="机构人事", lines=[entry]))
    return True


def without_career(entry: str, warnings: list | None) -> str:
    """The entry without its statements telling a career, each quoted in a loss warning ('' when nothing else is left)."""
    pieces = split_top_level(entry.strip(), "，,")
    told = [piece for piece in pieces if regexes.BACKGROUND_STATEMENT.match(piece.strip("。；; "))]
    if not told:
        return entry
    if warnings is not None:
        warnings.append(ParseWarning(LOSS, "appointment_background", "这一句叙述任职经历（此前、曾任、已改任、调任），不是任免决定："
                                     "未作任免记录，请核对", section="机构人事",
                                     lines=[entry, *told] if len(told) < len(pieces) else [entry]))
    return "，".join(piece for piece in pieces if piece not in told).strip("，, ")

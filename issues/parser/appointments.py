"""Personnel appointments and dismissals (人事任免): one record per person, action and post. v0."""

from __future__ import annotations

from issues.parser.records import ParsedAppointment


def parse(lines: list[str]) -> list[ParsedAppointment]:
    out = []
    decided_by = ""
    for line in lines[1:]:  # the heading ("6月份市政府人事任免") first
        text = line.strip().rstrip("；;。")
        if text.endswith(("决定：", "决定:")):
            decided_by = text[:-1]
        elif "任" in text:
            person, _, post = text.partition("任")
            out.append(ParsedAppointment(person=person, action="appoint", position=post, decided_by=decided_by))
    return out

"""人事任免 naming some people and counting them (issue 21 §1; issues/parser/regexes/appointment_reports.py ADOPTED_APPOINTMENTS,
regexes/appointments.py APPOINT_LISTED): appointments adopted as '对甲、乙两位A的任命', and '甲等3名同志为A' after a comma. Each
person named gives their row; a post never holds '等N名'; more people counted than named, a loss quoting them. Sources:
tests/data/SOURCES.md, "appt18"."""

import pytest

from issues.parser import parse_issue
from tests.printed_issues import issue_text

TONGZHOU_COURT = "通州区人民法院审判员"
TONGZHOU_MONITORS = "北京市通州区监察委员会"
TONGZHOU_PROCURATORS = "北京市通州区人民检察院检察委员会委员"
COUNTED = [
    # 通州 2022-05 (renda.bjtzh.gov.cn)'s decision, worded for the test with the last person's colleagues counted, not named
    pytest.param(["经无记名投票表决，决定任命吴斌为北京市通州区监察委员会副主任，林长春为北京市通州区信访办公室主任，刘军伟等3名同志为"
                  "北京市通州区人民检察院检察委员会委员。"],
                 [("吴斌", "appoint", f"{TONGZHOU_MONITORS}副主任"), ("林长春", "appoint", "北京市通州区信访办公室主任"),
                  ("刘军伟", "appoint", TONGZHOU_PROCURATORS)], ["appointment_part_unread"],
                 id="colleagues_counted_after_a_comma_are_a_loss_never_a_post"),
    # the same, two people named over the first post (the people named before 为 after the comma stay one statement)
    pytest.param(["决定任命吴斌、林长春为北京市通州区监察委员会副主任，刘军伟等3名同志为北京市通州区人民检察院检察委员会委员。"],
                 [("吴斌", "appoint", f"{TONGZHOU_MONITORS}副主任"), ("林长春", "appoint", f"{TONGZHOU_MONITORS}副主任"),
                  ("刘军伟", "appoint", TONGZHOU_PROCURATORS)], ["appointment_part_unread"],
                 id="colleagues_counted_after_two_people_named_over_a_post"),
    # 通州 2023-03 (运河商报)'s people and posts, worded for the test as a report names the appointments it adopted, the assessors
    # counted, not named (no one to give a row: a note), the commissions handed over after a comma
    pytest.param(["会议表决通过了对李春雨、何娇两位通州区人民法院审判员和16位人民陪审员的任命，并为他们颁发了任命书。"],
                 [("李春雨", "appoint", TONGZHOU_COURT), ("何娇", "appoint", TONGZHOU_COURT)], [],
                 id="appointments_adopted_of_people_counted_before_their_post"),
    pytest.param(["会议表决通过了对李春雨、何娇、徐莉三位同志通州区人民法院审判员的任命。"],
                 [(name, "appoint", TONGZHOU_COURT) for name in ("李春雨", "何娇", "徐莉")], [],
                 id="appointments_adopted_of_three_comrades"),
    # more counted than named: rows for those named, a loss quoting the others
    pytest.param(["会议表决通过了对李春雨、何娇等18名通州区人民法院审判员的任命。"],
                 [("李春雨", "appoint", TONGZHOU_COURT), ("何娇", "appoint", TONGZHOU_COURT)], ["appointment_part_unread"],
                 id="appointments_adopted_of_more_people_than_named"),
]


@pytest.mark.parametrize("lines, expected, losses", COUNTED)
def test_each_person_named_gives_a_row_and_people_only_counted_a_loss(lines, expected, losses):
    parsed = parse_issue(issue_text(2023, 3, [("人事任免", "3月份人事任免", lines)]))
    assert [(a.person, a.action, a.position) for a in parsed.appointments] == expected
    assert not any("等" in a.position and "名" in a.position for a in parsed.appointments)
    told = [w for w in parsed.warnings if w.level == "loss" and w.kind != "toc_entry_empty"]
    assert [w.kind for w in told] == losses

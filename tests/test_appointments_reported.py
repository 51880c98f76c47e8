"""Appointments told in a standing committee meeting's report (issue 21 §1; issues/parser/regexes/deciders.py DECISION_PREFIX,
DECIDER_MANNER; regexes/appointments.py POST_START, _POST_TITLE_WORDS): a sentence of its own opening with 决定 before the person
who 任 a post and acts in another ('决定X任A、代理B职务'); a list adopted ('会议表决通过了人事任免职名单，决定任命…'); a dismissal
of a post opening with a bare level's government ('免去X市政府…职务'); people named over a committee's members ('…委员会组成人员'),
wrapped over lines.

The decided_by convention kept: a sentence opening 决定 or 会议 names no meeting of its own, so its rows are decided by the meeting
named before in the section (as printed, without its day), or by no one known (None); never the words of the sentence
('会议表决通过了人事任免职名单，决定'). Sources: tests/data/SOURCES.md, "appt19"."""

import pytest

from issues.parser import appointments

TONGZHOU_11 = "区七届人大常委会第十一次会议"  # 北京 通州 2023-03 (运河商报)
TONGZHOU_GOVERNMENT = "北京市通州区人民政府"
SHANGHAI_48 = "上海市十五届人大常委会第四十八次会议"  # 上海 2023-01 (澎湃新闻 as bjtitle.com printed it)
REVIEWERS = "区人大常委会代表资格审查委员会组成人员"


def rows(lines):
    """(person, action, position, qualifier, decided_by) of each row, and the loss warnings' quoted lines."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    return ([(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in found],
            [w.lines for w in warnings if w.level == "loss"])


REPORTED = [
    # 通州 2023-03's decisions worded for the test as two sentences, the second opening with 决定 and the person 任 a post and
    # acting in another (as printed: "决定郑皓副区长代理通州区人民政府区长职务")
    pytest.param([f"昨天上午，{TONGZHOU_11}决定接受孟景伟辞去{TONGZHOU_GOVERNMENT}区长职务。决定郑皓任{TONGZHOU_GOVERNMENT}副区长、"
                  f"代理{TONGZHOU_GOVERNMENT}区长职务。"],
                 [("孟景伟", "dismiss", f"{TONGZHOU_GOVERNMENT}区长", None, TONGZHOU_11),
                  ("郑皓", "appoint", f"{TONGZHOU_GOVERNMENT}副区长", None, TONGZHOU_11),
                  ("郑皓", "appoint", f"{TONGZHOU_GOVERNMENT}区长", "代理", TONGZHOU_11)],
                 id="jue_ding_ren_a_and_acting_b_as_its_own_sentence"),
    pytest.param([f"决定郑皓任{TONGZHOU_GOVERNMENT}副区长。"], [("郑皓", "appoint", f"{TONGZHOU_GOVERNMENT}副区长", None, None)],
                 id="jue_ding_ren_with_no_meeting_named_is_decided_by_no_one_known"),
    # 上海 2023-01's decisions worded for the test as a list adopted: the meeting named in the opening sentence, or no one known
    pytest.param([f"{SHANGHAI_48}1月8日举行。", "会议表决通过了人事任免职名单，决定任命郭芳、张小宏为上海市副市长，免去张为的上海市副市长职务。"],
                 [("郭芳", "appoint", "上海市副市长", None, SHANGHAI_48), ("张小宏", "appoint", "上海市副市长", None, SHANGHAI_48),
                  ("张为", "dismiss", "上海市副市长", None, SHANGHAI_48)],
                 id="list_adopted_under_the_meeting_named_before"),
    pytest.param(["会议表决通过了人事任免职名单，决定任命郭芳为上海市副市长。"], [("郭芳", "appoint", "上海市副市长", None, None)],
                 id="list_adopted_with_no_meeting_named_is_never_its_own_decider"),
    # the same, the dismissal of a post opening with a bare level's government, wrapped over lines as a raw column prints it
    # (a name of three characters: after two, '林海市人民政府…' may be a place's, a loss: tests/test_parse_appointments.py)
    pytest.param(["会议表决通过了人事任免职名单，决定任命郭芳为上海市副市长；免去张小宏市政", "府副市长职务。"],
                 [("郭芳", "appoint", "上海市副市长", None, None), ("张小宏", "dismiss", "市政府副市长", None, None)],
                 id="dismissal_of_a_post_opening_with_a_bare_levels_government"),
    # 通州 2023-03's people worded for the test as members of the committee reviewing deputies' credentials, the names on a line of
    # their own, the post wrapped over the next lines
    pytest.param([f"{TONGZHOU_11}召开。", "会议决定任命郑皓为北京市通州区人民政府副区长，任命", "李春雨、何娇、徐莉",
                  "为区人大常委会代表资格审查委员会组成人", "员。"],
                 [("郑皓", "appoint", f"{TONGZHOU_GOVERNMENT}副区长", None, TONGZHOU_11),
                  *[(name, "appoint", REVIEWERS, None, TONGZHOU_11) for name in ("李春雨", "何娇", "徐莉")]],
                 id="committee_members_named_on_a_line_of_their_own_post_wrapped"),
]


@pytest.mark.parametrize("lines, expected", REPORTED)
def test_each_reported_decision_gives_its_rows_and_who_decided_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])

"""Appointment phrasings a decision or a report prints besides 'X任Y' and '任命X为Y' (issue 21 §1; issues/parser/appointment_wording.py,
regexes/appointments.py APPOINTED_TO_HOLD, HOLDER_AFTER_PAUSE, PASSIVE_APPOINTED, PASSIVE_DISMISSED, POST_HOLDING_A_STATEMENT; regexes/
appointment_reports.py PROCEDURE_STATEMENT): one sentence deciding on several people each with their own 任 ('决定任命甲任A、乙任B，免去
丙的A职务'), broken anywhere as a raw column prints it; the passive ('甲被任命为A', '甲被免去A职务'); a decision known only by the title
of the decision adopted, its post under a bare level's government ('…关于任命甲同志为区政府代理区长的决定'). Each line gives its rows, or a
loss quoting it. Sources: tests/data/SOURCES.md, "appt20"."""

import pytest

from issues.parser import appointments

TONGZHOU = "北京市通州区人民政府"


def rows(lines):
    """(person, action, position, qualifier) of each row, and the loss warnings' quoted lines."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    return ([(a.person, a.action, a.position, a.qualifier) for a in found],
            [w.lines for w in warnings if w.level == "loss"])


def broken(text, width=14):
    """The text cut every `width` characters, as a raw two-column extraction prints a column's lines."""
    return [text[n : n + width] for n in range(0, len(text), width)]


# 北京 2020-04 (北京日报 as caixin.com reported it): "…第二十一次会议表决任命：杨晋柏任北京市副市长，亓延军任北京市副市长、市公安局局长",
# the mayor 陈吉宁 asking; worded for the test as one decision after 决定任命, the people joined by 、, 王小洪 (whom 亓延军 followed
# as 市公安局局长) dismissed after it
SEVERAL_HOLDERS = ("会议根据市人民政府市长陈吉宁的提请，经审议表决，决定任命杨晋柏任北京市副市长、亓延军任北京市公安局局长，"
                   "免去王小洪的北京市公安局局长职务。")
SEVERAL_HOLDERS_ROWS = [("杨晋柏", "appoint", "北京市副市长", None), ("亓延军", "appoint", "北京市公安局局长", None),
                        ("王小洪", "dismiss", "北京市公安局局长", None)]
# 北京 2012-07 (a bilingual news page quoting the report): "本周三，王安顺被任命为北京市副市长、代理市长。"; laid out for the test as a
# report's sentence after 通州 2022-05's "进行了人事任免" (renda.bjtzh.gov.cn) and 通州 2023-03's "新任命人员进行了宪法宣誓" (运河商报)
PASSIVE = "会上还进行了人事任免事项，王安顺被任命为北京市副市长、代理市长，新任命人员进行了宪法宣誓。"
PASSIVE_ROWS = [("王安顺", "appoint", "北京市副市长", None), ("王安顺", "appoint", "北京市代理市长", None)]

DRAFT_RESIGNATION = ("审议并表决通过了《上海市人民代表大会常务委员会关于接受廖国勋同志辞去上海市监察委员会主任职务的请求的决定（草案）》，"
                     "报上海市人民代表大会备案。")
DRAFT_ACTING = "会议审议并表决通过了《北京市通州区人民代表大会常务委员会关于郑皓同志代理北京市通州区人民政府区长职务的决定（草案）》。"

WORDINGS = [
    pytest.param([SEVERAL_HOLDERS], SEVERAL_HOLDERS_ROWS, id="several_people_each_with_their_own_ren_in_one_decision"),
    pytest.param(broken(SEVERAL_HOLDERS), SEVERAL_HOLDERS_ROWS, id="several_people_each_with_their_own_ren_broken_anywhere"),
    # a post after 、 that names no one stays the same person's post (杨晋柏's party post worded for the test)
    pytest.param(["决定任命杨晋柏任北京市副市长、市政府党组成员。"],
                 [("杨晋柏", "appoint", "北京市副市长", None), ("杨晋柏", "appoint", "市政府党组成员", None)],
                 id="a_post_after_the_pause_naming_no_one_is_the_same_persons"),
    # the second person's own 任 after an appointment worded with 为
    pytest.param(["决定任命杨晋柏为北京市副市长、亓延军任北京市公安局局长。"], SEVERAL_HOLDERS_ROWS[:2],
                 id="a_person_with_their_own_ren_after_an_appointment_worded_with_wei"),
    pytest.param([PASSIVE], PASSIVE_ROWS, id="appointed_in_the_passive_between_a_reports_words"),
    pytest.param(broken(PASSIVE, 17), PASSIVE_ROWS, id="appointed_in_the_passive_broken_after_bei"),
    # 北京 2023-12 (15jw.com): "…决定：接受刘宇辉辞去北京市副市长职务的请求", worded for the test as a dismissal told in the passive
    pytest.param(["刘宇辉被免去北京市副市长职务。"], [("刘宇辉", "dismiss", "北京市副市长", None)], id="dismissed_in_the_passive"),
    # 长宁 2023-07 (上海长宁 as jiance.nanfei.cn printed it): "…决定接受张伟同志辞去长宁区人民政府区长职务的请求，…；决定任命侯继军同志为
    # 长宁区人民政府副区长、代理区长。", worded for the test as the titles of the decisions adopted, the post under 区政府 as a report
    # shortens it, and no sentence giving the rows
    pytest.param(["会议表决通过了区人大常委会关于接受张伟同志辞去长宁区人民政府区长职务请求的决定；表决通过了区人大常委会关于任命侯继军同志"
                  "为区政府代理区长的决定。"],
                 [("张伟", "dismiss", "长宁区人民政府区长", None), ("侯继军", "appoint", "区政府代理区长", None)],
                 id="appointment_known_only_by_the_title_of_the_decision_adopted"),
    # 上海 2020-03 (上海法治报, shfzb.com.cn): "会议审议了市人大常委会《关于接受廖国勋同志辞去上海市监察委员会主任职务的请求的决定(草案)》。
    # …会议经表决，决定接受廖国勋辞去…的请求。", worded for the test as one sentence adopting the draft by its title
    pytest.param([DRAFT_RESIGNATION], [("廖国勋", "dismiss", "上海市监察委员会主任", None)],
                 id="a_draft_decision_adopted_by_its_title_gives_its_dismissal"),
    pytest.param(broken(DRAFT_RESIGNATION, 15), [("廖国勋", "dismiss", "上海市监察委员会主任", None)],
                 id="a_draft_decision_adopted_by_its_title_broken_anywhere"),
    # 通州 2023-03 (运河商报): "决定郑皓副区长代理通州区人民政府区长职务", worded for the test as the draft of that decision adopted
    pytest.param([DRAFT_ACTING], [("郑皓", "appoint", f"{TONGZHOU}区长", "代理")],
                 id="a_draft_decision_on_someone_acting_adopted_by_its_title_gives_its_acting_row"),
    # the same draft with what the decision must still be filed with, worded for the test (须报…备案)
    pytest.param([DRAFT_ACTING.replace("》。", "》，须报北京市人民代表大会常务委员会备案。")],
                 [("郑皓", "appoint", f"{TONGZHOU}区长", "代理")],
                 id="a_draft_decision_adopted_with_the_filing_it_must_still_have_gives_its_row"),
    # 北京 2001-02 (中新网: "辞去北京市人大常委会主任职务的张健民"), worded for the test as a report tells a letter of resignation accepted
    pytest.param(["会议接受了张健民辞去北京市人大常委会主任职务的辞呈。"], [("张健民", "dismiss", "北京市人大常委会主任", None)],
                 id="a_letter_of_resignation_accepted_gives_its_dismissal"),
]


@pytest.mark.parametrize("lines, expected", WORDINGS)
def test_each_wording_gives_its_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_a_draft_decision_only_reviewed_gives_no_row():
    """上海 2020-03 as 上海法治报 printed it: the draft reviewed, its decision told after (a sentence of its own): no row from the title."""
    assert rows(["会议审议了市人大常委会《关于接受廖国勋同志辞去上海市监察委员会主任职务的请求的决定（草案）》。"]) == ([], [])


@pytest.mark.parametrize("line", [
    pytest.param("会议上王安顺被任命为北京市副市长。", id="words_before_the_name"),
    pytest.param("其被任命为北京市副市长。", id="a_pronoun_for_the_name"),
])
def test_a_passive_of_no_name_gives_no_row_and_is_quoted(line):
    """'会议上张三被任命为…' (no person named 会议上张三) · '其被任命为…' (no person named 其被, post 命为…): a loss quoting the line."""
    found, losses = rows([line])
    assert found == [] and losses and losses[0][0] == line


# 通州 2023-03 (运河商报): "决定郑皓副区长代理通州区人民政府区长职务", laid out for the test as the standing committee prints the decision
# under its own title block, the issuer's line over a title wrapped as a raw column prints it, its grounds broken anywhere
DECISION_BLOCK = ["北京市通州区人民代表大会常务委员会", "关于郑皓同志代理北京市通州区人民政府", "区长职务的决定",
                  "根据《中华人民共和国地方各级人民代表大", "会和地方各级人民政府组织法》的有关规", "定，北京市通州区第七届人民代表大会常务委",
                  "员会第十一次会议决定：郑皓同志代理北京市", "通州区人民政府区长职务。"]
TONGZHOU_11 = "北京市通州区第七届人民代表大会常务委员会第十一次会议"


def test_a_decision_under_its_own_title_block_wrapped_gives_its_acting_row():
    warnings = []
    found = appointments.parse(DECISION_BLOCK, warnings=warnings)
    assert [(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in found] == [
        ("郑皓", "appoint", f"{TONGZHOU}区长", "代理", TONGZHOU_11)]
    assert [w.lines for w in warnings if w.level == "loss"] == []

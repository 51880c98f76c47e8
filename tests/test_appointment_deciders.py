"""Who decided an appointment when the sentence opening its list names the meeting (issue 21 §1; issues/parser/appointment_deciders.py):
the meeting as printed, its day left out, whether it opens a list by its vote ('…第二十一次会议表决通过：', wrapped across lines in
a raw extraction, over numbered items), decides in a report's sentence ('…第三十五次会议决定，接受…'), or is the subject of a
decision printed whole after its legal basis ('根据《…》…的规定，…第十一次会议决定：' + 'X同志代理…职务，并报…备案。'). A list's
own heading line ('…会议决定：') keeps its words as printed: tests/test_parse_appointments.py. Sources: tests/data/SOURCES.md,
"appt15"."""

import pytest

from issues.parser import appointments


def rows(lines):
    """(person, action, position, qualifier, decided_by) of each row, and the loss warnings' quoted lines."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    return ([(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in found],
            [w.lines for w in warnings if w.level == "loss"])


BEIJING_21 = "北京市十五届人大常委会第二十一次会议"  # 北京 2020-04 (财新网)
BEIJING_35 = "北京市十五届人大常委会第三十五次会议"  # 北京 2021-11 (人民网 as xncapp.cn printed it)
SHANGHAI_48 = "上海市十五届人大常委会第四十八次会议"  # 上海 2023-01 (澎湃新闻 as bjtitle.com printed it)
TONGZHOU_11 = "北京市通州区第七届人民代表大会常务委员会第十一次会议"  # 北京 通州 2023-03 (运河商报)
GROUNDS = ("根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条的规定、《北京市人民代表大会常务委员会任免"
           "国家机关工作人员条例》第二十五条的规定，")  # 北京 2021-11's decision as printed
SHANGHAI_ROWS = [("郭芳", "appoint", "上海市副市长", None, SHANGHAI_48), ("张小宏", "appoint", "上海市副市长", None, SHANGHAI_48),
                 ("张为", "dismiss", "上海市副市长", None, SHANGHAI_48),
                 ("贾宇", "appoint", "上海市高级人民法院副院长", None, SHANGHAI_48),
                 ("茆荣华", "dismiss", "上海市高级人民法院副院长", None, SHANGHAI_48)]
SHANGHAI_LIST = ["任命郭芳、张小宏为上海市副市长；", "免去张为的上海市副市长职务；",
                 "决定任命贾宇为上海市高级人民法院副院长，决定免去茆荣华的上海市高级人民法院副院长职务。"]

MEETING_NAMED = [
    # 北京 2020-04 as printed: the meeting's vote opens its list, the people each 任 their posts
    pytest.param(["4月24日，北京市十五届人大常委会第二十一次会议表决任命：", "杨晋柏任北京市副市长，亓延军任北京市副市长、市公安局局长。"],
                 [("杨晋柏", "appoint", "北京市副市长", None, BEIJING_21), ("亓延军", "appoint", "北京市副市长", None, BEIJING_21),
                  ("亓延军", "appoint", "市公安局局长", None, BEIJING_21)],
                 id="meeting_voting_its_list_before_a_colon"),
    # 上海 2023-01's decisions laid out for the test as a list under the meeting's vote: 任命A、B为P；, 免去C的P职务；, 决定任命…，决定免去…
    pytest.param(["1月8日，上海市十五届人大常委会第四十八次会议表决通过：", *SHANGHAI_LIST], SHANGHAI_ROWS,
                 id="list_under_the_meetings_vote_with_its_day_and_part"),
    pytest.param(["1月8日下午，上海市十五届人大常委会第", "", "四十八次会议表决通过：", "", "任命郭芳、张小宏为上海市副", "", "市长；", "",
                  "免去张为的上海市副市长职务；", "", "决定任命贾宇为上海市高级人民法院副院长，决定免", "", "去茆荣华的上海市高级人民法院副院长职务。"],
                 SHANGHAI_ROWS, id="raw_meeting_name_wrapped_before_its_number"),
    # the same, numbered (as lists number their items, written for the test), an item's post broken before its last character
    pytest.param(["4月24日，北京市十五届人大常委会第二十一次会议表决通过：", "一、决定任命杨晋柏为北京市人民政府副市", "长。",
                  "二、任命亓延军为北京市公安局局长。"],
                 [("杨晋柏", "appoint", "北京市人民政府副市长", None, BEIJING_21),
                  ("亓延军", "appoint", "北京市公安局局长", None, BEIJING_21)],
                 id="numbered_items_under_the_meetings_vote"),
    # 北京 2021-11 as printed: the meeting decides in the report's sentence, after a comma
    pytest.param(["26日，北京市十五届人大常委会第三十五次会议决定，接受卢映川辞去北京市副市长职务的请求。"],
                 [("卢映川", "dismiss", "北京市副市长", None, BEIJING_35)], id="meeting_deciding_after_a_comma"),
    # 上海 2023-01 as printed: its report's opening names the meeting and what it adopted, the next sentence decides
    pytest.param(["上海市十五届人大常委会第四十八次会议1月8日举行，审议并表决通过有关人事任免事项。",
                  "会议审议并表决通过有关人事任免事项，决定任命郭芳、张小宏为上海市副市长，免去张为的上海市副市长职务。"],
                 SHANGHAI_ROWS[:3], id="opening_sentence_naming_the_meeting_with_its_month_and_day_and_what_it_adopted"),
    # 北京 2017-12 as printed: the meeting held before its verb
    pytest.param(["12月1日上午召开的北京市十四届人大常委会第四十二次会议任命杨斌为北京市副市长。"],
                 [("杨斌", "appoint", "北京市副市长", None, "北京市十四届人大常委会第四十二次会议")], id="meeting_held_before_its_verb"),
    # 北京 2021-11's sentence worded for the test as a later decision of the same meeting (还决定 · 同时决定 · 会议又决定): the meeting
    # alone, never '…会议还决定'; a sentence naming only '会议' leaves who decided to the meeting the section named
    pytest.param([f"26日，{BEIJING_35}还决定：接受卢映川辞去北京市副市长职务的请求。"],
                 [("卢映川", "dismiss", "北京市副市长", None, BEIJING_35)], id="meeting_also_deciding_before_a_colon"),
    pytest.param([f"{BEIJING_35}同时决定：接受卢映川辞去北京市副市长职务的请求。"],
                 [("卢映川", "dismiss", "北京市副市长", None, BEIJING_35)], id="meeting_deciding_at_the_same_time_before_a_colon"),
    pytest.param([f"{BEIJING_35}举行。", "会议又决定，接受卢映川辞去北京市副市长职务的请求。"],
                 [("卢映川", "dismiss", "北京市副市长", None, BEIJING_35)], id="hui_yi_you_jue_ding_after_the_opening_sentence"),
]


@pytest.mark.parametrize("lines, expected", MEETING_NAMED)
def test_rows_under_a_sentence_naming_the_meeting_are_decided_by_that_meeting(lines, expected):
    assert rows(lines) == (expected, [])


WHOLE_DECISIONS = [
    # 北京 2021-11's grounds and 通州 2023-03's decision (决定郑皓副区长代理通州区人民政府区长职务), worded for the test as a decision
    # printed whole: the acting post with its filing, 同志 no part of the name
    pytest.param([f"{GROUNDS}{TONGZHOU_11}决定：", "郑皓同志代理北京市通州区人民政府区长职务，并报北京市人民代表大会常务委员会备案。"],
                 id="acting_post_and_its_filing"),
    pytest.param(["根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条的规定，北京市通州区第七届人民代表大会常",
                  "", "务委员会第十一次会议决定：", "", "郑皓同志代理北京市通州区人民政府区长职", "", "务，并报北京市人民代表大会常务委员",
                  "", "会备案。"],
                 id="raw_acting_post_broken_inside_zhi_wu"),
]


@pytest.mark.parametrize("lines", WHOLE_DECISIONS)
def test_a_decision_printed_whole_is_decided_by_its_meeting_and_its_filing_is_no_post(lines):
    assert rows(lines) == ([("郑皓", "appoint", "北京市通州区人民政府区长", "代理", TONGZHOU_11)], [])


def test_the_decision_on_its_line_after_the_grounds_is_decided_by_its_meeting():
    """北京 2021-11 as printed: grounds, the meeting, its colon and the decision on one line."""
    line = f"{GROUNDS}市第十五届人大常务委员会第三十五次会议决定：接受卢映川辞去北京市副市长职务的请求，并报北京市人民代表大会备案。"
    assert rows([line]) == ([("卢映川", "dismiss", "北京市副市长", None, "市第十五届人大常务委员会第三十五次会议")], [])

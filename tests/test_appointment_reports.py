"""人事任免 as a report of a standing committee's meeting prints them (issue 21 §1; issues/parser/regexes/appointment_reports.py):
who reported it, the meeting held, decisions adopted by their title, '…会议决定X为Y' without a verb of appointment, '决定任命：'
over its list, an acting post decided of 其. Every person and post gives its row; a clause that is no post is never a row.
Who decided (decided_by) is tested in tests/test_parse_appointments.py. Sources: tests/data/SOURCES.md, "appt12"."""

import pytest

from issues.parser import appointments


def rows(lines):
    """(person, action, position, qualifier) of each row, and the loss warnings' quoted lines."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    return [(a.person, a.action, a.position, a.qualifier) for a in found], [w.lines for w in warnings if w.level == "loss"]


JINAN = "济南市人民政府"
HUNAN = "湖南省人民政府"
JIEYANG = "揭阳市人民政府"
REPORTS = [
    # 济南 (toudeng.cc): a sentence that the meeting was held decides nothing; a resignation adopted by its decision's title, then
    # filed (its 并报…备案 after the title once swallowed the decision whole, silently)
    pytest.param(["3月29日下午，济南市十七届人大常委会举行第二十六次会议。会议决定任命于海田为济南市人民政府副市长，并决定于海田为济南市"
                  "人民政府代理市长。会议表决通过了关于接受孙述涛辞去济南市人民政府市长职务请求的决定，并报市人民代表大会备案。"],
                 [("于海田", "appoint", f"{JINAN}副市长", None), ("于海田", "appoint", f"{JINAN}代理市长", None),
                  ("孙述涛", "dismiss", f"{JINAN}市长", None)],
                 id="meeting_held_then_a_resignation_adopted_by_its_title_and_filed"),
    # 临沂 2015-02: the proposal adopted names the post whole, the decision after it restates it with a bare title: one row
    pytest.param(["会议表决并通过了临沂市人大常委会主任会议关于提请决定张术平为临沂市人民政府代理市长的议案，决定张术平为代理市长。"],
                 [("张术平", "appoint", "临沂市人民政府代理市长", None)], id="proposal_adopted_then_restated_with_a_bare_title"),
    # 湖北 2024-01 (崇阳县人民政府)'s person and post, worded for the test as a report names the decision it adopted before restating it
    pytest.param(["会议经审议和无记名投票方式表决，通过了省人大常委会关于决定任命李殿勋为湖北省人民政府副省长的决定，决定任命李殿勋为副省长。"],
                 [("李殿勋", "appoint", "湖北省人民政府副省长", None)], id="decision_adopted_by_its_title_then_restated"),
    # 湖北 2024-01 as printed: the meeting voted, its day with the part of the day, 决定其为代理省长
    pytest.param(["1月2日下午，湖北省第十四届人大常委会第十四次会议表决通过，决定任命李殿勋为湖北省副省长，决定其为代理省长。"],
                 [("李殿勋", "appoint", "湖北省副省长", None), ("李殿勋", "appoint", "湖北省代理省长", None)],
                 id="acting_decided_of_qi_after_a_vote"),
    # 湖南 2020 (潇湘晨报): who nominated, after 并根据, is no post; the person decided on is named with the title they hold
    pytest.param(["湖南省第十三届人民代表大会常务委员会第二十一次会议经过表决，决定接受许达哲辞去湖南省人民政府省长职务的请求，报湖南省"
                  "第十三届人民代表大会备案。决定任命毛伟明为湖南省人民政府副省长，并根据湖南省人民代表大会常务委员会主任会议的提名，决定"
                  "毛伟明副省长为湖南省人民政府代理省长。"],
                 [("许达哲", "dismiss", f"{HUNAN}省长", None), ("毛伟明", "appoint", f"{HUNAN}副省长", None),
                  ("毛伟明", "appoint", f"{HUNAN}代理省长", None)], id="nomination_is_no_post_and_a_person_named_with_a_title"),
    # the same decisions laid out for the test as a list's items under who decided, one a line
    pytest.param(["会议决定：", "任命毛伟明为湖南省人民政府副省长；", "接受许达哲辞去湖南省人民政府省长职务；", "毛伟明副省长为湖南省人民政府代理省长。"],
                 [("毛伟明", "appoint", f"{HUNAN}副省长", None), ("许达哲", "dismiss", f"{HUNAN}省长", None),
                  ("毛伟明", "appoint", f"{HUNAN}代理省长", None)], id="list_item_naming_a_person_with_the_title_they_hold"),
    # 揭阳 (ciudsrc.com): a relative day, the meeting held before 决定 after a comma; and the paragraph after it
    pytest.param(["昨天，揭阳市四届人大常委会召开第四十三次会议，决定任命陈绿平为揭阳市人民政府副市长，并决定陈绿平为揭阳市代理市长。"],
                 [("陈绿平", "appoint", f"{JIEYANG}副市长", None), ("陈绿平", "appoint", "揭阳市代理市长", None)],
                 id="relative_day_and_meeting_held_before_jue_ding"),
    pytest.param(["此次会议审议决定了有关人事任免，决定任命陈绿平为揭阳市人民政府副市长，接受陈奕威辞去揭阳市人民政府市长职务的请求，决定"
                  "陈绿平副市长为揭阳市人民政府代理市长。"],
                 [("陈绿平", "appoint", f"{JIEYANG}副市长", None), ("陈奕威", "dismiss", f"{JIEYANG}市长", None),
                  ("陈绿平", "appoint", f"{JIEYANG}代理市长", None)], id="deputy_decided_acting_by_title_and_name"),
    # 遂宁 2018-12's headline (市人大常委会决定邓正权为代理市长) laid out for the test as a 人大常委会 decision under its own title: the
    # title and adoption line a note, the decision '…会议决定X为Y' without a verb of appointment
    pytest.param(["遂宁市人民代表大会常务委员会关于邓正权为遂宁市人民政府代理市长的决定",
                  "（2018年12月26日遂宁市第七届人民代表大会常务委员会第二十三次会议通过）",
                  "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，遂宁市第七届人民代表大会常务委员会第二十三次"
                  "会议决定邓正权为遂宁市人民政府代理市长。"],
                 [("邓正权", "appoint", "遂宁市人民政府代理市长", None)], id="meeting_decided_a_person_without_a_verb_under_its_title"),
    pytest.param(["市人大常委会决定邓正权为代理市长。"], [("邓正权", "appoint", "代理市长", None)],
                 id="a_body_decided_a_person_without_a_verb"),
    # 中新网 2021-01-22, of 武汉: who reported it before who decided
    pytest.param(["据武汉市人大常委会办公厅官方微信消息，武汉市第十四届人大常委会第三十五次会议决定：接受周先旺辞去武汉市人民政府市长职务的"
                  "请求。"], [("周先旺", "dismiss", "武汉市人民政府市长", None)], id="who_reported_it_before_who_decided"),
    # 中山 2023-09 (凤凰网) laid out with the list's colon after 决定任命; 东莞 (dghkip.com)'s acting mayor worded as X任Y
    pytest.param(["会议经表决，决定任命：陈晖东为中山市人民政府副市长。"], [("陈晖东", "appoint", "中山市人民政府副市长", None)],
                 id="vote_before_jue_ding_ren_ming_and_its_colon"),
    pytest.param(["会议经表决，决定任命：吕成蹊任东莞市人民政府副市长、代理市长。"],
                 [("吕成蹊", "appoint", "东莞市人民政府副市长", None), ("吕成蹊", "appoint", "东莞市人民政府代理市长", None)],
                 id="vote_before_jue_ding_ren_ming_then_x_ren_y"),
    pytest.param(["会议经表决，决定接受肖亚非辞去东莞市人民政府市长职务的请求，决定任命吕成蹊为东莞市人民政府副市长、代理东莞市人民政府市长。"],
                 [("肖亚非", "dismiss", "东莞市人民政府市长", None), ("吕成蹊", "appoint", "东莞市人民政府副市长", None),
                  ("吕成蹊", "appoint", "东莞市人民政府市长", "代理")], id="dongguan_as_printed"),
    # 阳江 2021-10 (…副市长，决定余金富代理阳江市人民政府市长职务) laid out for the test with 其: the mayor's post of the body the person
    # was just made deputy of, qualified 代理
    pytest.param(["会议决定任命余金富为阳江市人民政府副市长，并决定其代理市长职务。"],
                 [("余金富", "appoint", "阳江市人民政府副市长", None), ("余金富", "appoint", "阳江市人民政府市长", "代理")],
                 id="acting_decided_of_qi_with_zhi_wu"),
    # 太原 2019-01 (太原日报): a resignation adopted by its title in 《》
    pytest.param(["会议通过《关于接受耿彦波辞去太原市市长职务请求的决定》。"], [("耿彦波", "dismiss", "太原市市长", None)],
                 id="decision_adopted_by_its_title_in_shu_ming_hao"),
    # 山西 2014-09 (people.com.cn): the title in 《》 names its body before 关于; worded for the test with 请求 before 辞去
    pytest.param(["会议通过了《山西省人大常委会关于接受袁纯清请求辞去山西省人民代表大会常务委员会主任职务的决定》。"],
                 [("袁纯清", "dismiss", "山西省人民代表大会常务委员会主任", None)],
                 id="resignation_requested_adopted_by_a_title_naming_its_body"),
    # 青岛 2006-12 (sohu.com) and 济南 2018-01 (济南日报): the vote on the roll before the decision's clause
    pytest.param(["会议表决通过了人事任免事项，决定任命王书坚为青岛市人民政府副市长。"],
                 [("王书坚", "appoint", "青岛市人民政府副市长", None)], id="roll_voted_before_the_decision"),
    pytest.param(["表决通过了市政府提请的人事事项，决定任命卢江、孙斌为济南市人民政府副市长。"],
                 [("卢江", "appoint", "济南市人民政府副市长", None), ("孙斌", "appoint", "济南市人民政府副市长", None)],
                 id="matters_proposed_voted_before_the_decision"),
    # 山西 2021-06 (shi-fen.com)'s decisions worded for the test: the vote or the reason before 会议决定; a second 辞去 after 、, the
    # deputy's seat no post of the court named before it
    pytest.param(["经投票表决，会议决定任命蓝佛安为山西省人民政府副省长。因工作调整，会议决定接受林武辞去山西省人民政府省长职务的请求。"
                  "会议还决定接受孙洪山辞去山西省高级人民法院院长职务、辞去第十三届全国人大代表职务。"],
                 [("蓝佛安", "appoint", "山西省人民政府副省长", None), ("林武", "dismiss", "山西省人民政府省长", None),
                  ("孙洪山", "dismiss", "山西省高级人民法院院长", None), ("孙洪山", "dismiss", "第十三届全国人大代表", None)],
                 id="vote_or_reason_before_the_decision_and_a_seat_resigned_again"),
]


@pytest.mark.parametrize("lines, expected", REPORTS)
def test_each_report_sentence_gives_its_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_an_acting_post_adopted_by_its_title_is_read_and_the_rest_of_the_sentence_quoted():
    """山西 2021-12 (bjlb.org.cn): the roll and the ceremony are no rows; the acting post adopted by its title is one."""
    line = "第二次全体会议表决通过了人事任命名单、关于金湘军代理山西省人民政府省长的决定，向通过任命人员颁发任命书。"
    found, losses = rows([line])
    assert found == [("金湘军", "appoint", "山西省人民政府省长", "代理")]
    quoted = [text for lines in losses for text in lines[1:]]
    assert all(lines[0] == line for lines in losses)
    assert any("人事任命名单" in text for text in quoted) and any("颁发任命书" in text for text in quoted)


def test_a_clause_read_as_a_post_holding_a_decision_is_never_a_row_and_is_quoted():
    """A clause the parser cannot read after a post, ending in a title (阳江 2021-10's decision re-worded for the test), was stored
    silently as a post ('并决定其暂代市长'): it is quoted in a loss, and the post before it stays a row."""
    line = "会议决定任命余金富为阳江市人民政府副市长，并决定其暂代市长。"
    found, losses = rows([line])
    assert found == [("余金富", "appoint", "阳江市人民政府副市长", None)]
    assert losses == [[line, "余金富：并决定其暂代市长"]]


def test_a_post_holding_another_persons_name_before_dai_li_is_never_a_row_and_is_quoted():
    """A second person standing in, joined by 、 to the first one's appointment (上海 2020-03's people, worded for the test): never a post
    '龚正代理上海市人民政府市长'; the clause is quoted in a loss, and the post before it stays a row."""
    line = "决定任命龚正为上海市人民政府副市长、龚正代理上海市人民政府市长。"
    found, losses = rows([line])
    assert found == [("龚正", "appoint", "上海市人民政府副市长", None)]
    assert losses == [[line, "龚正：龚正代理上海市人民政府市长"]]


def test_a_decision_reported_as_a_brief_is_after_a_list_item_stays_in_the_list():
    """武汉 2024-05 (jlspr.com) and 2021-01 (中新网), one under the other as a section prints two decisions: the second opens
    as a brief does ('据…消息，'), yet decides, so the list runs on through it."""
    lines = ["会议决定：接受程用文辞去武汉市人民政府市长职务。",
             "据武汉市人大常委会办公厅官方微信消息，武汉市第十四届人大常委会第三十五次会议决定：接受周先旺辞去武汉市人民政府市长职务的"
             "请求。"]
    assert rows(lines) == ([("程用文", "dismiss", "武汉市人民政府市长", None), ("周先旺", "dismiss", "武汉市人民政府市长", None)], [])


@pytest.mark.parametrize("lines", [
    # 山西 2021-06 (shi-fen.com) and 青岛 2006-12 (sohu.com): who held, chaired or attended the meeting
    pytest.param(["6月4日，山西省十三届人大常委会第二十八次会议在太原举行。会议决定任命蓝佛安为山西省人民政府副省长。省人大常委会副主任"
                  "郭迎光主持会议，副主任卫小春、岳普煜、李俊明、张志川出席。"], id="chaired_and_attended"),
    pytest.param(["会议表决通过了人事任免事项，决定任命王书坚为青岛市人民政府副市长。市人大常委会副主任王永生、张先平、孔心田，秘书长邱广茂"
                  "和30名委员出席会议。"], id="attended_by_the_committee"),
])
def test_a_report_sentence_deciding_nothing_is_a_note_and_no_loss(lines):
    """The narrative of a report (who held, chaired, attended) gives no row and is no loss: a note quotes it."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    assert len(found) == 1
    assert [w.kind for w in warnings if w.level == "loss"] == []
    assert any(w.kind == "appointment_narrative" for w in warnings)


def test_a_report_paragraph_under_the_sections_heading_opening_as_a_brief_is_the_sections():
    """济南 2018-01 (济南日报) under the section's heading: its first sentence opens as a brief does ('1月4日下午，'), yet the paragraph
    decides, so it is the section's own (it was cut as a brief, its rows lost)."""
    lines = ["人事任免", "1月4日下午，市十六届人大常委会举行第九次会议。市人大常委会主任殷鲁谦主持会议。表决通过了市政府提请的人事事项，"
             "决定任命卢江、孙斌为济南市人民政府副市长。"]
    assert rows(lines)[0] == [("卢江", "appoint", "济南市人民政府副市长", None), ("孙斌", "appoint", "济南市人民政府副市长", None)]


# --- appt14 (tests/data/SOURCES.md block appt14): decisions as evening papers and news accounts word them -------------------
SHANDONG = "山东省副省长"
SICHUAN_HOLDERS = [("陈新有", "appoint", "省经济和信息化厅厅长", None), ("刘志诚", "appoint", "省司法厅厅长", None),
                   ("胡斌", "appoint", "省人力资源和社会保障厅厅长", None), ("何延政", "appoint", "省卫生健康委员会主任", None),
                   ("段毅君", "appoint", "省应急管理厅厅长", None)]
SICHUAN_LIST = ("省经济和信息化厅厅长陈新有、省司法厅厅长刘志诚、省人力资源和社会保障厅厅长胡斌、省卫生健康委员会主任何延政、"
                "省应急管理厅厅长段毅君。")
PAPERS = [
    # 山东 2021-02 (大众日报, as mirrored): a prosecutor's appointment approved, 决定批准任命, a second person after a comma
    pytest.param(["会议经过表决，决定任命傅明先、曾赞荣为山东省副省长；决定批准任命王钦杰为临沂市人民检察院检察长，贾富彬为聊城市人民"
                  "检察院检察长；决定接受于国安辞去山东省副省长职务的请求。"],
                 [("傅明先", "appoint", SHANDONG, None), ("曾赞荣", "appoint", SHANDONG, None),
                  ("王钦杰", "appoint", "临沂市人民检察院检察长", None), ("贾富彬", "appoint", "聊城市人民检察院检察长", None),
                  ("于国安", "dismiss", SHANDONG, None)],
                 id="prosecutors_appointments_approved"),
    # the same decisions worded for the test as an evening paper joins them: the approved appointment after 、
    pytest.param(["会议经过表决，决定任命傅明先为山东省副省长、批准任命王钦杰为临沂市人民检察院检察长，决定接受于国安辞去山东省副省长职务"
                  "的请求。"],
                 [("傅明先", "appoint", SHANDONG, None), ("王钦杰", "appoint", "临沂市人民检察院检察长", None),
                  ("于国安", "dismiss", SHANDONG, None)],
                 id="an_approved_appointment_after_a_pause_mark"),
    # 遂宁 2018-12 (pengxi.gov.cn)'s decisions worded for the test as an evening paper reports them: the members voted, two
    # resignations joined by 、 without 职务, a decision adopted without 关于, an acting post after 、
    pytest.param(["昨天上午，遂宁市人大常委会委员表决接受了杨自力辞去遂宁市市长、邓为辞去遂宁市副市长的请求，并通过了任命邓正权为遂宁市"
                  "副市长、代理市长的决定。"],
                 [("杨自力", "dismiss", "遂宁市市长", None), ("邓为", "dismiss", "遂宁市副市长", None),
                  ("邓正权", "appoint", "遂宁市副市长", None), ("邓正权", "appoint", "遂宁市代理市长", None)],
                 id="members_voted_two_resignations_and_a_decision_adopted_without_guan_yu"),
    # 湖北 2021-05 (湖北人大网's decision titles) worded for the test as a report names the sitting that voted: a roll between the
    # decisions, the last after 和
    pytest.param(["第二次全体会议表决通过了关于接受王晓东辞去湖北省人民政府省长职务请求的决定、人事任免名单和关于王忠林代理湖北省人民政府"
                  "省长的决定。"],
                 [("王晓东", "dismiss", "湖北省人民政府省长", None), ("王忠林", "appoint", "湖北省人民政府省长", "代理")],
                 id="decisions_adopted_by_a_sitting_a_roll_between_them_the_last_after_he"),
    # 四川 2018-11 (四川法治报): the people appointed listed each after the post, no 任命 or 为 before them ("他们分别是：" worded
    # for the test)
    pytest.param(["3日举行的省十三届人大常委会第七次会议，表决通过了省长尹力向省人大常委会提出的任免案，任命省政府10个新部门主要负责人，"
                  "他们分别是：" + SICHUAN_LIST], SICHUAN_HOLDERS, id="holders_listed_each_after_the_post"),
]


@pytest.mark.parametrize("lines, expected", PAPERS)
def test_each_papers_sentence_gives_its_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_a_list_of_holders_under_a_sentence_saying_a_batch_was_adopted_gives_its_rows_and_a_note():
    """四川 2018-11 worded for the test as a news account opens its list: the sentence that the meeting adopted a batch names no one
    (a note, never a loss), the list over its own column line gives a row each."""
    warnings = []
    found = appointments.parse(["3日，省十三届人大常委会第七次会议表决通过一批人事任免事项。新任命的省政府组成部门负责人中，他们分别是：",
                                SICHUAN_LIST], warnings=warnings)
    assert [(a.person, a.action, a.position, a.qualifier) for a in found] == SICHUAN_HOLDERS
    assert [(w.level, w.kind) for w in warnings] == [("note", "appointment_unnamed")]


def test_a_list_of_people_after_their_posts_that_no_appointment_introduces_gives_no_rows_and_is_a_loss():
    """'…新面孔，他们是：' over posts and names (全国政协 2018-03, 长安街知事: an election, not an appointment) is no list of holders."""
    line = "与上一届相比，新一届全国政协领导班子多了15张新面孔，他们是：主席汪洋，副主席刘奇葆、夏宝龙。"
    found, losses = rows([line])
    assert found == [] and losses


# --- resignations adopted in 《》 and sentences telling a career (issue 21 §1; tests/data/SOURCES.md, "appt15") -------------------
SHANGHAI_2020_ROWS = [("应勇", "dismiss", "上海市人民政府市长", None), ("龚正", "appoint", "上海市人民政府副市长", None),
                      ("龚正", "appoint", "上海市人民政府代理市长", None)]
TITLED = [
    # 北京 2010-12 (新华社 as h1.com.hk printed it): the body's name in the title, before 关于; 上海 2012-12 (中新社 as waou.com.mo
    # printed it): the resignation accepted and the acting mayor decided the same day; worded for the test as a report adopting two
    # titles joined by 和, the proposal naming no post (the decision after it names the posts)
    pytest.param(["会议表决通过了《上海市人民代表大会常务委员会关于接受韩正辞去上海市市长职务请求的决定》和《上海市人民代表大会常务委员会主任"
                  "会议关于提请任命杨雄职务的议案》，决定杨雄为上海市人民政府代理市长。"],
                 [("韩正", "dismiss", "上海市市长", None), ("杨雄", "appoint", "上海市人民政府代理市长", None)],
                 id="resignation_titled_and_a_proposal_naming_no_post_joined_by_he"),
    # 上海 2020-03 (力报 as exmoo.com printed it: "…接受应勇辞去市长职务请求，并由龚正任上海市副市长、代理市长"), worded so too
    pytest.param(["会议表决通过了《上海市人民代表大会常务委员会关于接受应勇辞去上海市人民政府市长职务的决定》和《上海市人民代表大会常务委员会"
                  "主任会议关于提请任命龚正职务的议案》，决定任命龚正为上海市人民政府副市长，决定龚正为上海市人民政府代理市长。"],
                 SHANGHAI_2020_ROWS, id="resignation_titled_then_a_deputy_and_an_acting_head_decided"),
]


@pytest.mark.parametrize("lines, expected", TITLED)
def test_a_resignation_accepted_in_a_title_is_a_dismissal_and_a_proposal_naming_no_post_no_loss(lines, expected):
    assert rows(lines) == (expected, [])


BACKGROUND = [
    # 北京 2017-12 (千龙网 as shzx.org printed it): the post held before, after the decision
    pytest.param(["12月1日上午召开的北京市十四届人大常委会第四十二次会议任命杨斌为北京市副市长，杨斌此前任通州区委书记。"],
                 [("杨斌", "appoint", "北京市副市长", None)], ["杨斌此前任通州区委书记。"], id="post_held_before_after_the_decision"),
    # 上海 2020-03 (力报 as exmoo.com printed it): who moved where, as a sentence of its own
    pytest.param(["上海前市长、市委副书记应勇2月13日调任湖北省委书记。"], [], [], id="moved_on_a_day"),
    # worded for the test after it, as a business paper tells a predecessor's move: 此前 opening, the person after 担任…的
    pytest.param(["此前担任上海市委副书记、市政府党组书记、市长的应勇于2020年2月已改任湖北省委书记。"], [], [],
                 id="ci_qian_dan_ren_then_yi_gai_ren"),
    # 北京 2020-03-28 (东方日报: "…任命崔述強為北京市人民政府副市長。…現任北京市委常委、秘書長…"), worded for the test as a report
    # tells the post held before with 是, after the decision; and the post held now with 现任
    pytest.param(["会议经表决通过任命崔述强为北京市人民政府副市长，崔述强此前是北京市委常委、秘书长。"],
                 [("崔述强", "appoint", "北京市人民政府副市长", None)], ["崔述强此前是北京市委常委、秘书长。"],
                 id="post_held_before_told_with_shi"),
    pytest.param(["会议经表决通过任命崔述强为北京市人民政府副市长，崔述强现任北京市委常委、秘书长。"],
                 [("崔述强", "appoint", "北京市人民政府副市长", None)], ["崔述强现任北京市委常委、秘书长。"],
                 id="post_held_now_told_with_xian_ren"),
]


@pytest.mark.parametrize("lines, expected, told", BACKGROUND)
def test_a_sentence_telling_a_career_gives_no_row_and_is_a_loss_quoting_it(lines, expected, told):
    """Read as '<name>任<post>', '此前担任…' made rows of a person named 此前 (four, stored): a narrative decides nothing."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    assert [(a.person, a.action, a.position, a.qualifier) for a in found] == expected
    assert [(w.level, w.kind, w.lines) for w in warnings] == [("loss", "appointment_background", [lines[0], *told])]

"""Text coverage (issues/parser/coverage.py, issue 21 §2): a line counts as read only when a record made from the section
it lies in holds it.

A brief, or a chronicle entry, often reports the very decision the appointments list prints, in the list's own words: a
line the list lost is held by that brief all the same, and was counted read (an acting governor's appointment lost with
no warning). Each row is an appointments list and a section quoting it, real texts laid out as a text export prints
them (tests/data/SOURCES.md, "cov23"); a line is lost as the parser loses one, by dropping the rows read from it. Never
rows from bench/heldout*: that is the yardstick.
"""

import dataclasses

import pytest

from issues.parser import appointments, coverage, kinds, news, parse_issue
from issues.parser.warnings import LOSS, ParseWarning
from tests.test_appointment_reports import PAPERS, SICHUAN_LIST
from tests.test_appointment_wording import DECISION_BLOCK

# 湖北 2021-05-07, 人民网-湖北频道: the brief, and the list in its words
HUBEI_LIST = ["湖北省第十三届人大常委会第二十三次会议决定：", "任命王忠林为湖北省副省长、代理省长。",
              "接受王晓东辞去湖北省省长职务的请求。"]
HUBEI_BRIEF = ["王忠林任湖北省副省长、代理省长",
               "5月7日下午，湖北省十三届人大常委会第二十三次会议表决通过，决定任命王忠林为湖北省副省长、代理省长。",
               "会议决定，接受王晓东辞去湖北省省长职务的请求。"]
# 湖北 2025-01-02, 湖北日报 (as chongyang.gov.cn reprints it): the chronicle's day, and the list in its words
HUBEI_2025_LIST = ["湖北省第十四届人大常委会第十四次会议决定：", "任命李殿勋为湖北省副省长，决定其为代理省长。",
                   "接受王忠林辞去湖北省省长职务的请求。"]
HUBEI_2025_DAY = ["2日", "湖北省第十四届人大常委会第十四次会议表决通过，决定任命李殿勋为湖北省副省长，决定其为代理省长。"
                  "会议决定，接受王忠林辞去湖北省省长职务的请求。"]

LIST_PAGE = 5
BRIEFS = ("政务简讯", f"{HUBEI_BRIEF[0]}等简讯1则", 6, HUBEI_BRIEF)
CHRONICLE = ("政府记事", "1月份市政府记事", 7, HUBEI_2025_DAY)

QUOTED_LISTS = [
    pytest.param((2021, 5), HUBEI_LIST, BRIEFS, HUBEI_LIST[1], id="an_acting_governors_appointment_a_brief_reports"),
    pytest.param((2021, 5), HUBEI_LIST, BRIEFS, HUBEI_LIST[2], id="a_resignation_a_brief_reports"),
    pytest.param((2025, 1), HUBEI_2025_LIST, CHRONICLE, HUBEI_2025_LIST[1],
                 id="an_acting_governors_appointment_a_chronicle_entry_records"),
    pytest.param((2025, 5), HUBEI_2025_LIST, CHRONICLE, HUBEI_2025_LIST[1],
                 id="a_chronicle_entry_told_for_its_date_quoting_the_lost_line"),
]


def issue(year_month, sections) -> str:
    """A text export: cover, a 目录 with each section's page, each section under its page number and heading."""
    year, month = year_month
    lines = ["温州市人民政府公报", f"{year}.{month}", "总第300期（月刊）", "目  录"]
    for column, entry, page, _ in sections:
        lines += [column, f"{entry}……………（{page:02d}）"]
    for column, entry, page, body in sections:
        lines += [f"·  {page}  ·", " ".join(column)] + ([entry] if column in ("人事任免", "政府记事") else []) + body
    return "\n\n".join(lines) + "\n"


def with_list(year_month, printed, other) -> str:
    return issue(year_month, [("人事任免", f"{year_month[1]}月份市政府人事任免", LIST_PAGE, printed), other])


@pytest.fixture
def losing(monkeypatch):
    """The appointments parser loses one printed line: the rows read from it are dropped, nothing is told."""
    def lose(line: str) -> None:
        parse = appointments.parse
        monkeypatch.setattr(appointments, "parse", lambda *args, **kwargs: [
            row for row in parse(*args, **kwargs) if row.person not in line])
    return lose


def unread(text: str) -> list[tuple[str, int, list[str]]]:
    return [(w.section, w.page, w.lines) for w in parse_issue(text).warnings if w.kind == "unread_line"]


@pytest.mark.parametrize("year_month, printed, other, lost", QUOTED_LISTS)
def test_a_line_the_list_lost_is_told_though_another_section_quotes_it(losing, year_month, printed, other, lost):
    losing(lost)
    assert unread(with_list(year_month, printed, other)) == [("机构人事", LIST_PAGE, [lost])]


@pytest.mark.parametrize("year_month, printed, other, lost", QUOTED_LISTS)
def test_a_list_read_whole_beside_a_section_quoting_it_is_no_loss(year_month, printed, other, lost):
    parsed = parse_issue(with_list(year_month, printed, other))
    assert [str(w) for w in parsed.warnings if w.is_loss and w.section == "机构人事" or w.kind == "unread_line"] == []
    assert len(parsed.appointments) == 3


# 上海 2023-01-08 (澎湃新闻): the meeting's decisions, a list item each; 贾宇 is appointed 副院长 and, further on, 代理院长, in
# the posts 茆荣华 is dismissed from
SHANGHAI_LIST = ["上海市十五届人大常委会第四十八次会议决定：", "任命郭芳、张小宏为上海市副市长，免去张为的上海市副市长职务；",
                 "任命贾宇为上海市高级人民法院副院长、审判委员会委员、审判员；",
                 "免去茆荣华的上海市高级人民法院副院长、审判委员会委员、审判员职务；",
                 "接受刘晓云辞去上海市高级人民法院院长职务的请求，决定贾宇为上海市高级人民法院代理院长。"]
# 济南 2018-01-05 (济南日报), a name written for the test as one ending in 为 (as tests/test_parse_appointments.py does)
JINAN_LIST = ["会议决定：", "任命卢有为、孙斌为济南市人民政府副市长。"]


def only_the_list(year_month, printed) -> str:
    return issue(year_month, [("人事任免", f"{year_month[1]}月份市政府人事任免", LIST_PAGE, printed)])


def test_a_line_lost_inside_the_list_is_told_though_its_person_and_posts_are_in_other_rows(monkeypatch):
    """'任命贾宇为…副院长、审判委员会委员、审判员；' lost: 贾宇 has a row (代理院长) and the posts have rows (茆荣华's), but not
    together: the line's pieces are read only by the rows of the people it names."""
    parse = appointments.parse
    monkeypatch.setattr(appointments, "parse", lambda *args, **kwargs: [
        row for row in parse(*args, **kwargs) if not (row.person == "贾宇" and row.action == "appoint" and "副院长" in row.position)])
    assert unread(only_the_list((2023, 1), SHANGHAI_LIST)) == [("机构人事", LIST_PAGE, [SHANGHAI_LIST[2]])]


# 中新网 2021-01-22 (武汉) and 湖南 2020 (潇湘晨报), tests/data/SOURCES.md "appt12": who reported a decision, who nominated, a person
# named with the title held, which the parser drops or reads as it reads the line
WUHAN_REPORTED = ["据武汉市人大常委会办公厅官方微信消息，武汉市第十四届人大常委会第三十五次会议决定：接受周先旺辞去武汉市人民政府市长职务的请求。"]
HUNAN_REPORT = ["湖南省第十三届人民代表大会常务委员会第二十一次会议经过表决，决定接受许达哲辞去湖南省人民政府省长职务的请求，报湖南省第十三届"
                "人民代表大会备案。决定任命毛伟明为湖南省人民政府副省长，并根据湖南省人民代表大会常务委员会主任会议的提名，决定毛伟明副省长"
                "为湖南省人民政府代理省长。"]


PAPER = {param.id: list(param.values[0]) for param in PAPERS}


@pytest.mark.parametrize("printed, rows", [
    pytest.param(SHANGHAI_LIST, 11, id="people_and_posts_in_several_rows_each"),
    pytest.param(WUHAN_REPORTED, 1, id="who_reported_the_decision_is_no_lost_text"),
    pytest.param(HUNAN_REPORT, 3, id="who_nominated_and_a_name_with_its_title_are_no_lost_text"),
    pytest.param(JINAN_LIST, 2, id="a_name_ending_in_wei_cut_by_the_glue_beside_another_name"),
    # appt14 (tests/test_appointment_reports.py PAPERS, sources in tests/data/SOURCES.md block appt14): who voted, decisions adopted
    # by a sitting with a roll between them, a news account's intro to its list of holders
    pytest.param(PAPER["members_voted_two_resignations_and_a_decision_adopted_without_guan_yu"], 4,
                 id="members_voted_and_a_decision_adopted_without_guan_yu_are_no_lost_text"),
    pytest.param(PAPER["decisions_adopted_by_a_sitting_a_roll_between_them_the_last_after_he"], 2,
                 id="a_sittings_vote_and_the_roll_adopted_are_no_lost_text"),
    pytest.param(PAPER["holders_listed_each_after_the_post"], 5, id="the_intro_to_a_list_of_holders_is_no_lost_text"),
    # loss16: the 四川 2018-11 list under one paragraph saying a batch was adopted and leading to it (worded for the test as
    # news accounts count the new faces, tests/data/SOURCES.md block loss16), the holders on the line below
    pytest.param(["3日，省十三届人大常委会第七次会议表决通过一批人事任免事项。新任命的省政府组成部门负责人中，有5个新面孔，他们分别是：",
                  SICHUAN_LIST], 5, id="a_batch_adopted_and_the_lead_to_the_holders_below_are_no_lost_text"),
    # appt20: a decision under its own title block, the law its grounds cite cut by the column's line ends (tests/
    # test_appointment_wording.py DECISION_BLOCK; tests/data/SOURCES.md block appt20)
    pytest.param(DECISION_BLOCK, 1, id="a_cited_law_cut_by_the_line_ends_is_no_lost_text"),
])
def test_a_list_read_whole_is_no_loss(printed, rows):
    parsed = parse_issue(only_the_list((2023, 1), printed))
    assert ([w.kind for w in parsed.warnings if w.is_loss], len(parsed.appointments)) == ([], rows)


def test_a_briefs_warning_quoting_the_lost_line_does_not_tell_it(losing, monkeypatch):
    """The briefs' own warning quotes the paragraph holding the list's line (a brief it could not place): it tells the
    brief's loss, not the list's."""
    def no_brief(lines, warnings, **kwargs):
        warnings.append(ParseWarning(LOSS, "news_unread", "这几行不在任何一则简讯中", section="政务简讯",
                                     lines=HUBEI_BRIEF[1:]))
        return []

    monkeypatch.setattr(news, "parse", no_brief)
    losing(HUBEI_LIST[1])
    assert unread(with_list((2021, 5), HUBEI_LIST, BRIEFS)) == [("机构人事", LIST_PAGE, [HUBEI_LIST[1]])]


def test_a_briefs_lost_headline_is_told_though_the_lists_rows_hold_its_pieces(monkeypatch):
    """'王忠林任湖北省副省长、代理省长' over the brief: each piece is a person or post of the list's rows, but those rows were
    read from the list. A headline the briefs lost is the briefs' loss."""
    parse = news.parse
    monkeypatch.setattr(news, "parse", lambda *args, **kwargs: [
        dataclasses.replace(brief, title="") for brief in parse(*args, **kwargs)])
    assert unread(with_list((2021, 5), HUBEI_LIST, BRIEFS)) == [("政务简讯", 6, [HUBEI_BRIEF[0]])]


def test_a_line_no_section_was_handed_is_read_by_any_record(monkeypatch):
    """A line in no section (before the first, the back matter) is read when any record holds it."""
    monkeypatch.setattr(kinds, "_hand_lines", lambda section, parsed: None)
    assert unread(with_list((2021, 5), HUBEI_LIST, BRIEFS)) == []


def test_a_decision_in_no_section_held_only_by_a_brief_reporting_it_is_told(losing, monkeypatch):
    """A raw page's decisions falling before any section (a painted heading put under them) were read by the brief repeating
    them, silently, their rows lost: a decision's line in no section is read only by appointment rows."""
    monkeypatch.setattr(kinds, "_hand_lines", lambda section, parsed: None)
    losing(HUBEI_LIST[1])
    assert [lines for _, _, lines in unread(with_list((2021, 5), HUBEI_LIST, BRIEFS))] == [[HUBEI_LIST[1]]]


# A decision worded otherwise than '决定任命', in no section and held only by the brief reporting it in the same words
# (tests/data/SOURCES.md, "warn17"): after a colon (北京 2021-11, 人民网), no verb of appointment (上海 2012-12, 中新社), a
# resignation of several people accepted (北京 2017-02, 中新社)
BEIJING_2021 = ("市第十五届人大常务委员会第三十五次会议决定：接受卢映川辞去北京市副市长职务的请求，并报北京市人民代表大会备案。",
                ["卢映川辞去北京市副市长职务",
                 "人民网北京11月26日电（池梦蕊）26日，北京市十五届人大常委会第三十五次会议决定，接受卢映川辞去北京市副市长职务的请求。",
                 "根据卢映川同志的请求，按照《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条的规定、"
                 "《北京市人民代表大会常务委员会任免国家机关工作人员条例》第二十五条的规定，市第十五届人大常务委员会第三十五次会议决定："
                 "接受卢映川辞去北京市副市长职务的请求，并报北京市人民代表大会备案。"])
SHANGHAI_2012 = ("上海市十三届人大常委会第三十八次会议经投票表决，决定杨雄为上海市人民政府代理市长。",
                 ["杨雄任上海市代理市长",
                  "中新社上海12月26日电 26日举行的上海市十三届人大常委会第三十八次会议经投票表决，决定杨雄为上海市人民政府代理市长。"])
BEIJING_2017 = ("会议接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。",
                ["李士祥、陈刚、林克庆辞去北京市副市长职务",
                 "中新社北京2月24日电（记者 曾鼐）北京市十四届人大常委会第三十五次会议24日举行。"
                 "会议接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。"])
DECISIONS_WORDED_OTHERWISE = [
    pytest.param((2021, 11), *BEIJING_2021, id="jue_ding_colon_jie_shou"),
    pytest.param((2012, 12), *SHANGHAI_2012, id="jue_ding_x_wei_y_without_a_verb"),
    pytest.param((2017, 2), *BEIJING_2017, id="jie_shou_le_several_resignations"),
]


@pytest.mark.parametrize("year_month, decision, brief", DECISIONS_WORDED_OTHERWISE)
def test_a_decision_worded_otherwise_in_no_section_held_only_by_a_brief_is_told(losing, monkeypatch, year_month, decision,
                                                                                 brief):
    monkeypatch.setattr(kinds, "_hand_lines", lambda section, parsed: None)
    losing(decision)
    briefs = ("政务简讯", f"{brief[0]}等简讯1则", 6, brief)
    assert [lines for _, _, lines in unread(with_list(year_month, [decision], briefs))] == [[decision]]


@pytest.mark.parametrize("year_month, decision, brief", DECISIONS_WORDED_OTHERWISE)
def test_a_decision_worded_otherwise_read_into_its_rows_is_no_loss(monkeypatch, year_month, decision, brief):
    monkeypatch.setattr(kinds, "_hand_lines", lambda section, parsed: None)
    briefs = ("政务简讯", f"{brief[0]}等简讯1则", 6, brief)
    assert unread(with_list(year_month, [decision], briefs)) == []


SHAPES = [
    # a dated sentence holding a decision: the appointments' (人民网 2021-11, as above), not a brief's first paragraph
    pytest.param([BEIJING_2021[1][1].split("）", 1)[1]], "机构人事", id="dated_sentence_holding_a_decision"),
    # a dated sentence deciding nothing (中新社 2017-02, as above): a brief's
    pytest.param(["24日，北京市十四届人大常委会第三十五次会议举行。"], "政务简讯", id="dated_sentence_deciding_nothing"),
]


@pytest.mark.parametrize("lines, section", SHAPES)
def test_an_unplaced_lines_section_is_told_by_its_shape(lines, section):
    assert coverage.section_of_shape(lines) == section


# A report's decision line cut off before the appointments column's heading (the split hands it to no section) and repeated,
# alike, by a brief on the same page: both copies share one printed place, so the stray copy took the brief's hand and the
# brief read it, its rows lost silently (北京 2021-11, 人民网, tests/data/SOURCES.md "loud19": the notice's paragraph as the
# column's report and as the brief's last paragraph). Under the column's heading, read into its rows, it is no loss.
def beijing_2021_on_one_page(cut_off: bool) -> str:
    decision, brief = BEIJING_2021[1][2], BEIJING_2021[1]
    text = issue((2021, 11), [("人事任免", "11月份市政府人事任免", LIST_PAGE, [decision]),
                              ("政务简讯", f"{brief[0]}等简讯1则", LIST_PAGE, brief)])
    if cut_off:
        text = text.replace("人 事 任 免\n\n11月份市政府人事任免\n\n" + decision, decision + "\n\n人 事 任 免\n\n11月份市政府人事任免", 1)
    return text


@pytest.mark.parametrize("cut_off", [pytest.param(True, id="a_decision_cut_off_before_the_column_a_brief_on_its_page_repeats")])
def test_a_decision_lost_beside_a_brief_repeating_it_on_its_page_is_told_in_the_appointments(losing, cut_off):
    losing(BEIJING_2021[1][2])
    assert unread(beijing_2021_on_one_page(cut_off)) == [("机构人事", LIST_PAGE, [BEIJING_2021[1][2]])]


def test_a_decision_read_into_its_rows_beside_a_brief_repeating_it_on_its_page_is_no_loss():
    assert unread(beijing_2021_on_one_page(cut_off=False)) == []

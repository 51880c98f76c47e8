"""Briefs whose headline block holds more than a title (issue 21, news21e): a byline naming the paper and its date, a
subtitle worded as a decision, a headline worded as an appointment; the dates such briefs name; briefs beside an
appointments section in a raw extraction; and the checks that make a brief read wrong loud (issues/parser/news_checks.py).

Rows are real reports of other provinces' people's congresses and papers (tests/data/SOURCES.md, "news21e"), laid out as
the gazette's 政务简讯 print them.
"""

from datetime import date

import pytest

from issues.parser import checks, news, parse_issue
from issues.parser.coverage import coverage
from issues.parser.lines import Line, printed_place
from issues.parser.records import ParsedIssue, ParsedNews, ReadSection
from tests.test_read_variations import YONGDENG, YONGDENG_TOC, layout, raw_layout

# 柳州日报 2010-01-23 (广西): the brief, its byline laid out as a gazette reprinting it prints one, its subtitle as printed
# (the page's '于23日至5日举行' read '于2月3日至5日举行')
LIUZHOU_TITLE = "人大常委会召开第二十八次会议"
LIUZHOU_BYLINE = "（2010年1月23日《柳州日报》记者姚颖盈报道）"
LIUZHOU_SUBTITLE = "决定市十二届人大八次会议于2月3日至5日举行；任命胡明朗为副市长"
LIUZHOU_FIRST = "市十二届人大常委会第二十八次会议于昨天上午召开。会议决定市十二届人大八次会议于今年2月3日至5日举行，决定任命胡明朗为市人民政府副市长。"
LIUZHOU_SECOND = "会议由市人大常委会副主任周卓新主持。"
# the subtitle worded as the lead saw it under another meeting's title (written for the test with the 柳州 names)
ACTING_SUBTITLE = "决定任命胡明朗为副市长并决定其代理市长职务"
# 郑州 (新华网河南频道 2003-02-26, 河南): its headline '陈义初辞去郑州市长职务 王文超任代理市长' re-worded as one appointment
ZHENGZHOU = ["王文超任郑州市代市长", "新华网河南频道2月26日电 25日上午，郑州市第十一届人大常委会举行第35次会议。会议接受陈义初辞去郑州市"
             "人民政府市长的职务，决定王文超代理郑州市市长。"]
# 遂宁 (遂宁新闻网 2018-12-26, 四川) and 西昌 (2021-10, 四川; its date moved to December for the test)
SUINING = ["市人大常委会决定邓正权为代理市长", "今（26）日，市七届人大常委会第二十三次会议接受杨自力辞去市人民政府市长职务，决定任命邓正权为"
           "市人民政府副市长，并决定为代理市长。"]
XICHANG = ["西昌市十届人大常委会举行第三十九次会议", "12月9日，西昌市十届人大常委会举行第三十九次会议，通过系列人事任免事项。会议表决并"
           "通过了任命宋莉为西昌市人民政府副市长、代理市长，查中才同志为西昌市人民政府副市长的决定。",
           "会议决定任命宋莉同志为西昌市人民政府副市长、查中才同志为西昌市人民政府副市长。"]


def read(lines, year=2010, month=1):
    """The briefs, and the warnings besides the one telling a day worked out from 昨天 (tested on its own below) and the
    note on a day printed without its month (tests/test_news_dates.py)."""
    warnings = []
    found = news.parse(lines, year=year, issue_month=month, warnings=warnings)
    return [(brief.title, brief.date, brief.body) for brief in found], [w for w in warnings if w.kind not in ("news_relative_date", "news_day_alone")]


HEADLINE_BLOCKS = [
    pytest.param([LIUZHOU_TITLE, LIUZHOU_BYLINE, LIUZHOU_FIRST, LIUZHOU_SECOND],
                 (LIUZHOU_TITLE, date(2010, 1, 22), "\n".join([LIUZHOU_BYLINE, LIUZHOU_FIRST, LIUZHOU_SECOND])),
                 id="a_byline_naming_the_paper_and_its_date_opens_the_body_and_dates_yesterday"),
    pytest.param([LIUZHOU_TITLE, LIUZHOU_BYLINE, LIUZHOU_SUBTITLE, LIUZHOU_FIRST],
                 (LIUZHOU_TITLE, date(2010, 1, 22), "\n".join([LIUZHOU_BYLINE, LIUZHOU_SUBTITLE, LIUZHOU_FIRST])),
                 id="a_subtitle_holding_two_decisions_never_dates_the_brief"),
    pytest.param([LIUZHOU_TITLE, LIUZHOU_SUBTITLE, LIUZHOU_FIRST],
                 (LIUZHOU_TITLE, None, "\n".join([LIUZHOU_SUBTITLE, LIUZHOU_FIRST])),
                 id="yesterday_without_a_paper_date_is_no_date"),
    pytest.param(["市十二届人大常委会第二十八次会议召开", ACTING_SUBTITLE, LIUZHOU_BYLINE, LIUZHOU_FIRST],
                 ("市十二届人大常委会第二十八次会议召开", date(2010, 1, 22), "\n".join([ACTING_SUBTITLE, LIUZHOU_BYLINE, LIUZHOU_FIRST])),
                 id="a_subtitle_worded_as_an_appointment_is_no_part_of_the_title"),
    pytest.param(ZHENGZHOU, (ZHENGZHOU[0], date(2010, 2, 25), ZHENGZHOU[1]), id="a_headline_worded_as_an_appointment_is_a_brief"),
    pytest.param(SUINING, (SUINING[0], date(2010, 1, 26), SUINING[1]), id="today_with_its_day_in_brackets"),
    pytest.param(["济南市人民政府参事聘任仪式举行", "本报11月14日讯 昨天上午，济南市人民政府参事聘任仪式举行，新聘任18人为市政府参事。"],
                 ("济南市人民政府参事聘任仪式举行", date(2009, 11, 13),
                  "本报11月14日讯 昨天上午，济南市人民政府参事聘任仪式举行，新聘任18人为市政府参事。"),
                 id="yesterday_counts_from_the_datelines_day"),
]


@pytest.mark.parametrize("lines, expected", HEADLINE_BLOCKS)
def test_a_headline_block_gives_the_title_alone_and_the_date_the_text_names(lines, expected):
    found, warnings = read(lines)
    assert found == [expected]
    assert [w for w in warnings if w.kind != "news_decision_subtitle"] == []  # (tested below)


@pytest.mark.parametrize("lines, told", [
    pytest.param(["市十二届人大常委会第二十八次会议召开", ACTING_SUBTITLE, LIUZHOU_BYLINE, LIUZHOU_FIRST],
                 ["市十二届人大常委会第二十八次会议召开", ACTING_SUBTITLE], id="the_subtitle_on_its_own_line"),
    pytest.param(["市十二届人大常委会第二十八次会议召开", ACTING_SUBTITLE[:15], ACTING_SUBTITLE[15:], LIUZHOU_BYLINE, LIUZHOU_FIRST],
                 ["市十二届人大常委会第二十八次会议召开", ACTING_SUBTITLE], id="the_subtitle_cut_by_a_column"),
    pytest.param([LIUZHOU_TITLE, LIUZHOU_SUBTITLE, LIUZHOU_FIRST], None, id="a_subtitle_holding_two_decisions_is_none"),
])
def test_a_subtitle_worded_as_a_decision_taken_out_of_the_title_is_told(lines, told):
    """A line worded as a decision under a headline is read as its subtitle, one paragraph of the body however a column cut it;
    a headline's second line may be worded so too (上海法治报 2020-03: '接受应勇辞去市长职务请求 决定龚正为上海市代理市长'), so
    the reading is a loss quoting the title and the line (news14: it was silent, the cut pieces glued to the first paragraph).
    A subtitle holding two decisions ('…举行；任命…') is a sentence, never a title's line: nothing told."""
    warnings = []
    found = news.parse(lines, year=2010, issue_month=1, warnings=warnings)
    if told:
        assert found[0].body.split("\n")[0] == told[1]
    assert [w.lines for w in warnings if w.kind == "news_decision_subtitle"] == ([told] if told else [])


@pytest.mark.parametrize("first, expected", [
    pytest.param(LIUZHOU_FIRST.replace("于昨天上午召开", "昨上午召开"), date(2010, 1, 22), id="yesterday_morning_without_tian"),
    pytest.param(LIUZHOU_FIRST.replace("于昨天上午召开", "昨晨召开"), date(2010, 1, 22), id="yesterday_at_dawn"),
    pytest.param(LIUZHOU_FIRST.replace("于昨天上午召开", "昨召开"), date(2010, 1, 22), id="yesterday_as_zuo_alone"),
    pytest.param("22日上午，" + LIUZHOU_FIRST.replace("于昨天上午召开", "召开"), date(2010, 1, 22), id="a_day_alone_is_of_the_papers_month"),
    pytest.param("30日上午，" + LIUZHOU_FIRST.replace("于昨天上午召开", "召开"), date(2009, 12, 30), id="a_day_after_the_papers_is_of_the_month_before"),
    pytest.param("近日，市十二届人大常委会第二十八次会议召开，截至昨天已审议三项议案。", None,
                 id="yesterday_after_a_vague_day_counts_not"),
    pytest.param("目前天气转暖，市十二届人大常委会第二十八次会议于昨天上午召开。", date(2010, 1, 22),
                 id="the_qiantian_inside_mu_qian_tian_qi_is_no_day"),
])
def test_a_brief_under_its_papers_byline_counts_its_day_from_the_papers_date(first, expected):
    """The 柳州 brief in a February issue (written for the test: its day worded as other papers word it)."""
    found, warnings = read([LIUZHOU_TITLE, LIUZHOU_BYLINE, first], month=2)
    assert [(title, day) for title, day, _ in found] == [(LIUZHOU_TITLE, expected)] and warnings == []


def test_a_byline_dating_its_paper_as_a_web_page_does_dates_yesterday():
    """The 柳州 byline as its page prints its date (2010-01-23, laid out in brackets for the test)."""
    found, _ = read([LIUZHOU_TITLE, "（《柳州日报》2010-01-23 记者 姚颖盈）", LIUZHOU_FIRST])
    assert [(title, day) for title, day, _ in found] == [(LIUZHOU_TITLE, date(2010, 1, 22))]


@pytest.mark.parametrize("lines, told", [
    pytest.param([LIUZHOU_TITLE, LIUZHOU_BYLINE, LIUZHOU_FIRST], True, id="yesterday_under_a_byline"),
    pytest.param(["济南市人民政府参事聘任仪式举行", "本报11月14日讯 昨天上午，济南市人民政府参事聘任仪式举行。"], True,
                 id="yesterday_after_a_dateline"),
    pytest.param(["济南市人民政府参事聘任仪式举行", "本报11月14日讯 今天上午，济南市人民政府参事聘任仪式举行。"], False,
                 id="today_after_a_dateline_is_its_printed_day"),
    pytest.param([LIUZHOU_TITLE, LIUZHOU_BYLINE, "1月22日上午，" + LIUZHOU_FIRST.replace("于昨天上午召开", "召开")], False,
                 id="a_printed_date"),
])
def test_a_day_worked_out_from_a_relative_word_is_a_loss_to_check(lines, told):
    """昨天 counted from the paper's or the dateline's day is a guess staff check (the paper's day may not be the one before
    the event's): a loss quoting the title; a day printed, or 今天 after a dateline that prints it, is none."""
    warnings = []
    news.parse(lines, year=2009 if "济南" in lines[0] else 2010, issue_month=1, warnings=warnings)
    assert [(w.kind, w.lines) for w in warnings] == ([("news_relative_date", [lines[0]])] if told else [])


def issue_of(year, month, toc, body):
    parsed = parse_issue(layout(year, month, toc + [YONGDENG_TOC], body + YONGDENG))
    return parsed, [(w.kind, w.section, w.lines) for w in parsed.warnings if w.is_loss]


def test_briefs_worded_as_appointments_beside_an_appointments_section_stay_briefs_and_are_told():
    """郑州 and 遂宁 briefs after a 人事任免 list (the 遂宁 list of 2018-12, as tests/test_parse_appointments.py has it):
    the briefs are briefs, the rows the list's alone, and each headline worded as an appointment is quoted in a loss."""
    appointments = ["人事任免", "2018年12月21日，市人民政府决定：", "邓正权同志任遂宁市人民政府副市长、代市长。"]
    briefs = ["政 务 简 讯", *ZHENGZHOU, *SUINING]
    parsed, losses = issue_of(2010, 2, [("机构人事", "人事任免"), ("政务简讯", ZHENGZHOU[0] + "等简讯2则")], appointments + briefs)
    assert [n.title for n in parsed.news] == [ZHENGZHOU[0], SUINING[0]]
    assert sorted((a.person, a.position) for a in parsed.appointments) == [
        ("邓正权", "遂宁市人民政府代市长"), ("邓正权", "遂宁市人民政府副市长")]
    assert losses == [("news_appointment_title", "政务简讯", [ZHENGZHOU[0]]), ("news_appointment_title", "政务简讯", [SUINING[0]])]


@pytest.mark.parametrize("news_first", [True, False], ids=["news_then_appointments", "appointments_then_news"])
def test_a_raw_page_of_briefs_reporting_decisions_and_an_appointments_list_keeps_them_apart(news_first):
    """A raw two-column page: the 西昌 brief, whose paragraph reports the meeting's decisions ('会议决定任命宋莉同志为…'), and the
    遂宁 brief, beside a list under its decider: the 人事任免 heading goes to the decider, never into the brief."""
    appointments = ["人事任免", "2018年12月21日，市人民政府决定：", "任命张三为市发展和改革委员会主任；", "免去李四的市财政局局长职务。"]
    briefs = ["政 务 简 讯", *XICHANG, *SUINING]
    page = briefs + appointments if news_first else appointments + briefs
    parsed = parse_issue(raw_layout(2018, 12, [page, YONGDENG]))
    assert [(n.title, n.date) for n in parsed.news] == [(XICHANG[0], date(2018, 12, 9)), (SUINING[0], date(2018, 12, 26))]
    assert sorted((a.person, a.action, a.position) for a in parsed.appointments) == [
        ("张三", "appoint", "市发展和改革委员会主任"), ("李四", "dismiss", "市财政局局长")]


@pytest.mark.parametrize("title", [LIUZHOU_TITLE, "市十二届人大常委会第二十八次会议召开"], ids=["short_title", "title_as_wide_as_the_column"])
@pytest.mark.parametrize("labelled", [True, False], ids=["under_its_label", "its_label_lost"])
def test_a_raw_brief_after_appointments_keeps_its_title_over_a_subtitle_worded_as_a_decision(title, labelled):
    """The 柳州 brief with the lead's subtitle under its title, after a 人事任免 list, in a raw extraction: the title opens the
    brief (it was left in the list, read as an appointment line, the subtitle taken as the title; or the column joined both)."""
    appointments = ["人事任免", "2010年1月20日，市人民政府决定：", "任命张三为市发展和改革委员会主任；", "免去李四的市财政局局长职务。"]
    brief = [title, ACTING_SUBTITLE, "1月22日上午，" + LIUZHOU_FIRST.replace("于昨天上午召开", "召开")]
    parsed = parse_issue(raw_layout(2010, 1, [appointments + ["政 务 简 讯"] * labelled + brief, YONGDENG]))
    assert [(n.title, n.date) for n in parsed.news] == [(title, date(2010, 1, 22))]
    assert len(parsed.appointments) == 2
    assert [w.kind for w in parsed.warnings if w.is_loss and w.section in ("政务简讯", "机构人事") and w.kind != "unread_line"] == [
        "news_decision_subtitle"]  # the subtitle's reading, told (test_a_subtitle_worded_as_a_decision_taken_out_of_the_title_is_told)


@pytest.mark.parametrize("title", [LIUZHOU_TITLE, "王文超任郑州市代市长"], ids=["meeting_title", "title_worded_as_an_appointment"])
def test_a_raw_brief_under_its_papers_byline_after_appointments_is_a_brief(title):
    """The 柳州 brief under its paper's byline (its first line naming the day as 昨天), once under the 郑州 headline, after a
    人事任免 list, its label lost: a brief (it was read as appointment rows, '胡明朗 市人民政府副市长')."""
    appointments = ["人事任免", "2010年1月20日，市人民政府决定：", "任命张三为市发展和改革委员会主任；", "免去李四的市财政局局长职务。"]
    parsed = parse_issue(raw_layout(2010, 1, [appointments + [title, LIUZHOU_BYLINE, LIUZHOU_FIRST, LIUZHOU_SECOND], YONGDENG]))
    assert [(n.title, n.date) for n in parsed.news] == [(title, date(2010, 1, 22))]
    assert sorted(a.person for a in parsed.appointments) == ["张三", "李四"]


def test_a_title_and_its_subtitle_on_one_line_are_split():
    """A text export keeping the 柳州 title and the lead's subtitle on one line, a space between (written for the test)."""
    found, warnings = read(["市十二届人大常委会第二十八次会议召开 " + ACTING_SUBTITLE, LIUZHOU_BYLINE, LIUZHOU_FIRST])
    assert [(title, day) for title, day, _ in found] == [("市十二届人大常委会第二十八次会议召开", date(2010, 1, 22))]
    assert [w.kind for w in warnings] == ["news_decision_subtitle"]


@pytest.mark.parametrize("brief", [XICHANG[:2], ZHENGZHOU], ids=["meeting_title", "title_worded_as_an_appointment"])
def test_a_brief_inside_an_appointments_section_is_a_loss_quoting_its_title(brief):
    """The 西昌 or 郑州 brief printed after a 人事任免 list, the news heading and TOC entry lost (written for the test):
    whatever rows its report gives, its title and first line are quoted in a loss of the section."""
    appointments = ["人事任免", "2010年1月20日，市人民政府决定：", "任命张三为市发展和改革委员会主任；", "免去李四的市财政局局长职务。"]
    parsed, losses = issue_of(2009, 12, [("机构人事", "人事任免")], appointments + brief)
    assert ("brief_among_appointments", "机构人事", brief) in losses


def test_an_unread_line_carries_the_section_it_lies_in():
    """A line of the 政务简讯 section no record holds, with nothing read after it: the section the split handed it to, and
    its page (it had '' when no record's line came before or after it)."""
    lines = [Line("政务简讯", page=3), Line(LIUZHOU_SECOND, page=3)]
    parsed = ParsedIssue(year=2010, issue_no=1)
    parsed.read_sections = [ReadSection("政务简讯", [])]
    parsed.line_sections = {printed_place(line): [0] for line in lines}
    (warning,) = coverage(lines, parsed, [])
    assert (warning.kind, warning.section, warning.page, warning.lines) == ("unread_line", "政务简讯", 3, [LIUZHOU_SECOND])


LOUD = [
    pytest.param(ParsedNews(LIUZHOU_TITLE + LIUZHOU_BYLINE, None, LIUZHOU_FIRST), "news_title_byline",
                 [LIUZHOU_TITLE + LIUZHOU_BYLINE], id="byline_glued_onto_the_title"),
    pytest.param(ParsedNews(LIUZHOU_TITLE, None, LIUZHOU_SECOND), "news_no_first_paragraph", [LIUZHOU_TITLE, LIUZHOU_SECOND],
                 id="first_paragraph_lost"),
    pytest.param(ParsedNews(ZHENGZHOU[0], date(2010, 1, 25), ZHENGZHOU[1]), "news_appointment_title", [ZHENGZHOU[0]],
                 id="title_worded_as_an_appointment"),
    pytest.param(ParsedNews("会议听取了市十二届人大常委会代表资格审查委员会的报告。会议还通过其他人事任免事项", None, LIUZHOU_FIRST),
                 "news_title_sentence", ["会议听取了市十二届人大常委会代表资格审查委员会的报告。会议还通过其他人事任免事项"],
                 id="a_sentence_read_as_a_title"),
    pytest.param(ParsedNews(SUINING[0].replace("决定邓正权为代理市长", "召开会议"), date(2010, 1, 26),
                            "\n".join([SUINING[1], *XICHANG[:2]])), "news_two_titles", XICHANG[:2], id="two_briefs_in_one"),
]


@pytest.mark.parametrize("brief, kind, quoted", LOUD)
def test_a_brief_read_wrong_is_a_loss_quoting_it(brief, kind, quoted):
    parsed = ParsedIssue(year=2010, issue_no=1, news=[brief])
    checks.finish(parsed, [])
    assert [(w.kind, w.section, w.lines) for w in parsed.warnings if w.is_loss] == [(kind, "政务简讯", quoted)]

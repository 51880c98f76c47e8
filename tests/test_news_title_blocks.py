"""A brief's headline block as a converter or a column leaves it (issue 21 §1-2, loss16): a dated headline wrapped over
several lines with a space before its comma, and a headline over a deck printed without a dash, which no shape tells from the
headline's third line: told as a loss quoting the title (a dashed subtitle stays in the title, as tests/test_raw_extraction.py
has it for 聊城's; a long one is told so too).

Rows are real reports of 北京 (tests/data/SOURCES.md, "loss16"), laid out as the gazette's 政务简讯 print them.
"""

from datetime import date

import pytest

from issues.parser import news, news_checks
from issues.parser.records import ParsedIssue, ParsedNews

# 千龙网 2026-01-25 (北京): the first paragraph as printed; the headline worded for the test from its first sentence, in the
# shape of the recorded 甘肃 headline ('1月15日，…会议开幕' + '省长…作《政府工作报告》')
BEIJING_FIRST = ("千龙网北京1月25日讯（记者 刘美君）1月25日，北京市第十六届人民代表大会第四次会议在北京会议中心开幕。北京市市长殷勇"
                 "在会上作政府工作报告，总结过去一年重点工作。")
BEIJING_TITLE = "1月25日，北京市第十六届人民代表大会第四次会议在北京开幕市长殷勇代表市政府向大会作政府工作报告"
# 北京 市政府常务会议 2025-07-17 (beijing.gov.cn): the first paragraph as printed; its headline and deck in the shape 北京日报
# prints them ('市政府召开常务会议 研究本市高质量发展综合绩效评价情况等事项 市长殷勇主持会议', 2024-09-19), the deck wrapped
BEIJING_MEETING = ["市政府召开常务会议", "研究上半年经济运行情况、国民经济和社会发展", "计划执行情况及三季度经济调度部署等事项",
                   "市长殷勇主持会议"]
BEIJING_MEETING_FIRST = ("7月17日上午，市政府召开常务会议，落实市委工作部署，研究上半年经济运行情况、国民经济和社会发展计划执行情况及三季度"
                         "经济调度部署等事项。市委副书记、市长殷勇主持会议。")


def read(lines, year, month):
    warnings = []
    found = news.parse(lines, year=year, issue_month=month, warnings=warnings)
    return [(brief.title, brief.date, brief.body) for brief in found], warnings


@pytest.mark.parametrize("headline", [
    pytest.param(["1月25日 ，北京市第十六届人民代表", "大会第四次会议 在北京开幕", "市长殷勇代表市政府 向大会作", "政府工作报告"],
                 id="four_lines_a_space_before_the_comma"),
    pytest.param(["1月25日 ，北京市第十六届人民代表大会第四次会议在北京开幕", "市长殷勇代表市政府向大会作政府工作报告"],
                 id="two_lines_a_space_before_the_comma"),
    pytest.param(["1月25日，北京市第十六届人民代表", "大会第四次会议 在北京开幕", "市长殷勇代表市政府 向大会作", "政府工作报告"],
                 id="four_lines"),
])
def test_a_dated_headline_wrapped_over_lines_is_the_title_of_the_brief_under_it(headline):
    briefs, warnings = read([*headline, BEIJING_FIRST], 2026, 2)
    assert briefs == [(BEIJING_TITLE, date(2026, 1, 25), BEIJING_FIRST)]
    assert not [w for w in warnings if w.level == "loss"]


def test_a_headline_over_a_deck_printed_without_a_dash_is_a_loss_quoting_the_title():
    briefs, _ = read([*BEIJING_MEETING, BEIJING_MEETING_FIRST], 2025, 7)
    parsed = ParsedIssue(year=2025, issue_no=7, news=[ParsedNews(title=title, date=day, body=body) for title, day, body in briefs])
    told = [w for w in news_checks.briefs(parsed) if w.kind == "news_long_title"]
    assert [w.lines for w in told] == [["".join(BEIJING_MEETING)]]
    assert told[0].level == "loss" and told[0].section == "政务简讯" and "副标题" in told[0].message


def test_a_dated_headline_over_two_lines_is_no_long_title():
    parsed = ParsedIssue(year=2026, issue_no=2, news=[ParsedNews(title="1月25日，北京市第十六届人民代表大会第四次会议在北京开幕",
                                                                 date=date(2026, 1, 25), body=BEIJING_FIRST)])
    assert not [w for w in news_checks.briefs(parsed) if w.kind == "news_long_title"]

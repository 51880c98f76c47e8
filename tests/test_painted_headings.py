"""Section headings of a raw two-column extraction (issues/parser/painted_headings.py): a heading painted after its page's
columns, whole or split over its lines, and the first line of a brief that opens the news section under it.

Rows are the real lines of tests/data/raw rows (tests/data/SOURCES.md, "raw extraction rows"); never bench/heldout*.
"""

import pytest

from issues.parser.lines import Line, page_break
from issues.parser.heading_pieces import join_split_headings
from issues.parser.painted_headings import dated


def column(*texts):
    return [page_break(3)] + [Line(text) for text in texts]


@pytest.mark.parametrize("texts, expected", [
    pytest.param(["政务", "简讯"], ["政务简讯"], id="news_heading_split_over_two_frames"),
    pytest.param(["人事", "任免", "政务", "简讯"], ["人事任免", "政务简讯"], id="two_headings_each_split"),
    pytest.param(["统计", "资料", "2022年9月社会消费品零售总额"], ["统计资料", "2022年9月社会消费品零售总额"],
                 id="statistics_heading_split_over_its_title"),
    pytest.param(["政 务 简 讯"], ["政 务 简 讯"], id="letter_spaced_on_one_line_stays"),
    pytest.param(["政务", "会议决定："], ["政务", "会议决定："], id="a_piece_over_a_decision_is_no_heading"),
    pytest.param(["财政部", "2006年10月26日"], ["财政部", "2006年10月26日"], id="a_signature_is_no_heading"),
])
def test_a_heading_split_over_its_lines_is_one_line(texts, expected):
    assert [line.text for line in join_split_headings(column(*texts))[1:]] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("2月11日，节后上班第一天一早，市长", True, id="its_date"),
    pytest.param("本报讯 记者牛前进报道：2月11日，节后上", True, id="a_papers_source_before_its_date"),
    pytest.param("亳州新闻网讯 12月24日下午，市政府第", True, id="a_websites_dateline_before_its_date"),
    pytest.param("任命卢江、孙斌为济南市人民政府副市长；", False, id="an_appointment_line"),
    pytest.param("会上，各位副市长就项目建设、产业发", False, id="a_briefs_second_paragraph"),
])
def test_a_briefs_first_column_line_opens_with_its_date_or_its_source(text, expected):
    assert dated(text) is expected


@pytest.mark.parametrize("texts", [
    # 青岛 2006-12 (sohu.com), as a column wraps it: the vote on the roll before the decision
    pytest.param(["会议表决通过了人事任免事项，决定任命王", "书坚为青岛市人民政府副市长。"], id="roll_voted_then_decided"),
    # 中山 2023-09 (凤凰网广东): the meeting voted, then decided
    pytest.param(["会议经表决，决定任命陈晖东为中山市人", "民政府副市长。"], id="meeting_voted_then_decided"),
    # 北京 2012-07 (新京报), worded for the test as an agency's dispatch prints a decision: its day, its colon, no verb of appointment
    pytest.param(["北京市第十三届人民代表大会常务委员会第", "三十四次会议25日决定：王安顺为北京市副", "市长、代理市长。"],
                 id="decided_after_a_colon_without_a_verb"),
    # 北京 2020-03-28 (东方日报), worded for the test: the meeting voting straight before its verb, the day before it
    pytest.param(["27日下午，北京市十五届人大常委会第二十", "次会议经表决，任命崔述强为北京市人民政", "府副市长。"],
                 id="the_meeting_voting_straight_before_its_verb"),
    # 中新社 2017-02 of 北京, worded for the test as a report shortens the meeting: no 第, 正式接受了
    pytest.param(["24日下午，北京市十四届人大常委会三十五", "次会议正式接受了李士祥辞去北京市副市长", "职务的请求。"],
                 id="the_meeting_without_di_accepting_for_good"),
])
def test_a_reports_decision_opens_the_appointments_section_on_its_page(texts):
    """A page's appointments heading painted at its foot goes before the report's decision that opens the column (it went before a
    later line, and the lines above it fell before any section, silently)."""
    from issues.parser.painted_headings import _opens_decision
    assert _opens_decision(column(*texts), 1)


def test_a_decision_naming_its_person_after_a_colon_holds_decision_words():
    """Coverage reads a line in no section as a decision by these words: a raw column's decision that fell before any section is
    then a loss quoting it (it was read by the brief retelling it, silently)."""
    from issues.parser import regexes
    assert regexes.DECISION_WORDS.search("北京市第十三届人民代表大会常务委员会第三十四次会议25日决定：王安顺为北京市副市长、代理市长。")


@pytest.mark.parametrize("texts", [
    # 深圳 2021 政府工作报告 (读特 2021-05-16): its first part's heading, over a paragraph opening with the quotation marks of
    # “十三五” (its words, set so for the test), as a column wraps them
    pytest.param(["一、“十三五”时期发展成就", "“十三五”时期，我们取得了来之不易的发展成", "绩。"],
                 id="a_reports_part_over_a_paragraph_opening_with_quotation_marks"),
])
def test_a_reports_numbered_part_is_no_briefs_title(texts):
    """A work report's part ('一、…') over a paragraph opening with “…” is no brief opening under its quotation: a news heading
    painted at the page's foot went there, and the report's text after it was told as unread briefs."""
    from issues.parser.painted_headings import _opens_brief
    assert not _opens_brief(column(*texts), 1)


# 上海 沪府发〔2017〕92号's enclosed 实施意见, its first part's heading, over a 广州 brief (广州市政府常务会议 2014-06, its title worded
# for the test): a page's 政务简讯 heading painted at its foot goes before the brief's title, never before the part's heading
ENCLOSED_PART_THEN_BRIEF = ["政务诚信是社会信用体系的重要组成部分。", "一、总体要求", "市政府召开常务会议",
                            "3日下午，广州市市长陈建华主持召开市政", "府常务会议。", "政务简讯"]


def test_a_brief_under_an_enclosed_plans_part_heading_opens_after_the_heading():
    """The part's heading ('一、总体要求') is the plan's last line, the brief's title the line under it (the heading went
    before the part's heading, which was read as the first line of the brief's title: heldout14 2019-04's class)."""
    from issues.parser.painted_headings import move_headings_to_page_top
    moved = [line.text for line in move_headings_to_page_top(column(*ENCLOSED_PART_THEN_BRIEF))[1:]]
    assert moved[:4] == ["政务诚信是社会信用体系的重要组成部分。", "一、总体要求", "政务简讯", "市政府召开常务会议"]


# loss16: the same plan's text running on from the page before, over the 2024-01 commentary (national, tests/data/SOURCES.md
# block news14, `YEAR_SUBJECT` of tests/test_news_openings_of_other_outlets.py) as a brief whose first paragraph names its year
# as its subject, as a column wraps them
PLAN_THEN_YEAR_BRIEF = ["政务诚信是社会信用体系的重要组成部分。", "新年贺词凝聚奋进力量", "2024年是中华人民共和国成立75周年，",
                        "是实现“十四五”规划目标任务的关键一年。", "政务简讯"]


def test_a_brief_whose_first_paragraph_names_its_year_opens_the_news_section_on_its_page():
    """The heading painted at the page's foot goes over the brief's title (it found no opening and went to the page top: the
    enclosed plan's text running on from the page before was read as unread briefs, lost to its document)."""
    from issues.parser.painted_headings import move_headings_to_page_top
    moved = [line.text for line in move_headings_to_page_top(column(*PLAN_THEN_YEAR_BRIEF))[1:]]
    assert moved[:3] == ["政务诚信是社会信用体系的重要组成部分。", "政务简讯", "新年贺词凝聚奋进力量"]


# loss16: 上海 2026 政府工作报告 (解放日报 2026-02-09): its first part's heading (without its number, as a sub-heading prints it) over
# its first sentence, then the 北京 市政府常务会议 brief of 2025-07-17 (beijing.gov.cn; tests/data/SOURCES.md "loss16"), wrapped as a
# column wraps them
REPORT_THEN_DATED_BRIEF = ["各位代表：", "2025年工作回顾", "2025年是“十四五”规划冲刺收官、“十五五”规划谋篇布局之年。",
                           "市政府召开常务会议", "7月17日上午，市政府召开常务会议，落实", "市委工作部署。", "政务简讯"]


def test_a_reports_sub_heading_over_a_year_is_no_brief_where_a_dated_brief_follows():
    """A year named as the subject under a report's sub-heading opens no brief where a brief on the page opens with its date: the
    heading goes over that brief (the report's part was read as a brief, the report's text lost to it)."""
    from issues.parser.painted_headings import move_headings_to_page_top
    moved = [line.text for line in move_headings_to_page_top(column(*REPORT_THEN_DATED_BRIEF))[1:]]
    assert moved.index("政务简讯") == moved.index("市政府召开常务会议") - 1


# h18fix: the 上海市统计局 rows of tests/data/raw/a_table_alone.txt and their producer, then a 上海 brief (中国政府网 2006-07-20, 人民日报
# 记者励漪: 总体经济运行良好,全市生产总值完成4781.93亿元,比去年同期增长12.6%; its title and its lede '记者从…获悉，' worded for the test
# as a paper words them), the lede cut by the column before 获悉
TABLE_THEN_BRIEF = ["社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7", "#批发零售业 亿元 1363.93 0.6 11055.38 -9.4", "上海市统计局",
                    "上海上半年经济运行良好", "记者从上海市例行新闻发布会上获", "悉，总体经济运行良好，全市生产总", "值完成4781.93亿元，比去年同期增长",
                    "12.6%。", "上半年，上海经济延续了平稳较快发", "展的态势，二、三产业同步增长。", "政务简讯"]


def test_a_brief_after_a_tables_producer_opens_the_news_section_though_its_lede_is_cut():
    """The heading painted at the page's foot goes over the brief's title under the table's producer line, its lede
    '记者从…获悉，' cut by the column (it found the title nowhere: it went over a later paragraph or the table's rows, the brief's
    text before it read into the table or lost)."""
    from issues.parser.painted_headings import move_headings_to_page_top
    moved = [line.text for line in move_headings_to_page_top(column(*TABLE_THEN_BRIEF))[1:]]
    assert moved.index("政务简讯") == moved.index("上海上半年经济运行良好") - 1

"""What opens a brief besides its title and its date (issue 21, news21g): a kicker over a headline that opens as a first
paragraph does ('一季度，…'), a label before the first paragraph ('【摘要】15日下午，…'), an opening clause a raw column cuts
before its comma ('为深入贯彻…精' over '神，15日，…'), and a document's note under its date read over the first brief
('（此件公开发布）', '（联系人：…）'), in text exports and raw two-column extractions (issues/parser/news.py,
issues/parser/painted_headings.py).

Rows are real reports of other provinces and the nation (tests/data/SOURCES.md, "news21g"), laid out as the gazette's
政务简讯 print them.
"""

from datetime import date

import pytest

from issues.parser import news, parse_issue
from issues.parser.lines import Line, page_break
from issues.parser.painted_headings import move_headings_to_page_top
from tests.test_read_variations import QINGYUAN, RAW_BRIEFS, YONGDENG, YONGDENG_TOC, layout, raw_layout

# 经济观察报 2024-04-16 (国家统计局): its headline as a kicker, a headline written from its first sentence, its first sentence
# dated by the day it names (国家统计局16日发布的数据显示 -> 4月16日，国家统计局发布的数据显示)
KICKER = "四个关键词评价一季度中国经济"
NBS_FIRST = "4月16日，国家统计局发布的数据显示，初步核算，一季度国内生产总值296299亿元，按不变价格计算，同比增长5.3%。"
# 汉川 (湖北): a brief of its city's meeting; once with its opening clause first, as briefs of other papers print it
HANCHUAN_TITLE = "汉川市召开优化营商环境专项整治行动工作推进会"
HANCHUAN = ("6月15日，我市召开优化营商环境专项整治行动工作推进会，深入贯彻落实全省推进营商环境建设大会精神。市委常委、市纪委书记、"
            "市监委主任胡涛，副市长甘霖出席会议。")
HANCHUAN_CLAUSE = ("为深入贯彻落实全省推进营商环境建设大会精神，15日，我市召开优化营商环境专项整治行动工作推进会。市委常委、市纪委书记、"
                   "市监委主任胡涛，副市长甘霖出席会议。")
# 天津 (2008-01): the meeting under a title and a short second title line, its first sentence under a label, its day alone
# (1月15日下午 laid out as 15日，)
TIANJIN = ["市十四届人民政府召开第九次全体会议", "讨论《政府工作报告》"]
TIANJIN_FIRST = ("15日，代市长黄兴国主持召开市十四届人民政府第九次全体会议。与会人员围绕准备提交天津市第十五届人民代表大会第一次会议的"
                 "《政府工作报告》进行了认真讨论。")


def text_export(year, month, lines):
    parsed = parse_issue(layout(year, month, [("政务简讯", "政务简讯"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG))
    return parsed, [(w.kind, w.lines) for w in parsed.warnings if w.is_loss]


def raw_extraction(year, month, lines):
    parsed = parse_issue(raw_layout(year, month, [QINGYUAN, ["政 务 简 讯"] + lines, YONGDENG]))
    return parsed, [(w.kind, w.lines) for w in parsed.warnings if w.is_loss and w.section == "政务简讯"]


SHAPES = [pytest.param(text_export, id="text_export"), pytest.param(raw_extraction, id="raw_extraction")]


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("headline", ["一季度，国内生产总值同比增长5.3%", "1—3月，国内生产总值同比增长5.3%"])
@pytest.mark.parametrize("first", [True, False], ids=["first_brief", "after_a_brief"])
@pytest.mark.parametrize("lead", [NBS_FIRST, NBS_FIRST.replace("4月16日，国家统计局发布", "国家统计局16日发布")],
                         ids=["month_and_day_first", "day_before_the_verb_as_printed"])
def test_a_kicker_over_a_headline_opening_with_a_part_of_the_year_is_one_title(read, headline, first, lead):
    """The kicker and the headline are the brief's title, joined as a title's lines are; the headline was read as the
    first paragraph, the kicker alone the title."""
    briefs = [[KICKER, headline, lead], [HANCHUAN_TITLE, HANCHUAN.replace("6月", "4月")]]
    parsed, losses = read(2024, 4, [line for brief in (briefs if first else briefs[::-1]) for line in brief])
    found = {n.title: (n.date, n.body) for n in parsed.news}
    assert found[KICKER + headline] == (date(2024, 4, 16), lead) and len(found) == 2
    assert losses == []


@pytest.mark.parametrize("read", SHAPES)
def test_a_kicker_printed_with_a_comma_over_a_dated_headline_is_one_title(read):
    """A kicker with a comma (written for the test) over the dated headline, after the 汉川 brief: one title (the kicker
    and the headline were read as two lines of the brief before, and the brief lost without a word)."""
    kicker, headline = "坚持稳中求进，推动高质量发展", "一季度，国内生产总值同比增长5.3%"
    parsed, losses = read(2024, 4, [HANCHUAN_TITLE, HANCHUAN.replace("6月", "4月"), kicker, headline, NBS_FIRST])
    assert [(n.title, n.date) for n in parsed.news] == [(HANCHUAN_TITLE, date(2024, 4, 15)), (kicker + headline, date(2024, 4, 16))]
    assert parsed.news[0].body == HANCHUAN.replace("6月", "4月") and losses == []


def test_a_kicker_ending_with_a_colon_as_the_sections_first_line_is_no_crash():
    """The kicker printed with a colon over the first brief (written for the test): the brief is read (reading the section
    failed, its briefs all lost)."""
    found = news.parse([KICKER + "：", HANCHUAN_TITLE, HANCHUAN], year=2024, issue_month=6, warnings=[])
    assert [(n.title, n.date) for n in found] == [(KICKER + "：" + HANCHUAN_TITLE, date(2024, 6, 15))]


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("label", ["【摘要】", "【导读】", "【编者按】", "摘要：", "【摘要】\n", "【摘 要】"],
                         ids=["abstract", "guide", "editors_note", "abstract_with_a_colon", "abstract_alone_on_its_line",
                              "abstract_letter_spaced"])
def test_a_labelled_first_paragraph_under_a_two_line_title_opens_its_brief(read, label):
    """The 天津 brief after the 汉川 one (re-dated to January), its first paragraph under a label (written for the test, once
    with a colon, once alone on its line): its own brief, dated by its day (it was merged into the brief before, or the label
    read into the title)."""
    lines = [HANCHUAN_TITLE, HANCHUAN.replace("6月15日", "1月14日"), *TIANJIN, *(label + TIANJIN_FIRST).split("\n")]
    parsed, losses = read(2008, 1, lines)
    assert [(n.title, n.date) for n in parsed.news] == [(HANCHUAN_TITLE, date(2008, 1, 14)), ("".join(TIANJIN), date(2008, 1, 15))]
    assert parsed.news[1].body.replace("\n", "") == label.strip() + TIANJIN_FIRST and losses == []


@pytest.mark.parametrize("read", SHAPES)
def test_a_brief_alone_whose_text_opens_with_a_clause_before_its_day_is_read(read):
    """The 汉川 brief alone in its section, its title wrapped over two column lines, its text opening with a clause the
    column cuts before its comma ('为深入贯彻落实全省推进营商环境建设大会' over '精神，15日，…')."""
    parsed, losses = read(2022, 6, [HANCHUAN_TITLE, HANCHUAN_CLAUSE])
    assert [(n.title, n.date, n.body) for n in parsed.news] == [(HANCHUAN_TITLE, date(2022, 6, 15), HANCHUAN_CLAUSE)]
    assert losses == []


NOTES = [pytest.param(["（此件公开发布）"], id="public_release"),
         pytest.param(["（联系人：王明，电话：0951-68888", "88）"], id="contact_line_wrapped")]


@pytest.mark.parametrize("note", NOTES)
def test_a_notes_lines_under_a_signature_keep_a_painted_news_heading_after_them(note):
    """The 清远 notice's last lines, a note under its date (written for the test), then a brief and the page's painted
    heading: the heading goes after the note, which stays the notice's (it went over it, the note glued to the title)."""
    lines = [page_break(3)] + [Line(text) for text in ["新修订的《清远市人民政府工作规则》已经七届第", "44次市政府常务会议审议通过。",
                                                        "清远市人民政府", "2019年11月29日", *note, RAW_BRIEFS[0],
                                                        "8月12日上午，县十七届人大常委会召开", "第三十六次会议。", "政务简讯"]]
    moved = [line.text for line in move_headings_to_page_top(lines)][1:]
    assert moved[4:] == [*note, "政务简讯", RAW_BRIEFS[0], "8月12日上午，县十七届人大常委会召开", "第三十六次会议。"]


@pytest.mark.parametrize("note", NOTES)
def test_a_documents_note_read_into_the_news_is_no_title_and_a_loss(note):
    """The note read into the section over the first brief (its heading put over it): never a title's line, and quoted in
    a loss."""
    warnings = []
    found = news.parse(note + RAW_BRIEFS, year=2015, issue_month=8, warnings=warnings)
    assert [n.title for n in found] == [RAW_BRIEFS[0], RAW_BRIEFS[2]]
    assert [(w.kind, w.section, w.lines) for w in warnings] == [("news_document_note", "政务简讯", note)]


def test_a_briefs_own_contact_line_closes_it_and_is_no_title_of_the_next():
    """A contact line closing the first brief (written for the test): it stays in its brief and ends it, never a kicker of
    the next title."""
    contact = "（联系电话：0951-6888888）"
    warnings = []
    found = news.parse(RAW_BRIEFS[:2] + [contact] + RAW_BRIEFS[2:], year=2015, issue_month=8, warnings=warnings)
    assert [(n.title, n.body.split("\n")[-1]) for n in found] == [(RAW_BRIEFS[0], contact), (RAW_BRIEFS[2], RAW_BRIEFS[3])]
    assert warnings == []


@pytest.mark.parametrize("note", ["（此件公开发布）", "（联系人：王明，电话：0951-6888888）"])
def test_a_raw_pages_note_under_a_signature_stays_the_documents(note):
    """The 清远 notice with the note under its date (its column wraps the contact line), then the briefs and the page's
    painted heading: the note is the notice's, the briefs' titles their own (the note was glued to the first title, or
    reading the section failed)."""
    parsed = parse_issue(raw_layout(2015, 8, [QINGYUAN + [note] + RAW_BRIEFS + ["政务简讯"], YONGDENG]))
    assert [n.title for n in parsed.news] == [RAW_BRIEFS[0], RAW_BRIEFS[2]]
    assert parsed.documents[0].body.endswith(note)
    assert [w.lines for w in parsed.warnings if w.is_loss and w.section == "政务简讯"] == []


def test_a_painted_news_heading_goes_over_a_brief_whose_clause_the_column_cuts():
    """The 清远 notice's last lines, then the 汉川 brief opening with its clause, cut by the column before its day, and the
    page's painted heading: the heading goes after the notice's date (it went to the page top, the notice's text read as news)."""
    brief = ["汉川市召开优化营商环境专项整治行动工作", "推进会", "为深入贯彻落实全省推进营商环境建设大会", "精神，15日，我市召开优化营商环境专项",
             "整治行动工作推进会。"]
    notice = ["新修订的《清远市人民政府工作规则》已经七届第", "44次市政府常务会议审议通过。", "清远市人民政府", "2019年11月29日"]
    lines = [page_break(3)] + [Line(text) for text in [*notice, *brief, "政务简讯"]]
    assert [line.text for line in move_headings_to_page_top(lines)][1:] == [*notice, "政务简讯", *brief]

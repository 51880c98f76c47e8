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

from issues.parser import news, news_checks, parse_issue
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


# --- news21h: real briefs the reader lost on issues it had not seen (issue 21, news21h) ----------------------------------
# Rows: tests/data/SOURCES.md, "news21h". Each brief is (its lines as printed, (month, day) of its event).
COLUMN = [
    # 焦作日报 2022-03-31 (河南): a title as wide as two column lines, a paper's dateline and byline
    (["市新冠肺炎疫情防控工作新闻发布会（第十二场）举行",
      "本报讯（记者朱晓琳）3月30日，市新冠肺炎疫情防控工作新闻发布会（第十二场）在市会议中心举行。市卫健委、市发改委、"
      "市交通运输局、市住建局、市商务局相关负责人出席新闻发布会并回答了记者提问。",
      "根据通报，今年前2个月，我市固定资产投资同比增长23.3%，较去年全年提高15个百分点，居全省第4位，全市投资回暖趋势明显，"
      "为经济稳定增长发挥了关键作用。"], (3, 30)),
    # 成都日报 2026-01-29 (四川): a dateline whose byline a column cuts
    (["市政协十六届四次会议举行政府工作报告协商建言座谈会",
      "本报讯 （成都日报锦观新闻记者 李世芳 常斐） 1月29日，市政协十六届四次会议举行政府工作报告协商建言座谈会。中共成都市委"
      "副书记、市人民政府代市长陈书平听取了各政协委员小组代表对政府工作报告和政府工作的意见建议。市政协主席曾卿主持座谈会。"], (1, 29)),
    # 阜阳 2023-12-25 (安徽): a headline naming 昨日, the text its date
    (["安徽阜阳市纺织服装行业协会第一次会员大会昨日召开",
      "12月23日上午，阜阳市纺织服装行业协会第一次会员大会召开。市委常委、组织部部长吕国平出席并讲话，安徽省纺织行业协会执行会长"
      "叶梁到会指导，市人大常委会副主任金杰、市政府副市长虞建斌出席会议。"], (12, 23)),
    # 石首 (湖北): a closing byline (its title written from its first sentence)
    (["市政府召开《2022年政府工作报告》征求意见座谈会",
      "11月16日，市政府召开专题座谈会，邀请老干部、人大代表、政协委员、市民代表、网民代表，就《2022年政府工作报告》"
      "（征求意见稿）广泛听取意见和建议。（记者黎龙）"], (11, 16)),
    # 西江网 2022-10-08 (贵港, 广西): 今天 with its date in brackets (its title written from its first sentence)
    (["全市“防疫情、抓安全、保稳定、稳增长、促发展”工作推进会召开",
      "今天（10月8日）上午，全市“防疫情、抓安全、保稳定、稳增长、促发展”工作推进会在市区召开，会议贯彻落实党中央“疫情要防住、"
      "经济要稳住、发展要安全”重要要求。市委副书记、市长朱会东出席会议并讲话。"], (10, 8)),
    # 济宁新闻网 2025-09-24 (山东): a site's brand after a middle dot in its dateline (the title written from its first sentence)
    (["济宁市政府第六次全体（扩大）会议召开",
      "济宁新闻网·更济宁讯（记者 秦伯璞）9月24日上午，济宁市政府第六次全体（扩大）会议召开。市委副书记、市长张海波出席并讲话。"],
     (9, 24)),
    # 大众网 (枣庄, 山东): a site's byline on its own line under the title
    (["枣庄市市政工程协会第一届第一次会议胜利召开", "大众网·海报新闻记者 王运峰 枣庄报道",
      "3月17日，枣庄市市政工程协会第一届第一次会议在开元凤鸣山庄胜利召开。市住建局、市民政局、市城管局领导及各区市住建局领导"
      "出席会议，协会秘书长朱新宇主持会议。"], (3, 17)),
    # 央广网 2024-04-17: a radio's 消息 dateline, a headline ending in a figure (written from its first sentence)
    (["国家统计局：一季度国内生产总值同比增长5.4%",
      "央广网北京4月17日消息（记者王逸群）据中央广播电视总台中国之声《新闻和报纸摘要》报道，国家统计局16日发布的数据显示，"
      "初步核算，一季度国内生产总值318758亿元，按不变价格计算，同比增长5.4%。"], (4, 16)),
    # 长沙 2016-09-28 (湖南): a headline worded as an election (written from its text), 2016年9月27日 laid out as 9月27日
    (["熊政祥当选长沙市环境卫生清洗保洁行业协会会长",
      "9月27日，长沙市环境卫生清洗保洁行业协会成立大会暨第一次会员代表大会在长沙隆重召开。"], (9, 27)),
    # 中新社 2008-01-31 (上海): an agency's dateline in Chinese numerals, 今天 its day
    (["上海市市长韩正在其连任后举行首场中外记者招待会",
      "中新社上海一月三十一日电（记者 许晓青）上海市市长韩正今天在其连任后的第一个工作日与近二百位中外记者见面。"], (1, 31)),
    # 贵州 2022-04-21: a kicker with a comma ending in a figure over its headline (both written from its first paragraph)
    (["一季度，全省地区生产总值增长6.6%", "我省经济运行实现“开门稳”",
      "本报讯 （记者 申川 王法）4月20日，记者从省政府新闻办召开的新闻发布会上获悉，今年一季度，我省经济运行总体呈现开局平稳、"
      "结构趋优、质效提升的态势，实现了“开门稳”。"], (4, 20)),
    # 宁夏政务新闻网 2025-04-18: a meeting's words opening its second paragraph (the title written from its first sentence)
    (["市政府召开第107次常务会议", "4月14日，市政府召开第107次常务会议。",
      "会议强调，要认真落实党中央、国务院和自治区党委、政府部署要求，坚决打赢防汛抗旱这场硬仗，切实保障人民群众生命财产安全。"], (4, 14)),
    # 广州 2022-09-24 (广东): a title and two subtitle lines, which a raw column wraps over four lines
    (["广州市政府召开党组会议", "深入学习贯彻习近平总书记重要指示精神", "传达全省推进实施《南沙方案》现场会和市委全会精神",
      "9月23日下午，广州市政府党组书记、市长郭永航主持召开市政府党组会议暨市政府党组理论学习中心组学习（扩大）会议，"
      "研究市政府贯彻落实工作。",
      "会议强调，要坚决落实中央决策部署及省委省政府、市委工作要求，坚决扛起历史责任。"], (9, 23)),
]
KICKED = 10  # the brief under a kicker: its title is the kicker and the headline, joined as a title's lines are
TITLE_LINES = {KICKED: 2, 12: 3}  # the lines a title joins (a title and its subtitles are one title, as the fixtures print it)
# a 人事任免 list before the briefs (written for the test, as tests/test_news_headlines.py lays it out)
APPOINTMENTS = ["人事任免", "2010年1月20日，市人民政府决定：", "任命张三为市发展和改革委员会主任；", "免去李四的市财政局局长职务。"]


def _expected(k):
    lines, (month, day) = COLUMN[k]
    head = TITLE_LINES.get(k, 1)
    return "".join(lines[:head]), (month, day), "".join("".join(lines[head:]).split())


def _unexpected(losses, kept):
    """The losses told besides dates outside the month and the titles past news_checks.LONG_TITLE characters (广州's title and
    its two subtitles, 51: a deck may be in it, told for staff to check, loss16)."""
    long = [(kind, [title]) for kind, title in (("news_long_title", _expected(k)[0]) for k in kept)
            if len(title) > news_checks.LONG_TITLE]
    told = [(kind, lines) for kind, lines in losses if kind != "news_date"]
    return [loss for loss in told if loss not in long] + [loss for loss in long if loss not in told]


def _found(parsed):
    return [(n.title, (n.date.month, n.date.day) if n.date else None, "".join(n.body.split())) for n in parsed.news]


def _raw_after_appointments(lines, labelled):
    parsed = parse_issue(raw_layout(2024, 6, [QINGYUAN, APPOINTMENTS + ["政 务 简 讯"] * labelled + lines, YONGDENG]))
    return parsed, [(w.kind, w.lines) for w in parsed.warnings if w.is_loss and w.section in ("政务简讯", "机构人事")]


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("order", [pytest.param(1, id="as_listed"), pytest.param(-1, id="reversed")])
def test_a_column_of_real_briefs_is_read_whole(read, order):
    """Thirteen real briefs of other provinces as one 政务简讯 column (dates outside the issue's month told, as they should be):
    each brief with its title, date and body. Before news21h a raw column lost three of them with no word: a title as wide
    as the column after a full last line was glued to the paragraph before ('…出席会议。' + '市政协十六届…'), a dateline
    with a brand ('济宁新闻网·更济宁讯…') or in Chinese numerals read as a title line, a byline line ('大众网·海报新闻记者…')
    read into the title; and the kicker opening the column lost its brief."""
    kept = list(range(len(COLUMN)))[::order]
    parsed, losses = read(2024, 6, [line for k in kept for line in COLUMN[k][0]])
    assert _found(parsed) == [_expected(k) for k in kept]
    assert _unexpected(losses, kept) == []


@pytest.mark.parametrize("k", range(len(COLUMN)), ids=lambda k: COLUMN[k][0][0][:12])
@pytest.mark.parametrize("labelled", [True, False], ids=["under_its_label", "its_label_lost"])
def test_a_real_brief_after_appointments_in_a_raw_column_is_a_brief(k, labelled):
    """Each real brief right after a 人事任免 list on a raw page: a brief, the list's rows its own. Before news21h a title
    wrapped over two column lines ('熊政祥当选长沙市环境卫生清洗保洁行业协' + '会会长', '国家统计局：…同比增长' + '5.4%'), a kicker
    ('一季度，全省…增长6.6%'), '今天（10月8日）上午，…' and a dateline in Chinese numerals were read as appointment lines (told
    only as the list's) or unread, the brief lost or titled by a line's end ('会会长')."""
    parsed, losses = _raw_after_appointments(COLUMN[k][0], labelled)
    assert _found(parsed) == [_expected(k)]
    assert sorted(a.person for a in parsed.appointments) == ["张三", "李四"]
    assert _unexpected(losses, [k]) == []


@pytest.mark.parametrize("read", SHAPES)
def test_a_kicker_with_a_comma_opening_the_column_is_the_first_briefs_title(read):
    """The 贵州 brief first in its column, its kicker printed with a comma: one title with its headline (the kicker was read
    as a first paragraph, the brief's lines all told unread and the brief lost)."""
    parsed, losses = read(2022, 4, COLUMN[KICKED][0] + COLUMN[0][0][:2])
    assert [(n.title, n.date) for n in parsed.news] == [("".join(COLUMN[KICKED][0][:2]), date(2022, 4, 20)),
                                                       (COLUMN[0][0][0], date(2022, 3, 30))]
    assert losses == []


BYLINES = [
    pytest.param(6, "大众网·海报新闻记者 王运峰 枣庄报道", id="site_reporter_and_place"),
    # the 成都日报 brief's bracketed byline laid out as a line of its own under its title, as papers print it
    pytest.param(1, "成都日报锦观新闻记者 李世芳 常斐", id="paper_and_two_reporters"),
]


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("k, byline", BYLINES)
def test_a_byline_naming_its_outlet_under_the_title_opens_the_body(read, k, byline):
    """A byline line naming the outlet before 记者, under the title and over the first paragraph: the body's first line, never
    the title's second (it was glued to the title with no word, the brief unmatched by its title)."""
    lines = COLUMN[k][0]
    first = lines[-1] if k == 6 else lines[1].replace("本报讯 （成都日报锦观新闻记者 李世芳 常斐） ", "")
    parsed, losses = read(2026, COLUMN[k][1][0], [lines[0], byline, first])
    assert [(n.title, "".join(n.body.split())) for n in parsed.news] == [(lines[0], "".join((byline + first).split()))]
    assert [kind for kind, _ in losses if kind != "news_date"] == []


# 焦作日报 2022-03-31 and 贵州 2022-04-21 (COLUMN above): a sentence of each laid out as a brief's first paragraph, its lead clause
# dropped, under a title written from it
YEAR_PARTS = [
    pytest.param("我市固定资产投资同比增长23.3%", "今年前2个月，我市固定资产投资同比增长23.3%，较去年全年提高15个百分点，居全省第4位，"
                 "全市投资回暖趋势明显，为经济稳定增长发挥了关键作用。", id="the_years_first_months"),
    pytest.param("我省经济运行实现“开门稳”", "今年一季度，我省经济运行总体呈现开局平稳、结构趋优、质效提升的态势，实现了“开门稳”。",
                 id="a_quarter_of_this_year"),
]


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("title, first", YEAR_PARTS)
def test_a_first_paragraph_opening_with_a_part_of_this_year_opens_an_undated_brief(read, title, first):
    """After the 宁夏 brief: a brief of its own, dated null as its text names no day (it was merged into the brief before, or
    its lines told unread)."""
    parsed, losses = read(2025, 4, COLUMN[11][0][:2] + [title, first])
    assert [(n.title, n.date, "".join(n.body.split())) for n in parsed.news] == [
        (COLUMN[11][0][0], date(2025, 4, 14), COLUMN[11][0][1]), (title, None, "".join(first.split()))]
    assert losses == []


# 央视网 2018-03-21 (新闻联播): a broadcaster's lead naming its programme, ending with a colon, printed on a line of its own
# over the first paragraph, or before it on one line
CCTV_TITLE = "李克强主持召开国务院常务会议"
CCTV_LEAD = "央视网消息（新闻联播）："
CCTV_FIRST = "国务院总理李克强3月21日主持召开国务院常务会议，确定《政府工作报告》重点任务分工。新一届国务院开始全面履职。"


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("own_line", [True, False], ids=["lead_on_its_own_line", "lead_before_the_text"])
def test_a_broadcasters_lead_ending_with_a_colon_opens_the_body(read, own_line):
    """'央视网消息（新闻联播）：' is the source the body opens with, never the title's second line (the brief was lost
    under a title glued to it)."""
    body = [CCTV_LEAD, CCTV_FIRST] if own_line else [CCTV_LEAD + CCTV_FIRST]
    parsed, losses = read(2018, 3, [CCTV_TITLE] + body + [HANCHUAN_TITLE, HANCHUAN.replace("6月", "3月")])
    found = {n.title: "".join(n.body.split()) for n in parsed.news}
    assert found.get(CCTV_TITLE) == CCTV_LEAD + CCTV_FIRST and len(found) == 2
    assert [kind for kind, _ in losses if kind != "news_date"] == []


# 国家统计局 2023-02-10 (via caijienews.com): the month's consumer prices printed as a brief, its numbered parts' headings
# between its paragraphs, each part opening with the month as a brief's first paragraph does
# 湖北 2021-05-07 (a news site's copy of the 人大's report): the column's first title printed with a comma, over its first paragraph
HUBEI_COMMA_TITLE = "王忠林任湖北省代理省长，接受王晓东辞去湖北省省长职务的请求"
HUBEI = ["5月7日下午，湖北省十三届人大常委会第二十三次会议表决通过，决定任命王忠林为湖北省副省长、代理省长。",
         "会议决定，接受王晓东辞去湖北省省长职务的请求。"]


@pytest.mark.parametrize("read", SHAPES)
def test_a_title_with_a_comma_opening_the_column_over_its_first_paragraph_is_its_title(read):
    """The brief is found under its title, dated, with no loss; its title and paragraphs were told unread."""
    parsed, losses = read(2021, 5, [HUBEI_COMMA_TITLE, *HUBEI, HANCHUAN_TITLE, HANCHUAN.replace("6月", "5月")])
    assert [(n.title, n.date, n.body) for n in parsed.news][0] == (HUBEI_COMMA_TITLE, date(2021, 5, 7), "\n".join(HUBEI))
    assert losses == []


CPI_TITLE = "2023年1月份居民消费价格同比上涨2.1%环比上涨0.8%"
CPI = ["2023年1月份，全国居民消费价格同比上涨2.1%。其中，城市上涨2.1%，农村上涨2.1%；食品价格上涨6.2%，非食品价格上涨1.2%。",
       "一、各类商品及服务价格同比变动情况",
       "1月份，食品烟酒类价格同比上涨4.7%，影响CPI（居民消费价格指数）上涨约1.33个百分点。",
       "二、各类商品及服务价格环比变动情况",
       "1月份，食品烟酒类价格环比上涨2.0%，影响CPI上涨约0.57个百分点。"]


@pytest.mark.parametrize("read", SHAPES)
def test_a_numbered_parts_heading_inside_a_brief_is_no_title(read):
    """'一、各类商品及服务价格同比变动情况' over '1月份，…' is a part of the brief it is printed in (each was read as a brief
    of its own, the release cut in three)."""
    parsed, losses = read(2023, 2, [CPI_TITLE, *CPI, HANCHUAN_TITLE, HANCHUAN.replace("6月", "2月")])
    found = {n.title: "".join(n.body.split()) for n in parsed.news}
    assert set(found) == {CPI_TITLE, HANCHUAN_TITLE} and found[CPI_TITLE] == "".join(CPI)
    assert [kind for kind, _ in losses if kind != "news_date"] == []


@pytest.mark.parametrize("read", SHAPES)
def test_briefs_numbered_as_titles_stay_briefs_however_long_their_first_title(read):
    """Briefs whose titles are numbered ('一、…' over '二、…'; written for the test): the second is a brief, never a part of the
    first, though the first title is longer than a part's heading (30 characters after 、)."""
    first = "一、市政府召开第十五次常务会议研究部署全市安全生产和防汛抗旱及城市内涝防治工作"
    second = "二、市长到重点项目现场调研"
    parsed, losses = read(2024, 6, [first, "6月6日，市政府召开第十五次常务会议，研究部署全市安全生产和防汛抗旱工作。",
                                    second, "6月8日，市长到重点项目现场调研，了解项目建设进度，帮助企业解决困难。"])
    assert [n.title for n in parsed.news] == [first, second]
    assert [kind for kind, _ in losses if kind != "news_date"] == []

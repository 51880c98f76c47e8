"""Every loss becomes a warning (issue 21 §2): checks over a parsed issue, on real cases.

Two tables: a fixture changed the way real issues go wrong (a brief's first paragraph lost, a
section the parser does not know, a doc number line lost, a note in the statistics table, the
text pasted again and again), each row naming the warning it must raise and a line it must quote;
and records as literal data for the checks that read one kind (dates, documents).
"""

import dataclasses
from datetime import date

import pytest

from issues.parser import checks, parse_issue
from issues.parser.lines import Line, printed_place
from issues.parser.records import (ParsedAppointment, ParsedChronicleEntry, ParsedDocument, ParsedIssue, ParsedNews,
                                   ReadSection, TocEntry)
from tests.conftest import ISSUE_FILES, fixture_text

# A column the parser has no kind for, as a text export prints one (heading letter-spaced).
UNKNOWN_SECTION = ["专 题 报 道", "", "我市召开民营经济高质量发展大会", "",
                   "会上，市领导为获奖企业颁奖，并部署下一阶段重点工作。", ""]
BODY_START = 125  # 2020-06's table of contents ends before this line


def _at(lines, printed):
    return next(i for i, line in enumerate(lines) if i > BODY_START and line.strip().lstrip("# ") == printed)


def deleted(printed_start):
    return lambda lines: [line for line in lines if not line.startswith(printed_start)]


def inserted_before(printed, new_lines):
    def insert(lines):
        at = _at(lines, printed)
        return lines[:at] + new_lines + lines[at:]
    return insert


def replaced(printed_start, new_line):
    return lambda lines: [new_line if line.startswith(printed_start) else line for line in lines]


def repeated(times):
    return lambda lines: lines * times


def _both(*changes):
    def change(lines):
        for each in changes:
            lines = each(lines)
        return lines
    return change


CHANGED_FIXTURE = [
    pytest.param(deleted("6月5日，我市召开交通强国"), "news_merged", "我市召开交通强国建设试点暨",
                 id="brief_lost_its_dated_first_paragraph"),
    pytest.param(deleted("6月5日，我市召开交通强国"), "toc_count", "等简讯6则", id="toc_announces_more_briefs"),
    pytest.param(deleted("温政办〔2020〕53号"), "toc_entry_not_found", "温政办〔2020〕53号",
                 id="doc_number_line_lost"),
    pytest.param(deleted("温政办〔2020〕53号"), "document_two_signatures", "温州市人民政府 2020年6月24日",
                 id="document_merged_into_the_one_before"),
    pytest.param(inserted_before("温州市统计局制", ["注：本表数据为快报数，以年报为准。", ""]), "unread_line",
                 "注：本表数据为快报数", id="note_under_the_statistics_table"),
    pytest.param(inserted_before("《温州市人民政府公报》赠阅范围：", ["规模以上工业增加值\t亿元\t——\t——\t——\t5.6", ""]),
                 "statistics_rows_in_back_matter", "规模以上工业增加值", id="table_row_after_the_producer_line"),
    pytest.param(repeated(10), "repeated_text", "", id="issue_text_pasted_ten_times"),
    # issue 21's Why: 49 of 50 copies were stored as 封底及其他 without a word
    pytest.param(repeated(50), "back_matter_size", "赠阅范围", id="issue_text_pasted_fifty_times"),
    pytest.param(replaced("董旭辉的温州市人力资源和社会保障局副局长职务", "董旭辉同志另有任用；"), "appointment_unread",
                 "董旭辉同志另有任用", id="appointment_line_of_no_known_shape"),
]


def losses(text):
    return [w for w in parse_issue(text).warnings if w.is_loss]


# Where an unknown column may be printed: after each kind of section (the line it is printed before,
# and the TOC entry of the section it follows, which its warning names). Read on, its lines became a
# brief's, a document's or a chronicle entry's text, or an issued row's title.
UNKNOWN_SECTION_PLACES = [
    pytest.param("政 务 简 讯", "6月份市政府人事任免", id="after_the_appointments"),
    pytest.param("6月份市政府记事", "等简讯6则", id="after_the_last_brief"),
    pytest.param("6月份市政府、市政府办公室发文目录", "6月份市政府记事", id="after_the_chronicle"),
    pytest.param("温州市2020年6月份国民经济主要统计指标", "发文目录", id="after_the_issued_list"),
    pytest.param("ZJCC01-2020-0008", "关于调整市政府领导分工的通知", id="after_a_document"),
    pytest.param("ZJCC01-2020-0009", "养老服务高质量发展三年行动计划", id="after_a_document_ending_in_a_table"),
]
RECORD_LISTS = ("documents", "interpretations", "appointments", "news", "chronicle", "issued_list", "statistics")


@pytest.mark.parametrize("printed_before, section_before", UNKNOWN_SECTION_PLACES)
def test_an_unknown_section_is_one_loss_warning_quoting_each_of_its_lines(parsed_issues, printed_before, section_before):
    lines = inserted_before(printed_before, UNKNOWN_SECTION)(fixture_text("2020-06").split("\n"))
    parsed = parse_issue("\n".join(lines))
    [unknown] = [w for w in parsed.warnings if w.is_loss]
    assert (unknown.kind, unknown.section, unknown.lines) == ("unknown_section", "专题报道", [l for l in UNKNOWN_SECTION if l])
    assert section_before in unknown.message
    unchanged = parsed_issues["2020-06"]
    assert [getattr(parsed, name) for name in RECORD_LISTS] == [getattr(unchanged, name) for name in RECORD_LISTS]


# The same column under a heading printed without letter-spacing, worded as columns are, and where it may stand:
# after the last brief, or right after the statistics table's producer line (where the back matter begins)
UNSPACED_UNKNOWN_SECTION = ["工作动态", "", *UNKNOWN_SECTION[2:]]


@pytest.mark.parametrize("printed_before, section_before", [
    pytest.param("6月份市政府记事", "等简讯6则", id="after_the_last_brief"),
    pytest.param("《温州市人民政府公报》赠阅范围：", "统计资料", id="right_after_the_statistics_producer_line"),
])
def test_an_unknown_section_headed_without_letter_spacing_is_one_loss_warning(parsed_issues, printed_before,
                                                                             section_before):
    lines = inserted_before(printed_before, UNSPACED_UNKNOWN_SECTION)(fixture_text("2020-06").split("\n"))
    parsed = parse_issue("\n".join(lines))
    [unknown] = [w for w in parsed.warnings if w.is_loss]
    assert (unknown.kind, unknown.section, unknown.lines) == ("unknown_section", "工作动态",
                                                             [l for l in UNSPACED_UNKNOWN_SECTION if l])
    assert section_before in unknown.message
    unchanged = parsed_issues["2020-06"]
    assert [getattr(parsed, name) for name in RECORD_LISTS + ("back_matter",)] == \
        [getattr(unchanged, name) for name in RECORD_LISTS + ("back_matter",)]


@pytest.mark.parametrize("header", ["政 府 记 事", "大 事 记", "温 州 市 人 民 政 府 公 报"])
def test_a_letter_spaced_running_header_of_a_known_name_is_no_unknown_section(parsed_issues, header):
    lines = inserted_before("2日", [header, ""])(fixture_text("2020-06").split("\n"))
    parsed = parse_issue("\n".join(lines))
    assert "unknown_section" not in [w.kind for w in parsed.warnings]
    assert len(parsed.chronicle) == len(parsed_issues["2020-06"].chronicle)


# A kind's parser reads text alone; the lines it quotes have their printed page when the text prints one.
PAGED_LOSSES = [
    pytest.param(_both(inserted_before("免去：", ["·  35  ·"]),
                       replaced("董旭辉的温州市人力资源和社会保障局副局长职务", "董旭辉同志另有任用；")),
                 "appointment_unread", 35, id="appointment_line_of_no_known_shape"),
    pytest.param(inserted_before("2日", ["·  37  ·", "（本栏目由市政府办公室提供）"]), "chronicle_stray_line", 37,
                 id="chronicle_stray_line"),
]


@pytest.mark.parametrize("change, kind, page", PAGED_LOSSES)
def test_a_kind_parsers_loss_warning_has_the_page_of_the_line_it_quotes(change, kind, page):
    found = [w for w in losses("\n".join(change(fixture_text("2020-06").split("\n")))) if w.kind == kind]
    assert [w.page for w in found] == [page]


def test_an_unknown_section_has_its_printed_page():
    lines = inserted_before("6月份市政府记事", ["·  36  ·", *UNKNOWN_SECTION])(fixture_text("2020-06").split("\n"))
    unknown = next(w for w in losses("\n".join(lines)) if w.kind == "unknown_section")
    assert (unknown.section, unknown.page, unknown.lines[0]) == ("专题报道", 36, "专 题 报 道")


@pytest.mark.parametrize("change, kind, quoted", CHANGED_FIXTURE)
def test_a_loss_in_a_fixture_is_a_loss_warning_quoting_it(change, kind, quoted):
    lines = fixture_text("2020-06").split("\n")
    found = [w for w in losses("\n".join(change(lines))) if w.kind == kind]
    assert found, f"no {kind} warning"
    assert any(quoted in line for w in found for line in w.lines)


def test_a_lost_brief_opening_and_an_unknown_section_are_both_quoted():
    change = _both(deleted("6月5日，我市召开交通强国"),
                   inserted_before("6月份市政府、市政府办公室发文目录", UNKNOWN_SECTION))
    quoted = [line for w in losses("\n".join(change(fixture_text("2020-06").split("\n")))) for line in w.lines]
    assert any("我市召开交通强国建设试点暨" in line for line in quoted)
    assert any("专 题 报 道" in line for line in quoted)
    assert any("会上，市领导为获奖企业颁奖" in line for line in quoted)


def test_an_unread_line_has_its_section_and_printed_page():
    lines = inserted_before("温州市统计局制", ["注：本表数据为快报数，以年报为准。"])(fixture_text("2020-06").split("\n"))
    unread = next(w for w in losses("\n".join(lines)) if w.kind == "unread_line")
    assert (unread.section, unread.lines) == ("统计资料", ["注：本表数据为快报数，以年报为准。"])


@pytest.mark.parametrize("name", ISSUE_FILES)
def test_every_line_of_a_fixture_is_read_or_furniture(parsed_issues, name):
    assert [str(w) for w in parsed_issues[name].warnings if w.is_loss] == []


# --- checks of one kind, on records as literal data ----------------------------------------------

def issue(**records):
    return ParsedIssue(year=2020, issue_no=6, **records)


def entry(month, day, text="市长姚高员参加全省领导干部会议。"):
    return ParsedChronicleEntry(date(2020, month, day), text)


SIGNED = "……特此通知。\n温州市人民政府办公室\n2020年6月3日"
GANSU_2021_01 = ["1月5日，《中国—塔吉克斯坦友好关系发展史》《中国—哈萨克斯坦友好关系发展史》中文版首发式在兰州举行。",
                 "1月6日，甘肃省人民政府、中国气象局和中国航空工业集团有限公司在金昌市金川机场举行“甘霖-I”人工影响天气无人机首飞仪式。"]
INTERPRETATION_2020_09 = ["日前，温州市出台《关于鼓励社会力量投资建设与运营体育场所的意见》（以下简称《意见》）。",
                          "《意见》自2020年10月20日起施行。", "解读单位：市体育局"]
DOCUMENT = dict(category="市府办文件", title="温州市人民政府办公室关于印发某方案的通知", doc_number="温政办〔2020〕51号",
                issuer="温州市人民政府办公室", signed_date=date(2020, 6, 3), body=SIGNED)

RECORD_CASES = [
    pytest.param(issue(chronicle=[entry(6, 5), entry(6, 3)]), "chronicle_date", "记事日期倒退", id="chronicle_day_goes_back"),
    pytest.param(issue(chronicle=[entry(6, 5), entry(6, 9), entry(7, 1)]), "chronicle_date", "不在本栏目的月份",
                 id="chronicle_leaves_its_month"),
    pytest.param(issue(chronicle=[entry(1, 5), entry(1, 9)]), "chronicle_date", "离本期月份太远",
                 id="chronicle_months_from_the_issue"),
    pytest.param(issue(news=[ParsedNews("全市美丽城镇建设推进会召开", date(2020, 12, 24))]), "news_date", "离本期月份太远",
                 id="brief_dated_half_a_year_off"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "signed_date": None})]), "document_field_missing",
                 "成文日期", id="document_without_signed_date"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "issuer": ""})]), "document_field_missing", "发文机关",
                 id="document_without_issuer"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "title": ""})]), "document_field_missing", "标题",
                 id="document_without_title"),
    pytest.param(issue(documents=[ParsedDocument(**DOCUMENT), ParsedDocument(**DOCUMENT)]), "document_read_twice",
                 "读出了2次", id="one_doc_number_read_twice"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": SIGNED + "\n" + SIGNED.replace("3日", "9日")})]),
                 "document_two_signatures", "两个文件", id="two_signatures_in_one_document"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": ""})]), "document_without_body", "没有正文",
                 id="document_without_body"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": SIGNED + "\n人 事 任 免\n市人大常委会第二十八次会议决定："
                                                                         "任命项一鸣为温州市交通运输局局长；\n免去王二平的温州市民政局局长职务。"})]),
                 "appointments_in_document", "人事任免栏目", id="appointments_merged_into_a_document"),
    # the 济源 2023-05 list (tests/data/SOURCES.md, "appt21f") under a decider, its statements not opening with 任命 or 免去
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": SIGNED + "\n济源市第十五届人民代表大会常务委员会第七次会议："
                                                                         "\n张宏义同志担任济源市人民政府代理市长。"})]),
                 "appointments_in_document", "人事任免栏目", id="a_decided_list_merged_into_a_document"),
    # gansu-2021-01 (甘肃 1月大事要览): a chronicle printed without its heading, read as the tail of the document before
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": SIGNED + "\n" + "\n".join(GANSU_2021_01)})]),
                 "dated_lines_in_document", "政府记事或政务简讯", id="chronicle_merged_into_a_document"),
    # fixture 2020-09 printed by tests/pdfgen: its interpretation, printed without a 政策解读 heading right
    # after the last document (its title mid-column further on), read as that document's tail
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": SIGNED + "\n" + "\n".join(INTERPRETATION_2020_09)})]),
                 "interpretation_in_document", "政策解读可能被并入", id="interpretation_merged_into_a_document"),
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": SIGNED + "\n《关于鼓励社会力量投资建设与运营\n"
                                                                         "体育场所的意见》政策解读\n谋划”，加快体育设施建设。"})]),
                 "interpretation_in_document", "政策解读可能被并入", id="interpretation_title_on_two_lines_in_a_document"),
    pytest.param(issue(appointments=[ParsedAppointment("王一", "appoint", "温州市审计局副局长", None, ""),
                                     ParsedAppointment("王一", "appoint", "提名李二为温州大学校长人选", None, "")]),
                 "appointment_post_unusual", "不以职务名称", id="a_clause_read_as_a_post"),
    # 阳江 2021-10 laid out for the test with 其 (tests/data/SOURCES.md, appt12): a decision's clause ending in a title
    pytest.param(issue(appointments=[ParsedAppointment("余金富", "appoint", "并决定其代理市长", None, "")]),
                 "appointment_post_unusual", "另一句任免", id="a_decision_clause_read_as_a_post"),
    pytest.param(issue(appointments=[ParsedAppointment("胡栋良", "appoint", "石振棋任漳州市芗城区人民政府副区长", None, "")]),
                 "appointment_post_unusual", "另一句任免", id="a_second_persons_appointment_read_as_a_post"),
    pytest.param(issue(appointments=[ParsedAppointment("张三不再担", "appoint", "市财政局副局长", None, "")]),
                 "appointment_post_unusual", "人名不像人名", id="a_statement_read_as_a_name"),
    pytest.param(issue(toc=[TocEntry("政务简讯", "市政府常务会议学习《民法典》等简讯6则", page=33)],
                       news=[ParsedNews("全市美丽城镇建设推进会召开", date(2020, 6, 24))] * 5),
                 "toc_count", "目录列出6则", id="toc_announces_six_briefs_five_read"),
    pytest.param(issue(toc=[TocEntry("政府记事", "6月份市政府记事", page=37)]), "toc_entry_empty", "没有读出任何记录",
                 id="toc_lists_a_section_without_records"),
    pytest.param(issue(toc=[TocEntry("市府办文件", "温州市人民政府办公室关于印发某方案的通知", "温政办〔2020〕52号", 4)],
                       documents=[ParsedDocument(**DOCUMENT)]),
                 "toc_entry_not_found", "文号不同", id="doc_number_differs_between_toc_and_header"),
]


@pytest.mark.parametrize("parsed, kind, message", RECORD_CASES)
def test_a_doubtful_record_is_a_loss_warning(parsed, kind, message):
    checks.finish(parsed, [])
    assert any(w.kind == kind and w.is_loss and message in w.message for w in parsed.warnings), parsed.warnings


NO_LOSS_CASES = [
    pytest.param(issue(news=[ParsedNews("全市美丽城镇建设推进会召开", date(2020, 4, 24))]), id="brief_two_months_before"),
    pytest.param(issue(chronicle=[entry(8, 1), entry(8, 3)]), id="chronicle_two_months_after"),
    pytest.param(issue(chronicle=[entry(6, 3), entry(6, 3), entry(6, 5)]), id="chronicle_two_entries_of_one_day"),
    # a work plan's dates inside the body, before its signature, are no chronicle
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": "\n".join(GANSU_2021_01) + "\n" + SIGNED})]),
                 id="dated_paragraphs_before_the_signature"),
    # a body that names an interpretation in a sentence holds no interpretation
    pytest.param(issue(documents=[ParsedDocument(**{**DOCUMENT, "body": "各地要做好《关于鼓励社会力量投资建设与运营体育场所的意见》"
                                                                         "政策解读工作。\n" + SIGNED})]),
                 id="an_interpretation_named_in_a_sentence"),
    pytest.param(issue(appointments=[ParsedAppointment("王一", "appoint", "温州市人民政府参事", None, "")]),
                 id="a_counsellor_is_a_post"),
    pytest.param(issue(toc=[TocEntry("市府办文件", "温州市人民政府办公室关于印发某方案的通知", "温政办[2020]第51号", 4)],
                       documents=[ParsedDocument(**DOCUMENT)]), id="doc_number_in_other_brackets_in_the_toc"),
]


@pytest.mark.parametrize("parsed", NO_LOSS_CASES)
def test_a_record_within_what_issues_print_is_no_loss(parsed):
    checks.finish(parsed, [])
    assert [w for w in parsed.warnings if w.is_loss] == []


def test_a_doc_number_printed_differently_in_the_toc_is_a_note_quoting_both():
    parsed = issue(toc=[TocEntry("市府办文件", "温州市人民政府办公室关于印发某方案的通知", "温政办[2020]第51号", 4)],
                   documents=[ParsedDocument(**DOCUMENT)])
    checks.finish(parsed, [])
    assert [(w.level, w.kind, w.lines) for w in parsed.warnings] == [
        ("note", "doc_number_printed_differently", ["温政办[2020]第51号", "温政办〔2020〕51号"])]


def test_an_issue_printed_twice_reads_each_document_twice_and_says_so(parsed_issues):
    once = parsed_issues["2020-09"]  # a raw extraction: its copies are read as records, not back matter
    twice = parse_issue("\n".join([fixture_text("2020-09")] * 2))
    read_twice = [w for w in twice.warnings if w.kind == "document_read_twice" and w.is_loss]
    assert len(read_twice) == len({d.doc_number for d in once.documents}) > 0


def test_an_undated_brief_is_only_a_note():
    parsed = issue(news=[ParsedNews("我市开展粤港澳地区温商家乡行活动", None)])
    checks.finish(parsed, [])
    assert [(w.level, w.kind) for w in parsed.warnings] == [("note", "news_undated")]


def test_counts_set_what_the_toc_announces_beside_what_was_found(parsed_issues):
    rows = {row.label: (row.announced, row.found) for row in checks.counts(parsed_issues["2020-06"])}
    assert rows["政务简讯"] == (6, 6)
    assert rows["市府办文件"][0] == rows["市府办文件"][1] > 0
    assert rows["政府记事"] == (None, 49)


def test_lines_unread_before_the_first_record_are_told_with_the_section_they_precede():
    """A raw extraction (no 目录) whose first lines no record holds: the warning names the section found after them,
    never none (a reader of the review page groups warnings by section)."""
    from tests.test_read_variations import LINHAI, raw_layout

    stray = "长期以来全市上下共同努力工作取得明显成效但仍需持续推进落实"  # written for the test: 29 characters, no sentence end
    unread = [w for w in losses(raw_layout(2011, 5, [[stray] + LINHAI])) if w.kind == "unread_line"]
    told = next(w for w in unread if stray.startswith(w.lines[0]))
    assert (told.section, "".join(told.lines)) == ("部门文件", stray)
    assert {w.section for w in unread} == {"部门文件"}


# A fault in one kind's parser (an IndexError on a layout nobody foresaw): that section is told unread,
# quoted from its heading, and every other section is read as before.
FAILING_KINDS = [
    ("news", "政务简讯"),
    ("appointments", "机构人事"),
    ("chronicle", "政府记事"),
    ("statistics", "统计资料"),
    ("issued_list", "发文目录"),
]


@pytest.mark.parametrize("key, section", FAILING_KINDS)
def test_a_kind_parser_that_raises_costs_only_its_section(monkeypatch, key, section):
    from issues.parser import kinds

    text = fixture_text("2020-06")
    before = parse_issue(text)

    def broken(section, parsed):
        raise IndexError("pop from empty list")

    monkeypatch.setattr(kinds, "BY_KEY", {**kinds.BY_KEY, key: dataclasses.replace(kinds.BY_KEY[key], parse=broken)})
    after = parse_issue(text)
    told = [w for w in after.warnings if w.kind == "section_unreadable"]
    assert [(w.level, w.section) for w in told] == [("loss", section)]
    assert told[0].lines and told[0].page is not None
    for kind in kinds.KINDS:
        if kind.key != key:
            assert len(kind.records(after)) == len(kind.records(before)), kind.key
    assert not kinds.BY_KEY[key].records(after)


def test_a_check_that_raises_after_a_sections_records_were_added_keeps_none_of_them(monkeypatch):
    """The appointments step adds its rows, then looks for briefs among them: a fault there must not leave the
    rows of a section told unread."""
    from issues.parser import news_checks

    def broken(lines, category):
        raise IndexError("pop from empty list")

    monkeypatch.setattr(news_checks, "briefs_among", broken)
    parsed = parse_issue(fixture_text("2020-06"))
    assert [w.section for w in parsed.warnings if w.kind == "section_unreadable"] == ["机构人事"]
    assert parsed.appointments == []


# --- docs21g (issue 21 §2): a raw extraction whose headings were lost, a whole brief, chronicle or list unread before the
# first record read, or after the last: its unread lines name the section their shape tells (a review page groups them
# by section), never the section they happen to precede, nor none. Rows of tests/test_read_variations.py (SOURCES.md).
def _headings_lost():
    from tests.test_read_variations import QUANZHOU_LIST, RAW_BRIEFS, WUHAN, ZHANGYE_1, ZHANGYE_2

    chronicle_days = ["1日", ZHANGYE_1, "2日", ZHANGYE_2]
    return [
        pytest.param([chronicle_days, WUHAN], ZHANGYE_1, "政府记事", id="chronicle_days_before_a_document"),
        pytest.param([QUANZHOU_LIST[:2], WUHAN], QUANZHOU_LIST[0], "机构人事", id="a_decision_list_before_a_document"),
        pytest.param([WUHAN[2:], RAW_BRIEFS[:2]], WUHAN[2], "市政府文件", id="a_document_without_its_title_block"),
    ]


@pytest.mark.parametrize("pages, block, section", _headings_lost())
def test_lines_no_heading_places_are_told_in_the_section_their_shape_tells(pages, block, section):
    from tests.test_read_variations import raw_layout

    told = [w for w in losses(raw_layout(2024, 7, pages)) if w.kind == "unread_line"]
    assert all(w.section for w in told)  # every loss warning names its section
    quoting = [w for w in told if w.lines and "".join(block.split()).startswith("".join(w.lines[0].split()))]
    assert [w.section for w in quoting] == [section]


@pytest.mark.parametrize("shape", ["before_a_document", "alone", "after_an_unread_document"])
def test_a_brief_opening_a_raw_issue_its_heading_lost_is_read(shape):
    """A brief first in a raw extraction, its heading lost (news21m): its title over its dated first line opens the section, the
    brief is read, no line of it told unread (they were all told unread, in 政务简讯, before)."""
    from tests.test_read_variations import RAW_BRIEFS, WUHAN, raw_layout

    pages = {"before_a_document": [RAW_BRIEFS[:2], WUHAN], "alone": [RAW_BRIEFS[:2]],
             "after_an_unread_document": [WUHAN[2:], RAW_BRIEFS[:2]]}[shape]
    parsed = parse_issue(raw_layout(2024, 7, pages))
    assert [(brief["title"], brief["date"]) for brief in parsed.to_export()["news"]] == [(RAW_BRIEFS[0], "2024-08-12")]
    assert not [w for w in parsed.warnings if w.is_loss and w.section == "政务简讯"]


def test_a_brief_after_a_documents_signature_its_heading_lost_is_a_loss_warning_quoting_it():
    from tests.test_read_variations import RAW_BRIEFS, WUHAN, raw_layout

    merged = [w for w in losses(raw_layout(2024, 8, [WUHAN + RAW_BRIEFS[:2]])) if w.kind == "dated_lines_in_document"]
    assert len(merged) == 1 and merged[0].lines[0] == RAW_BRIEFS[0][:19]  # the column line its title begins


def test_no_warning_keeps_more_than_a_hundred_lines_of_a_hostile_file():
    """An entry that has ended, then 5,000 lines that are neither a day nor an item (written for the test, in the 2020-06
    chronicle): the warning that gathers them keeps 100 and counts the rest, as stored with the issue. (An entry under its
    month alone, which gathered such lines in its warning before raw14, is an undated entry now.)"""
    text = fixture_text("2020-06")
    at = text.index("\n", text.index("6月份市政府记事", text.index("6月份市政府记事") + 1))
    block = "\n1日，市政府召开会议。" + "".join(f"\n第{n}行没有句号的续行" for n in range(5_000))
    parsed = parse_issue(text[:at] + block + text[at:])
    longest = max(parsed.warnings, key=lambda warning: len(warning.lines))
    assert len(longest.lines) == 101 and longest.lines[-1].startswith("……（另有")


# warn17: lines a raw page's layout left as back matter though printed between two sections (tests/data/SOURCES.md, "warn17"):
# 中新社 2017-02-24 (北京) and 上海市法治报 2020-03-24 as the paragraphs over a 人事任免 heading painted under them; the gazette's own
# back page after the last section
TABLE_LINES = ["统计资料", "地区生产总值 亿元 — — 19349.31 -5.7", "上海市统计局"]
LIST_LINES = ["人事任免", "市第十五届人大常务委员会第三十五次会议决定：接受卢映川辞去北京市副市长职务的请求，并报北京市人民代表大会备案。"]
BACK_PAGE = ["主办：温州市人民政府", "承编：温州市政府公报中心"]
BETWEEN = [
    pytest.param(["会议接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。"], [],
                 [("机构人事", ["会议接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。"])], id="a_decision_over_the_lists_heading"),
    pytest.param(["市委常委、常务副市长陈寅列席会议。"], [], [("机构人事", ["市委常委、常务副市长陈寅列席会议。"])],
                 id="a_sentence_of_no_shape_told_in_the_section_after_it"),
    pytest.param([], BACK_PAGE, [], id="the_back_page_after_the_last_section"),
]


@pytest.mark.parametrize("between, after, told", BETWEEN)
def test_back_matter_printed_between_two_sections_is_a_loss_quoting_it(between, after, told):
    lines = [Line(text, page=5) for text in [*TABLE_LINES, *between, *LIST_LINES, *after]]
    parsed = ParsedIssue(year=2021, issue_no=11, back_matter=[*between, *after],
                         read_sections=[ReadSection("统计资料", []), ReadSection("机构人事", [])])
    for line in lines:
        if line.text in TABLE_LINES or line.text in LIST_LINES:
            parsed.line_sections[printed_place(line)] = [0 if line.text in TABLE_LINES else 1]
    assert [(w.section, w.lines) for w in checks.back_matter_between(parsed, lines)] == told

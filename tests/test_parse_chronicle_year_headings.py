"""A year's chronicle under its own heading (issue 21 §1, chron20): '2015年普陀区大事记', '普陀区2015年大事记', '普陀区大事记（2015年）'
start the chronicle wherever they come (after a 发文目录's last row, after a statistics table, in a raw two-column extraction), the row
above keeps its title, and the days are read with stray spaces inside their markers ('5月22 日，', '5 月 22 日，', '5月22—26 日，').
A sentence naming a 大事记 in a body is no heading. Sources: tests/data/SOURCES.md, "chron20"."""

import pytest

from issues.parser import kinds, parse_issue
from tests.printed_issues import chronicle_entries, issue_text
from tests.test_parse_chronicle_bare_days import PUTUO_12, PUTUO_13, PUTUO_14
from tests.test_read_capitals_tables_and_lists import INDUSTRY, XINJIJIAN_TITLE
from tests.test_read_variations import raw_layout

# 普陀区地方志办公室, 普陀年鉴2016 实记 5月 (shpt.gov.cn): the 21st's entry and the 22nd–26th's, shortened to their first sentence
PUTUO_21 = "由上海国际电影节组委会和市网络视听行业协会主办，区文化局协办，启创中国承办的首个“互联网+电影投资开放日”举行。"
PUTUO_22 = "区参加第19届中国东西部合作与投资贸易洽谈会暨丝绸之路国际博览会。"
# 上海市人民政府 沪府发〔2017〕92号 (tests/test_read_capitals_tables_and_lists.py): a title wrapped over two column lines
ZHENGWU_TITLE = "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"
ISSUED = ["2015年5月发文目录", "沪府发〔2017〕92号 " + ZHENGWU_TITLE, "沪府〔2020〕27号 " + XINJIJIAN_TITLE]
ENTRIES = ["5月12日，" + PUTUO_12, "5月13日，" + PUTUO_13, "5月21日，" + PUTUO_21, "5月22—26日，" + PUTUO_22]
READ = [("2015-05-12", PUTUO_12), ("2015-05-13", PUTUO_13), ("2015-05-21", PUTUO_21), ("2015-05-22", PUTUO_22)]
HEADINGS = [pytest.param("2015年普陀区大事记", id="year_then_place"), pytest.param("普陀区2015年大事记", id="place_then_year"),
            pytest.param("普陀区大事记（2015年）", id="year_in_brackets_after_the_name"),
            pytest.param("2015 年 普 陀 区 大 事 记", id="letter_spaced")]


def _read(text):
    parsed = parse_issue(text)
    export = parsed.to_export()
    return ([(row["doc_number"], row["title"]) for row in export["issued_list"]], [(e["date"], e["text"]) for e in export["chronicle"]],
            [w.lines for w in parsed.warnings if w.level == "loss"])


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_years_chronicle_heading_after_an_issued_lists_last_row_starts_the_chronicle_in_a_raw_extraction(heading):
    rows, entries, losses = _read(raw_layout(2015, 6, [ISSUED + [heading] + ENTRIES]))
    assert rows == [("沪府发〔2017〕92号", ZHENGWU_TITLE), ("沪府〔2020〕27号", XINJIJIAN_TITLE)]
    assert (entries, losses) == (READ, [])


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_years_chronicle_the_toc_does_not_list_is_read_after_the_issued_lists_last_row_with_a_note(heading):
    """A text export whose 目录 lists the 发文目录 alone: the chronicle's heading after the last row is no line of its title, and
    the days under it are the chronicle's (told in a note), never lines no record holds."""
    parsed = parse_issue(issue_text(2015, 6, [("发文目录", "2015年5月发文目录", ISSUED[1:] + [heading] + ENTRIES)]))
    export = parsed.to_export()
    assert [(row["doc_number"], row["title"]) for row in export["issued_list"]] == [
        ("沪府发〔2017〕92号", ZHENGWU_TITLE), ("沪府〔2020〕27号", XINJIJIAN_TITLE)]
    assert [(e["date"], e["text"]) for e in export["chronicle"]] == READ
    assert [w.lines for w in parsed.warnings if w.level == "loss"] == []
    assert [w.lines for w in parsed.warnings if w.kind == "toc_unlisted_column"] == [[heading]]


@pytest.mark.parametrize("table", [pytest.param(INDUSTRY[1:], id="after_its_producer_line"),
                                   pytest.param(INDUSTRY[1:-1], id="after_its_last_row")])
def test_a_years_chronicle_the_toc_does_not_list_is_read_after_a_statistics_table_with_a_note(table):
    """北京市统计局's table (tests/test_read_capitals_tables_and_lists.py), the 目录 listing it alone: its rows stay the table's and
    the chronicle under its year's heading is read."""
    heading = "2015年普陀区大事记"
    parsed = parse_issue(issue_text(2015, 6, [("统计资料", INDUSTRY[0], table + [heading] + ENTRIES)]))
    export = parsed.to_export()
    assert [row["indicator"] for row in export["statistics"]["rows"]] == ["首都功能核心区", "东城区"]
    assert [(e["date"], e["text"]) for e in export["chronicle"]] == READ
    assert [w.lines for w in parsed.warnings if w.level == "loss"] == []
    assert [w.lines for w in parsed.warnings if w.kind == "toc_unlisted_column"] == [[heading]]


@pytest.mark.parametrize("pieces", [pytest.param(["普陀区大事记", "（2015年）"], id="its_year_wrapped_under_its_name"),
                                    pytest.param(["2015年普陀区", "大事记"], id="its_name_wrapped")])
@pytest.mark.parametrize("shape", ["raw", "text"])
def test_a_years_chronicle_heading_the_column_wrapped_over_two_lines_starts_the_chronicle(pieces, shape):
    text = raw_layout(2015, 6, [ISSUED + pieces + ENTRIES]) if shape == "raw" else \
        issue_text(2015, 6, [("发文目录", "2015年5月发文目录", ISSUED[1:] + pieces + ENTRIES)])
    rows, entries, losses = _read(text)
    assert rows == [("沪府发〔2017〕92号", ZHENGWU_TITLE), ("沪府〔2020〕27号", XINJIJIAN_TITLE)]
    assert (entries, losses) == (READ, [])


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_years_chronicle_heading_after_another_sections_last_line_starts_the_chronicle(heading):
    """After the 14th's entry read as a brief's text (a raw page of briefs, the chronicle's heading in the column under it)."""
    brief = ["区处级以上领导干部开展“三严三实”专题教育", "5月14日，" + PUTUO_14]
    _, entries, losses = _read(raw_layout(2015, 6, [["政 务 简 讯", *brief, heading, *ENTRIES]]))
    assert (entries, losses) == (READ, [])


# guards: a marker with its comma was read with these spaces already; the rows keep it so
@pytest.mark.parametrize("markers, expected_day", [
    pytest.param(("5月12 日，", "5月13 日，"), "2015-05-13", id="a_space_before_ri"),
    pytest.param(("5 月 12 日，", "5 月 13 日，"), "2015-05-13", id="spaces_around_the_month"),
    pytest.param(("5月12日，", "5月13—14 日，"), "2015-05-13", id="a_range_with_a_dash_and_a_space_before_ri"),
    pytest.param(("5月12日，", "5月13 – 14 日，"), "2015-05-13", id="a_range_with_an_en_dash_spaced"),
    pytest.param(("5月12日，", "5月13~14 日，"), "2015-05-13", id="a_range_with_a_tilde"),
    pytest.param(("5月12日，", "5月13日至14 日，"), "2015-05-13", id="a_range_with_zhi"),
])
def test_a_day_marker_with_stray_spaces_inside_opens_its_entry(markers, expected_day):
    found, losses = chronicle_entries(2015, 5, [markers[0] + PUTUO_12, markers[1] + PUTUO_13])
    assert (found, losses) == ([("2015-05-12", PUTUO_12), (expected_day, PUTUO_13)], [])


@pytest.mark.parametrize("marker", [
    pytest.param("5月13 日", id="a_space_before_ri"), pytest.param("5 月 13 日", id="spaces_around_the_month"),
    pytest.param("13 日", id="a_day_alone"), pytest.param("13—14 日", id="a_range"),
])
def test_a_day_marker_with_stray_spaces_glued_to_its_entry_opens_it(marker):
    """The gap after 日 lost by a reader that kept the one before it ('5月13 日副市长…'): the day still opens the entry, never an
    entry of the day above nor one under its month alone."""
    found, losses = chronicle_entries(2015, 5, ["5月12日，" + PUTUO_12, marker + PUTUO_13])
    assert (found, losses) == ([("2015-05-12", PUTUO_12), ("2015-05-13", PUTUO_13)], [])


@pytest.mark.parametrize("marker", [pytest.param("5月{} 日 ", id="a_space_before_ri"),
                                    pytest.param("5 月 {} 日 ", id="spaces_around_the_month")])
def test_day_markers_with_stray_spaces_open_entries_in_a_raw_column_after_an_entry_without_its_stop(marker):
    """An entry whose stop was not printed ('…参加调研活动' over '5月13 日 副市长…'): the marker with its gap opens the next entry, as
    '13日 副市长…' does."""
    lines = [marker.format(12) + PUTUO_12.rstrip("。"), marker.format(13) + PUTUO_13]
    _, entries, _ = _read(raw_layout(2015, 6, [["2015年普陀区大事记", *lines]]))
    assert entries == [("2015-05-12", PUTUO_12.rstrip("。")), ("2015-05-13", PUTUO_13)]


def test_a_years_chronicle_printed_out_of_order_keeps_each_entry_and_tells_the_day_going_back():
    """'5月21日' printed after the 22nd–26th (as a year's record may print a late entry): both entries, as printed, and the day
    going back quoted; the months of the year are no loss under a heading naming the year alone."""
    entries = ["2月1日，" + PUTUO_12, ENTRIES[3], ENTRIES[2]]
    rows, found, losses = _read(raw_layout(2015, 6, [ISSUED + ["2015年普陀区大事记"] + entries]))
    assert found == [("2015-02-01", PUTUO_12), ("2015-05-22", PUTUO_22), ("2015-05-21", PUTUO_21)]
    assert losses == [[PUTUO_21]]


@pytest.mark.parametrize("line, category", [
    pytest.param("2015年普陀区大事记", "政府记事", id="year_then_place"),
    pytest.param("普陀区2015年大事记", "政府记事", id="place_then_year"),
    pytest.param("普陀区大事记（2015年）", "政府记事", id="year_in_brackets"),
    pytest.param("普陀区大事记（2015年度）", "政府记事", id="the_years_record_in_brackets"),
    pytest.param("2006 年 通 州 区 大 事 记", "政府记事", id="letter_spaced_tongzhou"),
    # a body's sentence naming the record, or a quoted title, is no heading
    pytest.param("区地方志办公室编印2015年普陀区大事记。", None, id="a_sentence_naming_it"),
    pytest.param("《普陀区2015年大事记》", None, id="its_title_quoted"),
    pytest.param("2015年普陀区大事记编纂工作会议召开", None, id="a_headline_naming_it"),
])
def test_only_a_whole_line_naming_a_years_chronicle_is_its_heading(line, category):
    assert kinds.heading_category(line) == category


PUTUO_14_FIRST, PUTUO_14_REST = PUTUO_14.split("。")[0] + "。", PUTUO_14.split("。", 1)[1]


@pytest.mark.parametrize("lines, expected, told", [
    pytest.param(["5月14日，" + PUTUO_14_FIRST, PUTUO_14_REST, "5月21日，" + PUTUO_21],
                 [("2015-05-14", PUTUO_14), ("2015-05-21", PUTUO_21)], [[PUTUO_14_REST]], id="after_a_marker_naming_its_month"),
    # guard: under a day printed alone ('14日 …'), a sentence of its own is the day's next entry, as 地方志 chronicles print them
    pytest.param(["14日 " + PUTUO_14_FIRST, PUTUO_14_REST, "21日 " + PUTUO_21],
                 [("2015-05-14", PUTUO_14_FIRST), ("2015-05-14", PUTUO_14_REST), ("2015-05-21", PUTUO_21)], [],
                 id="under_a_day_alone_it_is_the_days_next_entry"),
])
def test_a_bare_sentence_after_an_entry_dated_in_full_stays_on_it_and_is_told(lines, expected, told):
    """A chronicle whose markers name their month ('5月14日，…') marks a day's further entries again ('同日，…'): a bare sentence
    after an ended entry is the entry's own text a column break set apart (a raw extraction cannot tell), kept on it and quoted."""
    assert chronicle_entries(2015, 5, lines) == (expected, told)

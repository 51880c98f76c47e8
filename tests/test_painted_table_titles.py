"""A statistics table's title painted as a frame at its page's foot, its rows on the next page (issues/parser/
painted_table_titles.py): the title, with its '统计资料' label, heads the table and never splices into the running text the
page break cut. Raw two-column pages laid out as tests/test_raw_extraction.py's are (margin boxes first, column lines of
about twenty characters, frames after the columns). Sources: tests/data/SOURCES.md, "raw16"."""

import pytest

from issues.parser import parse_issue

# 新华社 2019-03-15 (XINHUA_NPC, tests/test_read_briefs_of_many_papers.py): a brief cut by the page break mid-sentence
BRIEF_TITLE = "十三届全国人大二次会议在京闭幕"
BRIEF = ("第十三届全国人民代表大会第二次会议在圆满完成各项议程后，15日上午在人民大会堂闭幕。习近平、李克强、汪洋、王沪宁、赵乐际、"
         "韩正、王岐山和大会主席团成员出席闭幕会并在主席台就座。")
# 上海市统计局, 2022年9月社会消费品零售总额 (the STATISTICS rows of tests/test_raw_extraction.py, as the gazette prints them)
TABLE_TITLE = "2022年9月社会消费品零售总额"
TABLE = ["指标 单位 当月 同比±% 累计 同比±%", "社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7",
         "#批发零售业 亿元 1363.93 0.6 11055.38 -9.4", "#住宿餐饮业 亿元 114.60 -2.8 809.25 -24.8", "上海市统计局"]


def column(text, width=20):
    return [text[k : k + width] for k in range(0, len(text), width)]


def raw_issue(pages):
    """Cover, then each page: its margin boxes (masthead, page number), then its lines."""
    lines = ["温州市人民政府公报", "— 2 —", "2022.10", "总第300期（月刊）"]
    for number, page in enumerate(pages, start=3):
        lines += ["温州市人民政府公报", f"— {number} —"] + page
    return "\n\n".join(lines)


def brief_cut_by_the_page_under(frames, cut):
    body = column(BRIEF)
    return raw_issue([["政务简讯", BRIEF_TITLE] + body[:cut] + frames, body[cut:] + TABLE])


# the brief's event as a chronicle entry words it (written for the test, after XINHUA_NPC)
ENTRY = "第十三届全国人民代表大会第二次会议在圆满完成各项议程后，在人民大会堂闭幕。" + BRIEF.split("。", 1)[1]


def entry_cut_by_the_page_under(frames, cut):
    body = column(f"15日 {ENTRY}")
    return raw_issue([["10月份市政府记事"] + body[:cut] + frames, body[cut:] + TABLE])


@pytest.mark.parametrize("text", [
    pytest.param(brief_cut_by_the_page_under(["统计资料", TABLE_TITLE], 3), id="label_and_title_after_a_sentence_cut_mid_way"),
    pytest.param(brief_cut_by_the_page_under([TABLE_TITLE], 3), id="title_alone_after_a_sentence_cut_mid_way"),
    pytest.param(brief_cut_by_the_page_under(["统计资料", TABLE_TITLE], 2), id="title_after_a_sentence_cut_at_a_full_stop"),
])
def test_a_table_title_painted_at_the_foot_of_a_brief_heads_its_table_on_the_next_page(text):
    issue = parse_issue(text)
    exported = issue.to_export()
    assert [(n["title"], n["body"]) for n in exported["news"]] == [(BRIEF_TITLE, BRIEF)]
    assert (exported["statistics"]["title"], exported["statistics"]["producer"]) == (TABLE_TITLE, "上海市统计局")
    assert [row["indicator"] for row in exported["statistics"]["rows"]] == ["社会消费品零售总额", "批发零售业", "住宿餐饮业"]
    assert [w for w in issue.warnings if w.level == "loss"] == []


@pytest.mark.parametrize("text", [
    pytest.param(entry_cut_by_the_page_under(["统计资料", TABLE_TITLE], 3), id="label_and_title_in_an_entry_cut_mid_way"),
    pytest.param(entry_cut_by_the_page_under([TABLE_TITLE], 4), id="title_alone_in_an_entry_cut_mid_way"),
])
def test_a_table_title_painted_at_the_foot_of_the_chronicle_heads_its_table_and_stays_out_of_the_entry(text):
    issue = parse_issue(text)
    exported = issue.to_export()
    assert [(e["date"], e["text"]) for e in exported["chronicle"]] == [("2022-10-15", ENTRY)]
    assert exported["statistics"]["title"] == TABLE_TITLE
    assert [w for w in issue.warnings if w.level == "loss"] == []


def boxed_issue(pages):
    """Cover, then each page opening with its margin boxes as pdftotext gives a typesetter's PDF (layout.mark_page_footers): its
    running header glued to the page before's last line, starting with a space, then its number ('— 3 —')."""
    text = "\n\n".join(["温州市人民政府公报", "— 2 —", "2022.10", "总第300期（月刊）"])
    for number, page in enumerate(pages, start=3):
        text += f"\n 2022年第10期\n\n— {number} —\n\n" + "\n\n".join(page)
    return text


# The table opening its own page, the page's columns running on after it (a chronicle, a brief the page break cuts), its title
# and label painted at the page's foot with the other columns' headings: the title goes over its table, the text stays whole.
def table_then_entry_under(frames):
    return boxed_issue([TABLE + ["10月份市政府记事"] + column(f"15日 {ENTRY}") + frames])


def table_then_brief_cut_by_the_page_under(frames, cut=3):
    """The brief's column heading printed in the column over it, unless it is painted with the frames."""
    body = column(BRIEF)
    heading = [] if "政务简讯" in frames else ["政务简讯"]
    return boxed_issue([TABLE + heading + [BRIEF_TITLE] + body[:cut] + frames, body[cut:]])


@pytest.mark.parametrize("text, records", [
    pytest.param(table_then_entry_under(["统计资料", TABLE_TITLE, "政府记事"]), "chronicle",
                 id="after_the_chronicle_ending_the_text_with_its_label_and_another_heading"),
    pytest.param(table_then_entry_under([TABLE_TITLE]), "chronicle", id="after_the_chronicle_alone"),
    pytest.param(table_then_brief_cut_by_the_page_under(["统计资料", TABLE_TITLE, "政务简讯"]), "news",
                 id="in_a_brief_cut_mid_way_with_the_briefs_heading"),
    pytest.param(table_then_brief_cut_by_the_page_under([TABLE_TITLE]), "news", id="in_a_brief_cut_mid_way_alone"),
])
def test_a_table_title_painted_at_the_foot_of_the_page_its_table_opens_heads_it(text, records):
    issue = parse_issue(text)
    exported = issue.to_export()
    if records == "chronicle":
        assert [(e["date"], e["text"]) for e in exported["chronicle"]] == [("2022-10-15", ENTRY)]
    else:
        assert [(n["title"], n["body"]) for n in exported["news"]] == [(BRIEF_TITLE, BRIEF)]
    assert (exported["statistics"]["title"], exported["statistics"]["producer"]) == (TABLE_TITLE, "上海市统计局")
    assert [w for w in issue.warnings if w.level == "loss"] == []


def test_a_table_title_whose_table_is_on_neither_its_page_nor_the_next_is_a_loss_and_stays_out_of_the_brief():
    """The table printed a page before its title (no title over it): the title, painted at the foot of the brief's page 4,
    finds no table to head; it is set apart and told, naming the statistics section and its page, never spliced."""
    body = column(BRIEF)
    issue = parse_issue(boxed_issue([TABLE, ["政务简讯", BRIEF_TITLE] + body[:3] + ["统计资料", TABLE_TITLE], body[3:]]))
    exported = issue.to_export()
    assert [(n["title"], n["body"]) for n in exported["news"]] == [(BRIEF_TITLE, BRIEF)]
    assert exported["statistics"]["title"] is None
    assert [(w.kind, w.section, w.page, w.lines) for w in issue.warnings if w.level == "loss"] == [
        ("table_title_unplaced", "统计资料", 4, [TABLE_TITLE])]

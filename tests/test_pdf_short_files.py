"""A printed issue of a page or two (issue 11, the raw typesetting): its text block, gutter and reading order.

Coordinates are those Chromium gave the raw two-column print (bench/heldout/make_raw.py, 185 x 260 mm,
17 mm margins) of real texts from outside Zhejiang (tests/data/SOURCES.md, `test_pdf_short_files`):
too few lines to share the right margin, a right column of two lines, headings centred on the page.
"""

from __future__ import annotations

import pytest

from issues.parser import parse_issue
from issues.pdf import Page, Segment, compose, lines_of, text_area
from tests.conftest import database_independent
from tests.test_read_briefs_and_chronicles import KAIFU_1, KAIFU_2, KAIFU_8, SC_20, SC_20B, SC_21
from tests.test_read_variations import LAOSHE

pytestmark = database_independent  # builds pages from segments: no database in it

HEADER = Segment("温州市人民政府公报", 223.9, 300.4, 28.5, 8.5)

# 遂宁 2018-12 (四川), as an appointment list: a wrapped row in the left column
APPOINTMENTS_ALONE = [
    HEADER,
    Segment("人事任免", 245.1, 313.1, 83.3, 17.0),
    Segment("遂宁市人民政府任免工作人员", 70.7, 226.7, 128.9, 12.0),
    Segment("邓正权同志任遂宁市人民政府副市长、代市", 48.0, 249.4, 152.0, 10.5),
    Segment("长；", 48.0, 69.0, 169.3, 10.5),
    Segment("接受杨自力同志辞去遂宁市人民政府市长职", 48.0, 249.4, 185.8, 10.5),
    Segment("务的请求。", 48.0, 100.5, 203.0, 10.5),
]

# the same list balanced over both columns above the next heading, briefs (亳州, 安徽) under it
APPOINTMENTS_THEN_NEWS = [
    HEADER,
    Segment("人事任免", 245.1, 313.1, 83.3, 17.0),
    Segment("接受杨自力同志辞去遂宁市人民政府市长职", 274.9, 476.2, 121.3, 10.5),
    Segment("遂宁市人民政府任免工作人员", 70.7, 226.7, 128.9, 12.0),
    Segment("务的请求。", 274.9, 327.4, 138.5, 10.5),
    Segment("邓正权同志任遂宁市人民政府副市长、代市", 48.0, 249.4, 152.0, 10.5),
    Segment("长；", 48.0, 69.0, 169.3, 10.5),
    Segment("政务简讯", 245.1, 313.1, 198.0, 17.0),
    Segment("市政府第二次全体会议召开", 76.7, 220.7, 244.4, 12.0),
    Segment("12月24日下午，市政府第二次全体会议", 69.0, 249.4, 266.8, 10.5),
    Segment("召开，传达学习中央、省委经济工作会议精", 48.0, 249.4, 284.0, 10.5),
    Segment("神，安排部署当前重点工作。", 48.0, 190.0, 301.3, 10.5),
    Segment("市长主持召开市长碰头会", 82.7, 214.7, 410.9, 12.0),
    Segment("12月15日，市委副书记、市长查俊主持", 69.0, 249.4, 434.0, 10.5),
    Segment("召开市长碰头会，听取各副市长前期未完成", 48.0, 249.4, 450.5, 10.5),
    Segment("重点工作情况。", 48.0, 121.0, 467.8, 10.5),
]


def page_of(segments):
    return Page(0, 524.4, 737.0, list(segments), printed_no=3)


@pytest.mark.parametrize("segments, left, right", [
    pytest.param(APPOINTMENTS_ALONE, 48.0, 249.4, id="left_column_only_not_widened_by_the_centred_heading"),
    pytest.param(APPOINTMENTS_THEN_NEWS, 48.0, 476.2, id="a_two_line_right_column_widens_the_block"),
])
def test_text_block_of_a_one_page_issue(segments, left, right):
    area = text_area([page_of(segments)])
    assert (round(area.left, 1), round(area.right, 1)) == (left, right)


@pytest.mark.parametrize("segments, expected", [
    pytest.param(APPOINTMENTS_ALONE, [
        "·  3  ·", "温州市人民政府公报", "人事任免", "遂宁市人民政府任免工作人员",
        "邓正权同志任遂宁市人民政府副市长、代市长；", "接受杨自力同志辞去遂宁市人民政府市长职务的请求。",
    ], id="ren_a_dai_b_row_wrapped_in_the_left_column"),
    pytest.param(APPOINTMENTS_THEN_NEWS, [
        "·  3  ·", "温州市人民政府公报", "人事任免", "遂宁市人民政府任免工作人员",
        "邓正权同志任遂宁市人民政府副市长、代市长；", "接受杨自力同志辞去遂宁市人民政府市长职务的请求。",
        "政务简讯", "市政府第二次全体会议召开",
        "12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，安排部署当前重点工作。",
        "市长主持召开市长碰头会",
        "12月15日，市委副书记、市长查俊主持召开市长碰头会，听取各副市长前期未完成重点工作情况。",
    ], id="news_after_an_appointment_list_balanced_over_both_columns"),
])
def test_short_issue_is_read_in_print_order(segments, expected):
    assert compose([page_of(segments)]).split("\n")[:-1] == expected


def test_news_after_an_appointment_list_parse_as_both():
    parsed = parse_issue(lines_of([page_of(APPOINTMENTS_THEN_NEWS)]), year=2019, issue_no=12)
    assert [(a.person, a.action, a.position) for a in parsed.appointments] == [
        ("邓正权", "appoint", "遂宁市人民政府副市长"), ("邓正权", "appoint", "遂宁市人民政府代市长"),
        ("杨自力", "dismiss", "遂宁市人民政府市长")]
    assert [n.title for n in parsed.news] == ["市政府第二次全体会议召开", "市长主持召开市长碰头会"]


# A column of text as the raw print sets it: 19 characters a line, a paragraph's first line indented two, 17.25 points
# a line; where `right_from` is given, a paragraph's lines from that one on go to the top of the right column
def column(paragraphs: list[str], top: float, left: float = 48.0) -> list[Segment]:
    segments = []
    for paragraph in paragraphs:
        pieces = [paragraph[:17]] + [paragraph[n:n + 19] for n in range(17, len(paragraph), 19)]
        for n, piece in enumerate(pieces):
            x0 = left + (21.0 if n == 0 else 0.0)
            segments.append(Segment(piece, x0, x0 + 10.5 * len(piece), top, 10.5))
            top += 17.25
    return segments


def moved_right(segments: list[Segment], count: int, top: float) -> list[Segment]:
    """The last `count` lines carried to the top of the right column."""
    moved = [Segment(s.text, s.x0 + 226.9, s.x1 + 226.9, top + 17.25 * n, s.size) for n, s in enumerate(segments[-count:])]
    return segments[:-count] + moved


# 开福区 (长沙) and 四川要闻 entries as one column of a chronicle: twenty lines fill the left column, the last two of
# its last entry stand alone at the top of the right one, half a line off the left column's baselines (the left
# column opens under a heading of another size)
ENTRIES = ["1日 " + KAIFU_1, "2日 " + KAIFU_2, "8日 " + KAIFU_8, "20日 " + SC_20, "21日 " + SC_21 + SC_20B]
LAST_LINES_ON_THE_RIGHT = [HEADER, Segment("2月份大事记", 115.1, 182.3, 83.3, 12.0),
                           *moved_right(column(ENTRIES, 121.3), 2, 112.0)]
# the same entries run on from the left column's foot to the right column's top, under them a column heading set
# larger that starts inside the gutter and wraps ('政务' over '简讯'), then a brief under it in the left column
HEADING_IN_THE_GUTTER = [HEADER, *moved_right(column(ENTRIES[:2], 121.3), 3, 121.3),
                         Segment("政务", 262.1, 296.1, 220.0, 17.0), Segment("简讯", 262.1, 296.1, 259.0, 17.0),
                         *column(["12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，安排部署当前重点工作。"],
                                 300.0), *column([SC_21], 300.0, left=274.9)]


@pytest.mark.parametrize("segments, expected", [
    pytest.param(LAST_LINES_ON_THE_RIGHT, ["·  3  ·", "温州市人民政府公报", "2月份大事记", *ENTRIES],
                 id="a_right_column_of_an_entrys_last_two_lines"),
    pytest.param(HEADING_IN_THE_GUTTER, ["·  3  ·", "温州市人民政府公报", *ENTRIES[:2], "政务", "简讯",
                                         "12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，安排部署当前重点工作。",
                                         SC_21],
                 id="a_heading_starting_in_the_gutter_parts_the_text_above_from_the_text_below"),
])
def test_lines_few_or_off_the_columns_keep_the_text_in_print_order(segments, expected):
    """A right column of two lines beside a full left one is a column still (read as one column, each line was a
    paragraph and the right column's lines came between the left one's); a heading that starts inside the gutter is
    no line of the right column (read as one, the text it parts ran on past it)."""
    assert compose([page_of(segments)]).split("\n")[:-1] == expected


# 劳社厅函〔2007〕120号 (tests/test_read_variations.py) alone on its page of a file with no gutter elsewhere (its contents
# page is set in one column): the title block across the page, the text in the left column, the right one empty
ADDRESSEES = LAOSHE[3]
LEFT_COLUMN_ALONE = [
    Segment(LAOSHE[0], 187.1, 337.1, 70.8, 15.0), Segment(LAOSHE[1], 102.1, 422.1, 93.3, 15.0),
    Segment(LAOSHE[2], 214.2, 310.8, 115.8, 11.0),
    Segment(ADDRESSEES[:19], 48.0, 249.5, 164.8, 10.5), Segment(ADDRESSEES[19:], 48.0, 48.0 + 10.5 * 5, 182.0, 10.5),
    *column([LAOSHE[4]], 198.5),
    *(Segment(text, 249.5 - 10.5 * len(text), 249.5, top, 10.5) for text, top in ((LAOSHE[5], 380.0), (LAOSHE[6], 397.0))),
]


def test_a_page_of_the_left_column_alone_reads_its_lines_against_that_column():
    """Read against the whole text block, every line of the column ended short of its edge, so each was a paragraph:
    the addressee line wrapped in two, its first part unread."""
    entry = f"{LAOSHE[0]}{LAOSHE[1]}（{LAOSHE[2]}）……（03）"
    contents = Page(0, 524.4, 737.0, [Segment("目　录", 241.1, 283.1, 70.0, 12.0),
                                      Segment(entry[:40], 48.0, 476.2, 100.0, 10.5),
                                      Segment(entry[40:], 48.0, 48.0 + 10.5 * len(entry[40:]), 117.25, 10.5)], printed_no=2)
    page = Page(1, 524.4, 737.0, LEFT_COLUMN_ALONE, printed_no=3)
    assert compose([contents, page]).split("\n")[3:-1] == ["·  3  ·", *LAOSHE[:7]]


# the next document's title block at the page's foot under the two columns, its registration code set left over the
# issuer's line (岳阳, tests/test_read_documents.py `YUEYANG`), in the left column's span
CODE_OVER_A_TITLE_AT_THE_FOOT = [HEADER, *moved_right(column(ENTRIES[:2], 121.3), 3, 121.3),
                                 Segment("YYCR—2017—00002", 66.0, 150.0, 231.3, 9.0),
                                 Segment("岳阳市人民政府", 209.3, 314.3, 246.3, 15.0)]


def test_a_code_set_apart_at_a_columns_foot_heads_the_title_block_under_it():
    """Read as the left column's last line, the code went into the middle of the text running on from the left column
    to the right one, and the document under it had no code."""
    assert compose([page_of(CODE_OVER_A_TITLE_AT_THE_FOOT)]).split("\n")[:-1] == [
        "·  3  ·", "温州市人民政府公报", *ENTRIES[:2], "YYCR—2017—00002", "岳阳市人民政府"]


def test_a_left_column_alone_under_a_centred_heading_after_contents_lines_short_of_the_edge():
    """heldout9's 2008-01-a, with 劳社厅函〔2007〕120号's text: a contents page whose lines end at their page numbers, short of
    the text block's right edge, then a page of the left column alone under a heading centred on the page. The file showed
    a text block narrower than the page's, its middle left of the column's edge: no column was found, every line of it was
    a paragraph (the addressee line cut in two)."""
    entry = f"{LAOSHE[1][:22]}……（03）"  # a contents line of 29 characters
    contents = Page(0, 524.4, 737.0, [Segment("目　录", 241.1, 283.1, 70.0, 12.0), Segment("部门文件", 48.0, 90.0, 90.0, 10.5),
                                      Segment(entry, 48.0, 48.0 + 10.5 * len(entry), 110.0, 10.5)], printed_no=2)
    page = Page(1, 524.4, 737.0, [Segment("部门文件", 245.1, 313.1, 83.3, 17.0), *LEFT_COLUMN_ALONE[3:]], printed_no=3)
    assert compose([contents, page]).split("\n")[4:-1] == ["·  3  ·", "部门文件", *LAOSHE[3:7]]

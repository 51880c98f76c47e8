"""A document's 版记 printing line (issues/parser/imprint.py): one line again where a column cut it, the last line of the body,
and what a section holds after it no part of the document, quoted in a loss (tests/data/SOURCES.md, "h18fix").

The printing line is GB/T 9704—2012 §7.4.3's, in its sample's words and date ('XXXXXXXX 2012年7月1日印发'), the office named
as the standard leaves it to the issuer's (国务院办公厅 for the 国务院 reply of tests/test_read_capitals_tables_and_lists.py).
"""

import pytest

from issues.parser import imprint, parse_issue
from tests.test_read_capitals_tables_and_lists import ORDER, REPLY, REPLY_TITLE
from tests.test_read_variations import layout, raw_layout

IMPRINT = "国务院办公厅 2012年7月1日印发"
SIGNED = REPLY[-2:]  # '中华人民共和国国务院', '二〇一〇年六月二十八日'


@pytest.mark.parametrize("lines, expected", [
    pytest.param([*SIGNED, "国务院办公厅 2012年", "7月1日印发"], [*SIGNED, IMPRINT], id="cut_before_the_month"),
    pytest.param([*SIGNED, "国务院办公厅 2012年7月1日印", "发"], [*SIGNED, IMPRINT], id="cut_before_its_last_character"),
    pytest.param([*SIGNED, "北京市人民政府办公", "厅 2012年7月1", "日印发"], [*SIGNED, "北京市人民政府办公厅 2012年7月1日印发"],
                 id="office_wrapped_then_date_cut"),
    pytest.param([*SIGNED, "国务院办公厅 二〇一二年", "七月一日印发"], [*SIGNED, "国务院办公厅 二〇一二年七月一日印发"],
                 id="date_in_chinese_numerals"),
    pytest.param([*SIGNED, IMPRINT], [*SIGNED, IMPRINT], id="whole_stays"),
    pytest.param(["\t\t东城区\t893416\t5.7\t6361906\t4.6", IMPRINT], ["\t\t东城区\t893416\t5.7\t6361906\t4.6", IMPRINT],
                 id="a_table_rows_cells_stay_as_printed"),  # 北京市统计局 2018-08's row (test_read_capitals_tables_and_lists.py)
    pytest.param(["现将《北京市建筑垃圾处置管理规定》印", "发给你们"], ["现将《北京市建筑垃圾处置管理规定》印", "发给你们"],
                 id="a_sentence_cut_at_yin_is_none"),
])
def test_a_printing_line_cut_over_lines_is_one_line(lines, expected):
    assert imprint.joined(lines) == expected


def reply_and_losses(text):
    parsed = parse_issue(text)
    reply = next(d for d in parsed.to_export()["documents"] if d["doc_number"] == "国函〔2010〕55号")
    return reply["body"].split("\n")[-3:], [line for w in parsed.warnings if w.is_loss for line in w.lines]


def test_the_printing_line_ends_the_body_and_what_follows_it_is_quoted_as_unread():
    """A text export: the order's first article, printed after the reply's printing line without its title, is no part of the
    reply (it was read into its body, silently)."""
    stray = ORDER[-1]  # '第一条 为了加强建筑垃圾管理，…'
    body, losses = reply_and_losses(layout(2012, 7, [("国务院文件", REPLY_TITLE)], [*REPLY, IMPRINT, stray]))
    assert body == [*SIGNED, IMPRINT]
    assert any(stray[:12] in line for line in losses)


def test_in_a_raw_extraction_the_cut_printing_line_ends_the_body_and_the_month_list_heading_opens_the_list():
    """The printing line cut by the column and the month's issued list after it, its heading printed with its year (the heading
    and the list's row were read into the reply's body)."""
    heading = "2012年7月份市政府、市政府办公室发文目录"
    row = "国函〔2010〕55号　　" + REPLY_TITLE
    parsed = parse_issue(raw_layout(2012, 7, [[*REPLY, IMPRINT, heading, row]]))
    reply = next(d for d in parsed.to_export()["documents"] if d["doc_number"] == "国函〔2010〕55号")
    assert reply["body"].split("\n")[-3:] == [*SIGNED, IMPRINT]
    assert [(r.doc_number, r.title) for r in parsed.issued_list] == [("国函〔2010〕55号", REPLY_TITLE)]
    assert not [w for w in parsed.warnings if w.is_loss and any("发文目录" in line for line in w.lines)]


def test_a_printing_lines_piece_left_apart_from_its_office_is_a_loss():
    """The lines of two columns run together (a PDF reader's): the reply's last item between the printing line's office and its
    day, so no step can join them (the body came out scrambled with no warning)."""
    scrambled = [*SIGNED, "国务院办公厅 2012年", REPLY[-3], "7月1日印发"]
    parsed = parse_issue(layout(2012, 7, [("国务院文件", REPLY_TITLE)], [*REPLY[:-3], *scrambled]))
    assert [w.lines[-1] for w in parsed.warnings if w.kind == "document_imprint_cut"] == ["7月1日印发"]

"""Papers a congress or its standing committee hears, printed with no number and no signature (issue 21 §1, documents;
issue 11): a 说明 under its occasion line, speaker's line and salutation, and a committee's 审查报告 with the committee's
name under its title and the standing committee it reports to. In a raw two-column extraction their titles are frames
painted after the page's columns; in a text export or a PDF's reading order they stand where they are printed.

Rows are real public papers (tests/data/SOURCES.md, block docs15); never rows from bench/heldout*.
"""

import pytest

from issues.parser import parse_issue
from issues.parser.heard_title_blocks import committee_under
from issues.parser.kinds import is_document_category
from tests.test_painted_title_blocks import printed_layout
from tests.test_read_variations import layout

# 北京市人大常委会 2024-01-08: a 说明 to the standing committee (its title as the text names the draft)
EXPLANATION_TITLE = ["关于《关于北京市人民代表大会常务委员会有关工作机构更名的", "决定（草案）》的说明"]
EXPLANATION = [
    "——2024年1月8日在北京市第十六届人民代表大会常务委员会第八次会议上",
    "北京市人民代表大会常务委员会副秘书长、人事室主任 轩德祥",
    "主任、各位副主任、秘书长、各位委员：",
    "我受主任会议的委托，就提请本次会议审议的《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》，作以下说明。",
    "决定草案和以上说明，请予审议。",
]
# 北京市通州区人大常委会 2022-05-13 (the report its news names), in the form of 全国人大常委会's 2008-08-25 report
REVIEW_TITLE = "关于北京市通州区第七届人民代表大会个别代表的代表资格审查报告"
REVIEW_COMMITTEE = "北京市通州区人民代表大会常务委员会代表资格审查委员会"
REVIEW = [
    "北京市通州区人民代表大会常务委员会：",
    "现报请北京市通州区人民代表大会常务委员会予以公告。",
    "以上报告，请予审议。",
]
EXPLANATION_READ = ("市政府文件", "关于《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》的说明", "", None, None, None,
                    "——2024年1月8")
REVIEW_READ = ("市政府文件", REVIEW_TITLE, "", REVIEW_COMMITTEE, None, "北京市通州区人民代表大会常务委员会", "现报请北京市通州区人")


def read(text):
    return [(d["category"], d["title"], d["doc_number"], d["issuer"], d["signed_date"], d["addressees"],
             d["body"].replace("\n", "")[:10]) for d in parse_issue(text).to_export()["documents"]]


def test_a_report_and_an_explanation_painted_after_their_pages_columns_head_their_own_texts():
    pages = [(REVIEW + EXPLANATION, [REVIEW_TITLE, REVIEW_COMMITTEE] + EXPLANATION_TITLE)]
    assert read(printed_layout(2024, 1, pages)) == [REVIEW_READ, EXPLANATION_READ]


def test_a_report_and_an_explanation_where_they_are_printed():
    body = [REVIEW_TITLE, REVIEW_COMMITTEE] + REVIEW + EXPLANATION_TITLE + EXPLANATION
    toc = [("市政府文件", REVIEW_TITLE), ("市政府文件", "".join(EXPLANATION_TITLE))]
    assert read(layout(2024, 1, toc, body)) == [REVIEW_READ, EXPLANATION_READ]


@pytest.mark.parametrize(
    "title, lines, expected",
    [
        pytest.param(REVIEW_TITLE, [REVIEW_COMMITTEE] + REVIEW, (REVIEW_COMMITTEE, REVIEW), id="the_committee_under_a_report"),
        pytest.param(REVIEW_TITLE, [REVIEW_COMMITTEE, "现报请北京市通州区人民代表大会常务委员会予以公告。"],
                     ("", [REVIEW_COMMITTEE, "现报请北京市通州区人民代表大会常务委员会予以公告。"]),
                     id="no_addressee_under_it_no_committee"),
    ],
)
def test_committee_under(title, lines, expected):
    assert committee_under(title, lines) == expected


def test_a_papers_text_whose_title_was_lost_is_a_loss_told_in_the_documents():
    """Their titles lost (no frame printed), the papers' text is read into no record: each line is told as a documents loss,
    by the opening such a paper prints (the 常委会 it reports to, its occasion, its salutation)."""
    parsed = parse_issue(printed_layout(2024, 1, [(REVIEW + EXPLANATION, [])]))
    unread = [w for w in parsed.warnings if w.kind == "unread_line"]
    assert unread and all(is_document_category(w.section) for w in unread)
    assert REVIEW[0] in unread[0].lines[0] and any(EXPLANATION[-1] in line for w in unread for line in w.lines)


# written for the test, to the pattern of a standing committee's office sending a draft out with its 说明 listed as an
# attachment (the 说明 is 北京市人大常委会's, above)
COVER_TITLE = "关于征求《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》意见的通知"
COVER = [
    "各区人民代表大会常务委员会：",
    "现将《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》及其说明印发给你们，请于1月15日前反馈意见。",
    "附件：1.关于《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》的说明",
    "2.关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）",
    "北京市人民代表大会常务委员会办公厅",
    "2024年1月9日",
    "附件1",
]


def test_an_explanation_a_notices_attachment_list_names_is_its_enclosure():
    body = [COVER_TITLE] + COVER + EXPLANATION_TITLE + EXPLANATION
    found = parse_issue(layout(2024, 1, [("部门文件", COVER_TITLE)], body)).to_export()["documents"]
    assert [d["title"] for d in found] == [COVER_TITLE]
    assert EXPLANATION[0] in found[0]["body"]

"""Own printed issues (tests/printed_issues.py: public texts of governments outside Zhejiang and Fujian) typeset by
tests/pdfgen in every layout: the PDF gives the text's records, kind by kind, and no loss the text does not have.

Rows found on these prints: a brief's caption and credit, its kicker, subtitle and byline, its dateline in bold; a
title kept with its text at a column's foot; an issue's last page with two or three lines a column beside a
contents page of one column (the gutter from the facing pages); two columns above a document set across the page
(the gutter from lines set side by side). Rows of other governments' briefs (issue `other-briefs-2024-05`) printed in
variants of the layouts: running headers a point or half a point smaller than the text (they stayed in it: a section
read into the contents, a header inside a paragraph), briefs' titles and kickers set across the page.
"""

from dataclasses import replace

import pytest

from issues.parser import parse_issue
from issues.pdf import extract_lines_with_losses
from tests import pdfgen
from tests.conftest import database_independent
from tests.printed_issues import ISSUES

KINDS = ("toc", "documents", "appointments", "news", "chronicle", "statistics")


def without_pages(export: dict, kind: str):
    found = export[kind]
    if kind == "statistics":
        return found
    return [{**record, "page": None} if "page" in record else record for record in found]


@database_independent
@pytest.mark.parametrize("name", ISSUES)
@pytest.mark.parametrize("layout", pdfgen.LAYOUTS)
def test_own_printed_issue_gives_the_texts_records_and_no_loss_of_its_own(name, layout):
    assert_printed_as_the_text(ISSUES[name](), pdfgen.LAYOUTS[layout])


SONG, PRESS = pdfgen.LAYOUTS["song-ruled"], pdfgen.LAYOUTS["press"]


@database_independent
@pytest.mark.parametrize("name, layout", [
    pytest.param("other-briefs-2024-05", replace(SONG, body_size=10.0, gutter_at=0.47),
                 id="headers-of-9-points-over-text-of-10-the-contents-page-keeps-its-sections"),
    pytest.param("other-briefs-2024-05", replace(SONG, body_size=9.5, gutter_at=0.53),
                 id="a-sections-header-half-a-point-smaller-stays-out-of-its-brief"),
    pytest.param("other-briefs-2024-05", replace(SONG, headlines="spanning"), id="headlines-across-the-page"),
    pytest.param("briefs-2022-12", replace(PRESS, headlines="spanning"), id="kickers-and-headlines-across-the-page"),
])
def test_briefs_printed_in_a_variant_of_a_layout_give_the_texts_records(name, layout):
    assert_printed_as_the_text(ISSUES[name](), layout)


def assert_printed_as_the_text(text, layout):
    lines, reader_losses = extract_lines_with_losses(pdfgen.issue_pdf(text, layout).pdf)
    from_pdf, from_text = parse_issue(lines), parse_issue(text)
    assert from_text.to_export()["news"] and from_text.to_export()["appointments"]
    for kind in KINDS:  # one kind at a time, so that a failure names it
        assert without_pages(from_pdf.to_export(), kind) == without_pages(from_text.to_export(), kind), kind
    text_losses = [w.lines for w in from_text.warnings if w.is_loss]
    assert [w.lines for w in from_pdf.warnings if w.is_loss and w.lines not in text_losses] + reader_losses == []

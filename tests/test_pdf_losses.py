"""issues/pdf_losses.py: what the PDF reader could not read or place becomes loss warnings with the page."""

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from issues import pdf_losses
from issues.pdf import Page, Segment, extract_with_losses
from tests import pdfgen
from tests.conftest import database_independent

pytestmark = database_independent

BODY = "各县（市、区）人民政府，市政府直属各单位：现将有关事项通知如下。"


def pdf_with_losses() -> bytes:
    """Page 1: body text and a ruled table; page 2: drawings only; page 3: text."""
    pdfgen.register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for n in (1, 2, 3):
        if n != 2:
            page.setFont(pdfgen.FONT, 10.5)
            for line in range(6):
                page.drawString(72, 700 - 16 * line, BODY)
            page.drawString(72, 40, f"·  {n}  ·")
        if n == 1:
            for row in range(3):
                for column in range(2):
                    page.rect(72 + 200 * column, 400 - 30 * row, 200, 30)
                    page.drawString(80 + 200 * column, 410 - 30 * row, f"单元格{row}{column}")
        if n == 2:
            for row in range(20):
                page.rect(72, 100 + 20 * row, 400, 12, fill=1)
        page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_page_of_drawings_only_is_a_loss_warning_with_its_file_page_and_a_table_is_not():
    text, _, warnings = extract_with_losses(pdf_with_losses())
    assert BODY in text and "单元格00\t单元格01" in text
    assert [(w["kind"], w["file_page"]) for w in warnings] == [("pdf_drawings_only_page", 2)]
    assert all(w["level"] == "loss" and w["message"].startswith(f"PDF 第{w['file_page']}页") for w in warnings)


def page(**losses) -> Page:
    return Page(0, 595.0, 842.0, [Segment("温州市人民政府", 72, 200, 100, 10.5)], printed_no=12, characters=7, **losses)


@pytest.mark.parametrize(
    "pages, expected",
    [
        ([page()], []),
        ([page(unmapped=["(cid:12)"] * 7)], [("pdf_unmapped_glyphs", 12, ["(cid:12)"] * 5)]),
        ([page(unplaced=["压在格线上的字"])], [("pdf_table_text_unplaced", 12, ["压在格线上的字"])]),
        ([page(), Page(1, 595.0, 842.0, [], drawings=40)], [("pdf_drawings_only_page", None, [])]),
        ([page(), Page(1, 595.0, 842.0, [], drawings=2, images=1)], []),  # a photograph with a frame: print
        ([page(), Page(1, 595.0, 842.0, [], drawings=1)], []),  # a rule alone: decoration
    ],
    ids=["nothing-lost", "unmapped-glyphs-quoted-up-to-five", "table-text-in-no-cell", "drawings-only-page",
         "picture-page", "rule-alone"],
)
def test_what_the_reader_could_not_read_is_warned_with_the_printed_page(pages, expected):
    warnings = pdf_losses.warnings_of(pages)
    assert [(w["kind"], w["page"], w["lines"]) for w in warnings] == expected


@pytest.mark.parametrize(
    "glyph, lost",
    [("(cid:12)", True), ("\ufffd", True), ("\ue000", True), ("温", False), ("a", False), ("〔", False)],
    ids=["cid", "replacement-character", "private-use", "cjk", "latin", "bracket"],
)
def test_a_glyph_without_a_character_is_told_apart(glyph, lost):
    assert pdf_losses.unmapped(glyph) is lost


def column_page(side_by_side: int, crossing: int) -> Page:
    """A two-column page as OCR may leave it: baselines whose two column lines were read as one piece across the
    gutter, `crossing` of them, with `side_by_side` baselines of a line in each column among them (one after each of
    the first crossing lines): no empty strip shows the gutter, no run of baselines holds two columns."""
    left, right = "左栏的一行正文写满了这一栏", "右栏的一行正文也写满了这一栏"
    segments, top = [], 100.0
    for n in range(max(side_by_side, crossing)):
        if n < crossing:
            segments.append(Segment(left + right, 49.0, 475.0, top, 10.5))
            top += 17
        if n < side_by_side:
            segments += [Segment(left, 49.0, 248.0, top, 10.5), Segment(right, 276.0, 475.0, top, 10.5)]
            top += 17
    return Page(0, 595.0, 842.0, segments)


@pytest.mark.parametrize(
    "side_by_side, crossing, warned",
    [(4, 8, 4), (1, 8, 0), (12, 0, 0)],
    ids=["columns-read-across", "one-pair-is-no-evidence", "gutter-found"],
)
def test_a_page_whose_columns_cannot_be_told_apart_is_a_loss_warning(side_by_side, crossing, warned):
    """Column lines standing side by side, read across the page where no gutter is told, interleave the columns line
    by line: the page is warned with those lines, never read so in silence. Where the gutter shows, the columns are
    read one after the other and nothing is warned."""
    from issues.pdf import reading_order

    page = column_page(side_by_side, crossing)
    reading_order([page])
    found = [w for w in pdf_losses.warnings_of([page]) if w["kind"] == "columns_undecided"]
    assert [len(w["lines"]) for w in found] == ([warned] if warned else [])
    if warned:
        assert found[0]["file_page"] == 1 and found[0]["lines"][0] == "左栏的一行正文写满了这一栏 | 右栏的一行正文也写满了这一栏"

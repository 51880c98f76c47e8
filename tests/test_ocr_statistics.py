"""Statistics tables of other bureaus, printed their way and scanned: row for row, from the printed PDF and the scan.

Four light pages (a table each, about twenty lines to read): a three-line table with a heading row over two
lines and rows giving a growth rate alone, a rule-less table with figures set flush right a little off
their column and dashed month columns, a table ruled under every row with nothing printed in the month's
columns, a ruled table's last rows run on to a page of their own. Sources: tests/data/SOURCES.md; the tables are printed by tests/pdfgen/statistics_tables.py and
scanned by tests/scans.py, neither of which knows the code that reads them.
"""

import pytest

from issues import ocr, pdf
from issues.parser import parse_issue, statistics
from tests.conftest import ocr_pass_only
from tests.pdfgen.statistics_tables import statistics_page
from tests.statistics_scans import BULLETINS

pytestmark = [ocr_pass_only, pytest.mark.usefixtures("offline")]

IDS = [bulletin.name for bulletin in BULLETINS]


def rows_of(text: str) -> list[tuple]:
    return [(r.indicator, r.sub_row, r.unit, r.month, r.month_yoy, r.cumulative, r.cumulative_yoy)
            for r in statistics.parse(text.splitlines()).rows]


@pytest.fixture(scope="module")
def printed():
    return {b.name: statistics_page(b.title, b.header, b.printed, b.style, b.producer, heading=b.heading, running_on=b.running_on)
            for b in BULLETINS}


@pytest.fixture(scope="module")
def scanned(printed, tmp_path_factory, offline):
    from tests.scans import scan_of

    seeds = {bulletin.name: bulletin.seed for bulletin in BULLETINS}
    return {name: ocr.read_scan(scan_of(pdf_bytes, tmp_path_factory.mktemp(name), seed=seeds[name]), f"{name}.pdf")
            for name, pdf_bytes in printed.items()}


@pytest.mark.parametrize("bulletin", BULLETINS, ids=IDS)
def test_a_printed_table_of_another_bureau_reads_row_for_row(printed, bulletin):
    assert rows_of(pdf.extract_text(printed[bulletin.name])) == bulletin.expected()


@pytest.mark.parametrize("bulletin", BULLETINS, ids=IDS)
def test_a_scanned_table_of_another_bureau_reads_row_for_row(scanned, bulletin):
    """Measured before: 0 of 7, 0 of 9 and a refused page (its row rules counted as ink left unread); beijing-running-on
    0 of 3 (read at its text lines' tilt, not its rules', its three rows' indicators ran into one cell)."""
    assert rows_of(scanned[bulletin.name].text) == bulletin.expected()


def test_a_table_ruled_under_every_row_is_no_page_poorly_read(scanned):
    reading = scanned["district-row-rules"]
    assert reading.pages[0].covered > ocr.COVERED
    assert not [w for w in reading.warnings if w["kind"] == "ocr_page"]


@pytest.fixture(scope="module")
def issued_list_page(gazette_pdfs):
    """The printed lines of 2019-04's issued-list page (no OCR): what a scanned bulletin page follows in its issue."""
    from tests.scans import pages_of

    import io

    import pdfplumber

    printed = gazette_pdfs("2019-04")[0].pdf
    with pdfplumber.open(io.BytesIO(printed)) as document:
        page = next(n for n in range(len(document.pages) - 1, 0, -1) if "发文目录" in (document.pages[n].extract_text() or ""))
    return pdf.extract_lines(pages_of(printed, [page]))


@pytest.mark.parametrize("read", ["printed", "scanned"])
def test_a_page_holding_a_table_alone_is_found_in_its_issue(printed, issued_list_page, request, read):
    """national-three-line prints no 统计资料 over its table and heads its rows 项目, not 指标: its title, over rows,
    begins the section. Measured before: 0 of its rows, read as lines of no section."""
    bulletin = next(b for b in BULLETINS if not b.heading)
    lines = (pdf.extract_lines(printed[bulletin.name]) if read == "printed"
             else request.getfixturevalue("scanned")[bulletin.name].lines)
    parsed = parse_issue(issued_list_page + lines, year=2016, issue_no=9)
    assert [(r.indicator, r.sub_row, r.unit, r.month, r.month_yoy, r.cumulative, r.cumulative_yoy)
            for r in parsed.statistics.rows] == bulletin.expected()
    assert parsed.statistics.title == bulletin.title and parsed.statistics.producer == bulletin.producer

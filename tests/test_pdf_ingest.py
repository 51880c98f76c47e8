"""PDF issues through ingest: the same export as the issue's text, and bad PDFs refused.

Page numbers: a generated PDF is typeset afresh, so its documents start on other pages than in
the print the fixture text came from, and the generator prints a table of contents with its own
pages (as a typesetter does). So exports are compared with the pages of documents and TOC
entries aside, and the PDF's pages are checked against where each document was printed.
"""

import pytest
from django.core.management import call_command

from issues.ingest import ingest_bytes
from issues.models import Issue
from issues.numbers import doc_key
from issues.parser import parse_issue
from issues.parser.lines import printed as printed_lines
from issues.pdf import extract_lines
from issues.sources import IngestError
from tests import pdfgen
from tests.conftest import database_independent, fixture_text
from tests.test_pdf_extract import PRINTINGS


def without_pages(export: dict) -> dict:
    """The export with the pages of documents and of TOC entries set aside."""
    return {
        **export,
        "toc": [{**entry, "page": None} for entry in export["toc"]],
        "documents": [{**document, "page": None} for document in export["documents"]],
    }


# Large print carried a caption's last character to the top of a column at the page's centre, and
# ran a caption at a column's foot on into the next column's (their back matter differed): checked here.
LARGE_PRINT = [("2020-06", "large-print"), ("2020-11", "large-print"), ("2021-05", "large-print")]
# With the gutter at 0.53 of the page, 2021-05's statistics title lost its last character to the
# next column and the back matter's English name, broken on purpose, was joined: checked here.
NARROW_LEFT = [("2021-05", "kai-gutter-53")]
# Set as a paper sets it (letter-spaced headings over a column, `第 N 页` footers), 2020-06's attachment title filled
# its column edge to edge and its rest was read as a paragraph of its own: checked here.
PRESS = [("2020-06", "press")]


@database_independent
@pytest.mark.parametrize("name, layout", PRINTINGS + LARGE_PRINT + NARROW_LEFT + PRESS)
def test_pdf_gives_the_same_export_as_the_text_but_for_page_numbers(gazette_pdfs, name, layout):
    printed, text = gazette_pdfs(name, layout)
    from_pdf = without_pages(parse_issue(text).to_export())
    from_text = without_pages(parse_issue(fixture_text(name)).to_export())
    assert from_pdf["documents"] and from_pdf["chronicle"] and from_pdf["statistics"]["rows"]
    for key in from_text:  # one key at a time, so that a failure names the section
        assert from_pdf[key] == from_text[key], key


# 2020-09's text is a raw copy of a two-column print (column lines, title blocks after their page's columns):
# pdfgen reads it back into its paragraphs (tests/pdfgen/unwrap.py) and prints those, and its records come back as
# the text's. A column line ending a sentence at the column's very end ends its paragraph where the next line is
# two characters short (the indent the copy lost): the six breaks this copy seemed not to tell.
# One printing in the tests (title blocks at the foot, as 2020-09 was printed; bench/pdf_bench.py prints every layout).
HARD_WRAPPED = [("2020-09", "kai-unruled")]


@database_independent
@pytest.mark.parametrize("name, layout", HARD_WRAPPED)
def test_a_hard_wrapped_text_printed_gives_the_texts_records(gazette_pdfs, name, layout):
    printed, _ = gazette_pdfs(name, layout)
    from_pdf = without_pages(parse_issue(extract_lines(printed.pdf)).to_export())
    from_text = without_pages(parse_issue(fixture_text(name)).to_export())
    assert from_pdf["documents"] and from_pdf["news"]
    for key in from_text:
        assert from_pdf[key] == from_text[key], key


# Briefs after the appointments, each title printed on two centred lines where the text marks a deliberate break
# (a space; song-ruled breaks them, kai-unruled sets them on one line): the column is found by its contents entry,
# which names the first brief's title whole. Rows of 2020-09 (tests/data/SOURCES.md), the briefs shortened to
# their first sentence.
BRIEFS_AFTER_APPOINTMENTS = "\n\n".join([
    "温州市人民政府公报", "2020.9", "总第217期（月刊）", "目  录", "机构人事", "9月份市政府人事任免……………（35）", "政务简讯",
    "市政府部署秋冬季疫情防控工作抓好常态化精密智控交出防疫高分报表等简讯3则…（36）",
    "9月份市政府人事任免", "市人民政府决定：", "徐翔任温州系统流程装备科学研究院院长（试用期一年）；",
    "陈栋任温州市民防局局长，免去其温州市人民政府副秘书长职务。", "政务简讯",
    "市政府部署秋冬季疫情防控工作 抓好常态化精密智控交出防疫高分报表",
    "9月24日，市委副书记、市长姚高员召开会议对秋冬季疫情防控工作再动员、再部署。",
    "陈伟俊主持召开 高等教育发展工作座谈会", "9月11日，省委常委、市委书记陈伟俊主持召开高等教育发展工作座谈会。",
    "国家发改委体改司在温召开 支持民营企业改革发展工作交流会",
    "9月24日至25日，国家发改委体改司组织调研组来温调研支持民营企业改革发展工作，并于9月25日召开工作交流会。",
]) + "\n"


@database_independent
@pytest.mark.parametrize("layout", ["song-ruled", "kai-unruled"])
def test_briefs_with_titles_broken_on_purpose_are_found_by_their_contents_entry(layout):
    printed = pdfgen.issue_pdf(BRIEFS_AFTER_APPOINTMENTS, pdfgen.LAYOUTS[layout])
    parsed = parse_issue(extract_lines(printed.pdf))
    from_text = parse_issue(BRIEFS_AFTER_APPOINTMENTS).to_export()
    assert len(from_text["news"]) == 3 and len(from_text["appointments"]) == 3
    assert [parsed.to_export()[key] for key in ("news", "appointments")] == [from_text["news"], from_text["appointments"]]
    assert not [w for w in parsed.warnings if w.is_loss]


@database_independent
@pytest.mark.parametrize("name, layout", PRINTINGS)
def test_documents_from_a_pdf_start_on_the_page_they_are_printed_on(gazette_pdfs, name, layout):
    printed, text = gazette_pdfs(name, layout)
    pages = {doc_key(d.doc_number): d.page for d in parse_issue(text).documents}
    assert pages == printed.document_pages


@database_independent
def test_pdf_lines_know_the_printed_and_the_file_page_they_start_on(gazette_pdfs):
    printed, text = gazette_pdfs("2019-04", "song-ruled")
    read = extract_lines(printed.pdf)
    body = printed_lines(read)
    assert "\n".join(line.text for line in body) + "\n" == text  # the reading of extract_text, line for line
    running = read[len(body):]  # after the body, for identity: the headers (an odd page's names its section)
    assert running and all(any(line.text.startswith(h) for h in printed.running_headers) for line in running)
    number_lines = {doc_key(line.text): line for line in read if doc_key(line.text) in printed.document_file_pages}
    assert number_lines
    assert {key: (line.page, line.physical_page) for key, line in number_lines.items()} == {
        key: (printed.document_pages[key], printed.document_file_pages[key]) for key in printed.document_file_pages}
    assert parse_issue(read).to_export() == parse_issue(text).to_export()


@pytest.mark.django_db
def test_ingest_command_archives_a_pdf_and_document_pages_open_it_at_their_page(gazette_pdfs, tmp_path, capsys, client):
    printed, _ = gazette_pdfs("2019-04", "song-ruled")
    path = tmp_path / "upload.pdf"
    path.write_bytes(printed.pdf)
    call_command("ingest", str(path))
    issue = Issue.objects.published().get()
    assert (issue.year, issue.issue_no, issue.total_no) == (2019, 4, 200)
    assert issue.source_name == "upload.pdf" and issue.source_path.endswith(".pdf")  # the original is kept
    assert issue.document_set.count() == len(printed.document_pages)
    assert "upload.pdf" in capsys.readouterr().out
    source = client.get(f"/issues/{issue.year}/{issue.issue_no}/source.pdf")
    assert source["Content-Type"] == "application/pdf" and b"".join(source.streaming_content) == printed.pdf
    for document in issue.document_set.all():
        page = client.get(document.get_absolute_url()).content.decode()
        file_page = printed.document_file_pages[document.doc_number]
        assert f'/issues/{issue.year}/{issue.issue_no}/source.pdf#page={file_page}"' in page
        assert file_page != document.page  # the cover comes first: the file's page is not the printed one


BAD_PDFS = {
    "encrypted": (pdfgen.encrypted_pdf, "pdf_encrypted", "加密"),
    "truncated": (lambda: pdfgen.truncated(pdfgen.one_page_pdf()), "pdf_damaged", "损坏"),
    "garbled-inside": (lambda: pdfgen.garbled(pdfgen.one_page_pdf()), "pdf_damaged", "损坏"),
    "text-named-pdf": (lambda: fixture_text("2020-06").encode(), "not_pdf", "不是 PDF"),
    "png-named-pdf": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(2000), "not_pdf", "不是 PDF"),
    "zip-with-a-pdf-inside": (pdfgen.zip_named_pdf, "not_pdf", "ZIP 压缩包"),
    "vector-drawings-only": (pdfgen.vector_only_pdf, "pdf_drawings_only", "只有矢量图形"),
    "more-pages-than-the-cap": (lambda: pdfgen.many_pages_pdf(13), "pdf_too_many_pages", "共 13 页，上限为 12 页"),
    "stream-inflating-past-the-cap": (lambda: pdfgen.inflating_pdf(3 << 20), "pdf_inflates_too_much", "超过 2 MB"),
}


@pytest.fixture
def small_caps(settings):
    """Caps small enough that the bad files stay small and quick to make."""
    settings.GAZETTE_PDF_MAX_PAGES = 12
    settings.GAZETTE_PDF_MAX_STREAM = 2 << 20


@pytest.mark.django_db
@pytest.mark.parametrize("make, reason, says", BAD_PDFS.values(), ids=BAD_PDFS.keys())
def test_bad_pdf_is_refused_with_its_reason_and_nothing_is_saved(settings, small_caps, make, reason, says):
    with pytest.raises(IngestError) as refused:
        ingest_bytes(make(), "issue.pdf")
    assert refused.value.reason == reason
    assert says in refused.value.message
    assert not Issue.objects.exists()
    sources = settings.GAZETTE_SOURCES_DIR
    assert not sources.exists() or not any(sources.iterdir())


@pytest.mark.django_db
@pytest.mark.parametrize("make, reason, says", BAD_PDFS.values(), ids=BAD_PDFS.keys())
def test_ingest_command_names_the_bad_pdf_and_its_reason(tmp_path, capsys, small_caps, make, reason, says):
    call_command("ingest", _good_text(tmp_path))
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(make())
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(bad))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "bad.pdf" in err and f"[{reason}]" in err and says in err
    assert list(Issue.objects.values_list("year", "issue_no")) == [(2020, 6)]


def _good_text(tmp_path):
    path = tmp_path / "2020-06.txt"
    path.write_text(fixture_text("2020-06"), encoding="utf-8")
    return str(path)


@database_independent
def test_pdf_without_its_cover_is_named_by_its_running_headers_and_gives_the_same_records(gazette_pdfs):
    """A cover printed apart: the file names the issue only in its running headers, which the reader
    sets aside from the body but hands on, so the parser reads the identity from them."""
    printed, _ = gazette_pdfs("2019-04", "no-cover")
    from_pdf = parse_issue(extract_lines(printed.pdf))
    from_text = parse_issue(fixture_text("2019-04"))
    assert (from_pdf.year, from_pdf.issue_no, from_pdf.total_no) == (from_text.year, from_text.issue_no, 200)
    assert from_pdf.publish_date is None  # printed on the cover alone
    pdf_export, text_export = without_pages(from_pdf.to_export()), without_pages(from_text.to_export())
    for key in RECORD_KINDS:
        assert pdf_export[key] == text_export[key], key


# The records an issue's export holds (its identity and back matter aside).
RECORD_KINDS = ["documents", "interpretations", "appointments", "news", "chronicle", "issued_list", "statistics"]

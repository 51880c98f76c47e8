"""The issue's "done when", in a real browser: staff upload the PDF of an issue and publish it.

The PDF is printed from a fixture by tests/pdfgen.py (title blocks at the foot of the page, two
columns, running headers); the admin workflow itself is tested in test_admin_browser.py.
"""

import pytest

from issues.models import Issue
from issues.numbers import doc_key
from tests.test_admin_browser import editor, page, upload_review_and_publish  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_upload_review_and_publish_a_printed_pdf(page, live_server, editor, gazette_pdfs, tmp_path):  # noqa: F811
    printed, _ = gazette_pdfs("2020-11", "title-at-foot")
    path = tmp_path / "温州市人民政府公报2020年第11期.pdf"
    path.write_bytes(printed.pdf)
    review = upload_review_and_publish(page, live_server, editor, path)
    assert "2020年第11期（总第219期）" in review and "温政办〔2020〕78号" in review
    issue = Issue.objects.published().get()
    assert (issue.year, issue.issue_no) == (2020, 11)
    pages = {doc_key(d.doc_number): d.page for d in issue.document_set.all()}
    assert pages == printed.document_pages

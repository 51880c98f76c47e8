"""The issue's "done when", in a real browser: staff upload the PDF of an issue and publish it.

The PDF is printed from a fixture by tests/pdfgen (title blocks at the foot of the page, two
columns, running headers); the admin workflow itself is tested in test_admin_browser.py. The
background worker is real (tests/worker.py); held_worker.py holds it after the first page.
"""

import pytest
from django.db import connection
from playwright.sync_api import expect

from issues.models import Issue
from issues.numbers import doc_key
from tests.browser import screenshot
from tests.pdfgen import short_issue_pdf
from tests.test_admin_browser import PROCESSING_MS, editor, log_in, page, upload_review_and_publish  # noqa: F401
from tests.worker import read_line

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_upload_review_and_publish_a_printed_pdf(page, live_server, editor, gazette_pdfs, tmp_path,  # noqa: F811
                                                       start_worker):
    start_worker(tmp_path)
    printed, _ = gazette_pdfs("2019-04", "song-ruled")
    path = tmp_path / "温州市人民政府公报2019年第4期.pdf"
    path.write_bytes(printed.pdf)
    review = upload_review_and_publish(page, live_server, editor, path)
    assert "2019年第4期（总第200期）" in review and "温政办〔2019〕35号" in review
    issue = Issue.objects.published().get()
    assert (issue.year, issue.issue_no) == (2019, 4)
    pages = {doc_key(d.doc_number): d.page for d in issue.document_set.all()}
    assert pages == printed.document_pages


def test_staff_watch_a_pdf_upload_progress_to_its_review_page(page, live_server, editor, tmp_path,  # noqa: F811
                                                              start_worker):
    if connection.vendor != "sqlite":
        pytest.skip("a browser test runs in the SQLite pass; tests/test_uploads.py runs the worker on PostgreSQL")
    path = tmp_path / "2020-06.pdf"
    path.write_bytes(short_issue_pdf(pages=3))
    log_in(page, live_server, editor, "/admin/issues/issue/upload/")
    page.set_input_files("#id_source", str(path))
    page.get_by_role("button", name="上传并解析").click()
    expect(page.locator("#upload-progress")).to_have_text("排队等待处理")

    worker = start_worker(tmp_path, "tests/scripts/held_worker.py", str(tmp_path / "release"))
    assert read_line(worker, "held") == "held page 1/3"
    expect(page.locator("#upload-progress")).to_have_text("第1/3页 · 读取文字", timeout=PROCESSING_MS)
    screenshot(page, "upload-progress")

    (tmp_path / "release").touch()
    expect(page.locator(".messagelist .success")).to_contain_text("已保存为草稿：2020年第6期", timeout=PROCESSING_MS)
    draft = Issue.objects.drafts().get()
    assert page.url.endswith(f"/admin/issues/issue/{draft.pk}/review/")

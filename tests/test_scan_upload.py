"""A scan uploaded by staff: OCR'd by the real background worker page by page, then reviewed as a draft.

Two pages of OCR (a short issue printed, scanned by bench/heldout/degrade.py, sent as a multi-page
TIFF as scanners write them); CI's SQLite pass only (tests/test_ocr.py says why).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from issues.models import Issue, Upload
from tests.conftest import ocr_pass_only
from tests.pdfgen import short_issue_pdf
from tests.scans import scan_of, tiff_of
from tests.worker import read_line, wait_for

pytestmark = ocr_pass_only


@pytest.mark.django_db(transaction=True)
def test_staff_upload_a_scan_watch_it_read_page_by_page_and_review_it(staff_client, start_worker, tmp_path):
    scan = tiff_of(scan_of(short_issue_pdf(pages=2), tmp_path))
    response = staff_client.post(reverse("admin:issues_issue_upload"),
                                 {"source": SimpleUploadedFile("2020年第6期扫描.tiff", scan)})
    upload = Upload.objects.get()
    status = reverse("admin:issues_issue_upload_status", args=[upload.pk])
    assert response.status_code == 302 and response["Location"] == status

    worker = start_worker(tmp_path, "tests/scripts/held_worker.py", str(tmp_path / "release"))
    assert read_line(worker, "held") == "held page 1/2"
    page = staff_client.get(status).content.decode()
    assert "第1/2页 · 识别文字" in page and '<progress value="1" max="2">' in page

    (tmp_path / "release").touch()
    wait_for(lambda: Upload.objects.get().state == Upload.State.DONE, "the scan to be read and saved")
    draft = Issue.objects.drafts().get()
    assert (draft.year, draft.issue_no, draft.total_no) == (2020, 6, 206)
    assert draft.source_name == "2020年第6期扫描.tiff" and not draft.pdf_path
    assert all(warning["level"] == "loss" for warning in draft.warnings if warning["kind"].startswith("ocr"))
    review = staff_client.get(staff_client.get(status)["Location"]).content.decode()
    assert "2020年第6期（总第206期）" in review and f"损失警告（{len(draft.loss_warnings)}" in review

"""Uploading a PDF alone: it is parsed through issues.pdf.extract_lines and kept for download.

The PDF extraction itself is tested with generated PDFs in its own files; here a stand-in for
issues.pdf fixes what its readers return or raise, so that these tests pin the admin's side.
"""

import sys
import types

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from issues.models import Issue
from issues.parser.lines import from_text
from issues.sources import IngestError
from tests.conftest import fixture_text

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"


@pytest.fixture
def extractor(monkeypatch):
    """issues.pdf as a stand-in: set `.refusal` to an IngestError reason to make it refuse."""
    module = types.ModuleType("issues.pdf")
    module.refusal = None
    module.received = []

    def extract_text(data, progress=None, workers=1):
        module.received.append(data)
        if module.refusal:
            raise IngestError(module.refusal)
        return fixture_text("2020-06")

    module.extract_text = extract_text
    module.extract = lambda data, progress=None, workers=1, limits=None: (extract_text(data), {})
    module.extract_lines_with_losses = (
        lambda data, progress=None, workers=1, limits=None: (from_text(extract_text(data)), []))
    module.Limits = lambda **caps: caps
    monkeypatch.setitem(sys.modules, "issues.pdf", module)
    return module


@pytest.fixture
def upload_pdf(submit_upload):
    def upload_pdf(client):
        return submit_upload(client, {"source": SimpleUploadedFile("2020-06.pdf", PDF_BYTES)})

    return upload_pdf


def test_a_pdf_alone_is_parsed_and_kept_for_download(staff_client, extractor, settings, upload_pdf):
    response = upload_pdf(staff_client)
    draft = Issue.objects.drafts().get()
    assert response["Location"] == reverse("admin:issues_issue_review", args=[draft.pk])
    assert extractor.received == [PDF_BYTES]
    assert (draft.year, draft.issue_no, draft.source_name) == (2020, 6, "2020-06.pdf")
    assert draft.pdf_path == draft.source_path and draft.pdf_path.endswith(".pdf")
    assert (settings.GAZETTE_SOURCES_DIR / draft.pdf_path).read_bytes() == PDF_BYTES


def test_publishing_an_uploaded_pdf_makes_it_public(staff_client, extractor, upload_pdf):
    upload_pdf(staff_client)
    draft = Issue.objects.drafts().get()
    staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk]))
    assert Issue.objects.published().get().pdf_path == draft.pdf_path


@pytest.mark.parametrize(
    "reason, message",
    [
        ("ocr_unreadable", "OCR 识别率过低"),  # a scan: issues.ocr refuses what it cannot read
        ("pdf_encrypted", "PDF 已加密，无法读取"),
        ("pdf_damaged", "PDF 已损坏，无法读取"),
        ("not_pdf", "文件扩展名为 .pdf，但内容不是 PDF"),
    ],
    ids=["scan-unreadable", "encrypted", "damaged", "not-a-pdf"],
)
def test_an_unreadable_pdf_is_refused_with_its_reason(staff_client, extractor, settings, reason, message, upload_pdf):
    extractor.refusal = reason
    response = upload_pdf(staff_client)
    assert response.status_code == 200 and f"「2020-06.pdf」未能保存：{message}" in response.content.decode()
    assert not Issue.objects.exists()
    assert not settings.GAZETTE_SOURCES_DIR.exists() or not any(settings.GAZETTE_SOURCES_DIR.iterdir())

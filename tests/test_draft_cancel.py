"""Cancelling a draft deletes its kept files, unless another issue uses them (finding 6 of issue 20).

A cancelled draft's source file used to stay in the data directory, and so in every backup.
"""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from issues.models import Issue
from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n% the printed issue, kept for download\n%%EOF\n"


@pytest.fixture
def upload(submit_upload):
    def upload_(client, *files):
        data = {"source": files[0]}
        if len(files) > 1:
            data["second"] = files[1]
        submit_upload(client, data)
        return Issue.objects.drafts().get()

    return upload_


@pytest.fixture
def cancel(staff_client, django_capture_on_commit_callbacks):
    """Cancel a draft on its review page; the files go when the deletion commits."""
    def cancel_(draft):
        with django_capture_on_commit_callbacks(execute=True):
            staff_client.post(reverse("admin:issues_issue_cancel", args=[draft.pk]), {"confirm_cancel": "1"})
        assert not Issue.objects.filter(pk=draft.pk).exists()

    return cancel_


def kept(settings) -> set[str]:
    return {p.name for p in Path(settings.GAZETTE_SOURCES_DIR).iterdir()}


def text(name="2020-06"):
    return SimpleUploadedFile(f"{name}.txt", ISSUE_FILES[name].read_bytes())


def test_cancelling_a_draft_deletes_its_source_file(staff_client, settings, cancel, upload):
    draft = upload(staff_client, text())
    assert kept(settings) == {draft.source_path}
    cancel(draft)
    assert kept(settings) == set()


def test_cancelling_a_draft_deletes_its_text_and_its_pdf(staff_client, settings, cancel, upload):
    draft = upload(staff_client, text(), SimpleUploadedFile("2020-06.pdf", PDF))
    assert kept(settings) == {draft.source_path, draft.pdf_path}
    cancel(draft)
    assert kept(settings) == set()


def test_a_file_another_issue_uses_stays(staff_client, settings, cancel, upload):
    published = upload(staff_client, text("2019-04"), SimpleUploadedFile("2019-04.pdf", PDF))
    published.publish()
    draft = upload(staff_client, text("2020-06"), SimpleUploadedFile("same.pdf", PDF))
    assert draft.pdf_path == published.pdf_path
    cancel(draft)
    assert kept(settings) == {published.source_path, published.pdf_path}
    assert published.pdf_file.read_bytes() == PDF

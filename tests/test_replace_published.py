"""Replacing a published issue from the command line is never silent (finding 4 of issue 20).

An issue published from another kind of source (a PDF, where the command gets a text, or the other way
round) is skipped without --force: `make run` re-ingests fixtures/issues/* at every start and must
leave what staff published from their PDFs alone. A replacement that would remove more than a third
of any kind's records is refused (exit 1, nothing saved) unless --force; in the admin the same check
is a warning on the review page that publishing must confirm. (A cut issue has loss warnings too, so
without --publish the command holds it as a draft: tests/test_ingest_warnings.py.)
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from issues.models import Issue
from issues.parser import parse_issue
from tests.conftest import ISSUE_FILES, fixture_text, run_ingest

pytestmark = pytest.mark.django_db

# 2020-06 cut after its first 400 lines still reads as 2020-06, with 4 of its 9 documents and none of
# its 32 appointments (what a PDF holding part of the issue gave the probe).
FIRST_400_LINES = "\n".join(fixture_text("2020-06").splitlines()[:400])


def export():
    return Issue.objects.published().get(year=2020, issue_no=6).to_parsed().to_export()


@pytest.fixture
def published_from_pdf(gazette_pdfs, tmp_path, capsys):
    printed, _ = gazette_pdfs("2020-06")
    pdf = tmp_path / "2020-06.pdf"
    pdf.write_bytes(printed.pdf)
    assert run_ingest(capsys, pdf)[0] == 0
    return pdf


def test_the_fixture_text_does_not_replace_an_issue_published_from_a_pdf(published_from_pdf, capsys):
    before = export()
    code, out, err = run_ingest(capsys, *ISSUE_FILES.values())  # what `make run` does at every start
    assert code == 0
    assert "跳过 2020年第6期：已由 PDF 发布" in out
    assert Issue.objects.published().get(year=2020, issue_no=6).source_name == "2020-06.pdf"
    assert export() == before
    assert Issue.objects.published().count() == 5  # the other fixtures went in


def test_force_replaces_an_issue_published_from_another_kind_of_source(published_from_pdf, capsys):
    code, out, _ = run_ingest(capsys, ISSUE_FILES["2020-06"], "--force")
    assert code == 0 and "跳过" not in out
    assert Issue.objects.published().get().source_name == "2020-06.txt"


def test_a_pdf_does_not_replace_an_issue_published_from_text_either(gazette_pdfs, tmp_path, capsys):
    run_ingest(capsys, ISSUE_FILES["2020-06"])
    printed, _ = gazette_pdfs("2020-06")
    pdf = tmp_path / "2020-06.pdf"
    pdf.write_bytes(printed.pdf)
    code, out, _ = run_ingest(capsys, pdf)
    assert code == 0 and "跳过 2020年第6期：已由文本文件发布" in out
    assert Issue.objects.published().get().source_name == "2020-06.txt"


def test_a_replacement_removing_more_than_a_third_of_a_kind_is_refused(tmp_path, capsys):
    run_ingest(capsys, ISSUE_FILES["2020-06"])
    before = export()
    partial = tmp_path / "2020-06-partial.txt"
    partial.write_text(FIRST_400_LINES, encoding="utf-8")
    code, _, err = run_ingest(capsys, partial, "--publish")
    assert code == 1
    assert "2020-06-partial.txt" in err
    assert "文件 9 → 4（删除 5）" in err and "人事任免 32 → 0（删除 32）" in err
    kept = {d.doc_number for d in parse_issue(FIRST_400_LINES).documents}
    removed = [d["title"] for d in before["documents"] if d["doc_number"] not in kept]
    assert len(removed) == 5 and all(title in err for title in removed)
    assert "--force" in err
    assert export() == before


def test_force_accepts_a_replacement_that_removes_records(tmp_path, capsys):
    run_ingest(capsys, ISSUE_FILES["2020-06"])
    partial = tmp_path / "2020-06-partial.txt"
    partial.write_text(FIRST_400_LINES, encoding="utf-8")
    assert run_ingest(capsys, partial, "--force", "--publish")[0] == 0
    assert len(export()["documents"]) == 4


# --- the admin: the same check, as a warning that publishing confirms ---------------------------

@pytest.fixture
def shrinking_draft(staff_client, capsys, submit_upload):
    run_ingest(capsys, ISSUE_FILES["2020-06"])
    submit_upload(staff_client, {"source": SimpleUploadedFile("2020-06-partial.txt", FIRST_400_LINES.encode())})
    return Issue.objects.drafts().get()


def test_the_review_page_warns_of_the_records_publishing_would_remove(staff_client, shrinking_draft):
    page = staff_client.get(reverse("admin:issues_issue_review", args=[shrinking_draft.pk])).content.decode()
    assert "发布将删除已发布版本中超过三分之一的记录" in page
    assert "文件 9 → 4（删除 5）" in page and "人事任免 32 → 0（删除 32）" in page
    assert 'name="confirm_removals"' in page


def test_publishing_such_a_draft_needs_the_confirmation(staff_client, shrinking_draft):
    publish = reverse("admin:issues_issue_publish", args=[shrinking_draft.pk])
    response = staff_client.post(publish, follow=True)
    assert "请先确认" in response.content.decode()
    assert Issue.objects.get(pk=shrinking_draft.pk).status == Issue.Status.DRAFT
    assert len(export()["documents"]) == 9
    asked = staff_client.post(publish, {"confirm_removals": "on"}).content.decode()  # its loss warnings too
    assert "条警告未核对，仍要发布吗？" in asked and 'name="confirm_removals" value="on"' in asked
    staff_client.post(publish, {"confirm_removals": "on", "confirm_unchecked": "1"})
    assert Issue.objects.get(pk=shrinking_draft.pk).status == Issue.Status.PUBLISHED

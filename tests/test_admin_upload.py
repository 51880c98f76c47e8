"""Staff upload an issue: it is saved as a draft, reviewed, then published (or cancelled)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from issues.models import Appointment, Document, Issue
from tests.conftest import ISSUE_FILES, fixture_text

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:issues_issue_upload")


@pytest.fixture
def upload(submit_upload):
    def upload(client, *files, **fields):
        data = {"source": files[0], **{k: str(v) for k, v in fields.items()}}
        if len(files) > 1:
            data["second"] = files[1]
        return submit_upload(client, data)

    return upload


def text_file(name="upload.txt", issue="2020-06"):
    return SimpleUploadedFile(name, ISSUE_FILES[issue].read_bytes(), content_type="text/plain")


def fake_pdf(name="issue.pdf"):
    """Only kept for download when uploaded beside a text export, so its content is never read."""
    return SimpleUploadedFile(name, b"%PDF-1.7\n% placeholder\n%%EOF\n", content_type="application/pdf")


def test_upload_saves_a_draft_and_opens_its_review(staff_client, index_calls, upload):
    response = upload(staff_client, text_file())
    draft = Issue.objects.get()
    assert (draft.year, draft.issue_no, draft.total_no, draft.status) == (2020, 6, 214, Issue.Status.DRAFT)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:issues_issue_review", args=[draft.pk])
    assert index_calls == []  # drafts are never indexed


def test_draft_is_not_public(staff_client, upload):
    upload(staff_client, text_file())
    assert not Issue.objects.published().exists()
    assert not Document.objects.published().exists()


def test_review_page_lists_identity_records_and_warnings(staff_client, upload):
    upload(staff_client, text_file())
    draft = Issue.objects.get()
    draft.warnings = ["第12页：无法识别的栏目标题"]
    draft.save()
    page = staff_client.get(reverse("admin:issues_issue_review", args=[draft.pk])).content.decode()
    assert "2020年第6期（总第214期）" in page
    assert "温政办〔2020〕53号" in page
    for document in Document.objects.filter(issue=draft):
        assert document.title[:20] in page
    for person in Appointment.objects.filter(issue=draft).values_list("person", flat=True):
        assert person in page
    assert "第12页：无法识别的栏目标题" in page
    assert f"人事任免 {Appointment.objects.filter(issue=draft).count()}</a>" in page
    assert 'name="_publish"' in page and 'name="_cancel"' in page


def test_publish_makes_the_draft_public_and_indexes_it(staff_client, index_calls, upload):
    upload(staff_client, text_file())
    draft = Issue.objects.get()
    response = staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk]))
    assert response.status_code == 302
    assert list(Issue.objects.published().values_list("pk", flat=True)) == [draft.pk]
    assert Document.objects.published().filter(doc_key="温政办〔2020〕53号").exists()
    assert index_calls == [("issue", 2020, 6, Issue.Status.PUBLISHED)]


def test_cancel_deletes_the_draft(staff_client, upload):
    upload(staff_client, text_file())
    draft = Issue.objects.get()
    staff_client.post(reverse("admin:issues_issue_cancel", args=[draft.pk]), {"confirm_cancel": "1"})
    assert not Issue.objects.exists()
    assert not Document.objects.exists()


def test_text_export_is_parsed_and_the_pdf_kept_for_download(staff_client, settings, upload):
    upload(staff_client, fake_pdf(), text_file())
    draft = Issue.objects.get()
    assert draft.source_name == "upload.txt"
    assert draft.pdf_path.endswith(".pdf")
    assert (settings.GAZETTE_SOURCES_DIR / draft.pdf_path).read_bytes().startswith(b"%PDF-")
    assert draft.source_file.read_bytes() == ISSUE_FILES["2020-06"].read_bytes()


def test_the_original_file_is_kept_under_the_data_dir(staff_client, settings, upload):
    upload(staff_client, text_file())
    draft = Issue.objects.get()
    assert draft.source_file.parent == settings.GAZETTE_SOURCES_DIR
    assert draft.source_file.read_bytes() == ISSUE_FILES["2020-06"].read_bytes()


def test_year_and_issue_overrides_apply(staff_client, upload):
    upload(staff_client, text_file(issue="2021-05"), year=2021, issue_no=6)
    assert Issue.objects.values_list("year", "issue_no").get() == (2021, 6)


def test_an_overridden_identity_rescues_a_text_without_one(staff_client, upload):
    text = "温州市人民政府关于某事的通知\n温政发〔2020〕1号\n各县（市、区）人民政府：\n现将有关事项通知如下。\n"
    upload(staff_client, SimpleUploadedFile("notice.txt", text.encode()), year=2020, issue_no=3)
    assert Issue.objects.drafts().values_list("year", "issue_no").get() == (2020, 3)


def test_a_second_upload_of_the_same_issue_replaces_the_unpublished_draft(staff_client, upload):
    upload(staff_client, text_file())
    first = Issue.objects.get()
    edited = fixture_text("2020-06").replace("张建东", "张建栋").encode()
    response = upload(staff_client, SimpleUploadedFile("upload-2.txt", edited))
    second = Issue.objects.get()
    assert second.pk != first.pk and second.status == Issue.Status.DRAFT
    assert "已替换此前未发布的草稿" in staff_client.get(response["Location"]).content.decode()


def test_the_upload_page_is_reachable_from_the_issue_list(staff_client):
    page = staff_client.get(reverse("admin:issues_issue_changelist")).content.decode()
    assert UPLOAD_URL in page and "上传新一期" in page
    assert staff_client.get(reverse("admin:issues_issue_add"))["Location"] == UPLOAD_URL


def test_staff_download_the_kept_files_of_a_draft(staff_client, upload):
    upload(staff_client, fake_pdf(), text_file())
    draft = Issue.objects.get()
    page = staff_client.get(reverse("admin:issues_issue_review", args=[draft.pk])).content.decode()
    pdf_url = reverse("admin:issues_issue_file", args=[draft.pk, "pdf"])
    source_url = reverse("admin:issues_issue_file", args=[draft.pk, "source"])
    assert pdf_url in page and source_url in page
    pdf = staff_client.get(pdf_url)
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
    assert 'filename="2020-06.pdf"' in pdf["Content-Disposition"]
    source = staff_client.get(source_url)
    assert b"".join(source.streaming_content) == ISSUE_FILES["2020-06"].read_bytes()


def test_an_issue_without_a_pdf_has_no_pdf_to_download(staff_client, upload):
    upload(staff_client, text_file())
    draft = Issue.objects.get()
    assert staff_client.get(reverse("admin:issues_issue_file", args=[draft.pk, "pdf"])).status_code == 404
    assert staff_client.get(reverse("admin:issues_issue_file", args=[draft.pk, "other"])).status_code == 404


@pytest.mark.parametrize("name", ["2021-05.md", "2021-05.TXT", "2021-05.markdown"])
def test_text_exports_under_any_accepted_name_are_read(staff_client, name, upload):
    upload(staff_client, text_file(name, issue="2021-05"))
    assert Issue.objects.drafts().values_list("year", "issue_no", "source_name").get() == (2021, 5, name)


def _ids_and_describedby(html: str) -> tuple[set, set]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    described = {target for value in re.findall(r'aria-describedby="([^"]+)"', html) for target in value.split()}
    return ids, described


@pytest.mark.parametrize("post", [False, True], ids=["blank form", "form with errors"])
def test_every_aria_describedby_of_the_upload_form_names_an_element_on_the_page(staff_client, post):
    if post:  # a year out of range: the form comes back with the field's error
        response = staff_client.post(UPLOAD_URL, {"source": text_file(), "year": "1900"})
        assert 'id="id_year_error"' in response.content.decode()
    else:
        response = staff_client.get(UPLOAD_URL)
    ids, described = _ids_and_describedby(response.content.decode())
    assert {"id_source_helptext", "id_year_helptext"} <= described
    assert described - ids == set()

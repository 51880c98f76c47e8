"""Re-uploading a published issue: a draft beside it, the changes shown, publishing replaces it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from issues.models import Appointment, Document, Issue, IssueQuerySet
from tests.conftest import ISSUE_FILES, fixture_text

pytestmark = pytest.mark.django_db

# The title of 温政办〔2020〕53号 in 2020-06: in the table of contents, the issued list and the text as one run;
# above the document printed over three lines, which the text export joins with spaces.
TITLE_PART = "进一步加强工业用地高质量利用全周期管理"
PRINTED_TITLE_PART = "进一步加强工业用地高质量利用 全周期管理"
NEW_TITLE_PART = "全面加强工业用地管理"
RETITLED = [(TITLE_PART, NEW_TITLE_PART), (PRINTED_TITLE_PART, NEW_TITLE_PART)]


@pytest.fixture
def published():
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    return Issue.objects.get()


@pytest.fixture
def upload_edited(submit_upload):
    def upload_edited(client, *replacements):
        text = fixture_text("2020-06")
        for old, new in replacements:
            assert old in text
            text = text.replace(old, new)
        response = submit_upload(client, {"source": SimpleUploadedFile("new.txt", text.encode())})
        assert response.status_code == 302, response.content.decode()  # to the review page
        return Issue.objects.drafts().get()

    return upload_edited


def review_page(client, draft) -> str:
    return client.get(reverse("admin:issues_issue_review", args=[draft.pk])).content.decode()


def test_reupload_creates_a_draft_beside_the_published_version(staff_client, published, upload_edited):
    draft = upload_edited(staff_client, ("张建东", "张建栋"))
    assert Issue.objects.published().get() == published
    assert (draft.year, draft.issue_no) == (published.year, published.issue_no)
    assert Appointment.objects.filter(issue=published, person="张建东").exists()


def test_review_shows_records_added_removed_and_changed(staff_client, published, upload_edited):
    draft = upload_edited(staff_client, ("张建东", "张建栋"), *RETITLED)
    page = review_page(staff_client, draft)
    assert "与已发布版本的差异" in page
    assert "新增：张建栋" in page
    assert "删除：张建东" in page
    assert "修改：温州市人民政府办公室关于全面加强工业用地管理" in page
    assert TITLE_PART in page  # the old title, shown beside the new one


def test_an_identical_reupload_shows_no_changes(staff_client, published, upload_edited):
    draft = upload_edited(staff_client, ("\n", "\r\n"))  # same text, different bytes
    assert "草稿与已发布版本内容相同" in review_page(staff_client, draft)


def test_publishing_the_draft_replaces_the_old_version(staff_client, published, index_calls, upload_edited):
    draft = upload_edited(staff_client, *RETITLED)
    staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk]))
    assert list(Issue.objects.values_list("pk", "status")) == [(draft.pk, Issue.Status.PUBLISHED)]
    document = Document.objects.published().get(doc_key="温政办〔2020〕53号")
    assert NEW_TITLE_PART in document.title
    assert index_calls == [("issue", 2020, 6, Issue.Status.PUBLISHED)]


def test_cancel_deletes_only_the_draft(staff_client, published, upload_edited):
    draft = upload_edited(staff_client, ("张建东", "张建栋"))
    documents = set(Document.objects.filter(issue=published).values_list("pk", flat=True))
    staff_client.post(reverse("admin:issues_issue_cancel", args=[draft.pk]), {"confirm_cancel": "1"})
    assert list(Issue.objects.all()) == [published]
    assert set(Document.objects.values_list("pk", flat=True)) == documents


def test_a_failed_publish_leaves_the_published_version_intact(staff_client, published, index_calls, monkeypatch,
                                                              upload_edited):
    draft = upload_edited(staff_client, ("张建东", "张建栋"))
    documents = Document.objects.filter(issue=published).count()

    def flip_fails(queryset, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(IssueQuerySet, "update", flip_fails, raising=False)
    with pytest.raises(RuntimeError):
        draft.publish()
    monkeypatch.undo()
    assert Issue.objects.published().get() == published
    assert Document.objects.filter(issue=published).count() == documents
    assert Issue.objects.drafts().get() == draft
    assert index_calls == []


def test_a_failed_index_update_is_reported_and_marks_the_issue(staff_client, published, index_calls, monkeypatch,
                                                               upload_edited):
    import search

    def index_fails(issue):
        raise OSError("index locked")

    monkeypatch.setattr(search.indexing, "index_issue", index_fails)
    draft = upload_edited(staff_client, ("张建东", "张建栋"))
    response = staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk]), follow=True)
    assert "搜索索引更新失败" in response.content.decode()
    assert Issue.objects.published().get().index_stale


def test_publishing_twice_is_refused(staff_client, published, upload_edited):
    draft = upload_edited(staff_client, ("张建东", "张建栋"))
    assert staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk])).status_code == 302
    assert staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk])).status_code == 404
    assert Issue.objects.published().get() == draft


def test_a_published_issue_cannot_be_cancelled(staff_client, published):
    assert staff_client.post(reverse("admin:issues_issue_cancel", args=[published.pk])).status_code == 404
    assert Issue.objects.published().get() == published

"""Staff find a record in the admin lists, correct it; the record is flagged and the index follows."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from issues import models
from issues.models import Appointment, Document, DocumentReference, Issue
from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db

RECORD_MODELS = [
    models.Section, models.Document, models.Interpretation, models.Appointment, models.NewsBrief,
    models.ChronicleEntry, models.IssuedListEntry, models.StatisticsRow,
]


@pytest.fixture
def published():
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    return Issue.objects.get()


def change_url(record):
    return reverse(f"admin:issues_{record._meta.model_name}_change", args=[record.pk])


def form_data(record, **changes):
    """The admin change form of `record` as a browser would post it back, with `changes` made."""
    data = {}
    for field in record._meta.concrete_fields:
        if not field.editable or field.primary_key or field.name in {"issue", "order", "corrected", "key", "doc_key",
                                                                     "interprets_key"}:
            continue
        value = changes.get(field.name, getattr(record, field.name))
        if isinstance(value, list):
            value = "\n".join(value)  # one item per line
        data[field.name] = "" if value is None else str(value)
    return {**data, "_save": "保存"}


def save_in_admin(client, record, capture, **changes):
    with capture(execute=True):
        response = client.post(change_url(record), form_data(record, **changes), follow=True)
    assert response.status_code == 200
    record.refresh_from_db()
    return response


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m.__name__)
def test_every_record_list_opens_with_filters_and_search(staff_client, published, model):
    url = reverse(f"admin:issues_{model._meta.model_name}_changelist")
    response = staff_client.get(url, {"q": "温州", "issue__status__exact": "published"})
    assert response.status_code == 200
    changelist = response.context["cl"]
    assert changelist.search_fields and changelist.list_filter and len(changelist.list_display) > 2


@pytest.mark.parametrize(
    "model, query, expected",
    [
        (Appointment, "张建东", "张建东"),
        (Document, "温政办〔2020〕53号", "全周期管理"),
        (Document, "温政办[2020]53号", "全周期管理"),
        (models.IssuedListEntry, "温政办（2020）53号", "全周期管理"),
        (models.ChronicleEntry, "防汛", "防汛"),
    ],
    ids=["person", "doc-number", "doc-number-square-brackets", "issued-list-round-brackets", "chronicle-text"],
)
def test_staff_find_a_record_by_what_they_know(staff_client, published, model, query, expected):
    response = staff_client.get(reverse(f"admin:issues_{model._meta.model_name}_changelist"), {"q": query})
    results = list(response.context["cl"].result_list)
    assert results and all(expected in str(record) or expected in getattr(record, "text", "") for record in results)


def test_saving_a_record_marks_it_corrected_and_indexes_it(staff_client, published, index_calls,
                                                          django_capture_on_commit_callbacks):
    appointment = Appointment.objects.get(issue=published, person="张建东")
    save_in_admin(staff_client, appointment, django_capture_on_commit_callbacks, position="温州市经济和信息化局总工程师")
    assert appointment.corrected and appointment.position == "温州市经济和信息化局总工程师"
    assert index_calls == [("record", "Appointment", appointment.pk)]
    assert Appointment.objects.filter(corrected=True).count() == 1


def test_correcting_a_draft_record_does_not_touch_the_index(staff_client, published, index_calls,
                                                           django_capture_on_commit_callbacks):
    Issue.objects.filter(pk=published.pk).update(status=Issue.Status.DRAFT)
    appointment = Appointment.objects.get(person="张建东")
    save_in_admin(staff_client, appointment, django_capture_on_commit_callbacks, qualifier="试用期一年")
    assert appointment.corrected
    assert index_calls == []


def test_a_corrected_doc_number_updates_its_key_and_references_but_not_the_link(
    staff_client, published, django_capture_on_commit_callbacks
):
    document = Document.objects.get(doc_key="温政办〔2020〕53号")
    save_in_admin(
        staff_client, document, django_capture_on_commit_callbacks,
        doc_number="温政办 [2020] 54 号", cited_doc_numbers=["温政发〔2019〕7号"], attachments=["清单一", "清单二"],
    )
    assert document.attachments == ["清单一", "清单二"]
    assert document.doc_key == "温政办〔2020〕54号"
    assert document.key == "温政办〔2020〕53号"  # published links keep working
    assert list(DocumentReference.objects.filter(document=document).values_list("kind", "doc_key")) == [
        ("cites", "温政发〔2019〕7号")
    ]


def test_deleting_a_record_reindexes_its_issue(staff_client, published, index_calls,
                                               django_capture_on_commit_callbacks):
    appointment = Appointment.objects.get(person="张建东")
    with django_capture_on_commit_callbacks(execute=True):
        url = reverse("admin:issues_appointment_delete", args=[appointment.pk])
        staff_client.post(url, {"post": "yes"})
    assert not Appointment.objects.filter(person="张建东").exists()
    assert index_calls == [("issue", 2020, 6, Issue.Status.PUBLISHED)]


@pytest.mark.django_db(transaction=True)  # the index is updated on commit, inside the request
def test_an_index_failure_keeps_the_correction_and_says_so(staff_client, published, index_calls, monkeypatch):
    import search

    def index_fails(record):
        raise OSError("index locked")

    monkeypatch.setattr(search.indexing, "index_record", index_fails)
    appointment = Appointment.objects.get(person="张建东")
    response = staff_client.post(change_url(appointment), form_data(appointment, qualifier="试用期一年"), follow=True)
    appointment.refresh_from_db()
    assert "搜索索引更新失败" in response.content.decode()
    assert appointment.corrected and appointment.qualifier == "试用期一年"
    assert Issue.objects.get().index_stale


def test_records_are_not_added_by_hand(staff_client, published):
    assert staff_client.get(reverse("admin:issues_appointment_add")).status_code == 403


@pytest.fixture
def reupload(submit_upload):
    def reupload(client, text: bytes):
        response = submit_upload(client, {"source": SimpleUploadedFile("new.txt", text)})
        assert response.status_code == 302  # to the review page
        return client.get(response["Location"]).content.decode()

    return reupload


def test_review_warns_before_a_reupload_overwrites_a_correction(staff_client, published,
                                                                django_capture_on_commit_callbacks, reupload):
    appointment = Appointment.objects.get(person="张建东")
    parsed_position = appointment.position
    save_in_admin(staff_client, appointment, django_capture_on_commit_callbacks, position="温州市数据局副局长")
    page = reupload(staff_client, ISSUE_FILES["2020-06"].read_bytes().replace(b"\n", b"\r\n"))
    assert "人工校正将被覆盖（1）" in page
    assert "张建东 任 温州市数据局副局长" in page  # the correction
    assert "草稿中为：" in page and f"张建东 任 {parsed_position}" in page  # what the new parse has instead


def test_review_does_not_warn_when_the_new_parse_agrees_with_the_correction(staff_client, published, reupload,
                                                                            django_capture_on_commit_callbacks):
    appointment = Appointment.objects.get(person="张建东")
    save_in_admin(staff_client, appointment, django_capture_on_commit_callbacks)  # saved unchanged: still flagged
    assert appointment.corrected
    page = reupload(staff_client, ISSUE_FILES["2020-06"].read_bytes().replace(b"\n", b"\r\n"))
    assert "人工校正将被覆盖" not in page
    assert "有 1 条人工校正的记录与草稿内容相同" in page


def test_the_issue_list_links_drafts_to_their_review(staff_client, published):
    Issue.objects.filter(pk=published.pk).update(status=Issue.Status.DRAFT)
    page = staff_client.get(reverse("admin:issues_issue_changelist"), {"status__exact": "draft"}).content.decode()
    assert reverse("admin:issues_issue_review", args=[published.pk]) in page and "审核并发布" in page


def test_correcting_an_issue_field_reindexes_the_published_issue(staff_client, published, index_calls,
                                                                 django_capture_on_commit_callbacks):
    url = reverse("admin:issues_issue_change", args=[published.pk])
    page = staff_client.get(url).content.decode()
    assert reverse("admin:issues_issue_review", args=[published.pk]) in page
    data = {"total_no": "215", "publish_date": "2020-07-20", "back_matter": "\n".join(published.back_matter),
            "statistics_title": published.statistics_title, "statistics_producer": "", "_save": "保存"}
    with django_capture_on_commit_callbacks(execute=True):
        assert staff_client.post(url, data).status_code == 302
    corrected = Issue.objects.get()
    assert corrected.total_no == 215 and corrected.back_matter == published.back_matter
    assert index_calls == [("issue", 2020, 6, Issue.Status.PUBLISHED)]


def test_a_correction_made_in_the_draft_is_published_with_it(staff_client, published,
                                                             django_capture_on_commit_callbacks):
    Issue.objects.filter(pk=published.pk).update(status=Issue.Status.DRAFT)
    appointment = Appointment.objects.get(person="张建东")
    save_in_admin(staff_client, appointment, django_capture_on_commit_callbacks, qualifier="试用期一年")
    staff_client.post(reverse("admin:issues_issue_publish", args=[published.pk]))
    assert Appointment.objects.filter(issue__status="published", person="张建东", corrected=True,
                                      qualifier="试用期一年").exists()


def test_a_published_issue_cannot_be_deleted_from_the_admin(staff_client, published):
    assert staff_client.get(reverse("admin:issues_issue_delete", args=[published.pk])).status_code == 403
    changelist = staff_client.get(reverse("admin:issues_issue_changelist")).content.decode()
    assert "delete_selected" not in changelist
    assert Issue.objects.published().get() == published


def test_a_correction_started_on_the_review_page_returns_to_it(staff_client, published):
    Issue.objects.filter(pk=published.pk).update(status=Issue.Status.DRAFT)
    review_url = reverse("admin:issues_issue_review", args=[published.pk])
    page = staff_client.get(review_url).content.decode()
    appointment = Appointment.objects.get(person="张建东")
    link = f"{change_url(appointment)}?next={review_url}%23records-"
    assert link in page
    response = staff_client.post(f"{change_url(appointment)}?next={review_url}", form_data(appointment))
    assert response["Location"] == review_url


def test_a_foreign_next_address_is_ignored(staff_client, published):
    appointment = Appointment.objects.get(person="张建东")
    response = staff_client.post(f"{change_url(appointment)}?next=https://example.com/", form_data(appointment))
    assert response["Location"] == reverse("admin:issues_appointment_changelist")


def test_staff_reindex_issues_marked_stale(staff_client, published, index_calls):
    Issue.objects.filter(pk=published.pk).update(index_stale=True)
    response = staff_client.post(
        reverse("admin:issues_issue_changelist"), {"action": "reindex", "_selected_action": [published.pk]}, follow=True
    )
    assert "已更新 1 期的搜索索引" in response.content.decode()
    assert index_calls == [("issue", 2020, 6, Issue.Status.PUBLISHED)]
    assert not Issue.objects.get().index_stale

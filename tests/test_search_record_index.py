"""A correction saved in the admin replaces only that record's index document (search.indexing.index_record)."""

import pytest
from django.core.management import call_command

from issues.models import Document, Issue, Section
from search import search_indexes
from search.indexing import index_record
from tests.conftest import ISSUE_FILES
from tests.test_admin_corrections import change_url, form_data

pytestmark = pytest.mark.django_db

API = "/api/search/"
OLD_WORDS = "全周期管理"  # in the title of 温政办〔2020〕53号 (2020-06)
NEW_TITLE = "温州市人民政府办公室关于试点蓝鲸计划的通知"


@pytest.fixture
def published():
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    return Issue.objects.get()


def titles(client, q):
    return [r["title"] for r in client.get(API, {"q": q, "type": "document"}).json()["results"]]


def correct_title(client, capture, document, title):
    with capture(execute=True):
        response = client.post(change_url(document), form_data(document, title=title), follow=True)
    assert response.status_code == 200 and "搜索索引更新失败" not in response.content.decode()


@pytest.fixture
def prepared(monkeypatch):
    """The records the index prepares (full_prepare) from here on."""
    records = []
    original = search_indexes.RecordIndex.full_prepare

    def counting(self, obj, *args, **kwargs):
        records.append(obj)
        return original(self, obj, *args, **kwargs)

    monkeypatch.setattr(search_indexes.RecordIndex, "full_prepare", counting)
    return records


def test_a_corrected_title_is_searchable_and_the_old_one_is_not(staff_client, published,
                                                                 django_capture_on_commit_callbacks):
    document = Document.objects.get(doc_key="温政办〔2020〕53号")
    assert any(OLD_WORDS in title for title in titles(staff_client, OLD_WORDS))
    correct_title(staff_client, django_capture_on_commit_callbacks, document, NEW_TITLE)
    assert titles(staff_client, "蓝鲸计划") == [NEW_TITLE]
    assert not any(title == document.title for title in titles(staff_client, OLD_WORDS))


def test_a_correction_prepares_only_the_corrected_record(staff_client, published, prepared,
                                                          django_capture_on_commit_callbacks):
    document = Document.objects.get(doc_key="温政办〔2020〕53号")
    correct_title(staff_client, django_capture_on_commit_callbacks, document, NEW_TITLE)
    assert [record.pk for record in prepared] == [document.pk]


def test_other_records_keep_their_index_documents(client, published):
    corrected, other = Document.objects.filter(issue=published).order_by("order")[:2]
    total_before = client.get(API, {"q": "温州"}).json()["total"]
    Document.objects.filter(pk=corrected.pk).update(title=NEW_TITLE)
    assert index_record(Document.objects.get(pk=corrected.pk)) == 1
    assert other.title in titles(client, other.title)
    assert client.get(API, {"q": "温州"}).json()["total"] == total_before  # replaced, not added


def test_a_record_of_a_draft_issue_only_leaves_the_index(client, published):
    document = Document.objects.get(doc_key="温政办〔2020〕53号")
    Issue.objects.filter(pk=published.pk).update(status=Issue.Status.DRAFT)
    assert index_record(document) == 0
    assert client.get(API, {"q": "温政办〔2020〕53号", "type": "document"}).json()["total"] == 0


def test_a_record_kind_that_is_not_indexed_is_ignored(published):
    assert index_record(Section.objects.filter(issue=published).first()) == 0

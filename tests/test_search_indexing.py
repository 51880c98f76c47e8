"""The index follows the database: after ingest, after re-ingest, never drafts, and catching up after a failure."""

import pytest
from django.core.management import call_command

from issues.ingest import ingest_bytes
from issues.models import Appointment, Issue
from search.indexing import backend, issue_records, remove_issue
from tests.conftest import ISSUE_FILES, fixture_text, whoosh_only
from tests.search_issues import issue_2022_3, issue_2023_1

pytestmark = pytest.mark.django_db

API = "/api/search/"
# 倪士章任温州市瓯飞开发建设投资集团有限公司董事长、总经理 (2020-06 line 880): two appointment rows, two hits
NI_ROWS = 2


def total(client, q, **params):
    return client.get(API, {"q": q, **params}).json()["total"]


def renamed_2020_06(tmp_path, new_name="倪新名"):
    """2020-06 with one appointee renamed: a re-ingest whose hits must change."""
    path = tmp_path / "2020-06-corrected.txt"
    path.write_text(fixture_text("2020-06").replace("倪士章", new_name), encoding="utf-8")
    return path


def test_an_ingested_issue_is_searchable(client):
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    data = client.get(API, {"q": "倪士章"}).json()
    assert data["results"][0]["type"] == "appointment"
    assert data["results"][0]["issue"] == {"year": 2020, "issue_no": 6}


def test_reingest_replaces_the_hits_of_the_issue(client, tmp_path):
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    before = total(client, "工业用地")
    call_command("ingest", str(renamed_2020_06(tmp_path)))
    assert total(client, "倪士章") == 0
    assert total(client, "倪新名") == Appointment.objects.filter(person="倪新名").count() == NI_ROWS
    assert total(client, "工业用地") == before  # replaced, not doubled


def test_saving_a_changed_issue_leaves_no_stale_hits(client, save_issue):
    save_issue(issue_2022_3())
    changed = issue_2022_3()
    changed.documents = changed.documents[1:]
    save_issue(changed)
    assert total(client, '"千万级常住人口城市"') == 0
    assert total(client, "务工人员") == 1


def test_other_issues_are_untouched_by_a_reingest(client, save_issue):
    save_issue(issue_2022_3())
    save_issue(issue_2023_1())
    save_issue(issue_2022_3())
    assert total(client, "城市更新", year="2023") == 1


def test_drafts_are_never_searchable(client, save_issue):
    save_issue(issue_2022_3(), status=Issue.Status.DRAFT)
    assert total(client, "人口集聚") == 0
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert total(client, "人口集聚") == 0


def test_a_draft_of_a_published_issue_leaves_the_published_hits(client):
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    data = ISSUE_FILES["2020-06"].read_bytes().replace("倪士章".encode(), "倪草稿".encode())
    ingest_bytes(data, "draft.txt", status=Issue.Status.DRAFT)
    assert total(client, "倪士章") == NI_ROWS and total(client, "倪草稿") == 0
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert total(client, "倪士章") == NI_ROWS and total(client, "倪草稿") == 0


def test_rebuild_index_rebuilds_from_the_database(client, save_issue):
    save_issue(issue_2022_3())
    save_issue(issue_2023_1())
    remove_issue(2022, 3)
    assert total(client, "人口集聚") == 0
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert total(client, "人口集聚") > 0 and total(client, "城市更新", year="2023") == 1


def test_remove_issue_takes_out_only_that_issue(client, save_issue):
    save_issue(issue_2022_3())
    save_issue(issue_2023_1())
    remove_issue(2022, 3)
    assert total(client, "城市更新", year="2022") == 0 and total(client, "城市更新", year="2023") == 1


def ingest_with_broken_index(tmp_path, capsys, monkeypatch):
    """Ingest 2020-06, then its corrected copy while the index cannot be written."""
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    engine = type(backend())
    original = engine.replace_group

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(engine, "replace_group", fail)
    corrected = renamed_2020_06(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(corrected))
    monkeypatch.setattr(engine, "replace_group", original)
    return corrected, exit_info.value.code, capsys.readouterr().err


def test_an_index_failure_keeps_the_new_database_state_and_marks_the_issue(client, tmp_path, capsys, monkeypatch):
    _, code, err = ingest_with_broken_index(tmp_path, capsys, monkeypatch)
    assert code == 1
    assert "搜索索引更新失败" in err and "disk full" in err
    assert Issue.objects.get().index_stale is True
    assert Appointment.objects.filter(person="倪新名").exists()


def test_the_old_index_keeps_answering_after_an_index_failure(client, tmp_path, capsys, monkeypatch):
    ingest_with_broken_index(tmp_path, capsys, monkeypatch)
    assert total(client, "倪士章") == NI_ROWS and total(client, "倪新名") == 0


def test_the_next_ingest_of_the_issue_catches_up(client, tmp_path, capsys, monkeypatch):
    corrected, _, _ = ingest_with_broken_index(tmp_path, capsys, monkeypatch)
    call_command("ingest", str(corrected))
    assert Issue.objects.get().index_stale is False
    assert total(client, "倪士章") == 0 and total(client, "倪新名") == NI_ROWS


def test_rebuild_index_catches_up(client, tmp_path, capsys, monkeypatch):
    ingest_with_broken_index(tmp_path, capsys, monkeypatch)
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert Issue.objects.get().index_stale is False
    assert total(client, "倪士章") == 0 and total(client, "倪新名") == NI_ROWS


@whoosh_only
def test_a_missing_index_answers_503_not_500(client, save_issue, settings, tmp_path):
    import shutil

    save_issue(issue_2022_3())
    assert total(client, "人口集聚") > 0
    shutil.rmtree(backend().path)
    response = client.get(API, {"q": "人口集聚"})
    assert response.status_code == 503 and response.json()["error"]
    assert client.get("/search/", {"q": "人口集聚"}).status_code == 503


def test_searches_see_a_rebuilt_index_at_once(client, save_issue):
    save_issue(issue_2022_3())
    assert total(client, "人口集聚") > 0
    call_command("clear_index", interactive=False, verbosity=0)
    assert total(client, "人口集聚") == 0
    call_command("update_index", verbosity=0)
    assert total(client, "人口集聚") > 0


# A deleted issue's records leave the index with it (search.indexing.forget_deleted_issue): on
# PostgreSQL in the deleting transaction, on Whoosh once it commits.
DELETIONS = {
    "one-issue": lambda issue: issue.delete(),
    "queryset": lambda issue: Issue.objects.filter(year=issue.year, issue_no=issue.issue_no).delete(),
}


@pytest.mark.parametrize("delete", DELETIONS.values(), ids=DELETIONS.keys())
def test_a_deleted_issue_leaves_no_hits(client, save_issue, django_capture_on_commit_callbacks, delete):
    deleted = save_issue(issue_2022_3())
    save_issue(issue_2023_1())
    assert total(client, "人口集聚") > 0
    with django_capture_on_commit_callbacks(execute=True):
        delete(deleted)
    assert total(client, "人口集聚") == 0
    assert total(client, "城市更新") == total(client, "城市更新", year="2023") > 0
    assert backend().document_count() == sum(1 for _ in issue_records(Issue.objects.get(year=2023)))


def test_an_issue_saved_again_keeps_its_hits_after_the_commit(client, save_issue, django_capture_on_commit_callbacks):
    """The old version's records are deleted by id, so the new version's, under the same issue key, stay."""
    with django_capture_on_commit_callbacks(execute=True):
        save_issue(issue_2022_3())
    with django_capture_on_commit_callbacks(execute=True):
        save_issue(issue_2022_3())
    assert total(client, "人口集聚") > 0
    assert backend().document_count() == sum(1 for _ in issue_records(Issue.objects.get()))


def test_deleting_a_draft_leaves_the_published_hits(client, save_issue, django_capture_on_commit_callbacks):
    save_issue(issue_2022_3())
    draft = save_issue(issue_2022_3(), status=Issue.Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        draft.discard()
    assert total(client, "人口集聚") > 0

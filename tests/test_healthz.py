"""/healthz reports the database and the search index, and the issues whose index is stale.

The view is called through a RequestFactory: the whole middleware stack is exercised by
tests/test_deploy_settings.py with production settings.
"""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone
from whoosh import fields
from whoosh import index as whoosh_index

from gazette.health import healthz
from issues.models import Issue
from tests.conftest import whoosh_only

pytestmark = pytest.mark.django_db


def make_index(documents=3) -> Path:
    """A small Whoosh index where the search app keeps its own (the health check reads any schema)."""
    path = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    path.mkdir(parents=True, exist_ok=True)
    index = whoosh_index.create_in(path, fields.Schema(id=fields.ID(stored=True, unique=True), text=fields.TEXT))
    with index.writer() as writer:
        for n in range(documents):
            writer.add_document(id=str(n), text=f"document {n}")
    return path


def make_issue(**fields_):
    return Issue.objects.create(year=2020, issue_no=6, source_name="x.txt", source_path="x.txt",
                                source_sha256="0" * 64, parser_version="0", **fields_)


def health(rf):
    response = healthz(rf.get("/healthz"))
    return response.status_code, json.loads(response.content)


@whoosh_only  # counts the documents of a Whoosh index made here
def test_healthy_archive_answers_200_with_counts(rf):
    make_index(documents=3)
    make_issue()
    code, body = health(rf)
    assert code == 200
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True, "published_issues": 1}
    assert body["search_index"] == {"ok": True, "documents": 3}
    assert body["index_stale"] == []
    assert body["tasks"] == {"ok": True, "waiting": 0, "running": 0}


def test_a_queue_no_worker_has_taken_from_for_five_minutes_is_degraded(rf):
    """No worker running: an upload would wait for ever (gazette.tasks.queue_state)."""
    from django_tasks_db.models import DBTaskResult

    from tests.worker import echo

    make_index()
    waiting = echo.enqueue("waiting")
    DBTaskResult.objects.filter(pk=waiting.id).update(enqueued_at=timezone.now() - timedelta(minutes=6))
    code, body = health(rf)
    assert code == 200 and body["status"] == "degraded"
    assert body["tasks"]["ok"] is False and body["tasks"]["waiting"] == 1
    assert body["tasks"]["error"].startswith("后台处理未运行")


@whoosh_only
def test_missing_index_is_unavailable(rf):
    code, body = health(rf)
    assert code == 503
    assert body["status"] == "unavailable"
    assert body["search_index"]["ok"] is False
    assert "rebuild_index" in body["search_index"]["error"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: [toc.write_bytes(b"not a whoosh table of contents") for toc in path.glob("_MAIN_*.toc")],
        lambda path: [segment.unlink() for segment in path.glob("*.seg")],
        lambda path: [segment.write_bytes(b"\x00" * 16) for segment in path.glob("*.seg")],
    ],
    ids=["garbage-toc", "segments-deleted", "segments-zeroed"],
)
@whoosh_only
def test_corrupt_index_is_unavailable(rf, damage):
    path = make_index()
    assert damage(path), "the damage touched no file: the index layout changed"
    code, body = health(rf)
    assert code == 503
    assert body["search_index"]["ok"] is False


def test_stale_issues_are_listed_and_status_is_degraded(rf):
    make_index()
    make_issue(index_stale=True)
    code, body = health(rf)
    assert code == 200
    assert body["status"] == "degraded"
    assert body["index_stale"] == [{"issue": "2020年第6期", "year": 2020, "issue_no": 6, "status": "published"}]


@pytest.mark.parametrize("lost", ["one_issue", "one_record"])
def test_an_index_missing_documents_of_published_issues_is_degraded_and_names_them(rf, lost):
    """Issue 19, finding 2: an index emptied by an interrupted rebuild answered 200 "ok"."""
    from haystack.constants import ID
    from haystack.utils import get_identifier

    from issues.ingest import ingest_path
    from issues.models import Document
    from search.indexing import backend, database_counts, remove_issue
    from tests.conftest import ISSUE_FILES

    ingest_path(ISSUE_FILES["2020-06"])
    ingest_path(ISSUE_FILES["2021-05"])
    assert health(rf)[1]["status"] == "ok"
    if lost == "one_issue":
        remove_issue(2021, 5)
    else:
        backend().replace_group(ID, get_identifier(Document.objects.filter(issue__year=2020).first()), [])
    records = database_counts()
    code, body = health(rf)
    assert code == 200 and body["status"] == "degraded"
    mismatch = body["index_mismatch"]
    assert mismatch["repair"] == "manage.py rebuild_index"
    short = {row["issue"]: (row["records"], row["indexed"]) for row in mismatch["issues"]}
    key = "2021-5" if lost == "one_issue" else "2020-6"
    assert short == {key: (records[key], 0 if lost == "one_issue" else records[key] - 1)}


def test_database_failure_is_unavailable(rf, monkeypatch):
    make_index()

    class BrokenQuerySet:
        def count(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(Issue.objects, "published", BrokenQuerySet)
    code, body = health(rf)
    assert code == 503
    assert body["database"] == {"ok": False, "error": "OperationalError: connection refused"}
    assert body["index_stale"] == []


def test_health_is_never_cached(rf):
    make_index()
    assert "no-cache" in healthz(rf.get("/healthz"))["Cache-Control"]


def test_health_lives_at_slash_healthz():
    assert reverse("healthz") == "/healthz"

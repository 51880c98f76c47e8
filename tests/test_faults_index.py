"""A failure in the index writer after the database committed: the new database state stays, the
issue is marked index-stale, /healthz reports it, and a later ingest catches up.

Ingest's one call to the index is search.indexing.index_issue(issue); these tests replace it
(or provide it, before the search app has one), so they hold for any index behind that call.
Whether the old index keeps answering is the search app's part (docs/production.md).
"""

import io
import json
import sys
import types

import pytest
from django.core.management import call_command

from gazette.health import healthz
from issues.ingest import ingest_bytes, ingest_path
from issues.models import Issue
from tests.conftest import ISSUE_FILES
from tests.test_healthz import make_index

pytestmark = pytest.mark.django_db


class IndexWriter:
    """Stands in for search.indexing.index_issue: records calls, fails while `broken`."""

    def __init__(self):
        self.broken = False
        self.indexed = []

    def __call__(self, issue):
        if self.broken:
            raise OSError(28, "No space left on device")
        self.indexed.append((issue.year, issue.issue_no, issue.source_name))


@pytest.fixture
def index_writer(monkeypatch):
    writer = IndexWriter()
    try:
        import search.indexing as indexing
    except ImportError:  # before the search app provides it: the same module path, made here
        indexing = types.ModuleType("search.indexing")
        monkeypatch.setitem(sys.modules, "search.indexing", indexing)
    monkeypatch.setattr(indexing, "index_issue", writer, raising=False)
    return writer


def corrected(n: int) -> bytes:
    return ISSUE_FILES["2020-06"].read_bytes() + f"\n（第{n}次更正）\n".encode()


def test_index_failure_keeps_the_new_database_state_and_marks_the_issue_stale(index_writer):
    ingest_path(ISSUE_FILES["2020-06"])
    index_writer.broken = True
    result = ingest_bytes(corrected(1), "corrected-1.txt")
    assert "磁盘空间不足" in result.index_error and "rebuild_index" in result.index_error
    issue = Issue.objects.published().get(year=2020, issue_no=6)
    assert issue.source_name == "corrected-1.txt"
    assert issue.index_stale


def test_health_reports_the_stale_issue(index_writer, rf):
    make_index()
    index_writer.broken = True
    ingest_path(ISSUE_FILES["2020-06"])
    body = json.loads(healthz(rf.get("/healthz")).content)
    assert body["status"] == "degraded"
    assert [(s["year"], s["issue_no"]) for s in body["index_stale"]] == [(2020, 6)]


def test_ingest_command_says_the_issue_was_saved_but_not_indexed(index_writer, capsys):
    index_writer.broken = True
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(ISSUE_FILES["2020-06"]), stdout=io.StringIO())
    assert exit_info.value.code == 1
    assert "已保存，但搜索索引更新失败" in capsys.readouterr().err
    assert Issue.objects.published().filter(year=2020, issue_no=6).exists()


def test_the_next_ingest_of_a_new_version_clears_the_stale_mark(index_writer):
    index_writer.broken = True
    ingest_bytes(corrected(1), "corrected-1.txt")
    index_writer.broken = False
    result = ingest_bytes(corrected(2), "corrected-2.txt")
    assert result.index_error == ""
    assert not Issue.objects.get(year=2020, issue_no=6).index_stale
    assert index_writer.indexed[-1] == (2020, 6, "corrected-2.txt")


def test_ingesting_the_same_file_again_retries_the_failed_index_update(index_writer):
    index_writer.broken = True
    ingest_bytes(corrected(1), "corrected-1.txt")
    index_writer.broken = False
    ingest_bytes(corrected(1), "corrected-1.txt")
    assert not Issue.objects.get(year=2020, issue_no=6).index_stale

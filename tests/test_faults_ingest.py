"""Ingest that dies half-way leaves the previous state of the database, exactly.

Two ways to die: an exception in the middle of Issue.objects.save_parsed (in process), and a
process killed with SIGKILL while the transaction is open (a subprocess, on a real database file
or the PostgreSQL test database). A process killed after the commit, while it updates the search
index, keeps the new version. Index writer exceptions: tests/test_faults_index.py.
"""

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from issues.ingest import ingest_bytes, ingest_path
from issues.models import Appointment, Document, Issue, NewsBrief, Section, StatisticsRow
from tests.conftest import ISSUE_FILES, SEARCH_ENGINE

ROOT = Path(__file__).resolve().parent.parent
RECORD_MODELS = [Section, Document, Appointment, NewsBrief, StatisticsRow]


class DiskFull(Exception):
    """Stands for whatever can go wrong half-way through a save."""


def snapshot() -> dict:
    """Everything a failed ingest could disturb: issue rows, record ids, exports."""
    state = {"issues": list(Issue.objects.order_by("pk").values("pk", "year", "issue_no", "status", "source_sha256"))}
    for model in RECORD_MODELS:
        state[model.__name__] = sorted(model.objects.values_list("pk", flat=True))
    state["exports"] = [issue.to_parsed().to_export() for issue in Issue.objects.order_by("pk")]
    return state


def changed_copy(name: str) -> bytes:
    """The fixture with other bytes (so ingest must save it again) and the same identity."""
    return ISSUE_FILES[name].read_bytes() + "\n（更正版）\n".encode()


def fail_in_news(monkeypatch, seen):
    """Raise when the news briefs are written: sections, documents and appointments are already in."""
    def bulk_create(*args, **kwargs):
        seen["issue_ids"] = set(Issue.objects.values_list("pk", flat=True))
        raise DiskFull

    monkeypatch.setattr(NewsBrief.objects, "bulk_create", bulk_create)


def fail_after_every_row(monkeypatch, seen):
    """Raise when every record is written and only the commit is left."""
    create_records = Issue._create_records

    def create_records_then_fail(issue, parsed):
        create_records(issue, parsed)
        seen["issue_ids"] = set(Issue.objects.values_list("pk", flat=True))
        raise DiskFull

    monkeypatch.setattr(Issue, "_create_records", create_records_then_fail)


FAULTS = pytest.mark.parametrize("fault", [fail_in_news, fail_after_every_row], ids=["in-news", "before-commit"])


@pytest.mark.django_db
@FAULTS
def test_exception_while_replacing_an_issue_keeps_the_previous_version(monkeypatch, fault):
    ingest_path(ISSUE_FILES["2019-04"])
    ingest_path(ISSUE_FILES["2020-06"])
    before = snapshot()
    seen = {}
    fault(monkeypatch, seen)
    with pytest.raises(DiskFull):
        ingest_bytes(changed_copy("2020-06"), "2020-06.txt")
    assert seen["issue_ids"] != {issue["pk"] for issue in before["issues"]}, "the fault hit before any row changed"
    assert snapshot() == before


@pytest.mark.django_db
@FAULTS
def test_exception_while_adding_a_new_issue_leaves_no_trace_of_it(monkeypatch, fault):
    ingest_path(ISSUE_FILES["2019-04"])
    before = snapshot()
    seen = {}
    fault(monkeypatch, seen)
    with pytest.raises(DiskFull):
        ingest_path(ISSUE_FILES["2020-11"])
    assert len(seen["issue_ids"]) == 2
    assert snapshot() == before


@pytest.mark.django_db
@FAULTS
def test_exception_while_saving_a_draft_keeps_the_published_issue_and_the_old_draft(monkeypatch, fault):
    ingest_path(ISSUE_FILES["2020-06"])
    ingest_path(ISSUE_FILES["2020-06"], status=Issue.Status.DRAFT)
    before = snapshot()
    fault(monkeypatch, {})
    with pytest.raises(DiskFull):
        ingest_bytes(changed_copy("2020-06"), "2020-06.txt", status=Issue.Status.DRAFT)
    assert snapshot() == before


# --- a process killed in the middle of its transaction ---------------------------------------

def subprocess_database_url(tmp_path) -> str:
    """A database the subprocesses share: a file for SQLite, the test database for PostgreSQL."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def run(env, *args):
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def count_rows(env) -> list[str]:
    """Issues and documents in the subprocesses' database (the last line the shell prints)."""
    out = run(env, "manage.py", "shell", "-c",
              "from issues.models import Issue, Document; print(Issue.objects.count(), Document.objects.count())")
    return out.strip().splitlines()[-1].split()


def export(env, year, issue_no):
    return json.loads(run(env, "manage.py", "export_issue", str(year), str(issue_no)))


def subprocess_env(tmp_path) -> dict:
    env = {**os.environ, "DATABASE_URL": subprocess_database_url(tmp_path), "GAZETTE_DATA_DIR": str(tmp_path / "data"),
           "DJANGO_DEBUG": "1"}
    run(env, "manage.py", "migrate", "--noinput")
    run(env, "manage.py", "ingest", str(ISSUE_FILES["2020-06"]))
    return env


def kill_ingest(env, where: str, path) -> None:
    """Run tests/scripts/killed_ingest.py until it says it stopped `where`, then SIGKILL it."""
    child = subprocess.Popen([sys.executable, "tests/scripts/killed_ingest.py", where, str(path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "stopped", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def issue_row(env) -> list[str]:
    """Source name and index_stale of the one published 2020-06 (the last line the shell prints)."""
    out = run(env, "manage.py", "shell", "-c", "from issues.models import Issue; "
              "i = Issue.objects.published().get(year=2020, issue_no=6); print(i.source_name, i.index_stale)")
    return out.strip().splitlines()[-1].split()


@pytest.mark.django_db(transaction=True)
def test_killed_ingest_leaves_the_previous_version(tmp_path):
    env = subprocess_env(tmp_path)
    before = export(env, 2020, 6)
    changed = tmp_path / "2020-06-corrected.txt"
    changed.write_bytes(changed_copy("2020-06"))

    kill_ingest(env, "save", changed)

    assert export(env, 2020, 6) == before
    assert count_rows(env) == ["1", str(len(before["documents"]))]
    # and the database takes the next ingest normally
    run(env, "manage.py", "ingest", str(changed))
    assert export(env, 2020, 6)["documents"] == before["documents"]
    assert count_rows(env) == ["1", str(len(before["documents"]))]


@pytest.mark.django_db(transaction=True)
def test_ingest_killed_while_indexing_keeps_the_committed_version(tmp_path):
    env = subprocess_env(tmp_path)
    changed = tmp_path / "2020-06-corrected.txt"
    changed.write_bytes(changed_copy("2020-06"))

    kill_ingest(env, "index", changed)

    assert count_rows(env)[0] == "1"
    if SEARCH_ENGINE == "postgres":  # the index is written in the records' transaction: none of it committed
        assert issue_row(env) == [ISSUE_FILES["2020-06"].name, "False"]
    else:  # Whoosh indexes after the commit: the new version is saved stale; a finished update clears it
        assert issue_row(env) == [changed.name, "True"]
    # the next ingest of the same file catches the index up
    run(env, "manage.py", "ingest", str(changed))
    assert issue_row(env) == [changed.name, "False"]

"""A full disk at every write point (finding 2 of issue 20): kept files, the database, the search index.

Each case says 「磁盘空间不足」 and what to free, with no traceback, leaves no partial file (`*.part`)
and no orphaned kept file, and saves nothing half-way; through `manage.py ingest` and through the
admin upload. The failures are injected where the archive writes: a kept file's write stops half-way
with ENOSPC; the database refuses INSERTs with its own driver's disk-full error (SQLite's
SQLITE_FULL, PostgreSQL's 53100 disk_full), wrapped by Django as in real life; the Whoosh index
cannot create its segment file. A real full filesystem: tests/test_disk_full_real.py.
"""

import errno
import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from gazette.health import healthz
from issues.models import Issue
from tests.conftest import ISSUE_FILES, run_ingest, whoosh_only
from tests.test_healthz import make_index

pytestmark = pytest.mark.django_db

FIXTURE = ISSUE_FILES["2020-06"]
CHANGED = FIXTURE.read_bytes() + "\n（更正版）\n".encode()


def no_space() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def raise_no_space(*args, **kwargs):
    raise no_space()


@pytest.fixture
def full_disk_for_kept_files(monkeypatch, settings):  # the command line's write (the admin's: keep_stream)
    """Writing into the kept source files stops half-way with ENOSPC, as on a full disk."""
    real_write_bytes = Path.write_bytes

    def write_bytes(path, data):
        if Path(settings.GAZETTE_SOURCES_DIR) in path.parents:
            real_write_bytes(path, data[: len(data) // 2])
            raise no_space()
        return real_write_bytes(path, data)

    return lambda: monkeypatch.setattr(Path, "write_bytes", write_bytes)


def driver_disk_full() -> Exception:
    """The error the database driver raises when the database's disk is full."""
    if connection.vendor == "postgresql":
        import psycopg

        return psycopg.errors.DiskFull('could not extend file "base/16384/16522": No space left on device')
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    return error


@contextmanager
def full_database(table=""):
    """Every INSERT (into `table`, or any table) fails as on a full disk; Django wraps the driver's error."""
    def refuse(execute, sql, params, many, context):
        inserting = sql.lstrip().upper().startswith("INSERT")
        if inserting and (not table or f'"{table}"' in sql):
            with connection.wrap_database_errors:
                raise driver_disk_full()
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse):
        yield


@pytest.fixture
def full_disk_for_the_index(monkeypatch):
    """The search index cannot create a file (Whoosh writes each segment into new files)."""
    from whoosh.filedb.filestore import FileStorage

    return lambda: monkeypatch.setattr(FileStorage, "create_file", raise_no_space)


def kept_files(settings) -> list[str]:
    folder = Path(settings.GAZETTE_SOURCES_DIR)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def archive_state(settings):
    issues = sorted(Issue.objects.values_list("pk", "year", "issue_no", "status", "source_sha256"))
    return issues, [issue.to_parsed().to_export() for issue in Issue.objects.order_by("pk")], kept_files(settings)


def assert_told_disk_full(text: str) -> None:
    assert "磁盘空间不足" in text
    assert "Traceback" not in text


# --- manage.py ingest ---------------------------------------------------------------------------

def test_cli_full_disk_while_keeping_the_file_saves_nothing_and_leaves_no_part_file(capsys, settings,
                                                                                   full_disk_for_kept_files):
    run_ingest(capsys, ISSUE_FILES["2019-04"])
    before = archive_state(settings)
    full_disk_for_kept_files()
    code, _, err = run_ingest(capsys, FIXTURE)
    assert code == 1
    assert_told_disk_full(err)
    assert "所在磁盘" in err and "剩余" in err  # which disk, and how much is left on it
    assert archive_state(settings) == before
    assert not list(Path(settings.GAZETTE_SOURCES_DIR).glob("*.part"))


@pytest.mark.parametrize("replacing", [False, True], ids=["new-issue", "replacing"])
def test_cli_full_database_saves_nothing_and_keeps_no_orphan_file(capsys, settings, replacing):
    if replacing:
        run_ingest(capsys, FIXTURE)
    before = archive_state(settings)
    changed = settings.GAZETTE_SOURCES_DIR.parent / "2020-06-changed.txt"
    changed.write_bytes(CHANGED)
    with full_database("issues_newsbrief"):
        code, _, err = run_ingest(capsys, changed)
    assert code == 1
    assert_told_disk_full(err)
    assert "数据库" in err
    assert archive_state(settings) == before


@whoosh_only  # PostgreSQL's index is a table of the database: its full disk is the database's
def test_cli_full_disk_under_the_index_keeps_the_saved_issue_marked_stale(capsys, settings, full_disk_for_the_index):
    run_ingest(capsys, FIXTURE)
    changed = settings.GAZETTE_SOURCES_DIR.parent / "2020-06-changed.txt"
    changed.write_bytes(CHANGED)
    full_disk_for_the_index()
    code, out, err = run_ingest(capsys, changed)
    assert code == 1
    assert_told_disk_full(err)
    assert "rebuild_index" in err
    issue = Issue.objects.published().get()
    assert (issue.source_name, issue.index_stale) == ("2020-06-changed.txt", True)


# --- the admin upload (kept when posted, saved as a draft by the background worker) ---------------

def text_upload():
    return SimpleUploadedFile("2020-06.txt", CHANGED, content_type="text/plain")


def then_no_space(chunks):
    """An upload's chunks as the disk fills up: the first one is written, the next write fails."""
    chunks = iter(chunks)
    yield next(chunks)
    raise no_space()


def test_admin_full_disk_while_keeping_the_upload(staff_client, capsys, settings, monkeypatch, submit_upload):
    from issues import uploads

    run_ingest(capsys, FIXTURE)
    before = archive_state(settings)
    keep_stream = uploads.keep_stream
    monkeypatch.setattr(uploads, "keep_stream", lambda chunks, suffix: keep_stream(then_no_space(chunks), suffix))
    page = submit_upload(staff_client, {"source": text_upload()}).content.decode()
    assert_told_disk_full(page)
    assert "解析出错" not in page
    assert archive_state(settings) == before
    assert not list(Path(settings.GAZETTE_SOURCES_DIR).glob("*.part"))


def test_admin_full_database(staff_client, capsys, settings, submit_upload):
    run_ingest(capsys, FIXTURE)
    before = archive_state(settings)
    with full_database("issues_document"):
        page = submit_upload(staff_client, {"source": text_upload()}).content.decode()
    assert_told_disk_full(page)
    assert "数据库" in page
    assert archive_state(settings) == before


def test_logging_in_on_a_full_database_says_so_instead_of_a_server_error(django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    django_user_model.objects.create_superuser("editor", "editor@example.com", "a good password")
    browser = Client(raise_request_exception=False)
    with full_database():
        response = browser.post(reverse("admin:login"), {"username": "editor", "password": "a good password"})
    assert response.status_code == 503
    assert_told_disk_full(response.content.decode())


# --- /healthz -----------------------------------------------------------------------------------

def health(rf) -> tuple[int, dict]:
    response = healthz(rf.get("/healthz"))
    return response.status_code, json.loads(response.content)


def test_healthz_reports_the_data_directory_writable_with_its_free_space(rf, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    _, body = health(rf)
    assert body["data_dir"]["ok"] is True
    assert body["data_dir"]["free_bytes"] > 0
    assert list(settings.DATA_DIR.iterdir()) == []  # the probe file is gone


def test_healthz_reports_a_full_data_directory(rf, settings, tmp_path, monkeypatch):
    make_index()
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    monkeypatch.setattr(os, "fsync", raise_no_space)
    status, body = health(rf)
    assert status == 200  # readers can still read: a full disk degrades the archive, it does not take it down
    assert body["data_dir"]["ok"] is False
    assert "磁盘空间不足" in body["data_dir"]["error"]
    assert body["status"] == "degraded"
    assert list(settings.DATA_DIR.iterdir()) == []

"""manage.py backup / restore: a restored archive exports exactly what the backed-up one did."""

import io
import json
import re
import shutil

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from issues.ingest import ingest_path
from issues.models import Issue
from issues.sources import sha256_of
from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(settings, isolated_data_dir):
    """Every fixture published, one draft, one staff account; returns the exports."""
    settings.MEDIA_ROOT = isolated_data_dir / "media"
    for path in ISSUE_FILES.values():
        ingest_path(path)
    ingest_path(ISSUE_FILES["2020-06"], status=Issue.Status.DRAFT)
    get_user_model().objects.create_user("editor", password="correct horse battery", is_staff=True)
    return exports()


def exports() -> dict:
    """What `export_issue` prints for every published issue."""
    found = {}
    for year, issue_no in Issue.objects.published().values_list("year", "issue_no"):
        out = io.StringIO()
        call_command("export_issue", str(year), str(issue_no), stdout=out)
        found[(year, issue_no)] = json.loads(out.getvalue())
    return found


def wipe_archive():
    """An emptied database (still migrated) and an emptied data dir."""
    Issue.objects.all().delete()
    get_user_model().objects.all().delete()
    shutil.rmtree(settings.GAZETTE_SOURCES_DIR)


def backup(tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())
    return tmp_path / "backup"


def test_restore_into_an_empty_archive_gives_the_same_export_for_every_issue(archive, tmp_path):
    saved = backup(tmp_path)
    wipe_archive()
    assert exports() == {}
    call_command("restore", str(saved), stdout=io.StringIO())
    assert len(archive) == len(ISSUE_FILES)
    assert exports() == archive


def test_restore_brings_back_drafts_staff_and_source_files(archive, tmp_path):
    saved = backup(tmp_path)
    wipe_archive()
    call_command("restore", str(saved), stdout=io.StringIO())
    assert Issue.objects.drafts().filter(year=2020, issue_no=6).exists()
    assert get_user_model().objects.get(username="editor").check_password("correct horse battery")
    for issue in Issue.objects.all():
        assert sha256_of(issue.source_file.read_bytes()) == issue.source_sha256


def test_restore_refuses_a_database_that_holds_an_archive(archive, tmp_path):
    saved = backup(tmp_path)
    with pytest.raises(CommandError, match="--replace"):
        call_command("restore", str(saved))
    Issue.objects.filter(year=2019).delete()
    call_command("restore", str(saved), "--replace", stdout=io.StringIO())
    assert exports() == archive


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda saved: next((saved / "files" / "sources").iterdir()).write_bytes(b"changed"), "已损坏"),
        (lambda saved: next((saved / "files" / "sources").iterdir()).unlink(), "缺失"),
        (lambda saved: (saved / "database.json").write_text("[]"), "已损坏"),
        (lambda saved: (saved / "manifest.json").unlink(), "不是可用的备份目录"),
    ],
    ids=["source-changed", "source-missing", "database-changed", "no-manifest"],
)
def test_a_damaged_backup_is_refused_before_anything_changes(archive, tmp_path, damage, message):
    saved = backup(tmp_path)
    wipe_archive()
    damage(saved)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(saved))
    assert not Issue.objects.exists()
    assert not settings.GAZETTE_SOURCES_DIR.exists()


def test_backup_never_writes_into_a_directory_that_is_not_empty(archive, tmp_path):
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "notes.txt").write_text("keep me")
    with pytest.raises(CommandError, match="不是空的"):
        call_command("backup", str(tmp_path / "backup"))
    assert [p.name for p in (tmp_path / "backup").iterdir()] == ["notes.txt"]


def test_restore_rebuilds_the_search_index_or_says_why_not(archive, tmp_path):
    saved = backup(tmp_path)
    wipe_archive()
    out = io.StringIO()
    call_command("restore", str(saved), stdout=out)
    index = re.search(r"搜索索引：(已重建|未重建（.+）)$", out.getvalue().strip())
    assert index, out.getvalue()
    if index[1] == "已重建":
        assert not Issue.objects.filter(index_stale=True).exists()


def test_the_restored_archive_takes_new_ingests(archive, tmp_path):
    """Restored rows keep their ids; the database's id sequences must have moved past them."""
    saved = backup(tmp_path)
    wipe_archive()
    call_command("restore", str(saved), stdout=io.StringIO())
    changed = tmp_path / "2020-06-corrected.txt"
    changed.write_bytes(ISSUE_FILES["2020-06"].read_bytes() + "\n（更正版）\n".encode())
    ingest_path(changed)
    assert Issue.objects.published().get(year=2020, issue_no=6).source_name == "2020-06-corrected.txt"
    assert exports()[(2020, 6)]["documents"] == archive[(2020, 6)]["documents"]

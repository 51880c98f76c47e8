"""Back up and restore the whole archive: database contents, kept files, then the search index.

A backup is a plain directory that any later deployment can read (SQLite or PostgreSQL):

  manifest.json    format, when, the models dumped with their row counts, every file with its sha256
  database.json    `dumpdata` of the archive's models with natural foreign keys (content types and
                   permissions are looked up by name, so it loads into any freshly migrated database)
  files/<area>/    the kept source files (GAZETTE_SOURCES_DIR) and uploaded media (MEDIA_ROOT)

The search index and the bulk data dump are not backed up: they are derived data, rebuilt from
the restored database.
Restore checks every file against the manifest before it touches anything, loads the database
in one transaction, and refuses a database that already holds an archive unless told to replace it.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from issues.models import Issue
from issues.sources import sha256_of

FORMAT = "gazette-backup/1"
MANIFEST = "manifest.json"
DATABASE = "database.json"
# Staff accounts, the admin's change history and everything the archive's own apps store.
# Sessions are not kept; content types and permissions are recreated by `migrate`.
SYSTEM_MODELS = ["auth.group", "auth.user", "admin.logentry"]
PROJECT_APPS = ["issues", "search"]
# Derived from the index rows and counted again by the rebuild that ends a restore (and millions of
# rows at scale): search.postgres_counts.
NOT_DUMPED = {"search.WordCount", "search.FacetCount"}


class BackupError(Exception):
    """A backup that cannot be written or restored; the message says why (shown to staff)."""


@dataclass
class Summary:
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    index: str = ""

    def __str__(self):
        rows = "，".join(f"{label} {n}" for label, n in self.rows.items() if n)
        return f"数据库：{rows or '空'}；文件 {self.files} 个" + (f"；搜索索引：{self.index}" if self.index else "")


def file_areas() -> dict[str, Path]:
    """The directories of kept files, by the name they have inside a backup."""
    return {"sources": Path(settings.GAZETTE_SOURCES_DIR), "media": Path(settings.MEDIA_ROOT)}


def dumped_models() -> list:
    models = [apps.get_model(label) for label in SYSTEM_MODELS]
    for label in PROJECT_APPS:
        if apps.is_installed(label):
            models.extend(m for m in apps.get_app_config(label).get_models() if m._meta.label not in NOT_DUMPED)
    return models


def write_backup(target: Path) -> Summary:
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"备份目录不是空的：{target}")
    target.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    with one_snapshot():
        for model in dumped_models():
            summary.rows[model._meta.label] = model._default_manager.count()
        call_command(
            "dumpdata", *(model._meta.label for model in dumped_models()),
            natural_foreign=True, indent=1, output=str(target / DATABASE), verbosity=0,
        )
    files = _copy_files_out(target / "files")
    summary.files = len(files)
    manifest = {
        "format": FORMAT,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "database": {"file": DATABASE, "sha256": sha256_of((target / DATABASE).read_bytes()), "rows": summary.rows},
        "files": files,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def restore_backup(source: Path, *, replace: bool = False) -> Summary:
    source = Path(source)
    manifest = read_manifest(source)
    if not replace and _archive_in_database():
        raise BackupError("数据库中已有期刊或用户；确认要用备份替换它们时加 --replace")
    _copy_files_in(source / "files", manifest["files"])
    summary = Summary(rows=dict(manifest["database"]["rows"]), files=len(manifest["files"]))
    with transaction.atomic():
        if replace:
            _delete_archive()
        call_command("loaddata", str(source / DATABASE), verbosity=0)
        _check_sources_present()
    summary.index = rebuild_search_index()
    from opendata.dump import rebuild_after_commit  # the dump imports this module (one_snapshot)

    rebuild_after_commit()
    return summary


def read_manifest(source: Path) -> dict:
    """The manifest of a backup, after checking every file it lists (nothing is touched yet)."""
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"不是可用的备份目录（{source / MANIFEST}：{exc}）") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"备份格式不认识：{manifest.get('format')!r}（需要 {FORMAT}）")
    _verify(source / manifest["database"]["file"], manifest["database"]["sha256"])
    for relative, digest in manifest["files"].items():
        _verify(source / "files" / relative, digest)
    return manifest


def rebuild_search_index() -> str:
    """Rebuild the index from the database if the search app provides one; says what it did."""
    from haystack import connections

    try:
        indexed = connections["default"].get_unified_index().get_indexed_models()
    except ImportError as exc:  # the search backend is not installed in this deployment
        return f"未重建（搜索后端不可用：{exc}）"
    if not indexed:
        return "未重建（没有定义搜索索引）"
    call_command("rebuild_index", interactive=False, verbosity=0)
    Issue.objects.filter(index_stale=True).update(index_stale=False)
    return "已重建"


@contextlib.contextmanager
def one_snapshot():
    """A transaction whose every query sees one moment of the database, even while staff ingest.

    (SQLite gives that already: the transaction takes the write lock at BEGIN, settings'
    transaction_mode IMMEDIATE, so ingests wait until it ends; WAL keeps pages reading.) Inside a
    transaction already (a test's), it is a savepoint that sees what that transaction sees.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def _copy_files_out(target: Path) -> dict[str, str]:
    files = {}
    for area, directory in file_areas().items():
        if not directory.is_dir():
            continue
        for path in sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.endswith(".part")):
            relative = f"{area}/{path.relative_to(directory).as_posix()}"
            copy = target / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
            files[relative] = sha256_of(copy.read_bytes())
    return files


def _copy_files_in(source: Path, files: dict[str, str]) -> None:
    """Copy files into the data dir; an existing file with other content is never overwritten."""
    areas = file_areas()
    for relative, digest in files.items():
        area, _, rest = relative.partition("/")
        if area not in areas or ".." in Path(rest).parts:
            raise BackupError(f"备份中的文件路径不合法：{relative}")
        target = areas[area] / rest
        if target.exists():
            if sha256_of(target.read_bytes()) != digest:
                raise BackupError(f"数据目录中已有同名但内容不同的文件：{target}")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        shutil.copy2(source / relative, partial)
        partial.replace(target)


def _verify(path: Path, digest: str) -> None:
    try:
        actual = sha256_of(path.read_bytes())
    except OSError as exc:
        raise BackupError(f"备份文件缺失：{path}（{exc.strerror}）") from exc
    if actual != digest:
        raise BackupError(f"备份文件已损坏（SHA-256 不符）：{path}")


def _archive_in_database() -> bool:
    return any(model._default_manager.exists() for model in (Issue, apps.get_model("auth.user")))


def _delete_archive() -> None:
    for model in reversed(dumped_models()):
        model._default_manager.all().delete()


def _check_sources_present() -> None:
    sources = Path(settings.GAZETTE_SOURCES_DIR)
    missing = [issue.label for issue in Issue.objects.all() if not (sources / issue.source_path).is_file()]
    if missing:
        raise BackupError(f"恢复后以下期刊缺少源文件：{'、'.join(missing)}")

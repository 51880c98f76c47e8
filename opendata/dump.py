"""The whole published archive as one download: JSON Lines and CSV in one ZIP, rebuilt after publishing.

GAZETTE_DUMP_DIR holds:
  manifest.json         the current dump: its file, download name, date, size, sha256, row counts,
                        the archive version it was built from, and the data dictionary with examples
  archive-<sha>.zip     the current dump, named by its content, served as wenzhou-gazette-<date>.zip
One builder at a time holds the lock "data-dump" (gazette.locks).

Inside the ZIP: README.txt, data-dictionary.json, and for each kind of record (opendata.fields.KINDS)
plus the issues themselves, jsonl/<name>.jsonl and csv/<name>.csv, oldest issue first, records in
printed order. Each record's row carries its issue's year and number, its stable key and its URL,
then exactly the fields `export_issue` gives it.

A dump is never built per request: `rebuild_after_commit()` queues the background task
`opendata.tasks.rebuild_data_dump` (run by `manage.py db_worker`) to run `build_dump()` once an ingest,
publish or correction has committed, and `manage.py build_data_dump` builds it by hand. A build
writes into a temporary directory beside the dump and renames; the manifest is replaced last, so
readers see the old dump or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from gazette import locks
from gazette.tasks import enqueue_on_commit
from issues.backup import one_snapshot
from issues.models import Issue
from opendata import fields as described

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
ISSUES = "issues"  # the file of the issues themselves, beside one per kind of record
EXAMPLE_CHARS = 60
CHUNK = 20  # issues read at a time, with all their records


@dataclass
class Manifest:
    file: str
    download_name: str
    built_at: str  # ISO 8601, local time
    size: int
    sha256: str
    version: str  # Issue.objects.published().version() when the build started
    counts: dict[str, int]
    dictionary: dict

    @property
    def path(self) -> Path:
        return folder() / self.file


def folder() -> Path:
    return Path(settings.GAZETTE_DUMP_DIR)


def current() -> Manifest | None:
    """The dump that is served now, or None while there is none (the page says it is being built)."""
    try:
        manifest = Manifest(**json.loads((folder() / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    return manifest if manifest.path.is_file() else None


def build_dump(*, force: bool = False) -> tuple[Manifest, bool]:
    """Build the dump unless the current one already shows the archive as it is; (manifest, built)."""
    folder().mkdir(parents=True, exist_ok=True)
    with _one_builder():
        _remove_leftovers()
        with tempfile.TemporaryDirectory(dir=folder(), prefix="tmp-") as work:
            with one_snapshot():  # the version and the rows from one moment of the database
                version = Issue.objects.published().version()
                existing = current()
                if existing and existing.version == version and not force:
                    return existing, False
                tables = _read_archive(Path(work))
            manifest = _write(Path(work), tables, version)
        _remove_old_dumps(manifest)
    return manifest, True


# --------------------------------------------------------------------- rebuilding after publishing

_batch = threading.local()


def rebuild_after_commit() -> None:
    """Have the dump rebuilt once the current transaction commits (at once outside a transaction).

    Inside `one_rebuild()` the rebuild waits for the end of the block instead, so that a command
    ingesting many files builds the dump once, not once per file.
    """
    if getattr(_batch, "active", False):
        _batch.wanted = True
        return
    _enqueue()


@contextlib.contextmanager
def one_rebuild():
    _batch.active, _batch.wanted = True, False
    try:
        yield
    finally:
        _batch.active = False
        if _batch.wanted:
            _enqueue()


def _enqueue() -> None:
    from opendata.tasks import rebuild_data_dump  # the task module imports this one

    enqueue_on_commit(rebuild_data_dump)


def rebuild_quietly() -> None:
    """A failed build keeps the previous dump and must not fail the publish that asked for it."""
    try:
        build_dump()
    except Exception:  # noqa: BLE001 - logged; the page shows the older dump's date
        log.exception("building the data dump failed")


# --------------------------------------------------------------------- writing

def _read_archive(work: Path) -> dict:
    tables = {name: _Table(work, name) for name in [ISSUES, *described.KINDS_BY_NAME]}
    for issue in _published_issues():
        _write_issue(issue, tables)
    for table in tables.values():
        table.close()
    return tables


def _write(work: Path, tables: dict, version: str) -> Manifest:
    """The ZIP and then the manifest naming it, each renamed into place."""
    built_at = timezone.localtime()
    counts = {name: table.count for name, table in tables.items()}
    dictionary = data_dictionary(examples={name: table.examples for name, table in tables.items()}, counts=counts)
    archive = work / "archive.zip"
    _zip(archive, work, tables, dictionary, built_at)
    digest = _sha256(archive)
    manifest = Manifest(
        file=f"archive-{digest[:16]}.zip", download_name=f"wenzhou-gazette-{built_at.date().isoformat()}.zip",
        built_at=built_at.isoformat(), size=archive.stat().st_size, sha256=digest, version=version,
        counts=counts, dictionary=dictionary,
    )
    os.replace(archive, manifest.path)
    _replace_file(work / MANIFEST, folder() / MANIFEST, json.dumps(asdict(manifest), ensure_ascii=False))
    return manifest


def _published_issues():
    issues = (Issue.objects.published().order_by("year", "issue_no")
              .prefetch_related(*(kind.manager for kind in described.KINDS)))
    return issues.iterator(chunk_size=CHUNK)


def _write_issue(issue: Issue, tables: dict) -> None:
    export = issue.to_parsed().to_export()
    statistics = export["statistics"]
    tables[ISSUES].write({
        **{f.name: export[f.name] for f in described.ISSUE_FIELDS},
        "statistics_title": statistics["title"],
        "statistics_producer": statistics["producer"],
        "back_matter": export["back_matter"],
        "url": _site_url(issue.get_absolute_url()),
        "api_url": _site_url(issue.get_api_url()),
    })
    for kind in described.KINDS:
        rows = export
        for step in kind.export_path:
            rows = rows[step]
        records = getattr(issue, kind.manager).all()
        for position, (row, record) in enumerate(zip(rows, records, strict=True), 1):
            key = getattr(record, kind.key_field) if kind.key_field else str(position)
            tables[kind.name].write({"year": issue.year, "issue_no": issue.issue_no, "key": key,
                                     "url": _site_url(record.get_absolute_url()), **row})


def _site_url(path: str) -> str:
    return settings.GAZETTE_SITE_URL.rstrip("/") + path


class _Table:
    """One file's rows, written as JSON Lines and as CSV at once; remembers a real example of each field."""

    def __init__(self, work: Path, name: str):
        self.name = name
        self.fields = [f.name for f in dump_fields(name)]
        self.count = 0
        self.examples: dict = {}
        self.jsonl = (work / f"{name}.jsonl").open("w", encoding="utf-8")
        self.csv_file = (work / f"{name}.csv").open("w", encoding="utf-8-sig", newline="")
        self.csv = csv.writer(self.csv_file)
        self.csv.writerow(self.fields)

    def write(self, row: dict) -> None:
        if list(row) != self.fields:
            raise ValueError(f"{self.name}: fields {list(row)} are not those described {self.fields}")
        self.jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.csv.writerow([csv_cell(value) for value in row.values()])
        self.count += 1
        for name, value in row.items():
            if name not in self.examples and value not in (None, "", []):
                self.examples[name] = example(value)

    def close(self) -> None:
        self.jsonl.close()
        self.csv_file.close()


def csv_cell(value) -> str:
    """JSON's value in a CSV cell: null is empty, true/false as in JSON, a list as its JSON text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def example(value):
    """A value as the dictionary shows it: long texts cut, lists to their first item."""
    if isinstance(value, str) and len(value) > EXAMPLE_CHARS:
        return value[:EXAMPLE_CHARS] + "…"
    if isinstance(value, list):
        return [example(value[0])] if value else []
    return value


def _zip(archive: Path, work: Path, tables: dict, dictionary: dict, built_at) -> None:
    readme = render_to_string("opendata/README.txt", {"dictionary": dictionary, "built_at": built_at})
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.txt", readme)
        bundle.writestr("data-dictionary.json", json.dumps(dictionary, ensure_ascii=False, indent=1))
        for name in tables:
            bundle.write(work / f"{name}.jsonl", f"jsonl/{name}.jsonl")
            bundle.write(work / f"{name}.csv", f"csv/{name}.csv")
    with archive.open("rb") as written:
        os.fsync(written.fileno())


def _replace_file(temporary: Path, target: Path, text: str) -> None:
    with temporary.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, target)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _one_builder():
    """Builders queue: the one that waited then builds from the archive as the others left it."""
    return locks.hold("data-dump")


def _remove_leftovers() -> None:
    """Temporary directories of builders killed mid-way (we hold the lock, so none is running)."""
    for path in folder().glob("tmp-*"):
        shutil.rmtree(path, ignore_errors=True)


def _remove_old_dumps(manifest: Manifest) -> None:
    """Earlier dumps: a download already under way keeps its open file (POSIX), new ones get the new dump.

    Under the lock, so that no other builder's new file goes before its manifest names it.
    """
    for path in folder().glob("archive-*.zip"):
        if path.name != manifest.file:
            path.unlink(missing_ok=True)


# --------------------------------------------------------------------- the data dictionary

def dump_fields(name: str) -> tuple:
    if name == ISSUES:
        return described.DUMP_ISSUE_FIELDS
    return described.dump_row_fields(described.KINDS_BY_NAME[name])


def data_dictionary(examples: dict | None = None, counts: dict | None = None) -> dict:
    """Every file of the dump, every field: type, meaning and a real example from the archive (if built)."""
    examples, counts = examples or {}, counts or {}
    files = [(ISSUES, "期刊", "每期一行：期号、出版日期、统计表标题、封底文字")]
    files += [(kind.name, kind.label, kind.meaning) for kind in described.KINDS]
    return {
        "formats": {
            "jsonl": "UTF-8，每行一个 JSON 对象；没有值的字段为 null",
            "csv": "UTF-8（带 BOM，便于电子表格识别中文），首行为字段名；null 为空单元格，"
                   "是/否为 true/false，列表为其 JSON 文本",
        },
        "files": [
            {
                "name": name, "label": label, "meaning": meaning,
                "jsonl": f"jsonl/{name}.jsonl", "csv": f"csv/{name}.csv", "rows": counts.get(name),
                "fields": [
                    {"name": f.name, "type": f.type, "type_label": f.type_label, "nullable": f.nullable,
                     "meaning": f.meaning, "example": examples.get(name, {}).get(f.name)}
                    for f in dump_fields(name)
                ],
            }
            for name, label, meaning in files
        ],
    }

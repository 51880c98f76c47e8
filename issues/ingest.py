"""Ingest one source file: read, parse, save in one transaction, then update the search index.

Used by `manage.py ingest` and by the admin upload's background task. The database is written only
by Issue.objects.save_parsed (one transaction); the index is updated after it commits, and so is the
bulk data dump (opendata.dump). The steps that look at and write the issue hold its lock
(issues.locks), so two writers of one issue queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, models

from gazette import diskspace
from issues.locks import issue_lock
from issues.models import Issue
from issues.parser import PARSER_VERSION, parse_issue
from issues.sources import (
    IMAGE_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES, IngestError, SourceInfo, decode_text, discard_kept_on_failure, keep_source, sha256_of,
    source_kind,
)
from opendata.dump import rebuild_after_commit

log = logging.getLogger(__name__)


class Stage(models.TextChoices):
    """What an ingest is doing, reported to `progress` as it goes (an upload shows it to staff)."""

    READING = "reading", "读取文字"
    OCR = "ocr", "识别文字"  # a scan, read by OCR (issues.ocr)
    PARSING = "parsing", "解析内容"
    SAVING = "saving", "保存"


# progress(stage, done, total): ("reading", 3, 48) after page 3 of 48; (stage, 0, 0) when it starts
Progress = Callable[[str, int, int], None]


@dataclass
class IngestResult:
    issue: Issue
    status: str  # "created", "replaced", "unchanged", "skipped"
    index_error: str = ""
    note: str = ""  # why it was skipped

    def summary(self) -> str:
        if self.status == "skipped":
            return self.note
        i = self.issue
        counts = (
            f"文件 {i.document_set.count()}，解读 {i.interpretation_set.count()}，任免 {i.appointment_set.count()}，"
            f"简讯 {i.newsbrief_set.count()}，记事 {i.chronicleentry_set.count()}，发文目录 {i.issuedlistentry_set.count()}，"
            f"统计 {i.statisticsrow_set.count()}，警告 {len(i.warnings)}"
        )
        return f"{i.label} [{self.status}] {counts}"


def read_source_text(data: bytes, name: str, progress: Progress | None = None) -> str:
    """The text of a source file, whatever its kind; raises IngestError for bad files."""
    return read_source(data, name, progress)[0]


def read_source(data: bytes, name: str, progress: Progress | None = None) -> tuple[str, list]:
    """(text, warnings of the reading) of a source file; a scan is read by OCR. IngestError for bad files."""
    suffix = Path(name).suffix.lower()
    if len(data) > settings.GAZETTE_UPLOAD_MAX_BYTES:
        raise IngestError("too_large", f"{len(data)} 字节")
    if not data:
        raise IngestError("empty")
    if suffix in PDF_SUFFIXES:
        from issues.pdf import extract_text  # pdfplumber is heavy: import on demand

        try:
            return extract_text(data, progress=partial(progress, Stage.READING) if progress else None,
                                workers=settings.GAZETTE_PDF_WORKERS), []
        except IngestError as exc:
            if exc.reason != "pdf_no_text":
                raise
            return _read_scan(data, name, progress)  # no text layer, or one whose fonts map to no characters
    if suffix in IMAGE_SUFFIXES:
        return _read_scan(data, name, progress)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return decode_text(data), []
    raise IngestError("unsupported_type", suffix)


def _read_scan(data: bytes, name: str, progress: Progress | None) -> tuple[str, list]:
    from issues.ocr import read_scan  # onnxruntime and the models load on demand

    reading = read_scan(data, name, progress=partial(progress, Stage.OCR) if progress else None)
    return reading.text, reading.warnings


def ingest_bytes(
    data: bytes,
    name: str,
    *,
    year: int | None = None,
    issue_no: int | None = None,
    force: bool = False,
    status: str = Issue.Status.PUBLISHED,
    pdf_path: str = "",
    progress: Progress | None = None,
) -> IngestResult:
    """Read, parse and save one file; `pdf_path` is a kept PDF to offer for download with the issue."""
    report = progress or (lambda stage, done, total: None)
    digest = sha256_of(data)
    report(Stage.READING, 0, 0)
    text, reading_warnings = read_source(data, name, progress)
    report(Stage.PARSING, 0, 0)
    parsed = parse_issue(text, year=year, issue_no=issue_no)
    parsed.warnings.extend(reading_warnings)
    report(Stage.SAVING, 0, 0)
    with issue_lock(parsed.year, parsed.issue_no):
        return _save(parsed, data, name, digest, force=force, status=status, pdf_path=pdf_path)


def _save(parsed, data: bytes, name: str, digest: str, *, force: bool, status: str, pdf_path: str) -> IngestResult:
    existing = Issue.objects.filter(year=parsed.year, issue_no=parsed.issue_no, status=status).first()
    if (
        existing
        and not force
        and existing.source_sha256 == digest
        and existing.parser_version == PARSER_VERSION
    ):
        result = IngestResult(existing, "unchanged")
        if existing.index_stale:  # an earlier index update failed: catch up now
            result.index_error = update_index(existing)
        return result
    if existing and status == Issue.Status.PUBLISHED and not force:
        kind = source_kind(name)
        if existing.source_kind != kind:  # e.g. `make run`'s fixture text against an issue staff published from its PDF
            return IngestResult(existing, "skipped", note=(
                f"跳过 {existing.year}年第{existing.issue_no}期：已由{_spaced(existing.source_kind)}发布"
                f"（确要以此{_spaced(kind)}替换，请加 --force）"))
        replacement = existing.replaced_by(parsed)
        if replacement.too_destructive:
            raise IngestError("removes_records", f"{replacement.summary()}。确认无误请加 --force")
    with discard_kept_on_failure():
        source = SourceInfo(
            name=Path(name).name,
            path=keep_source(data, Path(name).suffix or ".txt"),
            sha256=digest,
            parser_version=PARSER_VERSION,
            pdf_path=pdf_path,
        )
        issue = _save_parsed(parsed, source, status)
    result = IngestResult(issue, "replaced" if existing else "created")
    if status == Issue.Status.PUBLISHED:
        result.index_error = update_index(issue)
        rebuild_after_commit()
    return result


def _spaced(kind: str) -> str:
    """PDF between spaces inside Chinese text, 文本文件 without."""
    return f" {kind} " if kind.isascii() else kind


def _save_parsed(parsed, source: SourceInfo, status: str) -> Issue:
    try:
        return Issue.objects.save_parsed(parsed, source=source, status=status)
    except DatabaseError as exc:  # rolled back: nothing of this issue was saved
        if diskspace.is_disk_full(exc):
            raise IngestError("disk_full", diskspace.for_database()) from exc
        raise


def as_ingest_error(exc: Exception) -> IngestError:
    """Any failure to import one file as an IngestError, so that callers tell it by its reason and
    message (the command line and the admin), never as a traceback: a full disk, or a bug."""
    if isinstance(exc, IngestError):
        return exc
    if diskspace.is_disk_full(exc):
        return IngestError("disk_full", diskspace.for_error(exc))
    return IngestError("unexpected", f"{type(exc).__name__}: {exc}")


def ingest_path(path: Path | str, **options) -> IngestResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError("missing", str(path)) from exc
    except OSError as exc:
        raise IngestError("unreadable", f"{path}（{exc.strerror}）") from exc
    return ingest_bytes(data, path.name, **options)


def update_index(issue: Issue) -> str:
    """Bring the search index in step with a committed issue; '' on success, else the error.

    On failure the database keeps the new state and the issue is marked index_stale, so that
    staff see it and the next ingest or `rebuild_index` catches up. A published issue arrives
    here already marked (save_parsed, Issue.publish); success clears the mark.
    """
    try:
        from search.indexing import index_issue
    except ImportError:  # the search app not yet wired
        return ""
    try:
        index_issue(issue)
    except Exception as exc:  # noqa: BLE001 - any index failure must leave the DB state and be reported
        _mark_stale(issue)
        if diskspace.is_disk_full(exc):  # told in one line: a full disk is no bug to trace
            told = diskspace.message(exc, "搜索索引", settings.HAYSTACK_CONNECTIONS["default"].get("PATH"))
            log.warning("indexing %s failed: disk full", issue)
            return f"{told}；清理后运行 manage.py rebuild_index 补上索引"
        log.exception("indexing %s failed", issue)
        return f"{type(exc).__name__}: {exc}"
    Issue.objects.filter(pk=issue.pk, index_stale=True).update(index_stale=False)
    issue.index_stale = False
    return ""


def _mark_stale(issue: Issue) -> None:
    issue.index_stale = True
    try:
        Issue.objects.filter(pk=issue.pk).update(index_stale=True)
    except DatabaseError as exc:  # the database's disk may be full too: a published save was stale already
        log.warning("could not mark %s index_stale: %s", issue, exc)

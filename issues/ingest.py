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
from typing import NamedTuple

from django.conf import settings
from django.db import DatabaseError, models, transaction
from django.urls import reverse

from gazette import diskspace
from issues.locks import issue_lock
from issues.models import Issue
from issues.parser import PARSER_VERSION, kinds, parse_issue
from issues.parser.lines import Line, from_text, physical_pages
from issues.parser.errors import NoIdentity
from issues.parser.records import ParsedIssue
from issues.parser.warnings import LOSS, ParseWarning, losses
from issues.sources import (
    IMAGE_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES, IngestError, SourceInfo, decode_text, discard_kept_on_failure, keep_source, sha256_of,
    source_kind,
)
from opendata.dump import rebuild_after_commit
from search import indexing
from search.indexing import update_index

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
    held: bool = False  # saved as a draft for its loss warnings instead of published

    def summary(self) -> str:
        if self.status == "skipped":
            return self.note
        i = self.issue
        loss_count = len(i.loss_warnings)
        counts = "，".join([f"{kind.short} {i.records_of(kind).count()}" for kind in kinds.KINDS]
                          + [f"损失警告 {loss_count}", f"提示 {len(i.warnings) - loss_count}"])
        held = f"；有损失警告，已存为草稿，请审核后发布：{review_url(i)}" if self.held else ""
        return f"{i.label} [{self.status}] {counts}{held}"


def review_url(issue: Issue) -> str:
    """The issue's review page, absolute when GAZETTE_SITE_URL says where the site is."""
    return settings.GAZETTE_SITE_URL.rstrip("/") + reverse("admin:issues_issue_review", args=[issue.pk])


def read_source_text(data: bytes, name: str, progress: Progress | None = None) -> str:
    """The text of a source file, whatever its kind; raises IngestError for bad files."""
    return read_source(data, name, progress).text


class Reading(NamedTuple):
    """What reading a source file gives: its lines (a PDF's know their printed page and their page of
    the file), the warnings of the reading (OCR), and for a PDF the file's page of each printed page."""

    lines: list[Line]
    warnings: list
    pdf_pages: dict[int, int]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def read_source(data: bytes, name: str, progress: Progress | None = None) -> Reading:
    """Read a source file; a scan is read by OCR. IngestError for bad files."""
    suffix = Path(name).suffix.lower()
    if len(data) > settings.GAZETTE_UPLOAD_MAX_BYTES:
        raise IngestError("too_large", f"{len(data)} 字节")
    if not data:
        raise IngestError("empty")
    if suffix in PDF_SUFFIXES:
        from issues.pdf import Limits, extract_lines_with_losses  # pdfplumber is heavy: import on demand

        limits = Limits(max_pages=settings.GAZETTE_PDF_MAX_PAGES, max_stream=settings.GAZETTE_PDF_MAX_STREAM)
        try:
            read, unread = extract_lines_with_losses(
                data, progress=partial(progress, Stage.READING) if progress else None,
                workers=settings.GAZETTE_PDF_WORKERS, limits=limits)
        except IngestError as exc:
            if exc.reason != "pdf_no_text":
                raise
            return _read_scan(data, name, progress)  # no text layer, or one whose fonts map to no characters
        return Reading(read, unread, physical_pages(read))
    if suffix in IMAGE_SUFFIXES:
        return _read_scan(data, name, progress)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return Reading(from_text(decode_text(data)), [], {})
    raise IngestError("unsupported_type", suffix)


def _read_scan(data: bytes, name: str, progress: Progress | None) -> Reading:
    from issues.ocr import read_scan  # onnxruntime and the models load on demand

    reading = read_scan(data, name, progress=partial(progress, Stage.OCR) if progress else None)
    return Reading(reading.lines, reading.warnings, physical_pages(reading.lines))


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
    hold_losses: bool = False,
) -> IngestResult:
    """Read, parse and save one file; `pdf_path` is a kept PDF to offer for download with the issue.

    hold_losses: an issue to publish that has loss warnings is saved as a draft instead, for staff
    to check on its review page (`manage.py ingest` without --publish)."""
    report = progress or (lambda stage, done, total: None)
    digest = sha256_of(data)
    report(Stage.READING, 0, 0)
    read, reading_warnings, pdf_pages = read_source(data, name, progress)
    report(Stage.PARSING, 0, 0)
    parsed = _parse(read, year=year, issue_no=issue_no)
    parsed.warnings.extend(reading_warnings)
    report(Stage.SAVING, 0, 0)
    held = hold_losses and status == Issue.Status.PUBLISHED and bool(losses(parsed.warnings))
    with issue_lock(parsed.year, parsed.issue_no):
        result = _save(parsed, data, name, digest, force=force, status=Issue.Status.DRAFT if held else status,
                       pdf_path=pdf_path, pdf_pages=pdf_pages)
    result.held = held and result.status != "skipped"
    return result


def _parse(read: list[Line], *, year: int | None, issue_no: int | None) -> ParsedIssue:
    """The parsed issue; one that prints only its 总第N期 is placed among the archive's issues by that
    number, with a loss warning asking staff to check the year and number (refused when none is near)."""
    try:
        return parse_issue(read, year=year, issue_no=issue_no)
    except NoIdentity as refusal:
        total_no = refusal.total_no
        placed = total_no and Issue.objects.placed_by_total_no(total_no)
        if not placed:
            raise
    placed_year, placed_no, nearest = placed
    parsed = parse_issue(read, year=year or placed_year, issue_no=issue_no or placed_no)
    parsed.warnings.append(ParseWarning(
        level=LOSS, kind="identity_from_total_no",
        message=f"原文只印“总第{total_no}期”，没有年份和期数：按已发布的{nearest.label}逐月推算为"
                f"{parsed.year}年第{parsed.issue_no}期，请核对",
    ))
    return parsed


def _save(parsed, data: bytes, name: str, digest: str, *, force: bool, status: str, pdf_path: str,
          pdf_pages: dict[int, int]) -> IngestResult:
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
            pdf_pages=pdf_pages,
        )
        issue, index_error = _save_parsed(parsed, source, status)
    result = IngestResult(issue, "replaced" if existing else "created")
    if status == Issue.Status.PUBLISHED:
        result.index_error = index_error or indexing.index_after_commit(issue)
        rebuild_after_commit()
    return result


def _spaced(kind: str) -> str:
    """PDF between spaces inside Chinese text, 文本文件 without."""
    return f" {kind} " if kind.isascii() else kind


def _save_parsed(parsed, source: SourceInfo, status: str) -> tuple[Issue, str]:
    """The saved issue, and the index error if the index (PostgreSQL) was written in its transaction."""
    try:
        with transaction.atomic():
            issue = Issue.objects.save_parsed(parsed, source=source, status=status)
            return issue, indexing.index_in_transaction(issue)
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

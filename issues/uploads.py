"""Staff uploads: the file is kept and queued at once; a background task reads, parses and saves the draft.

The upload page in the admin follows an Upload: queued, then 「第3/48页 · 读取文字」 as the pages are
read, then the review page of the draft it saved, or the reason it was refused with the file's
name. Nothing is saved half-way: the draft is written by ingest's one transaction or not at all,
and the kept files of a refused upload are removed again.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from gazette.locks import LockTimeout
from issues.ingest import Stage, ingest_bytes
from issues.models import Issue
from issues.sources import PDF_SUFFIXES, IngestError, keep_stream

log = logging.getLogger(__name__)


class UploadQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state__in=ACTIVE_STATES)

    def needing_attention(self):
        """Uploads on their way, and those refused in the last week (staff should see why)."""
        week_ago = timezone.now() - timedelta(days=7)
        return self.filter(Q(state__in=ACTIVE_STATES) | Q(state=Upload.State.FAILED, uploaded_at__gte=week_ago))


class AlreadyArchived(Exception):
    """The uploaded file is the source of an issue already, or of an upload still on its way."""

    def __init__(self, existing):
        self.existing = existing  # the Issue or the Upload
        super().__init__(str(existing))


class UploadManager(models.Manager.from_queryset(UploadQuerySet)):
    def receive(self, source: File, *, pdf: File | None = None, year: int | None = None,
                issue_no: int | None = None, user=None) -> "Upload":
        """Keep the file (and a PDF to offer beside a text export) and queue its processing.

        The files are streamed to the data dir and hashed on the way, never held in memory whole:
        the request answers at once whatever their size. AlreadyArchived for a file seen before.
        The queue is a table of this database, so the upload and its task commit together: there
        is never an upload without its task, nor a task for an upload that was rolled back.
        """
        from issues.tasks import process_upload  # the task module imports this one

        name = Path(source.name).name
        kept = []
        try:
            source_path, sha256 = keep_stream(source.chunks(), Path(name).suffix or ".txt")
            kept.append(source_path)
            existing = (Issue.objects.filter(source_sha256=sha256).first()
                        or self.active().filter(source_sha256=sha256).first())
            if existing:
                raise AlreadyArchived(existing)
            if pdf is not None:
                pdf_path = keep_stream(pdf.chunks(), ".pdf")[0]
                kept.append(pdf_path)
            else:
                pdf_path = source_path if Path(name).suffix.lower() in PDF_SUFFIXES else ""
            with transaction.atomic():
                upload = self.create(source_name=name, source_path=source_path, source_sha256=sha256,
                                     pdf_path=pdf_path, year=year, issue_no=issue_no, uploaded_by=user)
                upload.task_id = process_upload.enqueue(upload.pk).id
                upload.save(update_fields=["task_id"])
        except BaseException:
            discard_unused(kept)
            raise
        return upload


class Upload(models.Model):
    """One file (or a text export with its PDF) uploaded by staff, on its way to becoming a draft."""

    class State(models.TextChoices):
        QUEUED = "queued", "排队等待处理"
        RUNNING = "running", "处理中"
        DONE = "done", "已保存为草稿"
        FAILED = "failed", "未能保存"

    source_name = models.CharField("文件名", max_length=255)
    source_path = models.CharField("文件（数据目录内）", max_length=255)
    source_sha256 = models.CharField("文件 SHA-256", max_length=64, db_index=True)
    pdf_path = models.CharField("PDF 文件（数据目录内）", max_length=255, blank=True)
    year = models.PositiveSmallIntegerField("年份（指定）", null=True, blank=True)
    issue_no = models.PositiveSmallIntegerField("期号（指定）", null=True, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    verbose_name="上传者")
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    task_id = models.CharField("后台任务", max_length=64, blank=True)
    state = models.CharField("状态", max_length=10, choices=State.choices, default=State.QUEUED)
    stage = models.CharField("步骤", max_length=10, choices=Stage.choices, blank=True)
    page = models.PositiveIntegerField("已读页数", null=True, blank=True)
    pages = models.PositiveIntegerField("总页数", null=True, blank=True)
    refusal = models.CharField("拒绝原因代码", max_length=20, blank=True, help_text="IngestError.reason")
    error = models.TextField("错误", blank=True)
    issue = models.ForeignKey("issues.Issue", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="uploads", verbose_name="草稿")
    replaced_draft = models.BooleanField("替换了此前的草稿", default=False)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = UploadManager()

    class Meta:
        verbose_name = verbose_name_plural = "上传"
        ordering = ["-uploaded_at"]

    def __str__(self):
        return f"{self.source_name}（{self.get_state_display()}）"

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def progress(self) -> str:
        """「第3/48页 · 读取文字」 while pages are read, else the step or the state."""
        if self.state != self.State.RUNNING or not self.stage:
            return self.get_state_display()
        step = Stage(self.stage).label
        return f"第{self.page}/{self.pages}页 · {step}" if self.pages else step

    def process(self) -> str:
        """Read, parse and save the draft (the background task); 'saved' or 'refused'.

        Run again from the start after a worker died; an upload that already ended stays as it ended.
        """
        if not self.active:
            return "saved" if self.state == self.State.DONE else "refused"
        self._update(state=self.State.RUNNING, stage="", page=None, pages=None, refusal="", error="")
        try:
            data = (settings.GAZETTE_SOURCES_DIR / self.source_path).read_bytes()
            result = ingest_bytes(data, self.source_name, year=self.year, issue_no=self.issue_no,
                                  status=Issue.Status.DRAFT, pdf_path=self.pdf_path, progress=self.report)
        except IngestError as exc:
            self._fail(exc.message, refusal=exc.reason)
            return "refused"
        except LockTimeout as exc:
            self._fail(f"该期正在被另一操作写入（导入、上传或发布）超过 {exc.timeout:g} 秒，未保存任何内容。请稍后重新上传。")
            return "refused"
        except Exception as exc:  # a parser bug must reach staff as a message; the traceback goes to the task
            log.exception("processing upload %s (%s) failed", self.pk, self.source_name)
            self._fail(f"解析出错，未保存任何内容（已记入日志）：{type(exc).__name__}: {exc}")
            raise
        self._update(state=self.State.DONE, issue=result.issue, replaced_draft=result.status == "replaced")
        return "saved"

    def report(self, stage: str, done: int, total: int) -> None:
        """Progress from ingest, written at once so the upload page shows it (unchanged: not written)."""
        page, pages = (done, total) if total else (None, None)
        if (stage, page, pages) != (self.stage, self.page, self.pages):
            self._update(stage=stage, page=page, pages=pages)

    def check_task(self) -> None:
        """Fail an upload whose task ended without it (its worker died too often: gazette.tasks)."""
        if not self.active or not self.task_id:
            return
        from django_tasks import TaskResultStatus
        from django_tasks.exceptions import TaskResultDoesNotExist

        from issues.tasks import process_upload

        try:
            result = process_upload.get_result(self.task_id)
        except TaskResultDoesNotExist:  # e.g. an archive restored from a backup, which holds no queue
            self._fail("后台任务记录已不存在（例如数据库从备份恢复），未保存任何内容。请重新上传。")
            return
        if result.status == TaskResultStatus.FAILED:
            lost = any(error.exception_class_path.endswith(".WorkerLost") for error in result.errors)
            self._fail("后台处理进程在处理此文件时多次意外退出（可能是内存不足），已停止重试。未保存任何内容。" if lost
                       else "后台处理出错，未保存任何内容（已记入日志）。")

    def _fail(self, message: str, refusal: str = "") -> None:
        self._update(state=self.State.FAILED, error=message, refusal=refusal)
        discard_unused([self.source_path, self.pdf_path])

    def _update(self, **fields) -> None:
        fields["updated_at"] = timezone.now()
        Upload.objects.filter(pk=self.pk).update(**fields)
        for name, value in fields.items():
            setattr(self, name, value)


ACTIVE_STATES = (Upload.State.QUEUED, Upload.State.RUNNING)


def discard_unused(paths) -> None:
    """Remove kept files (relative to GAZETTE_SOURCES_DIR) that no issue and no upload on its way uses."""
    for path in set(paths) - {""}:
        uses = Q(source_path=path) | Q(pdf_path=path)
        if not Issue.objects.filter(uses).exists() and not Upload.objects.active().filter(uses).exists():
            (settings.GAZETTE_SOURCES_DIR / path).unlink(missing_ok=True)

"""An issue of the gazette: the draft or published version of one (year, issue number), and its lifecycle.

save_parsed writes a parsed issue and its records in one transaction; publish and discard take a
draft to the public archive or away; to_parsed reads it back as plain data.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.db.models import F
from django.db.models.functions import Abs
from django.urls import reverse
from django.utils import timezone

from issues.locks import issue_lock
from issues.parser import kinds, records
from issues.parser.warnings import ParseWarning, structured
from issues.signals import replacing_published
from issues.sources import SourceInfo, source_kind

# How far, in issues, a 总第N期 may be counted from an archived one: a gap of years may hide a skipped
# or double issue, which counting months would not see.
TOTAL_NO_REACH = 24


class IssueQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Issue.Status.PUBLISHED)

    def drafts(self):
        return self.filter(status=Issue.Status.DRAFT)

    def newest_first(self):
        return self.order_by("-year", "-issue_no")

    def placed_by_total_no(self, total_no: int) -> tuple[int, int, "Issue"] | None:
        """The (year, issue number) of 总第`total_no`期, counted in months from the published issue nearest
        in total number (the gazette is monthly, numbered 1–12 within its year: 总第60期 is 2010年第12期,
        so 总第61期 is 2011年第1期); None when no published issue lies within TOTAL_NO_REACH of it."""
        nearest = (
            self.published().filter(issue_no__lte=12, total_no__isnull=False)
            .annotate(gap=Abs(F("total_no") - total_no)).filter(gap__lte=TOTAL_NO_REACH)
            .order_by("gap", "-year").first()
        )
        if nearest is None:
            return None
        month = nearest.year * 12 + nearest.issue_no - 1 + total_no - nearest.total_no
        return month // 12, month % 12 + 1, nearest

    def version(self) -> str:
        """Changes whenever one of these issues is added, replaced, published, deleted or corrected.

        One aggregate query. Keyed on the database, not on a counter bumped in this process, so a
        `manage.py ingest` or another gunicorn worker is seen at once by every process (the page
        cache and the bulk data dump key on `published().version()`). Saving or deleting a record
        touches its issue's `updated_at` (IssueRecord.save/delete).
        """
        state = self.aggregate(n=models.Count("pk"), top=models.Max("pk"), last=models.Max("updated_at"))
        last = state["last"].isoformat() if state["last"] else ""
        return f"{state['n']}:{state['top']}:{last}"


class IssueManager(models.Manager.from_queryset(IssueQuerySet)):
    def save_parsed(self, parsed: records.ParsedIssue, *, source: SourceInfo, status: str = "published") -> "Issue":
        """Write a parsed issue and all its records in one transaction.

        A published save replaces the published version of the same issue; a draft save
        replaces an earlier draft of it and leaves the published version alone. A published issue
        is saved index_stale: the index clears the flag when written (search.indexing.update_index:
        in the same transaction on PostgreSQL, after the commit on Whoosh), so a process killed in
        between leaves the issue marked, not silently behind.
        Drafts are never indexed, so never stale.
        """
        with transaction.atomic():
            with replacing_published():
                self.filter(year=parsed.year, issue_no=parsed.issue_no, status=status).delete()
            issue = self.create(
                year=parsed.year,
                issue_no=parsed.issue_no,
                total_no=parsed.total_no,
                publish_date=parsed.publish_date,
                status=status,
                source_name=source.name,
                source_path=source.path,
                source_sha256=source.sha256,
                pdf_path=source.pdf_path,
                pdf_pages={str(printed): physical for printed, physical in source.pdf_pages.items()},
                parser_version=source.parser_version,
                warnings=[warning.to_dict() for warning in structured(parsed.warnings)],
                back_matter=list(parsed.back_matter),
                statistics_title=parsed.statistics.title or "",
                statistics_producer=parsed.statistics.producer or "",
                index_stale=status == Issue.Status.PUBLISHED,
            )
            issue._create_records(parsed)
        return issue


class Issue(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "草稿"
        PUBLISHED = "published", "已发布"

    year = models.PositiveSmallIntegerField("年份")
    issue_no = models.PositiveSmallIntegerField("期号")
    total_no = models.PositiveIntegerField("总期号", null=True, blank=True)
    publish_date = models.DateField("出版日期", null=True, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    source_name = models.CharField("源文件名", max_length=255)
    source_path = models.CharField("源文件（数据目录内）", max_length=255)
    source_sha256 = models.CharField("源文件 SHA-256", max_length=64, db_index=True)
    pdf_path = models.CharField("PDF 文件（数据目录内）", max_length=255, blank=True)
    # printed page number (a string: JSON keys) -> page of the PDF it was read from, from 1
    pdf_pages = models.JSONField("PDF 页码对照", default=dict, blank=True)
    parser_version = models.CharField("解析器版本", max_length=20)
    warnings = models.JSONField("解析警告", default=list, blank=True)
    back_matter = models.JSONField("封底及其他", default=list, blank=True)
    statistics_title = models.CharField("统计表标题", max_length=200, blank=True)
    statistics_producer = models.CharField("统计表制表单位", max_length=100, blank=True)
    index_stale = models.BooleanField("索引待更新", default=False)
    ingested_at = models.DateTimeField("导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = IssueManager()

    class Meta:
        verbose_name = "期刊"
        verbose_name_plural = "期刊"
        ordering = ["-year", "-issue_no"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "issue_no"], condition=models.Q(status="published"), name="one_published_issue"
            ),
            models.UniqueConstraint(fields=["year", "issue_no"], condition=models.Q(status="draft"), name="one_draft_issue"),
        ]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        total = f"（总第{self.total_no}期）" if self.total_no else ""
        return f"{self.year}年第{self.issue_no}期{total}"

    @property
    def parse_warnings(self) -> list[ParseWarning]:
        """The stored warnings as ParseWarning (also the plain strings older parsers stored)."""
        return structured(self.warnings)

    @property
    def loss_warnings(self) -> list[tuple[int, ParseWarning]]:
        """(position in `warnings`, warning) of each warning that a record may be missing or wrong."""
        return [(i, warning) for i, warning in enumerate(self.parse_warnings) if warning.is_loss]

    @property
    def unchecked_losses(self) -> int:
        return sum(1 for _, warning in self.loss_warnings if not warning.checked)

    def check_warnings(self, positions: set[int]) -> None:
        """Staff ticked 已核对 on these loss warnings (and on no other): saved with the draft."""
        warnings = self.parse_warnings
        for i, warning in enumerate(warnings):
            if warning.is_loss:
                warning.checked = i in positions
        self.warnings = [warning.to_dict() for warning in warnings]
        self.save(update_fields=["warnings", "updated_at"])

    @property
    def source_file(self):
        return settings.GAZETTE_SOURCES_DIR / self.source_path

    @property
    def pdf_file(self):
        """The PDF kept for download (the uploaded PDF, or a PDF beside a text export), or None."""
        return settings.GAZETTE_SOURCES_DIR / self.pdf_path if self.pdf_path else None

    @property
    def original_pdf(self):
        """The issue's PDF as printed: the kept PDF, or the source itself when it was a PDF; else None."""
        if self.pdf_path:
            return self.pdf_file
        return self.source_file if source_kind(self.source_path) == "PDF" else None

    def pdf_page_of(self, printed_page: int | None) -> int | None:
        """The page of the original PDF on which printed page N is (None when the PDF did not say)."""
        return self.pdf_pages.get(str(printed_page)) if printed_page is not None else None

    @property
    def source_kind(self) -> str:
        """PDF when published from a PDF or with one (text and PDF uploaded together), else 文本文件."""
        return "PDF" if self.pdf_path else source_kind(self.source_path)

    def get_absolute_url(self):
        return reverse("issues:issue", args=[self.year, self.issue_no])

    def get_api_url(self):
        return reverse("issues:api_issue", args=[self.year, self.issue_no])

    def replaced_by(self, parsed: records.ParsedIssue):
        """What replacing this issue by `parsed` would remove, kind by kind (issues.replacement)."""
        from issues.replacement import compare  # it reads the review's record kinds, which import this module

        return compare(self.to_parsed(), parsed)

    def published_version(self) -> "Issue | None":
        """The published issue this draft would replace, if there is one."""
        return Issue.objects.published().filter(year=self.year, issue_no=self.issue_no).exclude(pk=self.pk).first()

    def publish(self, lock_timeout: float | None = None) -> str:
        """Make this draft the public version of its issue; returns '' or the search index error.

        One transaction deletes the published version of the same (year, issue_no) and flips the
        draft, so that if anything fails the previous version stays intact. The index is written in
        that transaction (PostgreSQL) or after it (Whoosh), and the bulk data dump after it, as for
        `manage.py ingest` (search.indexing, issues.ingest). The
        issue's lock is held throughout (gazette.locks.LockTimeout after `lock_timeout` seconds, by
        default issues.locks.WAIT_SECONDS, of waiting for another writer).
        """
        from opendata.dump import rebuild_after_commit  # the dump imports this module
        from search import indexing  # and so does the search index

        with issue_lock(self.year, self.issue_no, timeout=lock_timeout):
            with transaction.atomic():
                if not Issue.objects.drafts().select_for_update().filter(pk=self.pk).exists():
                    raise ValueError(f"{self} 不是草稿，无法发布")
                with replacing_published():
                    Issue.objects.published().filter(year=self.year, issue_no=self.issue_no).delete()
                # stale until update_index has indexed it, as for save_parsed
                Issue.objects.filter(pk=self.pk).update(status=Issue.Status.PUBLISHED, index_stale=True,
                                                        updated_at=timezone.now())
                self.status = Issue.Status.PUBLISHED
                self.index_stale = True
                index_error = indexing.index_in_transaction(self)
            index_error = index_error or indexing.index_after_commit(self)
        rebuild_after_commit()
        return index_error

    def discard(self) -> None:
        """Delete a draft (Cancel on the review page) and its kept files, unless an issue or upload uses them.

        The published version is left alone. The files go once the deletion commits.
        """
        if self.status != Issue.Status.DRAFT:
            raise ValueError(f"{self} 不是草稿，不能取消")
        from issues.uploads import discard_unused  # uploads import this module

        with transaction.atomic():
            self.delete()
            transaction.on_commit(lambda: discard_unused([self.source_path, self.pdf_path]))

    def to_parsed(self) -> records.ParsedIssue:
        """The saved issue as plain data again; `to_parsed().to_export()` is the export_issue JSON."""
        parsed = records.ParsedIssue(
            year=self.year,
            issue_no=self.issue_no,
            total_no=self.total_no,
            publish_date=self.publish_date,
            toc=[section.to_parsed() for section in self.section_set.all()],
            statistics=records.ParsedStatistics(
                title=self.statistics_title or None, producer=self.statistics_producer or None
            ),
            back_matter=list(self.back_matter),
            warnings=structured(self.warnings),
        )
        for kind in kinds.KINDS:
            kind.records(parsed).extend(record.to_parsed() for record in self.records_of(kind))
        return parsed

    def records_of(self, kind: kinds.RecordKind):
        """The issue's saved records of one kind, in printed order."""
        from issues.models import RECORD_MODELS  # the record models import this module

        return getattr(self, f"{RECORD_MODELS[kind.key]._meta.model_name}_set").all()

    def _create_records(self, parsed: records.ParsedIssue) -> None:
        from issues.models import RECORD_MODELS, Section  # the record models import this module

        Section.objects.bulk_create(Section.from_parsed(entry, issue=self, order=i) for i, entry in enumerate(parsed.toc))
        for kind in kinds.KINDS:
            model = RECORD_MODELS[kind.key]
            model.save_all([model.from_parsed(record, issue=self, order=i)
                            for i, record in enumerate(kind.records(parsed))])

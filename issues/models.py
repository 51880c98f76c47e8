"""Issues of the gazette and the records parsed out of them.

Public URLs never depend on database ids: every record is addressed by its issue (year,
issue number) and a stable key (a normalised doc number, a position, a day), so that
re-ingesting an issue, which replaces all its rows, keeps every link working.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from issues import numbers
from issues.locks import issue_lock
from issues.parser import amendments, kinds, records
from issues.parser.warnings import ParseWarning, structured
from issues.signals import replacing_published
from issues.sources import SourceInfo, source_kind

CATEGORIES = kinds.CATEGORIES  # every TOC category, in printed order


class IssueQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Issue.Status.PUBLISHED)

    def drafts(self):
        return self.filter(status=Issue.Status.DRAFT)

    def newest_first(self):
        return self.order_by("-year", "-issue_no")

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
        return getattr(self, f"{RECORD_MODELS[kind.key]._meta.model_name}_set").all()

    def _create_records(self, parsed: records.ParsedIssue) -> None:
        Section.objects.bulk_create(Section.from_parsed(entry, issue=self, order=i) for i, entry in enumerate(parsed.toc))
        for kind in kinds.KINDS:
            model = RECORD_MODELS[kind.key]
            model.save_all([model.from_parsed(record, issue=self, order=i)
                            for i, record in enumerate(kind.records(parsed))])


def _unique_key(key: str, seen: set) -> str:
    candidate, n = key, 2
    while candidate in seen:
        candidate, n = f"{key}-{n}", n + 1
    seen.add(candidate)
    return candidate


class IssueRecord(models.Model):
    """What every record parsed from an issue has: its issue, its printed order, a correction flag."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, verbose_name="期刊")
    order = models.PositiveIntegerField("顺序", default=0)
    corrected = models.BooleanField("人工校正", default=False, help_text="工作人员手工修改过此记录")

    class Meta:
        abstract = True
        ordering = ["issue", "order"]

    def save(self, *args, **kwargs):
        correcting = not self._state.adding
        super().save(*args, **kwargs)
        if correcting:
            self._touch_issue()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._touch_issue()
        return result

    def _touch_issue(self) -> None:
        """A corrected or deleted record changes its issue's pages: their caches, sitemap and feed key on this."""
        Issue.objects.filter(pk=self.issue_id).update(updated_at=timezone.now())

    # The kind of record stored (issues.parser.kinds) and its dataclass; fields of the same name are copied.
    kind: str | None = None
    parsed_class: type

    @classmethod
    def from_parsed(cls, parsed, *, issue: Issue, order: int) -> "IssueRecord":
        """An unsaved row for a parsed record: its fields by name (None as "" in text fields), then derive()."""
        values = {}
        for name in (f.name for f in dataclasses.fields(parsed)):
            field = cls._meta.get_field(name)
            value = getattr(parsed, name)
            values[name] = "" if value is None and not field.null else list(value) if isinstance(value, list) else value
        record = cls(issue=issue, order=order, **values)
        record.derive()
        return record

    def derive(self) -> None:
        """Fill the fields computed from the others (normalised doc numbers, a missing link key): on saving
        a parsed record and a correction by hand."""

    def to_parsed(self):
        """The saved record as its parser dataclass again ("" back to None where the dataclass has None)."""
        values = {}
        for f in dataclasses.fields(self.parsed_class):
            value = getattr(self, f.name)
            values[f.name] = None if value == "" and f.default is None else list(value) if isinstance(value, list) else value
        return self.parsed_class(**values)

    @classmethod
    def save_all(cls, rows: list) -> None:
        """Save an issue's rows of this model (one query)."""
        cls.objects.bulk_create(rows)


class Section(IssueRecord):
    """One entry of the issue's table of contents (目录)."""

    category = models.CharField("栏目", max_length=20)
    title = models.CharField("标题", max_length=500)
    doc_number = models.CharField("文号", max_length=100, blank=True)
    page = models.PositiveSmallIntegerField("页码", null=True, blank=True)

    parsed_class = records.TocEntry

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "目录条目"

    def __str__(self):
        return f"{self.title}（{self.doc_number}）" if self.doc_number else self.title

    def get_absolute_url(self):
        return self.issue.get_absolute_url()  # the issue page lists its contents


class DocumentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(issue__status=Issue.Status.PUBLISHED)

    def by_number(self, text: str):
        """Documents whose doc number or ZJCC code is `text`, in any common spelling."""
        key = numbers.doc_key(text)
        if key:
            return self.filter(doc_key=key)
        code = numbers.registration_key(text)
        if code:
            return self.filter(registration_code=code)
        return self.none()

    def citing(self, key: str):
        """Documents whose body cites the doc number `key` (a doc_key)."""
        return self.filter(references__kind="cites", references__doc_key=key).distinct()

    def repealers(self, keys) -> dict:
        """doc_key -> the earliest of these documents declaring it repealed, for many keys in one query."""
        found = {}
        references = (DocumentReference.objects.filter(kind="repeals", doc_key__in=list(keys), document__in=self)
                      .select_related("document__issue")
                      .order_by("document__issue__year", "document__issue__issue_no", "document__order"))
        for reference in references:
            if reference.document.doc_key != reference.doc_key:  # a document never repeals itself
                found.setdefault(reference.doc_key, reference.document)
        return found

    def amending(self, number: str):
        """Documents that amend (修改) the doc number `number`, in any spelling: its 被修改 list, its alerts."""
        key = numbers.doc_key(number)
        if not key:
            return self.none()
        return self.filter(references__kind="amends", references__doc_key=key).distinct()

    def amending_rule(self, name: str):
        """Documents that amend or revise the rule named `name` ('温州市市长质量奖评审管理办法', any revision)."""
        key = amendments.rule_key(name)
        if not key:
            return self.none()
        return self.filter(references__kind="amends", references__rule_key=key).distinct()

    def versions_of(self, document: "Document"):
        """Every printing of `document`'s rule across issues (its earlier and later versions), oldest first."""
        if not document.rule_key:
            return self.filter(pk=document.pk)
        return self.filter(rule_key=document.rule_key).select_related("issue").order_by(*CHRONOLOGICAL)

    def changes(self, documents) -> dict:
        """Document pk -> the Change rows (issues.validity) of these documents repealing or amending it.

        For many documents in one query. A document acts on another named by its doc number, or, for an
        amendment printing no number, by its rule's name when it is printed later. A document never acts
        on itself or on a reprint of itself.
        """
        from issues.validity import Change

        documents = list(documents)
        by_key, by_rule = {}, {}
        for d in documents:
            if d.doc_key:
                by_key.setdefault(d.doc_key, []).append(d)
            if d.rule_key:
                by_rule.setdefault(d.rule_key, []).append(d)
        references = (DocumentReference.objects.filter(document__in=self)
                      .filter(Q(kind__in=("repeals", "amends"), doc_key__in=list(by_key))
                              | Q(kind="amends", rule_key__in=list(by_rule)))
                      .select_related("document__issue").order_by(*(f"document__{f}" for f in CHRONOLOGICAL)))
        found: dict = {d.pk: [] for d in documents}
        for reference in references:
            actor = reference.document
            targets = by_key.get(reference.doc_key, []) if reference.doc_key else [
                d for d in by_rule.get(reference.rule_key, []) if actor.printed_after(d)]
            for target in targets:
                if actor.pk == target.pk or (actor.doc_key and actor.doc_key == target.doc_key):
                    continue
                change = Change(reference.kind, actor, actor.takes_effect_on)
                if change not in found[target.pk]:
                    found[target.pk].append(change)
        return found


# Oldest first: by issue, then by place in the issue.
CHRONOLOGICAL = ("issue__year", "issue__issue_no", "order")


class Document(IssueRecord):
    """An official document: 政府令, 市政府文件, 市府办文件, 部门文件."""

    key = models.CharField("链接键", max_length=100, help_text="规范化文号，用于永久链接")
    category = models.CharField("栏目", max_length=20)
    title = models.CharField("标题", max_length=500)
    doc_number = models.CharField("文号", max_length=100, blank=True)
    doc_key = models.CharField("规范化文号", max_length=100, blank=True, db_index=True)
    registration_code = models.CharField("登记号", max_length=40, blank=True, db_index=True)
    issuer = models.CharField("发文机关", max_length=200, blank=True)
    signed_date = models.DateField("成文日期", null=True, blank=True)
    addressees = models.TextField("主送机关", blank=True)
    attachments = models.JSONField("附件", default=list, blank=True)
    effective_from = models.DateField("施行日期", null=True, blank=True)
    effective_until = models.DateField("有效期至", null=True, blank=True)
    valid_years = models.PositiveSmallIntegerField("有效期（年）", null=True, blank=True)
    cited_doc_numbers = models.JSONField("引用文号", default=list, blank=True)
    repealed_doc_numbers = models.JSONField("废止文号", default=list, blank=True)
    amended_doc_numbers = models.JSONField("修改文号", default=list, blank=True, help_text="本文件修改的文件的文号")
    amended_titles = models.JSONField("修改的规则名称", default=list, blank=True,
                                      help_text="本文件修改或修订的规则名称（未印文号时），如“温州市市长质量奖评审管理办法”")
    rule_key = models.CharField("规则名称键", max_length=amendments.RULE_KEY_LENGTH, blank=True, db_index=True,
                                help_text="规范化的规则名称，同一规则的各个版本相同")
    page = models.PositiveSmallIntegerField("页码", null=True, blank=True)
    body = models.TextField("正文", blank=True)

    objects = DocumentQuerySet.as_manager()
    kind = "documents"
    parsed_class = records.ParsedDocument

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "文件"
        constraints = [models.UniqueConstraint(fields=["issue", "key"], name="unique_document_key")]

    def __str__(self):
        return f"{self.title}（{self.doc_number}）" if self.doc_number else self.title

    def rebuild_references(self) -> None:
        """Derive the cites/repeals/amends rows from the number and title lists (on saving, after a correction)."""
        self.references.all().delete()
        by_number = (("cites", self.cited_doc_numbers), ("repeals", self.repealed_doc_numbers),
                     ("amends", self.amended_doc_numbers))
        DocumentReference.objects.bulk_create(
            [DocumentReference(document=self, kind=kind, doc_number=n, doc_key=numbers.doc_key(n) or n)
             for kind, doc_numbers in by_number for n in doc_numbers or []]
            + [DocumentReference(document=self, kind="amends", title=title[:500],
                                 rule_key=amendments.rule_key(title))
               for title in self.amended_titles or []]
        )

    def derive(self) -> None:
        self.doc_key = numbers.doc_key(self.doc_number) or ""
        self.rule_key = amendments.rule_key_of_title(self.title)

    @classmethod
    def save_all(cls, rows: list["Document"]) -> None:
        """Each with a key unique in its issue (its doc number's, else its place) and its references."""
        keys: set[str] = set()
        for row in rows:
            row.key = _unique_key(row.doc_key or f"n{row.order + 1}", keys)
            row.save()
            row.rebuild_references()

    def get_absolute_url(self):
        return reverse("issues:document", args=[self.issue.year, self.issue.issue_no, self.key])

    def permanent_path(self) -> str:
        """/doc/<文号>, which follows the number to its newest printing; the page itself when it has none."""
        return reverse("issues:doc_permalink", args=[self.doc_key]) if self.doc_key else self.get_absolute_url()

    @property
    def takes_effect_on(self):
        """The day this document acts: its effective date, else its signing date, else its issue's date."""
        return self.effective_from or self.signed_date or self.issue.publish_date

    def printed_after(self, other: "Document") -> bool:
        return self._printed_at() > other._printed_at()

    def _printed_at(self) -> tuple:
        return self.issue.year, self.issue.issue_no, self.order

    def amended_documents(self) -> list["Document"]:
        """The published documents this one amends (修改了): by the numbers it names, or earlier versions of the rule."""
        keys = [k for k in (numbers.doc_key(n) for n in self.amended_doc_numbers) if k and k != self.doc_key]
        rules = [amendments.rule_key(t) for t in self.amended_titles]
        if not keys and not rules:
            return []  # most documents amend nothing: no query
        found = (Document.objects.published().filter(Q(doc_key__in=keys) | Q(rule_key__in=rules))
                 .exclude(pk=self.pk).select_related("issue").order_by(*CHRONOLOGICAL))
        return [d for d in found if d.doc_key in keys or self.printed_after(d)]

    def validity(self, today=None, changes: dict | None = None):
        """尚未施行 / 现行有效 / 已修改 / 已失效 / 已废止 / 未注明有效期 on `today` (see issues/validity.py).

        `changes` (from DocumentQuerySet.changes) saves the queries per document in lists.
        """
        from django.utils import timezone

        from issues.validity import validity_on

        if changes is None:
            changes = Document.objects.published().changes([self])
        return validity_on(
            today or timezone.localdate(), effective_from=self.effective_from, effective_until=self.effective_until,
            valid_years=self.valid_years, signed_date=self.signed_date, printed_on=self.issue.publish_date,
            changes=changes.get(self.pk, ()),
        )


class DocumentReference(models.Model):
    """A doc number named in a document's body: cited, declared repealed (废止) or amended (修改);
    or, for an amendment that prints no number, the rule's name (title and rule_key, doc_key empty)."""

    KINDS = [("cites", "引用"), ("repeals", "废止"), ("amends", "修改")]
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="references")
    kind = models.CharField(max_length=10, choices=KINDS)
    doc_number = models.CharField("文号（原文）", max_length=100, blank=True)
    doc_key = models.CharField("规范化文号", max_length=100, blank=True, db_index=True)
    title = models.CharField("规则名称（原文）", max_length=500, blank=True)
    rule_key = models.CharField("规则名称键", max_length=amendments.RULE_KEY_LENGTH, blank=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "文号引用"


class Interpretation(IssueRecord):
    """A policy interpretation (政策解读) of a document."""

    key = models.CharField("链接键", max_length=20)
    title = models.CharField("标题", max_length=500)
    interprets = models.CharField("解读对象", max_length=500, help_text="文号，找不到时为文件名称")
    interprets_key = models.CharField("解读对象规范化文号", max_length=100, blank=True, db_index=True)
    unit = models.CharField("解读单位", max_length=200, blank=True)
    body = models.TextField("正文", blank=True)

    kind = "interpretations"
    parsed_class = records.ParsedInterpretation

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "政策解读"

    def derive(self) -> None:
        self.key = self.key or str(self.order + 1)
        self.interprets_key = numbers.doc_key(self.interprets) or ""

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("issues:interpretation", args=[self.issue.year, self.issue.issue_no, self.key])


class Appointment(IssueRecord):
    """One person, one action, one post (人事任免)."""

    class Action(models.TextChoices):
        APPOINT = "appoint", "任"
        DISMISS = "dismiss", "免"
        CONCURRENT = "concurrent", "兼任"

    person = models.CharField("姓名", max_length=50, db_index=True)
    action = models.CharField("类别", max_length=12, choices=Action.choices)
    position = models.CharField("职务", max_length=300)
    qualifier = models.CharField("说明", max_length=100, blank=True, help_text="如：试用期一年、保留正县长级")
    decided_by = models.CharField("决定机关", max_length=100, blank=True)

    kind = "appointments"
    parsed_class = records.ParsedAppointment

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "人事任免"

    def __str__(self):
        return f"{self.person} {self.get_action_display()} {self.position}"

    def get_absolute_url(self):
        return reverse("issues:appointments", args=[self.issue.year, self.issue.issue_no]) + self.anchor

    @property
    def anchor(self) -> str:
        """Its row on the issue's appointments page."""
        return f"#a-{self.order + 1}"


class NewsBrief(IssueRecord):
    """A news brief (政务简讯)."""

    key = models.CharField("链接键", max_length=20)
    title = models.CharField("标题", max_length=500)
    date = models.DateField("日期", null=True, blank=True)
    body = models.TextField("正文", blank=True)

    kind = "news"
    parsed_class = records.ParsedNews

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "政务简讯"

    def derive(self) -> None:
        self.key = self.key or str(self.order + 1)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("issues:news", args=[self.issue.year, self.issue.issue_no]) + f"#n-{self.key}"


class ChronicleEntry(IssueRecord):
    """One △ item of the chronicle (政府记事)."""

    date = models.DateField("日期")
    text = models.TextField("内容")

    kind = "chronicle"
    parsed_class = records.ParsedChronicleEntry

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "政府记事"

    def __str__(self):
        return f"{self.date} {self.text[:30]}"

    def get_absolute_url(self):
        return reverse("issues:chronicle", args=[self.issue.year, self.issue.issue_no]) + f"#d-{self.date.day}"


class IssuedListEntry(IssueRecord):
    """One row of the month's list of issued documents (发文目录)."""

    doc_number = models.CharField("文号", max_length=100)
    doc_key = models.CharField("规范化文号", max_length=100, blank=True, db_index=True)
    title = models.CharField("标题", max_length=500)

    kind = "issued_list"
    parsed_class = records.ParsedIssuedRow

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "发文目录"

    def derive(self) -> None:
        self.doc_key = numbers.doc_key(self.doc_number) or ""

    def __str__(self):
        return f"{self.doc_number} {self.title}"

    def get_absolute_url(self):
        return reverse("issues:issued", args=[self.issue.year, self.issue.issue_no]) + f"#r-{self.order + 1}"


class StatisticsRowQuerySet(models.QuerySet):
    def published(self):
        return self.filter(issue__status=Issue.Status.PUBLISHED)

    def in_issue_order(self):
        return self.order_by("issue__year", "issue__issue_no", "order")


class StatisticsRow(IssueRecord):
    """One indicator of the month's economic statistics (统计资料).

    Each figure is kept twice: the number (for sums and charts) and the text the gazette printed
    ('10.0', '14969.40'), which the pages, the CSV and the API show; the number alone would lose
    the trailing zeros.
    """

    FIGURES = records.ParsedStatisticsRow.FIGURES

    indicator = models.CharField("指标", max_length=200)
    sub_row = models.BooleanField("其中项", default=False)
    unit = models.CharField("单位", max_length=20, blank=True)
    month = models.DecimalField("当月", max_digits=16, decimal_places=4, null=True, blank=True)
    month_yoy = models.DecimalField("当月同比%", max_digits=10, decimal_places=4, null=True, blank=True)
    cumulative = models.DecimalField("累计", max_digits=16, decimal_places=4, null=True, blank=True)
    cumulative_yoy = models.DecimalField("累计同比%", max_digits=10, decimal_places=4, null=True, blank=True)
    month_printed = models.CharField("当月（原文）", max_length=24, blank=True, editable=False)
    month_yoy_printed = models.CharField("当月同比%（原文）", max_length=24, blank=True, editable=False)
    cumulative_printed = models.CharField("累计（原文）", max_length=24, blank=True, editable=False)
    cumulative_yoy_printed = models.CharField("累计同比%（原文）", max_length=24, blank=True, editable=False)

    objects = StatisticsRowQuerySet.as_manager()
    kind = "statistics"
    parsed_class = records.ParsedStatisticsRow

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "统计资料"

    def __str__(self):
        return self.indicator

    def save(self, *args, **kwargs):
        self.match_printed_to_figures()
        super().save(*args, **kwargs)

    def match_printed_to_figures(self) -> None:
        """Keep each printed form that still reads as its figure; a figure corrected by hand is printed anew."""
        for name in self.FIGURES:
            value, printed = getattr(self, name), getattr(self, f"{name}_printed")
            if value is None:
                setattr(self, f"{name}_printed", "")
            elif not printed or Decimal(printed) != Decimal(str(value)):
                setattr(self, f"{name}_printed", records.printed_figure(value))

    def get_absolute_url(self):
        return reverse("issues:statistics_issue", args=[self.issue.year, self.issue.issue_no])


# The model of each kind of record (issues.parser.kinds): Document for "documents", ...
RECORD_MODELS = {model.kind: model for model in IssueRecord.__subclasses__() if model.kind}

# Staff uploads on their way to becoming drafts: a model of this app, in its own module.
from issues.uploads import Upload  # noqa: E402, F401

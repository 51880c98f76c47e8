"""Official documents (政府令, 市政府文件, 市府办文件, 部门文件) and the doc numbers they cite, repeal or amend.

DocumentQuerySet answers the questions asked across documents: by number, citing, repealing and
amending one, the versions of a rule, and the changes (issues.validity) each document has had.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from issues import numbers
from issues.models.records import CHRONOLOGICAL, IssueRecord, IssueRecordQuerySet
from issues.parser import amendments, records


def _unique_key(key: str, seen: set) -> str:
    candidate, n = key, 2
    while candidate in seen:
        candidate, n = f"{key}-{n}", n + 1
    seen.add(candidate)
    return candidate


class DocumentQuerySet(IssueRecordQuerySet):
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
        return self.filter(rule_key=document.rule_key).select_related("issue").in_issue_order()

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
                 .exclude(pk=self.pk).select_related("issue").in_issue_order())
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

"""What staff see before publishing a draft: its records, and how it differs from the published version.

Records of two versions of an issue have no shared ids (every ingest creates new rows), so they are
matched by what identifies them in print: a document by its doc number, an appointment by person and
action, a chronicle item by its day and text. Repeats of the same identity are matched in order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from django.urls import reverse

from issues import models, numbers
from issues.parser import kinds

# Long texts (bodies) are shown shortened in the diff; the admin change page has them in full.
SHOWN_CHARS = 80


@dataclass(frozen=True)
class RecordKind:
    """One kind of record of an issue, as the review page lists and compares it."""

    label: str
    model: type
    identity: Callable  # record -> hashable; what names the record in print (a saved or a parsed record)
    columns: tuple[str, ...]  # shown in the review page's table of records
    parsed: str  # where a ParsedIssue holds them: "toc", or a kind's key (issues.parser.kinds)

    @property
    def fields(self) -> tuple[str, ...]:
        """Compared between versions: every field staff can correct (cited and repealed numbers too)."""
        return tuple(
            f.name for f in self.model._meta.concrete_fields if f.editable and f.name not in NOT_COMPARED
        )

    def records(self, issue: models.Issue) -> list:
        return list(self.model.objects.filter(issue=issue).order_by("order"))

    def parsed_records(self, parsed) -> list:
        kind = kinds.BY_KEY.get(self.parsed)
        return list(kind.records(parsed) if kind else getattr(parsed, self.parsed))

    def table(self, issue: models.Issue) -> "RecordTable":
        meta = self.model._meta
        return RecordTable(
            label=self.label,
            headers=[str(meta.get_field(name).verbose_name) for name in self.columns],
            rows=[
                (change_url(record), record.corrected,
                 [_shown(_display(record, name), empty="—") for name in self.columns])
                for record in self.records(issue)
            ],
        )


@dataclass
class RecordTable:
    """The records of one kind found in an issue, as rows of shortened cells with an admin link each."""

    label: str
    headers: list[str]
    rows: list[tuple[str, bool, list[str]]]  # (change url, corrected, cells)


# Bookkeeping, and keys derived from a compared field (doc_key from doc_number): never a correction of their own.
NOT_COMPARED = {"id", "issue", "order", "corrected", "key", "doc_key", "interprets_key"}


def _doc_identity(record):
    """A doc number in any spelling (温政办[2020]53号 = 温政办〔2020〕53号), else the title."""
    return numbers.doc_key(record.doc_number or "") or record.title


# What the review page needs of each kind of record (issues.parser.kinds): what names a record in
# print, and the columns shown. The fields compared between versions are all of them (RecordKind.fields).
REVIEWED = {
    "documents": (_doc_identity, ("doc_number", "title", "registration_code", "issuer", "signed_date", "page")),
    "interpretations": (lambda r: r.title, ("title", "interprets", "unit")),
    "appointments": (lambda r: (r.person, r.action), ("person", "action", "position", "qualifier", "decided_by")),
    "news": (lambda r: r.title, ("date", "title")),
    "chronicle": (lambda r: (r.date, r.text), ("date", "text")),
    "issued_list": (lambda r: numbers.doc_key(r.doc_number) or r.doc_number, ("doc_number", "title")),
    "statistics": (lambda r: r.indicator, ("indicator", "unit", "month", "month_yoy", "cumulative", "cumulative_yoy")),
}

RECORD_KINDS = [
    RecordKind("目录", models.Section, lambda r: r.doc_number or r.title, ("category", "title", "doc_number", "page"),
               "toc"),
] + [
    RecordKind(kind.label, models.RECORD_MODELS[kind.key], *REVIEWED[kind.key], kind.key) for kind in kinds.KINDS
]

ISSUE_FIELDS = ("total_no", "publish_date", "statistics_title", "statistics_producer")


@dataclass
class FieldChange:
    label: str
    before: str
    after: str


@dataclass
class RecordChange:
    before: object  # the published record
    after: object  # the draft's record
    fields: list[FieldChange]


@dataclass
class KindDiff:
    """Records of one kind added, removed and changed by a draft."""

    label: str
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    changed: list[RecordChange] = field(default_factory=list)

    def __bool__(self):
        return bool(self.added or self.removed or self.changed)


@dataclass
class CorrectionAtRisk:
    """A record corrected by hand in the published version, and what the draft has instead."""

    kind: RecordKind
    corrected: object
    replacement: object | None  # the draft's matching record, None when the draft has none

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def corrected_url(self) -> str:
        return change_url(self.corrected)

    @property
    def replacement_url(self) -> str:
        return change_url(self.replacement) if self.replacement else ""

    @property
    def lost(self) -> bool:
        """True when publishing would change the corrected record (or drop it)."""
        return self.replacement is None or bool(_field_changes(self.corrected, self.replacement, self.kind.fields))


@dataclass
class IssueDiff:
    issue_fields: list[FieldChange]
    kinds: list[KindDiff]

    def __bool__(self):
        return bool(self.issue_fields) or any(self.kinds)


def compare(draft: models.Issue, published: models.Issue) -> IssueDiff:
    """What publishing `draft` would change in `published`, kind by kind."""
    return IssueDiff(
        issue_fields=_field_changes(published, draft, ISSUE_FIELDS),
        kinds=[_compare_kind(kind, draft, published) for kind in RECORD_KINDS],
    )


def corrections_at_risk(draft: models.Issue, published: models.Issue) -> list[CorrectionAtRisk]:
    """Every hand-corrected record of the published version, matched with the draft's record."""
    found = []
    for kind in RECORD_KINDS:
        corrected = {key: record for key, record in keyed(kind, kind.records(published)).items() if record.corrected}
        if corrected:
            replacements = keyed(kind, kind.records(draft))
            found += [CorrectionAtRisk(kind, record, replacements.get(key)) for key, record in corrected.items()]
    return found


def _compare_kind(kind: RecordKind, draft: models.Issue, published: models.Issue) -> KindDiff:
    before, after = keyed(kind, kind.records(published)), keyed(kind, kind.records(draft))
    diff = KindDiff(kind.label)
    diff.added = [record for key, record in after.items() if key not in before]
    diff.removed = [record for key, record in before.items() if key not in after]
    for key in before.keys() & after.keys():
        changes = _field_changes(before[key], after[key], kind.fields)
        if changes:
            diff.changed.append(RecordChange(before[key], after[key], changes))
    diff.changed.sort(key=lambda change: change.after.order)
    return diff


def keyed(kind: RecordKind, records) -> dict:
    """Records by (identity, n): the n-th record with the same identity, in printed order."""
    seen: Counter = Counter()
    keyed = {}
    for record in records:
        identity = kind.identity(record)
        keyed[(identity, seen[identity])] = record
        seen[identity] += 1
    return keyed


def record_tables(issue: models.Issue) -> list[RecordTable]:
    """Every record found in the issue, kind by kind (kinds with no records included: they show 0)."""
    return [kind.table(issue) for kind in RECORD_KINDS]


def change_url(record) -> str:
    """The record's page in the admin, where staff correct it."""
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


def _display(record, name: str):
    """A field as staff read it: choices by their Chinese label."""
    field_ = record._meta.get_field(name)
    return getattr(record, f"get_{name}_display")() if field_.choices else getattr(record, name)


def _field_changes(before, after, names) -> list[FieldChange]:
    changes = []
    for name in names:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            label = str(type(after)._meta.get_field(name).verbose_name)
            changes.append(FieldChange(label, *_shown_pair(old, new)))
    return changes


def _shown_pair(old, new) -> tuple[str, str]:
    """Two versions of a value; of two long texts, the stretch where they start to differ."""
    if not (isinstance(old, str) and isinstance(new, str)) or max(len(old), len(new)) <= SHOWN_CHARS:
        return _shown(old), _shown(new)
    start = max(0, _common_prefix_length(old, new) - SHOWN_CHARS // 4)
    return _excerpt(old, start), _excerpt(new, start)


def _common_prefix_length(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _excerpt(text: str, start: int) -> str:
    piece = text[start:start + SHOWN_CHARS]
    before = "…" if start else ""
    after = "…" if start + SHOWN_CHARS < len(text) else ""
    return f"{before}{piece}{after}（共{len(text)}字）"


def _shown(value, empty: str = "（空）") -> str:
    if value is None or value == "" or value == []:
        return empty
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        value = "；".join(map(str, value))
    if isinstance(value, Decimal):
        value = f"{value.normalize():f}"  # 58.1000 as printed: 58.1
    text = str(value)
    return text if len(text) <= SHOWN_CHARS else f"{text[:SHOWN_CHARS]}…（共{len(text)}字）"

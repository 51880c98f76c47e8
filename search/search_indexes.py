"""What goes into the search index: one haystack SearchIndex per kind of record.

Every record type fills the same fields (RecordIndex), so one query and one set of filters
cover them all. Only records of published issues are indexed: drafts are never searchable.
A 发文目录 row listing a document its issue prints is left out: the document is that one result.
Results are shown from stored fields alone (title, number, url, text), without a database query.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from django.db.models import Exists, OuterRef, Q
from haystack import indexes
from haystack.constants import ID
from haystack.exceptions import SkipDocument

from issues.models import Appointment, ChronicleEntry, Document, Interpretation, IssuedListEntry, Issue, NewsBrief
from issues.parser import kinds

log = logging.getLogger(__name__)

# Issue fields no index document shows: never read while indexing (tests/test_index_reads.py).
ISSUE_FIELDS_NOT_INDEXED = ("back_matter", "warnings")

# Haystack field_type of the index fields matched exactly (each backend's schema reads it).
EXACT = "exact"


class ExactField(indexes.CharField):
    """Matched as a whole, never analysed or parsed: record type, category, person."""

    field_type = EXACT


class ExactListField(indexes.MultiValueField):
    """A list of whole values: doc numbers and ZJCC codes (normalised keys), issuers."""

    field_type = EXACT


def prepared(index, objects) -> list[dict]:
    """The index documents of `objects` (haystack's full_prepare), skipping those it says to skip."""
    documents = []
    for obj in objects:
        try:
            documents.append(index.full_prepare(obj))
        except SkipDocument:
            log.debug("Indexing for object `%s` skipped", obj)
    return documents


def title_and_keys(doc: dict) -> dict:
    """The index document of a record whose text cannot be indexed: found by its title and numbers only."""
    text = "\n".join(str(v) for v in (doc.get("title"), doc.get("doc_number"), *(doc.get("numbers") or [])) if v)
    return {**doc, "text": text, "body": doc.get("title") or ""}


def warn_title_and_keys(doc: dict, exc: Exception) -> None:
    log.warning("%s (%s): its text cannot be indexed (%s: %s); indexed by title and keys only",
                doc[ID], doc.get("title"), type(exc).__name__, str(exc).strip())


def issue_key(year: int, issue_no: int) -> str:
    """The index's handle on all records of one issue, stable across re-ingests: '2020-6'."""
    return f"{year}-{issue_no}"


def _issue_date(issue: Issue) -> date:
    return issue.publish_date or date(issue.year, min(max(issue.issue_no, 1), 12), 1)


def _category(model) -> str:
    """The TOC category of a kind printed under one heading ('政务简讯'); '' for documents, which have several."""
    categories = kinds.BY_KEY[model.kind].categories
    return categories[0] if len(categories) == 1 else ""


def _join(*parts) -> str:
    return "\n".join(p for p in parts if p)


class RecordIndex(indexes.SearchIndex):
    """Fields shared by every record type; subclasses say how their model fills them."""

    text = indexes.CharField(document=True, stored=False)
    title = indexes.CharField()  # searched on its own (scope "title") and through text, where it appears twice
    record_type = ExactField()
    category = ExactField()
    issuer = ExactListField(null=True)
    person = ExactField(null=True)
    numbers = ExactListField(null=True)  # the record's own doc number / ZJCC code keys
    related_numbers = ExactListField(null=True)  # numbers it cites, repeals or interprets
    year = indexes.IntegerField()
    issue_no = indexes.IntegerField()
    issue_key = ExactField()
    date = indexes.DateField()  # own date, else the issue's: used to filter and sort
    shown_date = indexes.CharField(indexed=False, null=True)  # own date only, ISO
    doc_number = indexes.CharField(indexed=False, null=True)
    url = indexes.CharField(indexed=False)
    body = indexes.CharField(indexed=False)  # the text snippets are cut from

    model: type
    RECORD_TYPE = ""

    def get_model(self):
        return self.model

    def index_queryset(self, using=None):
        # The issue's back matter and warnings can be megabytes, and nothing here reads them.
        return (self.model.objects.published().select_related("issue")
                .defer(*(f"issue__{name}" for name in ISSUE_FIELDS_NOT_INDEXED)))

    def prepare(self, obj):
        data = super().prepare(obj)
        own_date = self.own_date(obj)
        data.update(
            record_type=self.RECORD_TYPE,
            category=getattr(obj, "category", "") or _category(self.model),
            year=obj.issue.year,
            issue_no=obj.issue.issue_no,
            issue_key=issue_key(obj.issue.year, obj.issue.issue_no),
            date=own_date or _issue_date(obj.issue),
            shown_date=own_date.isoformat() if own_date else None,
            url=obj.get_absolute_url(),
            person=None,
            issuer=None,
            numbers=None,
            related_numbers=None,
            doc_number=None,
        )
        data.update(self.describe(obj))
        # The title twice: a word in the title weighs more than one in the body.
        data["text"] = _join(data["title"], data["title"], data["doc_number"], data["body"], *(data["issuer"] or []))
        return data

    def own_date(self, obj) -> date | None:
        return None

    def describe(self, obj) -> dict:
        """title and body, plus whichever of issuer, person, numbers, doc_number apply."""
        raise NotImplementedError


class DocumentIndex(RecordIndex, indexes.Indexable):
    model = Document
    RECORD_TYPE = "document"

    def index_queryset(self, using=None):
        return super().index_queryset(using).prefetch_related("references")

    def own_date(self, obj):
        return obj.signed_date

    def describe(self, obj):
        return {
            "title": obj.title,
            "body": obj.body,
            "doc_number": obj.doc_number or None,
            "issuer": obj.issuer.split() or None,
            "numbers": [n for n in (obj.doc_key, obj.registration_code) if n] or None,
            "related_numbers": sorted({r.doc_key for r in obj.references.all() if r.doc_key}) or None,
        }

    def prepare(self, obj):
        data = super().prepare(obj)
        data["text"] = _join(data["text"], obj.registration_code)
        return data


class InterpretationIndex(RecordIndex, indexes.Indexable):
    model = Interpretation
    RECORD_TYPE = "interpretation"

    def describe(self, obj):
        return {
            "title": obj.title,
            "body": _join(obj.interprets, obj.body),
            "issuer": [obj.unit] if obj.unit else None,
            "related_numbers": [obj.interprets_key] if obj.interprets_key else None,
        }


class NewsBriefIndex(RecordIndex, indexes.Indexable):
    model = NewsBrief
    RECORD_TYPE = "news"

    def own_date(self, obj):
        return obj.date

    def describe(self, obj):
        return {"title": obj.title, "body": obj.body}


class ChronicleEntryIndex(RecordIndex, indexes.Indexable):
    model = ChronicleEntry
    RECORD_TYPE = "chronicle"

    def own_date(self, obj):
        return obj.date

    def describe(self, obj):
        when = f"{obj.date.year}年{obj.date.month}月{obj.date.day}日" if obj.date else obj.issue.label  # '是月 …': no day
        return {"title": f"{when}政府记事", "body": obj.text}


class AppointmentIndex(RecordIndex, indexes.Indexable):
    model = Appointment
    RECORD_TYPE = "appointment"

    def describe(self, obj):
        qualifier = f"（{obj.qualifier}）" if obj.qualifier else ""
        return {
            "title": f"{obj.person} {obj.get_action_display()} {obj.position}",
            "body": f"{obj.person}{obj.get_action_display()}{obj.position}{qualifier}",
            "person": obj.person,
            "issuer": [obj.decided_by] if obj.decided_by else None,
        }


class IssuedListEntryIndex(RecordIndex, indexes.Indexable):
    model = IssuedListEntry
    RECORD_TYPE = "issued"

    def index_queryset(self, using=None):
        """Rows of the 发文目录 but not those of documents the issue prints: the document is the result."""
        printed = Document.objects.filter(issue=OuterRef("issue"), doc_key=OuterRef("doc_key"))
        return super().index_queryset(using).exclude(Q(doc_key__gt="") & Exists(printed))

    def describe(self, obj):
        return {
            "title": obj.title,
            "body": obj.title,
            "doc_number": obj.doc_number or None,
            "numbers": [obj.doc_key] if obj.doc_key else None,
        }


RECORD_INDEXES = [DocumentIndex, InterpretationIndex, NewsBriefIndex, ChronicleEntryIndex, AppointmentIndex,
                  IssuedListEntryIndex]
DATE_FIELDS = [name for name, field in RecordIndex.fields.items() if isinstance(field, indexes.DateField)]


def with_dates(fields: dict) -> dict:
    """A record's stored fields with its date fields as datetime.date, whichever engine stored them
    (Whoosh gives a datetime back, PostgreSQL's jsonb an ISO string)."""
    for name in DATE_FIELDS:
        value = fields.get(name)
        if isinstance(value, datetime):
            fields[name] = value.date()
        elif isinstance(value, str):
            fields[name] = date.fromisoformat(value[:10])
    return fields


RECORD_TYPES = [index.RECORD_TYPE for index in RECORD_INDEXES]

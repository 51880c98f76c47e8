"""Lookup by number: which archived document a typed doc number or ZJCC code is, or where else it shows up.

A journalist pastes 温政办[2020]53号, 温政办（2020）53, full-width digits or zjcc01 - 2020 - 0008:
issues.numbers turns any of these into one key, matched against the database, never through
a query parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from issues import numbers
from issues.models import Document, DocumentReference, Issue, IssuedListEntry


def number_key(text: str) -> str | None:
    """The normalised doc number or ZJCC code `text` is, or None if it is neither."""
    return numbers.doc_key(text) or numbers.registration_key(text)


@dataclass
class Unarchived:
    """A number with no archived text, but named in a 发文目录 or cited by archived documents."""

    doc_number: str
    listed_in: list[IssuedListEntry] = field(default_factory=list)
    cited_by: list[Document] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "doc_number": self.doc_number,
            "listed_in": [entry.get_absolute_url() for entry in self.listed_in],
            "cited_by": [document.get_absolute_url() for document in self.cited_by],
        }


def archived_document(text: str) -> Document | None:
    """The published document with this number or ZJCC code (newest issue first)."""
    return (
        Document.objects.published().by_number(text).select_related("issue")
        .newest_first().first()
    )


def unarchived(key: str, printed: str) -> Unarchived | None:
    """Where a number without an archived document is listed or cited; None if nowhere."""
    published = Issue.Status.PUBLISHED
    listed = list(
        IssuedListEntry.objects.published().filter(doc_key=key).select_related("issue")
        .order_by("-issue__year", "-issue__issue_no")
    )
    citing = (
        DocumentReference.objects.filter(doc_key=key, document__issue__status=published)
        .values_list("document", flat=True)
    )
    cited_by = list(
        Document.objects.filter(pk__in=citing).select_related("issue").order_by("-issue__year", "-issue__issue_no")
    )
    if not listed and not cited_by:
        return None
    doc_number = listed[0].doc_number if listed else key
    return Unarchived(doc_number=numbers.compact(doc_number) or printed, listed_in=listed, cited_by=cited_by)

"""Issues of the gazette and the records parsed out of them.

Public URLs never depend on database ids: every record is addressed by its issue (year,
issue number) and a stable key (a normalised doc number, a position, a day), so that
re-ingesting an issue, which replaces all its rows, keeps every link working.
"""

from issues.models.documents import Document, DocumentQuerySet, DocumentReference
from issues.models.issue import Issue, IssueManager, IssueQuerySet
from issues.models.records import (CHRONOLOGICAL, Appointment, ChronicleEntry, Interpretation, IssuedListEntry,
                                   IssueRecord, IssueRecordQuerySet, NewsBrief, Section, StatisticsRow)
from issues.parser import kinds

CATEGORIES = kinds.CATEGORIES  # every TOC category, in printed order

# The model of each kind of record (issues.parser.kinds): Document for "documents", ...
RECORD_MODELS = {model.kind: model for model in IssueRecord.__subclasses__() if model.kind}

# Staff uploads on their way to becoming drafts: a model of this app, in its own module.
from issues.uploads import Upload  # noqa: E402, F401

__all__ = [
    "CATEGORIES", "CHRONOLOGICAL", "RECORD_MODELS", "Appointment", "ChronicleEntry", "Document", "DocumentQuerySet",
    "DocumentReference", "Interpretation", "Issue", "IssueManager", "IssueQuerySet", "IssueRecord", "IssueRecordQuerySet",
    "IssuedListEntry", "NewsBrief", "Section", "StatisticsRow", "Upload",
]

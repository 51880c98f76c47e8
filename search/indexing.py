"""Keeping the index in step with the database, one issue at a time.

issues.ingest.update_index calls index_issue() after the ingest transaction commits. All of an
issue's index documents are found by its issue_key (year and number), not by database ids,
which change on every re-ingest: the old documents go and the new ones come in one Whoosh
commit, so there are no stale hits and, if anything fails, the old index keeps answering.
A correction saved in the admin replaces only its own record's document (index_record); a
deleted record makes the admin re-index its issue.
`manage.py rebuild_index` (haystack's) rebuilds everything from RECORD_INDEXES' querysets.
"""

from __future__ import annotations

from haystack import connections
from haystack.constants import ID
from haystack.exceptions import NotHandled
from haystack.utils import get_identifier

from issues.models import Issue
from search.search_indexes import RECORD_INDEXES, issue_key


def backend():
    return connections["default"].get_backend()


def index_issue(issue: Issue) -> int:
    """Replace the index documents of this issue with its current records; returns how many.

    Drafts are never indexed: for a draft this does nothing (its published version, if any,
    stays searchable).
    """
    if issue.status != Issue.Status.PUBLISHED:
        return 0
    documents = [index.full_prepare(record) for index, record in issue_records(issue)]
    backend().replace_group("issue_key", issue_key(issue.year, issue.issue_no), documents)
    return len(documents)


def index_record(record) -> int:
    """Replace the index document of this one record (a correction saved in the admin); returns 1 or 0.

    Called after the correction commits. The record is read back through its search index's
    queryset, so a record of a draft issue (or one deleted meanwhile) only loses its index
    document and the other records of its issue are left as they are. Records of a kind that is
    not indexed (TOC sections) are ignored.
    """
    try:
        index = connections["default"].get_unified_index().get_index(type(record))
    except NotHandled:
        return 0
    current = index.index_queryset().filter(pk=record.pk).first()
    documents = [index.full_prepare(current)] if current is not None else []
    backend().replace_group(ID, get_identifier(record), documents)
    return len(documents)


def remove_issue(year: int, issue_no: int) -> None:
    """Take every record of an issue out of the index (after it is deleted or unpublished)."""
    backend().replace_group("issue_key", issue_key(year, issue_no), [])


def issue_records(issue: Issue):
    """(search index, record) for every indexed record of the issue."""
    for index_class in RECORD_INDEXES:
        index = connections["default"].get_unified_index().get_index(index_class.model)
        for record in index.index_queryset().filter(issue=issue):
            yield index, record

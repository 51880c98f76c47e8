"""Keeping the index in step with the database: the one place that does it, for both engines.

ingest and publish call index_in_transaction() inside the transaction that saves an issue's
records and index_after_commit() once it has committed; admin corrections go through
with_records(). On PostgreSQL (search.postgres) the index is a table: it is written inside the
transaction and commits with the records, so there is no window in which search lags. Whoosh is
a file index written after the commit; until it is, the issue is marked index_stale.
update_index() is the one guard: a failure is logged, the issue marked index_stale and the error
returned, never raised (the records stay saved; the next ingest or `rebuild_index` catches up).

All of an issue's index documents are found by its issue_key (year and number), not by database
ids, which change on every re-ingest: the old documents go and the new ones come in one write.
`manage.py rebuild_index` (haystack's) rebuilds everything from RECORD_INDEXES' querysets.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from haystack import connections
from haystack.constants import ID
from haystack.exceptions import NotHandled
from haystack.utils import get_identifier

from gazette import diskspace
from issues.models import Issue
from issues.signals import is_replacing_published, issue_indexed
from search.search_indexes import RECORD_INDEXES, issue_key

log = logging.getLogger(__name__)


def backend():
    return connections["default"].get_backend()


def transactional() -> bool:
    """Whether the index is written in the records' own transaction (PostgreSQL full-text search)."""
    return settings.SEARCH_ENGINE == "postgres"


def index_in_transaction(issue: Issue) -> str:
    """Inside the transaction that saved the issue: on PostgreSQL index it now ('' or the error)."""
    if transactional() and issue.status == Issue.Status.PUBLISHED:
        return update_index(issue)
    return ""


def index_after_commit(issue: Issue) -> str:
    """Once that transaction committed: Whoosh indexes the issue now ('' or the error)."""
    if transactional() or issue.status != Issue.Status.PUBLISHED:
        return ""
    return update_index(issue)


def with_records(update) -> None:
    """Run `update` (an index update of records being saved) so that it lands with them: now on
    PostgreSQL, in their transaction; after their commit on Whoosh."""
    if transactional():
        update()
    else:
        transaction.on_commit(update)


def update_index(issue: Issue) -> str:
    """Index the issue now; '' on success, else the error, with the issue marked index_stale.

    A published issue arrives here already marked (save_parsed, Issue.publish); success clears it.
    """
    try:
        index_issue(issue)
    except Exception as exc:  # noqa: BLE001 - any index failure must leave the DB state and be reported
        mark_stale(issue)
        if diskspace.is_disk_full(exc):  # told in one line: a full disk is no bug to trace
            told = diskspace.message(exc, "搜索索引", settings.HAYSTACK_CONNECTIONS["default"].get("PATH"))
            log.warning("indexing %s failed: disk full", issue)
            return f"{told}；清理后运行 manage.py rebuild_index 补上索引"
        log.exception("indexing %s failed", issue)
        return f"{type(exc).__name__}: {exc}"
    Issue.objects.filter(pk=issue.pk, index_stale=True).update(index_stale=False)
    issue.index_stale = False
    issue_indexed.send(sender=Issue, issue=issue)  # e.g. the alert digests (alerts.receivers)
    return ""


def update_record(record) -> str:
    """Index one corrected record now (a deleted one: record None re-indexes nothing); '' or the error."""
    try:
        index_record(record)
    except Exception as exc:  # noqa: BLE001 - the correction is saved; staff must see the index lagging
        log.exception("indexing %r failed", record)
        mark_stale(record.issue)
        return f"{type(exc).__name__}: {exc}"
    return ""


def mark_stale(issue: Issue) -> None:
    issue.index_stale = True
    try:
        Issue.objects.filter(pk=issue.pk).update(index_stale=True)
    except DatabaseError as exc:  # the database's disk may be full too: a published save was stale already
        log.warning("could not mark %s index_stale: %s", issue, exc)


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

    The record is read back through its search index's queryset, so a record of a draft issue
    (or one deleted meanwhile) only loses its index document and the other records of its issue
    are left as they are. Records of a kind that is not indexed (TOC sections) are ignored.
    """
    try:
        index = connections["default"].get_unified_index().get_index(type(record))
    except NotHandled:
        return 0
    current = index.index_queryset().filter(pk=record.pk).first()
    documents = [index.full_prepare(current)] if current is not None else []
    backend().replace_group(ID, get_identifier(record), documents)
    return len(documents)


def forget_deleted_issue(sender, instance: Issue, **kwargs) -> None:
    """pre_delete of an Issue (admin, shell, a replaced version): its records leave the index with it,
    on PostgreSQL in the deleting transaction, on Whoosh once it commits.

    Not while a new version replaces it (issues.signals.replacing_published): the new version's
    documents replace its own under the same issue key, or, if that fails, they keep answering.
    By the records' identifiers, never by issue_key: a new version may be indexed already.
    """
    if instance.status != Issue.Status.PUBLISHED or is_replacing_published():
        return
    identifiers = [f"{index.model._meta.label_lower}.{pk}" for index, pk in issue_record_keys(instance)]
    if identifiers:
        with_records(lambda: backend().remove_records(identifiers))


def remove_issue(year: int, issue_no: int) -> None:
    """Take every record of an issue out of the index (after it is deleted or unpublished)."""
    backend().replace_group("issue_key", issue_key(year, issue_no), [])


def issue_record_keys(issue: Issue):
    """(search index, primary key) for every indexed record of the issue."""
    for index_class in RECORD_INDEXES:
        index = connections["default"].get_unified_index().get_index(index_class.model)
        for pk in index.index_queryset().filter(issue=issue).values_list("pk", flat=True):
            yield index, pk


def issue_records(issue: Issue):
    """(search index, record) for every indexed record of the issue."""
    for index_class in RECORD_INDEXES:
        index = connections["default"].get_unified_index().get_index(index_class.model)
        for record in index.index_queryset().filter(issue=issue):
            yield index, record

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
`manage.py rebuild_index` calls rebuild(): everything from RECORD_INDEXES' querysets, built beside
the live index (Whoosh: a sibling directory renamed into place; PostgreSQL: one transaction), so
that searches never meet an empty or half-built index. index_counts() against database_counts()
is how /healthz tells an index that disagrees with the database.
"""

from __future__ import annotations

import logging
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, models, transaction
from django.utils import timezone
from haystack import connections
from haystack.constants import ID
from haystack.exceptions import NotHandled
from haystack.utils import get_identifier

from gazette import diskspace, locks
from issues.locks import issue_lock
from issues.models import Issue
from issues.signals import is_replacing_published, issue_indexed
from search.search_indexes import ISSUE_FIELDS_NOT_INDEXED, RECORD_INDEXES, issue_key, prepared

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


# -- the whole index ---------------------------------------------------------------------------------

BATCH = 500  # records read at a time while rebuilding


def rebuild() -> int:
    """Build the index anew from the database, beside the live one, then put it in its place; returns
    the documents written. Issues saved while it ran are indexed again into the new index (each under
    its lock, so an ingest still writing waits its turn), and no issue is index-stale any more."""
    started = timezone.now()
    with locks.hold("search-rebuild"):
        count = backend().rebuild(all_documents())
        if not transactional():  # their index update may have gone into the index just replaced
            saved = Issue.objects.published().filter(updated_at__gte=started).defer(*ISSUE_FIELDS_NOT_INDEXED)
            for issue in saved:
                with issue_lock(issue.year, issue.issue_no):
                    update_index(issue)
        Issue.objects.filter(index_stale=True, updated_at__lt=started).update(index_stale=False)
    return count


def all_documents():
    """The index document of every indexed record of every published issue, read BATCH records at a time."""
    for index_class in RECORD_INDEXES:
        index = connections["default"].get_unified_index().get_index(index_class.model)
        batch = []
        for record in index.index_queryset().order_by("pk").iterator(chunk_size=BATCH):
            batch.append(record)
            if len(batch) == BATCH:
                yield from prepared(index, batch)
                batch = []
        yield from prepared(index, batch)


def index_counts() -> dict[str, int]:
    """Documents in the search index per issue (issue_key '2020-6' -> count), on either engine."""
    return backend().issue_counts()


def database_counts() -> dict[str, int]:
    """Indexed records in the database per published issue (issue_key -> count): what index_counts() should say."""
    counts: Counter = Counter()
    for index_class in RECORD_INDEXES:
        # The index's own choice of rows (a 发文目录 row of a document its issue prints is left out).
        rows = (index_class().index_queryset().filter(issue__in=Issue.objects.published()).order_by()
                .values_list("issue__year", "issue__issue_no").annotate(n=models.Count("pk")))
        for year, issue_no, n in rows:
            counts[issue_key(year, issue_no)] += n
    return dict(counts)


def disagreements() -> list[dict]:
    """Issues whose documents in the index differ from their records in the database, in issue order."""
    indexed, records = index_counts(), database_counts()
    return [{"issue": key, "records": records.get(key, 0), "indexed": indexed.get(key, 0)}
            for key in sorted(indexed.keys() | records.keys(), key=lambda k: tuple(map(int, k.split("-"))))
            if indexed.get(key, 0) != records.get(key, 0)]

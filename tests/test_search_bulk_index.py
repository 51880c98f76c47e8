"""search.bulk_index: an archive copied into the index at once stores what indexing it issue by issue stores."""

import pytest
from django.core.management import call_command
from django.db import connection

from issues.models import Issue
from search import bulk_index
from search.indexing import index_issue
from tests.conftest import postgres_only

pytestmark = [pytest.mark.django_db, postgres_only]

# Every stored column but the ids, which differ between any two runs.
STORED = {
    "rows": "SELECT e.identifier, e.issue_key, e.part, e.record_type, e.category, e.person, e.issuer::text, "
            "e.numbers::text, e.related_numbers::text, e.year, e.issue_no, e.date, e.title, e.split, e.words::text, "
            "t.fields::text, t.body FROM search_entry e JOIN search_text t ON t.entry_id = e.id ORDER BY 1, 3",
    "word counts": "SELECT word, record_type, year, category, issuer::text, n FROM search_word ORDER BY 1, 2, 3, 4, 5",
    "facet counts": "SELECT record_type, year, category, issuer::text, n FROM search_facet ORDER BY 1, 2, 3, 4",
    "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_entry' ORDER BY 1",
    "references": "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'search_text'::regclass",
}


def stored() -> dict[str, list]:
    with connection.cursor() as cursor:
        return {name: _rows(cursor, sql) for name, sql in STORED.items()}


def _rows(cursor, sql):
    cursor.execute(sql)
    return cursor.fetchall()


def test_a_bulk_load_stores_what_indexing_issue_by_issue_stores():
    call_command("build_synthetic_archive", "--issues", "6")
    issues = list(Issue.objects.published().order_by("pk"))
    for issue in issues:
        index_issue(issue)
    one_by_one = stored()
    assert len(one_by_one["rows"]) > 500 and len(one_by_one["word counts"]) > 1000

    with connection.cursor() as cursor:
        restore = bulk_index.start(cursor)
        assert stored()["rows"] == [] and len(stored()["indexes"]) == 1  # the key only
        records = bulk_index.load(cursor, issues[:4]) + bulk_index.load(cursor, issues[4:])  # two batches
        bulk_index.count(cursor)
        for statement in restore:
            cursor.execute(statement)
    assert records == len(one_by_one["rows"])  # no record of these is cut into several rows
    assert stored() == one_by_one


def test_a_draft_is_not_loaded():
    call_command("build_synthetic_archive", "--issues", "1")
    Issue.objects.update(status=Issue.Status.DRAFT)
    with connection.cursor() as cursor:
        bulk_index.start(cursor)
        assert bulk_index.load(cursor, Issue.objects.all()) == 0

"""A whole archive indexed at once on PostgreSQL (the benchmarks' synthetic archives): the rows
search.indexing.index_issue writes, loaded by COPY, with the counts and the indexes made once at the end.

index_issue writes one issue in its own transaction: its rows go in one by one through thirteen
indexes (seven GIN, two of them over tsvectors computed from the row: adjacent pairs, title words), and its
word and facet counts are added under the writers' lock. At 2,400 issues that took 48 minutes on
the shared 2-core machine. Here the rows of a batch of issues are prepared by the same code
(search.postgres.entry_rows, by way of the record's search index) and copied in; search_entry's
indexes but its key, and search_text's reference to it, are dropped first and built from their
own definitions afterwards, and the counts are computed over every row once, by the statement that
keeps them (search.postgres_counts.add_counts), as a rebuild does. The stored rows are the same as
index_issue's but for their ids (tests/test_search_bulk_index.py).

Only for an index nobody reads or writes meanwhile: from start() until the statements it returns
have run, search_entry has no indexes, and until count() no counts. Benchmarks only (bench/index_archive.py); `rebuild_index` is the real path.
"""

from __future__ import annotations

from search.indexing import issue_records
from search.postgres import COLUMNS, rows_or_title_and_keys
from search.postgres_counts import add_counts

TABLES = "search_entry, search_text, search_word, search_facet"


def start(cursor) -> list[str]:
    """Empty the index, drop what would be maintained row by row; returns the statements that restore it."""
    cursor.execute(f"TRUNCATE {TABLES}")
    cursor.execute("SELECT indexname, indexdef FROM pg_indexes "
                   "WHERE tablename = 'search_entry' AND indexname <> 'search_entry_pkey' ORDER BY indexname")
    indexes = cursor.fetchall()
    cursor.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                   "WHERE conrelid = 'search_text'::regclass AND contype = 'f'")
    references = cursor.fetchall()
    for name, _ in references:
        cursor.execute(f'ALTER TABLE search_text DROP CONSTRAINT "{name}"')
    for name, _ in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    return ([f'ALTER TABLE search_text ADD CONSTRAINT "{name}" {definition}' for name, definition in references]
            + [definition for _, definition in indexes])


def load(cursor, issues) -> int:
    """Copy in the index rows of the records of `issues` (published ones); returns the records indexed."""
    records, rows = 0, []
    for issue in issues:
        if issue.status != issue.Status.PUBLISHED:
            continue
        for index, record in issue_records(issue):
            rows += rows_or_title_and_keys(index.full_prepare(record))
            records += 1
    cursor.execute("SELECT nextval(pg_get_serial_sequence('search_entry', 'id')) FROM generate_series(1, %s)",
                   [len(rows)])
    ids = [entry_id for (entry_id,) in cursor.fetchall()]
    entry = len(COLUMNS)  # a row: search_entry's columns, then search_text's fields and body
    with cursor.copy(f"COPY search_entry (id, {', '.join(COLUMNS)}) FROM STDIN") as copy:
        for entry_id, row in zip(ids, rows):
            copy.write_row((entry_id, *row[:entry]))
    with cursor.copy("COPY search_text (entry_id, fields, body) FROM STDIN") as copy:
        for entry_id, row in zip(ids, rows):
            copy.write_row((entry_id, *row[entry:]))
    return records


def count(cursor) -> None:
    """The word and facet counts of every record (run before the indexes: a pass over every row)."""
    add_counts(cursor, "TRUE", [], sign=1)

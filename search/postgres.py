"""The haystack backend on PostgreSQL full-text search: the index is a table (search.models.IndexEntry).

- Text is segmented by search.segment, as for Whoosh (words and their sub-words at one position),
  and stored as a tsvector built from those words directly (PostgreSQL's own parser would keep a
  run of Han characters as one token): no text search configuration is involved, so it is
  `simple` in effect. A GIN index answers `words @@ tsquery`; a quoted phrase is `a <-> b`.
- Doc numbers, ZJCC codes, issuers and the person are exact values (jsonb lists, matched with @>).
- A tsvector must stay under 1 MB, its positions stop at 16,383 and it keeps 256 positions a
  word: a long text is cut into parts, one row each (entry_parts), the next part starting OVERLAP
  words before the cut so that a phrase across it still matches. A record matches when its rows
  together hold what is asked: rows are grouped by record (bool_or over its rows), so the words
  of a query may be in different parts, and counts are of records.
- A row is narrow (search_entry: keys, filters, title, tsvector) and what a result shows is beside
  it (search_text: stored fields, snippet text), deleted with it by the database (search.models).
- Rows are written with the records, in the caller's transaction: searchable when it commits.
  A record whose text cannot be stored is indexed by title and keys only, with a warning.
- Snippets are cut by search.snippets from the best row's text, never from a whole long body.
- A search is answered by search.postgres_query (counts, order, facets) from search.postgres_compile's SQL pieces.
- Queries follow the database router (gazette.db_router): a public search reads a replica, indexing
  writes the primary, in the records' transaction there.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connections, router, transaction
from django.utils import tree
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery, log_query
from haystack.constants import ID
from haystack.inputs import Exact as ExactInput
from haystack.models import SearchResult

from search.criteria import All, Any, DateRange, Every, Exact, Found, Not, Search, Words
from search.models import IndexEntry
from search.postgres_compile import MAX_WORD_BYTES, lexeme, reader, tsquery
from search.postgres_counts import add_counts, clear_counts
from search.postgres_query import find
from search.search_indexes import prepared, title_and_keys, warn_title_and_keys
from search.segment import analyse, normalise, segment

log = logging.getLogger(__name__)

MAX_POSITIONS = 16_000  # positions stop at 16,383
MAX_PER_WORD = 256  # positions kept per word
MAX_PART_BYTES = 512 * 1024  # a tsvector must stay under 1 MB
OVERLAP = 64  # words repeated at the start of the next part
REBUILD_BATCH = 500  # documents inserted at a time by rebuild_index
GROUP_COLUMNS = {"issue_key": "issue_key", ID: "identifier"}

COLUMNS = ("identifier", "issue_key", "part", "record_type", "category", "person", "issuer", "numbers",
           "related_numbers", "year", "issue_no", "date", "title", "split", "words")
# One index row: its narrow search_entry row, then its search_text row (fields, body) under its id.
INSERT = (f"WITH entry AS (INSERT INTO search_entry ({', '.join(COLUMNS)}) "
          f"VALUES ({', '.join(['%s'] * (len(COLUMNS) - 1))}, %s::tsvector) RETURNING id) "
          f"INSERT INTO search_text (entry_id, fields, body) SELECT id, %s, %s FROM entry")


# -- writing ---------------------------------------------------------------------------------------


def _writer():
    return connections[router.db_for_write(IndexEntry)]


@dataclass
class Part:
    """One row's share of a text: its words (1-based positions) and the characters they span.

    Positions of the title (the text's first `title_end` characters) carry weight A: a title-only
    search asks for `'word':A`."""

    positions: dict[str, list[int]]
    start: int
    end: int
    title_positions: frozenset[int] = frozenset()

    def tsvector(self) -> str:
        return " ".join(f"{lexeme(word)}:{','.join(self._spot(n) for n in spots)}"
                        for word, spots in self.positions.items())

    def _spot(self, position: int) -> str:
        return f"{position}A" if position in self.title_positions else str(position)


def entry_parts(text: str, title_end: int = 0) -> list[Part]:
    """The text's words cut into parts that each fit a tsvector, every position and word kept."""
    slots = _slots(text)
    parts: list[Part] = []
    first = 0
    while first < len(slots) or not parts:
        last = _part_end(slots, first)
        parts.append(_part(slots[first:last], title_end))
        if last >= len(slots):
            break
        first = max(last - OVERLAP, first + 1)
    return parts


def _slots(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) per position: a word and its sub-words share one."""
    slots: list[tuple[int, int, list[str]]] = []
    last_position = -1
    for word, position, start, end in segment(text, sub_words=True):
        word = normalise(word)
        if len(word.encode()) > MAX_WORD_BYTES:
            continue
        if position != last_position:
            slots.append((start, end, []))
            last_position = position
        slots[-1][2].append(word)
    return slots


def _part_end(slots, first: int) -> int:
    """Where the part starting at slot `first` must stop."""
    counts: dict[str, int] = {}
    size = 0
    for n in range(first, len(slots)):
        if n - first >= MAX_POSITIONS:
            return n
        for word in set(slots[n][2]):
            counts[word] = counts.get(word, 0) + 1
            size += (len(word.encode()) + 4 if counts[word] == 1 else 0) + 2
            if counts[word] > MAX_PER_WORD or size > MAX_PART_BYTES:
                return max(n, first + 1)
    return len(slots)


def _part(slots, title_end: int = 0) -> Part:
    positions: dict[str, list[int]] = {}
    for n, (_, _, words) in enumerate(slots, start=1):
        for word in dict.fromkeys(words):
            positions.setdefault(word, []).append(n)
    title = frozenset(n for n, (start, _, _) in enumerate(slots, start=1) if start < title_end)
    return Part(positions, slots[0][0] if slots else 0, slots[-1][1] if slots else 0, title)


def entry_rows(doc: dict, text: str | None = None) -> list[tuple]:
    """The search_entry rows of one prepared index document (SearchIndex.full_prepare)."""
    text = doc["text"] if text is None else text
    title = doc.get("title") or ""
    parts = entry_parts(text, len(title) if text.startswith(title) else 0)  # RecordIndex puts the title first
    shown = {k: v for k, v in doc.items() if k not in ("text", "body")}
    keys = (doc[ID], doc["issue_key"])
    rows = []
    for n, part in enumerate(parts):
        body = (doc.get("body") or "") if len(parts) == 1 else text[part.start:part.end]
        rows.append((*keys, n, doc["record_type"], doc["category"], doc.get("person"),
                     json.dumps(doc.get("issuer") or []), json.dumps(doc.get("numbers") or []),
                     json.dumps(doc.get("related_numbers") or []), doc["year"], doc["issue_no"], doc["date"],
                     title, len(parts) > 1, part.tsvector(), json.dumps(shown, cls=DjangoJSONEncoder) if n == 0 else None, body))
    return rows


def _replace(where: str, params: list, documents: list[dict]) -> None:
    """Delete the rows meeting `where` (SQL over search_entry aliased `e`), add those of `documents`
    (which must meet it too), and keep the word counts with them: one transaction."""
    writer = _writer()
    rows = [rows_or_title_and_keys(doc) for doc in documents]  # segmented before the writers' lock is taken
    with transaction.atomic(using=writer.alias), writer.cursor() as cursor:
        add_counts(cursor, where, params, sign=-1)
        cursor.execute(f"DELETE FROM search_entry e WHERE {where}", params)
        insert(cursor, documents, rows)
        if documents:
            add_counts(cursor, where, params, sign=1)


def insert(cursor, documents: list[dict], rows: list[list[tuple]] | None = None) -> None:
    """Add the rows of `documents` (`rows`, each one's rows, if already made); one that cannot be stored
    is indexed by title and keys only."""
    rows = rows if rows is not None else [rows_or_title_and_keys(doc) for doc in documents]
    try:
        with transaction.atomic(using=cursor.db.alias):
            cursor.executemany(INSERT, [row for doc_rows in rows for row in doc_rows])
        return
    except DatabaseError:
        pass
    for doc, doc_rows in zip(documents, rows):
        try:
            with transaction.atomic(using=cursor.db.alias):
                cursor.executemany(INSERT, doc_rows)
        except DatabaseError as exc:
            warn_title_and_keys(doc, exc)
            cursor.executemany(INSERT, entry_rows(title_and_keys(doc)))


def rows_or_title_and_keys(doc: dict) -> list[tuple]:
    try:
        return entry_rows(doc)
    except Exception as exc:  # noqa: BLE001 - one record's text must never keep its issue out of the index
        warn_title_and_keys(doc, exc)
        return entry_rows(title_and_keys(doc))


# -- haystack --------------------------------------------------------------------------------------


class PostgresSearchBackend(BaseSearchBackend):
    """haystack's backend API over search_entry; search.query calls find() and has_word()."""

    def update(self, index, iterable, commit=True):
        documents = prepared(index, iterable)
        _replace("e.identifier = ANY(%s)", [[doc[ID] for doc in documents]], documents)

    def remove(self, obj_or_string, commit=True):
        from haystack.utils import get_identifier

        self.replace_group(ID, get_identifier(obj_or_string), [])

    def clear(self, models=None, commit=True):
        if not models:
            writer = _writer()
            with transaction.atomic(using=writer.alias), writer.cursor() as cursor:
                clear_counts(cursor)  # its lock first, as every writer takes it (no deadlock)
                cursor.execute("DELETE FROM search_entry")
        for model in models or []:
            _replace("e.identifier LIKE %s", [f"{model._meta.label_lower}.%"], [])

    def remove_records(self, identifiers: list[str]) -> None:
        _replace("e.identifier = ANY(%s)", [identifiers], [])

    def replace_group(self, fieldname: str, value: str, documents: list[dict]) -> None:
        """Delete every row whose `fieldname` (issue_key or ID) is `value`, add `documents`."""
        _replace(f"e.{GROUP_COLUMNS[fieldname]} = %s", [value], documents)

    def rebuild(self, documents) -> int:
        """Replace every row by those of `documents` in one transaction: searches read the old rows until
        it commits, and a rebuild killed half-way is rolled back whole. Writers of the index wait for it
        (the table is locked against them, not against readers), so none is lost or doubled by it."""
        count, writer = 0, _writer()
        with transaction.atomic(using=writer.alias), writer.cursor() as cursor:
            clear_counts(cursor)  # its lock first, as every writer takes it (no deadlock)
            cursor.execute("LOCK TABLE search_entry IN EXCLUSIVE MODE")
            cursor.execute("DELETE FROM search_entry")
            pending = []
            for doc in documents:
                pending.append(doc)
                if len(pending) == REBUILD_BATCH:
                    insert(cursor, pending)
                    count, pending = count + len(pending), []
            if pending:
                insert(cursor, pending)
                count += len(pending)
            add_counts(cursor, "TRUE", [], sign=1)
        with writer.cursor() as cursor:  # until autovacuum gets to it the planner has no statistics
            cursor.execute("ANALYZE search_entry")
        return count

    def find(self, search: Search) -> Found:
        return find(search)

    def has_word(self, word: str) -> bool:
        query = tsquery(Words((word,)))
        with reader().cursor() as cursor:
            cursor.execute("SELECT EXISTS (SELECT 1 FROM search_entry WHERE words @@ %s::tsquery)", [query])
            return cursor.fetchone()[0]

    def document_count(self) -> int:
        with reader().cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_entry WHERE part = 0")
            return cursor.fetchone()[0]

    def issue_counts(self) -> dict[str, int]:
        """Documents in the index per issue_key (search.indexing.index_counts)."""
        with reader().cursor() as cursor:
            cursor.execute("SELECT issue_key, count(*) FROM search_entry WHERE part = 0 GROUP BY issue_key")
            return dict(cursor.fetchall())

    @log_query
    def search(self, query_string, start_offset=0, end_offset=None, highlight=False, result_class=None,
               sort_by=None, **kwargs):
        """haystack's SearchQuerySet: `query_string` is the criteria PostgresSearchQuery built."""
        limit = None if end_offset is None else max(end_offset - start_offset, 0)
        by_date = bool(sort_by) and sort_by[0].lstrip("-") == "date"
        found = find(Search(query_string, by_date=by_date, offset=start_offset, limit=limit))
        result_class = result_class or SearchResult
        results = [_search_result(result_class, hit, query_string if highlight else None) for hit in found.hits]
        return {"results": results, "hits": found.total}


def _search_result(result_class, hit: dict, highlight_for=None):
    app_label, model_name, pk = hit[ID].split(".")
    fields = {k: v for k, v in hit.items() if k not in (ID, "django_ct", "django_id")}
    result = result_class(app_label, model_name, pk, 1.0, **fields)
    if highlight_for is not None:
        from search.snippets import snippet  # it imports the Whoosh analyzer

        terms = set(_tokens(highlight_for))
        result.highlighted = {"text": [snippet(hit.get("body", ""), terms, sorted(terms, key=len, reverse=True))]}
    return result


def _tokens(criterion):
    match criterion:
        case Words(tokens=tokens):
            yield from tokens
        case All(items=items) | Any(items=items):
            for item in items:
                yield from _tokens(item)


class PostgresSearchQuery(BaseSearchQuery):
    """SearchQuerySet filters as search.criteria: content (words, or a phrase with Exact()) and exact fields."""

    def build_query(self):
        return self._node(self.query_filter) or Every()

    def _node(self, node):
        items = [self._node(child) if isinstance(child, tree.Node) else self._filter(*child) for child in node.children]
        items = tuple(item for item in items if item is not None)
        if not items:
            return None
        criterion = items[0] if len(items) == 1 else (All if node.connector == "AND" else Any)(items)
        return Not(criterion) if node.negated else criterion

    def _filter(self, expression, value):
        name, filter_type = self.query_filter.split_expression(expression)
        if name in ("content", "text"):
            tokens = tuple(analyse(str(getattr(value, "query_string", value))))
            return Words(tokens, phrase=isinstance(value, ExactInput) and len(tokens) > 1) if tokens else None
        if name == "date" and filter_type in ("gte", "lte"):
            return DateRange(value if filter_type == "gte" else None, value if filter_type == "lte" else None)
        return Exact(name, value)

    def build_query_fragment(self, field, filter_type, value):  # build_query does it all
        raise NotImplementedError


class PostgresEngine(BaseEngine):
    backend = PostgresSearchBackend
    query = PostgresSearchQuery

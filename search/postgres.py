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
- Rows are written with the records, in the caller's transaction: searchable when it commits.
  A record whose text cannot be stored is indexed by title and keys only, with a warning.
- Snippets are cut by search.snippets from the best row's text, never from a whole long body.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, transaction
from django.utils import tree
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery, log_query
from haystack.constants import ID
from haystack.inputs import Exact as ExactInput
from haystack.models import SearchResult

from search.criteria import All, Any, DateRange, Every, Exact, Found, Not, Search, Words
from search.search_indexes import prepared, with_dates
from search.segment import analyse, normalise, segment

log = logging.getLogger(__name__)

MAX_POSITIONS = 16_000  # positions stop at 16,383
MAX_PER_WORD = 256  # positions kept per word
MAX_PART_BYTES = 512 * 1024  # a tsvector must stay under 1 MB
OVERLAP = 64  # words repeated at the start of the next part
MAX_WORD_BYTES = 2046  # a longer lexeme is refused

LIST_FIELDS = {"issuer", "numbers", "related_numbers"}
SCALAR_FIELDS = {"record_type", "category", "person", "issue_key", "year", "issue_no"}
GROUP_COLUMNS = {"issue_key": "issue_key", ID: "identifier"}

COLUMNS = ("identifier", "issue_key", "part", "record_type", "category", "person", "issuer", "numbers",
           "related_numbers", "year", "issue_no", "date", "fields", "body", "words")
INSERT = (f"INSERT INTO search_entry ({', '.join(COLUMNS)}) "
          f"VALUES ({', '.join(['%s'] * (len(COLUMNS) - 1))}, %s::tsvector)")


# -- writing ---------------------------------------------------------------------------------------


@dataclass
class Part:
    """One row's share of a text: its words (1-based positions) and the characters they span."""

    positions: dict[str, list[int]]
    start: int
    end: int

    def tsvector(self) -> str:
        return " ".join(f"{lexeme(word)}:{','.join(map(str, spots))}" for word, spots in self.positions.items())


def entry_parts(text: str) -> list[Part]:
    """The text's words cut into parts that each fit a tsvector, every position and word kept."""
    slots = _slots(text)
    parts: list[Part] = []
    first = 0
    while first < len(slots) or not parts:
        last = _part_end(slots, first)
        parts.append(_part(slots[first:last]))
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


def _part(slots) -> Part:
    positions: dict[str, list[int]] = {}
    for n, (_, _, words) in enumerate(slots, start=1):
        for word in dict.fromkeys(words):
            positions.setdefault(word, []).append(n)
    return Part(positions, slots[0][0] if slots else 0, slots[-1][1] if slots else 0)


def lexeme(word: str) -> str:
    """A word quoted for tsvector and tsquery input."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def entry_rows(doc: dict, text: str | None = None) -> list[tuple]:
    """The search_entry rows of one prepared index document (SearchIndex.full_prepare)."""
    text = doc["text"] if text is None else text
    parts = entry_parts(text)
    shown = {k: v for k, v in doc.items() if k not in ("text", "body")}
    keys = (doc[ID], doc["issue_key"])
    rows = []
    for n, part in enumerate(parts):
        body = (doc.get("body") or "") if len(parts) == 1 else text[part.start:part.end]
        rows.append((*keys, n, doc["record_type"], doc["category"], doc.get("person"),
                     json.dumps(doc.get("issuer") or []), json.dumps(doc.get("numbers") or []),
                     json.dumps(doc.get("related_numbers") or []), doc["year"], doc["issue_no"], doc["date"],
                     json.dumps(shown, cls=DjangoJSONEncoder) if n == 0 else None, body, part.tsvector()))
    return rows


def title_and_keys(doc: dict) -> str:
    return "\n".join(str(v) for v in (doc.get("title"), doc.get("doc_number"), *(doc.get("numbers") or [])) if v)


def insert(cursor, documents: list[dict]) -> None:
    """Add the rows of `documents`; one that cannot be stored is indexed by title and keys only."""
    rows = [entry_rows(doc) for doc in documents]
    try:
        with transaction.atomic():
            cursor.executemany(INSERT, [row for doc_rows in rows for row in doc_rows])
        return
    except DatabaseError:
        pass
    for doc, doc_rows in zip(documents, rows):
        try:
            with transaction.atomic():
                cursor.executemany(INSERT, doc_rows)
        except DatabaseError as exc:
            log.warning("%s (%s): its text cannot be indexed (%s); indexed by title and keys only",
                        doc[ID], doc.get("title"), str(exc).strip())
            cursor.executemany(INSERT, entry_rows(doc, title_and_keys(doc)))


# -- reading ---------------------------------------------------------------------------------------


def tsquery(words: Words) -> str | None:
    """The tsquery of the words (all of them, or the phrase); None if one can never be in the index."""
    if any(len(t.encode()) > MAX_WORD_BYTES for t in words.tokens):
        return None
    return "(" + (" <-> " if words.phrase else " & ").join(lexeme(t) for t in words.tokens) + ")"


def row_condition(criterion) -> tuple[str, list]:
    """SQL true on a row of a record meeting an Exact or DateRange (the same on all its rows)."""
    match criterion:
        case Exact(field=name, value=value) if name in LIST_FIELDS:
            return f"{name} @> %s::jsonb", [json.dumps([value])]
        case Exact(field=name, value=value) if name in SCALAR_FIELDS:
            return f"{name} = %s", [value]
        case DateRange(low=low, high=high):
            conditions = [c for c, v in (("date >= %s", low), ("date <= %s", high)) if v]
            return " AND ".join(conditions) or "TRUE", [v for v in (low, high) if v]
    raise ValueError(f"cannot search by {criterion!r}")


class _Compiler:
    """search.criteria as a HAVING clause over one record's candidate rows.

    What a row is judged by (a tsquery match, an exact value) is computed once per row, in the
    candidate rows' own columns (c0, c1 ...), so that grouping sorts small rows, not tsvectors.
    It also notes what any match must meet, for the GIN probe, and how to order the matches.
    """

    def __init__(self):
        self.columns: list[tuple[str, list]] = []  # per-row values the groups are judged by
        self.tsqueries: list[str] = []  # the text a match may have (the GIN probe, the rank)
        self.tokens: list[str] = []  # their words (the title hits of the first ordering)
        self.exact: list[tuple[str, list]] = []  # the exact values it may have
        self.boosts: list[tuple[str, list]] = []
        self.text_columns: list[int] = []

    def column(self, sql: str, params: list) -> str:
        self.columns.append((sql, params))
        return f"c{len(self.columns) - 1}"

    def having(self, criterion, negated: bool = False) -> tuple[str, list]:
        match criterion:
            case Words():
                query = tsquery(criterion)
                if query is None:
                    return "FALSE", []
                if negated:  # the rows it is on may not be candidates: look for them
                    return ("EXISTS (SELECT 1 FROM search_entry other WHERE other.identifier = "
                            "candidates.identifier AND other.words @@ %s::tsquery)", [query])
                self.tsqueries.append(query)
                self.tokens += criterion.tokens
                self.text_columns.append(len(self.columns))
                return f"bool_or({self.column('words @@ %s::tsquery', [query])})", []
            case Exact() | DateRange():
                sql, params = row_condition(criterion)
                met = f"bool_or({self.column(sql, params)})"
                if not negated:
                    self.exact.append((sql, params))
                    if isinstance(criterion, Exact) and criterion.boost != 1.0:
                        self.boosts.append((f"CASE WHEN {met} THEN %s ELSE 0 END", [criterion.boost]))
                return met, []
            case Every():
                return "TRUE", []
            case All(items=items) | Any(items=items):
                parts = [self.having(item, negated) for item in items]
                joiner = " AND " if isinstance(criterion, All) else " OR "
                return joiner.join(f"({sql})" for sql, _ in parts) or "TRUE", [p for _, ps in parts for p in ps]
            case Not(item=item):
                sql, params = self.having(item, not negated)
                return f"NOT ({sql})", params
        raise TypeError(f"not a search criterion: {criterion!r}")

    def probe(self) -> tuple[str, list]:
        """A row condition some row of every match meets (what the GIN indexes answer)."""
        conditions, params = [], []
        if self.tsqueries:
            conditions.append("words @@ %s::tsquery")
            params.append(self.any_text())
        for sql, ps in self.exact:
            conditions.append(sql)
            params += ps
        return " OR ".join(f"({c})" for c in conditions), params

    def probed_alone(self) -> None:
        """The probe is this one text criterion: every candidate row meets it, no need to ask again
        (each question reads the row's tsvector again: 40-60 ms for 3,640 rows at 240 issues)."""
        if len(self.tsqueries) == 1 and not self.exact:
            for n in self.text_columns:
                self.columns[n] = ("TRUE", [])

    def any_text(self) -> str:
        return " | ".join(self.tsqueries)

    def title_hits(self) -> tuple[str, list]:
        """SQL counting the query's words in a row's title (stored on part 0): no tsvector is read."""
        if not self.tokens:
            return "0", []
        return " + ".join(["(strpos(coalesce(fields->>'title', ''), %s) > 0)::int"] * len(self.tokens)), list(self.tokens)

    def boost(self) -> tuple[str, list]:
        return " + ".join(sql for sql, _ in self.boosts) or "0", [p for _, ps in self.boosts for p in ps]


def must_meet_some(criterion) -> bool:
    """Whether a record meeting `criterion` meets one of its positive parts (then a probe can find it)."""
    match criterion:
        case Words() | Exact() | DateRange():
            return True
        case All(items=items):
            return any(must_meet_some(item) for item in items)
        case Any(items=items):
            return all(must_meet_some(item) for item in items)
    return False  # Every, Not


# Ranking reads a record's whole tsvector (decompressed from TOAST): 3,393 rows of 发展 took 80 of
# 90 ms at 240 issues. So the matches are first ordered by what costs no tsvector (boosts, the
# query's words in the title, newest first) and only the best RERANKED of them are ranked by
# ts_rank_cd, the rest following in the first order. Up to RERANKED matches the order is the
# rank's, as if all were ranked.
RERANKED = 100


def find(search: Search) -> Found:
    compiler = _Compiler()
    having, having_params = compiler.having(search.criteria)
    where, where_params = [], []
    for criterion in search.filters:
        sql, params = row_condition(criterion)
        where.append(sql)
        where_params += params
    probe, probe_params = compiler.probe()
    if probe and must_meet_some(search.criteria):
        where.append(probe)
        where_params += probe_params
        compiler.probed_alone()
    rerank = bool(compiler.tsqueries) and not search.by_date and search.offset < RERANKED
    if isinstance(search.criteria, Words) and compiler.tsqueries:
        matches, params, order = _first_rows(compiler, where, where_params, search.by_date)
    else:
        matches, params, order = _grouped(compiler, where, where_params, having, having_params, search.by_date)
    limit, offset = search.limit, search.offset
    if rerank:  # the page is cut after the best RERANKED are ranked
        limit, offset = (None if limit is None else max(RERANKED, offset + limit)), 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT identifier, count(*) OVER (), boost {matches} ORDER BY {order}"
                       f"{'' if limit is None else f' LIMIT {int(limit)}'} OFFSET %s", params + [offset])
        page = cursor.fetchall()
        if page:
            total = page[0][1]
        else:
            cursor.execute(f"SELECT count(*) FROM (SELECT 1 {matches}) AS matches", params)
            total = cursor.fetchone()[0]
        identifiers = [identifier for identifier, _, _ in page]
        if rerank:
            identifiers = _ranked(cursor, page[:RERANKED], compiler) + identifiers[RERANKED:]
            end = None if search.limit is None else search.offset + search.limit
            identifiers = identifiers[search.offset:end]
        hits = _stored(cursor, identifiers, compiler)
    return Found(total, hits)


def _first_rows(compiler: _Compiler, where: list[str], where_params: list, by_date: bool):
    """One text criterion (the probe): a record matches when one of its rows does, so each record's
    first matching row stands for it and nothing is grouped."""
    query = compiler.tsqueries[0]
    first = ("(part = 0 OR NOT EXISTS (SELECT 1 FROM search_entry earlier WHERE earlier.identifier = "
             "search_entry.identifier AND earlier.part < search_entry.part AND earlier.words @@ %s::tsquery))")
    hits, hit_params = compiler.title_hits()
    matches = (f"FROM (SELECT identifier, id, date, 0 AS boost, {hits} AS hits FROM search_entry "
               f"WHERE {' AND '.join(f'({w})' for w in [*where, first])}) AS matches")
    order = "date DESC, id" if by_date else "hits DESC, date DESC, id"
    return matches, hit_params + where_params + [query], order


def _grouped(compiler: _Compiler, where: list[str], where_params: list, having: str, having_params: list,
             by_date: bool):
    """Any other criteria: the candidate rows grouped by record, the groups that meet them kept."""
    hits, hit_params = compiler.title_hits()
    boost, boost_params = compiler.boost()
    columns = "".join(f", {sql} AS c{n}" for n, (sql, _) in enumerate(compiler.columns))
    candidates = (f"SELECT identifier, id, date, {hits} AS hits{columns} FROM search_entry "
                  f"WHERE {' AND '.join(f'({w})' for w in where) or 'TRUE'}")
    grouped = (f"SELECT identifier, min(id) AS id, max(date) AS date, max(hits) AS hits, {boost} AS boost "
               f"FROM ({candidates}) AS candidates GROUP BY identifier HAVING {having}")
    params = (boost_params + hit_params + [p for _, ps in compiler.columns for p in ps] + where_params
              + having_params)
    if by_date:
        order = "date DESC, id"
    else:  # without words, by boost alone as before
        order = "boost + hits DESC, date DESC, id" if compiler.tsqueries else "boost DESC, id"
    return f"FROM ({grouped}) AS matches", params, order


def _ranked(cursor, page: list[tuple], compiler: _Compiler) -> list[str]:
    """The identifiers of `page` (identifier, total, boost) by ts_rank_cd plus boost, best first;
    equal scores keep the page's order."""
    cursor.execute("SELECT identifier, max(ts_rank_cd(words, %s::tsquery)) FROM search_entry "
                   "WHERE identifier = ANY(%s) GROUP BY identifier",
                   [compiler.any_text(), [identifier for identifier, _, _ in page]])
    rank = dict(cursor.fetchall())
    order = {identifier: (-(rank.get(identifier, 0) + float(boost)), n) for n, (identifier, _, boost) in enumerate(page)}
    return sorted(order, key=order.get)


def _stored(cursor, identifiers: list[str], compiler: _Compiler) -> list[dict]:
    """The stored fields of these records, in this order, each with the text of its best-matching row."""
    if not identifiers:
        return []
    best, params = ("words @@ %s::tsquery DESC, ", [compiler.any_text()]) if compiler.tsqueries else ("", [])
    cursor.execute(
        "SELECT DISTINCT ON (identifier) identifier, body, (SELECT fields FROM search_entry shown "
        "WHERE shown.identifier = search_entry.identifier AND shown.part = 0) FROM search_entry "
        f"WHERE identifier = ANY(%s) ORDER BY identifier, {best}part",
        [identifiers, *params],
    )
    found = {identifier: with_dates({**(fields if isinstance(fields, dict) else json.loads(fields)), "body": body})
             for identifier, body, fields in cursor.fetchall()}
    return [found[identifier] for identifier in identifiers if identifier in found]


# -- haystack --------------------------------------------------------------------------------------


class PostgresSearchBackend(BaseSearchBackend):
    """haystack's backend API over search_entry; search.query calls find() and has_word()."""

    def update(self, index, iterable, commit=True):
        documents = prepared(index, iterable)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_entry WHERE identifier = ANY(%s)", [[doc[ID] for doc in documents]])
            insert(cursor, documents)

    def remove(self, obj_or_string, commit=True):
        from haystack.utils import get_identifier

        self.replace_group(ID, get_identifier(obj_or_string), [])

    def clear(self, models=None, commit=True):
        with connection.cursor() as cursor:
            if not models:
                cursor.execute("DELETE FROM search_entry")
            for model in models or []:
                cursor.execute("DELETE FROM search_entry WHERE identifier LIKE %s", [f"{model._meta.label_lower}.%"])

    def remove_records(self, identifiers: list[str]) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_entry WHERE identifier = ANY(%s)", [identifiers])

    def replace_group(self, fieldname: str, value: str, documents: list[dict]) -> None:
        """Delete every row whose `fieldname` (issue_key or ID) is `value`, add `documents`."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM search_entry WHERE {GROUP_COLUMNS[fieldname]} = %s", [value])
            insert(cursor, documents)

    def find(self, search: Search) -> Found:
        return find(search)

    def has_word(self, word: str) -> bool:
        query = tsquery(Words((word,)))
        with connection.cursor() as cursor:
            cursor.execute("SELECT EXISTS (SELECT 1 FROM search_entry WHERE words @@ %s::tsquery)", [query])
            return cursor.fetchone()[0]

    def document_count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_entry WHERE part = 0")
            return cursor.fetchone()[0]

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

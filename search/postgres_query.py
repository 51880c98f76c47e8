"""Answering a search on PostgreSQL full-text search: search.criteria compiled to SQL over search_entry.

A record matches when its rows together hold what is asked (rows grouped by record), or, for one
text criterion, when one of its rows does (each record's first matching row stands for it). Counts
are exact. Matches are ordered first without reading a tsvector (boosts, title words, newest) and
only the best RERANKED by ts_rank_cd: ranking reads a record's whole tsvector from TOAST, which was
the whole cost of a common word. The rows are written by search.postgres.
"""

from __future__ import annotations

import json

from django.db import connections, router

from search.criteria import FACETS, TITLE, All, Any, DateRange, Every, Exact, Found, Not, Search, Words
from search.models import IndexEntry
from search.search_indexes import with_dates

MAX_WORD_BYTES = 2046  # a longer lexeme is refused
LIST_FIELDS = {"issuer", "numbers", "related_numbers"}
SCALAR_FIELDS = {"record_type", "category", "person", "issue_key", "year", "issue_no"}


def reader():
    """The connection searches read (gazette.db_router: a healthy replica for a public request)."""
    return connections[router.db_for_read(IndexEntry)]


def lexeme(word: str) -> str:
    """A word quoted for tsvector and tsquery input."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(words: Words) -> str | None:
    """The tsquery of the words (all of them, or the phrase), in the title only if asked (weight A);
    None if one can never be in the index."""
    if any(len(t.encode()) > MAX_WORD_BYTES for t in words.tokens):
        return None
    weight = ":A" if words.field == TITLE else ""
    return "(" + (" <-> " if words.phrase else " & ").join(lexeme(t) + weight for t in words.tokens) + ")"


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
    with reader().cursor() as cursor:
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
        facets = _facet_counts(cursor, matches, params) if search.facets and total else {}
    return Found(total, hits, facets)


def _facet_counts(cursor, matches: str, params: list) -> dict[str, dict]:
    """How many matching records have each value of each facet: a GROUP BY over their first rows."""
    values = {"record_type": "record_type", "year": "year::text", "category": "category",
              "issuer": "jsonb_array_elements_text(issuer)"}
    counts = " UNION ALL ".join(f"SELECT '{name}', value, count(*) FROM (SELECT {values[name]} AS value FROM "
                                f"matched) AS facet GROUP BY value" for name in FACETS)
    cursor.execute(f"WITH matched AS MATERIALIZED (SELECT record_type, year, category, issuer FROM search_entry "
                   f"WHERE part = 0 AND identifier IN (SELECT identifier {matches})) {counts}", params)
    found: dict[str, dict] = {name: {} for name in FACETS}
    for name, value, count in cursor.fetchall():
        found[name][int(value) if name == "year" else value] = count
    return found


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

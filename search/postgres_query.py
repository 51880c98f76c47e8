"""Answering a search on PostgreSQL full-text search: search.criteria compiled to SQL over search_entry.

A record matches when its rows together hold what is asked (rows grouped by record), or, for one
text criterion, when one of its rows does (each record's first matching row stands for it); for
several words, a record of one row when that row holds them all. Counts are exact. The matches are
found once a search: the total, the facets and the page come from one statement, the matches
grouped by combination of facet values before the facets are counted; a search for one word (with
type, year, 栏目 or issuer filters or not) takes its total and facets from search_word
(search.postgres_counts) and its page from two ordered lists (search.postgres_word), visiting only
about a page of its matches; `a -b` (`a -b -c` ...) and `a OR b` are counted from search_word less the records
holding both, which alone are visited. A phrase is found
by its adjacent words' index (search_pairs). Matches are ordered first without ranking (boosts,
title words, newest) and only the best RERANKED by ts_rank_cd: ranking reads a record's whole
tsvector from TOAST, which was the whole cost of a common word. The rows are written by
search.postgres.
"""

from __future__ import annotations

import json

from django.db import transaction

from search.criteria import FACETS, TITLE, All, Any, Every, Exact, Found, Not, Search, Words
from search.postgres_compile import Compiler, must_meet_some, reader, row_condition, tsquery
from search.postgres_counts import COUNT_COLUMNS, counted_summary, filtered_summary, word_summary, words_summary
from search.postgres_word import FIRST_ROW, word_page
from search.search_indexes import with_dates

# Ranking reads a record's whole tsvector (decompressed from TOAST): 3,393 rows of 发展 took 80 of
# 90 ms at 240 issues. So the matches are first ordered by what costs no tsvector (boosts, the
# query's words in the title, newest first) and only the best RERANKED of them are ranked by
# ts_rank_cd, the rest following in the first order. Up to RERANKED matches the order is the
# rank's, as if all were ranked.
RERANKED = 100

# For the search's own transaction. JIT: compiling the plan of 人民政府 at 2,400 issues took 1.66 of
# its 2.3 s (its estimated cost passes jit_optimize_above_cost; the default `jit = on` compiles and
# inlines for a query that runs in 0.3 s). work_mem: the matches of a common word (50,105 rows of
# about 100 bytes) spilled to temporary files at the default 4 MB.
SEARCH_SETTINGS = "SET LOCAL jit = off; SET LOCAL work_mem = '16MB'"


def find(search: Search) -> Found:
    compiler = Compiler()
    criteria = _unwrapped(search.criteria)
    matches, params, order = _matches(criteria, compiler, search)
    facet_filters = _facet_filters(search)
    word = _counted_words(criteria, facet_filters, search.by_date)
    counted = word[0] if word else _counted_filters(criteria, facet_filters)
    rerank = bool(compiler.tsqueries) and not search.by_date and search.offset < RERANKED
    limit, offset = search.limit, search.offset
    if rerank:  # the page is cut after the best RERANKED are ranked
        limit, offset = (None if limit is None else max(RERANKED, offset + limit)), 0
    connection = reader()
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute(SEARCH_SETTINGS)
        if word is not None and word[1] is not None and limit is not None and _lists_pay(cursor, word[2], limit + offset):
            matches, params, order = word_page(compiler.tsqueries[0], limit + offset, search.by_date, word[1])
        total, facets, page = _matched(cursor, (matches, params, order), limit, offset, search.facets, counted,
                                       shown_from=search.offset)
        identifiers = [identifier for identifier, _ in page]
        if rerank and page:
            identifiers = _ranked(cursor, page[:RERANKED], compiler) + identifiers[RERANKED:]
            end = None if search.limit is None else search.offset + search.limit
            identifiers = identifiers[search.offset:end]
        hits = _stored(cursor, identifiers, compiler)
    return Found(total, hits, facets)


def _unwrapped(criterion):
    """What an All of one item stands for (search.query wraps even one word in All): so that one
    text criterion takes the first-rows path."""
    while isinstance(criterion, All) and len(criterion.items) == 1:
        criterion = criterion.items[0]
    return criterion


def _facet_filters(search: Search) -> tuple[str, list] | None:
    """The search's filters as one condition on type, year, 栏目 and issuer columns (the same on
    search_entry, search_word and search_facet), if they are all such filters; else None."""
    conditions = [row_condition(f) for f in search.filters if isinstance(f, Exact) and f.field in FACETS]
    if len(conditions) != len(search.filters):
        return None
    return " AND ".join(sql for sql, _ in conditions) or "TRUE", [p for _, ps in conditions for p in ps]


def _counted_words(criteria, facet_filters: tuple[str, list] | None, by_date: bool) -> tuple | None:
    """For a search for one word, one word but not other words or phrases (城市 -农村 -乡村), or either of
    two words (工业用地 OR 商业用地), filtered by type, year, 栏目 or issuer or not: its total and facets
    from search_word (SQL of one row), and what its page's rows must meet besides the (first) word
    (search.postgres_word; None: the page is cut from its matches), and the word and filters that
    decide whether those lists pay (_lists_pay). Counted when the index rows were
    written, so the matches need not be visited to count them; with a second word or phrase, only the
    records holding both are (城市 -农村 at 2,400 issues visited every record of 城市 and grouped them)."""
    if facet_filters is None:
        return None
    match criteria:
        case Words(tokens=(word,)) if _countable(criteria):
            return word_summary(word, *facet_filters), facet_filters, (word, facet_filters)
        case All(items=(Words(tokens=(word,)) as first, *others)) if _excluded(others) and _countable(first, *_excluded(others)):
            excluded = _excluded(others)
            page = (f"({facet_filters[0]}) AND NOT EXISTS (SELECT 1 FROM search_entry other WHERE "
                    "other.identifier = search_entry.identifier AND other.words @@ %s::tsquery)",
                    [*facet_filters[1], " | ".join(map(tsquery, excluded))])
            return (words_summary([word], *facet_filters, _both(first, excluded, facet_filters, by_date)), page,
                    (word, facet_filters))
        case Any(items=(Words(tokens=(word,)) as first, Words(tokens=(second,)) as other)) if _countable(first, other):
            return words_summary([word, second], *facet_filters, _both(first, [other], facet_filters, by_date)), None, None
    return None


def _excluded(criteria) -> list[Words]:
    """The words or phrases of `criteria` if they are all excluded ones (-农村 -乡村), else []."""
    excluded = [c.item for c in criteria if isinstance(c, Not) and isinstance(c.item, Words)]
    return excluded if criteria and len(excluded) == len(criteria) else []


def _lists_pay(cursor, word_and_filters: tuple[str, tuple[str, list]], k: int) -> bool:
    """Whether the first k matches are cheaper found by walking the newest rows until k hold the word
    and meet the filters (search.postgres_word) than by visiting every row holding the word: the
    walk reads about k x (records / matches) rows, so a rare combination (管理 in 发文目录: none at
    2,400 issues) walked the whole table, 400 ms. Read from the counts; a count that changes
    meanwhile changes the cost, never the page."""
    word, (where, params) = word_and_filters
    cursor.execute(f"SELECT (SELECT coalesce(sum(n), 0) FROM search_word WHERE word = %s AND ({where})), "
                   "(SELECT coalesce(sum(n), 0) FROM search_word WHERE word = %s), "
                   "(SELECT coalesce(sum(n), 0) FROM search_facet)", [word, *params, word])
    matches, held, records = cursor.fetchone()
    return matches > 0 and k * records / matches < held


def _countable(*words: Words) -> bool:
    """Whether these words can be counted from search_word (and the index can hold them)."""
    return all(w.field != TITLE and tsquery(w) is not None for w in words)


def _both(first: Words, others: list[Words], facet_filters: tuple[str, list], by_date: bool) -> tuple[str, list]:
    """The FROM clause of the records meeting the filters that hold the first and one of the others."""
    both = Compiler()
    both.having(All((first, *others)))
    both.tsqueries[1:] = ["(" + " | ".join(both.tsqueries[1:]) + ")"]  # the first, and any of the others
    matches, params, _ = _words(both, [facet_filters[0]], facet_filters[1], by_date)
    return matches, params


def _counted_filters(criteria, facet_filters: tuple[str, list] | None) -> tuple[str, list] | None:
    """The total and facets of a search by type, year, 栏目 or issuer alone, from search_facet."""
    if isinstance(criteria, Every) and facet_filters and facet_filters[0] != "TRUE":
        return filtered_summary(*facet_filters)
    return None


def _matches(criteria, compiler: Compiler, search: Search) -> tuple[str, list, str]:
    """The FROM clause of the matching records (one row each: identifier, id, date, boost, hits and the
    facets' columns), its parameters and the first order."""
    having, having_params = compiler.having(criteria)
    where, where_params = [], []
    for criterion in search.filters:
        sql, params = row_condition(criterion)
        where.append(sql)
        where_params += params
    if _only_words(criteria) and len(compiler.tsqueries) > 1:
        return _words(compiler, where, where_params, search.by_date, every=isinstance(criteria, All))
    if isinstance(criteria, Every):
        return _records(where, where_params, search.by_date)
    probe, probe_params = compiler.probe()
    if probe and must_meet_some(criteria):
        where.append(probe)
        where_params += probe_params
        compiler.probed_alone()
    if isinstance(criteria, Words) and compiler.tsqueries:
        return _first_rows(compiler, where, where_params, search.by_date)
    return _grouped(compiler, where, where_params, having, having_params, search.by_date)


def _only_words(criterion) -> bool:
    """Whether `criterion` is words or phrases that must all be present, or any of them (an All or Any
    of Words)."""
    return isinstance(criterion, All | Any) and all(isinstance(item, Words) for item in criterion.items)


def _matched(cursor, query: tuple[str, list, str], limit: int | None, offset: int, with_facets: bool,
             counted: tuple[str, list] | None = None,
             shown_from: int = 0) -> tuple[int, dict[str, dict], list[tuple[str, float]]]:
    """(total, facet counts, the page's (identifier, boost)) in one statement (one snapshot): the
    matches are found once (a MATERIALIZED CTE), counted by combination of type, year, 栏目 and
    issuers, which gives the total and the facets (search.postgres_counts.counted_summary), and cut
    to the page; or, given `counted` (SQL of one row: total, facets), only the page is cut.
    Grouping the matches by combination first (a few hundred at 2,400 issues), then the
    combinations by each facet, does one hash of every match instead of the facets' grouping sets
    and the issuer lists over all of them.

    The page is cut only when the total reaches past `shown_from` (the first match the asked page
    shows): a total of 0, or a page past the end, reads no match (a one-time filter on the total,
    PostgreSQL's gating Result). With `counted` the total costs no visit, so neither does an empty
    page: 管理 in 栏目 发文目录 (no match) visited 管理's 23,259 buffers of rows at 7,200 issues to
    cut a page the count had already said was empty."""
    matches, params, order = query
    if counted is None:
        summary, _ = counted_summary(f"SELECT {COUNT_COLUMNS}, count(*) AS n FROM found GROUP BY {COUNT_COLUMNS}", [])
        with_clause = (f"found AS MATERIALIZED (SELECT identifier, id, date, boost, hits, {COUNT_COLUMNS} "
                       f"{matches}), summary AS ({summary})")
        source = "found"
    else:
        with_clause, source = f"summary AS ({counted[0]})", f"(SELECT identifier, id, date, boost, hits {matches}) AS matches"
        params = counted[1] + params
    cut = "" if limit is None else f" LIMIT {int(limit)}"
    cursor.execute(
        f"WITH {with_clause} SELECT total, facets, identifier, boost FROM summary LEFT JOIN LATERAL (SELECT * "
        f"FROM {source} WHERE summary.total > %s ORDER BY {order}{cut} OFFSET %s) AS page ON TRUE ORDER BY {order}",
        params + [shown_from, offset])
    rows = cursor.fetchall()
    total, counts = rows[0][0], rows[0][1]
    found: dict[str, dict] = {}
    if with_facets:
        counts = (json.loads(counts) if isinstance(counts, str) else counts) or {}
        found = {name: {int(value) if name == "year" else value: n for value, n in (counts.get(name) or {}).items()}
                 for name in FACETS}
    return total, found, [(identifier, boost) for _, _, identifier, boost in rows if identifier is not None]


def _first_rows(compiler: Compiler, where: list[str], where_params: list, by_date: bool):
    """One text criterion (the probe): a record matches when one of its rows does, so each record's
    first matching row stands for it and nothing is grouped."""
    query = compiler.tsqueries[0]
    hits, hit_params = compiler.title_hits()
    matches = (f"FROM (SELECT identifier, id, date, 0 AS boost, {hits} AS hits, record_type, year, category, "
               f"issuer FROM search_entry "
               f"WHERE {' AND '.join(f'({w})' for w in [*where, FIRST_ROW])}) AS matches")
    order = "date DESC, id" if by_date else "hits DESC, date DESC, id"
    return matches, hit_params + where_params + [query], order


def _words(compiler: Compiler, where: list[str], where_params: list, by_date: bool, every: bool = True):
    """Several words or phrases, all asked for (or, not `every`, any of them). A record of one row
    matches when that row holds them all (`words @@ a & b`: the GIN index finds exactly those rows,
    as few as the rarest word allows), or any (`a | b`); only the rows of records cut into several
    (`split`, a partial GIN index of their own) are probed for any of them and grouped, since their
    words may be in different rows. Probing any of the words and grouping every record read all rows
    of the commonest word (市长 会议 at 2,400 issues: 43,047 candidate rows for the records that have
    both)."""
    hits, hit_params = compiler.title_hits()
    filters = "".join(f" AND ({w})" for w in where)
    held = " AND ".join(["bool_or(words @@ %s::tsquery)"] * len(compiler.tsqueries)) if every else "TRUE"
    one_row = (f"SELECT identifier, id, date, 0 AS boost, {hits} AS hits, record_type, year, category, issuer "
               f"FROM search_entry WHERE words @@ %s::tsquery AND NOT split{filters}")
    several = (f"SELECT identifier, min(id), max(date), 0, max({hits}), record_type, year, category, issuer "
               f"FROM search_entry WHERE split AND words @@ %s::tsquery{filters} "
               f"GROUP BY identifier, record_type, year, category, issuer HAVING {held}")
    params = (hit_params + [(" & " if every else " | ").join(compiler.tsqueries)] + where_params
              + hit_params + [compiler.any_text()] + where_params + (compiler.tsqueries if every else []))
    order = "date DESC, id" if by_date else "hits DESC, date DESC, id"
    return f"FROM ({one_row} UNION ALL {several}) AS matches", params, order


def _records(where: list[str], where_params: list, by_date: bool):
    """Filters alone: their values are the same on every row of a record, so its first row (part 0)
    stands for it and nothing is grouped (grouping 28,800 records of type=appointment at 2,400 issues
    took 30 of 110 ms)."""
    matches = (f"FROM (SELECT identifier, id, date, 0 AS boost, 0 AS hits, record_type, year, category, issuer "
               f"FROM search_entry WHERE {' AND '.join(f'({w})' for w in [*where, 'part = 0'])}) AS matches")
    return matches, where_params, "date DESC, id" if by_date else "boost DESC, id"


def _grouped(compiler: Compiler, where: list[str], where_params: list, having: str, having_params: list,
             by_date: bool):
    """Any other criteria: the candidate rows grouped by record, the groups that meet them kept."""
    hits, hit_params = compiler.title_hits()
    boost, boost_params = compiler.boost()
    columns = "".join(f", {sql} AS c{n}" for n, (sql, _) in enumerate(compiler.columns))
    candidates = (f"SELECT identifier, id, date, {hits} AS hits, record_type, year, category, issuer{columns} "
                  f"FROM search_entry "
                  f"WHERE {' AND '.join(f'({w})' for w in where) or 'TRUE'}")
    grouped = (f"SELECT identifier, min(id) AS id, max(date) AS date, max(hits) AS hits, {boost} AS boost, "
               f"record_type, year, category, issuer FROM ({candidates}) AS candidates "
               f"GROUP BY identifier, record_type, year, category, issuer HAVING {having}")
    params = (boost_params + hit_params + [p for _, ps in compiler.columns for p in ps] + where_params
              + having_params)
    if by_date:
        order = "date DESC, id"
    else:  # without words, by boost alone as before
        order = "boost + hits DESC, date DESC, id" if compiler.tsqueries else "boost DESC, id"
    return f"FROM ({grouped}) AS matches", params, order


def _ranked(cursor, page: list[tuple], compiler: Compiler) -> list[str]:
    """The identifiers of `page` (identifier, boost) by ts_rank_cd plus boost, best first;
    equal scores keep the page's order."""
    cursor.execute("SELECT identifier, max(ts_rank_cd(words, %s::tsquery)) FROM search_entry "
                   "WHERE identifier = ANY(%s) GROUP BY identifier",
                   [compiler.any_text(), [identifier for identifier, _ in page]])
    rank = dict(cursor.fetchall())
    order = {identifier: (-(rank.get(identifier, 0) + float(boost)), n) for n, (identifier, boost) in enumerate(page)}
    return sorted(order, key=order.get)


def _stored(cursor, identifiers: list[str], compiler: Compiler) -> list[dict]:
    """The stored fields of these records, in this order, each with the text of its best-matching row."""
    if not identifiers:
        return []
    best, params = ("words @@ %s::tsquery DESC, ", [compiler.any_text()]) if compiler.tsqueries else ("", [])
    cursor.execute(
        "SELECT DISTINCT ON (identifier) identifier, body, (SELECT fields FROM search_entry shown JOIN search_text "
        "ON entry_id = shown.id WHERE shown.identifier = search_entry.identifier AND shown.part = 0) "
        "FROM search_entry JOIN search_text ON entry_id = id "
        f"WHERE identifier = ANY(%s) ORDER BY identifier, {best}part",
        [identifiers, *params],
    )
    found = {identifier: with_dates({**(fields if isinstance(fields, dict) else json.loads(fields)), "body": body})
             for identifier, body, fields in cursor.fetchall()}
    return [found[identifier] for identifier in identifiers if identifier in found]

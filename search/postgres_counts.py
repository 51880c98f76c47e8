"""Counts of records by word and facet values (search_word, search_facet): the total and facets of
a search for one word, with or without filters on type, year, 栏目 and issuer, or by those filters alone.

Counting a common word exactly visited every matching row of search_entry (GIN has no index-only
scan): at 2,400 issues 35,000-50,000 rows and 175-290 ms for the total and the four facets of one
word. search_word holds, for each word of the index and each combination of type, year, 栏目 and
issuer list its records have, how many records hold it (migration search 0008; until then one row
per word and facet value, which could not answer a word with a filter: 会议 type=chronicle visited
its 9,000-50,000 matches). search_facet holds how many records have each combination: a search by
those filters alone is counted from it. A word is a lexeme of the rows' tsvectors, so a record is
counted for it exactly when a one-word search finds it, once however many of its rows hold it. Both
are read the same way (counted_summary): the rows meeting the search's filters, their n summed,
their facets grouped (facets_sql).

search.postgres keeps the counts in the transaction that writes the rows: before rows are deleted
their records' counts are taken off (add_counts with sign -1), after rows are inserted theirs are
added, both computed in SQL from the rows themselves. Writers of the index take one advisory lock
for it (until their commit), first, before any row of search_entry, so that two ingests (or an
ingest and a rebuild) never wait on each other in opposite orders; readers are never blocked.
"""

from __future__ import annotations

# Held by every transaction that changes the counts, until it ends.
LOCK = "SELECT pg_advisory_xact_lock(hashtext('search_word'))"

# The counts of the records whose rows meet {where}, times %s, added in key order. A record of one row
# holds each of its lexemes once (a tsvector's lexemes are distinct): only the rows of records cut
# into several (split) are made distinct by record, which sorted every (record, lexeme) of an ingest.
ADD = """
INSERT INTO search_word AS counted (word, record_type, year, category, issuer, n)
SELECT word, record_type, year, category, issuer, %s * count(*) FROM (
    SELECT w.word, e.record_type, e.year, e.category, e.issuer
    FROM search_entry e CROSS JOIN LATERAL unnest(tsvector_to_array(e.words)) AS w (word) WHERE NOT e.split AND ({where})
    UNION ALL
    SELECT DISTINCT ON (e.identifier, w.word) w.word, e.record_type, e.year, e.category, e.issuer
    FROM search_entry e CROSS JOIN LATERAL unnest(tsvector_to_array(e.words)) AS w (word) WHERE e.split AND ({where})
) AS held GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (word, record_type, year, category, issuer) DO UPDATE SET n = counted.n + EXCLUDED.n
"""


# The counts of the records whose rows meet {where} by type, year, 栏目 and issuers (search_facet).
ADD_RECORDS = """
INSERT INTO search_facet AS counted (record_type, year, category, issuer, n)
SELECT record_type, year, category, issuer, %s * count(*) FROM (
    SELECT DISTINCT ON (e.identifier) e.record_type, e.year, e.category, e.issuer FROM search_entry e WHERE {where}
) AS held GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
ON CONFLICT (record_type, year, category, issuer) DO UPDATE SET n = counted.n + EXCLUDED.n
"""
TABLES = ("search_word", "search_facet")


def add_counts(cursor, where: str, params: list, sign: int) -> None:
    """Add (sign 1) or take off (sign -1) the word and facet counts of the records of the rows meeting
    `where` (SQL over search_entry aliased `e`); counts that reach 0 are deleted."""
    cursor.execute(LOCK)
    cursor.execute(ADD.format(where=where), [sign, *params, *params])
    cursor.execute(ADD_RECORDS.format(where=where), [sign, *params])
    if sign < 0:
        for table in TABLES:
            cursor.execute(f"DELETE FROM {table} WHERE n <= 0")


def count_all(cursor, statement: str) -> None:
    """Count every record of the index with ADD or ADD_RECORDS (the migration adding its table)."""
    cursor.execute(LOCK)
    cursor.execute(statement.format(where="TRUE"), [1])


def clear_counts(cursor) -> None:
    cursor.execute(LOCK)
    for table in TABLES:
        cursor.execute(f"DELETE FROM {table}")


COUNT_COLUMNS = "record_type, year, category, issuer"


def word_counts(word: str, where: str = "TRUE", params: tuple = ()) -> tuple[str, list]:
    """SQL of the rows of counts (type, year, 栏目, issuers, n) of the records holding `word` whose
    type, year, 栏目 and issuers meet `where` (conditions on those columns, as on search_entry's)."""
    return f"SELECT {COUNT_COLUMNS}, n FROM search_word WHERE word = %s AND ({where})", [word, *params]


def word_summary(word: str, where: str = "TRUE", params: tuple = ()) -> tuple[str, list]:
    """SQL of one row (total, facets as JSON {facet: {value: n}}) for the records holding `word` whose
    type, year, 栏目 and issuers meet `where`."""
    return counted_summary(*word_counts(word, where, params))


def words_summary(words: list[str], where: str, params: list, both: tuple[str, list]) -> tuple[str, list]:
    """SQL of one row (total, facets) for the records meeting `where` that hold the first of `words`
    but not some other criterion (one word: 城市 -农村), or either of two words (工业用地 OR 商业用地):
    the counts of each word less those of `both`, the FROM clause of the records meeting `where` that
    hold the first word and the other criterion (their columns COUNT_COLUMNS). Exact for each
    combination of values: count(a) - count(a and b) = count(a and not b), count(a) + count(b) -
    count(a and b) = count(a or b); combinations left at 0 are dropped, so a value none of the
    matches has is not listed."""
    counted = [word_counts(word, where, params) for word in words]
    added = " UNION ALL ".join(sql for sql, _ in counted)
    signed = (f"SELECT {COUNT_COLUMNS}, sum(n) AS n FROM ({added} UNION ALL SELECT {COUNT_COLUMNS}, -count(*) "
              f"{both[0]} GROUP BY {COUNT_COLUMNS}) AS signed GROUP BY {COUNT_COLUMNS} HAVING sum(n) <> 0")
    return counted_summary(signed, [p for _, ps in counted for p in ps] + both[1])


def filtered_summary(where: str, params: list) -> tuple[str, list]:
    """SQL of one row (total, facets) for the records whose type, year, 栏目 and issuers meet `where`."""
    return counted_summary(f"SELECT {COUNT_COLUMNS}, n FROM search_facet WHERE {where}", params)


def counted_summary(counts: str, params: list) -> tuple[str, list]:
    """SQL of one row (total, facets) summing `counts`, SQL of rows (COUNT_COLUMNS, n)."""
    return (f"WITH matches AS ({counts}) "
            f"SELECT (SELECT coalesce(sum(n), 0)::bigint FROM matches) AS total, {facets_sql('sum(n)')} AS facets"), params


def facets_sql(count: str) -> str:
    """SQL of the facets of the rows `matches` (type, year, category, issuer: a JSON list) as JSON
    {facet: {value: n}}, each row counted `count` ("count(*)", or "sum(n)" for rows of counts), in
    one pass: type, year and 栏目 as grouping sets, the issuers grouped as whole lists and only the
    distinct lists taken apart. A pass and a hash per facet, and each row's issuers taken apart, cost
    40-60 ms of 9,000-50,000 matches at 2,400 issues; one pass 15-20 ms less."""
    return f"""(SELECT json_object_agg(facet, counts) FROM (SELECT facet, json_object_agg(value, n) AS counts FROM (
 SELECT CASE WHEN GROUPING(record_type) = 0 THEN 'record_type' WHEN GROUPING(year) = 0 THEN 'year' ELSE 'category' END
 AS facet, coalesce(record_type, year::text, category) AS value, {count} AS n
 FROM matches GROUP BY GROUPING SETS ((record_type), (year), (category))
 UNION ALL SELECT 'issuer', value, sum(n) FROM (SELECT issuer, {count} AS n FROM matches GROUP BY issuer) AS held
 CROSS JOIN LATERAL jsonb_array_elements_text(held.issuer) AS value GROUP BY value) AS counted GROUP BY facet) AS facets)"""

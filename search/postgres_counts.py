"""Per-word counts of records by facet value (search_word): a one-word search's total and facets.

Counting a common word exactly visited every matching row of search_entry (GIN has no index-only
scan): at 2,400 issues 35,000-50,000 rows and 175-290 ms for the total and the four facets of one
word. search_word holds, for each word of the index, how many records hold it per value of each
facet (search.criteria.FACETS; the total is the sum over `record_type`, which every record has
once). search_facet holds how many records have each combination of type, year, 栏目 and issuers:
a search by those filters alone is counted from it. A word is a lexeme of the rows' tsvectors, so a record is counted for it exactly when a
one-word search finds it, once however many of its rows hold it.

search.postgres keeps the counts in the transaction that writes the rows: before rows are deleted
their records' counts are taken off (add_counts with sign -1), after rows are inserted theirs are
added, both computed in SQL from the rows themselves. Writers of the index take one advisory lock
for it (until their commit), first, before any row of search_entry, so that two ingests (or an
ingest and a rebuild) never wait on each other in opposite orders; readers are never blocked.
"""

from __future__ import annotations

# Held by every transaction that changes the counts, until it ends.
LOCK = "SELECT pg_advisory_xact_lock(hashtext('search_word'))"

# The counts of the records whose rows meet {where}, times %s, added in (word, facet, value) order.
ADD = """
INSERT INTO search_word AS counted (word, facet, value, n)
SELECT word, facet, value, %s * count(*) FROM (
    SELECT DISTINCT ON (e.identifier, w.lexeme) w.lexeme AS word, e.record_type, e.year, e.category, e.issuer
    FROM search_entry e CROSS JOIN LATERAL unnest(e.words) AS w WHERE {where}
) AS held CROSS JOIN LATERAL (
    SELECT 'record_type', held.record_type UNION ALL SELECT 'year', held.year::text
    UNION ALL SELECT 'category', held.category UNION ALL SELECT 'issuer', jsonb_array_elements_text(held.issuer)
) AS facet (facet, value)
GROUP BY word, facet, value ORDER BY word, facet, value
ON CONFLICT (word, facet, value) DO UPDATE SET n = counted.n + EXCLUDED.n
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
    cursor.execute(ADD.format(where=where), [sign, *params])
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


# One statement (one snapshot with the page it is joined to): total and facet counts of a word.
SUMMARY = """SELECT (SELECT coalesce(sum(n), 0) FROM search_word WHERE word = %s AND facet = 'record_type') AS total,
(SELECT json_object_agg(facet, counts) FROM (SELECT facet, json_object_agg(value, n) AS counts FROM search_word
 WHERE word = %s GROUP BY facet) AS facets) AS facets"""


def summary(word: str) -> tuple[str, list]:
    """SQL of one row (total, facets as JSON {facet: {value: n}}) for records holding `word`."""
    return SUMMARY, [word, word]


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


def filtered_summary(where: str, params: list) -> tuple[str, list]:
    """SQL of one row (total, facets) for the records whose type, year, 栏目 and issuers meet `where`
    (conditions on those columns, as on search_entry's), from search_facet."""
    return (f"WITH matches AS (SELECT record_type, year, category, issuer, n FROM search_facet WHERE {where}) "
            f"SELECT (SELECT coalesce(sum(n), 0) FROM matches) AS total, {facets_sql('sum(n)')} AS facets"), params

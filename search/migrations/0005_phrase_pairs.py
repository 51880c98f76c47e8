"""Adjacent words as an index of their own, so that a quoted phrase is found without re-checking each
candidate row (issue 22).

A phrase `a <-> b` asked the GIN index for the rows holding a and b, then read and parsed every such
row's tsvector to check that they stand side by side: "温州市人民政府" re-checked tens of thousands of
rows at 2,400 issues (1.3 s). search_pairs(words) is the set of "a b" for every a at a position and b
at the next one, exactly what `a <-> b` asks; a GIN index on that expression (no column: the table
stays as narrow as it was) answers a two-word phrase exactly and narrows a longer one to the rows
holding all its pairs. Computed by PostgreSQL from the stored tsvector when a row is written, so
the index is in the records' transaction like the rest. A pair longer than a lexeme may be (2,046
bytes) is left out: no query can ask for it (search.postgres_query.phrase_pairs).
The function is declared costly (it is: 3-10 ms for a long row): with the default cost the planner
took the words index for a three-word phrase and computed the pairs of each candidate as a filter
(480 rows, 6.2 s at 2,400 issues); now it always reads the pairs from their index.
"""

from django.db import migrations

from search.migration_sql import on_postgres

PAIRS = """
CREATE FUNCTION search_pairs(words tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
COST 100000 AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT here.lexeme || ' ' || next.lexeme)), ''::tsvector)
    FROM (SELECT w.lexeme, p FROM unnest(words) AS w, unnest(w.positions) AS p) AS here
    JOIN (SELECT w.lexeme, p FROM unnest(words) AS w, unnest(w.positions) AS p) AS next ON next.p = here.p + 1
    WHERE octet_length(here.lexeme) + octet_length(next.lexeme) < 2046
$$"""
INDEX = "CREATE INDEX search_entry_pairs ON search_entry USING gin (search_pairs(words))"


class Migration(migrations.Migration):
    dependencies = [("search", "0004_word_counts")]

    operations = [on_postgres([PAIRS, INDEX], ["DROP INDEX IF EXISTS search_entry_pairs",
                                               "DROP FUNCTION IF EXISTS search_pairs(tsvector)"])]

"""The two ordered lists a one-word search's page is read from (search.postgres_word): the rows whose
title holds a word (GIN on the title's words, weight A in the tsvector) and the rows newest first
(btree on date, id). PostgreSQL only; on SQLite the table stays empty.
"""

from django.db import migrations

from search.migration_sql import on_postgres

# ts_filter under a name declared costly: so that the planner reads the title words from their index
# and never computes them row by row while walking the date index (each reads the row's tsvector).
TITLE_WORDS = """CREATE FUNCTION search_title_words(words tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT
PARALLEL SAFE COST 100000 AS $$ SELECT ts_filter(words, '{a}') $$"""
INDEXES = {
    "search_entry_title_words": "CREATE INDEX search_entry_title_words ON search_entry USING gin (search_title_words(words))",
    "search_entry_newest": "CREATE INDEX search_entry_newest ON search_entry (date DESC, id)",
}


class Migration(migrations.Migration):
    dependencies = [("search", "0005_phrase_pairs")]

    operations = [on_postgres([TITLE_WORDS, *INDEXES.values()], [
        *(f"DROP INDEX IF EXISTS {name}" for name in INDEXES), "DROP FUNCTION IF EXISTS search_title_words(tsvector)"])]

"""The two ordered lists a one-word search's page is read from (search.postgres_word): the rows whose
title holds a word (GIN on the title's words, weight A in the tsvector) and the rows newest first
(btree on date, id). PostgreSQL only; on SQLite the table stays empty.
"""

from django.db import migrations

from search.migration_sql import on_postgres

INDEXES = {
    "search_entry_title_words": "CREATE INDEX search_entry_title_words ON search_entry USING gin (ts_filter(words, '{a}'))",
    "search_entry_newest": "CREATE INDEX search_entry_newest ON search_entry (date DESC, id)",
}


class Migration(migrations.Migration):
    dependencies = [("search", "0005_phrase_pairs")]

    operations = [on_postgres(list(INDEXES.values()), [f"DROP INDEX IF EXISTS {name}" for name in INDEXES])]

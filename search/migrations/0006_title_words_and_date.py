"""The two ordered lists a one-word search's page is read from (search.postgres_word): the rows whose
title holds a word (GIN on the title's words, weight A in the tsvector) and the rows newest first
(btree on date, id). PostgreSQL only; on SQLite the table stays empty.
"""

from django.db import migrations

INDEXES = {
    "search_entry_title_words": "CREATE INDEX search_entry_title_words ON search_entry USING gin (ts_filter(words, '{a}'))",
    "search_entry_newest": "CREATE INDEX search_entry_newest ON search_entry (date DESC, id)",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in INDEXES.values():
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_phrase_pairs")]

    operations = [migrations.RunPython(create, drop)]

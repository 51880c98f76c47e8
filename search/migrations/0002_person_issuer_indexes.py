"""The exact values a query may be answered by alone (a name, an issuer) get indexes too.

A name query asks `words @@ name OR person = name`: without an index on person the planner read
the whole table for it (蔡月琴 at 2,400 issues: a parallel seq scan, 704 ms). PostgreSQL only, as
the GIN indexes of 0001; on SQLite the table stays empty.
"""

from django.db import migrations

INDEXES = {
    "search_entry_person": "CREATE INDEX search_entry_person ON search_entry (person) WHERE person IS NOT NULL",
    "search_entry_issuer": "CREATE INDEX search_entry_issuer ON search_entry USING gin (issuer jsonb_path_ops)",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in INDEXES.values():
            schema_editor.execute(sql)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]

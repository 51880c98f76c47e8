"""Per-word counts by combination of type, year, 栏目 and issuers (search_word, issue 22).

search_word held, per word, how many records hold it by each facet value on its own: enough for the
total and facets of a word alone, not of a word with a filter (会议 type=chronicle at 2,400 issues
visited its matches to count them, 105-244 ms). It now holds, per word, how many records hold it for
each combination its records have, as search_facet does for all records: a word with filters on
those fields is counted by summing the rows that meet them (search.postgres_counts.word_summary).
The counts are recomputed here from the index rows in SQL (no reindexing). PostgreSQL only; on
SQLite the table stays empty.
"""

from django.db import migrations, models

from search.migration_sql import on_postgres

# The counts a deletion brought to 0, deleted right after (search.postgres_counts.add_counts).
SPENT = "CREATE INDEX search_word_spent ON search_word (word) WHERE n <= 0"


def count_existing(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search.postgres_counts import ADD, count_all

        with schema_editor.connection.cursor() as cursor:
            count_all(cursor, ADD)
            cursor.execute("ANALYZE search_word")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_facet_counts")]

    operations = [
        migrations.DeleteModel(name="WordCount"),
        migrations.CreateModel(
            name="WordCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.TextField()),
                ("record_type", models.CharField(max_length=20)),
                ("year", models.IntegerField()),
                ("category", models.CharField(max_length=50)),
                ("issuer", models.JSONField(default=list)),
                ("n", models.IntegerField()),
            ],
            options={
                "db_table": "search_word",
                "constraints": [models.UniqueConstraint(fields=("word", "record_type", "year", "category", "issuer"),
                                                        name="search_word_key")],
            },
        ),
        on_postgres([SPENT], []),
        migrations.RunPython(count_existing, migrations.RunPython.noop),
    ]

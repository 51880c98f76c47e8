"""Per-word counts of records by facet value (search_word, issue 22), filled from the index rows.

A one-word search counted its matches and their facets by visiting every matching row: at 2,400
issues 35,000-50,000 rows for a common word. search_word holds, per word, how many records hold it
by type, year, 栏目 and issuer; search.postgres keeps it in the transaction that writes the rows.
Existing rows are counted here in SQL (no reindexing). PostgreSQL only; on SQLite it stays empty.
"""

from django.db import migrations, models

# The counts a deletion brought to 0, deleted right after (search.postgres_counts.add_counts).
SPENT = "CREATE INDEX search_word_spent ON search_word (word) WHERE n <= 0"


def count_existing(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search.postgres_counts import ADD, count_all  # not add_counts: search_facet comes in 0007

        with schema_editor.connection.cursor() as cursor:
            cursor.execute(SPENT)
            count_all(cursor, ADD)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_narrow_search_entry")]

    operations = [
        migrations.CreateModel(
            name="WordCount",
            fields=[
                ("pk", models.CompositePrimaryKey("word", "facet", "value", blank=True, editable=False,
                                                  primary_key=True, serialize=False)),
                ("word", models.TextField()),
                ("facet", models.CharField(max_length=20)),
                ("value", models.TextField()),
                ("n", models.IntegerField()),
            ],
            options={"db_table": "search_word"},
        ),
        migrations.RunPython(count_existing, migrations.RunPython.noop),
    ]

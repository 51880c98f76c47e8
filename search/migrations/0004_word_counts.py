"""Per-word counts of records by facet value (search_word, issue 22), filled from the index rows.

A one-word search counted its matches and their facets by visiting every matching row: at 2,400
issues 35,000-50,000 rows for a common word. search_word holds, per word, how many records hold it
by type, year, 栏目 and issuer; search.postgres keeps it in the transaction that writes the rows.
Existing rows are counted here in SQL (no reindexing). PostgreSQL only; on SQLite it stays empty.
"""

from django.db import migrations, models

# The counts of the records whose rows meet {where}, times %s, per word and facet value: this
# migration's table (search.postgres_counts.ADD counts by word and combination since 0008).
WORD_FACET_COUNTS = """
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

# The counts a deletion brought to 0, deleted right after (search.postgres_counts.add_counts).
SPENT = "CREATE INDEX search_word_spent ON search_word (word) WHERE n <= 0"


def count_existing(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search.postgres_counts import count_all  # not add_counts: search_facet comes in 0007

        with schema_editor.connection.cursor() as cursor:
            cursor.execute(SPENT)
            count_all(cursor, WORD_FACET_COUNTS)


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

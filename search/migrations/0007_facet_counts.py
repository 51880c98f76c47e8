"""Records counted by each combination of type, year, 栏目 and issuers (search_facet, issue 22).

A search by those filters alone counted its matches and their facets by visiting every matching
row: type=appointment at 2,400 issues read 28,800 rows of 220,320. search.postgres keeps these counts
with the word counts (search.postgres_counts); existing rows are counted here in SQL. Their page
is the newest filtered rows of part 0 (one a record): a year's are read from an index of their own
(year=2007 alone at 2,400: 122 → 11 ms; the other filters are common enough for the date index).
PostgreSQL only; on SQLite the table stays empty.
"""

from django.db import migrations, models

from search.migration_sql import on_postgres

YEAR_NEWEST = "CREATE INDEX search_entry_year_newest ON search_entry (year, date DESC, id) WHERE part = 0"


def count_existing(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search.postgres_counts import ADD_RECORDS, count_all

        with schema_editor.connection.cursor() as cursor:
            count_all(cursor, ADD_RECORDS)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_title_words_and_date")]

    operations = [
        migrations.CreateModel(
            name="FacetCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("record_type", models.CharField(max_length=20)),
                ("year", models.IntegerField()),
                ("category", models.CharField(max_length=50)),
                ("issuer", models.JSONField(default=list)),
                ("n", models.IntegerField()),
            ],
            options={
                "db_table": "search_facet",
                "constraints": [models.UniqueConstraint(fields=("record_type", "year", "category", "issuer"),
                                                        name="search_facet_key")],
            },
        ),
        migrations.RunPython(count_existing, migrations.RunPython.noop),
        on_postgres([YEAR_NEWEST], ["DROP INDEX IF EXISTS search_entry_year_newest"]),
    ]

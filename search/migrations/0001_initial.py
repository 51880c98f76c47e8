import django.contrib.postgres.search
from django.db import migrations, models

# PostgreSQL only: the GIN indexes that make tsvector and jsonb matching an index lookup.
GIN_INDEXES = [
    "CREATE INDEX search_entry_words ON search_entry USING gin (words)",
    "CREATE INDEX search_entry_numbers ON search_entry USING gin (numbers jsonb_path_ops)",
    "CREATE INDEX search_entry_related ON search_entry USING gin (related_numbers jsonb_path_ops)",
]


def create_gin_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in GIN_INDEXES:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="IndexEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("identifier", models.CharField(max_length=100)),
                ("issue_key", models.CharField(max_length=20)),
                ("part", models.PositiveIntegerField()),
                ("record_type", models.CharField(max_length=20)),
                ("category", models.CharField(max_length=50)),
                ("person", models.CharField(max_length=100, null=True)),
                ("issuer", models.JSONField(default=list)),
                ("numbers", models.JSONField(default=list)),
                ("related_numbers", models.JSONField(default=list)),
                ("year", models.IntegerField()),
                ("issue_no", models.IntegerField()),
                ("date", models.DateField()),
                ("fields", models.JSONField(null=True)),
                ("body", models.TextField()),
                ("words", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={
                "db_table": "search_entry",
                "indexes": [
                    models.Index(fields=["identifier"], name="search_entr_identif_e30dc9_idx"),
                    models.Index(fields=["issue_key"], name="search_entr_issue_k_9dec44_idx"),
                ],
            },
        ),
        migrations.RunPython(create_gin_indexes, migrations.RunPython.noop),
    ]

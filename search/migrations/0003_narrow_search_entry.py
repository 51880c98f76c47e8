"""search_entry narrowed: the stored fields and snippet text move to search_text (issue 22).

Counting a common word exactly visits every matching row of search_entry, and facets read each
match's small columns: at 2,400 issues those rows were about 1 KB each, two thirds of it `body` and
`fields`, read for the ten results of a page only. The rows keep their ids; `title` (the first
ordering's title hits, which read `fields->>'title'` of every match) is copied to every part, and
`split` marks the rows of records cut into several (with a partial GIN index of their own): a
query of several words asks every other record's one row for all of them at once.
Existing rows are moved in SQL (no reindexing), and the table is rewritten (CLUSTER, allowed in
a transaction for one table) so that the dropped columns' space is given back.
PostgreSQL only, as 0001's indexes; on SQLite the tables stay empty.
"""

from django.db import migrations, models
import django.db.models.deletion

from search.migration_sql import run_on_postgres

MOVE = [
    "INSERT INTO search_text (entry_id, fields, body) SELECT id, fields, body FROM search_entry",
    "UPDATE search_entry SET title = coalesce(first.fields->>'title', '') FROM search_entry first "
    "WHERE first.identifier = search_entry.identifier AND first.part = 0",
    "UPDATE search_entry SET split = TRUE WHERE identifier IN (SELECT identifier FROM search_entry WHERE part > 0)",
    "CREATE INDEX search_entry_split_words ON search_entry USING gin (words) WHERE split",
    "ALTER TABLE search_text ADD CONSTRAINT search_text_entry FOREIGN KEY (entry_id) "
    "REFERENCES search_entry (id) ON DELETE CASCADE",
]
MOVE_BACK = [  # run once body and fields are back
    "DROP INDEX IF EXISTS search_entry_split_words",
    "UPDATE search_entry SET fields = t.fields, body = t.body FROM search_text t WHERE t.entry_id = search_entry.id",
    "ALTER TABLE search_text DROP CONSTRAINT IF EXISTS search_text_entry",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_person_issuer_indexes")]

    operations = [
        migrations.CreateModel(
            name="IndexText",
            fields=[
                ("entry", models.OneToOneField(db_constraint=False, on_delete=django.db.models.deletion.CASCADE,
                                               primary_key=True, related_name="text", serialize=False,
                                               to="search.indexentry")),
                ("fields", models.JSONField(null=True)),
                ("body", models.TextField()),
            ],
            options={"db_table": "search_text"},
        ),
        migrations.AddField(model_name="indexentry", name="title", field=models.TextField(default="")),
        migrations.AddField(model_name="indexentry", name="split", field=models.BooleanField(default=False)),
        migrations.RunPython(run_on_postgres(MOVE), run_on_postgres(MOVE_BACK)),
        migrations.RemoveField(model_name="indexentry", name="body"),
        migrations.RemoveField(model_name="indexentry", name="fields"),
        migrations.RunPython(
            run_on_postgres(["CLUSTER search_entry USING search_entr_issue_k_9dec44_idx"]), migrations.RunPython.noop),
    ]

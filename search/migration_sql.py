"""SQL statements a search migration runs on PostgreSQL only (the index's GIN indexes and functions;
on SQLite the search tables stay empty and Whoosh is the engine)."""

from django.db import migrations


def run_on_postgres(statements: list[str]):
    """A RunPython function executing `statements` on PostgreSQL, nothing elsewhere."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


def on_postgres(statements: list[str], reverse: list[str]) -> migrations.RunPython:
    return migrations.RunPython(run_on_postgres(statements), run_on_postgres(reverse))

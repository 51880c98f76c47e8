"""Background tasks of the open-data app (django-tasks; run by `manage.py db_worker`, see gazette/tasks.py)."""

from django_tasks import task

from opendata import dump


@task()
def rebuild_data_dump() -> str:
    """Rebuild the bulk data dump after a publish; a repeat (or a run after a dead worker) is cheap:
    an unchanged archive keeps its dump."""
    dump.rebuild_quietly()
    return "done"

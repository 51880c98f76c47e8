"""`manage.py db_worker`: django-tasks-db's worker, holding its life lock and re-queueing abandoned tasks.

Same options as the library's command (`--help`). Before it claims anything the worker takes the
lock `worker-<id>` for as long as it lives, and it re-queues the tasks of dead workers when it
starts and after every task it runs (gazette.tasks).
"""

from django_tasks.signals import task_finished
from django_tasks_db.management.commands import db_worker

from gazette import locks
from gazette.tasks import requeue_abandoned, worker_lock_name


class Command(db_worker.Command):
    help = "Run the archive's background worker (django-tasks-db), re-queueing tasks whose worker died"

    def handle(self, *, worker_id: str, **options) -> None:
        with locks.hold(worker_lock_name(worker_id), private_connection=True):
            requeue_abandoned()
            task_finished.connect(_requeue_after_task, dispatch_uid="gazette.requeue_after_task")
            super().handle(worker_id=worker_id, **options)


def _requeue_after_task(sender, **kwargs) -> None:
    requeue_abandoned()

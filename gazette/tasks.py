"""Background work: django-tasks with its database backend (django-tasks-db), worked by `manage.py db_worker`.

The queue is a table in the archive's own database; nothing else has to run but one worker beside
the web server (`make run` and `make serve` start it; docs/production.md runs it as a service).

- enqueue_on_commit(task, ...) is the way in for work that follows a change: the task is queued
  once the change commits and never if it rolls back. Tasks run at least once, and again from the
  start after their worker died, so they must be safe to repeat.
- A worker holds the lock `worker-<id>` (gazette.locks) for its whole life. django-tasks-db marks a
  task RUNNING when a worker claims it and never looks at it again, so a worker killed mid-task
  would leave it there for good; requeue_abandoned() puts it back in the queue once its worker's
  lock is free (the worker is gone), and fails it after MAX_ATTEMPTS claims (a file that kills its
  worker every time must not kill workers for ever). Every worker runs it when it starts and after
  every task.
- queue_state() tells whether the queue is being worked: "stalled" when a task has waited
  STALL_AFTER with no worker taking any task meanwhile (the upload page and /healthz show it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from django_tasks_db.utils import exclusive_transaction

from gazette import locks

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
STALL_AFTER = timedelta(minutes=5)


def enqueue_on_commit(task, *args, **kwargs) -> None:
    """Queue `task(*args, **kwargs)` once the current transaction commits (at once outside one).

    E.g. after a publish: `enqueue_on_commit(send_alert_digest, issue.pk)`. A rolled-back change
    queues nothing; a failure to queue is logged and does not undo the committed change.
    """
    transaction.on_commit(partial(task.enqueue, *args, **kwargs), robust=True)


def worker_lock_name(worker_id: str) -> str:
    return f"worker-{worker_id}"


class WorkerLost(Exception):
    """The worker running a task died (killed, out of memory, machine restarted) MAX_ATTEMPTS times."""


def requeue_abandoned() -> list[DBTaskResult]:
    """Put RUNNING tasks whose worker is gone back in the queue (failed after MAX_ATTEMPTS); returns them."""
    handled = []
    for task in DBTaskResult.objects.running():
        if task.worker_ids and locks.is_held(worker_lock_name(task.worker_ids[-1])):
            continue  # its worker is alive and still running it
        with exclusive_transaction(task._state.db):
            # still the same claim: not finished or claimed again since we looked
            task = DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING,
                                               started_at=task.started_at).first()
            if task is None:
                continue
            if len(task.worker_ids) >= MAX_ATTEMPTS:
                task.set_failed(WorkerLost(f"the worker running this task died {len(task.worker_ids)} times"))
                log.error("task %s (%s) failed: its worker died %d times", task.pk, task.task_path, len(task.worker_ids))
            else:
                task.status = TaskResultStatus.READY
                task.save(update_fields=["status"])
                log.warning("task %s (%s) re-queued: its worker died", task.pk, task.task_path)
        handled.append(task)
    return handled


@dataclass
class QueueState:
    waiting: int  # tasks ready to run
    running: int  # tasks a live worker is running
    stalled: bool  # a task has waited STALL_AFTER and no worker has taken any task meanwhile

    def as_json(self) -> dict:
        body = {"ok": not self.stalled, "waiting": self.waiting, "running": self.running}
        if self.stalled:
            body["error"] = (f"后台处理未运行：有任务已等待超过 {STALL_AFTER.seconds // 60} 分钟，"
                             "请启动 manage.py db_worker（见 docs/production.md）")
        return body


def queue_state() -> QueueState:
    cutoff = timezone.now() - STALL_AFTER
    ready = DBTaskResult.objects.ready()
    running = sum(1 for task in DBTaskResult.objects.running()
                  if task.worker_ids and locks.is_held(worker_lock_name(task.worker_ids[-1])))
    waited_long = ready.filter(enqueued_at__lte=cutoff).filter(Q(run_after=get_date_max()) | Q(run_after__lte=cutoff))
    stalled = (not running and waited_long.exists()
               and not DBTaskResult.objects.filter(started_at__gte=cutoff).exists())
    return QueueState(waiting=ready.count(), running=running, stalled=stalled)

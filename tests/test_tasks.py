"""gazette/tasks.py and `manage.py db_worker`: queueing after commit, tasks of dead workers, a queue nobody works.

Tasks are enqueued through the database backend and run by django-tasks-db's worker: its loop in
this process (conftest.run_tasks) or the command in a subprocess (tests/worker.py).
"""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from gazette import locks
from gazette.tasks import MAX_ATTEMPTS, enqueue_on_commit, queue_state, requeue_abandoned, worker_lock_name
from tests.worker import echo, wait_for

READY, RUNNING, FAILED, SUCCESSFUL = (TaskResultStatus.READY, TaskResultStatus.RUNNING, TaskResultStatus.FAILED,
                                      TaskResultStatus.SUCCESSFUL)


def claimed(*worker_ids: str, started_ago=timedelta(seconds=1)) -> DBTaskResult:
    """A task as django-tasks-db leaves it once claimed by these workers in turn (the last one running it)."""
    result = DBTaskResult.objects.get(pk=echo.enqueue("claimed").id)
    result.status = RUNNING
    result.worker_ids = list(worker_ids)
    result.started_at = timezone.now() - started_ago
    result.save()
    return result


# --- enqueue_on_commit ---------------------------------------------------------------------------

@pytest.mark.django_db(transaction=True)
def test_enqueue_on_commit_queues_once_the_change_commits(run_tasks):
    with transaction.atomic():
        enqueue_on_commit(echo, "published")
        assert not DBTaskResult.objects.exists()
    assert DBTaskResult.objects.get().status == READY
    run_tasks()
    result = DBTaskResult.objects.get()
    assert (result.status, result.return_value) == (SUCCESSFUL, "published")


@pytest.mark.django_db(transaction=True)
def test_enqueue_on_commit_queues_nothing_when_the_change_rolls_back():
    with pytest.raises(ZeroDivisionError):
        with transaction.atomic():
            enqueue_on_commit(echo, "never")
            1 / 0
    assert not DBTaskResult.objects.exists()


# --- tasks of dead workers ----------------------------------------------------------------------

@pytest.mark.django_db
def test_a_task_whose_worker_died_goes_back_to_the_queue(run_tasks):
    result = claimed("dead-1")
    assert requeue_abandoned() == [result]
    result.refresh_from_db()
    assert result.status == READY
    run_tasks()
    result.refresh_from_db()
    assert (result.status, result.return_value, result.worker_ids) == (SUCCESSFUL, "claimed", ["dead-1", "in-process"])


@pytest.mark.django_db
def test_a_task_whose_worker_lives_is_left_running():
    result = claimed("dead-1", "alive-2")
    with locks.hold(worker_lock_name("alive-2"), private_connection=True):  # as a worker holds it for its life
        assert requeue_abandoned() == []
    result.refresh_from_db()
    assert result.status == RUNNING


@pytest.mark.django_db
def test_a_task_that_outlived_its_workers_max_attempts_times_fails():
    result = claimed(*[f"dead-{n}" for n in range(MAX_ATTEMPTS)])
    requeue_abandoned()
    result.refresh_from_db()
    assert result.status == FAILED
    assert result.exception_class_path == "gazette.tasks.WorkerLost"
    assert f"died {MAX_ATTEMPTS} times" in result.traceback


@pytest.mark.django_db
def test_finished_tasks_are_left_alone():
    result = claimed("dead-1")
    result.set_successful("done")
    assert requeue_abandoned() == []
    result.refresh_from_db()
    assert result.status == SUCCESSFUL


@pytest.mark.django_db(transaction=True)
def test_the_worker_command_holds_its_lock_and_runs_what_a_dead_worker_left(start_worker, tmp_path):
    left = claimed("dead-1")
    worker = start_worker(tmp_path, None)
    wait_for(lambda: DBTaskResult.objects.filter(pk=left.pk, status=SUCCESSFUL).exists(), "the re-queued task")
    left.refresh_from_db()
    worker_id = left.worker_ids[-1]
    assert left.worker_ids[0] == "dead-1" and locks.is_held(worker_lock_name(worker_id))
    # a task that finds it already claimed by this live worker stays with it
    running = claimed(worker_id)
    assert requeue_abandoned() == []
    running.delete()
    worker.kill()
    worker.wait(timeout=30)
    wait_for(lambda: not locks.is_held(worker_lock_name(worker_id)), "the dead worker's lock to be free")


# --- a queue nobody works -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "waited, other_taken, running, stalled",
    [
        (None, None, None, False),
        (timedelta(minutes=1), None, None, False),
        (timedelta(minutes=6), None, None, True),
        (timedelta(minutes=6), timedelta(minutes=1), None, False),
        (timedelta(minutes=6), None, "live worker", False),
        (timedelta(minutes=6), None, "dead worker", True),
    ],
    ids=["nothing-queued", "queued-a-minute-ago", "queued-6-min-nothing-taken-since",
         "queued-6-min-another-taken-a-minute-ago", "queued-6-min-a-live-worker-busy-with-a-long-task",
         "queued-6-min-the-running-task-worker-is-dead"],
)
@pytest.mark.django_db
def test_the_queue_is_stalled_when_no_worker_has_taken_a_task_for_five_minutes(waited, other_taken, running, stalled):
    if waited:
        DBTaskResult.objects.filter(pk=echo.enqueue("waiting").id).update(enqueued_at=timezone.now() - waited)
    if other_taken:
        DBTaskResult.objects.filter(pk=claimed("w", started_ago=other_taken).pk).update(status=SUCCESSFUL)
    if running:
        claimed("busy", started_ago=timedelta(minutes=30))
    if running == "live worker":
        with locks.hold(worker_lock_name("busy"), private_connection=True):
            assert queue_state().stalled is stalled
    else:
        assert queue_state().stalled is stalled

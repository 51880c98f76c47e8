"""gazette/locks.py and issues/locks.py: locks that exclude other processes and threads, on both databases.

The other process is tests/scripts/hold_lock.py (or an ingest), on the test database: PostgreSQL
advisory locks are per database, and on SQLite the lock files are the test's GAZETTE_LOCKS_DIR.
"""

import signal
import threading
import time

import pytest
from django.db import connections
from django.urls import reverse

from gazette import locks
from issues import locks as issue_locks
from issues.ingest import ingest_path
from issues.models import Issue
from tests.conftest import ISSUE_FILES
from tests.worker import read_line

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_lock_another_process_holds_is_refused_after_the_timeout(holder):
    holder("issue-2020-06")
    assert locks.is_held("issue-2020-06")
    with pytest.raises(locks.LockTimeout):
        with locks.hold("issue-2020-06", timeout=0.3):
            pytest.fail("took a lock another process holds")


def test_other_names_are_free_meanwhile(holder):
    holder("issue-2020-06")
    assert not locks.is_held("issue-2020-07")
    with locks.hold("issue-2020-07", timeout=0.3):
        pass


def test_the_lock_is_taken_as_soon_as_the_other_process_lets_it_go(holder):
    other = holder("issue-2020-06")
    released = []

    def let_go_soon():
        time.sleep(0.5)
        released.append(time.monotonic())
        other.stdin.write("\n")
        other.stdin.flush()

    threading.Thread(target=let_go_soon).start()
    with locks.hold("issue-2020-06", timeout=60):
        assert released  # we waited for it
    assert read_line(other) == "released"


def test_a_killed_holder_leaves_no_lock_behind(holder):
    other = holder("worker-abc")
    other.send_signal(signal.SIGKILL)
    other.wait(timeout=30)
    assert not locks.is_held("worker-abc")
    with locks.hold("worker-abc", timeout=5):
        pass


def test_the_holding_thread_takes_its_lock_again_without_waiting():
    """ingest_bytes inside an upload's task, or a publish inside a command holding the issue."""
    with locks.hold("issue-2020-06", timeout=0.3):
        with locks.hold("issue-2020-06", timeout=0.3):
            pass
    assert not locks.is_held("issue-2020-06")


def test_two_threads_of_one_process_exclude_each_other():
    inside, overlaps = [], []

    def write():
        try:
            for _ in range(5):
                with locks.hold("issue-2020-06", timeout=60):
                    inside.append(1)
                    overlaps.append(len(inside))
                    time.sleep(0.02)
                    inside.pop()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [1] * 15


def test_a_private_connection_lock_is_seen_from_the_default_connection():
    """A worker's life lock (private connection) is held for everyone else, this process included."""
    with locks.hold("worker-xyz", private_connection=True):
        assert locks.is_held("worker-xyz")
    assert not locks.is_held("worker-xyz")


# --- the per-issue lock in ingest and publish ---------------------------------------------------

def test_ingest_waits_for_another_writer_of_the_issue(holder, monkeypatch):
    monkeypatch.setattr(issue_locks, "WAIT_SECONDS", 0.3)
    holder(issue_locks.lock_name(2020, 6))
    with pytest.raises(locks.LockTimeout):
        ingest_path(ISSUE_FILES["2020-06"])
    assert not Issue.objects.exists()
    ingest_path(ISSUE_FILES["2020-11"])  # another issue is not held up
    assert Issue.objects.get().issue_no == 11


def test_publishing_while_another_writer_holds_the_issue_says_so(holder, staff_client, monkeypatch):
    from issues.admin import issue as issue_admin

    draft = ingest_path(ISSUE_FILES["2020-06"], status=Issue.Status.DRAFT).issue
    monkeypatch.setattr(issue_admin, "PUBLISH_WAIT_SECONDS", 0.3)
    holder(issue_locks.lock_name(2020, 6))
    response = staff_client.post(reverse("admin:issues_issue_publish", args=[draft.pk]), follow=True)
    assert "2020年第6期（总第214期）正在被另一操作写入（导入、上传或发布），请稍后再试。" in response.content.decode()
    assert Issue.objects.get().status == Issue.Status.DRAFT

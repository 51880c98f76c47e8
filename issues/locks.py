"""One writer per issue: ingest, publish and an upload's background processing hold issue_lock.

Two writers of one issue (year, issue number) would otherwise interleave: one's draft or published
version replacing the other's between its check and its save, or the search index left holding
the version that lost. Holding the lock from the check through the index update makes them queue.
Reading and parsing a file need no lock; only the steps that look at and write the issue do.
"""

from __future__ import annotations

from gazette import locks

WAIT_SECONDS = 600  # another writer's save and index update, with a wide margin


def issue_lock(year: int, issue_no: int, timeout: float | None = None):
    """Hold the issue's lock for a with-block; gazette.locks.LockTimeout after `timeout` (WAIT_SECONDS) seconds."""
    return locks.hold(lock_name(year, issue_no), timeout=WAIT_SECONDS if timeout is None else timeout)


def lock_name(year: int, issue_no: int) -> str:
    return f"issue-{year}-{issue_no:02d}"

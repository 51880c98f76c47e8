"""Named locks that exclude other processes: one writer per issue, one claim per live worker.

PostgreSQL: session-level advisory locks keyed by a 64-bit hash of the name, so they hold across
every machine that shares the database. SQLite (one machine by nature): flock(2) on a file per
name under GAZETTE_LOCKS_DIR. Either way the lock belongs to a process that is alive: the kernel or
the database server drops it when its holder dies, so a killed process never leaves one behind.

A thread that already holds a name takes it again at no cost (ingest inside an upload's task).
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1
_held = threading.local()  # names this thread holds


class LockTimeout(Exception):
    """Another process held the lock for longer than the caller would wait."""

    def __init__(self, name: str, timeout: float):
        self.name = name
        self.timeout = timeout
        super().__init__(f"lock {name!r} still held by another process after {timeout:g} s")


@contextmanager
def hold(name: str, *, timeout: float | None = None, private_connection: bool = False) -> Iterator[None]:
    """Hold the lock `name` for the block, waiting up to `timeout` seconds for it (None: as long as it takes).

    On PostgreSQL the lock lives on the default database connection, or with private_connection
    on a connection of its own that nothing else closes or recycles (a worker's lock for its life).
    """
    names = _held.__dict__.setdefault("names", set())
    if name in names:
        yield
        return
    lock = _PostgresLock(name, private_connection) if _on_postgres() else _FileLock(name)
    deadline = None if timeout is None else time.monotonic() + timeout
    while not lock.try_acquire():
        if deadline is not None and time.monotonic() >= deadline:
            lock.close()
            raise LockTimeout(name, timeout)
        time.sleep(POLL_SECONDS)
    names.add(name)
    try:
        yield
    finally:
        names.discard(name)
        lock.release()


def is_held(name: str) -> bool:
    """Whether some other process (or another connection of this one) holds `name` right now."""
    lock = _PostgresLock(name, False) if _on_postgres() else _FileLock(name)
    if not lock.try_acquire():
        lock.close()
        return True
    lock.release()
    return False


def _on_postgres() -> bool:
    return connections[DEFAULT_DB_ALIAS].vendor == "postgresql"


class _PostgresLock:
    def __init__(self, name: str, private_connection: bool):
        digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
        self.key = int.from_bytes(digest, "big", signed=True)
        self.private = private_connection
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS) if private_connection else connections[
            DEFAULT_DB_ALIAS]

    def try_acquire(self) -> bool:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [self.key])
            return cursor.fetchone()[0]

    def release(self) -> None:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [self.key])
        except DatabaseError:  # e.g. a transaction left aborted: ending the session frees the lock
            log.warning("advisory unlock failed; closing the connection to free the lock", exc_info=True)
            self.connection.close()
        self.close()

    def close(self) -> None:
        if self.private:
            self.connection.close()


class _FileLock:
    def __init__(self, name: str):
        folder = settings.GAZETTE_LOCKS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(folder / f"{re.sub(r'[^A-Za-z0-9._-]', '_', name)}.lock", os.O_RDWR | os.O_CREAT, 0o644)

    def try_acquire(self) -> bool:
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        self.close()  # closing the descriptor releases its flock

    def close(self) -> None:
        os.close(self.fd)

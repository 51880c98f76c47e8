"""A real background worker for tests: `manage.py db_worker` in a subprocess, on the test database.

Tests that use it are transactional (the worker sees committed rows only). The worker's
GAZETTE_DATA_DIR is the test's tmp_path, laid out by conftest.isolated_data_dir, so it reads the
files the test's uploads kept and shares its locks. Its fixtures
(start_worker, holder) are loaded for every test by conftest.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django_tasks import task

ROOT = Path(__file__).resolve().parent.parent
WORKER_OPTIONS = ["--no-reload", "--no-startup-delay", "--interval", "0.1"]
WAIT_SECONDS = 120  # generous: the machine may be busy; the waits end as soon as the condition holds


@task()
def echo(text: str) -> str:
    """A task for the tests, importable by the worker process as tests.worker.echo."""
    return text


def database_url() -> str:
    """The test database, for another process: its SQLite file, or the PostgreSQL test database."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker_env(data_dir: Path) -> dict:
    return {**os.environ, "DATABASE_URL": database_url(), "GAZETTE_DATA_DIR": str(data_dir), "DJANGO_DEBUG": "1"}


@pytest.fixture
def start_worker():
    """start_worker(data_dir, script=None, *args) -> the worker process (stopped at the end of the test).

    `script` runs a wrapper of the worker from tests/scripts (e.g. held_worker.py) instead of manage.py.
    """
    started = []

    def start(data_dir: Path, script: str | None = None, *args: str) -> subprocess.Popen:
        command = [sys.executable, script or "manage.py", *args, "db_worker", *WORKER_OPTIONS]
        process = subprocess.Popen(command, cwd=ROOT, env=worker_env(data_dir), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)


def wait_for(condition, what: str):
    """Poll `condition` until it returns something true (returned), failing after WAIT_SECONDS."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"still waiting after {WAIT_SECONDS} s for {what}")


def read_line(process: subprocess.Popen, starting: str = "") -> str:
    """The next line the process prints that starts with `starting` (past its log lines); fails if it exits."""
    while True:
        line = process.stdout.readline()
        if not line:
            pytest.fail(f"the process exited ({process.wait()}): {process.stderr.read()[-3000:]}")
        if line.startswith(starting):
            return line.strip()


@pytest.fixture
def holder(tmp_path):
    """holder(name) -> a process holding the lock `name` of gazette.locks (a line on its stdin lets it go)."""
    processes = []

    def hold(name: str) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "tests/scripts/hold_lock.py", name], cwd=ROOT,
                                   env=worker_env(tmp_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        processes.append(process)
        assert read_line(process) == "held"
        return process

    yield hold
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)

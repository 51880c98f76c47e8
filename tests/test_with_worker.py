"""gazette/with_worker.py (`make run`, `make serve`): one worker runs beside the server and stops with it.

The "server" is a stand-in process; the worker is the real `manage.py db_worker`, with DJANGO_DEBUG=1
as under `make run` (the reloader makes it two processes: both must stop).
"""

import os
import signal
import subprocess
import sys

import pytest
from django_tasks_db.models import DBTaskResult

from tests.worker import ROOT, echo, read_line, wait_for, worker_env

pytestmark = pytest.mark.django_db(transaction=True)


def launch(tmp_path, server_code: str) -> subprocess.Popen:
    server = [sys.executable, "-c", f"import os; print('serving', os.getpid(), flush=True); {server_code}"]
    return subprocess.Popen([sys.executable, "-m", "gazette.with_worker", *server], cwd=ROOT, env=worker_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def gone(pid: int, group: bool = False) -> bool:
    try:
        (os.killpg if group else os.kill)(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_worker_runs_beside_the_server_and_both_stop_when_told(tmp_path):
    launcher = launch(tmp_path, "import time; time.sleep(600)")
    worker_pid = int(read_line(launcher, "background worker started").split("pid ")[1].split(")")[0])
    server_pid = int(read_line(launcher, "serving").split()[1])
    task = echo.enqueue("beside the server")
    wait_for(lambda: DBTaskResult.objects.filter(pk=task.id, status="SUCCESSFUL").exists(), "the worker to run a task")

    launcher.send_signal(signal.SIGTERM)  # as systemd or a terminal stops `make run`
    assert launcher.wait(timeout=60) == 128 + signal.SIGTERM
    assert gone(server_pid)
    assert gone(worker_pid, group=True)  # the reloader and the worker it runs


def test_the_worker_stops_when_the_server_exits_by_itself(tmp_path):
    launcher = launch(tmp_path, "import sys, time; time.sleep(1); sys.exit(3)")
    worker_pid = int(read_line(launcher, "background worker started").split("pid ")[1].split(")")[0])
    assert launcher.wait(timeout=60) == 3  # the server's exit status
    assert gone(worker_pid, group=True)

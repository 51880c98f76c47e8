"""Run a web server with one background worker beside it: `python -m gazette.with_worker SERVER-COMMAND ...`.

`make run` (runserver) and `make serve` (gunicorn) use it, so uploads are processed wherever the
site runs. The worker (`manage.py db_worker`) gets a process group of its own: a Ctrl-C meant for the
server does not also cut short the task it is running. When the server exits, or this process is
told to stop, the worker is sent SIGTERM, may finish its task for STOP_GRACE seconds, and is then
killed; a task cut short that way is re-queued by the next worker (gazette/tasks.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

STOP_GRACE = 10.0  # seconds the worker may take to finish its task when the server stops
MANAGE = Path(__file__).resolve().parent.parent / "manage.py"


def main(command: list[str]) -> int:
    if not command:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    # SIGTERM (systemd, a test) becomes SystemExit, so that the finally clauses stop both processes
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    worker = subprocess.Popen([sys.executable, str(MANAGE), "db_worker"], start_new_session=True)
    print(f"background worker started (pid {worker.pid}); it stops with the server", flush=True)
    try:
        server = subprocess.Popen(command)
        try:
            return server.wait()
        except KeyboardInterrupt:  # Ctrl-C reached the server too: let it shut down
            return server.wait()
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait()
    finally:
        stop(worker)


def stop(worker: subprocess.Popen) -> None:
    """SIGTERM to the worker's process group (with --reload it is two processes), SIGKILL after STOP_GRACE."""
    try:
        os.killpg(worker.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_GRACE
    while _group_alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _group_alive(worker):
        os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()


def _group_alive(worker: subprocess.Popen) -> bool:
    worker.poll()  # reap the worker itself once it has exited, so that it stops counting
    try:
        os.killpg(worker.pid, 0)
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

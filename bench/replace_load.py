"""Readers while an issue is replaced (issue 19, finding 3): gunicorn on 127.0.0.1, client threads asking
for the pages of an issue while `manage.py ingest --force` replaces it in a loop, two versions in turn.

Every page asked for exists in both versions (the issue, its list pages, its documents, its API
record), so every answer must be a 200: the run prints the answers >= 500, the 404s, the connection
resets and other failures, and how many replacements happened meanwhile. Bounded: REQUESTS requests
(fixed), at most SECONDS seconds, a 30 s client timeout; 127.0.0.1 only, on its own SQLite archive.

    python bench/replace_load.py                      # this checkout's code
    python bench/replace_load.py --code DIR           # another checkout's (e.g. `git archive` of main: before)
    python bench/replace_load.py --requests 2000 --clients 4
"""

from __future__ import annotations

import argparse
import http.client
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402  (bench/load.py: the server and the client connection)

REQUESTS = 3000
SECONDS = 60
CLIENTS = 4
ISSUE = "2020-06"

PAGES_SCRIPT = r"""
import json
from issues.models import Issue
issue = Issue.objects.published().get(year=2020, issue_no=6)
base = issue.get_absolute_url()
pages = [base, base + "appointments/", base + "news/", base + "chronicle/", base + "issued/", issue.get_api_url()]
pages += [d.get_absolute_url() for d in issue.document_set.all()]
print(json.dumps(pages))
"""


def versions(data_dir: Path) -> list[Path]:
    """The fixture issue and a second version of it (one appointee renamed): the same pages, other words."""
    text = (load.ROOT / "fixtures" / "issues" / f"{ISSUE}.txt").read_text(encoding="utf-8")
    second = data_dir / f"{ISSUE}-second.txt"
    second.write_text(text.replace("倪士章", "倪新名"), encoding="utf-8")
    return [load.ROOT / "fixtures" / "issues" / f"{ISSUE}.txt", second]


def ingest_loop(data_dir: Path, files: list[Path], stop: threading.Event, done: list) -> None:
    """Replace the issue with each version in turn until `stop`; note each ingest's exit status."""
    n = 0
    while not stop.is_set():
        result = subprocess.run([sys.executable, "manage.py", "ingest", "--force", str(files[n % 2])], cwd=load.ROOT,
                                env=load.production_env(data_dir), capture_output=True, text=True)
        done.append(result.returncode)
        n += 1


def read_pages(base: str, pages: list[str], requests: int, deadline: float, tally: Counter, lock) -> None:
    connection = load._connect(base)
    for n in range(requests):
        if time.monotonic() > deadline:
            return
        path = pages[n % len(pages)]
        try:
            status, _ = load._get(connection, path)
            outcome = "200" if status == 200 else "404" if status == 404 else ">=500" if status >= 500 else str(status)
        except (ConnectionResetError, http.client.RemoteDisconnected, BrokenPipeError):
            outcome = "reset"
            connection = load._connect(base)
        except (OSError, http.client.HTTPException) as exc:
            outcome = type(exc).__name__
            connection = load._connect(base)
        with lock:
            tally[outcome] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, help="serve this checkout's code instead of this one's")
    parser.add_argument("--requests", type=int, default=REQUESTS)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    args = parser.parse_args()
    if args.code:
        load.ROOT = args.code.resolve()
    with tempfile.TemporaryDirectory(prefix="replace-load-") as folder:
        data_dir = Path(folder)
        files = versions(data_dir)
        load.manage(data_dir, "migrate", "--noinput")
        load.manage(data_dir, "ingest", str(files[0]))
        pages = json.loads(load.manage(data_dir, "shell", "-c", PAGES_SCRIPT).stdout.strip().splitlines()[-1])
        with load.gunicorn(data_dir) as (base, _):
            stop, ingests = threading.Event(), []
            writer = threading.Thread(target=ingest_loop, args=(data_dir, files, stop, ingests))
            tally, lock = Counter(), threading.Lock()
            per_client = args.requests // args.clients
            started = time.monotonic()
            writer.start()
            readers = [threading.Thread(target=read_pages, args=(base, pages, per_client, started + args.seconds,
                                                                  tally, lock)) for _ in range(args.clients)]
            for reader in readers:
                reader.start()
            for reader in readers:
                reader.join()
            elapsed = time.monotonic() - started
            stop.set()
            writer.join()
    print(f"code: {load.ROOT}")
    print(f"{sum(tally.values())} requests in {elapsed:.1f} s ({args.clients} clients, {len(pages)} pages of "
          f"{ISSUE}), {len(ingests)} ingest --force meanwhile ({ingests.count(0)} succeeded)")
    print("answers: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    failures = sum(v for k, v in tally.items() if k != "200")
    print(f">=500: {tally['>=500']}  404: {tally['404']}  resets: {tally['reset']}  other failures: "
          f"{failures - tally['>=500'] - tally['404'] - tally['reset']}")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

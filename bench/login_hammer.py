"""Public pages under admin-login hammering: their latency with and without attackers, printed.

    python bench/login_hammer.py                      # fixture archive, 20 readers, 20 attackers
    python bench/login_hammer.py --attackers 100 --seconds 60

gunicorn runs with `make serve`'s configuration and production settings on 127.0.0.1 (bench/load.py).
Readers browse the public pages with a 1 s think time; attackers post wrong passwords to
/admin/login/ as fast as they can, each with its own CSRF token, all from 127.0.0.1. The same run is
made without attackers first. To measure the archive before login throttling, run this file from a
checkout of an earlier commit (copy it there: it only drives the server). docs/production.md has figures.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import load  # noqa: E402

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def attacker(base: str, stop: threading.Event, statuses: Counter, lock: threading.Lock, n: int) -> None:
    """Wrong passwords for one account, back to back, until `stop`."""
    connection = load._connect(base)
    connection.request("GET", "/admin/login/")
    response = connection.getresponse()
    token = CSRF_FIELD.search(response.read().decode()).group(1)
    cookie = response.getheader("Set-Cookie").split(";", 1)[0]
    body = urlencode({"csrfmiddlewaretoken": token, "username": f"editor{n % 3}", "password": "wrong-password",
                      "next": "/admin/"})
    headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded", "Referer": f"{base}/admin/login/"}
    while not stop.is_set():
        try:
            connection.request("POST", "/admin/login/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            connection = load._connect(base)
            status = type(exc).__name__
        with lock:
            statuses[status] += 1


def run(base: str, urls: dict, *, readers: int, attackers: int, seconds: float, pid: int) -> tuple:
    stop, lock, statuses = threading.Event(), threading.Lock(), Counter()
    threads = [threading.Thread(target=attacker, args=(base, stop, statuses, lock, n), daemon=True)
               for n in range(attackers)]
    for thread in threads:
        thread.start()
    report = load.run_load(base, urls, name=f"{readers} readers, {attackers} attackers", clients=readers, think=1.0,
                           seconds=seconds, max_requests=10**9, server_pid=pid)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    return report, statuses


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--attackers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=40)
    args = parser.parse_args(argv)

    data_dir = Path(tempfile.mkdtemp(prefix="gazette-hammer-"))
    load.prepare_fixture_archive(data_dir)
    print(f"code: {load.ROOT}  ({load.CORES} cores, load average {os.getloadavg()[0]:.1f})")
    with load.gunicorn(data_dir) as (base, pid):
        urls, _ = load.probe(base, load.archive_urls(data_dir))
        for attackers in (0, args.attackers):
            report, statuses = run(base, urls, readers=args.readers, attackers=attackers, seconds=args.seconds,
                                   pid=pid)
            print("\n".join(report.lines()[:4]))
            if attackers:
                rate = sum(statuses.values()) / report.seconds
                print(f"  login attempts: {sum(statuses.values())} ({rate:.0f}/s), answers {dict(statuses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

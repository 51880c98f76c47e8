"""Load test: gunicorn with production settings on 127.0.0.1, a pool of client threads, figures printed.

    python bench/load.py                       # both runs of docs/production.md, 240-issue synthetic archive
    python bench/load.py --archive fixtures    # on the five fixture issues
    python bench/load.py --data-dir DIR        # on an archive already built there
    python bench/load.py --runs think --clients 50 --think 1 --seconds 60

Requests mix home, issue, document, person, statistics and search pages (plus a static file).
URLs come from the archive itself; a kind of page that does not answer (2xx/3xx) is reported and
left out of the mix, never crashed on. Bounded in requests and in time; 127.0.0.1 only.
The load generator shares the machine with the server: its CPU share is reported next to the
server's. `smoke_run()` is the short run the test suite calls.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
TICKS = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1
# Share of each kind of request in the mix (renormalised over the kinds that answer).
MIX = {"home": 10, "issue": 15, "document": 25, "person": 10, "statistics": 10, "search": 15, "search_api": 10,
       "static": 5}
# The archive's database: SQLite in the data dir unless --database-url says otherwise (the
# environment's DATABASE_URL is ignored on purpose: a load test must never write to production).
DATABASE_URL: str | None = None
SEARCH_WORDS = ["温州", "通知", "经济", "人民政府", "任命", "记事", "工业用地", "疫情防控", "统计", "规范性文件"]


# --- the archive and the server --------------------------------------------------------------

def manage(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(data_dir),
                            capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stderr[-2000:]}")
    return result


def production_env(data_dir: Path) -> dict:
    env = {**os.environ, "GAZETTE_DATA_DIR": str(data_dir), "DJANGO_DEBUG": "0",
           "DATABASE_URL": DATABASE_URL or f"sqlite:///{data_dir / 'gazette.sqlite3'}"}
    env.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    return env


def prepare_fixture_archive(data_dir: Path) -> None:
    """Migrate and ingest the five fixture issues (ingest skips files it already has)."""
    manage(data_dir, "migrate", "--noinput")
    manage(data_dir, "ingest", *sorted(str(p) for p in (ROOT / "fixtures" / "issues").glob("*.txt")))


def has_command(data_dir: Path, name: str) -> bool:
    result = subprocess.run([sys.executable, "manage.py", "help", name], cwd=ROOT, env=production_env(data_dir),
                            capture_output=True, text=True)
    return result.returncode == 0


def prepare_synthetic_archive(data_dir: Path, issues: int) -> None:
    """The search app's synthetic archive (fixtures under shifted identities), then its index."""
    manage(data_dir, "migrate", "--noinput")
    manage(data_dir, "build_synthetic_archive", "--issues", str(issues), "--yes")
    manage(data_dir, "rebuild_index", "--noinput")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(data_dir: Path, *, workers: int | None = None, env: dict | None = None):
    """gunicorn with `make serve`'s configuration on a free port; yields its base URL and pid.

    Workers are not recycled (GUNICORN_MAX_REQUESTS=0) unless `env` says otherwise.
    """
    manage(data_dir, "collectstatic", "--noinput", "--verbosity", "0")
    port = free_port()
    env = {**production_env(data_dir), "GUNICORN_BIND": f"{HOST}:{port}", "GUNICORN_ACCESS_LOG": "",
           "GUNICORN_MAX_REQUESTS": "0", **(env or {})}
    if workers:
        env["GUNICORN_WORKERS"] = str(workers)
    log = open(data_dir / "gunicorn-load.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gazette/gunicorn_conf.py", "gazette.wsgi:application"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_listening(port, server)
        yield f"http://{HOST}:{port}", server.pid
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _wait_until_listening(port: int, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}; see gunicorn-load.log in the data dir")
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start listening within a minute")


# --- which URLs to ask for --------------------------------------------------------------------

URLS_SCRIPT = r"""
import json
from django.urls import NoReverseMatch, reverse
from issues.models import Appointment, Document, Issue, StatisticsRow

def first_reverse(names, *args):
    for name in names:
        try:
            return reverse(name, args=args)
        except NoReverseMatch:
            continue
    return None

issues = list(Issue.objects.published())
search = first_reverse(["search:page", "search:search"]) or "/search/"
search_api = first_reverse(["search:api"]) or "/api/search/"
words = sorted({d.doc_number for d in Document.objects.filter(issue__status="published")[:40] if d.doc_number})
words += sorted({a.person for a in Appointment.objects.filter(issue__status="published")[:40]})
print(json.dumps({
    "home": [reverse("issues:home")],
    "issue": [i.get_absolute_url() for i in issues],
    "document": [d.get_absolute_url() for d in Document.objects.filter(issue__status="published")[:2000]],
    "person": sorted({reverse("issues:person", args=[a.person]) for a in Appointment.objects.filter(issue__status="published")[:500]}),
    "statistics": [reverse("issues:statistics_issue", args=[i.year, i.issue_no])
                   for i in issues if StatisticsRow.objects.filter(issue=i).exists()],
    "search": [search, search_api, words],
}, ensure_ascii=False))
"""


def archive_urls(data_dir: Path) -> dict[str, list[str]]:
    """Every URL of each kind the archive has (asked of Django in a subprocess)."""
    import json

    found = json.loads(manage(data_dir, "shell", "-c", URLS_SCRIPT).stdout.strip().splitlines()[-1])
    search_path, api_path, words = found.pop("search")
    queries = SEARCH_WORDS + words
    found["search"] = [f"{search_path}?q={quote(q)}" for q in queries]
    found["search_api"] = [f"{api_path}?q={quote(q)}" for q in queries]
    found["static"] = ["/static/admin/css/base.css", "/static/admin/js/theme.js"]
    return found


def probe(base: str, urls: dict[str, list[str]]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Keep the kinds whose first URL answers (2xx or 3xx); say why the others are left out."""
    available, unavailable = {}, {}
    connection = _connect(base)
    for kind, paths in urls.items():
        if not paths:
            unavailable[kind] = "nothing of this kind in the archive"
            continue
        try:
            status, _ = _get(connection, paths[0])
        except (OSError, http.client.HTTPException) as exc:
            connection = _connect(base)
            unavailable[kind] = f"{paths[0]}: {type(exc).__name__}"
            continue
        if _answered(status):
            available[kind] = paths
        else:
            unavailable[kind] = f"{paths[0]} answers {status}"
    return available, unavailable


# --- the load itself --------------------------------------------------------------------------

@dataclass
class Report:
    name: str
    clients: int
    think: float
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    generator_cpu: float = 0.0  # CPU seconds of this process during the run
    server_cpu: float = 0.0  # CPU seconds of gunicorn (master and workers) during the run
    unavailable: dict[str, str] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + len(self.errors)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float, kind: str | None = None) -> float:
        values = sorted(self.latencies.get(kind, []) if kind else [x for v in self.latencies.values() for x in v])
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000

    def lines(self) -> list[str]:
        share = lambda cpu: f"{100 * cpu / self.seconds / CORES:.0f}%" if self.seconds else "-"  # noqa: E731
        out = [
            f"{self.name}: {self.clients} clients, think {self.think:g} s, {self.seconds:.1f} s",
            f"  {self.requests} requests, {self.rate:.1f} req/s, errors {len(self.errors)}",
            f"  latency ms: p50 {self.percentile(50):.1f}  p95 {self.percentile(95):.1f}  p99 {self.percentile(99):.1f}",
            f"  CPU of {CORES} cores: load generator {share(self.generator_cpu)}, gunicorn {share(self.server_cpu)}",
        ]
        for kind, values in sorted(self.latencies.items()):
            out.append(f"    {kind:<10} n={len(values):<6} p50 {self.percentile(50, kind):7.1f}  "
                       f"p95 {self.percentile(95, kind):7.1f}  p99 {self.percentile(99, kind):7.1f}")
        for kind, why in sorted(self.unavailable.items()):
            out.append(f"    {kind:<10} not in the mix: {why}")
        out.extend(f"    error: {e}" for e in self.errors[:5])
        return out


def run_load(base: str, urls: dict[str, list[str]], *, name: str, clients: int, think: float, seconds: float,
             max_requests: int, server_pid: int | None = None) -> Report:
    """`clients` threads, each: pick a URL from the mix, GET it, think; until time or requests run out."""
    report = Report(name=name, clients=clients, think=think, latencies={kind: [] for kind in urls})
    kinds = list(urls)
    weights = [MIX.get(kind, 1) for kind in kinds]
    lock = threading.Lock()
    budget = [max_requests]
    deadline = time.monotonic() + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        connection = _connect(base)
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            kind = rng.choices(kinds, weights)[0]
            path = rng.choice(urls[kind])
            start = time.perf_counter()
            try:
                status, _ = _get(connection, path)
            except (OSError, http.client.HTTPException) as exc:
                connection.close()
                connection = _connect(base)
                status = f"{type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - start
            with lock:
                if _answered(status):
                    report.latencies[kind].append(elapsed)
                else:
                    report.errors.append(f"{path} -> {status}")
            if think:
                time.sleep(think * rng.uniform(0.5, 1.5))
        connection.close()

    cpu_before, server_before, start = _own_cpu(), _server_cpu(server_pid), time.monotonic()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
        if think:
            time.sleep(think / clients)  # spread the first requests over one think time
    for thread in threads:
        thread.join(timeout=seconds + 30)
    report.seconds = time.monotonic() - start
    report.generator_cpu = _own_cpu() - cpu_before
    report.server_cpu = _server_cpu(server_pid) - server_before
    return report


def saturation(base: str, urls: dict[str, list[str]], *, steps: list[int], seconds: float, max_requests: int,
               server_pid: int | None = None) -> tuple[list[Report], Report | None]:
    """No think time, more clients each step; the best step without errors is the sustained maximum."""
    reports = []
    for clients in steps:
        report = run_load(base, urls, name=f"saturation/{clients}", clients=clients, think=0, seconds=seconds,
                          max_requests=max_requests, server_pid=server_pid)
        reports.append(report)
        if report.errors:
            break
    clean = [r for r in reports if not r.errors]
    return reports, max(clean, key=lambda r: r.rate) if clean else None


def _answered(status) -> bool:
    """A page or a redirect (search for a doc number redirects to the document); not an error."""
    return isinstance(status, int) and 200 <= status < 400


def _connect(base: str) -> http.client.HTTPConnection:
    host, port = base.removeprefix("http://").split(":")
    assert host == HOST, "the load test only ever talks to 127.0.0.1"
    return http.client.HTTPConnection(host, int(port), timeout=30)


def _get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    return response.status, response.read()


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _server_cpu(pid: int | None) -> float:
    """CPU seconds of the gunicorn master, its live workers and the workers it has reaped."""
    if not pid:
        return 0.0
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ppid, utime, stime, cutime, cstime = int(fields[1]), *map(int, fields[11:15])
        if int(proc.name) == pid:
            total += utime + stime + cutime + cstime
        elif ppid == pid:
            total += utime + stime
    return total / TICKS


# --- entry points -----------------------------------------------------------------------------

def smoke_run(data_dir: Path, *, clients: int = 4, seconds: float = 3, max_requests: int = 300) -> Report:
    """The short run the test suite calls: fixture archive, no think time, a few seconds."""
    prepare_fixture_archive(data_dir)
    with gunicorn(data_dir, workers=2) as (base, pid):
        available, unavailable = probe(base, archive_urls(data_dir))
        report = run_load(base, available, name="smoke", clients=clients, think=0, seconds=seconds,
                          max_requests=max_requests, server_pid=pid)
    report.unavailable = unavailable
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="an archive already built (default: a new temp dir)")
    parser.add_argument("--database-url", help="the archive's database (default: SQLite in the data dir)")
    parser.add_argument("--archive", choices=["auto", "synthetic", "fixtures"], default="auto",
                        help="what to build in a new data dir; auto: synthetic if the search app can build it")
    parser.add_argument("--issues", type=int, default=240, help="issues in the synthetic archive")
    parser.add_argument("--runs", default="think,saturation", help="think, saturation or both (comma-separated)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=60, help="length of the think-time run")
    parser.add_argument("--steps", default="2,4,8,16", help="clients per saturation step")
    parser.add_argument("--step-seconds", type=float, default=15)
    parser.add_argument("--max-requests", type=int, default=20000, help="cap per run or step")
    args = parser.parse_args(argv)

    global DATABASE_URL
    DATABASE_URL = args.database_url
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="gazette-load-"))
    if not args.data_dir:
        archive = args.archive
        if archive == "auto":
            archive = "synthetic" if has_command(data_dir, "build_synthetic_archive") else "fixtures"
        start = time.monotonic()
        if archive == "synthetic":
            prepare_synthetic_archive(data_dir, args.issues)
        else:
            prepare_fixture_archive(data_dir)
        print(f"built the {archive} archive in {time.monotonic() - start:.0f} s")
    print(f"archive: {data_dir}  ({CORES} cores, load average before the runs: {os.getloadavg()[0]:.1f})")
    with gunicorn(data_dir) as (base, pid):
        available, unavailable = probe(base, archive_urls(data_dir))
        for kind, why in sorted(unavailable.items()):
            print(f"not in the mix: {kind}: {why}")
        if not available:
            print("no page answers 200: nothing to load")
            return 1
        runs = set(args.runs.split(","))
        if "think" in runs:
            report = run_load(base, available, name="think-time", clients=args.clients, think=args.think,
                              seconds=args.seconds, max_requests=args.max_requests, server_pid=pid)
            report.unavailable = unavailable
            print("\n".join(report.lines()))
        if "saturation" in runs:
            steps = [int(n) for n in args.steps.split(",")]
            reports, best = saturation(base, available, steps=steps, seconds=args.step_seconds,
                                       max_requests=args.max_requests, server_pid=pid)
            for report in reports:
                print("\n".join(report.lines()[:4]))
            if best:
                print(f"maximum sustained without errors: {best.rate:.1f} req/s ({best.clients} clients, "
                      f"p95 {best.percentile(95):.1f} ms)")
            else:
                print("every saturation step had errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

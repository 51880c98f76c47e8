"""Data dump benchmark: build time, peak Python memory and ZIP size (prints figures; not a test).

Runs in a scratch data dir (never the real database): the five fixture issues, then the synthetic
archive of manage.py build_synthetic_archive (240 issues by default). Each build is forced
(`build_dump(force=True)`) and timed; the best of --rounds is printed, with the peak of Python
allocations during one build (tracemalloc) and the time to stream the file through /data/.

    .venv/bin/python bench/dump_bench.py [--issues 240] [--rounds 3] [--database-url postgres://…]
"""

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--issues", type=int, default=240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url", help="an empty database to use instead of a scratch SQLite file")
    return parser.parse_args()


ARGS = arguments()
SCRATCH = tempfile.mkdtemp(prefix="gazette-dump-bench-")
os.environ["DJANGO_SETTINGS_MODULE"] = "gazette.settings"
os.environ["GAZETTE_DATA_DIR"] = SCRATCH
os.environ["DATABASE_URL"] = ARGS.database_url or f"sqlite:///{SCRATCH}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from issues.models import Issue  # noqa: E402
from opendata.dump import build_dump  # noqa: E402


def measure(label: str) -> None:
    seconds = []
    for _ in range(ARGS.rounds):
        start = time.perf_counter()
        manifest, _ = build_dump(force=True)
        seconds.append(time.perf_counter() - start)
    tracemalloc.start()
    build_dump(force=True)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    manifest, _ = build_dump()
    start = time.perf_counter()
    response = Client().get(f"/data/{manifest.download_name}")
    served = sum(len(chunk) for chunk in response.streaming_content)
    serve_ms = (time.perf_counter() - start) * 1000
    rows = sum(n for name, n in manifest.counts.items() if name != "issues")
    print(f"{label}: {manifest.counts['issues']} issues, {rows} records | build best {min(seconds):.2f} s "
          f"(of {', '.join(f'{s:.2f}' for s in seconds)}) | peak Python memory {peak / 2**20:.1f} MiB | "
          f"ZIP {manifest.size / 2**20:.2f} MiB | served {served / 2**20:.2f} MiB in {serve_ms:.0f} ms")


def main() -> None:
    print(f"scratch dir {SCRATCH}, database {os.environ['DATABASE_URL'].split('@')[-1]}")
    call_command("migrate", verbosity=0)
    if Issue.objects.exists():
        sys.exit("the database already holds issues: give an empty one")
    call_command("ingest", *map(str, sorted((ROOT / "fixtures" / "issues").glob("*.txt"))), verbosity=0,
                 stdout=open(os.devnull, "w"))
    measure("fixtures")
    Issue.objects.all().delete()
    call_command("build_synthetic_archive", issues=ARGS.issues, stdout=open(os.devnull, "w"))
    measure("synthetic")


if __name__ == "__main__":
    main()

"""Parse time per fixture issue and ingest time for all fixtures (prints figures; not a test)."""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ.setdefault("GAZETTE_DATA_DIR", tempfile.mkdtemp(prefix="gazette-bench-"))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from issues.parser import parse_issue  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures" / "issues").glob("*.txt"))
REPEAT = 20


def main():
    print(f"parse time per issue ({REPEAT} runs each):")
    for path in FIXTURES:
        text = path.read_text(encoding="utf-8")
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            parse_issue(text)
            times.append(time.perf_counter() - start)
        print(f"  {path.name}: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    call_command("ingest", *[str(p) for p in FIXTURES], "--force", stdout=open(os.devnull, "w"))
    print(f"ingest of all {len(FIXTURES)} fixtures (incl. indexing): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()

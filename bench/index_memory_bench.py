"""Memory of indexing an issue with a huge back matter (issue 19, finding 5; prints figures, not a test).

The fixture issue 2020-06 is ingested into a throw-away SQLite archive, its back matter replaced by
BACK_MATTER_CHARS characters, and the issue indexed again (as publishing does): the resident memory
of the process before and after, and its peak, are printed. Indexing that loads the back matter with every record
costs it once per record.

    python bench/index_memory_bench.py               # this checkout's code
    python bench/index_memory_bench.py --code DIR    # another checkout's (e.g. `git archive` of main: before)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BACK_MATTER_CHARS = 1_900_000

MEASURE = r"""
import gc
from issues.models import Issue
from search.indexing import index_issue

def rss_mb(field="VmRSS"):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024

issue = Issue.objects.published().get(year=2020, issue_no=6)
Issue.objects.filter(pk=issue.pk).update(back_matter=["公告" * (%d // 2)])
issue = Issue.objects.published().defer("back_matter").get(pk=issue.pk)
gc.collect()
before = rss_mb()
documents = index_issue(issue)
gc.collect()
print(f"{documents} documents indexed; resident memory {before:.0f} MB before, {rss_mb():.0f} MB after "
      f"(+{rss_mb() - before:.0f} MB), peak {rss_mb('VmHWM'):.0f} MB (+{rss_mb('VmHWM') - before:.0f} MB)")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT)
    code = parser.parse_args().code.resolve()
    with tempfile.TemporaryDirectory(prefix="index-memory-") as folder:
        env = {**os.environ, "GAZETTE_DATA_DIR": folder, "DATABASE_URL": f"sqlite:///{folder}/gazette.sqlite3"}
        for args in (["migrate", "--noinput"], ["ingest", str(ROOT / "fixtures" / "issues" / "2020-06.txt")],
                     ["shell", "-c", MEASURE % BACK_MATTER_CHARS]):
            result = subprocess.run([sys.executable, "manage.py", *args], cwd=code, env=env, capture_output=True,
                                    text=True)
            if result.returncode:
                print(result.stderr[-2000:], file=sys.stderr)
                return 1
    print(f"code: {code}; back matter {BACK_MATTER_CHARS:,} characters")
    print(result.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())

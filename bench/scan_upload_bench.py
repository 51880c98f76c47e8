"""A whole scanned issue through the upload path staff use (not a test): how long until it is ready for review,
how often its progress moves, and the reading process's peak memory.

A fixture issue is printed by tests/pdfgen (default 2020-09 in the large-print layout: 50 pages, about a whole
issue's 48), scanned by bench/heldout/degrade.py (tests/scans.scan_of: 200 dpi, skew, blur, specks, no text layer),
received as an upload (Upload.objects.receive, as the admin's upload form does) and processed by Upload.process,
which is what the background worker runs for it (issues/tasks.py). Every progress report the upload writes is
timed, so the longest wait between two visible updates is printed beside the total.

Issue 12's target: a 48-page scanned issue ready for review in under 15 minutes on this 2-core machine, with
progress visible throughout. The machine is shared: the load average before and after is printed with the
figures, and CPU seconds beside wall seconds.

    .venv/bin/python bench/scan_upload_bench.py [--issue 2020-09] [--layout large-print] [--pages N] [--seed 12]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ["GAZETTE_DATA_DIR"] = tempfile.mkdtemp(prefix="gazette-scan-bench-")
os.environ.pop("DATABASE_URL", None)  # an embedded SQLite archive of its own

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402

from issues.uploads import Upload  # noqa: E402
from tests.pdfgen import LAYOUTS, issue_pdf  # noqa: E402
from tests.scans import pages_of, scan_of  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--issue", default="2020-09")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="large-print")
    parser.add_argument("--pages", type=int, help="only the first N printed pages")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)

    call_command("migrate", verbosity=0)
    text = (ROOT / "fixtures" / "issues" / f"{args.issue}.txt").read_text(encoding="utf-8")
    printed = issue_pdf(text, LAYOUTS[args.layout]).pdf
    if args.pages:
        printed = pages_of(printed, list(range(args.pages)))
    started = time.perf_counter()
    scan = scan_of(printed, Path(tempfile.mkdtemp(prefix="scan-")), seed=args.seed)
    print(f"{args.issue} ({args.layout}): scanned in {time.perf_counter() - started:.0f} s, {len(scan) / 1e6:.1f} MB")

    upload = Upload.objects.receive(ContentFile(scan, name=f"{args.issue}-scan.pdf"))
    updates: list[tuple[float, str]] = []
    report, page_counts = upload.report, [0]

    def timed_report(stage, done, total):
        report(stage, done, total)
        page_counts.append(total)
        updates.append((time.perf_counter(), upload.progress))

    upload.report = timed_report
    load_before = os.getloadavg()
    cpu_before, started = cpu_seconds(), time.perf_counter()
    outcome = upload.process()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before
    load_after = os.getloadavg()

    upload.refresh_from_db()
    pages = max(page_counts)  # the page count the reading reported (cleared once it saves)
    moments = [started] + [moment for moment, _ in updates] + [started + wall]
    longest = max(later - earlier for earlier, later in zip(moments, moments[1:]))
    print(f"outcome: {outcome} ({upload.get_state_display()}){'; ' + upload.error if upload.error else ''}")
    if upload.issue:
        issue = upload.issue
        print(f"draft: {issue.label}, {issue.document_set.count()} documents, {len(issue.loss_warnings)} loss warnings "
              f"of {len(issue.parse_warnings)}")
    print(f"pages: {pages}; ready for review after {wall / 60:.1f} min wall ({wall / max(pages, 1):.1f} s/page), "
          f"CPU {cpu / 60:.1f} min; a 48-page scan ≈ {wall / max(pages, 1) * 48 / 60:.1f} min at this speed")
    print(f"progress: {len(updates)} updates, the longest wait between two {longest:.0f} s; "
          f"first {updates[0][1] if updates else '—'!r}, last {updates[-1][1] if updates else '—'!r}")
    print(f"load average (1 min) before {load_before[0]:.1f}, after {load_after[0]:.1f} on {os.cpu_count()} cores")
    print(f"peak memory of the process {peak_mb():.0f} MB")
    return 0 if outcome == "saved" else 1


if __name__ == "__main__":
    sys.exit(main())

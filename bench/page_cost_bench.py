"""What a public page costs as the archive grows: uncached render times at 5 and at 240 issues.

Prints, for each public page kind, the median and p95 wall and CPU time of an uncached request
(the page cache is cleared before every request) through the full middleware stack, on a
synthetic archive (`manage.py build_synthetic_archive`) in a scratch GAZETTE_DATA_DIR, SQLite,
DEBUG off. A page whose cost grows with the archive but not with what it shows is a finding.
CPU time is what this process spent; on a busy machine wall time is higher and CPU time a little
(shared cores), so the load average is printed with each run and the targets are judged on both.

Targets (issue 18): /statistics/ under 50 ms at 240 issues; the page of a person with 150
appointments under 20 ms. The bench person is added with exactly that many appointments, spread
over the issues, since the fixtures' people have at most three a copy. Not a test: it prints.

    .venv/bin/python bench/page_cost_bench.py [--sizes 5 240] [--repeat 30]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ.setdefault("GAZETTE_DATA_DIR", tempfile.mkdtemp(prefix="gazette-page-cost-"))
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from issues.models import Appointment, Document, Issue  # noqa: E402

BENCH_PERSON = "测试人"
BENCH_APPOINTMENTS = 150
TARGETS_MS = {"statistics": 50, "person (150 appointments)": 20}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 240])
    parser.add_argument("--repeat", type=int, default=30)
    return parser.parse_args()


def grow_archive_to(size: int) -> None:
    call_command("build_synthetic_archive", issues=size, yes=True, stdout=open(os.devnull, "w"))
    issues = list(Issue.objects.published().order_by("year", "issue_no"))
    Appointment.objects.filter(person=BENCH_PERSON).delete()
    count = min(BENCH_APPOINTMENTS, len(issues) * 3)
    Appointment.objects.bulk_create(
        Appointment(issue=issues[n % len(issues)], order=1000 + n, person=BENCH_PERSON,
                    action=["appoint", "dismiss"][n % 2], position=f"温州市某局副局长{n % 7}", decided_by="市人民政府决定")
        for n in range(count)
    )


def pages() -> dict[str, str]:
    latest = Issue.objects.published().newest_first().first()
    busiest_issue = (Issue.objects.published().annotate(n=Count("document")).order_by("-n", "year", "issue_no").first())
    document = Document.objects.published().filter(issue=busiest_issue).order_by("order").first()
    post = Appointment.objects.filter(person=BENCH_PERSON).values_list("position", flat=True).first()
    return {
        "home": reverse("issues:home"),
        "issue list": reverse("issues:issue_list"),
        "issue page": busiest_issue.get_absolute_url(),
        "document": document.get_absolute_url(),
        "issue statistics": reverse("issues:statistics_issue", args=[latest.year, latest.issue_no]),
        "statistics": reverse("issues:statistics"),
        "people index": reverse("issues:people"),
        "person (150 appointments)": reverse("issues:person", args=[BENCH_PERSON]),
        "post": reverse("issues:post", args=[post]),
        "posts index": reverse("issues:posts"),
        "documents list": reverse("issues:documents"),
    }


def measure(client: Client, url: str, repeat: int) -> tuple[list[float], list[float]]:
    cache.clear()
    assert client.get(url).status_code == 200, url  # warm up and check
    wall, cpu = [], []
    for _ in range(repeat):
        cache.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return sorted(wall), sorted(cpu)


def p95(times: list[float]) -> float:
    return times[max(0, int(len(times) * 0.95) - 1)]


def main(args: argparse.Namespace) -> None:
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()
    results: dict[str, dict[int, float]] = {}
    for size in args.sizes:
        started = time.perf_counter()
        grow_archive_to(size)
        print(f"\n{size} issues (built in {time.perf_counter() - started:.0f} s; SQLite, DEBUG off, uncached, "
              f"{args.repeat} requests each, load {os.getloadavg()[0]:.1f}):")
        for name, url in pages().items():
            wall, cpu = measure(client, url, args.repeat)
            results.setdefault(name, {})[size] = statistics.median(wall)
            target = TARGETS_MS.get(name)
            verdict = "" if target is None or size != max(args.sizes) else (
                f"  target {target} ms: wall {'ok' if statistics.median(wall) < target else 'OVER'}, "
                f"cpu {'ok' if statistics.median(cpu) < target else 'OVER'}")
            print(f"  {name:26} wall p50 {statistics.median(wall):7.1f} p95 {p95(wall):7.1f} ms | "
                  f"cpu min {cpu[0]:7.1f} p50 {statistics.median(cpu):7.1f} ms{verdict}")
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        print(f"\ngrowth from {small} to {large} issues (wall p50):")
        for name, by_size in results.items():
            print(f"  {name:26} {by_size[small]:7.1f} -> {by_size[large]:7.1f} ms  x{by_size[large] / by_size[small]:.1f}")


if __name__ == "__main__":
    main(arguments())

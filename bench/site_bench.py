"""Render times of the public site on the five fixtures, SQLite, DEBUG off (prints figures; not a test).

Reports median and p95 over REPEAT requests through the full middleware stack (Django test client)
for the largest issue page, the longest document page, the statistics page and a few others.
Target: p50 under 30 ms each.
"""

import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ.setdefault("GAZETTE_DATA_DIR", tempfile.mkdtemp(prefix="gazette-site-bench-"))
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db.models.functions import Length  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from issues.ingest import ingest_path  # noqa: E402
from issues.models import Appointment, Document, Issue  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures" / "issues").glob("*.txt"))
REPEAT = 50


def without_search_hook_if_missing():
    if importlib.util.find_spec("search.backend") is None:
        from django.core.signals import request_started
        from haystack import reset_search_queries

        request_started.disconnect(reset_search_queries)
        print("(search/backend.py not present: haystack's per-request hook disabled for this run)")


def pages() -> dict[str, str]:
    biggest_issue = max(Issue.objects.published(), key=lambda i: i.section_set.count() + i.document_set.count())
    longest = Document.objects.published().annotate(n=Length("body")).order_by("-n").first()
    found = {
        "home": "/",
        f"issue page {biggest_issue.label}": biggest_issue.get_absolute_url(),
        "statistics page": reverse("issues:statistics"),
    }
    if longest:
        found[f"longest document ({longest.n} chars)"] = longest.get_absolute_url()
    person = Appointment.objects.values_list("person", flat=True).first()
    if person:
        found["person page"] = reverse("issues:person", args=[person])
    found["API issue"] = reverse("issues:api_issue", args=[biggest_issue.year, biggest_issue.issue_no])
    return found


def measure(client: Client, url: str) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds per request (CPU time is what this process spent, whatever the machine's load)."""
    assert client.get(url).status_code == 200, url  # warm up and check
    wall, cpu = [], []
    for _ in range(REPEAT):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return sorted(wall), sorted(cpu)


def p50_p95(times: list[float]) -> tuple[float, float]:
    return statistics.median(times) * 1000, times[int(len(times) * 0.95) - 1] * 1000


def main():
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    without_search_hook_if_missing()
    for path in FIXTURES:
        ingest_path(path, force=True)
    client = Client()
    print(f"render time, {REPEAT} requests each (SQLite, DEBUG={django.conf.settings.DEBUG}, load {os.getloadavg()[0]:.1f}):")
    for name, url in pages().items():
        wall, cpu = measure(client, url)
        (p50, p95), (cpu50, cpu95) = p50_p95(wall), p50_p95(cpu)
        verdict = "ok" if p50 < 30 else "OVER 30 ms"
        print(f"  {name:34} wall p50 {p50:6.1f} p95 {p95:6.1f} ms | cpu p50 {cpu50:6.1f} p95 {cpu95:6.1f} ms  {verdict}")


if __name__ == "__main__":
    main()

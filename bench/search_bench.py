"""Search benchmark: index build time and size, API latency p50/p95 (prints figures; not a test).

Runs in a scratch data dir (never the real database): first on the five fixture issues, then on
the synthetic 240-issue archive (manage.py build_synthetic_archive). Latency is measured through
/api/search/ with Django's test client, single process, 10 results a page, for a fixed set of
about 100 queries (words, phrases, doc numbers in several spellings, names, filters), with and
without snippets. Targets (240 issues): p95 < 50 ms without snippets, < 100 ms with; build < 5 min.

    .venv/bin/python bench/search_bench.py [--issues 240] [--rounds 3]
    .venv/bin/python bench/search_bench.py --reuse /tmp/gazette-search-bench-XXXX  # the archive of an earlier run

--reuse skips the fixtures and the synthetic archive's generation: it rebuilds the index of the
archive an earlier run left in its scratch dir (printed at the start) and measures again.
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


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--issues", type=int, default=240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reuse", metavar="SCRATCH_DIR", help="measure the archive an earlier run left there")
    return parser.parse_args()


ARGS = arguments()
SCRATCH = ARGS.reuse or tempfile.mkdtemp(prefix="gazette-search-bench-")
os.environ["DJANGO_SETTINGS_MODULE"] = "gazette.settings"
os.environ["GAZETTE_DATA_DIR"] = SCRATCH
os.environ["DATABASE_URL"] = f"sqlite:///{SCRATCH}/bench.sqlite3"
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from issues.models import Appointment, Document, Issue  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures" / "issues").glob("*.txt"))

WORDS = [
    "城市", "人口", "工业用地", "疫情防控", "营商环境", "数字经济", "乡村振兴", "教育", "医疗", "养老",
    "交通", "住房", "财政", "税收", "环境保护", "安全生产", "温州", "瓯江", "科技创新", "人才",
    "消防", "民营经济", "招商引资", "社会保障", "公共服务", "生态", "农业", "旅游", "文化", "体育",
    "城市 更新", "人口 集聚", "土地 出让", "企业 减负", "防汛 防台", "食品 安全", "统计 数据", "市长 会议",
    "工业用地 OR 商业用地", "城市 -农村",
]
PHRASES = [
    '"千万级常住人口城市"', '"高质量发展"', '"营商环境"', '"工业用地"', '"市政府常务会议"', '"人民政府办公室"',
    '"全周期管理"', '"政策解读"', '"试用期一年"', '"疫情防控"', '"共同富裕"', '"温州市人民政府"',
    '"人口城市千万级"', '"有关单位"', '"数字化改革"',
]
HOSTILE = ["((", '"未闭合', "*", "<script>", "title:城市", "AND OR NOT"]
FILTERS = [
    {"q": "城市", "type": "document"}, {"q": "会议", "type": "chronicle", "sort": "date"},
    {"q": "温州", "year": "2020"}, {"q": "管理", "category": "发文目录"},
    {"q": "人民政府", "date_from": "2020-01-01", "date_to": "2020-12-31"}, {"type": "appointment"},
    {"q": "发展", "sort": "date"}, {"q": "发展", "page": "3"}, {"q": "通知", "type": "issued", "page": "2"},
]


def number_spellings(doc_number: str) -> list[str]:
    return [doc_number, doc_number.replace("〔", "[").replace("〕", "]"), doc_number.replace("〔", "（").replace("〕", "）")]


def query_set() -> list[dict]:
    """About 100 queries; numbers and names come from the archive in a fixed order."""
    queries = [{"q": q} for q in WORDS + PHRASES + HOSTILE] + list(FILTERS)
    numbers = list(Document.objects.exclude(doc_key="").order_by("id").values_list("doc_number", flat=True))
    step = max(1, len(numbers) // 6)
    for number in numbers[::step][:6]:
        queries += [{"q": spelling} for spelling in number_spellings(number)]
    codes = list(Document.objects.exclude(registration_code="").order_by("id").values_list("registration_code", flat=True))
    queries += [{"q": code.lower()} for code in codes[:: max(1, len(codes) // 4)][:4]]
    queries += [{"q": "温政发〔1999〕999号"}]
    names = sorted(set(Appointment.objects.values_list("person", flat=True)))
    queries += [{"q": name} for name in names[:: max(1, len(names) // 10)][:10]]
    return queries


def index_size() -> int:
    path = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())


def build_index() -> tuple[float, float, int]:
    start, start_cpu = time.perf_counter(), time.process_time()
    call_command("rebuild_index", interactive=False, verbosity=0)
    return time.perf_counter() - start, time.process_time() - start_cpu, index_size()


def latencies(client: Client, queries: list[dict], snippets: bool, rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per request (CPU shows the cost when the machine is busy)."""
    wall, cpu = [], []
    for _ in range(rounds):
        for params in queries:
            params = {**params, "snippets": "1" if snippets else "0"}
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get("/api/search/", params)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            if response.status_code not in (200, 400):
                raise SystemExit(f"{params}: HTTP {response.status_code}")
    return wall, cpu


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(label: str, rounds: int) -> None:
    issues = Issue.objects.count()
    build_seconds, build_cpu, size = build_index()
    from search.indexing import backend

    docs = backend().searcher().doc_count()
    print(f"\n== {label}: {issues} issues, {docs} index documents")
    print(f"index build (manage.py rebuild_index): {build_seconds:.1f} s (CPU {build_cpu:.1f} s), size {size / 1024 / 1024:.1f} MB")
    client = Client()
    queries = query_set()
    latencies(client, queries, snippets=True, rounds=1)  # warm-up: searcher, caches
    for snippets in (False, True):
        wall, cpu = latencies(client, queries, snippets, rounds)
        print(
            f"API latency {'with' if snippets else 'without'} snippets, {len(queries)} queries x {rounds}: "
            f"p50 {statistics.median(wall):.1f} ms, p95 {percentile(wall, 95):.1f} ms, max {max(wall):.1f} ms "
            f"(CPU time p50 {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 95):.1f} ms)"
        )
    slowest = sorted(((min(latencies(client, [q], True, 3)[1]), q) for q in queries), key=lambda item: -item[0])[:5]
    print("slowest queries (CPU ms, with snippets): " + "; ".join(f"{q} {t:.0f}" for t, q in slowest))


def main(args: argparse.Namespace):
    print(f"scratch data dir: {SCRATCH}")
    if args.reuse:
        report("reused archive", args.rounds)
        return
    call_command("migrate", verbosity=0)
    call_command("ingest", *[str(p) for p in FIXTURES], stdout=open(os.devnull, "w"))
    report("fixtures", args.rounds)
    Issue.objects.all().delete()
    start = time.perf_counter()
    call_command("build_synthetic_archive", "--issues", str(args.issues), stdout=open(os.devnull, "w"))
    print(f"\n(synthetic archive saved to the database in {time.perf_counter() - start:.1f} s)")
    report("synthetic archive", args.rounds)


if __name__ == "__main__":
    main(ARGS)

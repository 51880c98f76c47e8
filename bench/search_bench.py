"""Search benchmark: both engines on the same archive and queries, in one run (prints figures; not a test).

Runs on a scratch database (never the real one): the synthetic 20-year archive (manage.py
build_synthetic_archive: the fixtures copied with shifted identities). With --database pointing at a
scratch PostgreSQL database both engines are measured on it, PostgreSQL full-text search and Whoosh
(its index in the scratch dir); on SQLite Whoosh only. For each engine: `rebuild_index` wall and CPU
time, index size, API latency p50/p95 through Django's test client (single process, 10 results a page)
for a fixed set of about 100 queries (words, phrases, doc numbers in several spellings, names,
filters), with and without snippets; then, on PostgreSQL, the ingest of one text issue with indexing.
Targets (issue 22), 240 issues: both engines p95 < 30 ms plain, < 60 ms with snippets; 2,400 issues on
PostgreSQL: p95 < 50 / 100 ms, one ingest with indexing < 1 s.

    .venv/bin/python bench/search_bench.py --database postgres://postgres@127.0.0.1:5432/SCRATCH [--issues 240]
    .venv/bin/python bench/search_bench.py --database ... --reuse     # the archive and its PostgreSQL index
                                                                       # already there: measure again

The scratch database is emptied first (its issues replaced) unless --reuse.
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
    parser.add_argument("--database", help="a scratch PostgreSQL database URL (default: SQLite in the scratch dir)")
    parser.add_argument("--reuse", action="store_true",
                        help="measure the archive (and PostgreSQL index) already in --database")
    parser.add_argument("--engines", default="postgres,whoosh", help="which engines to measure, in order")
    parser.add_argument("--slowest", type=int, default=5, help="how many of the slowest queries to list")
    return parser.parse_args()


ARGS = arguments()
SCRATCH = tempfile.mkdtemp(prefix="gazette-search-bench-")
os.environ["DJANGO_SETTINGS_MODULE"] = "gazette.settings"
os.environ["GAZETTE_DATA_DIR"] = SCRATCH
os.environ["DATABASE_URL"] = ARGS.database or f"sqlite:///{SCRATCH}/bench.sqlite3"
os.environ.pop("GAZETTE_SEARCH_ENGINE", None)
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from issues.ingest import ingest_path  # noqa: E402
from issues.models import Appointment, Document, Issue  # noqa: E402
from search.indexing import backend, remove_issue  # noqa: E402

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


INDEX_TABLES = ("search_entry", "search_text", "search_word", "search_facet")  # with their indexes and TOAST


def index_size() -> tuple[int, int, int]:
    """(records, index rows or documents, bytes) of the current engine's index."""
    if settings.SEARCH_ENGINE == "postgres":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(DISTINCT identifier), count(*), " + " + ".join(
                f"pg_total_relation_size('{table}')" for table in INDEX_TABLES) + " FROM search_entry")
            return cursor.fetchone()
    path = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    docs = backend().searcher().doc_count()
    return docs, docs, sum(f.stat().st_size for f in path.iterdir() if f.is_file())


def build_index() -> tuple[float, float]:
    start, start_cpu = time.perf_counter(), time.process_time()
    call_command("rebuild_index", interactive=False, verbosity=0)
    return time.perf_counter() - start, time.process_time() - start_cpu


def engine_settings(engine: str):
    return override_settings(SEARCH_ENGINE=engine, HAYSTACK_CONNECTIONS={"default": {
        "ENGINE": settings.SEARCH_ENGINES[engine], "PATH": str(Path(SCRATCH) / "whoosh_index")}})


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


def server_cpu_seconds() -> float:
    """CPU time used so far by this connection's PostgreSQL server process (0 on SQLite): a query's cost
    on the server is not in this process's CPU time. /proc counts in clock ticks, so only totals over
    many queries mean anything."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settings_line() -> str:
    """What the server's cache can hold and each table's size (docs/production.md: size shared_buffers)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('shared_buffers'), current_setting('random_page_cost'), "
                       + ", ".join(f"pg_size_pretty(pg_total_relation_size('{t}'))" for t in INDEX_TABLES))
        shared, page_cost, *sizes = cursor.fetchone()
    return (f"shared_buffers {shared}, random_page_cost {page_cost}; "
            + ", ".join(f"{t} {size}" for t, size in zip(INDEX_TABLES, sizes)))


def load() -> str:
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(engine: str, rounds: int, rebuild: bool, listed: int) -> None:
    issues = Issue.objects.count()
    build = "kept from the earlier run"
    if rebuild:
        build_seconds, build_cpu = build_index()
        build = f"{build_seconds:.1f} s (CPU {build_cpu:.1f} s)"
    records, rows, size = index_size()
    print(f"\n== {engine}: {issues} issues, {records} records in {rows} index rows/documents")
    print(f"index build (manage.py rebuild_index): {build}, size {size / 1024 / 1024:.1f} MB; load average {load()}")
    if engine == "postgres":
        print("PostgreSQL: " + settings_line())
    client = Client()
    queries = query_set()
    latencies(client, queries, snippets=True, rounds=1)  # warm-up: searcher, caches
    for snippets in (False, True):
        server_before = server_cpu_seconds()
        wall, cpu = latencies(client, queries, snippets, rounds)
        server = (server_cpu_seconds() - server_before) * 1000 / len(wall)
        print(
            f"API latency {'with' if snippets else 'without'} snippets, {len(queries)} queries x {rounds}: "
            f"p50 {statistics.median(wall):.1f} ms, p95 {percentile(wall, 95):.1f} ms, max {max(wall):.1f} ms "
            f"(CPU time p50 {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 95):.1f} ms; "
            f"database server CPU {server:.1f} ms a query on average; load average {load()})"
        )
    slowest = sorted(((min(latencies(client, [q], True, 3)[0]), q) for q in queries), key=lambda item: -item[0])[:listed]
    print("slowest queries (wall ms, with snippets): " + "; ".join(f"{q} {t:.0f}" for t, q in slowest))
    if engine == "postgres":
        start, start_cpu, server_before = time.perf_counter(), time.process_time(), server_cpu_seconds()
        ingest_path(FIXTURES[0], force=True, year=2099, issue_no=1)
        print(f"ingest of one text issue ({FIXTURES[0].name}) with indexing: {time.perf_counter() - start:.2f} s "
              f"(CPU {time.process_time() - start_cpu:.2f} s + database server {server_cpu_seconds() - server_before:.2f} s); "
              f"load average {load()}")
        remove_issue(2099, 1)
        Issue.objects.filter(year=2099).delete()


def main(args: argparse.Namespace):
    print(f"scratch data dir: {SCRATCH}; database: {settings.DATABASES['default']['ENGINE']}")
    call_command("migrate", verbosity=0)
    if not args.reuse:
        Issue.objects.all().delete()
        start = time.perf_counter()
        call_command("build_synthetic_archive", "--issues", str(args.issues), stdout=open(os.devnull, "w"))
        print(f"synthetic archive of {args.issues} issues saved to the database in {time.perf_counter() - start:.1f} s")
    engines = [e for e in args.engines.split(",") if e == "whoosh" or settings.ON_POSTGRES]
    for engine in engines:
        with engine_settings(engine):
            report(engine, args.rounds, rebuild=not (args.reuse and engine == "postgres"), listed=args.slowest)


if __name__ == "__main__":
    main(ARGS)

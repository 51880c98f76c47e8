"""Index a large synthetic archive on PostgreSQL quickly: several processes, the rows copied in with
the indexes and counts made once at the end (search.bulk_index).

Benchmarks only (a script, not a test). `manage.py rebuild_index` is the real path and its time is
what bench/search_bench.py reports; at 2,400 issues on the shared machine it would take hours,
most of it jieba segmenting bodies that differ from their fixture in a few words
(search.synthetic.Variation): search.segment segments each of jieba's blocks once per process
(it did so here only, until branch pg22e); this script checks that the cached words are jieba's
on the first records before it starts. Each process indexes every Nth issue with
search.bulk_index.load, one transaction per BATCH issues (clearing their index_stale); then the
word and facet counts are computed, search_entry's indexes built (two at a time) and the tables analysed.
--follow PID indexes the issues build_synthetic_archive (process PID) is still saving, until it ends
(stopped early, the archive is what it saved by then).
--resume goes on where a stopped run ended with search.indexing.index_issue, one issue at a time,
through the live indexes (restore them first if the run stopped before it built them: the
statements are printed when it starts).

    DATABASE_URL=postgres://.../gz_scratch .venv/bin/python bench/index_archive.py [--processes 2]
"""

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")


def setup():
    import django

    django.setup()


def check_same_words(count: int = 200) -> None:
    """search.segment's block cache gives jieba's own words on the first `count` records."""
    import jieba

    from issues.models import ChronicleEntry, Document, NewsBrief
    from search import segment

    texts = [t for model, field in ((Document, "body"), (NewsBrief, "body"), (ChronicleEntry, "text"))
             for t in model.objects.order_by("pk").values_list(field, flat=True)[:count]]
    for text in texts:
        if list(segment._tokenize(text)) != list(jieba.tokenize(text)):
            raise SystemExit(f"the block cache segments differently: {text[:60]}")


BATCH = 20  # issues copied in one transaction


def work(part: int, processes: int, resume: bool, follow: int) -> int:
    """Index the stale issues whose pk is `part` modulo `processes` (in a forked child: Django is set
    up), BATCH at a time; while process `follow` (build_synthetic_archive) runs, wait for more."""
    from django.db import connection, transaction
    from django.db.models import F

    from issues.models import Issue
    from search import bulk_index, indexing

    done = 0
    share = Issue.objects.published().alias(share=F("pk") % processes).filter(share=part).order_by("pk")
    while True:
        ended = not follow or not Path(f"/proc/{follow}").exists()  # before looking: its last batch is seen
        batch = list(share.filter(index_stale=True)[:1 if resume else BATCH])
        if not batch:
            if ended:
                return done
            time.sleep(5)
            continue
        with transaction.atomic(), connection.cursor() as cursor:
            done += indexing.index_issue(batch[0]) if resume else bulk_index.load(cursor, batch)
            Issue.objects.filter(pk__in=[issue.pk for issue in batch]).update(index_stale=False)


def run_statement(statement: str) -> float:
    """One statement on a connection of its own (a forked child); returns its seconds."""
    from django.db import connection

    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(statement)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--resume", action="store_true", help="index only the issues not indexed yet (index_stale)")
    parser.add_argument("--follow", type=int, default=0, metavar="PID",
                        help="index issues as build_synthetic_archive (process PID) saves them, until it ends")
    args = parser.parse_args()
    setup()
    from django.db import connection, transaction

    from issues.models import Issue
    from search import bulk_index

    check_same_words()
    restore = []
    if not args.resume:
        with transaction.atomic(), connection.cursor() as cursor:
            restore = bulk_index.start(cursor)
            Issue.objects.update(index_stale=True)
        print("indexes dropped; to restore them by hand:", *restore, sep="\n  ", flush=True)
    connection.close()
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(args.processes) as pool:
        documents = sum(pool.starmap(work, [(n, args.processes, args.resume, args.follow) for n in range(args.processes)]))
        loaded = time.perf_counter()
        if restore:
            with transaction.atomic(), connection.cursor() as cursor:
                bulk_index.count(cursor)
            counted = time.perf_counter()
            connection.close()
            built = pool.map(run_statement, restore, chunksize=1)
            print(f"rows copied in {loaded - start:.0f} s, counted in {counted - loaded:.0f} s, indexes built in "
                  f"{time.perf_counter() - counted:.0f} s (longest {max(built):.0f} s)")
    seconds = time.perf_counter() - start
    with connection.cursor() as cursor:
        for table in ("search_entry", "search_text", "search_word", "search_facet"):
            cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute("SELECT count(*), pg_total_relation_size('search_entry') + pg_total_relation_size('search_text') FROM search_entry")
        rows, size = cursor.fetchone()
    print(f"{documents} records in {rows} rows indexed by {args.processes} processes in {seconds:.0f} s "
          f"(load {os.getloadavg()[0]:.1f}); search_entry {size / 1024 ** 2:.0f} MB")


if __name__ == "__main__":
    main()

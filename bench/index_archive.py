"""Index a large synthetic archive on PostgreSQL quickly: several processes, a per-block segmentation cache.

Benchmarks only (a script, not a test). `manage.py rebuild_index` is the real path and its time is
what bench/search_bench.py reports; at 2,400 issues on the shared machine it would take hours,
nearly all of it jieba segmenting bodies that differ from their fixture in a few words
(search.synthetic.Variation). jieba segments each run of Han characters (its re_han blocks) on
its own, so caching the words of each block gives exactly the words of search.segment; this script
checks that on the first records before it starts. Each process indexes every Nth issue with
search.indexing.index_issue, one transaction per issue (clearing its index_stale, so that --resume
goes on where a stopped run ended), then the table is analysed.

    DATABASE_URL=postgres://.../gz_scratch .venv/bin/python bench/index_archive.py [--processes 3]
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


class BlockCachedJieba:
    """jieba.tokenize with the words of each Han block cached; `dt` is jieba's own tokenizer."""

    def __init__(self, jieba):
        self.dt, self._jieba, self._blocks = jieba.dt, jieba, {}

    def tokenize(self, text: str):
        start = 0
        for block in self._jieba.re_han_default.split(text):
            if not block:
                continue
            words = self._blocks.get(block)
            if words is None:
                words = list(self.dt.cut(block))
                if self._jieba.re_han_default.match(block):
                    self._blocks[block] = words
            for word in words:
                yield word, start, start + len(word)
                start += len(word)


def setup():
    import django

    django.setup()
    import jieba

    from search import segment

    segment.jieba = BlockCachedJieba(jieba)


def check_same_words(count: int = 200) -> None:
    """The cached segmentation gives search.segment's words on the first `count` records."""
    import jieba

    from issues.models import ChronicleEntry, Document, NewsBrief
    from search import segment

    texts = [t for model, field in ((Document, "body"), (NewsBrief, "body"), (ChronicleEntry, "text"))
             for t in model.objects.order_by("pk").values_list(field, flat=True)[:count]]
    cached = segment.jieba
    for text in texts:
        segment.jieba = jieba
        plain = list(segment.segment(text, sub_words=True))
        segment.jieba = cached
        if list(segment.segment(text, sub_words=True)) != plain:
            raise SystemExit(f"the block cache segments differently: {text[:60]}")


def work(part: int, processes: int) -> int:
    """Index every `processes`th issue from the `part`th (in a forked child: Django is set up)."""
    from django.db import transaction

    from issues.models import Issue
    from search import indexing

    done = 0
    issues = list(Issue.objects.published().filter(index_stale=True).order_by("pk"))[part::processes]
    for issue in issues:
        with transaction.atomic():
            done += indexing.index_issue(issue)
            Issue.objects.filter(pk=issue.pk).update(index_stale=False)
    return done


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--resume", action="store_true", help="index only the issues not indexed yet (index_stale)")
    args = parser.parse_args()
    setup()
    from django.db import connection

    from issues.models import Issue

    check_same_words()
    if not args.resume:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE search_entry, search_text, search_word, search_facet")
        Issue.objects.update(index_stale=True)
    connection.close()
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(args.processes) as pool:
        documents = sum(pool.starmap(work, [(n, args.processes) for n in range(args.processes)]))
    seconds = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE search_entry")
        cursor.execute("VACUUM ANALYZE search_text")
        cursor.execute("VACUUM ANALYZE search_word")
        cursor.execute("VACUUM ANALYZE search_facet")
        cursor.execute("SELECT count(*), pg_total_relation_size('search_entry') + pg_total_relation_size('search_text') FROM search_entry")
        rows, size = cursor.fetchone()
    print(f"{documents} records in {rows} rows indexed by {args.processes} processes in {seconds:.0f} s "
          f"(load {os.getloadavg()[0]:.1f}); search_entry {size / 1024 ** 2:.0f} MB")


if __name__ == "__main__":
    main()

"""EXPLAIN ANALYZE of what a search sends PostgreSQL (prints plans; not a test).

Each query is asked through the API (/api/search/, snippets on, as bench/search_bench.py asks it);
every statement it sends that reads the index is run again under EXPLAIN (ANALYZE, BUFFERS) in the
search's own settings (search.postgres_query.SEARCH_SETTINGS), best of --rounds, and its plan printed
with the execution time. The figures of docs/search.md's EXPLAIN tables come from here.

    .venv/bin/python bench/explain_search.py --database postgres://.../gz_scratch '市长 会议' '"温州市人民政府"' \\
        '会议&type=chronicle&sort=date'        # a query's other parameters after & (as in a URL)
"""

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lines", type=int, default=40, help="plan lines printed per statement")
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    os.environ.update(DJANGO_SETTINGS_MODULE="gazette.settings", DATABASE_URL=args.database, DJANGO_DEBUG="1")
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test import Client

    from search.postgres_query import SEARCH_SETTINGS

    client = Client()
    for query in args.queries:
        text, _, rest = query.partition("&")
        sent = []

        def keep(execute, sql, params, many, context):
            if "search_" in sql and sql.lstrip().upper().startswith(("SELECT", "WITH")):
                sent.append((sql, params))
            return execute(sql, params, many, context)

        with connection.execute_wrapper(keep):
            total = client.get("/api/search/", {"q": text, **dict(parse_qsl(rest))}).json().get("total")
        print(f"\n===== {query}: {total} matches, {len(sent)} statements")
        for sql, params in sent:
            plans = []
            for _ in range(args.rounds):
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute(SEARCH_SETTINGS)
                    cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
                    plans.append([line for (line,) in cursor.fetchall()])
            best = min(plans, key=_execution_ms)
            print(f"--- {_execution_ms(best):.1f} ms (of {', '.join(f'{_execution_ms(p):.1f}' for p in plans)}): "
                  f"{' '.join(sql.split())[:160]}")
            print("\n".join(line[:200] for line in best[:args.lines]))


def _execution_ms(plan: list[str]) -> float:
    return next(float(line.split()[2]) for line in plan if line.startswith("Execution Time"))


if __name__ == "__main__":
    main()

"""Ingest a file but stop half-way until this process is killed. Run as a subprocess by
tests/test_faults_ingest.py (never by the archive).

Usage: python tests/scripts/killed_ingest.py save|index PATH
  save   stop inside save_parsed's transaction, every row written and none committed
  index  stop inside the search index update (Whoosh: after the database committed; PostgreSQL: inside
         the records' transaction)
It prints "stopped" once it is there.
"""

import os
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

import django  # noqa: E402

django.setup()

from issues.ingest import ingest_path  # noqa: E402
from issues.models import Issue  # noqa: E402


def wait_to_be_killed():
    print("stopped", flush=True)
    time.sleep(300)  # the test kills us long before this ends


def stop_in_save():
    create_records = Issue._create_records

    def create_records_then_wait(issue, parsed):
        create_records(issue, parsed)
        wait_to_be_killed()

    Issue._create_records = create_records_then_wait


def stop_in_index():
    try:
        import search.indexing as indexing
    except ImportError:  # before the search app provides it: the same module path, made here
        indexing = sys.modules["search.indexing"] = types.ModuleType("search.indexing")
    indexing.index_issue = lambda issue: wait_to_be_killed()


{"save": stop_in_save, "index": stop_in_index}[sys.argv[1]]()
ingest_path(sys.argv[2], force=True)
print("finished: the test should have killed this process", flush=True)

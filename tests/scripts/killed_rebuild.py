"""Run `manage.py rebuild_index` but stop it half-way until this process is killed. Run as a subprocess
by tests/test_rebuild_index.py (never by the archive).

Usage: python tests/scripts/killed_rebuild.py N
  stops once N records have been prepared for the index (on PostgreSQL, inserted 10 at a time, the
  earlier ones already written in the rebuild's open transaction), and prints "stopped".
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from search import postgres  # noqa: E402
from search.search_indexes import RecordIndex  # noqa: E402

stop_after = int(sys.argv[1])
prepared = 0
full_prepare = RecordIndex.full_prepare


def prepare_then_stop(index, obj, *args, **kwargs):
    global prepared
    prepared += 1
    if prepared == stop_after:
        print("stopped", flush=True)
        time.sleep(300)  # the test kills us long before this ends
    return full_prepare(index, obj, *args, **kwargs)


RecordIndex.full_prepare = prepare_then_stop
postgres.REBUILD_BATCH = 10
call_command("rebuild_index", "--noinput")
print("finished: the test should have killed this process", flush=True)

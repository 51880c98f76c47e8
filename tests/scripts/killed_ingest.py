"""Ingest a file but stop inside save_parsed's transaction, every row written and none committed,
until this process is killed. Run as a subprocess by tests/test_faults_ingest.py (never by the archive).

Usage: python tests/scripts/killed_ingest.py PATH   (prints "saving" once it is inside the transaction)
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

import django  # noqa: E402

django.setup()

from issues.ingest import ingest_path  # noqa: E402
from issues.models import Issue  # noqa: E402

create_records = Issue._create_records


def create_records_then_wait(issue, parsed):
    create_records(issue, parsed)
    print("saving", flush=True)
    time.sleep(300)  # the test kills us long before this ends


Issue._create_records = create_records_then_wait
ingest_path(sys.argv[1], force=True)
print("committed: the test should have killed this process", flush=True)

"""`manage.py db_worker ...`, held after the first page an upload reports until a file appears.

Run as a subprocess by the upload task tests (never by the archive), to read the upload page while
the worker is mid-task, or to kill the worker there. Prints "held page N/M" once it waits.

Usage: python tests/scripts/held_worker.py RELEASE-FILE db_worker [options]
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

import django  # noqa: E402

django.setup()

from django.core.management import execute_from_command_line  # noqa: E402

from issues.uploads import Upload  # noqa: E402

release = Path(sys.argv[1])
report = Upload.report


def report_then_hold(upload, stage, done, total):
    report(upload, stage, done, total)
    if done == 1 and total:
        print(f"held page {done}/{total}", flush=True)
        while not release.exists():
            time.sleep(0.05)


Upload.report = report_then_hold
execute_from_command_line(["manage.py", *sys.argv[2:]])

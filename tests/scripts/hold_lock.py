"""Hold a lock of gazette.locks until a line arrives on stdin (or until killed).

Run as a subprocess by tests/test_locks.py (never by the archive): the other process of a two-process
test. Prints "held" once it holds the lock, "released" after letting it go.

Usage: python tests/scripts/hold_lock.py NAME
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

import django  # noqa: E402

django.setup()

from gazette import locks  # noqa: E402

with locks.hold(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.readline()
print("released", flush=True)

"""`manage.py rebuild_index` never leaves an empty or partial index answering (issue 19, finding 2).

It builds beside the live index (Whoosh: a sibling directory renamed into place; PostgreSQL: one
transaction). Killed half-way with SIGKILL (deterministically: tests/scripts/killed_rebuild.py stops
after N records and waits), the previous index still answers every search, and /healthz, which
compares the index with the database per issue, says so truthfully. Before, a rebuild killed after
haystack's "All documents removed" left an empty index that /healthz called "ok".

Runs its processes on a SQLite file, or on the PostgreSQL test database.
"""

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEARCH_ENGINE
from tests.test_faults_ingest import ROOT, run, subprocess_env

WORDS = ["温州", "通知", "人民政府"]  # query words any issue of the gazette has; compared before and after
PROBE = ("import json; from django.test import Client; c = Client(); h = c.get('/healthz').json(); "
         f"totals = [c.get('/api/search/', {{'q': w}}).json()['total'] for w in {WORDS!r}]; "
         "print(json.dumps({'status': h['status'], 'mismatch': h['index_mismatch'], "
         "'documents': h['search_index'].get('documents'), 'totals': totals}))")


def probe(env) -> dict:
    """/healthz and the search totals of WORDS, asked of the subprocesses' archive."""
    return json.loads(run(env, "manage.py", "shell", "-c", PROBE).strip().splitlines()[-1])


def kill_rebuild(env, after_records: int) -> None:
    child = subprocess.Popen([sys.executable, "tests/scripts/killed_rebuild.py", str(after_records)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in child.stdout:  # what the command says before it gets there, then "stopped"
            if line.strip() == "stopped":
                break
        else:
            pytest.fail(child.stderr.read())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_killed_half_way_leaves_the_previous_index_answering(tmp_path):
    env = subprocess_env(tmp_path)  # migrated, 2020-06 ingested and indexed
    building = Path(env["GAZETTE_DATA_DIR"]) / "whoosh_index.building"

    kill_rebuild(env, after_records=35)
    after_kill = probe(env)
    half_built_beside = building.is_dir()

    run(env, "manage.py", "rebuild_index", "--noinput")  # the next rebuild completes, from scratch
    rebuilt = probe(env)
    assert rebuilt["status"] == "ok" and rebuilt["documents"] > 35 and all(rebuilt["totals"])
    assert after_kill == rebuilt  # every search answered as it does, and /healthz found nothing missing
    assert half_built_beside == (SEARCH_ENGINE == "whoosh") and not building.exists()

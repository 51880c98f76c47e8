"""Two uploads at once: two ingest processes writing different issues both succeed.

On SQLite this needs the write lock taken at BEGIN (settings: transaction_mode IMMEDIATE):
otherwise a transaction that read first cannot upgrade its lock and fails at once with
"database is locked". Runs on a SQLite file, or on the PostgreSQL test database.
"""

import subprocess
import sys

import pytest

from tests.conftest import ISSUE_FILES
from tests.test_faults_ingest import ROOT, count_rows, subprocess_env


@pytest.mark.django_db(transaction=True)
def test_two_ingests_at_once_both_succeed(tmp_path):
    env = subprocess_env(tmp_path)  # migrated, 2020-06 ingested
    batches = [[ISSUE_FILES["2019-04"], ISSUE_FILES["2020-06"]] * 3, [ISSUE_FILES["2020-11"], ISSUE_FILES["2021-05"]] * 3]
    processes = [
        subprocess.Popen([sys.executable, "manage.py", "ingest", "--force", *map(str, batch)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for batch in batches
    ]
    results = [process.communicate(timeout=300) for process in processes]
    for process, (_, err) in zip(processes, results):
        assert process.returncode == 0, err[-2000:]
    assert count_rows(env)[0] == "4"

"""One writer per issue (issue 19, finding 4): two ingests of different versions of an issue at once leave
the database and the search index holding the same version, with no index entry of a deleted record.

Before the issue lock (issues/locks.py, held by ingest, publish and an upload's processing from the
check through the index update), the database held version 1 while search found only version 2's
words in 2 of 6 rounds. Here two threads (each with its own database connection, so the lock is
taken as between processes: flock on SQLite, an advisory lock on PostgreSQL) ingest the two versions
at the same moment, ROUNDS times; in each round one of them (in turn) waits between its database commit
and its index update until the other has indexed (at most PAUSE seconds): without the lock the other
overtakes it there and the index ends up holding the version the database replaced. The versions are parsed once and cut to their appointments and two
records of every other kind (saving and indexing are what race, not parsing): about 1 s a round.
"""

import copy
import threading

import pytest
from django.db import connection
from haystack.utils import get_identifier

from issues import ingest as ingest_module
from issues.ingest import ingest_bytes
from issues.models import Appointment, Issue
from issues.parser import kinds, parse_issue
from search.criteria import Exact, Search, Words
from search import indexing
from search.indexing import backend, disagreements, issue_records
from search.search_indexes import issue_key
from tests.conftest import fixture_text

ROUNDS = 10
PAUSE = 0.5  # seconds the pausing ingest waits for the other to overtake it
VERSIONS = {"倪士章": fixture_text("2020-06").encode(),  # the appointee's name in each version
            "倪新名": fixture_text("2020-06").replace("倪士章", "倪新名").encode()}


@pytest.fixture
def small_versions(monkeypatch):
    """ingest parses each version as itself, cut down (see the module's docstring)."""
    parsed = {}
    for name, data in VERSIONS.items():
        issue = parse_issue(data.decode())
        for kind in kinds.KINDS:
            if kind.key != "appointments":
                del kind.records(issue)[2:]
        parsed[name] = issue

    def parse_as_itself(lines, **_):  # ingest hands the parser a text export's lines
        name = next(name for name in VERSIONS if any(name in line.text for line in lines))
        return copy.deepcopy(parsed[name])

    monkeypatch.setattr(ingest_module, "parse_issue", parse_as_itself)


index_after_commit = indexing.index_after_commit  # the real one, wrapped anew in each round


def ingest_both_at_once(pausing: str, monkeypatch) -> list[BaseException]:
    """Ingest both versions at once; the one named `pausing` waits for the other before its index update."""
    start = threading.Barrier(len(VERSIONS))
    other_indexed = threading.Event()
    running = threading.local()
    failures = []

    def index_after_commit_in_turn(issue):
        if running.name == pausing:
            other_indexed.wait(timeout=PAUSE)
            return index_after_commit(issue)
        try:
            return index_after_commit(issue)
        finally:
            other_indexed.set()

    def ingest(name, data):
        running.name = name
        try:
            start.wait()
            ingest_bytes(data, "2020-06.txt", force=True)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)
        finally:
            connection.close()

    monkeypatch.setattr(indexing, "index_after_commit", index_after_commit_in_turn)
    threads = [threading.Thread(target=ingest, args=item) for item in VERSIONS.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return failures


def found(word: str) -> int:
    return backend().find(Search(Words((word,)), limit=1)).total


def indexed_ids(year: int, issue_no: int) -> set[str]:
    hits = backend().find(Search(Exact("issue_key", issue_key(year, issue_no)), limit=None)).hits
    return {hit["id"] for hit in hits}


def database_ids(issue: Issue) -> set[str]:
    return {get_identifier(record) for _, record in issue_records(issue)}


@pytest.mark.django_db(transaction=True)
def test_two_ingests_of_different_versions_at_once_leave_database_and_index_agreeing(small_versions, monkeypatch):
    for round_ in range(ROUNDS):
        assert ingest_both_at_once(list(VERSIONS)[round_ % 2], monkeypatch) == [], f"round {round_}"
        issue = Issue.objects.published().get(year=2020, issue_no=6)
        names = set(Appointment.objects.filter(issue=issue, person__in=VERSIONS).values_list("person", flat=True))
        assert len(names) == 1, f"round {round_}: the database mixes versions"
        (kept,) = names
        assert not issue.index_stale
        assert {name: found(name) > 0 for name in VERSIONS} == {name: name == kept for name in VERSIONS}, \
            f"round {round_}: the database holds {kept}'s version, the index does not"
        assert indexed_ids(2020, 6) == database_ids(issue), f"round {round_}: index entries of deleted records"
        assert disagreements() == []

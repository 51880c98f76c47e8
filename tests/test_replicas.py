"""The database router against a real streaming replica (gazette/db_router.py; issue 13).

One primary and its replica (tests/streaming_replica.py) for the module; the archive is migrated and one
fixture issue ingested on the primary, and gunicorn serves it with DATABASE_REPLICA_URLS set. Two
servers read the same pair: one trusts the replica whatever its lag (so a paused replica shows what a
lagging one serves), one leaves it out 1 s behind and checks it on every request. Nothing here waits a
fixed time: every wait polls for a state, with a generous limit.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from tests.conftest import postgres_pass_only
from tests.hosts import STAFF, Browser, build_archive, correct_title, host, page, site_env
from tests.streaming_replica import StreamingPair, missing_tools, wait_for

pytestmark = postgres_pass_only

MARK = "校勘订正"  # appended to the corrected title; searched for


@pytest.fixture(scope="module")
def pair():
    missing = missing_tools()
    assert not missing, f"the PostgreSQL pass needs the PostgreSQL 15 binaries and runuser: missing {missing}"
    pair = StreamingPair()
    try:
        pair.start()
        yield pair
    finally:
        pair.remove()


@pytest.fixture(scope="module")
def archive(pair, tmp_path_factory):
    """One fixture issue and a staff account on the primary, the replica caught up; the hosts' settings."""
    env = site_env(tmp_path_factory.mktemp("data"), pair.url("primary"), DATABASE_REPLICA_URLS=pair.url("replica"))
    document = build_archive(env)
    pair.wait_until_replayed()
    return {"env": env, "document": document}


@pytest.fixture(scope="module")
def trusting(archive, tmp_path_factory):
    """Reads the replica whatever its lag; the verdict on it is kept an hour (until it fails a request)."""
    env = {**archive["env"], "DATABASE_REPLICA_MAX_LAG": "86400", "DATABASE_REPLICA_CHECK_SECONDS": "3600"}
    with host(tmp_path_factory.mktemp("host"), env) as (base, _pid):
        yield base


@pytest.fixture(scope="module")
def strict(archive, tmp_path_factory):
    """Leaves the replica out when its last replayed transaction is over 1 s old and WAL waits to be replayed."""
    env = {**archive["env"], "DATABASE_REPLICA_MAX_LAG": "1", "DATABASE_REPLICA_CHECK_SECONDS": "0"}
    with host(tmp_path_factory.mktemp("host"), env) as (base, _pid):
        yield base


def staff_browser(base: str) -> Browser:
    browser = Browser()
    _post_login(browser, base, *STAFF)
    assert browser.cookie("sessionid")
    return browser


def _post_login(browser: Browser, base: str, username: str, password: str) -> int:
    browser.open(f"{base}/admin/login/")
    status, _ = browser.open(f"{base}/admin/login/", {"username": username, "password": password, "next": "/admin/",
                                                      "csrfmiddlewaretoken": browser.cookie("csrftoken")})
    return status


def found(base: str, browser: Browser | None = None) -> int:
    return json.loads(page(base, f"/api/search/?q={quote(MARK)}", browser))["total"]


def health(base: str) -> dict:
    status, body = Browser().open(f"{base}/healthz")
    assert status == 200, body
    return json.loads(body)


def replica_health(base: str) -> dict:
    [replica] = health(base)["replicas"]
    return replica


def test_the_replica_is_a_streaming_copy_of_the_primary(pair, archive):
    assert pair.value("replica", "SELECT pg_is_in_recovery()") is True
    assert pair.value("primary", "SELECT pg_is_in_recovery()") is False
    count = "SELECT count(*) FROM issues_document"
    assert pair.value("replica", count) == pair.value("primary", count) > 0


def test_an_idle_caught_up_replica_counts_as_current(pair, strict):
    """Its last replayed transaction grows old while the primary writes nothing: that is no lag."""
    state = wait_for(lambda: (s := replica_health(strict))["ok"] and s["lag_seconds"] > 2 and s,
                     120, "the replica to be idle and caught up for over 2 s")
    assert state["in_recovery"] and state["caught_up"]


def test_a_paused_replica_serves_the_old_version_to_readers_and_the_new_one_to_staff(pair, archive, trusting, strict):
    document = archive["document"]
    old, new = document["title"], document["title"] + MARK
    paths = [document["url"], document["issuer_url"]]  # the issuer's page comes from the shared page cache
    staff = staff_browser(trusting)
    assert all(old in page(trusting, path) for path in paths)
    before = found(trusting)

    pair.value("replica", "SELECT pg_wal_replay_pause()", database="postgres")
    try:
        correct_title(archive["env"], document["pk"], new)

        for path in paths:
            assert new not in page(trusting, path) and old in page(trusting, path)  # a reader: the replica
            assert new in page(trusting, path, staff)  # staff: the primary
        assert (found(trusting), found(trusting, staff)) == (before, before + 1)  # search follows the router

        reader = Browser()  # a reader's own write: the next page is read from the primary
        assert _post_login(reader, trusting, "nobody", "wrong") == 200
        assert new in page(trusting, document["url"], reader)
        assert new not in page(trusting, document["url"])

        # Over 1 s behind with WAL waiting: the strict server leaves the replica out, its readers see the primary.
        wait_for(lambda: new in page(strict, document["url"]), 120, "the strict server to leave the replica out")
        state = replica_health(strict)
        assert not state["ok"] and not state["caught_up"] and state["lag_seconds"] > 1
    finally:
        pair.value("replica", "SELECT pg_wal_replay_resume()", database="postgres")
    pair.wait_until_replayed()
    assert new in page(trusting, document["url"])


def test_a_stopped_replica_leaves_readers_on_the_primary_without_an_error(pair, archive, trusting, strict):
    document = archive["document"]
    title = pair.value("primary", "SELECT title FROM issues_document WHERE id = %s", [document["pk"]])
    page(trusting, document["url"])  # the replica was healthy a moment ago: the trusting server still believes it
    pair.stop("replica")
    for base in (trusting, strict):
        assert title in page(base, document["url"])  # read again from the primary
        assert found(base) == found(base, staff_browser(base))  # search too
        state = replica_health(base)
        assert not state["ok"] and "OperationalError" in state["error"]
        assert health(base)["status"] == "degraded"

"""Which database a query goes to (gazette/db_router.py), decided without any database.

The router against a real streaming replica is tests/test_replicas.py (PostgreSQL pass).
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from gazette import db_router
from gazette.settings import cache_settings


class LoggedIn:
    is_authenticated = True


@pytest.mark.parametrize(
    "method, path, cookies, user, replica",
    [
        ("GET", "/issues/2020/6/", {}, AnonymousUser(), True),  # a public page
        ("HEAD", "/", {}, AnonymousUser(), True),
        ("GET", "/search/?q=温州", {}, AnonymousUser(), True),
        ("GET", "/api/issues/", {}, AnonymousUser(), True),
        ("GET", "/feeds/issues/", {}, AnonymousUser(), True),
        ("POST", "/alerts/subscribe/", {}, AnonymousUser(), False),  # every write
        ("GET", "/issues/2020/6/", {db_router.RECENT_WRITE: "1"}, AnonymousUser(), False),  # the reader just wrote
        ("GET", "/issues/2020/6/", {}, LoggedIn(), False),  # a staff session, on the public pages too
        ("GET", "/admin/login/", {}, AnonymousUser(), False),
        ("GET", "/healthz", {}, AnonymousUser(), False),
    ],
)
def test_which_requests_may_read_a_replica(method, path, cookies, user, replica):
    request = RequestFactory().generic(method, path)
    request.COOKIES.update(cookies)
    request.user = user
    assert db_router.may_read_replica(request) is replica


@pytest.mark.parametrize(
    "label, reading, expected",
    [
        ("issues.Document", "replica1", "replica1"),
        ("search.IndexEntry", "replica1", "replica1"),  # the PostgreSQL search index follows the router
        ("auth.User", "replica1", "default"),  # staff sessions are read where they are written
        ("sessions.Session", "replica1", "default"),
        ("axes.AccessAttempt", "replica1", "default"),  # login throttle counters
        ("django_tasks_database.DBTaskResult", "replica1", "default"),  # the queue
        ("alerts.SubscribeRequest", "replica1", "default"),  # the subscription rate limit
        ("issues.Document", None, "default"),  # outside a public request: commands, the worker
    ],
)
def test_reads_go_to_the_requests_database_unless_the_rows_must_be_current(label, reading, expected):
    from django.apps import apps

    model = apps.get_model(label)
    token = db_router._reading.set(reading)
    try:
        assert db_router.ReplicaRouter().db_for_read(model) == expected
        assert db_router.ReplicaRouter().db_for_write(model) == "default"
    finally:
        db_router._reading.reset(token)


def test_only_the_primary_is_migrated():
    router = db_router.ReplicaRouter()
    assert router.allow_migrate("default", "issues") and not router.allow_migrate("replica1", "issues")


@pytest.mark.parametrize(
    "url, backend",
    [
        ("", "django.core.cache.backends.db.DatabaseCache"),
        ("redis://cache.internal:6379/0", "django.core.cache.backends.redis.RedisCache"),
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
    ],
)
def test_cache_url_names_the_shared_cache(url, backend):
    assert cache_settings(url)["BACKEND"] == backend


def test_an_unknown_cache_url_stops_start_up():
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_settings("memcached://127.0.0.1:11211")

"""Read replicas: which database each query goes to, and which replicas are fit to read from.

settings.DATABASE_REPLICAS names the replica aliases (from DATABASE_REPLICA_URLS). The rule:
- Every write goes to the primary ("default"), and so does every read outside a public request
  (management commands, the background worker, the test suite): they never read behind their writes.
- A public read-only request (GET/HEAD, no logged-in session, no recent write of its own) reads from
  one healthy replica, chosen for the whole request by ReplicaReadsMiddleware. Staff sessions, the
  admin, and a reader whose previous request wrote (the RECENT_WRITE cookie, set on every unsafe
  request for DATABASE_REPLICA_MAX_LAG seconds) read from the primary: they see their own writes.
- Apps whose rows are counters or state that must be current read from the primary too: sessions
  and users, the login throttle (axes), the task queue, alert subscriptions and their rate limit,
  and the database cache table.
- A replica is healthy when it is in recovery (still a replica) and either has replayed all the WAL
  it received (an idle primary writes no transactions, so the replay timestamp of a caught-up replica
  grows old) or its last replayed transaction is at most DATABASE_REPLICA_MAX_LAG seconds old.
  The verdict is kept DATABASE_REPLICA_CHECK_SECONDS per process. A replica that is down, behind or
  promoted is left out and its readers read from the primary; one that fails in the middle of a
  request (down, or a query cancelled by a recovery conflict) has that request read again from the
  primary (process_exception), never an error page.
"""

from __future__ import annotations

import logging
import random
import time
from contextvars import ContextVar

from django.conf import settings
from django.db import DatabaseError, OperationalError, connections

log = logging.getLogger(__name__)

PRIMARY = "default"
RECENT_WRITE = "gz_primary"  # the cookie: "your last request wrote; read from the primary for a while"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# The staff's pages, and the health check (it reports on the primary; the replicas are listed in it).
PRIMARY_PATHS = ("/admin/", "/healthz")
# Rows that must be read where they are written (see the module docstring).
PRIMARY_APPS = {"admin", "auth", "sessions", "contenttypes", "axes", "django_tasks_database", "alerts", "django_cache"}

# The alias this request reads from; None (outside a public request): the primary.
_reading: ContextVar[str | None] = ContextVar("gazette_reading", default=None)

HEALTH_SQL = """
SELECT pg_is_in_recovery(),
       pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn(),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
"""


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        alias = _reading.get()
        if alias is None or model._meta.app_label in PRIMARY_APPS or connections[PRIMARY].in_atomic_block:
            return PRIMARY  # inside a transaction on the primary, read what it has written
        return alias

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every alias holds the same rows

    def allow_migrate(self, db, app_label, **hints):
        return db == PRIMARY  # replicas are read-only copies: they get the schema by replication


# ------------------------------------------------------------------ replica health


_checked: dict[str, tuple[float, dict]] = {}  # alias -> (monotonic time the verdict expires, state)


def replica_state(alias: str, *, fresh: bool = False) -> dict:
    """{"alias", "ok", and the figures or the error that decided it}, kept CHECK_SECONDS unless `fresh`."""
    now = time.monotonic()
    expires, state = _checked.get(alias, (0.0, None))
    if fresh or state is None or now >= expires:
        state = _check(alias)
        _checked[alias] = (now + settings.DATABASE_REPLICA_CHECK_SECONDS, state)
        if not state["ok"]:
            log.warning("replica %s left out: %s", alias, state.get("error") or state)
    return state


def _check(alias: str) -> dict:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute(HEALTH_SQL)
            in_recovery, caught_up, lag = cursor.fetchone()
    except DatabaseError as exc:
        connections[alias].close()  # the next check opens a new connection
        return {"alias": alias, "ok": False, "error": f"{type(exc).__name__}: {str(exc).strip()[:200]}"}
    lag = None if lag is None else round(float(lag), 1)
    current = bool(caught_up) or (lag is not None and lag <= settings.DATABASE_REPLICA_MAX_LAG)
    state = {"alias": alias, "ok": bool(in_recovery) and current, "in_recovery": in_recovery,
             "caught_up": bool(caught_up), "lag_seconds": lag}
    if not in_recovery:
        state["error"] = "not in recovery: promoted, no longer a copy of the primary"
    elif not current:
        state["error"] = f"behind by more than {settings.DATABASE_REPLICA_MAX_LAG} s"
    return state


def pick_replica() -> str | None:
    """A healthy replica for one request, or None: read from the primary."""
    healthy = [alias for alias in settings.DATABASE_REPLICAS if replica_state(alias)["ok"]]
    return random.choice(healthy) if healthy else None


# ------------------------------------------------------------------ which requests read a replica


def may_read_replica(request) -> bool:
    """A public read: not a write, not the admin, no logged-in session, no write of its own just before."""
    return (request.method in SAFE_METHODS
            and RECENT_WRITE not in request.COOKIES
            and not request.path.startswith(PRIMARY_PATHS)
            and not request.user.is_authenticated)  # reads the session only when the request has one


class ReplicaReadsMiddleware:
    """Chooses the database a request reads from (after AuthenticationMiddleware); see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        replicas = bool(settings.DATABASE_REPLICAS)
        token = _reading.set(pick_replica() if replicas and may_read_replica(request) else None)
        try:
            response = self.get_response(request)
        finally:
            _reading.reset(token)
        if replicas and request.method not in SAFE_METHODS:
            # The replicas may lack this request's writes for up to MAX_LAG seconds.
            response.set_cookie(RECENT_WRITE, "1", max_age=max(settings.DATABASE_REPLICA_MAX_LAG, 1), httponly=True,
                                samesite="Lax", secure=settings.SESSION_COOKIE_SECURE)
        return response

    def process_exception(self, request, exception):
        """A replica that failed during this request: render it again from the primary.

        It went down within the kept verdict (checked again now, so that it is left out from now on), or
        cancelled a query that conflicted with replaying the primary's changes. Other errors are not
        the replica's: they would fail the same way on the primary.
        """
        alias = _reading.get()
        if alias is None or not isinstance(exception, OperationalError):
            return None
        replica_state(alias, fresh=True)
        _reading.set(None)
        match = request.resolver_match
        return match.func(request, *match.args, **match.kwargs)

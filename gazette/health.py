"""/healthz: can this process serve the archive? Checks the database, the search index, the data dir.

JSON for load balancers and monitoring: HTTP 200 when database and index answer, 503 when either does
not. Issues whose index update failed (index_stale) are listed; they make the status "degraded"
but not unavailable: pages still render and search answers, a little out of date, until the
next ingest or `manage.py rebuild_index` catches up. So does a background queue that no worker
has taken a task from for 5 minutes (gazette.tasks.queue_state): uploads wait until one runs. A
data directory that cannot be written (a full disk) is "degraded" too: readers can still read,
while ingests, uploads and staff logins fail. A read replica that is down or behind (gazette.db_router)
is "degraded" too: its readers read from the primary. And so is an index that disagrees with the database
(index_mismatch: the published issues whose documents in the index are not their records, e.g. an
index emptied by hand or by an old interrupted rebuild), with the command that repairs it.
"""

from django.conf import settings
from django.db import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from gazette import db_router, diskspace
from gazette.tasks import queue_state
from issues.models import Issue
from search.criteria import IndexMissing
from search.indexing import backend, disagreements

STALE_LISTED = 50
REPAIR = "manage.py rebuild_index"


@never_cache
def healthz(request):
    database = _check_database()
    search_index = _check_search_index()
    stale = _stale_issues() if database["ok"] else []
    tasks = queue_state().as_json() if database["ok"] else {"ok": False, "error": "数据库不可用"}
    data_dir = diskspace.check_writable(settings.DATA_DIR)
    replicas = [db_router.replica_state(alias) for alias in settings.DATABASE_REPLICAS]
    ok = database["ok"] and search_index["ok"]
    mismatch = _index_mismatch() if ok else {}
    degraded = (stale or mismatch or not tasks["ok"] or not data_dir["ok"]
                or not all(replica["ok"] for replica in replicas))
    status = ("degraded" if degraded else "ok") if ok else "unavailable"
    body = {"status": status, "database": database, "search_index": search_index, "data_dir": data_dir,
            "index_stale": stale, "index_mismatch": mismatch, "tasks": tasks, "replicas": replicas}
    return JsonResponse(body, status=200 if ok else 503, json_dumps_params={"ensure_ascii": False})


def _check_database() -> dict:
    try:
        return {"ok": True, "published_issues": Issue.objects.published().count()}
    except DatabaseError as exc:
        error = diskspace.message(exc) if diskspace.is_disk_full(exc) else f"{type(exc).__name__}: {exc}"
        return {"ok": False, "error": error}


def _check_search_index() -> dict:
    try:
        documents = backend().document_count()
    except IndexMissing:
        return {"ok": False, "error": "搜索索引不存在，请运行 manage.py rebuild_index"}
    except Exception as exc:  # noqa: BLE001 - a damaged index fails in many ways; each means "not ok"
        return {"ok": False, "error": f"搜索索引无法读取（{type(exc).__name__}: {exc}），请运行 manage.py rebuild_index"}
    return {"ok": True, "documents": documents}


def _stale_issues() -> list[dict]:
    stale = Issue.objects.filter(index_stale=True).order_by("-year", "-issue_no")[:STALE_LISTED]
    return [{"issue": issue.label, "year": issue.year, "issue_no": issue.issue_no, "status": issue.status}
            for issue in stale]


def _index_mismatch() -> dict:
    """{} when every published issue has its records in the index, else which issues do not and the repair."""
    try:
        issues = disagreements()
    except Exception as exc:  # noqa: BLE001 - the index answered document_count; say what failed, stay up
        return {"error": f"{type(exc).__name__}: {exc}", "repair": REPAIR}
    if not issues:
        return {}
    return {"issues": issues[:STALE_LISTED], "count": len(issues), "repair": REPAIR}

"""The search index missing or damaged: pages still render, search says it is unavailable (503),
/healthz reports it, and `rebuild_index` repairs it. A writer holding the index lock never stops
searches.
"""

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from whoosh import index as whoosh_index

from search.indexing import backend
from tests.conftest import ISSUE_FILES, whoosh_only

pytestmark = [pytest.mark.django_db, whoosh_only]  # PostgreSQL's index is a table: no files to damage or lock

API = "/api/search/"
QUERY = {"q": "工业用地"}


def delete_everything(path: Path):
    shutil.rmtree(path)


def delete_segments(path: Path):
    for segment in path.glob("*.seg"):
        segment.unlink()


def garbage_toc(path: Path):
    for toc in path.glob("_MAIN_*.toc"):
        toc.write_bytes(b"not a whoosh table of contents")


def zeroed_segments(path: Path):
    for segment in path.glob("*.seg"):
        segment.write_bytes(b"\x00" * 16)


DAMAGE = [
    pytest.param(delete_everything, id="index-deleted"),
    pytest.param(delete_segments, id="segments-deleted"),
    pytest.param(garbage_toc, id="garbage-toc"),
    pytest.param(zeroed_segments, id="segments-zeroed"),
]


@pytest.fixture
def damaged(request):
    """An ingested issue, then its index damaged before any search opened it."""
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    path = Path(backend().path)
    assert list(path.iterdir())
    request.param(path)


@pytest.mark.parametrize("damaged", DAMAGE, indirect=True)
def test_pages_still_render_and_healthz_reports_the_index(client, damaged):
    assert client.get("/issues/2020/6/").status_code == 200
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["search_index"]["ok"] is False


@pytest.mark.parametrize("damaged", DAMAGE, indirect=True)
def test_search_says_it_is_temporarily_unavailable(client, damaged):
    response = client.get(API, QUERY)
    assert response.status_code == 503
    assert response.json()["error"]
    assert client.get("/search/", QUERY).status_code == 503


@pytest.mark.parametrize("damaged", DAMAGE, indirect=True)
def test_rebuild_index_repairs_it(client, damaged):
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert client.get(API, QUERY).json()["total"] > 0
    assert client.get("/healthz").json()["status"] == "ok"


def test_searches_answer_while_a_writer_holds_the_index_lock(client):
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    writer = whoosh_index.open_dir(backend().path).writer()
    try:
        response = client.get(API, QUERY)
        assert response.status_code == 200 and response.json()["total"] > 0
    finally:
        writer.cancel()

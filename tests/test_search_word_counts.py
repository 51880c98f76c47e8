"""Per-word counts (search_word, search.postgres_counts): a one-word search's total and facets are read
from counts kept with the index rows, and they always equal what counting the matching rows gives.

The expected figures are the engine's other path (the matches found and counted row by row,
search.postgres_query with the counts switched off), after each kind of change the index sees:
an ingest, a corrected record, a deleted record, an issue taken out, a rebuild, records of several
rows. tests/test_search_counts.py compares the totals with counts made from the database records.
"""

import pytest
from django.db import connection, transaction
from haystack.utils import get_identifier

from issues.ingest import ingest_path
from issues.models import Document
from search import postgres_query
from search.criteria import Every, Exact, Search, Words
from search.indexing import backend, rebuild, remove_issue, update_index, update_record
from tests.conftest import ISSUE_FILES, postgres_only
from tests.factories import document, make_issue

pytestmark = [pytest.mark.django_db, postgres_only]

WORDS = ["城市", "温州", "会议", "发展", "人民政府", "通知", "疫情防控", "瓯江", "市长", "管理", "没有的词"]


# Searches by filters alone (search_facet): type, year, 栏目, issuer, and together.
FILTERS = [
    [Exact("record_type", "document")], [Exact("record_type", "appointment")], [Exact("year", 2020)],
    [Exact("category", "发文目录")], [Exact("issuer", "温州市人民政府")], [Exact("issuer", "没有的机关")],
    [Exact("record_type", "document"), Exact("year", 2020), Exact("issuer", "温州市人民政府办公室")],
]


def counted_and_visited(searched, monkeypatch) -> tuple:
    """(total, facets) of a search for a word (search_word) or by filters alone (search_facet) from
    the counts, then from its matching rows."""
    if isinstance(searched, str):
        search = lambda: Search(Words((searched,)), facets=True, limit=5)  # noqa: E731
    else:
        search = lambda: Search(Every(), filters=searched, facets=True, limit=5)  # noqa: E731
    counted = postgres_query.find(search())
    with monkeypatch.context() as patch:
        patch.setattr(postgres_query, "_counted_word", lambda criteria, search: None)
        patch.setattr(postgres_query, "_counted_filters", lambda criteria, search: None)
        visited = postgres_query.find(search())
    assert [hit["id"] for hit in counted.hits] == [hit["id"] for hit in visited.hits]
    return (counted.total, counted.facets), (visited.total, visited.facets)


def assert_counts_agree(monkeypatch, step: str) -> None:
    for searched in WORDS + FILTERS:
        counted, visited = counted_and_visited(searched, monkeypatch)
        assert counted == visited, (step, searched)


def test_counts_equal_the_matching_rows_after_every_kind_of_change(monkeypatch):
    for name in ("2020-06", "2020-09"):
        ingest_path(ISSUE_FILES[name])
    assert counted_and_visited("城市", monkeypatch)[0][0] > 0
    assert_counts_agree(monkeypatch, "ingest")

    corrected = Document.objects.filter(body__contains="城市").first()
    corrected.body, corrected.title = "温州瓯江会议纪要。", "关于瓯江的通知"
    corrected.save()
    assert update_record(corrected) == ""
    assert_counts_agree(monkeypatch, "a corrected record")

    backend().remove_records([get_identifier(Document.objects.filter(body__contains="会议").first())])
    assert_counts_agree(monkeypatch, "a deleted record")

    ingest_path(ISSUE_FILES["2020-06"], force=True)
    assert_counts_agree(monkeypatch, "an issue ingested again")

    remove_issue(2020, 9)
    assert_counts_agree(monkeypatch, "an issue taken out")

    rebuild()
    assert_counts_agree(monkeypatch, "a rebuild")


def test_a_record_of_several_rows_counts_once_per_word(monkeypatch):
    monkeypatch.setattr("search.postgres.MAX_POSITIONS", 60)
    monkeypatch.setattr("search.postgres.OVERLAP", 4)
    filler = "为深入贯彻落实党中央、国务院决策部署，统筹推进各项工作。" * 8
    update_index(make_issue(documents=[document("温政办〔2020〕1号", body="城市更新开篇。" + filler + "城市更新收尾。"),
                                       document("温政办〔2020〕2号", body="城市。")]))
    assert counted_and_visited("城市", monkeypatch)[0][0] == 2
    assert_counts_agree(monkeypatch, "records of several rows")


def test_a_one_word_total_is_read_from_the_counts(client):
    ingest_path(ISSUE_FILES["2020-06"])
    before = client.get("/api/search/", {"q": "城市"}).json()["total"]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE search_word SET n = n + 1000 WHERE word = '城市' AND facet = 'record_type' AND value = 'document'")
    assert client.get("/api/search/", {"q": "城市"}).json()["total"] == before + 1000
    assert client.get("/api/search/", {"q": "城市", "type": "document"}).json()["total"] <= before  # filtered: rows


def test_a_total_by_filters_alone_is_read_from_the_facet_counts(client):
    ingest_path(ISSUE_FILES["2020-06"])
    before = client.get("/api/search/", {"type": "document"}).json()
    assert before["total"] > 0
    with connection.cursor() as cursor:
        cursor.execute("UPDATE search_facet SET n = n + 1000 WHERE id = "
                       "(SELECT min(id) FROM search_facet WHERE record_type = 'document')")
    after = client.get("/api/search/", {"type": "document"}).json()
    assert after["total"] == before["total"] + 1000
    assert after["results"] == before["results"]


def test_a_rolled_back_ingest_leaves_no_counts():
    with pytest.raises(RuntimeError), transaction.atomic():
        ingest_path(ISSUE_FILES["2020-06"])
        raise RuntimeError("rolled back")
    with connection.cursor() as cursor:
        cursor.execute("SELECT (SELECT count(*) FROM search_word) + (SELECT count(*) FROM search_facet)")
        assert cursor.fetchone()[0] == 0

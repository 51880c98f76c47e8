"""Per-word counts (search_word, search.postgres_counts): a one-word search's total and facets, with
or without filters on type, year, 栏目 and issuer, are read from counts kept with the index rows, and
they always equal what counting the matching rows gives.

The expected figures are the engine's other path (the matches found and counted row by row,
search.postgres_query with the counts switched off), after each kind of change the index sees:
an ingest, a corrected record, a deleted record, an issue taken out, a rebuild, records of several
rows. tests/test_search_counts.py compares the totals with counts made from the database records.
"""

import json

import pytest
from django.db import connection, transaction
from haystack.utils import get_identifier

from issues.ingest import ingest_path
from issues.models import Document
from search import postgres_compile, postgres_query
from search.criteria import All, Any, Every, Exact, Not, Search, Words
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


# Searches for a word with filters on type, year, 栏目 and issuer (search_word by combination).
WORD_FILTERS = [
    ("会议", [Exact("record_type", "chronicle")]), ("城市", [Exact("record_type", "document")]),
    ("温州", [Exact("year", 2020)]), ("管理", [Exact("category", "发文目录")]),
    ("通知", [Exact("issuer", "温州市人民政府办公室")]), ("发展", [Exact("issuer", "没有的机关")]),
    ("城市", [Exact("record_type", "document"), Exact("year", 2020), Exact("issuer", "温州市人民政府办公室")]),
    ("没有的词", [Exact("record_type", "document")]),
]
# Either of two words (counts of each less those of both), with filters or not.
WORD_OR_WORD = [
    ("工业用地", [], "商业用地"), ("城市", [], "农村"), ("会议", [Exact("record_type", "chronicle")], "市长"),
    ("温州", [Exact("year", 2020)], "瓯江"), ("城市", [], "城市"), ("没有的词", [], "通知"),
]
# One word but not another word or phrase (counts of the word less those of both), with filters or not.
WORD_WITHOUT = [
    ("城市", [], Words(("农村",))), ("会议", [], Words(("市长",))), ("温州", [Exact("year", 2020)], Words(("会议",))),
    ("发展", [], Words(("人民政府", "办公室"), phrase=True)), ("城市", [], Words(("城市",))),
    ("通知", [Exact("record_type", "document")], Words(("没有的词",))),
    # several: 城市 -农村 -乡村, none of them in the record
    ("城市", [], (Words(("农村",)), Words(("乡村",)))), ("会议", [Exact("record_type", "chronicle")],
                                                      (Words(("市长",)), Words(("人民政府", "办公室"), phrase=True))),
]


# Searches whose count says the page is empty, and the page's offset: no match (管理 in 栏目 发文目录 has
# none), or the page starts past the last match. Their page must read no row of search_entry.
EMPTY_PAGES = [
    (WORD_FILTERS[3], 0), (WORD_FILTERS[-1], 0), ("没有的词", 0), ("城市", 10_000), (WORD_FILTERS[0], 10_000),
    (FILTERS[0], 10_000), (FILTERS[5], 0),
]


def searched_by(searched, by_date: bool = False) -> Search:
    """A search for a word, by filters alone (a list) or for a word with filters (a pair)."""
    match searched:
        case str():
            return Search(Words((searched,)), facets=True, limit=5, by_date=by_date)
        case tuple((word, filters)):
            return Search(Words((word,)), filters=filters, facets=True, limit=5, by_date=by_date)
        case tuple((word, filters, Words() as excluded)):
            return Search(All((Words((word,)), Not(excluded))), filters=filters, facets=True, limit=5, by_date=by_date)
        case tuple((word, filters, tuple() as excluded)):
            return Search(All((Words((word,)), *map(Not, excluded))), filters=filters, facets=True, limit=5,
                          by_date=by_date)
        case tuple((word, filters, str() as either)):
            return Search(Any((Words((word,)), Words((either,)))), filters=filters, facets=True, limit=5, by_date=by_date)
    return Search(Every(), filters=searched, facets=True, limit=5, by_date=by_date)


def counted_and_visited(searched, monkeypatch, by_date: bool = False) -> tuple:
    """(total, facets) of a search for a word (search_word) or by filters alone (search_facet) from
    the counts, then from its matching rows; the two pages must be the same."""
    counted = postgres_query.find(searched_by(searched, by_date))
    with monkeypatch.context() as patch:
        patch.setattr(postgres_query, "_counted_words", lambda *arguments: None)
        patch.setattr(postgres_query, "_counted_filters", lambda *arguments: None)
        visited = postgres_query.find(searched_by(searched, by_date))
    assert [hit["id"] for hit in counted.hits] == [hit["id"] for hit in visited.hits]
    return (counted.total, counted.facets), (visited.total, visited.facets)


def assert_counts_agree(monkeypatch, step: str) -> None:
    for searched in WORDS + FILTERS + WORD_FILTERS + WORD_WITHOUT + WORD_OR_WORD:
        counted, visited = counted_and_visited(searched, monkeypatch)
        assert counted == visited, (step, searched)
        assert counted == from_rows(searched), (step, searched)


def from_rows(searched) -> tuple[int, dict]:
    """(total, facets) counted here from the index rows: the distinct records whose rows hold the word
    and meet the filters, grouped by each facet's values."""
    word, filters, other = ((searched, [], None) if isinstance(searched, str) else (None, searched, None)
                            if isinstance(searched, list) else (*searched, None)[:3])
    conditions, params = ["TRUE"], []
    if isinstance(other, Words | tuple):  # but not the other(s): no row of the record holds one
        for excluded in other if isinstance(other, tuple) else (other,):
            conditions.append("identifier NOT IN (SELECT identifier FROM search_entry WHERE words @@ %s::tsquery)")
            params.append(postgres_compile.tsquery(excluded))
    elif other is not None:  # either word: every row of a record holding one of them
        conditions.append("identifier IN (SELECT identifier FROM search_entry WHERE words @@ %s::tsquery)")
        params.append(f"{postgres_compile.lexeme(word)} | {postgres_compile.lexeme(other)}")
        word = None
    if word is not None:
        conditions.append("words @@ %s::tsquery")
        params.append(postgres_compile.lexeme(word))
    for criterion in filters:
        sql, values = postgres_compile.row_condition(criterion)
        conditions.append(sql)
        params += values
    records = (f"SELECT DISTINCT identifier, record_type, year, category, issuer FROM search_entry "
               f"WHERE {' AND '.join(conditions)}")
    facets = {"record_type": "record_type", "year": "year", "category": "category",
              "issuer": "jsonb_array_elements_text(issuer)"}
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({records}) AS matched", params)
        total = cursor.fetchone()[0]
        counts = {}
        for name, value in facets.items():
            cursor.execute(f"SELECT {value} AS value, count(*) FROM ({records}) AS matched GROUP BY 1", params)
            counts[name] = dict(cursor.fetchall())
    return total, counts


@pytest.mark.parametrize("searched", [WORD_FILTERS[0], WORD_WITHOUT[0], WORD_WITHOUT[-2], WORD_OR_WORD[0]],
                         ids=["word-with-a-filter", "word-without-another", "word-without-two", "either-of-two-words"])
def test_a_word_with_filters_or_without_another_pages_newest_first_as_the_rows_do(monkeypatch, searched):
    for name in ("2020-06", "2020-09"):
        ingest_path(ISSUE_FILES[name])
    counted, visited = counted_and_visited(searched, monkeypatch, by_date=True)
    assert counted == visited == from_rows(searched)
    assert counted[0] > 0


def rows_read_by_the_page(search: Search) -> tuple[int, list[tuple[str, int]]]:
    """The search's total, and the (node, loops) of its page statement's plan that read search_entry:
    the statement of search.postgres_query._matched run again under EXPLAIN ANALYZE."""
    sent = []

    def keep(execute, sql, params, many, context):
        if "LEFT JOIN LATERAL" in sql:
            sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        found = postgres_query.find(search)
    assert found.hits == []
    sql, params = sent[0]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(postgres_query.SEARCH_SETTINGS)
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes, read = [plan[0]["Plan"]], []
    while nodes:
        node = nodes.pop()
        nodes += node.get("Plans", [])
        if node.get("Relation Name") == "search_entry":
            read.append((node["Node Type"], node["Actual Loops"]))
    return found.total, read


@pytest.mark.parametrize("searched, offset", EMPTY_PAGES, ids=[
    "no-record-of-the-word-in-the-栏目", "an-unknown-word-with-a-filter", "an-unknown-word", "past-the-last-of-a-word",
    "past-the-last-of-a-word-with-a-filter", "past-the-last-of-a-filter", "a-filter-no-record-has"])
def test_a_page_the_count_says_is_empty_reads_no_row(searched, offset):
    ingest_path(ISSUE_FILES["2020-06"])
    search = searched_by(searched)
    total, read = rows_read_by_the_page(Search(search.criteria, search.filters, offset=offset, limit=10, facets=True))
    assert total == from_rows(searched)[0] <= offset
    assert read and all(loops == 0 for _, loops in read), read


def test_a_word_without_several_others_is_counted_not_visited():
    criteria = searched_by(WORD_WITHOUT[-1]).criteria
    assert postgres_query._counted_words(criteria, ("TRUE", []), False) is not None


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
        cursor.execute("UPDATE search_word SET n = n + 1000 WHERE id = "
                       "(SELECT min(id) FROM search_word WHERE word = '城市' AND record_type = 'document')")
    assert client.get("/api/search/", {"q": "城市"}).json()["total"] == before + 1000
    filtered = client.get("/api/search/", {"q": "城市", "type": "document"}).json()["total"]
    assert filtered > 1000  # a word with a filter: from the counts too
    dated = client.get("/api/search/", {"q": "城市", "date_from": "2020-01-01"}).json()
    assert dated["total"] <= before, dated  # a date range: counted from the rows


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

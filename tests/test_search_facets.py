"""Facets: counts of the matching records by type, year, 栏目 and issuer, each a link that filters.

The expected counts are made here from the database rows of the fixture issues, never from an
engine: each published record's indexed text (its search index's `text`) cut into words by
search.segment, its type, year, 栏目 and issuers read from its model, and a 发文目录 row left out
when its issue prints the document it lists (the document is that one result).
"""

from collections import Counter

import pytest
from haystack import connections

from issues.models import Appointment, Document, Interpretation, IssuedListEntry
from issues.parser import kinds
from search.query import MAX_FACET_VALUES
from search.search_indexes import RECORD_INDEXES
from search.segment import analyse
from tests.search_issues import issue_2022_3
from tests.test_search_counts import indexed_words

pytestmark = pytest.mark.django_db

API = "/api/search/"
ISSUERS = {  # model -> its issuing bodies, from its own columns
    Document: lambda r: r.issuer.split(),
    Interpretation: lambda r: [r.unit] if r.unit else [],
    Appointment: lambda r: [r.decided_by] if r.decided_by else [],
}


@pytest.fixture
def fixture_archive(parsed_issues, save_issue):
    for parsed in parsed_issues.values():
        save_issue(parsed)


def own_listed_row(record) -> bool:
    return isinstance(record, IssuedListEntry) and bool(record.doc_key) and \
        Document.objects.filter(issue=record.issue, doc_key=record.doc_key).exists()


def records_from_the_database() -> list[dict]:
    unified = connections["default"].get_unified_index()
    rows = []
    for index_class in RECORD_INDEXES:
        index = unified.get_index(index_class.model)
        for record in index_class.model.objects.filter(issue__status="published").select_related("issue"):
            if own_listed_row(record):
                continue
            rows.append({"words": indexed_words(index.full_prepare(record)["text"])[0],
                         "type": index_class.RECORD_TYPE, "year": record.issue.year,
                         "category": getattr(record, "category", "") or kinds.BY_KEY[record.kind].categories[0],
                         "issuer": ISSUERS.get(type(record), lambda r: [])(record)})
    return rows


def expected_facets(rows, q: str, **filters) -> dict[str, Counter]:
    tokens = analyse(q)
    matching = [r for r in rows if all(t in r["words"] for t in tokens)
                and all(value in (r[name] if name == "issuer" else [r[name]]) for name, value in filters.items())]
    counts = {name: Counter(r[name] for r in matching) for name in ("type", "year", "category")}
    counts["issuer"] = Counter(issuer for r in matching for issuer in r["issuer"])
    return counts


def found_facets(data) -> dict[str, dict]:
    return {name: {entry["value"]: entry["count"] for entry in entries} for name, entries in data["facets"].items()}


QUERIES = [("城市", {}), ("人口", {}), ("疫情防控", {}), ("通知", {"year": 2020}), ("工作", {"type": "document"}),
           ("实施", {"category": "市府办文件"})]


def test_facet_counts_are_the_matching_records_counted_from_the_database(client, fixture_archive):
    rows = records_from_the_database()
    problems = {}
    for q, filters in QUERIES:
        data = client.get(API, {"q": q, "snippets": "0", "page_size": "1", **filters}).json()
        expected, found = expected_facets(rows, q, **filters), found_facets(data)
        shown_issuers = found.pop("issuer")
        wanted = {name: dict(expected[name]) for name in ("type", "year", "category")}
        if found != wanted or data["total"] != sum(expected["type"].values()):
            problems[q] = (data["total"], found, wanted)
        ranked = expected["issuer"].most_common()
        cut = ranked[MAX_FACET_VALUES - 1][1] if len(ranked) >= MAX_FACET_VALUES else 0
        if any(expected["issuer"][i] != n for i, n in shown_issuers.items()) or \
                len(shown_issuers) != min(len(ranked), MAX_FACET_VALUES) or \
                any(n > cut for i, n in ranked if i not in shown_issuers):
            problems[q, "issuer"] = (shown_issuers, ranked)
    assert problems == {}
    assert sum(1 for q, _ in QUERIES if len(found_facets(client.get(API, {"q": q}).json())["issuer"]) > 1) >= 3


def test_each_facet_value_links_to_its_filtered_search(client, search_archive):
    data = client.get(API, {"q": "城市", "snippets": "0"}).json()
    for name, entries in data["facets"].items():
        entry = entries[-1]  # the least frequent: a filter that narrows
        narrowed = client.get(entry["url"]).json()
        assert narrowed["total"] == entry["count"], (name, entry)
        assert next(e for e in narrowed["facets"][name] if e["value"] == entry["value"])["selected"]


def test_the_page_lists_the_facets_beside_the_results_as_links(client, search_archive):
    html = client.get("/search/", {"q": "城市", "year": "2022"}).content.decode()
    api = client.get(API, {"q": "城市", "year": "2022"}).json()["facets"]
    document = next(e for e in api["type"] if e["value"] == "document")
    assert f'文件 <span class="count">{document["count"]}</span></a>' in html
    assert 'class="selected" aria-current="true" title="取消这一筛选">2022年' in html
    assert html.index('class="search-results"') < html.index('class="search-refine"')  # results first


def test_a_document_and_its_own_issued_list_row_are_one_result(client, save_issue):
    save_issue(issue_2022_3())
    opinion = client.get(API, {"q": "加快人口集聚的若干意见", "match": "exact", "scope": "title"}).json()
    assert sorted(r["type"] for r in opinion["results"]) == ["document", "interpretation"]
    unprinted = client.get(API, {"q": "城市更新行动方案"}).json()  # listed, its text not in the archive
    assert [r["type"] for r in unprinted["results"]] == ["issued"]

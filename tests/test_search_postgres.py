"""PostgreSQL full-text search (search.postgres): the engine of the PostgreSQL pass, its GIN index,
the index written in the records' transaction, long texts in several rows, unindexable text.

The behaviour both engines share is tested by the other test_search_* modules, in both passes.
"""

import json
import logging

import pytest
from django.db import connection, transaction

from issues.ingest import ingest_path
from issues.models import Issue
from search.indexing import backend, update_index
from search.models import IndexEntry
from search.criteria import Search, Words
from search.postgres import MAX_POSITIONS, PostgresSearchBackend
from search.postgres_query import find
from tests.conftest import ISSUE_FILES, postgres_only
from tests.factories import document, make_issue

pytestmark = [pytest.mark.django_db, postgres_only]

API = "/api/search/"
PHRASE = "千万级常住人口城市"
# About 4,500 words of ordinary prose, every word again and again (far past 256 times for some).
PROSE = "为深入贯彻落实党中央、国务院决策部署，坚持以人民为中心的发展思想，统筹推进各项工作。" * 300


def total(client, q, **params):
    return client.get(API, {"q": q, **params}).json()["total"]


def indexed(*documents):
    """A published issue of these documents, indexed as ingest does."""
    issue = make_issue(documents=list(documents))
    assert update_index(issue) == ""
    return issue


def test_the_postgresql_pass_searches_with_postgresql():
    assert isinstance(backend(), PostgresSearchBackend)


# (row condition of a probe, the index that answers it)
PROBES = [("words @@ %s::tsquery", "'城市' & '更新'", "search_entry_words"),
          ("words @@ %s::tsquery OR person = %s", ("'蔡' & '月琴'", "蔡月琴"), "search_entry_person"),
          ("issuer @> %s::jsonb", '["温州市人民政府"]', "search_entry_issuer"),
          # several words: the rows of records cut into several, probed for any of the words
          ("split AND words @@ %s::tsquery", "'市长' | '会议'", "search_entry_split_words"),
          # a phrase: its adjacent words (migration search 0005)
          ("search_pairs(words) @@ %s::tsquery", "'城市 更新'", "search_entry_pairs")]


@pytest.mark.parametrize(("condition", "params", "index"), PROBES, ids=["words", "name", "issuer", "split", "pairs"])
def test_probes_use_an_index(condition, params, index):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN SELECT identifier FROM search_entry WHERE {condition}",
                       list(params) if isinstance(params, tuple) else [params])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index in plan


def test_an_ingest_is_searchable_in_its_own_transaction_and_not_marked_stale(client):
    with transaction.atomic():
        issue = ingest_path(ISSUE_FILES["2020-06"]).issue
        assert IndexEntry.objects.filter(issue_key="2020-6").exists()
        assert Issue.objects.get(pk=issue.pk).index_stale is False
    assert total(client, "倪士章") == 2


def test_a_rolled_back_ingest_leaves_no_index_rows():
    with pytest.raises(RuntimeError), transaction.atomic():
        ingest_path(ISSUE_FILES["2020-06"])
        raise RuntimeError("the commit never happens")
    assert not Issue.objects.exists() and not IndexEntry.objects.exists()


def test_a_rolled_back_publish_keeps_the_published_hits(client):
    ingest_path(ISSUE_FILES["2020-06"])
    draft = make_issue(status="draft", documents=[document("温政办〔2020〕53号", title="草稿里的新标题")])
    with pytest.raises(RuntimeError), transaction.atomic():
        draft.publish()
        assert total(client, "草稿里的新标题") == 1 and total(client, "倪士章") == 0
        raise RuntimeError("the commit never happens")
    assert total(client, "草稿里的新标题") == 0 and total(client, "倪士章") == 2


def test_a_phrase_past_word_16383_is_found(client):
    indexed(document("温政办〔2020〕53号", body=PROSE * 4 + PHRASE + "。"))
    rows = IndexEntry.objects.filter(identifier__startswith="issues.document.")
    assert rows.count() > 1  # one tsvector could not hold its positions
    assert total(client, f'"{PHRASE}"') == 1
    assert total(client, '"人口城市千万级"') == 0


def test_a_phrase_across_the_cut_between_two_rows_is_found(client, monkeypatch):
    monkeypatch.setattr("search.postgres.MAX_PER_WORD", 20)  # cut often: some cut falls inside the phrase
    body = "".join(f"第{n}条{PHRASE}。" for n in range(60))
    indexed(document("温政办〔2020〕53号", body=body))
    assert IndexEntry.objects.count() > 2
    assert total(client, f'"{PHRASE}"') == 1


def test_words_in_different_rows_of_one_record_match_it_once(client):
    indexed(document("温政办〔2020〕53号", body="数字经济开篇。" + PROSE * 4 + "民营经济收尾。"))
    assert IndexEntry.objects.count() > 1
    assert total(client, "数字经济 民营经济") == 1
    assert total(client, "数字经济 -民营经济") == 0


def test_a_text_whose_tsvector_would_pass_1_mb_is_stored_in_several_rows(client):
    words = " ".join(f"w{n:038d}" for n in range(30000))  # 1.2 MB of distinct words
    indexed(document("温政办〔2020〕53号", body=words + " 结尾词语"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), max(pg_column_size(words)), max(length(words)) FROM search_entry")
        rows, largest, most_words = cursor.fetchone()
    assert rows > 1 and largest < 1024 * 1024 and most_words <= MAX_POSITIONS
    assert total(client, f"w{29999:038d}") == 1 and total(client, "结尾词语") == 1


def test_a_record_whose_text_cannot_be_stored_is_indexed_by_title_and_keys(client, monkeypatch, caplog):
    from search import postgres

    tsvector = postgres.Part.tsvector

    def refused(part):  # as PostgreSQL refuses a tsvector it cannot hold
        vector = tsvector(part)
        return vector + " '" if "'索引'" in vector else vector

    monkeypatch.setattr(postgres.Part, "tsvector", refused)
    with caplog.at_level(logging.WARNING, logger="search.postgres"):
        indexed(document("温政办〔2020〕53号", title="正常的标题", body="正文有不可索引的内容"),
                document("温政办〔2020〕54号", title="另一份文件", body="正文照常"))
    assert "issues.document." in caplog.text and "正常的标题" in caplog.text
    assert total(client, "正常的标题") == 1 and total(client, "温政办〔2020〕53号") >= 1
    assert total(client, "索引") == 0 and total(client, "正文照常") == 1


def test_health_counts_the_indexed_records(rf):
    from gazette.health import healthz

    indexed(document("温政办〔2020〕53号", body=PROSE * 4), document("温政办〔2020〕54号"))
    body = json.loads(healthz(rf.get("/healthz")).content)
    assert body["search_index"] == {"ok": True, "documents": 2}


def test_a_record_matching_in_several_rows_is_counted_once(client, monkeypatch):
    monkeypatch.setattr("search.postgres.MAX_PER_WORD", 20)  # PHRASE's words in every one of many rows
    indexed(document("温政办〔2020〕53号", body="".join(f"第{n}条{PHRASE}。" for n in range(60))))
    assert IndexEntry.objects.count() > 2
    assert total(client, "千万级") == 1 and total(client, "常住人口 城市") == 1


def test_only_the_first_matches_are_ranked_and_pages_go_on_without_repeats(monkeypatch):
    """Matches are first ordered without reading tsvectors (title, date); the best RERANKED of
    them by ts_rank_cd. The dense record is third in the first order, first once ranked."""
    monkeypatch.setattr("search.postgres_query.RERANKED", 3)
    bodies = ["城市。" + "其他内容。" * 5, "城市和乡村。", "城市城市城市城市城市城市城市城市。", "城市规划。", "城市交通。",
              "城市绿化。", "城市更新。"]
    indexed(*[document(f"温政办〔2020〕{n}号", title=f"关于第{n}项工作的通知", body=body) for n, body in enumerate(bodies)])
    numbers = [f"温政办〔2020〕{n}号" for n in range(len(bodies))]
    pages = [find(Search(Words(("城市",)), offset=offset, limit=2)) for offset in range(0, 8, 2)]
    found = [hit["doc_number"] for page in pages for hit in page.hits]
    assert {page.total for page in pages} == {len(bodies)}
    assert sorted(found) == sorted(numbers)  # every match once
    assert found[0] == numbers[2]


# Records of one row and records cut into several (FILLER passes the 60 positions a part is cut to
# below), with the two words in one row, in different rows, in several rows, or one of them only.
FILLER = "为深入贯彻落实党中央、国务院决策部署，统筹推进各项工作。" * 8
SPLIT_RECORDS = {
    "one row, both words": "数字经济和民营经济。",
    "one row, one word": "数字经济。",
    "several rows, a word in each of two": "数字经济开篇。" + FILLER + "民营经济收尾。",
    "several rows, both words in two rows": "数字经济与民营经济开篇。" + FILLER + "数字经济与民营经济收尾。",
    "several rows, one word": "民营经济开篇。" + FILLER + "。",
}
SPLIT_MATCHES = [  # (query, the records it matches)
    ("数字经济 民营经济", {"one row, both words", "several rows, a word in each of two",
                      "several rows, both words in two rows"}),
    ("数字经济", {"one row, both words", "one row, one word", "several rows, a word in each of two",
              "several rows, both words in two rows"}),
    ('"数字经济" 民营经济 开篇', {"several rows, a word in each of two", "several rows, both words in two rows"}),
    ("数字经济 -民营经济", {"one row, one word"}),
    ("民营经济 收尾", {"several rows, a word in each of two", "several rows, both words in two rows"}),
]


@pytest.fixture
def split_records(monkeypatch):
    monkeypatch.setattr("search.postgres.MAX_POSITIONS", 60)  # cut short texts as 16,000 positions cut long ones
    monkeypatch.setattr("search.postgres.OVERLAP", 4)
    names = list(SPLIT_RECORDS)
    indexed(*[document(f"温政办〔2020〕{n}号", title=f"第{n}号通知", body=SPLIT_RECORDS[name])
              for n, name in enumerate(names, start=1)])
    return {f"温政办〔2020〕{n}号": name for n, name in enumerate(names, start=1)}


@pytest.mark.parametrize("q, matching", SPLIT_MATCHES, ids=[q for q, _ in SPLIT_MATCHES])
def test_records_of_one_row_and_of_several_are_each_counted_once(client, split_records, q, matching):
    data = client.get(API, {"q": q, "page_size": 100}).json()
    assert data["total"] == len(matching)
    assert {split_records[r["doc_number"]] for r in data["results"]} == matching
    assert {e["value"]: e["count"] for e in data["facets"]["type"]} == {"document": len(matching)}


def test_only_the_rows_of_records_cut_in_several_are_marked_split(split_records):
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(fields->>'doc_number'), bool_and(split), bool_or(split), count(*) "
                       "FROM search_entry JOIN search_text ON entry_id = id GROUP BY identifier")
        marks = {split_records[number]: (every, some, rows) for number, every, some, rows in cursor.fetchall()}
    for name, (every, some, rows) in marks.items():
        assert (every, some) == ((True, True) if name.startswith("several") else (False, False)), name
        assert (rows > 1) == name.startswith("several"), name


def test_what_a_result_shows_is_kept_beside_each_row_and_deleted_with_it(client, split_records):
    """search_entry holds what matching and counting read; the text and stored fields of each row
    are in search_text, which the database empties with its rows (ON DELETE CASCADE)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), count(text.entry_id) FROM search_entry LEFT JOIN search_text text "
                       "ON text.entry_id = search_entry.id")
        rows, with_text = cursor.fetchone()
        assert rows == with_text > len(SPLIT_RECORDS)
        backend().remove_records(list(IndexEntry.objects.values_list("identifier", flat=True).distinct()))
        cursor.execute("SELECT count(*) FROM search_text")
        assert cursor.fetchone()[0] == 0
    assert total(client, "数字经济") == 0


# Phrases of two and three words, on their own, in the title, with a filter, beside other words.
PHRASE_QUERIES = ['"温州市人民政府"', '"千万级常住人口城市"', '"人口城市千万级"', '"人民政府办公室"', '"市政府常务会议"',
                  '"有关单位" 会议', '"高质量发展" -城市']


def test_phrases_found_by_their_pairs_are_those_the_positions_give(client, monkeypatch):
    """A phrase is found through the GIN index of its adjacent words (search_pairs) without re-checking
    each candidate: the same records, the same totals and facets as re-checking every row's positions."""
    for name in ("2020-06", "2020-11"):
        ingest_path(ISSUE_FILES[name])
    asked = [{"q": q, "page_size": 100, **params} for q in PHRASE_QUERIES
             for params in ({}, {"scope": "title"}, {"type": "document"})]
    by_pairs = [client.get(API, params).json() for params in asked]
    monkeypatch.setattr("search.postgres_compile.phrase_pairs", lambda words: None)
    by_positions = [client.get(API, params).json() for params in asked]
    assert sum(1 for found in by_pairs if found["total"]) >= 8
    assert by_pairs == by_positions

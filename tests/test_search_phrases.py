"""Chinese words and quoted phrases: jieba segmentation with sequential word positions."""

from dataclasses import replace

import pytest

from search.backend import ANALYZER
from search.segment import analyse, segment
from tests.search_issues import CITY_OPINION, LABOUR_NOTICE, issue_2022_3

API = "/api/search/"


def titles(client, q, **params):
    return [r["title"] for r in client.get(API, {"q": q, **params}).json()["results"]]


def test_words_get_sequential_positions_and_sub_words_share_their_parents():
    tokens = [(t.text, t.pos) for t in ANALYZER("千万级常住人口城市", positions=True, mode="index")]
    assert tokens[0] == ("千万级", 0)
    assert ("常住人口", 1) in tokens and ("常住", 1) in tokens and ("人口", 1) in tokens
    assert tokens[-1] == ("城市", 2)


def test_queries_are_segmented_without_sub_words():
    assert analyse("千万级常住人口城市") == ["千万级", "常住人口", "城市"]


# Two sentences of the 2020-06 fixture issue (lines 926, 490): 安全生产 in one, 安全 and 生产 apart in the other.
TOGETHER = "安全生产不仅是最基本的民生问题、发展问题，更是重大的政治问题。"
APART = "加强老年产品质量安全体系建设和监管，推动老年人关注的保健食品行业发展，在保健食品生产企业中持续推行危害分析和关键控制点（HACCP）体系"


@pytest.mark.parametrize("run, words, sentence", [
    ("安全生产", ["安全", "生产"], TOGETHER),
    ("疫情防控", ["疫情", "防控"], "△ 副市长汤筱疏参加市疫情防控领导小组会议。"),  # 2020-06 fixture issue
], ids=["安全生产", "疫情防控"])
def test_a_run_jieba_cuts_in_a_query_is_cut_the_same_in_indexed_text(run, words, sentence):
    # not in jieba's dictionary: the index never holds the run as one word, with sub-words or without
    assert analyse(run) == words
    assert [w for w, *_ in segment(sentence, sub_words=True) if w in (run, *words)] == words


@pytest.mark.django_db
@pytest.mark.parametrize("q, expected", [
    ("安全生产", {CITY_OPINION.title, LABOUR_NOTICE.title}),
    ("安全 生产", {CITY_OPINION.title, LABOUR_NOTICE.title}),
    ('"安全生产"', {CITY_OPINION.title}),
], ids=["a-run-asks-each-word-anywhere", "as-typed-apart", "quoted-side-by-side"])
def test_a_run_cut_into_words_asks_for_every_word_as_words_typed_apart_do(client, save_issue, q, expected):
    issue = issue_2022_3()
    save_issue(replace(issue, documents=[replace(CITY_OPINION, body=TOGETHER), replace(LABOUR_NOTICE, body=APART)]))
    found = client.get(API, {"q": q}).json()
    assert (set(r["title"] for r in found["results"]), found["total"]) == (expected, len(expected))


def test_punctuation_is_dropped_and_full_width_latin_normalised():
    assert analyse("ＺＪＣＣ，城市。") == ["zjcc", "城市"]


@pytest.mark.django_db
def test_a_quoted_phrase_finds_the_document_containing_it(client, save_issue):
    save_issue(issue_2022_3())
    assert titles(client, '"千万级常住人口城市"') == ["温州市人民政府关于加快人口集聚的若干意见"]


@pytest.mark.django_db
def test_the_same_words_reordered_in_quotes_do_not_match(client, save_issue):
    save_issue(issue_2022_3())
    assert titles(client, '"人口城市千万级"') == []


@pytest.mark.django_db
def test_without_quotes_the_words_may_be_apart(client, save_issue):
    save_issue(issue_2022_3())
    found = titles(client, "人口 千万级")
    assert "关于做好外来务工人员服务的通知" in found and "温州市人民政府关于加快人口集聚的若干意见" in found


@pytest.mark.django_db
def test_a_sub_word_of_a_longer_word_is_found(client, save_issue):
    save_issue(issue_2022_3())
    assert "温州市人民政府关于加快人口集聚的若干意见" in titles(client, "常住")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q, expected",
    [
        ("人口集聚 OR 务工人员", {"温州市人民政府关于加快人口集聚的若干意见", "关于做好外来务工人员服务的通知"}),
        ("千万级 -务工", {"温州市人民政府关于加快人口集聚的若干意见"}),
        ("千万级 NOT 务工", {"温州市人民政府关于加快人口集聚的若干意见"}),
    ],
    ids=["or", "minus", "not"],
)
def test_or_and_not_work_between_words(client, save_issue, q, expected):
    save_issue(issue_2022_3())
    assert set(titles(client, q, type="document")) == expected

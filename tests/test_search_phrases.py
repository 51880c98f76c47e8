"""Chinese words and quoted phrases: jieba segmentation with sequential word positions."""

import pytest

from search.backend import ANALYZER
from search.segment import analyse
from tests.search_issues import issue_2022_3

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

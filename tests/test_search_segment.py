"""search/segment.py: segmentation in bounded chunks (issue 19, finding 1).

jieba's time grows with the square of an unbroken run of Han characters; segment() gives it at most
CHUNK characters at a time, with positions running on across chunks. Times are measured by
bench/segment_bench.py, not here: these tests count words and positions.
"""

import dataclasses
import logging

import jieba
import pytest

from search import segment as segment_module
from search.segment import CHUNK, HALF_WIDTH, segment
from tests.conftest import fixture_text
from tests.search_issues import CITY_OPINION, issue_2022_3

API = "/api/search/"
PHRASE = "千万级常住人口城市"
# 温州市人民政府办公室 (10 characters, no punctuation) repeated, then the phrase across the CHUNK-th character:
# the cut falls inside 常住人口.
ACROSS_A_CUT = "温州市人民政府办公室" * (CHUNK // 10 - 1) + "关于加快" + PHRASE + "建设的意见"


def whole(text: str) -> list[tuple[str, int]]:
    """(word, start) as jieba gives them for the text in one piece (the slow way)."""
    return [(word, start) for word, start, _ in jieba.tokenize(text.translate(HALF_WIDTH))]


@pytest.mark.parametrize("text", [
    pytest.param(fixture_text("2020-06"), id="a_whole_gazette_issue"),
    pytest.param(ACROSS_A_CUT, id="a_run_longer_than_a_chunk_cut_inside_a_word"),
    pytest.param("，".join(["温州市人民政府办公室" * 30] * 5), id="runs_of_300_between_commas"),
])
def test_chunks_give_the_words_of_the_whole_text(text):
    assert list(segment_module._words(text.translate(HALF_WIDTH))) == whole(text)


@pytest.mark.parametrize("issue", [
    pytest.param("2019-04", id="a_scanned_issue_read_twice"),
    pytest.param("2021-05", id="a_text_issue_read_twice"),
])
def test_blocks_segmented_from_the_cache_give_jiebas_words(issue):
    text = fixture_text(issue)
    list(segment_module._words(text.translate(HALF_WIDTH)))  # every block of the issue now cached
    hits = segment_module._block_words.cache_info().hits
    assert list(segment_module._words(text.translate(HALF_WIDTH))) == whole(text)
    assert segment_module._block_words.cache_info().hits > hits


@pytest.mark.parametrize("length", [CHUNK - 1, CHUNK, CHUNK + 1, 10 * CHUNK + 7])
def test_a_run_of_one_character_keeps_every_character_with_positions_in_sequence(length):
    words = list(segment("市" * length))
    assert "".join(word for word, *_ in words) == "市" * length
    assert [position for _, position, _, _ in words] == list(range(len(words)))
    assert all(end - start == len(word) for word, _, start, end in words)


def test_the_phrase_across_a_cut_gets_consecutive_positions():
    words = {word: position for word, position, _, _ in segment(ACROSS_A_CUT)}
    assert ACROSS_A_CUT.index(PHRASE) < CHUNK < ACROSS_A_CUT.index(PHRASE) + len(PHRASE)
    assert words["常住人口"] == words["千万级"] + 1 and words["城市"] == words["千万级"] + 2


@pytest.mark.django_db
def test_a_phrase_across_a_cut_is_found_by_a_phrase_query(client, save_issue):
    issue = issue_2022_3()
    issue.documents = [dataclasses.replace(CITY_OPINION, body=ACROSS_A_CUT)]
    save_issue(issue)
    found = client.get(API, {"q": f'"{PHRASE}"'}).json()
    assert [hit["title"] for hit in found["results"]] == [CITY_OPINION.title]


@pytest.mark.django_db
def test_a_record_whose_text_cannot_be_segmented_is_indexed_by_title_and_keys(client, save_issue, monkeypatch,
                                                                             caplog):
    words = segment_module._words

    def failing(text):  # whatever may still go wrong with one record's text
        if "病态文本" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return words(text)

    monkeypatch.setattr(segment_module, "_words", failing)
    issue = issue_2022_3()
    issue.documents = [dataclasses.replace(CITY_OPINION, body="人口规模稳步增长。病态文本"), *issue.documents[1:]]
    with caplog.at_level(logging.WARNING):
        save_issue(issue)  # asserts the index update reported no error
    assert "issues.document." in caplog.text and CITY_OPINION.title in caplog.text
    assert client.get(API, {"q": CITY_OPINION.doc_number}).json()["total"] >= 1
    assert client.get(API, {"q": "人口集聚的若干意见"}).json()["total"] >= 1  # its title
    assert client.get(API, {"q": "稳步增长"}).json()["total"] == 0  # not its body
    assert client.get(API, {"q": "外来务工人员"}).json()["total"] >= 1  # the issue's other records

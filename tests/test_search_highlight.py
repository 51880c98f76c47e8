"""Snippets: the best passage of the text, with the matched Chinese words marked."""

import pytest

from search.snippets import snippet
from tests.search_issues import FILLER, issue_2022_3

API = "/api/search/"


def first_snippet(client, q, **params):
    return client.get(API, {"q": q, **params}).json()["results"][0]["snippet"]


@pytest.mark.django_db
def test_matched_chinese_words_are_marked(client, save_issue):
    save_issue(issue_2022_3())
    text = first_snippet(client, "千万级 常住人口", type="document")
    assert "<mark>千万级常住人口</mark>城市" in text


@pytest.mark.django_db
def test_the_snippet_is_the_best_passage_not_the_start_of_the_body(client, save_issue):
    save_issue(issue_2022_3())
    text = first_snippet(client, '"千万级常住人口城市"', type="document")
    assert text.startswith("…") and text.endswith("…")
    assert not text.lstrip("…").startswith(FILLER[:10])
    assert "<mark>千万级常住人口城市</mark>" in text


@pytest.mark.django_db
def test_a_sub_word_hit_marks_only_the_sub_word(client, save_issue):
    save_issue(issue_2022_3())
    text = first_snippet(client, "常住", type="document")
    assert "<mark>常住</mark>人口" in text


@pytest.mark.django_db
def test_snippets_escape_html_in_the_text(client, save_issue):
    save_issue(issue_2022_3())
    text = first_snippet(client, "务工人员", type="document")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<mark>务工人员</mark>" in text


@pytest.mark.django_db
def test_snippets_can_be_turned_off(client, save_issue):
    save_issue(issue_2022_3())
    assert first_snippet(client, "千万级", snippets="0") == ""


@pytest.mark.parametrize(
    "text, terms, needles, expected",
    [
        ("", {"城市"}, ["城市"], ""),
        ("城市更新", {"城市"}, ["城市"], "<mark>城市</mark>更新"),
        ("没有命中的文字", {"城市"}, ["城市"], "没有命中的文字"),
        ("a < b 城市", {"城市"}, ["城市"], "a &lt; b <mark>城市</mark>"),
        ("到２０２０年", {"2020"}, ["2020"], "到<mark>２０２０</mark>年"),
        # issue 14: adjacent hits are one mark, not 养老 服务 as two
        ("社区养老服务提质", {"养老", "服务"}, ["养老", "服务"], "社区<mark>养老服务</mark>提质"),
        ("养老 服务", {"养老", "服务"}, ["养老", "服务"], "<mark>养老</mark> <mark>服务</mark>"),
    ],
    ids=["empty", "short", "no-hit", "escaped", "full-width-digits", "adjacent-hits-joined", "apart-stay-apart"],
)
def test_snippet_cases(text, terms, needles, expected):
    assert snippet(text, terms, needles) == expected


def test_a_long_text_is_cut_around_the_densest_hits():
    text = "甲" * 500 + "城市更新" + "乙" * 50 + "城市更新 人口集聚" + "丙" * 500
    result = snippet(text, {"城市", "更新", "人口", "集聚"}, ["城市更新", "人口集聚"])
    assert result.startswith("…") and result.endswith("…")
    assert "<mark>城市更新</mark> <mark>人口集聚</mark>" in result
    assert len(result.replace("<mark>", "").replace("</mark>", "")) <= 122


def test_only_a_window_of_a_long_text_is_analysed(monkeypatch):
    import search.snippets

    analysed = []
    real = search.snippets.highlight

    def spy(text, *args, **kwargs):
        analysed.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(search.snippets, "highlight", spy)
    snippet(FILLER * 50 + "千万级常住人口城市" + FILLER * 50, {"千万级"}, ["千万级"])
    assert analysed and max(analysed) <= search.snippets.WIDTH


@pytest.mark.parametrize(
    "text, terms, literals, expected",
    [
        ("倪士章任局长", {"倪士章"}, ["倪士章"], "<mark>倪士章</mark>任局长"),
        ("城市更新", {"城市"}, ["城市更"], "<mark>城市</mark>更新"),
        ("a<b 张三", set(), ["张三"], "a&lt;b <mark>张三</mark>"),
        ("没有命中", {"城市"}, ["城市"], "没有命中"),
    ],
    ids=["name-cut-differently", "terms-marked-first", "escaped", "no-hit"],
)
def test_what_was_typed_is_marked_where_no_term_is(text, terms, literals, expected):
    assert snippet(text, terms, literals, literals=literals) == expected


@pytest.mark.django_db
def test_titles_are_highlighted(client, save_issue):
    save_issue(issue_2022_3())
    results = client.get(API, {"q": "人口集聚", "type": "document"}).json()["results"]
    assert results[0]["title_html"] == "温州市人民政府关于加快<mark>人口集聚</mark>的若干意见"
    html = client.get("/search/", {"q": "人口集聚", "type": "document"}).content.decode()
    assert "关于加快<mark>人口集聚</mark>的若干意见</a></h2>" in html

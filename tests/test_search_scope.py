"""Scope (full text or title only) and match (all words or the exact phrase), on the page and in the API."""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/search/"


def titles(client, q, **params) -> set[str]:
    response = client.get(API, {"q": q, "snippets": "0", **params})
    assert response.status_code == 200, response.content
    return {r["title"] for r in response.json()["results"]}


OPINION = "温州市人民政府关于加快人口集聚的若干意见"
READING = "《关于加快人口集聚的若干意见》政策解读"
MEETING = "市政府召开常务会议"
LABOUR = "关于做好外来务工人员服务的通知"
RENEWAL = "温州市人民政府办公室关于推进城市更新的实施意见"
RENEWAL_PLAN = "温州市人民政府办公室关于印发城市更新行动方案的通知"


@pytest.mark.parametrize("q, params, expected", [
    # the news brief has 人口集聚 in its text only
    ("人口集聚", {}, {OPINION, READING, MEETING}),
    ("人口集聚", {"scope": "title"}, {OPINION, READING}),
    ("人口集聚", {"scope": "all"}, {OPINION, READING, MEETING}),
    # the words apart in the titles: all words finds them, the exact phrase does not
    ("人民政府 实施意见", {"scope": "title"}, {RENEWAL}),
    ("人民政府 实施意见", {"scope": "title", "match": "exact"}, set()),
    ("政府办公室关于", {"scope": "title", "match": "exact"}, {RENEWAL, RENEWAL_PLAN}),
    # exact: what was typed is one phrase, its words side by side and in order
    ("务工人员 外来", {}, {LABOUR}),
    ("务工人员 外来", {"match": "exact"}, set()),
    ("外来 务工人员", {"match": "exact"}, {LABOUR}),
    ("通知", {"scope": "title", "type": "document"}, {LABOUR}),
], ids=["text", "title", "all-is-text", "title-words-apart", "title-exact-apart", "title-exact",
        "words-any-order", "exact-out-of-order", "exact-in-order", "title-with-a-filter"])
def test_scope_and_match_choose_what_matches(client, search_archive, q, params, expected):
    assert titles(client, q, **params) == expected


@pytest.mark.parametrize("params, field", [({"scope": "body"}, "scope"), ({"match": "fuzzy"}, "match")])
def test_an_unknown_scope_or_match_is_refused_naming_it(client, search_archive, params, field):
    response = client.get(API, {"q": "城市", **params})
    assert response.status_code == 400 and list(response.json()["fields"]) == [field]


def test_the_page_offers_both_choices_and_keeps_them(client, search_archive):
    html = client.get("/search/", {"q": "人口集聚", "scope": "title", "match": "exact"}).content.decode()
    assert '<input type="radio" name="scope" value="title" checked>' in html
    assert '<input type="radio" name="match" value="exact" checked>' in html
    assert "共找到 2 条结果" in html

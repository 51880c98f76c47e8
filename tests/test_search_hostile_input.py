"""Whatever is typed, the page and the API answer 200 or 400, never 500."""

import pytest

from tests.search_issues import issue_2022_3

pytestmark = pytest.mark.django_db

HOSTILE = [
    "((",
    "))",
    '"千万级常住人口城市',
    '"',
    '""',
    "“千万级",
    "*",
    "?",
    "城市*",
    "title:城市",
    "text:(人口",
    "[2020 TO 2021]",
    "{a TO}",
    "AND",
    "OR 城市",
    "城市 OR",
    "NOT",
    "NOT 城市",
    "-城市",
    "-",
    "城市 AND OR NOT 人口",
    "<script>alert(1)</script>",
    "a\x00b",
    "城" * 500,
    "城市 " * 100,
    "温政办〔",
    "ZJCC",
    "\\",
    "~2",
    "^3",
    "😀",
    "\u200b",
    "%",
]


@pytest.fixture
def archive(save_issue):
    save_issue(issue_2022_3())


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_get_200_or_400_from_the_api(client, archive, q):
    response = client.get("/api/search/", {"q": q})
    assert response.status_code in (200, 400)
    data = response.json()
    assert ("results" in data) if response.status_code == 200 else ("error" in data)


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_get_200_or_400_from_the_page(client, archive, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code in (200, 400)
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize("q", ["a\x00b", "城" * 500])
def test_nul_bytes_and_overlong_queries_are_refused_with_a_reason(client, archive, q):
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 400
    assert response.json()["fields"]["q"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "城市", "type": "pdf"},
        {"q": "城市", "year": "二〇二〇"},
        {"q": "城市", "year": "99999"},
        {"q": "城市", "category": "不存在的栏目"},
        {"q": "城市", "date_from": "2022-13-01"},
        {"q": "城市", "date_from": "2022/03/01"},
        {"q": "城市", "date_from": "2022-04-01", "date_to": "2022-03-01"},
        {"q": "城市", "sort": "title"},
        {"q": "城市", "page": "0"},
        {"q": "城市", "page": "-1"},
        {"q": "城市", "page": "abc"},
        {"q": "城市", "page": "99999999999999999999"},
        {"q": "城市", "issuer": "x" * 101},
        {"q": "城市", "snippets": "maybe"},
        {"q": ""},
        {},
    ],
    ids=lambda p: ",".join(f"{k}={str(v)[:12]}" for k, v in p.items()) or "nothing",
)
def test_bad_parameters_get_400_with_a_json_error(client, archive, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_bad_parameters_on_the_page_show_the_error(client, archive):
    response = client.get("/search/", {"q": "城市", "date_from": "昨天"})
    assert response.status_code == 400
    assert "检索参数有误" in response.content.decode()


def test_a_page_past_the_end_is_refused_naming_the_page(client, archive):
    response = client.get("/api/search/", {"q": "城市", "page": "50"})
    assert response.status_code == 400 and list(response.json()["fields"]) == ["page"]
    page = client.get("/search/", {"q": "城市", "page": "50"}).content.decode()
    assert "转到最后一页" in page


def test_an_empty_search_page_shows_the_help(client, archive):
    response = client.get("/search/")
    assert response.status_code == 200
    assert "用英文引号检索精确短语" in response.content.decode()

"""Numbered paging: page size, the pages' absolute addresses, a page past the end refused; CORS as /api/issues/."""

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from issues.parser.records import ParsedChronicleEntry
from tests.search_issues import issue_2022_3

pytestmark = pytest.mark.django_db

API = "/api/search/"
MEETINGS = 25


@pytest.fixture
def meetings(save_issue):
    parsed = issue_2022_3()
    base = parsed.chronicle[0]
    save_issue(replace(parsed, chronicle=[ParsedChronicleEntry(base.date.replace(day=d), f"第{d}次城市更新会议。")
                                          for d in range(1, MEETINGS + 1)]))


@pytest.mark.parametrize("page_size, page, shown, pages", [
    (None, 3, 5, 3), (7, 4, 4, 4), (1, 25, 1, 25), (100, 1, 25, 1),
], ids=["default-ten", "seven", "one", "hundred"])
def test_a_page_holds_page_size_results(client, meetings, page_size, page, shown, pages):
    params = {"q": "会议", "type": "chronicle", "page": page, **({"page_size": page_size} if page_size else {})}
    data = client.get(API, params).json()
    assert (data["total"], data["page"], data["page_size"], data["pages"], len(data["results"])) == \
        (MEETINGS, page, page_size or 10, pages, shown)


@pytest.mark.parametrize("params, field", [
    ({"page_size": "0"}, "page_size"), ({"page_size": "101"}, "page_size"), ({"page_size": "ten"}, "page_size"),
    ({"page": "4"}, "page"), ({"page": "26", "page_size": "1"}, "page"),
], ids=["size-zero", "size-over-100", "size-not-a-number", "page-past-the-end", "page-past-the-end-of-ones"])
def test_outside_the_range_is_refused_naming_the_field(client, meetings, params, field):
    response = client.get(API, {"q": "会议", "type": "chronicle", **params})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid" and list(response.json()["fields"]) == [field]


def test_next_and_previous_are_absolute_addresses_of_the_same_search(client, meetings):
    first = client.get(API, {"q": "会议", "type": "chronicle", "page_size": "10"}).json()
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert urlsplit(first["next"])[:3] == ("http", "testserver", API)
    assert parse_qs(urlsplit(first["next"]).query) == {"q": ["会议"], "type": ["chronicle"], "page_size": ["10"],
                                                        "page": ["2"]}
    last = client.get(second["next"]).json()
    assert (second["page"], last["page"], last["next"]) == (2, 3, None)
    assert client.get(last["previous"]).json()["results"] == second["results"]
    seen = [r["url"] for data in (first, second, last) for r in data["results"]]
    assert len(set(seen)) == MEETINGS


def test_the_page_links_numbered_pages(client, meetings):
    html = client.get("/search/", {"q": "会议", "type": "chronicle", "page_size": "5", "page": "3"}).content.decode()
    assert '<span aria-current="page">3</span>' in html
    numbers = [n for n in range(1, 6) if f'aria-label="第 {n} 页"' in html]
    assert numbers == [1, 2, 4, 5]
    assert "page_size=5&amp;page=4" in html
    assert '<input type="hidden" name="page_size" value="5">' in html


def test_the_search_api_is_open_to_every_origin_as_the_issues_api(client, meetings):
    response = client.get(API, {"q": "会议"}, HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(API, HTTP_ORIGIN="https://example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204 and "GET" in preflight["Access-Control-Allow-Methods"]
    refused = client.get(API, {"page_size": "0", "q": "会议"})
    assert refused.status_code == 400 and refused["Access-Control-Allow-Origin"] == "*"
    assert client.post(API, {"q": "会议"}).status_code == 405


@pytest.mark.parametrize("page, pages, numbers", [
    (1, 1, []), (1, 2, [1, 2]), (3, 5, [1, 2, 3, 4, 5]), (1, 10, [1, 2, 3, None, 10]),
    (5, 10, [1, None, 3, 4, 5, 6, 7, None, 10]), (10, 10, [1, None, 8, 9, 10]),
], ids=["one-page", "two-pages", "all-near", "first-of-ten", "middle-of-ten", "last-of-ten"])
def test_the_page_links_the_first_the_last_and_the_pages_around(page, pages, numbers):
    from search.views import page_numbers

    assert page_numbers(page, pages) == numbers

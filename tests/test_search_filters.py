"""Filters, date range, sort order and paging change the results as expected."""

import pytest

from tests.search_issues import issue_2022_3, issue_2023_1

pytestmark = pytest.mark.django_db

API = "/api/search/"


@pytest.fixture
def archive(save_issue):
    save_issue(issue_2022_3())
    save_issue(issue_2023_1())


def search(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200
    return response.json()


def test_without_filters_every_record_type_is_found(client, archive):
    found = {r["type"] for r in search(client, q="城市更新")["results"]}
    assert found == {"document", "news", "chronicle", "issued"}


@pytest.mark.parametrize(
    "params, expected_types",
    [
        ({"type": "chronicle"}, {"chronicle"}),
        ({"type": "news"}, {"news"}),
        ({"category": "发文目录"}, {"issued"}),
        ({"year": "2023"}, {"document"}),
        ({"date_from": "2022-03-06", "date_to": "2022-03-31"}, {"chronicle", "issued"}),
    ],
    ids=["type-chronicle", "type-news", "category", "year", "date-range"],
)
def test_filters_narrow_the_results(client, archive, params, expected_types):
    assert {r["type"] for r in search(client, q="城市更新", **params)["results"]} == expected_types


def test_the_issuer_filter_matches_one_of_joint_issuers(client, archive):
    data = search(client, q="务工人员", issuer="温州市财政局")
    assert [r["doc_number"] for r in data["results"]] == ["温人社发〔2022〕12号"]
    assert search(client, q="务工人员", issuer="温州市")["results"] == []


def test_appointments_are_filtered_by_type(client, archive):
    data = search(client, q="测试管理局", type="appointment")
    assert [(r["type"], r["person"]) for r in data["results"]] == [("appointment", "林一鸣")]


def test_sort_by_date_puts_the_newest_first(client, archive):
    dates = [r["issue"]["year"] for r in search(client, q="城市更新", sort="date")["results"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == 2023
    own_dates = [r["date"] for r in search(client, q="城市更新", sort="date", type="document")["results"]]
    assert own_dates == ["2023-01-05"]


def test_relevance_puts_title_matches_first(client, archive):
    data = search(client, q="推进城市更新")
    assert data["results"][0]["title"] == "温州市人民政府办公室关于推进城市更新的实施意见"


def test_filters_alone_list_records_newest_first(client, archive):
    data = search(client, type="document")
    assert [r["doc_number"] for r in data["results"]] == ["温政办〔2023〕2号", "温政发〔2022〕7号", "温人社发〔2022〕12号"]


def test_results_are_paged_ten_at_a_time(client, save_issue):
    from dataclasses import replace

    from issues.parser.records import ParsedChronicleEntry

    parsed = issue_2022_3()
    base = parsed.chronicle[0]
    parsed = replace(parsed, chronicle=[ParsedChronicleEntry(base.date.replace(day=d), f"第{d}次城市更新会议。")
                                        for d in range(1, 26)])
    save_issue(parsed)
    first, third = search(client, q="会议", type="chronicle"), search(client, q="会议", type="chronicle", page="3")
    assert first["total"] == third["total"] == 25
    assert len(first["results"]) == 10 and len(third["results"]) == 5
    assert third["page"] == 3


def test_the_page_shows_count_filters_and_pages(client, archive):
    html = client.get("/search/", {"q": "城市更新", "type": "chronicle"}).content.decode()
    assert "共找到 1 条结果" in html
    assert "市长主持召开<mark>城市更新</mark>工作推进会" in html


def test_an_empty_result_suggests_what_to_try(client, archive):
    html = client.get("/search/", {"q": "完全不存在的词语组合"}).content.decode()
    assert "没有找到" in html and "可以试试" in html


def test_results_match_the_api_schema(client, archive):
    data = search(client, q="人口集聚")
    assert set(data) >= {"query", "total", "page", "page_size", "pages", "next", "previous", "facets", "resolved",
                         "unarchived", "results"}
    for result in data["results"]:
        assert set(result) == {"type", "title", "title_html", "doc_number", "person", "issue", "date", "url", "snippet"}
        assert set(result["issue"]) == {"year", "issue_no"}
        assert result["url"].startswith("/issues/")


def test_a_chronicle_entry_under_its_month_alone_is_found_and_sorted_without_a_date(client, save_issue):
    """'是月 …' is stored without a date (raw14): it is indexed with its issue's label for its title, found, and a date sort or
    a date range never fails on it (the issue's own date stands in, as for an undated brief)."""
    from dataclasses import replace

    from issues.parser.records import ParsedChronicleEntry

    save_issue(replace(issue_2022_3(), chronicle=[ParsedChronicleEntry(None, "市政府开展城市更新专项检查。")]))
    found = search(client, q="专项检查", type="chronicle")["results"]
    assert [r["title"] for r in found] == ["2022年第3期政府记事"]
    assert found[0]["date"] is None and found[0]["url"].endswith("/chronicle/#d-month")
    assert search(client, q="专项检查", sort="date")["results"][0]["type"] == "chronicle"
    ranged = search(client, type="chronicle", date_from="2022-03-01", date_to="2022-03-31")
    assert [r["title"] for r in ranged["results"]] == ["2022年第3期政府记事"]  # dated by its issue, as an undated brief

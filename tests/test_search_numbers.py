"""Lookup by number: any spelling of a doc number or ZJCC code lands on the document."""

import pytest
from django.core.management import call_command

from tests.conftest import ISSUE_FILES
from tests.search_issues import issue_2022_3

pytestmark = pytest.mark.django_db

API = "/api/search/"


@pytest.fixture
def archive_2020_06():
    call_command("ingest", str(ISSUE_FILES["2020-06"]))


@pytest.mark.parametrize(
    "typed",
    [
        "温政办〔2020〕53号",
        "温政办[2020]53号",
        "温政办（2020）53",
        "温政办(2020)53号",
        "温政办【2020】第53号",
        "温政办〔２０２０〕５３号",
        " 温政办 〔2020〕 53号 ",
        "ZJCC01-2020-0008",
        "zjcc01-2020-0008",
        "ZJCC01 - 2020 - 0008",
        "ＺＪＣＣ０１－２０２０－０００８",
        "zjcc01 2020 0008",  # issue 14: spaces only
        "温政办2020年53号",  # issue 14: the year with 年
    ],
)
def test_every_spelling_of_an_archived_number_resolves_to_the_document(client, archive_2020_06, typed):
    data = client.get(API, {"q": typed}).json()
    assert data["resolved"]["doc_number"] == "温政办〔2020〕53号"
    assert data["resolved"]["url"].startswith("/issues/2020/6/doc/")
    assert data["unarchived"] is None


def test_the_search_page_redirects_a_number_to_its_document(client, archive_2020_06):
    response = client.get("/search/", {"q": "温政办[2020]53号"})
    assert response.status_code == 302
    assert response["Location"] == client.get(API, {"q": "温政办〔2020〕53号"}).json()["resolved"]["url"]


def test_a_number_query_also_finds_the_records_naming_it(client, save_issue):
    save_issue(issue_2022_3())
    data = client.get(API, {"q": "温政发[2022]7号"}).json()
    assert data["resolved"]["title"] == "温州市人民政府关于加快人口集聚的若干意见"
    # its own 发文目录 row is the document's result, not one of its own
    assert {r["type"] for r in data["results"]} == {"document", "interpretation"}
    assert data["results"][0]["type"] == "document"


def test_a_number_only_in_the_issued_list_says_where_it_is_listed(client, save_issue):
    save_issue(issue_2022_3())
    data = client.get(API, {"q": "温政办(2022)40号"}).json()
    assert data["resolved"] is None
    assert data["unarchived"] == {
        "doc_number": "温政办〔2022〕40号",
        "listed_in": ["/issues/2022/3/issued/#r-2"],
        "cited_by": [],
    }
    page = client.get("/search/", {"q": "温政办(2022)40号"})
    assert page.status_code == 200
    assert "正文未在公报刊登" in page.content.decode() and "2022年第3期发文目录" in page.content.decode()


def test_a_number_only_cited_says_which_documents_cite_it(client, save_issue):
    save_issue(issue_2022_3())
    data = client.get(API, {"q": "温政办〔2021〕99号"}).json()
    assert data["resolved"] is None
    assert data["unarchived"]["listed_in"] == []
    assert data["unarchived"]["cited_by"] == [client.get(API, {"q": "温政发〔2022〕7号"}).json()["resolved"]["url"]]


def test_an_unknown_number_says_nothing_was_found(client, save_issue):
    save_issue(issue_2022_3())
    data = client.get(API, {"q": "温政发〔2099〕1号"}).json()
    assert (data["resolved"], data["unarchived"], data["total"]) == (None, None, 0)
    page = client.get("/search/", {"q": "温政发〔2099〕1号"}).content.decode()
    assert "未找到文号或登记号为" in page

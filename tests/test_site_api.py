"""The JSON API: /api/issues/ and /api/issues/<year>/<issue_no>/ (exactly the export_issue document)."""

import json
from datetime import date

import pytest

from tests.factories import ParsedAppointment, TocEntry, document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue():
    make_issue(2021, 5, status="draft")
    return make_issue(2020, 6, publish_date=date(2020, 7, 20),
                      toc=[TocEntry("市府办文件", "关于工业用地的意见", "温政办〔2020〕53号", 4)],
                      documents=[document("温政办〔2020〕53号", signed_date=date(2020, 6, 24))],
                      appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长")])


def test_issue_list_names_every_published_issue_with_its_url(client, issue):
    response = client.get("/api/issues/")
    data = json.loads(response.content)
    assert data == [{"year": 2020, "issue_no": 6, "total_no": 214, "publish_date": "2020-07-20",
                     "url": "http://testserver/api/issues/2020/6/", "html_url": "http://testserver/issues/2020/6/"}]


def test_issue_detail_is_exactly_the_export_document(client, issue):
    response = client.get("/api/issues/2020/6/")
    assert json.loads(response.content) == issue.to_parsed().to_export()


def test_api_speaks_utf8_json_open_to_every_origin(client, issue):
    response = client.get("/api/issues/2020/6/")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "方培雷".encode() in response.content  # not \u escapes


@pytest.mark.parametrize("url", ["/api/issues/2021/5/", "/api/issues/1999/1/"])
def test_unknown_or_draft_issue_is_a_json_404(client, issue, url):
    response = client.get(url)
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"


def test_api_refuses_writes(client, issue):
    assert client.post("/api/issues/").status_code == 405


def test_cors_preflight_is_answered_without_a_body(client, issue):
    response = client.options("/api/issues/2020/6/", HTTP_ORIGIN="https://example.org",
                              HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*" and "GET" in response["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("url", ["/api/nothing/", "/api/issues/2020/abc/", "/api/issues/2020/6/doc/"])
def test_any_other_api_address_is_a_json_404_not_the_site_page(client, url):
    response = client.get(url)
    assert response.status_code == 404 and response["Access-Control-Allow-Origin"] == "*"
    assert response.json() == {"error": "not_found", "message": f"没有这个接口地址：{url}（接口说明见 /api/）"}

"""A name query: that person's appointments, with a link to the person page."""

from dataclasses import replace

import pytest
from django.core.management import call_command

from issues.parser.records import ParsedAppointment
from tests.conftest import ISSUE_FILES
from tests.search_issues import issue_2022_3

pytestmark = pytest.mark.django_db

API = "/api/search/"


def test_a_name_query_returns_appointments_and_links_the_person_page(client):
    call_command("ingest", str(ISSUE_FILES["2020-06"]))
    data = client.get(API, {"q": "倪士章"}).json()
    assert data["person"] == {"name": "倪士章", "url": "/people/%E5%80%AA%E5%A3%AB%E7%AB%A0/"}
    assert {r["person"] for r in data["results"] if r["type"] == "appointment"} == {"倪士章"}
    assert 'href="/people/%E5%80%AA%E5%A3%AB%E7%AB%A0/"' in client.get("/search/", {"q": "倪士章"}).content.decode()


def test_a_person_name_with_a_slash_links_to_its_person_page(client, save_issue):
    parsed = replace(issue_2022_3(), appointments=[ParsedAppointment("张/三", "appoint", "温州市测试管理局局长")])
    save_issue(parsed)
    person = client.get(API, {"q": "张/三"}).json()["person"]
    assert person["name"] == "张/三"
    assert client.get(person["url"]).status_code == 200
    page = client.get("/search/", {"q": "测试管理局"})
    assert page.status_code == 200 and "张/三" in page.content.decode()


def test_the_persons_appointments_come_first(client, save_issue):
    save_issue(issue_2022_3())
    data = client.get(API, {"q": "林一鸣"}).json()
    assert data["person"]["name"] == "林一鸣"
    first = data["results"][0]
    assert (first["type"], first["person"], first["title"]) == ("appointment", "林一鸣", "林一鸣 任 温州市测试管理局局长")
    assert first["url"] == "/issues/2022/3/appointments/#a-1"


def test_a_word_that_is_no_ones_name_links_no_person(client, save_issue):
    save_issue(issue_2022_3())
    assert client.get(API, {"q": "测试管理局"}).json()["person"] is None


def test_a_name_jieba_cuts_differently_in_context_is_still_marked(client):
    call_command("ingest", str(ISSUE_FILES["2020-06"]))  # 倪士章任… is segmented 倪士 / 章任
    snippets = [r["snippet"] for r in client.get(API, {"q": "倪士章"}).json()["results"]]
    assert snippets and all(s.startswith("<mark>倪士章</mark>任") for s in snippets)

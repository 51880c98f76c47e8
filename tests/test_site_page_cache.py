"""Cached public pages (home, statistics) change the moment the archive does, and pages stay cheap in queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from issues.ingest import ingest_bytes
from issues.models import Issue
from tests.conftest import fixture_text

pytestmark = pytest.mark.django_db


def ingest(name, **options):
    return ingest_bytes(fixture_text(name).encode(), f"{name}.txt", **options).issue


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_home_shows_a_newly_ingested_issue_at_once(client):
    ingest("2020-06")
    assert "2020年第6期" in client.get("/").content.decode()  # now cached
    newer = ingest("2021-05")
    page = client.get("/").content.decode()
    assert f"最新一期：<a href=\"{newer.get_absolute_url()}\">{newer.label}</a>" in page


def test_home_drops_a_deleted_issue_at_once(client):
    ingest("2020-06")
    newer = ingest("2021-05")
    assert newer.label in client.get("/").content.decode()
    newer.delete()
    page = client.get("/").content.decode()
    assert newer.label not in page and "2020年第6期" in page


def test_home_shows_a_published_draft_at_once(client):
    ingest("2020-06")
    draft = ingest("2021-05", status=Issue.Status.DRAFT)
    assert draft.label not in client.get("/").content.decode()
    draft.publish()
    assert draft.label in client.get("/").content.decode()


def test_home_shows_a_corrected_contents_line_at_once(client):
    issue = ingest("2021-05")
    client.get("/")
    section = issue.section_set.order_by("order").first()
    section.title = "人工校正后的目录标题"
    section.save()
    assert "人工校正后的目录标题" in client.get("/").content.decode()


def test_statistics_page_shows_a_newly_ingested_issue_at_once(client):
    ingest("2020-06")
    before = client.get(reverse("issues:statistics")).content.decode()
    newer = ingest("2020-09")
    after = client.get(reverse("issues:statistics")).content.decode()
    assert newer.statisticsrow_set.exists() and after != before


def test_a_page_with_a_query_string_is_rendered_not_served_from_the_cache(client):
    ingest("2020-06")
    client.get("/")
    assert 'value="回声测试"' in client.get("/", {"q": "回声测试"}).content.decode()


def test_cached_home_costs_one_query(client):
    ingest("2021-05")
    ingest("2020-06")
    # first render: version, issues, 6 counts, the latest's TOC, the version before and after (issues.versions)
    assert queries_for(client, "/") <= 13
    assert queries_for(client, "/") == 1  # the version


@pytest.mark.parametrize("page", ["issue", "document"])
def test_issue_and_document_pages_cost_a_bounded_number_of_queries(client, page):
    issue = ingest("2021-05")
    ingest("2020-06")
    url = issue.get_absolute_url() if page == "issue" else issue.document_set.order_by("order").first().get_absolute_url()
    # a document: +1 for the versions of its rule (历次版本); both +2: the version before and after (issues.versions)
    bound = {"issue": 9, "document": 12}[page]
    assert queries_for(client, url) <= bound


def test_person_page_shows_a_corrected_appointment_at_once(client):
    issue = ingest("2020-06")
    appointment = issue.appointment_set.exclude(person="").first()
    url = reverse("issues:person", args=[appointment.person])
    assert appointment.position in client.get(url).content.decode()  # now cached
    appointment.position = "人工校正后的职务"
    appointment.save()
    assert "人工校正后的职务" in client.get(url).content.decode()


def test_an_unknown_person_stays_a_404_after_the_page_was_asked_for(client):
    ingest("2020-06")
    url = reverse("issues:person", args=["无此人"])
    assert [client.get(url).status_code for _ in range(2)] == [404, 404]


def test_person_page_drops_appointments_deleted_in_bulk_from_the_admin(staff_client):
    issue = ingest("2020-06")
    appointment = issue.appointment_set.exclude(person="").first()
    url = reverse("issues:person", args=[appointment.person])
    assert appointment.position in staff_client.get(url).content.decode()  # now cached
    selected = list(issue.appointment_set.filter(person=appointment.person).values_list("pk", flat=True))
    response = staff_client.post(
        reverse("admin:issues_appointment_changelist"),
        {"action": "delete_selected", "_selected_action": selected, "post": "yes"},
    )
    assert response.status_code == 302
    assert not issue.appointment_set.filter(person=appointment.person).exists()
    assert staff_client.get(url).status_code == 404  # nobody left under that name

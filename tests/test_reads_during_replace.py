"""A page read while its issue is replaced shows the old or the new version, never an error (issue 19, finding 3).

Deterministic: the issue is re-ingested (a new version, new row ids) right after the view has read it,
before it reads the issue's records, as a concurrent `ingest --force` does at the worst moment. Before
issues.versions, list_pages' `.get()` raised Issue.DoesNotExist (a 500) and a document page said 404.
The load run against gunicorn with an ingest loop beside it: bench/replace_load.py.
"""

import pytest

from issues.ingest import ingest_bytes, ingest_path
from issues.models import Issue
from issues.views import api, common, documents, issue_pages
from tests.conftest import ISSUE_FILES, fixture_text

pytestmark = pytest.mark.django_db

RENAMED = "倪新名"  # 2020-06's appointee 倪士章 in the second version


def replace_after_first_read(monkeypatch):
    """Re-ingest 2020-06 (renamed appointee) once, just after the view first looked its issue up."""
    read_issue = common.published_issue
    replaced = []

    def read_then_replace(year, issue_no):
        issue = read_issue(year, issue_no)
        if not replaced:
            replaced.append(ingest_bytes(fixture_text("2020-06").replace("倪士章", RENAMED).encode(), "2020-06.txt",
                                         force=True).issue)
        return issue

    for views in (issue_pages, documents, api):  # each page's module has the helper by name
        monkeypatch.setattr(views, "published_issue", read_then_replace)
    return replaced


def issue_page(issue):
    return issue.get_absolute_url()


def document_page(issue):
    return issue.document_set.order_by("order").first().get_absolute_url()


def appointments_page(issue):
    return f"{issue.get_absolute_url()}appointments/"


def api_issue(issue):
    return issue.get_api_url()


@pytest.mark.parametrize("page", [issue_page, document_page, appointments_page, api_issue])
def test_a_page_read_while_its_issue_is_replaced_shows_the_new_version(client, monkeypatch, page):
    old = ingest_path(ISSUE_FILES["2020-06"]).issue
    url = page(old)
    replaced = replace_after_first_read(monkeypatch)
    response = client.get(url)
    assert replaced and replaced[0].pk != old.pk  # it was replaced mid-request
    assert response.status_code == 200
    assert not Issue.objects.filter(pk=old.pk).exists()


def test_the_appointments_page_shows_one_version_whole(client, monkeypatch):
    old = ingest_path(ISSUE_FILES["2020-06"]).issue
    appointments = old.appointment_set.count()
    replace_after_first_read(monkeypatch)
    page = client.get(appointments_page(old)).content.decode()
    assert RENAMED in page  # the new version, with all its rows, not the old issue's emptied lists
    assert page.count("倪士章") == 0
    assert Issue.objects.published().get(year=2020, issue_no=6).appointment_set.count() == appointments

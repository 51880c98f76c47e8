"""Hostile or absurd URLs get 404s, never 500s, on SQLite and PostgreSQL alike."""

import pytest

from tests.factories import ParsedAppointment, document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    make_issue(documents=[document("温政办〔2020〕53号")], appointments=[ParsedAppointment("王伟", "appoint", "局长")])


@pytest.mark.parametrize("url", [
    "/people/%00/",
    "/people/%E7%8E%8B%00/",
    "/posts/%00/",
    "/doc/%00",
    "/doc/%E6%B8%A9%E6%94%BF%E5%8A%9E%00",
    "/issues/2020/6/doc/%00/",
    "/issues/2020/6/interpretations/%00/",
    "/api/issues/99999999999/1/",
    "/people/" + "%E7%8E%8B" * 3000 + "/",
])
def test_hostile_url_is_a_404(client, archive, url):
    assert client.get(url).status_code == 404


def test_nul_in_a_filter_is_ignored(client, archive):
    assert client.get("/documents/", {"category": "\x00", "status": "\x00"}).status_code == 200


def test_appointment_without_a_name_or_post_still_renders_everywhere(client):
    make_issue(appointments=[ParsedAppointment("", "appoint", "局长"), ParsedAppointment("李娜", "dismiss", "")])
    for url in ("/issues/2020/6/appointments/", "/people/", "/posts/", "/people/李娜/", "/posts/局长/", "/sitemap.xml"):
        assert client.get(url).status_code == 200, url

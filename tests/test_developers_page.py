"""/api/: the developers' page, with curl commands that work on this archive."""

import pytest

from tests.factories import document, make_issue

pytestmark = pytest.mark.django_db


def test_the_page_shows_commands_for_the_latest_issue_and_a_real_doc_number(client):
    make_issue(2020, 6, documents=[document("温政办〔2020〕53号")])
    make_issue(2021, 5)
    page = client.get("/api/").content.decode()
    assert "curl http://testserver/api/issues/2021/5/" in page
    assert "--data-urlencode 'q=温政办〔2020〕53号'" in page
    assert '"html_url": "http://testserver/issues/2021/5/"' in page.replace("&quot;", '"')
    assert 'href="/api/schema/"' in page and 'href="/data/"' in page


def test_every_search_parameter_is_explained(client):
    page = client.get("/api/").content.decode()
    for name in ["q", "type", "year", "category", "issuer", "date_from", "date_to", "sort", "page", "snippets"]:
        assert f"<code>{name}</code>" in page
    assert "整数 1949–2100" in page and "0 表示不要正文片段" in page


def test_an_empty_archive_still_explains_the_api(client):
    response = client.get("/api/")
    assert response.status_code == 200
    assert "curl http://testserver/api/issues/" in response.content.decode()

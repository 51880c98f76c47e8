"""/doc/<number>: any common spelling of a doc number or ZJCC code redirects to the document."""

from urllib.parse import quote

import pytest

from issues.models import Document
from tests.factories import document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def target():
    make_issue(2020, 6, documents=[document("温政办〔2020〕53号", registration_code="ZJCC01-2020-0008"),
                                   document("温政办〔2020〕57号"), document("温政办〔2020〕61号")])
    return Document.objects.get(doc_key="温政办〔2020〕53号")


@pytest.mark.parametrize("spelling", [
    "温政办〔2020〕53号",
    "温政办[2020]53号",
    "温政办(2020)53号",
    "温政办（2020）第53号",
    "温政办【2020】53",
    "温政办〔２０２０〕５３号",
    "温政办 [2020] 第 53 号",
    "温政办〔2020〕53号/",
    "ZJCC01-2020-0008",
    "zjcc01 - 2020 - 0008",
])
def test_number_in_any_spelling_redirects_to_the_document(client, target, spelling):
    response = client.get("/doc/" + quote(spelling))
    assert response.status_code == 302
    assert response["Location"] == target.get_absolute_url()


def test_unknown_number_is_a_404_suggesting_the_closest_archived_numbers(client, target):
    response = client.get("/doc/" + quote("温政办〔2020〕58号"))
    assert response.status_code == 404
    suggested = [d.doc_key for d in response.context["suggestions"]]
    assert suggested[0] == "温政办〔2020〕57号"
    assert "温政办〔2020〕53号" in suggested
    assert "您要找的是不是" in response.content.decode()


def test_text_that_is_no_number_is_a_404_not_an_error(client, target):
    response = client.get("/doc/" + quote("<script>"))
    assert response.status_code == 404
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_number_only_in_a_draft_is_not_found(client):
    make_issue(2021, 5, status="draft", documents=[document("温政发〔2021〕8号")])
    assert client.get("/doc/" + quote("温政发〔2021〕8号")).status_code == 404


def test_number_reprinted_in_two_issues_goes_to_the_newest(client):
    make_issue(2020, 6, documents=[document("温政发〔2020〕10号")])
    newest = make_issue(2020, 9, documents=[document("温政发〔2020〕10号")]).document_set.get()
    assert client.get("/doc/" + quote("温政发[2020]10号"))["Location"] == newest.get_absolute_url()


def test_a_pasted_page_of_text_is_a_plain_404(client, target):
    assert client.get("/doc/" + quote("温政办" * 5000)).status_code == 404


@pytest.mark.parametrize("typed, first", [
    ("温政办〔2020〕58号", "温政办〔2020〕57号"),  # a wrong serial
    ("温政办〔2019〕61号", "温政办〔2020〕61号"),  # a wrong year
    ("温政发〔2020〕53号", "温政办〔2020〕53号"),  # a wrong issuer code
    ("ZJCC01-2020-0009", "温政办〔2020〕53号"),  # a registration code one digit off
])
def test_a_mistyped_number_suggests_the_archived_one_it_resembles(client, target, typed, first):
    response = client.get("/doc/" + quote(typed))
    assert response.status_code == 404
    assert response.context["suggestions"][0].doc_key == first


def test_numbers_sharing_no_two_parts_are_not_suggested(client, target):
    make_issue(2019, 4, documents=[document("温政发〔2019〕7号")])
    suggested = [d.doc_key for d in client.get("/doc/" + quote("温政办〔2020〕58号")).context["suggestions"]]
    assert "温政发〔2019〕7号" not in suggested and suggested

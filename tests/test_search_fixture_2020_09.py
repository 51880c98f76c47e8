"""Search on the real 2020-09 issue (温政发〔2020〕22号, 关于打造千万级常住人口城市的若干意见)."""

import pytest
from django.core.management import call_command

from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db

API = "/api/search/"
POPULATION_OPINION = "温州市人民政府关于打造千万级常住人口城市的若干意见"


@pytest.fixture
def archive_2020_09():
    call_command("ingest", str(ISSUE_FILES["2020-09"]))


def search(client, q, **params):
    return client.get(API, {"q": q, **params}).json()


def test_the_quoted_phrase_finds_the_population_opinion(client, archive_2020_09):
    results = search(client, '"千万级常住人口城市"', type="document")["results"]
    assert results[0]["title"] == POPULATION_OPINION and results[0]["doc_number"] == "温政发〔2020〕22号"


def test_the_same_words_reordered_in_quotes_find_nothing(client, archive_2020_09):
    assert search(client, '"人口城市千万级"')["total"] == 0


@pytest.mark.parametrize(
    "typed, doc_number",
    [
        ("温政发〔2020〕22号", "温政发〔2020〕22号"),
        ("温政发[2020]22号", "温政发〔2020〕22号"),
        ("温政发（2020）22", "温政发〔2020〕22号"),
        ("温政发〔２０２０〕２２号", "温政发〔2020〕22号"),
        ("温政办【2020】第76号", "温政办〔2020〕76号"),
        ("温政办(2020)73号", "温政办〔2020〕73号"),
        ("ZJCC00-2020-0010", "温政发〔2020〕22号"),
        ("zjcc00 - 2020 - 0010", "温政发〔2020〕22号"),
        ("ＺＪＣＣ０１－２０２０－００１８", "温政办〔2020〕76号"),
    ],
)
def test_every_spelling_of_a_2020_09_number_resolves(client, archive_2020_09, typed, doc_number):
    resolved = search(client, typed)["resolved"]
    assert resolved["doc_number"] == doc_number
    assert resolved["url"].startswith("/issues/2020/9/doc/")


def test_the_search_page_redirects_a_zjcc_code_to_its_document(client, archive_2020_09):
    response = client.get("/search/", {"q": "ZJCC00-2020-0010"})
    assert response.status_code == 302
    assert response["Location"] == search(client, "温政发〔2020〕22号")["resolved"]["url"]

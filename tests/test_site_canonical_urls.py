"""An issue's URL has one spelling: zero-padded numbers answer 301 to it (finding 6 of issue 20).

`<int:…>` accepts `02020` and `06`, so /issues/02020/6/ served the same page as /issues/2020/6/:
two URLs for one page in search engines and in citations.
"""

import pytest
from django.core.management import call_command

from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db

DOC = "/doc/%E6%B8%A9%E6%94%BF%E5%8A%9E%E3%80%942020%E3%80%9553%E5%8F%B7/"  # 温政办〔2020〕53号


@pytest.fixture(autouse=True)
def archive():
    call_command("ingest", str(ISSUE_FILES["2020-06"]))


@pytest.mark.parametrize(
    "padded, canonical",
    [
        ("/issues/02020/6/", "/issues/2020/6/"),
        ("/issues/2020/06/", "/issues/2020/6/"),
        ("/issues/02020/006/", "/issues/2020/6/"),
        ("/issues/02020/", "/issues/2020/"),
        ("/issues/2020/06/appointments/", "/issues/2020/6/appointments/"),
        (f"/issues/2020/06{DOC}", f"/issues/2020/6{DOC}"),
        ("/api/issues/02020/6/", "/api/issues/2020/6/"),
        ("/issues/2020/06/?from=feed", "/issues/2020/6/?from=feed"),
        (f"/issues/{'0' * 5000}2020/6/", "/issues/2020/6/"),
    ],
    ids=["year", "issue", "both", "year-page", "sub-page", "document", "api", "query-kept", "5000-zeros"],
)
def test_a_zero_padded_issue_url_redirects_permanently_to_its_canonical_spelling(client, padded, canonical):
    response = client.get(padded)
    assert response.status_code == 301
    assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


@pytest.mark.parametrize("url", ["/issues/0/6/", "/issues/2020/0/", "/issues/0/"])
def test_a_zero_is_not_padding_and_finds_no_issue(client, url):
    assert client.get(url).status_code == 404

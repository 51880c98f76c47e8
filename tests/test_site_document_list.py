"""/documents/: every archived document, filterable by 栏目 and by validity."""

from datetime import date

import pytest
from django.urls import reverse

from tests.factories import document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    make_issue(2019, 4, documents=[document("温政办〔2009〕19号", "被废止的办法"),
                                   document("温市监规〔2019〕1号", "部门的规定", category="部门规范性文件")])
    make_issue(2020, 6, documents=[document("温政办〔2020〕53号", "废止旧办法的意见", effective_from=date(2020, 7, 1),
                                            effective_until=date(2099, 6, 30), repealed_doc_numbers=["温政办〔2009〕19号"])])
    make_issue(2021, 5, status="draft", documents=[document("温政发〔2021〕8号", "草稿里的通知")])


def titles(response):
    return [d.title for d, _ in response.context["rows"]]


def test_lists_every_published_document_newest_issue_first(client, archive):
    response = client.get(reverse("issues:documents"))
    assert titles(response) == ["废止旧办法的意见", "被废止的办法", "部门的规定"]


@pytest.mark.parametrize("query, expected", [
    ({"category": "部门规范性文件"}, ["部门的规定"]),
    ({"status": "repealed"}, ["被废止的办法"]),
    ({"status": "in_force"}, ["废止旧办法的意见"]),
    ({"status": "unknown", "category": "市府办文件"}, []),
    ({"category": "不存在的栏目"}, []),
])
def test_filters_by_category_and_validity(client, archive, query, expected):
    assert titles(client.get(reverse("issues:documents"), query)) == expected


def test_filter_form_controls_are_labelled(client, archive):
    page = client.get(reverse("issues:documents")).content.decode()
    assert '<label for="f-category">' in page and 'id="f-category"' in page
    assert '<label for="f-status">' in page and 'id="f-status"' in page

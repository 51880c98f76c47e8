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


def test_a_long_list_comes_a_page_at_a_time_with_its_filters_kept(client, settings, monkeypatch):
    monkeypatch.setattr("issues.views.documents.DOCUMENTS_PER_PAGE", 2)
    make_issue(2020, 6, documents=[document(f"温政办〔2020〕{n}号", f"第{n}号文件") for n in range(1, 6)])
    first = client.get(reverse("issues:documents"), {"category": "市府办文件"})
    assert titles(first) == ["第1号文件", "第2号文件"]
    page = first.content.decode()
    assert "共 5 件，显示第 1–2 件" in page and "第 1 页，共 3 页" in page
    assert 'href="?category=%E5%B8%82%E5%BA%9C%E5%8A%9E%E6%96%87%E4%BB%B6&amp;page=2"' in page
    last = client.get(reverse("issues:documents"), {"category": "市府办文件", "page": "3"})
    assert titles(last) == ["第5号文件"] and 'start="5"' in last.content.decode()
    assert titles(client.get(reverse("issues:documents"), {"page": "不是数字"})) == ["第1号文件", "第2号文件"]

"""The home page: the latest issue with its contents, issues by year, what the archive holds."""

import pytest
from django.urls import reverse

from tests.factories import TocEntry, document, make_issue

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_published_issue_with_its_contents(client):
    make_issue(2020, 6)
    latest = make_issue(2021, 5, documents=[document("温政发〔2021〕8号", "温州市人民政府关于落实劳动模范待遇的通知",
                                                     category="市政府文件", page=2)],
                        toc=[TocEntry("市政府文件", "温州市人民政府关于落实劳动模范待遇的通知", "温政发〔2021〕8号", 2)])
    page = client.get(reverse("issues:home")).content.decode()
    assert "最新一期" in page and latest.get_absolute_url() in page
    assert "总第225期" in page
    assert "温州市人民政府关于落实劳动模范待遇的通知" in page
    assert latest.document_set.get().get_absolute_url() in page


def test_home_lists_issues_by_year_newest_year_first(client):
    make_issue(2019, 4)
    make_issue(2021, 5)
    make_issue(2020, 11)
    page = client.get(reverse("issues:home")).content.decode()
    assert page.index("2021年") < page.index("2020年") < page.index("2019年")
    assert reverse("issues:issue_year", args=[2020]) in page


def test_home_counts_what_the_archive_holds(client):
    make_issue(2020, 6, documents=[document("温政办〔2020〕53号"), document("温政办〔2020〕57号")])
    make_issue(2020, 11, documents=[document("温政办〔2020〕78号")])
    response = client.get(reverse("issues:home"))
    counts = {label: n for label, n, _ in response.context["counts"]}
    assert (counts["文件"], counts["期刊"]) == (3, 2)


def test_home_never_shows_a_draft_issue(client):
    make_issue(2020, 6)
    draft = make_issue(2021, 5, status="draft")
    page = client.get(reverse("issues:home")).content.decode()
    assert "2021年第5期" not in page
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_empty_archive_home_says_so(client):
    page = client.get(reverse("issues:home")).content.decode()
    assert "还没有已发布的公报" in page

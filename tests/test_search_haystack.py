"""haystack's own API over the jieba backend: SearchQuerySet queries and highlight()."""

from datetime import date

import pytest
from haystack.query import SearchQuerySet

from issues.models import Document
from search.criteria import Search, Words
from search.indexing import backend

from tests.search_issues import issue_2022_3

pytestmark = pytest.mark.django_db


def test_searchqueryset_finds_chinese_words(save_issue):
    save_issue(issue_2022_3())
    found = {r.title for r in SearchQuerySet().filter(content="千万级", record_type="document")}
    assert found == {"温州市人民政府关于加快人口集聚的若干意见", "关于做好外来务工人员服务的通知"}


def test_searchqueryset_highlight_marks_chinese_words(save_issue):
    save_issue(issue_2022_3())
    result = SearchQuerySet().filter(content="务工人员").highlight()[0]
    assert "<mark>务工人员</mark>" in result.highlighted["text"][0]


def test_a_result_date_is_a_date_on_both_engines(save_issue):
    """Whoosh stores a datetime and PostgreSQL an ISO string: both give a datetime.date back."""
    save_issue(issue_2022_3())
    result = SearchQuerySet().filter(content="务工人员")[0]
    hit = backend().find(Search(Words(("务工人员",)), limit=1)).hits[0]
    assert type(result.date) is type(hit["date"]) is date
    assert hit["date"] == result.date == Document.objects.get(title=result.title).signed_date

"""haystack's own API over the jieba backend: SearchQuerySet queries and highlight()."""

import pytest
from haystack.query import SearchQuerySet

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

"""What the search page suggests when a search finds nothing, and past its last page."""

import pytest

from tests.search_issues import issue_2022_3

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(save_issue):
    save_issue(issue_2022_3())


def page(client, **params) -> str:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "params, suggested, not_suggested",
    [
        ({"q": '"人口城市千万级"'}, ['去掉引号', 'href="?q=%E4%BA%BA%E5%8F%A3%E5%9F%8E%E5%B8%82%E5%8D%83%E4%B8%87%E7%BA%A7"'],
         ["去掉类型"]),
        ({"q": "人口蓝鲸"}, ['只用其中的一个词：<a href="?q=%E4%BA%BA%E5%8F%A3">人口</a>'], ["去掉引号", ">蓝鲸<"]),
        ({"q": "城市更新", "type": "appointment"}, ['<a href="?q=%E5%9F%8E%E5%B8%82%E6%9B%B4%E6%96%B0">去掉类型'],
         ["去掉引号"]),
        ({"q": "温政发〔2099〕1号"}, ["未找到文号或登记号为", "核对文号"], ["只用其中的一个词", "去掉引号"]),
    ],
    ids=["quoted-phrase", "one-word-unknown", "filtered-out", "unknown-number"],
)
def test_an_empty_result_suggests_searches_that_fit_the_query(client, archive, params, suggested, not_suggested):
    html = page(client, **params)
    assert "可以试试" in html
    for text in suggested:
        assert text in html
    for text in not_suggested:
        assert text not in html


def test_a_suggested_word_finds_something(client, archive):
    assert "共找到" in page(client, q="人口")


def test_a_page_past_the_end_says_how_many_pages_there_are(client, archive):
    html = page(client, q="人口集聚", page="9")
    assert "没有找到" not in html
    assert "只有 1 页" in html and 'href="?q=%E4%BA%BA%E5%8F%A3%E9%9B%86%E8%81%9A&amp;page=1"' in html

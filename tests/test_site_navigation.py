"""Finding one's way: breadcrumbs on every page, the current section marked in the main navigation, a favicon."""

import re
from urllib.parse import quote

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from tests.factories import ParsedAppointment, document, make_issue
from tests.test_site_smoke import archive, every_public_url  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

CRUMBS = re.compile(r'<nav class="breadcrumbs[^"]*" aria-label="当前位置">(.*?)</nav>', re.S)
NAV = re.compile(r'<nav class="site-nav" aria-label="主导航">(.*?)</nav>', re.S)


def crumbs(page: str) -> list[str]:
    """The breadcrumb trail's texts, the current page's marked with a leading '>'."""
    [trail] = CRUMBS.findall(page)
    items = re.findall(r"<li>(.*?)</li>", trail, re.S)
    return [(">" if 'aria-current="page"' in item else "") + re.sub(r"<[^>]+>", "", item).strip() for item in items]


def test_every_page_below_home_has_breadcrumbs_from_home_to_itself(client, archive):
    for url in every_public_url():
        response = client.get(url)
        if url == "/" or not response["Content-Type"].startswith("text/html"):
            continue
        trail = crumbs(response.content.decode())
        assert trail[0] == "首页" and trail[-1].startswith(">") and len(trail) >= 2, (url, trail)
        assert sum(t.startswith(">") for t in trail) == 1, (url, trail)


@pytest.mark.parametrize("url, trail", [
    ("/issues/", ["首页", ">各期公报"]),
    ("/issues/2020/", ["首页", "各期公报", ">2020年"]),
    ("/issues/2020/6/", ["首页", "各期公报", "2020年", ">2020年第6期（总第214期）"]),
    ("/issues/2020/6/appointments/", ["首页", "各期公报", "2020年", "2020年第6期（总第214期）", ">人事任免"]),
    ("/issues/2020/6/doc/温政办〔2020〕53号/", ["首页", "各期公报", "2020年", "2020年第6期（总第214期）", ">温政办〔2020〕53号"]),
    ("/documents/", ["首页", ">文件"]),
    ("/people/", ["首页", ">人事任免"]),
    ("/people/王伟/", ["首页", "人事任免", ">王伟"]),
    ("/posts/", ["首页", "人事任免", ">职务索引"]),
    ("/posts/温州市民政局副局长/", ["首页", "人事任免", "职务索引", ">温州市民政局副局长"]),
    ("/statistics/", ["首页", ">统计资料"]),
    ("/search/", ["首页", ">全文检索"]),
    ("/doc/温政办〔2099〕1号", ["首页", "文件", ">未找到文号“温政办〔2099〕1号”"]),
    ("/no-such-page/", ["首页", ">页面不存在"]),
    ("/data/", ["首页", ">数据下载"]),
    ("/api/", ["首页", ">数据接口"]),
])
def test_breadcrumbs_name_each_level(client, url, trail):
    make_issue(2020, 6, documents=[document("温政办〔2020〕53号")],
               appointments=[ParsedAppointment("王伟", "appoint", "温州市民政局副局长")])
    assert crumbs(client.get(url).content.decode()) == trail


@pytest.mark.parametrize("url, marked", [
    ("/issues/", ("各期公报", "page")),
    ("/issues/2020/6/doc/温政办〔2020〕53号/", ("各期公报", "true")),
    ("/documents/", ("文件", "page")),
    ("/people/", ("人事任免", "page")),
    ("/people/王伟/", ("人事任免", "true")),
    ("/posts/", ("人事任免", "true")),
    ("/statistics/", ("统计资料", "page")),
    ("/search/?q=工业", None),
    ("/", None),
])
def test_the_main_navigation_marks_the_current_section(client, url, marked):
    make_issue(2020, 6, documents=[document("温政办〔2020〕53号")],
               appointments=[ParsedAppointment("王伟", "appoint", "温州市民政局副局长")])
    [nav] = NAV.findall(client.get(url).content.decode())
    current = re.findall(r'<a href="[^"]+" aria-current="(\w+)">([^<]+)</a>', nav)
    assert current == ([(marked[1], marked[0])] if marked else [])


def test_every_page_names_a_favicon_that_is_a_static_file(client):
    page = client.get(reverse("issues:home")).content.decode()
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', page)
    assert icons == [static("favicon.svg"), static("favicon.ico")]
    assert finders.find("favicon.svg") and finders.find("favicon.ico")
    assert open(finders.find("favicon.ico"), "rb").read(4) == b"\0\0\1\0"  # an ICO file
    response = client.get("/favicon.ico")  # clients that ask at the root, not the page's <link>
    assert (response.status_code, response["Location"]) == (302, static("favicon.ico"))


def test_the_search_landmarks_have_distinct_names(client):
    page = client.get(reverse("search:page") + "?q=" + quote("工业")).content.decode()
    labels = re.findall(r'role="search" aria-label="([^"]+)"', page)
    assert len(labels) == 2 and len(set(labels)) == 2

"""Feeds and crawlers: the Atom feed of new issues, sitemap.xml and robots.txt."""

from urllib.parse import unquote

import pytest

from tests.factories import ParsedAppointment, ParsedInterpretation, TocEntry, document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    make_issue(2020, 6, toc=[TocEntry("市府办文件", "关于工业用地的意见", "温政办〔2020〕53号", 4)],
               documents=[document("温政办〔2020〕53号")],
               interpretations=[ParsedInterpretation("《意见》政策解读", "温政办〔2020〕53号")],
               appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长")])
    make_issue(2020, 11)
    make_issue(2021, 5, status="draft")


def test_atom_feed_lists_published_issues_newest_first(client, archive):
    response = client.get("/feed/")
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert body.index("2020年第11期") < body.index("2020年第6期")
    assert "2021年第5期" not in body
    assert "关于工业用地的意见" in body


def test_sitemap_lists_every_public_page(client, archive):
    body = unquote(client.get("/sitemap.xml").content.decode())
    for path in ("/issues/2020/6/", "/issues/2020/6/doc/温政办〔2020〕53号/", "/issues/2020/6/interpretations/1/",
                 "/issues/2020/6/appointments/", "/people/方培雷/", "/statistics/", "/issues/2020/11/"):
        assert f"http://testserver{path}</loc>" in body, path
    assert "/issues/2021/5/" not in body


def test_robots_txt_points_to_the_sitemap(client, archive):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()

"""Atom feeds of what readers follow (alerts.feeds): valid for feedparser, linked from their pages,
dated by what the gazette printed, never by the ingest time."""

from datetime import date

import feedparser
import pytest

from search.indexing import update_index
from issues.models import Issue
from tests.factories import ParsedAppointment, ParsedNews, document, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    issues = [
        make_issue(2020, 6, documents=[document("温政办〔2020〕53号", "关于工业用地的意见", signed_date=date(2020, 6, 3))],
                   appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长", decided_by="市人民政府决定")]),
        make_issue(2020, 9, documents=[document("温政发〔2020〕9号", "关于工业用地出让的规定", category="市政府文件",
                                                issuer="温州市人民政府", cited_doc_numbers=["温政办〔2020〕53号"])],
                   appointments=[ParsedAppointment("方培雷", "dismiss", "温州市人民政府副秘书长")],
                   news=[ParsedNews("工业用地出让情况", None, "……")]),
    ]
    Issue.objects.filter(year=2020, issue_no=9).update(publish_date=None)  # 2020年第9期 printed no date
    for issue in issues:
        assert update_index(issue) == ""
    return issues


def parsed(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


FEEDS = [
    # (page, its feed, entry titles newest first)
    ("/people/方培雷/", "/people/方培雷/feed/", ["方培雷 免 温州市人民政府副秘书长", "方培雷 任 温州市人民政府副秘书长"]),
    ("/posts/温州市人民政府副秘书长/", "/posts/温州市人民政府副秘书长/feed/",
     ["方培雷 免 温州市人民政府副秘书长", "方培雷 任 温州市人民政府副秘书长"]),
    ("/issuers/温州市人民政府办公室/", "/issuers/温州市人民政府办公室/feed/", ["关于工业用地的意见"]),
    ("/documents/?category=市政府文件", "/documents/feed/?category=市政府文件", ["关于工业用地出让的规定"]),
    ("/search/?q=工业用地&type=document", "/search/feed/?q=工业用地&type=document",
     ["关于工业用地出让的规定", "关于工业用地的意见"]),
    ("/issues/2020/6/doc/温政办〔2020〕53号/", "/doc/温政办〔2020〕53号/feed/",
     ["［引用］关于工业用地出让的规定", "［刊登］关于工业用地的意见"]),
]


@pytest.mark.parametrize("page, feed_path, titles", FEEDS, ids=[f[1] for f in FEEDS])
def test_every_followable_page_links_its_valid_feed(client, archive, page, feed_path, titles):
    html = client.get(page).content.decode()
    feed = parsed(client, feed_path)
    assert [entry.title for entry in feed.entries] == titles
    alternate = next(link for link in feed.feed.links if link.rel == "self")["href"]
    assert alternate.replace("http://testserver", "") in html.replace("&amp;", "&")
    assert 'rel="alternate" type="application/atom+xml"' in html
    assert all(entry.author for entry in feed.entries)


def test_published_comes_only_from_a_printed_date(client, archive):
    entries = {e.title: e for e in parsed(client, "/search/feed/?q=工业用地&type=document").entries}
    assert entries["关于工业用地的意见"].published.startswith("2020-07-20")  # the issue's printed date
    assert "published" not in entries["关于工业用地出让的规定"]  # 2020年第9期 printed none: no ingest time
    assert entries["关于工业用地出让的规定"].updated  # the record's last change
    issues = {e.title: e for e in parsed(client, "/feed/").entries}
    assert "published" not in issues["温州市人民政府公报2020年第9期（总第217期）"]
    assert issues["温州市人民政府公报2020年第6期（总第214期）"].author == "温州市人民政府"


def test_a_document_entry_is_authored_by_its_issuing_body_and_dated_by_its_signing(client, archive):
    [entry] = parsed(client, "/issuers/温州市人民政府办公室/feed/").entries
    assert entry.author == "温州市人民政府办公室"
    assert entry.published.startswith("2020-06-03")


def test_the_issuer_page_lists_that_bodys_documents_and_is_linked_from_them(client, archive):
    page = client.get("/issuers/温州市人民政府/").content.decode()
    assert "关于工业用地出让的规定" in page and "关于工业用地的意见" not in page
    document = client.get("/issues/2020/9/doc/温政发〔2020〕9号/").content.decode()
    assert 'href="/issuers/%E6%B8%A9%E5%B7%9E%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C/"' in document
    assert client.get("/issuers/没有这个机关/").status_code == 404


@pytest.mark.parametrize("path", ["/search/feed/", "/search/feed/?year=abc", "/documents/feed/?category=不存在",
                                  "/people/没有这个人/feed/"])
def test_a_feed_of_nothing_followable_is_a_404_or_empty(client, archive, path):
    response = client.get(path)
    assert response.status_code == 404 or not feedparser.parse(response.content).entries


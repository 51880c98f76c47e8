"""The issue page /issues/<year>/<issue_no>/ and the year pages."""

from datetime import date
from urllib.parse import unquote

import pytest
from django.urls import reverse

from tests.factories import ParsedAppointment, ParsedNews, TocEntry, document, make_issue

pytestmark = pytest.mark.django_db

TOC = [
    TocEntry("市府办文件", "温州市人民政府办公室关于工业用地的意见", "温政办〔2020〕53号", 4),
    TocEntry("市府办文件", "温州市人民政府办公室关于政务公开的通知", "温政办[2020]57号", 11),
    TocEntry("部门文件", "温州市公安局关于限养区的通告", "温公通〔2020〕39号", 30),
    TocEntry("机构人事", "6月份市政府人事任免", None, 34),
    TocEntry("政务简讯", "我市召开会议等简讯6则", None, 36),
]


@pytest.fixture
def issue():
    return make_issue(
        2020, 6, publish_date=date(2020, 7, 20), toc=TOC,
        documents=[document("温政办〔2020〕53号", "温州市人民政府办公室关于工业用地的意见", page=4),
                   document("温政办〔2020〕57号", "温州市人民政府办公室关于政务公开的通知", page=11)],
        appointments=[ParsedAppointment("张三", "appoint", "温州市某局副局长")],
        news=[ParsedNews("我市召开会议", date(2020, 6, 3), "会议内容。")],
    )


def test_issue_page_shows_the_cover_facts(client, issue):
    page = client.get(issue.get_absolute_url()).content.decode()
    for fact in ("2020年", "第6期", "总第214期", "2020年7月20日"):
        assert fact in page


def test_toc_is_grouped_by_section_with_numbers_and_pages(client, issue):
    response = client.get(issue.get_absolute_url())
    groups = response.context["toc"]
    assert [g.category for g in groups] == ["市府办文件", "部门文件", "机构人事", "政务简讯"]
    assert [(line.doc_number, line.page) for line in groups[0].lines] == [("温政办〔2020〕53号", 4), ("温政办[2020]57号", 11)]


@pytest.mark.parametrize("category, expected_url", [
    ("市府办文件", "/issues/2020/6/doc/温政办〔2020〕53号/"),
    ("机构人事", "/issues/2020/6/appointments/"),
    ("政务简讯", "/issues/2020/6/news/"),
])
def test_each_toc_entry_links_to_its_record(client, issue, category, expected_url):
    groups = {g.category: g for g in client.get(issue.get_absolute_url()).context["toc"]}
    assert unquote(groups[category].lines[0].url) == expected_url


def test_toc_entry_printed_with_other_brackets_still_finds_its_document(client, issue):
    groups = {g.category: g for g in client.get(issue.get_absolute_url()).context["toc"]}
    assert unquote(groups["市府办文件"].lines[1].url) == "/issues/2020/6/doc/温政办〔2020〕57号/"


def test_toc_entry_without_archived_text_has_no_link(client, issue):
    groups = {g.category: g for g in client.get(issue.get_absolute_url()).context["toc"]}
    assert groups["部门文件"].lines[0].url is None


def test_previous_and_next_issue_skip_drafts_and_cross_years(client, issue):
    older = make_issue(2019, 12)
    newer = make_issue(2020, 11)
    make_issue(2020, 9, status="draft")
    response = client.get(issue.get_absolute_url())
    assert response.context["previous"] == older
    assert response.context["following"] == newer


def test_original_source_file_downloads_under_its_name(client, issue):
    response = client.get(reverse("issues:issue_source", args=[2020, 6]))
    assert response.status_code == 200
    assert "2020-06.txt" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).decode() == "温州市人民政府公报 2020年第6期"


@pytest.mark.parametrize("url", [
    "/issues/2020/7/", "/issues/1999/6/", "/issues/1999/", "/issues/2020/7/source/", "/issues/2020/6/doc/none/",
    "/issues/99999999999999999999/6/", "/issues/2020/99999999999/doc/x/", "/issues/99999999999/",
])
def test_unknown_issues_years_and_records_are_404_in_chinese(client, issue, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()


def test_year_page_lists_that_years_issues_in_order(client, issue):
    make_issue(2020, 2)
    page = client.get(reverse("issues:issue_year", args=[2020])).content.decode()
    assert page.index("2020年第2期") < page.index("2020年第6期")


def test_issue_list_links_every_published_issue(client, issue):
    make_issue(2021, 5)
    page = client.get(reverse("issues:issue_list")).content.decode()
    assert issue.get_absolute_url() in page and "/issues/2021/5/" in page

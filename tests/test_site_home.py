"""The home page: the latest issue with its contents, issues by year, what the archive holds."""

from datetime import date

import pytest
from django.urls import reverse

from issues.parser.records import ParsedIssue
from tests.factories import ParsedChronicleEntry, ParsedInterpretation, ParsedNews, TocEntry, document, make_issue

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


def test_every_count_tile_links_to_a_list_of_what_it_counts(client, save_issue):
    save_issue(ParsedIssue(2020, 6, documents=[document("温政办〔2020〕53号")],
                           interpretations=[ParsedInterpretation("《意见》政策解读", "温政办〔2020〕53号", body="解读正文")],
                           news=[ParsedNews("市政府召开常务会议", date(2020, 6, 3), "会议研究了工业用地。")],
                           chronicle=[ParsedChronicleEntry(date(2020, 6, 5), "市长调研瓯江口新区。")]))
    counts = client.get(reverse("issues:home")).context["counts"]
    shown = {label: client.get(url) for label, n, url in counts}
    assert {label: r.status_code for label, r in shown.items()} == dict.fromkeys(shown, 200)
    assert "《意见》政策解读" in shown["政策解读"].content.decode()
    assert "市政府召开常务会议" in shown["政务简讯"].content.decode()
    assert "瓯江口新区" in shown["政府记事"].content.decode()
    assert "温政办〔2020〕53号" in shown["文件"].content.decode()

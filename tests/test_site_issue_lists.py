"""Per-issue lists: 人事任免, 政务简讯, 政府记事 (by day) and 发文目录 (linked when archived)."""

from datetime import date

import pytest
from django.urls import reverse

from tests.factories import ParsedAppointment, ParsedChronicleEntry, ParsedIssuedRow, ParsedNews, document, make_issue

pytestmark = pytest.mark.django_db


def test_news_briefs_have_stable_anchors(client):
    issue = make_issue(news=[ParsedNews("市委常委会会议召开", date(2020, 6, 2), "会议研究部署。"),
                             ParsedNews("我市举行督政汇报会", date(2020, 6, 12), "汇报会内容。")])
    page = client.get(reverse("issues:news", args=[2020, 6])).content.decode()
    assert 'id="n-2"' in page and "我市举行督政汇报会" in page
    assert issue.newsbrief_set.get(key="2").get_absolute_url() == "/issues/2020/6/news/#n-2"


def test_chronicle_is_grouped_by_day_in_date_order(client):
    make_issue(chronicle=[ParsedChronicleEntry(date(2020, 6, 9), "市长参加调研。"),
                          ParsedChronicleEntry(date(2020, 6, 3), "市长会见客人。"),
                          ParsedChronicleEntry(date(2020, 6, 9), "副市长出席会议。")])
    response = client.get(reverse("issues:chronicle", args=[2020, 6]))
    assert [(day.day, [e.text for e in entries]) for day, entries in response.context["days"]] == [
        (3, ["市长会见客人。"]), (9, ["市长参加调研。", "副市长出席会议。"])]
    assert 'id="d-9"' in response.content.decode()


def test_an_entry_under_its_month_alone_is_listed_after_the_days_under_the_month(client):
    """'是月 …' (a 年鉴's chronicle) is stored without a date: the page lists it after the days, and links to it there."""
    issue = make_issue(chronicle=[ParsedChronicleEntry(date(2020, 6, 3), "市长会见客人。"),
                                  ParsedChronicleEntry(None, "市政府召开会议。")])
    response = client.get(reverse("issues:chronicle", args=[2020, 6]))
    page = response.content.decode()
    assert [e.text for e in response.context["undated"]] == ["市政府召开会议。"]
    assert page.index("市长会见客人。") < page.index('id="d-month"') < page.index("市政府召开会议。")
    assert issue.chronicleentry_set.get(date=None).get_absolute_url() == "/issues/2020/6/chronicle/#d-month"


def test_appointments_link_each_person_to_their_page(client):
    make_issue(appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长", "保留正县长级", "市人民政府决定"),
                             ParsedAppointment("林曙红", "dismiss", "温州市住房公积金管理中心副主任职务")])
    page = client.get(reverse("issues:appointments", args=[2020, 6])).content.decode()
    assert reverse("issues:person", args=["方培雷"]) in page
    assert "保留正县长级" in page and ">免<" in page and 'id="a-2"' in page


def test_an_appointment_whose_decision_names_no_body_shows_wei_zhu_ming_and_exports_null(client):
    """A row decided by no one the print names (decided_by None, saved as ''): 「未注明」 in its column, never 'None', and null
    in the issue's export again."""
    issue = make_issue(appointments=[ParsedAppointment("方培雷", "appoint", "温州市人民政府副秘书长", None, "市人民政府决定"),
                                     ParsedAppointment("林曙红", "appoint", "温州市住房公积金管理中心副主任", None, None)])
    page = client.get(reverse("issues:appointments", args=[2020, 6])).content.decode()
    assert "市人民政府决定" in page and "未注明" in page and "None" not in page
    assert [a["decided_by"] for a in issue.to_parsed().to_export()["appointments"]] == ["市人民政府决定", None]


def test_issued_list_links_archived_documents_and_marks_the_rest(client):
    archived = make_issue(2020, 9, documents=[document("温政办〔2020〕53号")]).document_set.get()
    make_issue(2020, 6, issued_list=[ParsedIssuedRow("温政办[2020]53号", "关于工业用地的意见"),
                                     ParsedIssuedRow("温政办〔2020〕54号", "关于某事的批复")])
    response = client.get(reverse("issues:issued", args=[2020, 6]))
    assert [(row.doc_number, doc) for row, doc in response.context["rows"]] == [
        ("温政办[2020]53号", archived), ("温政办〔2020〕54号", None)]
    page = response.content.decode()
    assert archived.get_absolute_url() in page and "无全文" in page


@pytest.mark.parametrize("name", ["news", "chronicle", "appointments", "issued"])
def test_empty_lists_say_so_instead_of_failing(client, name):
    make_issue()
    response = client.get(reverse(f"issues:{name}", args=[2020, 6]))
    assert response.status_code == 200 and "本期没有" in response.content.decode()


def test_issue_nav_offers_only_the_lists_the_issue_has(client):
    make_issue(news=[ParsedNews("简讯", None, "")])
    page = client.get("/issues/2020/6/").content.decode()
    assert "/issues/2020/6/news/" in page and "/issues/2020/6/appointments/" not in page


def test_an_undated_chronicle_entry_is_named_by_its_month_in_the_admin():
    from issues.models import ChronicleEntry

    assert str(ChronicleEntry(date=None, text="市政府召开会议。")) == "本月 市政府召开会议。"
    assert str(ChronicleEntry(date=date(2020, 6, 3), text="市长会见客人。")) == "2020-06-03 市长会见客人。"

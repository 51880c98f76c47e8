"""Person pages: every appointment and dismissal of a name across issues, in date order."""

import pytest
from django.urls import reverse

from tests.factories import ParsedAppointment, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def career():
    make_issue(2020, 11, appointments=[ParsedAppointment("王伟", "dismiss", "温州市民政局副局长职务")])
    make_issue(2019, 4, appointments=[ParsedAppointment("王伟", "appoint", "温州市民政局副局长", "试用期一年")])
    make_issue(2020, 6, appointments=[ParsedAppointment("王伟", "appoint", "温州市教育局局长"),
                                      ParsedAppointment("李娜", "appoint", "温州市教育局副局长")])
    make_issue(2021, 5, status="draft", appointments=[ParsedAppointment("王伟", "appoint", "草稿中的职务")])


def test_person_page_lists_every_record_in_issue_order(client, career):
    response = client.get(reverse("issues:person", args=["王伟"]))
    assert [(a.issue.year, a.issue.issue_no, a.action) for a in response.context["appointments"]] == [
        (2019, 4, "appoint"), (2020, 6, "appoint"), (2020, 11, "dismiss")]
    page = response.content.decode()
    assert "试用期一年" in page and "/issues/2019/4/appointments/#a-1" in page
    assert "草稿中的职务" not in page


def test_person_page_shows_each_post_so_namesakes_can_be_told_apart(client, career):
    response = client.get(reverse("issues:person", args=["王伟"]))
    posts = {post for post, _, _ in response.context["posts"]}
    assert posts == {"温州市民政局副局长", "温州市教育局局长", "温州市民政局副局长职务"}
    assert "同名" in response.content.decode()


def test_people_index_lists_names_with_record_counts(client, career):
    response = client.get(reverse("issues:people"))
    assert [(g.letter, [(n["person"], n["records"]) for n in g.entries]) for g in response.context["letters"]] == [
        ("L", [("李娜", 1)]), ("W", [("王伟", 3)])]


def test_people_index_is_in_pinyin_order_with_a_letter_index(client):
    make_issue(appointments=[ParsedAppointment(name, "appoint", "某职务") for name in ["曾伟", "王伟", "区志明", "陈杰"]])
    page = client.get(reverse("issues:people")).content.decode()
    assert [page.index(f">{name}</a>") for name in ["陈杰", "区志明", "王伟", "曾伟"]] == sorted(
        page.index(f">{name}</a>") for name in ["陈杰", "区志明", "王伟", "曾伟"])
    for letter in "COWZ":
        assert f'<a href="#letter-{letter}">{letter}</a>' in page and f'id="letter-{letter}"' in page


@pytest.mark.parametrize("name", ["无此人", "<b>x</b>", "甲/乙"])
def test_unknown_person_is_a_404(client, career, name):
    assert client.get(reverse("issues:person", args=[name])).status_code == 404


def test_name_with_a_slash_still_has_a_page(client):
    make_issue(appointments=[ParsedAppointment("甲/乙", "appoint", "某职务")])
    assert client.get(reverse("issues:appointments", args=[2020, 6])).status_code == 200
    assert client.get(reverse("issues:person", args=["甲/乙"])).status_code == 200


def test_unknown_person_404_says_who_is_missing_escaped(client, career):
    page = client.get(reverse("issues:person", args=["<i>无此人</i>"])).content.decode()
    assert "档案中没有&lt;i&gt;无此人&lt;/i&gt;的任免记录" in page

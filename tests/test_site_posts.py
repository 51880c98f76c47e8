"""Post pages: who was appointed to and removed from one post over time."""

import pytest
from django.urls import reverse

from tests.factories import ParsedAppointment, make_issue

pytestmark = pytest.mark.django_db

POST = "温州市民政局副局长"


@pytest.fixture
def history():
    make_issue(2020, 11, appointments=[ParsedAppointment("王伟", "dismiss", POST), ParsedAppointment("李娜", "appoint", POST)])
    make_issue(2019, 4, appointments=[ParsedAppointment("王伟", "appoint", POST, "试用期一年")])
    make_issue(2021, 5, status="draft", appointments=[ParsedAppointment("草稿人", "appoint", POST)])


def test_post_page_lists_appointments_and_removals_in_issue_order(client, history):
    response = client.get(reverse("issues:post", args=[POST]))
    assert [(a.person, a.action, a.issue.year) for a in response.context["appointments"]] == [
        ("王伟", "appoint", 2019), ("王伟", "dismiss", 2020), ("李娜", "appoint", 2020)]
    assert "草稿人" not in response.content.decode()


def test_person_and_appointment_pages_link_to_the_post(client, history):
    url = reverse("issues:post", args=[POST])
    assert url in client.get(reverse("issues:person", args=["王伟"])).content.decode()
    assert url in client.get(reverse("issues:appointments", args=[2020, 11])).content.decode()


def test_post_index_counts_people_and_records(client, history):
    [group] = client.get(reverse("issues:posts")).context["letters"]
    [row] = group.entries
    assert (row["position"], row["people"], row["records"]) == (POST, 2, 3)


def test_unknown_post_is_a_404(client, history):
    assert client.get(reverse("issues:post", args=["无此职务"])).status_code == 404


def test_post_index_is_in_pinyin_order(client):
    make_issue(appointments=[ParsedAppointment("王伟", "appoint", post) for post in ["温州市民政局局长", "瓯海区区长", "鹿城区区长"]])
    page = client.get(reverse("issues:posts")).content.decode()
    assert page.index("鹿城区区长") < page.index("瓯海区区长") < page.index("温州市民政局局长")


def test_post_page_breadcrumbs_pass_through_the_appointments_section(client, history):
    page = client.get(reverse("issues:post", args=[POST])).content.decode()
    crumbs = page[page.index('class="breadcrumbs'):page.index("</nav>", page.index('class="breadcrumbs'))]
    assert crumbs.index("首页") < crumbs.index("人事任免") < crumbs.index("职务索引") < crumbs.index(POST)

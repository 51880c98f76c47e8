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
    [row] = client.get(reverse("issues:posts")).context["posts"]
    assert (row["position"], row["people"], row["records"]) == (POST, 2, 3)


def test_unknown_post_is_a_404(client, history):
    assert client.get(reverse("issues:post", args=["无此职务"])).status_code == 404

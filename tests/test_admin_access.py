"""Only staff reach the upload workflow; its forms are CSRF protected and act on POST only."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from issues.models import Issue
from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    call_command("ingest", str(ISSUE_FILES["2020-11"]))
    issue = Issue.objects.get()
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.DRAFT)
    issue.refresh_from_db()
    return issue


def workflow_urls(issue):
    return [
        ("get", reverse("admin:issues_issue_upload")),
        ("post", reverse("admin:issues_issue_upload")),
        ("get", reverse("admin:issues_issue_review", args=[issue.pk])),
        ("post", reverse("admin:issues_issue_publish", args=[issue.pk])),
        ("post", reverse("admin:issues_issue_cancel", args=[issue.pk])),
        ("get", reverse("admin:issues_issue_file", args=[issue.pk, "source"])),
    ]


def test_anonymous_visitors_are_sent_to_the_login_page(client, draft):
    for method, url in workflow_urls(draft):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login")), url
    assert Issue.objects.get().status == Issue.Status.DRAFT


def test_logged_in_non_staff_users_are_refused(client, draft, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader"))
    for method, url in workflow_urls(draft):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login")), url
    assert Issue.objects.get().status == Issue.Status.DRAFT


def test_staff_without_permission_on_issues_are_refused(client, draft, django_user_model):
    client.force_login(django_user_model.objects.create_user("intern", is_staff=True))
    for method, url in workflow_urls(draft):
        assert getattr(client, method)(url).status_code == 403, url
    assert Issue.objects.get().status == Issue.Status.DRAFT


def test_staff_with_issue_permissions_can_upload_and_publish(client, django_user_model, submit_upload):
    editor = django_user_model.objects.create_user("clerk", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(codename__in=["add_issue", "change_issue", "view_issue"]))
    client.force_login(editor)
    upload = SimpleUploadedFile("issue.txt", ISSUE_FILES["2020-11"].read_bytes())
    response = submit_upload(client, {"source": upload})
    draft = Issue.objects.drafts().get()
    assert response["Location"] == reverse("admin:issues_issue_review", args=[draft.pk])
    page = client.get(response["Location"]).content.decode()
    assert "取消（删除此草稿）" not in page  # no delete permission: no Cancel button
    client.post(reverse("admin:issues_issue_publish", args=[draft.pk]))
    assert Issue.objects.published().get() == draft


@pytest.mark.parametrize("action", ["issues_issue_publish", "issues_issue_cancel"])
def test_publish_and_cancel_refuse_get(staff_client, draft, action):
    assert staff_client.get(reverse(f"admin:{action}", args=[draft.pk])).status_code == 405
    assert Issue.objects.get().status == Issue.Status.DRAFT


@pytest.mark.parametrize("action", ["issues_issue_upload", "issues_issue_publish", "issues_issue_cancel"])
def test_posts_without_a_csrf_token_are_refused(draft, django_user_model, action):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@example.com", None))
    args = [] if action == "issues_issue_upload" else [draft.pk]
    data = {"source": SimpleUploadedFile("issue.txt", ISSUE_FILES["2020-06"].read_bytes())}
    assert client.post(reverse(f"admin:{action}", args=args), data).status_code == 403
    assert list(Issue.objects.values_list("status", flat=True)) == [Issue.Status.DRAFT]


def test_the_upload_form_carries_a_csrf_token(staff_client):
    assert 'name="csrfmiddlewaretoken"' in staff_client.get(reverse("admin:issues_issue_upload")).content.decode()

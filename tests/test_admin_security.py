"""Only staff reach the admin, its forms need a CSRF token, and file names cannot escape the data dir.

The admin is exercised in a process started with production settings (debug off), as served.
"""

import json
import secrets

import pytest

from issues.ingest import ingest_bytes
from issues.models import Issue
from issues.sources import IngestError
from tests.conftest import ISSUE_FILES
from tests.test_deploy_settings import run_manage

ADMIN_REQUESTS = """
import json
from django.contrib.auth import get_user_model
from django.test import Client
User = get_user_model()
User.objects.create_user("reader", password="%(password)s")
User.objects.create_user("editor", password="%(password)s", is_staff=True)
out = {}
anonymous = Client().get("/admin/")
out["anonymous"] = [anonymous.status_code, anonymous.get("Location", "")]
strict = Client(enforce_csrf_checks=True)
out["no_csrf_token"] = strict.post("/admin/login/", {"username": "editor", "password": "%(password)s"}).status_code
for name in ("reader", "editor"):
    client = Client()
    client.post("/admin/login/", {"username": name, "password": "%(password)s"})
    out[name] = client.get("/admin/").status_code
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def admin_responses(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("admin")
    for setup in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        assert run_manage(tmp_path, *setup).returncode == 0
    result = run_manage(tmp_path, "shell", "-c", ADMIN_REQUESTS % {"password": secrets.token_urlsafe(16)})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_anonymous_visitors_are_sent_to_the_admin_login(admin_responses):
    assert admin_responses["anonymous"] == [302, "/admin/login/?next=/admin/"]


def test_admin_login_without_a_csrf_token_is_refused(admin_responses):
    assert admin_responses["no_csrf_token"] == 403


def test_a_signed_in_non_staff_user_does_not_reach_the_admin(admin_responses):
    assert admin_responses["reader"] == 302


def test_staff_reach_the_admin(admin_responses):
    assert admin_responses["editor"] == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["../../../../tmp/evil.txt", "/etc/cron.d/evil.txt", "..\\..\\evil.txt", "evil\x00/../evil.txt"])
def test_a_file_name_never_places_the_kept_source_outside_the_sources_dir(settings, name):
    result = ingest_bytes(ISSUE_FILES["2020-06"].read_bytes(), name)
    kept = (settings.GAZETTE_SOURCES_DIR / result.issue.source_path).resolve()
    assert kept.parent == settings.GAZETTE_SOURCES_DIR.resolve()
    assert kept.is_file()


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(settings):
    data = ISSUE_FILES["2020-06"].read_bytes()
    settings.GAZETTE_UPLOAD_MAX_BYTES = len(data) - 1
    with pytest.raises(IngestError) as refused:
        ingest_bytes(data, "2020-06.txt")
    assert refused.value.reason == "too_large"
    assert not Issue.objects.exists()
    assert not settings.GAZETTE_SOURCES_DIR.exists()

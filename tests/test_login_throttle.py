"""Login throttling (finding 1 of issue 20): wrong passwords lock the admin login for 15 minutes.

5 failures lock that account from that client, 20 failures lock the client whatever the account;
a locked attempt is refused before any password is hashed, with a Chinese message saying when to
retry; a superuser unlocks in the admin or with `manage.py axes_reset_username`. The counters are
rows in the database (django-axes' database handler), so every gunicorn worker and host shares them.
"""

import runpy
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import base_user
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PASSWORD = "correct horse battery staple"
CLIENT_A, CLIENT_B = "198.51.100.7", "203.0.113.9"


@pytest.fixture(autouse=True)
def fast_hasher(settings):
    """MD5 instead of PBKDF2: 20 failed logins in milliseconds (throttling never depends on the hasher)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def log_in(username, password, address=CLIENT_A, **headers):
    """One login attempt from a fresh browser at `address`; returns the response."""
    return Client(REMOTE_ADDR=address, **headers).post(LOGIN, {"username": username, "password": password,
                                                             "next": "/admin/"})


def logged_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def settings_behind_the_proxy() -> dict:
    """The client-address settings as gazette/settings.py computes them with DJANGO_BEHIND_PROXY=1."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_BEHIND_PROXY", "1")
        computed = runpy.run_path(str(Path(__file__).resolve().parent.parent / "gazette" / "settings.py"))
    return {name: value for name, value in computed.items() if "IPWARE" in name}


def fail(times, username="editor", address=CLIENT_A, **headers):
    for _ in range(times):
        response = log_in(username, "wrong password", address, **headers)
        assert response.status_code in (200, 429)


@pytest.fixture
def hasher_calls(monkeypatch):
    """Every password hashed or checked (check_password for a known user, make_password for an unknown one)."""
    calls = []
    for name in ("check_password", "make_password"):
        original = getattr(base_user, name)
        monkeypatch.setattr(base_user, name, lambda *args, _f=original, _n=name, **kw: calls.append(_n) or _f(*args, **kw))
    return calls


def test_five_failures_lock_that_account_from_that_client(editor):
    fail(4)
    assert logged_in(log_in("editor", PASSWORD))
    fail(5)
    response = log_in("editor", PASSWORD)
    assert response.status_code == 429
    assert not logged_in(response)


def test_the_locked_account_still_logs_in_from_another_client(editor):
    fail(5)
    assert log_in("editor", PASSWORD).status_code == 429
    assert logged_in(log_in("editor", PASSWORD, CLIENT_B))


def test_twenty_failures_lock_the_client_for_every_account(editor):
    for n in range(19):
        fail(1, username=f"guess{n}")
    assert logged_in(log_in("editor", PASSWORD))  # 19 failures, none for this account: still open
    fail(1, username="guess19")
    assert log_in("editor", PASSWORD).status_code == 429
    assert log_in("someone-else", "whatever").status_code == 429
    assert logged_in(log_in("editor", PASSWORD, CLIENT_B))


def test_the_lockout_says_in_chinese_when_to_retry(editor):
    from axes.models import AccessAttempt

    fail(5)
    response = log_in("editor", PASSWORD)
    page = response.content.decode()
    last_failure = AccessAttempt.objects.get().attempt_time
    retry_at = timezone.localtime(last_failure + timedelta(minutes=15))
    assert "登录失败次数过多" in page
    assert f"请于 {retry_at:%H:%M} 后重试" in page
    assert int(response["Retry-After"]) in range(14 * 60, 15 * 60 + 1)


def test_the_lock_lifts_after_fifteen_minutes(editor):
    from axes.models import AccessAttempt

    fail(5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    assert log_in("editor", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=1))
    assert logged_in(log_in("editor", PASSWORD))


def test_a_locked_attempt_runs_no_password_hasher(editor, hasher_calls):
    fail(5)
    assert hasher_calls  # the failures themselves were checked
    hasher_calls.clear()
    assert log_in("editor", PASSWORD).status_code == 429
    fail(15, username="nobody")  # an unknown account hashes too (timing), until the client is locked
    hasher_calls.clear()
    assert log_in("nobody", "whatever").status_code == 429
    assert hasher_calls == []


def test_counters_are_database_rows_shared_by_every_process(editor):
    from axes.models import AccessAttempt

    fail(3)
    assert AccessAttempt.objects.get(username="editor", ip_address=CLIENT_A).failures_since_start == 3


def test_a_superuser_unlocks_with_axes_reset_username(editor):
    fail(5)
    call_command("axes_reset_username", "editor")
    assert logged_in(log_in("editor", PASSWORD))


def test_a_superuser_unlocks_in_the_admin(editor, django_user_model):
    from axes.models import AccessAttempt

    fail(5)
    chief = Client()
    chief.force_login(django_user_model.objects.create_superuser("chief", "chief@example.com", None))
    attempt = AccessAttempt.objects.get()
    listing = chief.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert "editor" in listing and CLIENT_A in listing
    chief.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    assert logged_in(log_in("editor", PASSWORD))


def test_behind_the_proxy_clients_are_told_apart_by_the_address_it_appends(editor, settings):
    """The documented proxy appends the client's address to X-Forwarded-For (docs/production.md);
    whatever a client puts in front of it is not trusted, so rotating it does not escape the lock."""
    for name, value in settings_behind_the_proxy().items():
        setattr(settings, name, value)
    for n in range(20):
        fail(1, username=f"guess{n}", address="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, {CLIENT_A}")
    assert log_in("editor", PASSWORD, "127.0.0.1", HTTP_X_FORWARDED_FOR=CLIENT_A).status_code == 429
    assert logged_in(log_in("editor", PASSWORD, "127.0.0.1", HTTP_X_FORWARDED_FOR=CLIENT_B))

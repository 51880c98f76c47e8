"""Settings read from the environment are strict (finding 6 of issue 20).

`DJANGO_SECURE=ture` used to turn HTTPS hardening silently off: a boolean read loosely treats any
typo as false. Every boolean setting now accepts true/false/1/0 (any case) or nothing, and anything
else stops start-up with the variable's name, as healthchecks' `envbool` does.
"""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from gazette.settings import env_bool
from tests.conftest import database_independent
from tests.test_deploy_settings import run_manage

SETTINGS_SOURCE = (Path(__file__).resolve().parent.parent / "gazette" / "settings.py").read_text()
BOOLEAN_SETTINGS = re.findall(r'env_bool\("([A-Z_]+)"', SETTINGS_SOURCE)


@pytest.mark.parametrize(
    "value, expected",
    [("1", True), ("true", True), ("True", True), (" TRUE ", True), ("0", False), ("false", False),
     ("False", False), ("", "default")],
)
def test_booleans_accept_true_false_one_zero(monkeypatch, value, expected):
    monkeypatch.setenv("GAZETTE_TEST_FLAG", value)
    assert env_bool("GAZETTE_TEST_FLAG", "default") == expected


@pytest.mark.parametrize("value", ["ture", "yes", "on", "2", "t", "off"])
def test_anything_else_stops_with_the_variables_name(monkeypatch, value):
    monkeypatch.setenv("GAZETTE_TEST_FLAG", value)
    with pytest.raises(ImproperlyConfigured, match="GAZETTE_TEST_FLAG 只接受 true/false/1/0"):
        env_bool("GAZETTE_TEST_FLAG", False)


@database_independent
@pytest.mark.parametrize("name", BOOLEAN_SETTINGS)
def test_a_typo_in_any_boolean_setting_stops_start_up(tmp_path, name):
    result = run_manage(tmp_path, "check", **{name: "ture"})
    assert result.returncode == 1
    assert f"{name} 只接受 true/false/1/0" in result.stderr


@pytest.mark.parametrize("url, expected", [
    ("smtp://mailer:s%40cret@mail.example.org:587", {"EMAIL_HOST": "mail.example.org", "EMAIL_PORT": 587,
     "EMAIL_HOST_USER": "mailer", "EMAIL_HOST_PASSWORD": "s@cret", "EMAIL_USE_TLS": True, "EMAIL_USE_SSL": False}),
    ("smtps://mailer:pw@mail.example.org", {"EMAIL_PORT": 465, "EMAIL_USE_TLS": False, "EMAIL_USE_SSL": True}),
    ("smtp://127.0.0.1:25/?tls=0", {"EMAIL_PORT": 25, "EMAIL_HOST_USER": "", "EMAIL_USE_TLS": False}),
])
def test_email_url_names_the_smtp_server(url, expected):
    from gazette.settings import email_settings

    settings = email_settings(url)
    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert {name: settings[name] for name in expected} == expected


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://", "mail.example.org:587"])
def test_a_mistyped_email_url_stops_start_up(url):
    from gazette.settings import email_settings

    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL 应为"):
        email_settings(url)


@database_independent
@pytest.mark.parametrize("env, expected", [
    ({}, "False filebased"),  # make serve without EMAIL_URL: 「订阅邮件暂未开通」
    ({"EMAIL_URL": "smtp://127.0.0.1:25/?tls=0"}, "True smtp"),
    ({"DJANGO_DEBUG": "1"}, "True filebased"),  # make run: mails written to GAZETTE_DATA_DIR/mail/
])
def test_alerts_are_open_only_with_a_mail_server_or_locally(tmp_path, env, expected):
    code = "from django.conf import settings as s; print(s.GAZETTE_ALERTS, s.EMAIL_BACKEND.split('.')[-2])"
    result = run_manage(tmp_path, "shell", "-c", code, **{"EMAIL_URL": "", **env})
    assert result.stdout.strip().splitlines()[-1] == expected, result.stderr


@database_independent
@pytest.mark.parametrize("value, message", [
    ("elastic", "GAZETTE_SEARCH_ENGINE='elastic': 只能是 whoosh 或 postgres"),
    ("postgres", "GAZETTE_SEARCH_ENGINE=postgres 需要 PostgreSQL 数据库"),  # run_manage's database is SQLite
])
def test_a_search_engine_that_cannot_run_stops_start_up(tmp_path, value, message):
    result = run_manage(tmp_path, "check", GAZETTE_SEARCH_ENGINE=value)
    assert result.returncode == 1
    assert message in result.stderr

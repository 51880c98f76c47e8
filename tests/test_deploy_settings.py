"""Production settings, checked the way a deployment starts: a fresh process and its environment."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(tmp_path, *args, **env):
    environment = {
        **os.environ,
        "GAZETTE_DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        **env,
    }
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_deploy_check_passes_behind_https(tmp_path):
    result = run_manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", DJANGO_SECURE="1")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_without_the_https_switch_names_what_is_missing(tmp_path):
    result = run_manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 1
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in result.stderr


def test_debug_off_without_a_secret_key_refuses_to_start(tmp_path):
    result = run_manage(tmp_path, "check", DJANGO_SECRET_KEY="")
    assert result.returncode == 1
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


# Requests through the whole middleware stack, in a process started with production settings.
REQUESTS = """
import json
from django.test import Client
client = Client()
out = {}
for name, extra in [("plain", {}), ("proxied_https", {"HTTP_X_FORWARDED_PROTO": "https"})]:
    response = client.get("/healthz", **extra)
    admin = client.get("/admin/login/", **extra)
    out[name] = {
        "healthz": response.status_code,
        "admin": admin.status_code,
        "location": admin.get("Location", ""),
        "headers": {key: admin.get(key, "") for key in (
            "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Content-Security-Policy",
            "Strict-Transport-Security")},
        "secure_cookies": [cookie.key for cookie in admin.cookies.values() if cookie["secure"]],
    }
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def https_responses(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("https")
    for setup in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        assert run_manage(tmp_path, *setup).returncode == 0
    result = run_manage(tmp_path, "shell", "-c", REQUESTS, DJANGO_SECURE="1", DJANGO_ALLOWED_HOSTS="testserver")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_plain_http_is_redirected_to_https_except_the_health_probe(https_responses):
    plain = https_responses["plain"]
    assert plain["admin"] == 301 and plain["location"].startswith("https://testserver/")
    assert plain["healthz"] != 301


def test_https_via_the_proxy_header_is_served_with_hsts_and_secure_cookies(https_responses):
    proxied = https_responses["proxied_https"]
    assert proxied["admin"] == 200
    assert proxied["headers"]["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "csrftoken" in proxied["secure_cookies"]


@pytest.mark.parametrize(
    "header, expected",
    [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
    ],
)
def test_security_headers_are_sent(https_responses, header, expected):
    assert https_responses["proxied_https"]["headers"][header] == expected


def test_content_security_policy_allows_no_inline_script_and_no_other_host(https_responses):
    policy = https_responses["proxied_https"]["headers"]["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert "script-src" not in directives  # scripts fall back to default-src 'self'
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy  # no CDN
    assert directives["frame-ancestors"] == "'none'"

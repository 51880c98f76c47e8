"""The site as several hosts run it, for tests/test_replicas.py and tests/test_shared_cache.py: `manage.py`
and gunicorn (bench.load.gunicorn) in subprocesses sharing one database, pages fetched over HTTP."""

from __future__ import annotations

import http.cookiejar
import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from bench.load import gunicorn
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
SECRET = "several-hosts-test-secret-key-" + "x" * 40  # one for every host: a session works on each
STAFF = ("editor", "correct-horse-battery-staple")

# An archive of one fixture issue: a staff account, and the first document that has an issuer (its page,
# its issuer's page: a page of the page cache).
STAFF_AND_FIRST_DOCUMENT = """
import json
from django.contrib.auth.models import User
from django.urls import reverse
from issues.models import Document
User.objects.create_superuser({username!r}, "editor@example.com", {password!r})
document = Document.objects.published().exclude(issuer="").order_by("pk").first()
print(json.dumps({{"pk": document.pk, "url": document.get_absolute_url(), "title": document.title,
                  "issuer_url": reverse("issues:issuer", args=[document.issuer])}}))
"""
# A correction as the admin saves one: the record, its issue's version (the page cache's key), the index.
CORRECT_TITLE = """
from django.db import transaction
from issues.models import Document
from search.indexing import update_record
document = Document.objects.get(pk={pk})
with transaction.atomic():
    document.title, document.corrected = {title!r}, True
    document.save()
    assert update_record(document) == ""
"""


def site_env(data_dir: Path, database_url: str, **settings) -> dict:
    """Production settings (debug off) on this database; `settings` are more environment variables."""
    return {**os.environ, "GAZETTE_DATA_DIR": str(data_dir), "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": SECRET,
            "DATABASE_URL": database_url, "CACHE_URL": "", **{name: str(value) for name, value in settings.items()}}


def manage(env: dict, *args: str) -> str:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def shell(env: dict, script: str) -> str:
    return manage(env, "shell", "--no-imports", "-c", script)


def build_archive(env: dict) -> dict:
    """Migrate, ingest the first fixture issue, add the staff account: the document the tests correct."""
    manage(env, "migrate", "--noinput")
    manage(env, "ingest", str(sorted(FIXTURES.glob("*.txt"))[0]))
    return json.loads(shell(env, STAFF_AND_FIRST_DOCUMENT.format(username=STAFF[0], password=STAFF[1])))


def correct_title(env: dict, pk: int, title: str) -> None:
    shell(env, CORRECT_TITLE.format(pk=pk, title=title))


def host(data_dir: Path, env: dict):
    """One web host: gunicorn, one worker, its own data dir (static files, logs); yields (base URL, pid)."""
    return gunicorn(data_dir, workers=1, env={**env, "GAZETTE_DATA_DIR": str(data_dir)})


class Browser:
    """A client that keeps its cookies (a reader, or staff once logged in); every request on a new connection."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def open(self, url: str, data: dict | None = None) -> tuple[int, str]:
        """GET, or POST `data` as a form; redirects followed. (status, body)."""
        body = None if data is None else urllib.parse.urlencode(data).encode()
        try:
            with self.opener.open(urllib.request.Request(url, data=body), timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def cookie(self, name: str) -> str | None:
        return next((cookie.value for cookie in self.cookies if cookie.name == name), None)


def page(base: str, path: str, browser: Browser | None = None) -> str:
    status, body = (browser or Browser()).open(f"{base}{path}")
    assert status == 200, (path, status, body[:500])
    return body

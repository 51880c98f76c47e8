"""No stored XSS: markup inside an ingested issue (titles, bodies, positions) and inside a search
query is escaped on every HTML page that shows it, staff admin included (JSON may carry it as
data: it is served as application/json with nosniff, which no browser renders).

Pages are fetched in a process started with production settings (debug off), as served. Every
public page of the issue's records is fetched too: those that answer are checked the same way.
"""

import json
import secrets

import pytest

from tests.conftest import fixture_text
from tests.test_deploy_settings import run_manage

PAYLOADS = ["<script>alert('xss')</script>", "<img src=x onerror=alert(1)>"]
RAW = ["<script>alert(", "<img src=x"]

PAGES = """
import json
import re
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, reverse
from issues.ingest import ingest_path
from issues.models import Appointment, Document, Issue

ingest_path(%(path)r)
issue = Issue.objects.get()
staff = get_user_model().objects.create_superuser("editor", password=%(password)r)
admin_urls = [reverse("admin:issues_issue_changelist"), reverse("admin:issues_issue_change", args=[issue.pk]),
              reverse("admin:issues_document_changelist")]
admin_urls += [reverse("admin:issues_document_change", args=[d.pk]) for d in Document.objects.all()]
public_urls = [issue.get_absolute_url()] + [d.get_absolute_url() for d in Document.objects.all()]
public_urls += sorted({a.get_absolute_url() for a in Appointment.objects.all()})
for name in ("search:page", "search:api"):
    try:
        public_urls += [reverse(name) + "?q=" + q for q in ("%%3Cscript%%3Ealert(1)%%3C/script%%3E", "%%3Cimg%%20src=x%%20onerror=alert(1)%%3E")]
    except NoReverseMatch:
        pass
stored = [d.title + d.body for d in Document.objects.all()] + [a.position for a in Appointment.objects.all()]
raw = %(raw)r
client = Client()
client.force_login(staff)
pages = {}
for url in admin_urls + public_urls:
    response = client.get(url)
    body = response.content.decode("utf-8", "replace")
    inline = [kind for kind, found in (("script", re.search(r"<script(?![^>]*\\bsrc=)[^>]*>", body)),
                                        ("style", re.search(r"<style|\\sstyle=", body))) if found]
    pages[url] = [response.status_code, response.get("Content-Type", ""), [r for r in raw if r in body], inline]
print(json.dumps({"stored": [r for r in raw if any(r in text for text in stored)], "admin": admin_urls,
                  "pages": pages}, ensure_ascii=False))
"""


def hostile_issue(tmp_path):
    """2020-06 with markup in document titles, a body and an appointment's position."""
    text = (fixture_text("2020-06")
            .replace("温州市人民政府办公室关于", f"温州市人民政府办公室{PAYLOADS[0]}关于")
            .replace("工业用地", f"工业{PAYLOADS[0]}用地")
            .replace("瓯飞开发建设投资集团", f"瓯飞{PAYLOADS[1]}集团"))
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("xss")
    for setup in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        assert run_manage(tmp_path, *setup).returncode == 0
    script = PAGES % {"path": str(hostile_issue(tmp_path)), "password": secrets.token_urlsafe(16), "raw": RAW}
    result = run_manage(tmp_path, "shell", "-c", script)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_markup_reached_the_database(served):
    assert served["stored"] == RAW


def test_admin_pages_show_the_records_escaped(served):
    for url in served["admin"]:
        status, content_type, raw, _ = served["pages"][url]
        assert (status, content_type.split(";")[0], raw) == (200, "text/html", []), url


def test_no_html_page_that_answers_carries_the_markup_raw(served):
    html = {url: raw for url, (status, content_type, raw, _) in served["pages"].items()
            if status < 400 and content_type.startswith("text/html")}
    assert {url: raw for url, raw in html.items() if raw} == {}


def test_every_other_answer_is_json_which_a_browser_does_not_render(served):
    other = {url: content_type for url, (status, content_type, raw, _) in served["pages"].items()
             if status < 400 and not content_type.startswith("text/html")}
    assert {url: kind for url, kind in other.items() if kind.split(";")[0] != "application/json"} == {}


def test_html_pages_have_no_inline_script_or_style_for_the_csp_to_block(served):
    """The Content-Security-Policy (default-src 'self') would block them: a page that needs one is broken."""
    inline = {url: found for url, (status, content_type, _, found) in served["pages"].items()
              if status < 400 and content_type.startswith("text/html") and found}
    assert inline == {}

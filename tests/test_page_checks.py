"""Every kind of page, checked as issue 18 found its faults: axe-core and the Nu HTML Checker.

axe-core (node_modules, pinned in package-lock.json) is injected into the system Chromium at a
phone's width (360 px) and a desktop's (1280 px); the Nu HTML Checker (vnu.jar, run by Debian's
Java) reads the HTML each page was served as, every page in one Java run. Both must find nothing.
`make test` installs both (npm ci) and Java (default-jre-headless); nothing is fetched here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from django.urls import reverse

from alerts import mail
from alerts.models import Subscription
from issues.ingest import ingest_path
from issues.models import Appointment, Document, Interpretation, Issue
from tests.browser import ROOT, browser, local_context, one_pass_only  # noqa: F401 - fixture
from tests.conftest import ISSUE_FILES

pytestmark = [pytest.mark.browser, one_pass_only, pytest.mark.django_db(transaction=True)]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WIDTHS = (360, 1280)
STAFF = ("editor", "pw-editor-1")


@pytest.fixture
def archive(django_user_model):
    """The five sample issues, published and indexed; returns a staff account: every kind of page has content."""
    for path in ISSUE_FILES.values():
        ingest_path(path)
    return django_user_model.objects.create_superuser(*STAFF[:1], "editor@example.com", STAFF[1])


def page_kinds() -> dict[str, str]:
    """One URL of every kind of page the site serves (name -> path), from the archive's own records."""
    issue = Issue.objects.published().get(year=2020, issue_no=6)
    document = Document.objects.published().filter(issue=issue, body__contains="\t").first() \
        or Document.objects.published().filter(issue=issue).first()
    interpretation = Interpretation.objects.filter(issue__status="published").first()
    appointment = Appointment.objects.filter(issue__status="published").exclude(person="").exclude(position="").first()
    subscription = Subscription.request("reader@example.org", "person", appointment.person)
    per_issue = {name: reverse(f"issues:{name}", args=[issue.year, issue.issue_no])
                 for name in ("news", "chronicle", "appointments", "issued", "statistics_issue")}
    return {
        "home": "/",
        "issue list": reverse("issues:issue_list"),
        "year": reverse("issues:issue_year", args=[issue.year]),
        "issue": issue.get_absolute_url(),
        "document": document.get_absolute_url(),
        "interpretation": interpretation.get_absolute_url(),
        **per_issue,
        "documents": reverse("issues:documents"),
        "documents filtered": reverse("issues:documents") + "?status=in_force",
        "documents of a 栏目": reverse("issues:documents") + "?category=" + quote(document.category),
        "issuer": reverse("issues:issuer", args=[document.issuer]),
        "people": reverse("issues:people"),
        "person": reverse("issues:person", args=[appointment.person]),
        "posts": reverse("issues:posts"),
        "post": reverse("issues:post", args=[appointment.position]),
        "statistics": reverse("issues:statistics"),
        "search help": reverse("search:page"),
        "search results": reverse("search:page") + "?q=" + quote("工业用地"),
        "search by type": reverse("search:page") + "?type=news&sort=date",
        "search nothing found": reverse("search:page") + "?q=" + quote("无此词语之检索"),
        "search bad parameters": reverse("search:page") + "?date_from=2021-01-01&date_to=2020-01-01",
        "number not found": reverse("issues:doc_permalink", args=["温政办〔2099〕1号"]),
        "page not found": "/no-such-page/",
        "data download": reverse("opendata:data"),
        "developers": reverse("opendata:developers"),
        "admin upload": reverse("admin:issues_issue_upload"),
        "subscribe": reverse("alerts:subscribe") + "?kind=person&target=" + quote(appointment.person),
        "confirm subscription": reverse("alerts:confirm", args=[mail.make_token(mail.CONFIRM, subscription.pk)]),
        "unsubscribe": reverse("alerts:unsubscribe", args=[mail.make_token(mail.UNSUBSCRIBE, [subscription.pk])]),
        "my subscriptions": reverse("alerts:manage", args=[mail.make_token(mail.MANAGE, subscription.email)]),
        "link invalid": reverse("alerts:manage", args=["forged"]),
    }


def _require(path, what: str) -> None:
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make test` (it installs {what})")


def test_axe_finds_no_violations_on_any_page_kind_at_phone_and_desktop_width(live_server, browser, archive, client):
    _require(AXE, "axe-core with npm ci")
    client.force_login(archive)  # axes needs a request to check a password; these tests are not about logging in
    context = local_context(browser, bypass_csp=True)  # axe is injected as a script the site's CSP would refuse
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    tab = context.new_page()
    found = {}
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 800})
        for name, path in page_kinds().items():
            tab.goto(live_server.url + path)
            tab.add_script_tag(path=str(AXE))
            violations = tab.evaluate("async () => (await axe.run(document)).violations.map("
                                      "v => [v.id, v.nodes.map(n => n.target.join(' ')).slice(0, 3)])")
            if violations:
                found[f"{name} @{width} {unquote(path)}"] = violations
    context.close()
    assert context.external == []
    assert found == {}


def test_the_nu_validator_finds_no_errors_in_any_page_kind(archive, client, tmp_path):
    _require(VNU, "vnu-jar with npm ci")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: run `make test` (it installs default-jre-headless)")
    client.force_login(archive)  # axes needs a request to check a password; these tests are not about logging in
    files = {}
    for n, (name, path) in enumerate(page_kinds().items()):
        response = client.get(path)
        assert response["Content-Type"].startswith("text/html"), name
        files[tmp_path / f"{n:02d}.html"] = f"{name} {unquote(path)}"
        (tmp_path / f"{n:02d}.html").write_bytes(response.content)
    files[tmp_path / "500.html"] = "server error (templates/500.html)"
    shutil.copy(ROOT / "templates" / "500.html", tmp_path / "500.html")
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
                         capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    errors = [(files.get(_local(m.get("url", "")), m.get("url")), m.get("lastLine"), m["message"], m.get("extract", ""))
              for m in messages]
    assert errors == []
    assert run.returncode == 0, run.stderr[-2000:]


def _local(url: str) -> Path:
    return Path(unquote(url.removeprefix("file:")))

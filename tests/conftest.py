"""Shared fixtures: the five sample issues and an isolated data dir for every test."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# Hypothesis profiles. `ci` (the default) is bounded and deterministic, so every run of the suite
# tries the same inputs; HYPOTHESIS_PROFILE=deep explores much further (minutes, not for CI).
hypothesis_settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.register_profile("deep", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "issues"
ISSUE_FILES = {
    "2019-04": FIXTURES / "2019-04.txt",
    "2020-06": FIXTURES / "2020-06.txt",
    "2020-09": FIXTURES / "2020-09.txt",
    "2020-11": FIXTURES / "2020-11.txt",
    "2021-05": FIXTURES / "2021-05.txt",
}


def fixture_text(name: str) -> str:
    return ISSUE_FILES[name].read_text(encoding="utf-8")


@pytest.fixture
def index_calls(monkeypatch):
    """A stand-in for search.indexing that records what would be indexed, in order."""
    import sys
    import types

    import search

    calls = []
    fake = types.ModuleType("search.indexing")
    fake.index_issue = lambda issue: calls.append(("issue", issue.year, issue.issue_no, issue.status))
    fake.index_record = lambda record: calls.append(("record", type(record).__name__, record.pk))
    monkeypatch.setitem(sys.modules, "search.indexing", fake)
    monkeypatch.setattr(search, "indexing", fake, raising=False)
    return calls


@pytest.fixture
def staff_client(client, django_user_model):
    """A client logged in as a staff superuser (the gazette editors)."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", None)  # no hashing: fast
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _haystack_request_hook_without_backend():
    """Until the search app provides search.backend, haystack's per-request hook cannot load it.

    A no-op once search/backend.py exists (then every request really loads the configured engine).
    """
    import importlib.util

    if importlib.util.find_spec("search.backend") is not None:
        yield
        return
    import haystack
    from django.core import signals

    if signals.request_started.disconnect(haystack.reset_search_queries):
        yield
        signals.request_started.connect(haystack.reset_search_queries)
    else:
        yield


@pytest.fixture(autouse=True)
def isolated_data_dir(settings, tmp_path):
    """Keep source copies, uploaded media, the data dump and the search index of each test in its own temporary dir."""
    settings.GAZETTE_SOURCES_DIR = tmp_path / "sources"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.GAZETTE_DUMP_DIR = tmp_path / "dump"
    from django.core.cache import cache

    cache.clear()  # pages cached by one test's archive never answer another's
    settings.HAYSTACK_CONNECTIONS = {
        "default": {**settings.HAYSTACK_CONNECTIONS["default"], "PATH": str(tmp_path / "whoosh_index")}
    }
    return tmp_path


@pytest.fixture(scope="session")
def parsed_issues():
    """Every fixture parsed once per test session (the parser is pure)."""
    from issues.parser import parse_issue

    return {name: parse_issue(fixture_text(name)) for name in ISSUE_FILES}


@pytest.fixture
def save_issue(db):
    """Save a hand-built ParsedIssue and index it as ingest does (published) or not (draft)."""
    from issues.ingest import update_index
    from issues.models import Issue
    from issues.sources import SourceInfo

    def save(parsed, status=Issue.Status.PUBLISHED):
        source = SourceInfo(name=f"{parsed.year}-{parsed.issue_no}.txt", path="none.txt", sha256="0" * 64,
                            parser_version="test")
        issue = Issue.objects.save_parsed(parsed, source=source, status=status)
        if status == Issue.Status.PUBLISHED:
            assert update_index(issue) == ""
        return issue

    return save


@pytest.fixture(scope="session")
def gazette_pdfs(tmp_path_factory):
    """Fixture issues printed as PDFs by tests/pdfgen.py, each made once on first use.

    gazette_pdfs(name, layout) -> (Printed, extracted text); the PDFs are written to a temp dir.
    """
    from issues.pdf import extract_text
    from tests.pdfgen import LAYOUTS, issue_pdf

    folder = tmp_path_factory.mktemp("pdfs")
    made = {}

    def get(name: str, layout: str = "off-centre"):
        if (name, layout) not in made:
            printed = issue_pdf(fixture_text(name), LAYOUTS[layout])
            (folder / f"{name}-{layout}.pdf").write_bytes(printed.pdf)
            made[name, layout] = (printed, extract_text(printed.pdf))
        return made[name, layout]

    get.folder = folder
    return get

"""Shared fixtures: the five sample issues and an isolated data dir for every test."""

from pathlib import Path

import pytest

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


@pytest.fixture(autouse=True)
def isolated_data_dir(settings, tmp_path):
    """Keep source copies and the search index of each test in its own temporary dir."""
    settings.GAZETTE_SOURCES_DIR = tmp_path / "sources"
    settings.HAYSTACK_CONNECTIONS = {
        "default": {**settings.HAYSTACK_CONNECTIONS["default"], "PATH": str(tmp_path / "whoosh_index")}
    }
    return tmp_path


@pytest.fixture(scope="session")
def parsed_issues():
    """Every fixture parsed once per test session (the parser is pure)."""
    from issues.parser import parse_issue

    return {name: parse_issue(fixture_text(name)) for name in ISSUE_FILES}


@pytest.fixture(autouse=True)
def requests_without_search_backend():
    """Until search/backend.py exists, haystack's per-request hook cannot load the engine: skip the hook.

    Once the search app provides its backend this fixture does nothing.
    """
    import importlib.util

    from django.core.signals import request_started
    from haystack import reset_search_queries

    if importlib.util.find_spec("search.backend") is None and request_started.disconnect(reset_search_queries):
        yield
        request_started.connect(reset_search_queries)
    else:
        yield

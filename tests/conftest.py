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

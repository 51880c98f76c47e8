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



@database_independent
@pytest.mark.parametrize("value, message", [
    ("elastic", "GAZETTE_SEARCH_ENGINE='elastic': 只能是 whoosh 或 postgres"),
    ("postgres", "GAZETTE_SEARCH_ENGINE=postgres 需要 PostgreSQL 数据库"),  # run_manage's database is SQLite
])
def test_a_search_engine_that_cannot_run_stops_start_up(tmp_path, value, message):
    result = run_manage(tmp_path, "check", GAZETTE_SEARCH_ENGINE=value)
    assert result.returncode == 1
    assert message in result.stderr

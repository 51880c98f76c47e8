"""The five fixture issues export exactly as the snapshots in tests/data/fixture_exports/ say.

The snapshots are `manage.py export_issue` of each fixture, taken before the parser was
restructured (issue 9): any change to what the parser reads out of a fixture shows here, record by
record. A deliberate change to the parser's output updates the snapshot in the same commit.
"""

import json
from pathlib import Path

import pytest

from tests.conftest import ISSUE_FILES

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "fixture_exports"
KINDS = ["toc", "documents", "interpretations", "appointments", "news", "chronicle", "issued_list", "statistics",
         "back_matter"]


def snapshot(name: str) -> dict:
    return json.loads((SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8"))


def as_json(export: dict) -> dict:
    """The export as export_issue prints it (dates as strings, tuples as lists)."""
    return json.loads(json.dumps(export, ensure_ascii=False))


def test_every_fixture_has_a_snapshot():
    assert sorted(path.stem for path in SNAPSHOTS.glob("*.json")) == sorted(ISSUE_FILES)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", list(ISSUE_FILES))
def test_parsed_fixture_exports_as_its_snapshot(name, kind, parsed_issues):
    assert as_json(parsed_issues[name].to_export())[kind] == snapshot(name)[kind]


@pytest.mark.parametrize("name", list(ISSUE_FILES))
def test_parsed_fixture_identity_exports_as_its_snapshot(name, parsed_issues):
    exported, expected = as_json(parsed_issues[name].to_export()), snapshot(name)
    assert list(exported) == list(expected)
    assert {key: exported[key] for key in ("year", "issue_no", "total_no", "publish_date")} == {
        key: expected[key] for key in ("year", "issue_no", "total_no", "publish_date")
    }


def test_statistics_snapshots_keep_the_printed_figures():
    row = snapshot("2020-09")["statistics"]["rows"][0]
    assert {"month_printed", "month_yoy_printed", "cumulative_printed", "cumulative_yoy_printed"} <= set(row)


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(ISSUE_FILES))
def test_saved_fixture_exports_as_its_snapshot(name, capsys):
    from django.core.management import call_command

    call_command("ingest", str(ISSUE_FILES[name]))
    capsys.readouterr()
    year, issue_no = name.split("-")
    call_command("export_issue", year, str(int(issue_no)))
    assert json.loads(capsys.readouterr().out) == snapshot(name)

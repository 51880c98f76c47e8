"""manage.py ingest and export_issue on the sample issues."""

import json
import shutil

import pytest
from django.core.management import call_command

from issues.models import Document, Issue
from tests.conftest import ISSUE_FILES, run_ingest

pytestmark = pytest.mark.django_db


def neutral_copy(tmp_path, name):
    """The fixture under a name that says nothing: identity must come from the text."""
    target = tmp_path / "upload.txt"
    shutil.copy(ISSUE_FILES[name], target)
    return target


def test_every_fixture_ingests_with_its_identity(tmp_path, capsys):
    call_command("ingest", *[str(p) for p in ISSUE_FILES.values()])
    found = sorted(Issue.objects.published().values_list("year", "issue_no", "total_no"))
    assert found == [(2019, 4, 200), (2020, 6, 214), (2020, 9, 217), (2020, 11, 219), (2021, 5, 225)]


def test_identity_never_comes_from_the_file_name(tmp_path):
    call_command("ingest", str(neutral_copy(tmp_path, "2020-09")))
    issue = Issue.objects.get()
    assert (issue.year, issue.issue_no, issue.total_no) == (2020, 9, 217)


def test_reingesting_the_same_file_changes_no_rows(tmp_path, capsys):
    path = neutral_copy(tmp_path, "2020-06")
    call_command("ingest", str(path))
    ids = sorted(Document.objects.values_list("id", flat=True))
    call_command("ingest", str(path))
    assert "unchanged" in capsys.readouterr().out
    assert sorted(Document.objects.values_list("id", flat=True)) == ids


def test_force_reparses_and_replaces(tmp_path):
    path = neutral_copy(tmp_path, "2020-06")
    call_command("ingest", str(path))
    ids = set(Document.objects.values_list("id", flat=True))
    call_command("ingest", str(path), "--force")
    assert Issue.objects.count() == 1
    assert ids.isdisjoint(Document.objects.values_list("id", flat=True))


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("温州市人民政府公报".encode("utf-16"), "encoding"),
        ("温州市人民政府公报 2020.6 ZJCC01-2020-0008".encode("utf-16"), "encoding"),
        (bytes(range(128, 256)) * 40, "encoding"),
        ("今天天气很好，我们去公园散步。".encode(), "not_gazette"),
        ("温州市人民政府关于某事的通知\n温政发〔2020〕1号\n".encode(), "no_identity"),
    ],
    ids=["empty", "blank", "png", "utf16", "utf16-with-ascii", "undecodable", "not-a-gazette", "no-identity"],
)
def test_bad_input_names_the_file_and_reason_and_saves_nothing(tmp_path, capsys, content, reason):
    call_command("ingest", str(ISSUE_FILES["2019-04"]))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(bad))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and f"[{reason}]" in err
    assert list(Issue.objects.values_list("year", "issue_no")) == [(2019, 4)]


def test_one_bad_file_does_not_stop_the_good_ones(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(SystemExit):
        call_command("ingest", str(bad), str(ISSUE_FILES["2020-11"]))
    assert Issue.objects.filter(year=2020, issue_no=11).exists()


def test_gb18030_text_is_read(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(ISSUE_FILES["2021-05"].read_text(encoding="utf-8").encode("gb18030"))
    call_command("ingest", str(path))
    assert Issue.objects.get().year == 2021


def test_year_and_issue_overrides(tmp_path):
    call_command("ingest", str(ISSUE_FILES["2021-05"]), "--year", "2021", "--issue-no", "6")
    assert Issue.objects.get().issue_no == 6


def test_export_issue_round_trips_the_parsed_issue(tmp_path, capsys, parsed_issues):
    call_command("ingest", str(ISSUE_FILES["2020-11"]))
    capsys.readouterr()
    call_command("export_issue", "2020", "11")
    exported = json.loads(capsys.readouterr().out)
    assert exported == json.loads(json.dumps(parsed_issues["2020-11"].to_export(), ensure_ascii=False))
    assert list(exported) == [
        "year", "issue_no", "total_no", "publish_date", "toc", "documents", "interpretations",
        "appointments", "news", "chronicle", "issued_list", "statistics", "back_matter",
    ]


def test_an_unexpected_error_names_the_file_and_the_other_files_go_on(capsys, monkeypatch):
    from django.db import IntegrityError

    from issues.models import IssueManager

    save_parsed = IssueManager.save_parsed

    def save_or_collide(manager, parsed, **kwargs):
        if (parsed.year, parsed.issue_no) == (2020, 6):
            raise IntegrityError('UNIQUE constraint failed: issues_document.issue_id, issues_document.key')
        return save_parsed(manager, parsed, **kwargs)

    monkeypatch.setattr(IssueManager, "save_parsed", save_or_collide)
    paths = [ISSUE_FILES[name] for name in ("2019-04", "2020-06", "2020-11")]
    code, _, err = run_ingest(capsys, *paths)
    assert code == 1
    assert f"{ISSUE_FILES['2020-06']}: 错误" in err
    assert "IntegrityError: UNIQUE constraint failed" in err
    assert "Traceback" not in err
    assert sorted(Issue.objects.values_list("year", "issue_no")) == [(2019, 4), (2020, 11)]


def test_a_missing_file_is_named_as_missing(tmp_path, capsys):
    missing = tmp_path / "2020-06.txt"
    code, _, err = run_ingest(capsys, missing, ISSUE_FILES["2019-04"])
    assert code == 1
    assert f"文件不存在：{missing}" in err
    assert Issue.objects.count() == 1

"""opendata/dump.py: the whole archive as one ZIP that reads back to exactly what export_issue gives.

The readers below are written from the published data dictionary, not from the dump's code: a
user with the ZIP and its data-dictionary.json must get every issue back.
"""

import csv
import io
import json
import zipfile
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from issues.models import Issue
from issues.sources import SourceInfo
from opendata import dump
from tests.conftest import ISSUE_FILES

pytestmark = pytest.mark.django_db

# Where each file's rows go in the export_issue document (as the dictionary page explains it).
LISTS = {
    "toc": ("toc",), "documents": ("documents",), "interpretations": ("interpretations",),
    "appointments": ("appointments",), "news": ("news",), "chronicle": ("chronicle",),
    "issued_list": ("issued_list",), "statistics": ("statistics", "rows"),
}
ROW_CONTEXT = ("year", "issue_no", "key", "url")


@pytest.fixture
def archive(parsed_issues):
    """The five fixture issues, published (the dump does not need the search index)."""
    return [Issue.objects.save_parsed(parsed, source=SourceInfo(name=f"{name}.txt", path=f"{name}.txt",
                                                                 sha256="0" * 64, parser_version="test"))
            for name, parsed in parsed_issues.items()]


def _bundle() -> zipfile.ZipFile:
    return zipfile.ZipFile(dump.current().path)


def _jsonl_tables(bundle) -> dict[str, list[dict]]:
    return {name.removeprefix("jsonl/").removesuffix(".jsonl"): [json.loads(line) for line in
                                                                 bundle.read(name).decode().splitlines()]
            for name in bundle.namelist() if name.startswith("jsonl/")}


def _csv_tables(bundle) -> dict[str, list[dict]]:
    """CSV cells typed back by the dictionary alone: empty is null where nullable, lists are JSON."""
    types = {file["name"]: {f["name"]: f for f in file["fields"]}
             for file in json.loads(bundle.read("data-dictionary.json"))["files"]}

    def typed(field, cell):
        if cell == "" and field["nullable"]:
            return None
        return {"integer": int, "number": float, "boolean": lambda c: {"true": True, "false": False}[c],
                "strings": json.loads}.get(field["type"], str)(cell)

    tables = {}
    for name in bundle.namelist():
        if name.startswith("csv/"):
            kind = name.removeprefix("csv/").removesuffix(".csv")
            reader = csv.DictReader(io.StringIO(bundle.read(name).decode("utf-8-sig"), newline=""))
            tables[kind] = [{k: typed(types[kind][k], v) for k, v in row.items()} for row in reader]
    return tables


def _issues_read_back(tables: dict) -> dict[tuple, dict]:
    issues = {}
    for row in tables["issues"]:
        issues[row["year"], row["issue_no"]] = {
            "year": row["year"], "issue_no": row["issue_no"], "total_no": row["total_no"],
            "publish_date": row["publish_date"], "toc": [], "documents": [], "interpretations": [],
            "appointments": [], "news": [], "chronicle": [], "issued_list": [],
            "statistics": {"title": row["statistics_title"], "producer": row["statistics_producer"], "rows": []},
            "back_matter": row["back_matter"],
        }
    for name, path in LISTS.items():
        for row in tables[name]:
            target = issues[row["year"], row["issue_no"]]
            for step in path:
                target = target[step]
            target.append({k: v for k, v in row.items() if k not in ROW_CONTEXT})
    return issues


@pytest.mark.parametrize("read", [_jsonl_tables, _csv_tables], ids=["jsonl", "csv"])
def test_the_dump_reads_back_as_export_issue_for_every_issue(archive, read):
    dump.build_dump()
    read_back = _issues_read_back(read(_bundle()))
    expected = {(i.year, i.issue_no): i.to_parsed().to_export() for i in archive}
    assert list(read_back) == sorted(expected)  # oldest first
    for key, export in expected.items():
        assert read_back[key] == export, key


def test_every_row_carries_its_stable_key_and_a_url_that_opens(archive, client):
    dump.build_dump()
    tables = _jsonl_tables(_bundle())
    documents = {(d.issue.year, d.issue.issue_no, d.key): d for d in archive[1].document_set.all()}
    for row in tables["documents"]:
        if (row["year"], row["issue_no"]) == (archive[1].year, archive[1].issue_no):
            assert documents[row["year"], row["issue_no"], row["key"]].doc_number == row["doc_number"]
    for name, rows in tables.items():
        url = urlsplit(rows[-1]["url"])
        assert client.get(url.path).status_code == 200, (name, rows[-1]["url"])


def test_record_urls_are_absolute_when_the_site_address_is_set(archive, settings):
    settings.GAZETTE_SITE_URL = "https://gazette.example.org/"
    dump.build_dump()
    tables = _jsonl_tables(_bundle())
    assert tables["issues"][0]["url"] == "https://gazette.example.org/issues/2019/4/"
    assert tables["chronicle"][0]["url"].startswith("https://gazette.example.org/issues/2019/4/chronicle/#d-")


def test_the_dictionary_shows_a_real_value_of_every_field_that_has_one(archive):
    manifest, _ = dump.build_dump()
    tables = _jsonl_tables(_bundle())
    for file in manifest.dictionary["files"]:
        assert file["rows"] == len(tables[file["name"]])
        for field in file["fields"]:
            values = [row[field["name"]] for row in tables[file["name"]]]
            shown = field["example"]
            if all(v in (None, "", []) for v in values):
                assert shown is None, field
            elif isinstance(shown, str) and shown.endswith("…"):
                assert any(isinstance(v, str) and v.startswith(shown[:-1]) for v in values), field
            elif isinstance(shown, list):
                assert any(v and v[0].startswith(shown[0].rstrip("…")) for v in values), field
            else:
                assert shown in values, field


def test_the_zip_explains_itself(archive):
    manifest, _ = dump.build_dump()
    bundle = _bundle()
    readme = bundle.read("README.txt").decode()
    assert "documents（文件）：34 行" in readme and "data-dictionary.json" in readme
    assert json.loads(bundle.read("data-dictionary.json")) == manifest.dictionary
    assert bundle.read("csv/documents.csv").startswith("\ufeffyear,issue_no,key,url,".encode())


def test_an_unchanged_archive_is_not_built_again_and_a_changed_one_replaces_the_old_file(archive, parsed_issues):
    first, built = dump.build_dump()
    assert built
    assert dump.build_dump() == (first, False)
    archive[0].delete()
    second, built = dump.build_dump()
    assert built and second.counts["issues"] == 4
    assert [p.name for p in dump.folder().glob("archive-*.zip")] == [second.file]


def test_an_empty_archive_is_a_dump_of_empty_files():
    manifest, _ = dump.build_dump()
    assert set(manifest.counts.values()) == {0}
    assert all(rows == [] for rows in _jsonl_tables(_bundle()).values())


def test_a_failed_build_keeps_the_previous_dump_and_leaves_nothing_behind(archive, monkeypatch):
    before, _ = dump.build_dump()

    def fail(issue, tables):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dump, "_write_issue", fail)
    with pytest.raises(OSError):
        dump.build_dump(force=True)
    assert dump.current() == before
    assert sorted(p.name for p in dump.folder().iterdir()) == [before.file, dump.MANIFEST]


def test_what_a_killed_build_left_is_removed_by_the_next(archive):
    dump.folder().mkdir(parents=True)
    (dump.folder() / "tmp-abandoned").mkdir()
    (dump.folder() / "tmp-abandoned" / "documents.jsonl").write_text("{")
    dump.build_dump()
    assert not (dump.folder() / "tmp-abandoned").exists()


def test_a_damaged_manifest_counts_as_no_dump_yet(archive):
    dump.build_dump()
    (dump.folder() / dump.MANIFEST).write_text("{not json")
    assert dump.current() is None
    assert dump.build_dump()[1]


def test_the_command_builds_once_and_says_what_it_kept(archive):
    out = io.StringIO()
    call_command("build_data_dump", stdout=out)
    call_command("build_data_dump", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("已生成 wenzhou-gazette-") and "documents 34" in lines[0]
    assert lines[1].startswith("档案未变，沿用")


# ----------------------------------------------------------------- rebuilt after publishing


def test_ingesting_several_files_builds_the_dump_once_after_the_last(django_capture_on_commit_callbacks,
                                                                      monkeypatch, run_tasks):
    builds = []
    real = dump.build_dump
    monkeypatch.setattr(dump, "build_dump", lambda **kw: builds.append(Issue.objects.count()) or real(**kw))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(ISSUE_FILES["2020-06"]), str(ISSUE_FILES["2021-05"]), stdout=io.StringIO())
    assert builds == []  # queued for the background worker, never built in the ingest itself
    run_tasks()
    assert builds == [2]
    assert dump.current().counts["issues"] == 2


def test_publishing_a_draft_brings_it_into_the_dump(parsed_issues, django_capture_on_commit_callbacks, run_tasks):
    source = SourceInfo(name="2020-06.txt", path="2020-06.txt", sha256="0" * 64, parser_version="test")
    with django_capture_on_commit_callbacks(execute=True):
        draft = Issue.objects.save_parsed(parsed_issues["2020-06"], source=source, status="draft")
    run_tasks()
    assert dump.current() is None  # a draft is not public: nothing to build
    with django_capture_on_commit_callbacks(execute=True):
        draft.publish()
    assert dump.current() is None  # the publish request does not build it
    run_tasks()
    assert dump.current().counts["documents"] == 9


def test_a_correction_in_the_admin_reaches_the_dump(archive, staff_client, django_capture_on_commit_callbacks,
                                                    run_tasks):
    dump.build_dump()
    news = archive[0].newsbrief_set.first()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/admin/issues/newsbrief/{news.pk}/change/",
                                     {"key": news.key, "title": "更正后的标题", "date": "", "body": news.body})
    assert response.status_code == 302
    run_tasks()
    assert _jsonl_tables(_bundle())["news"][0]["title"] == "更正后的标题"


def test_a_failing_build_never_fails_the_ingest(monkeypatch, django_capture_on_commit_callbacks, caplog, run_tasks):
    def fail(**options):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dump, "build_dump", fail)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(ISSUE_FILES["2021-05"]), stdout=io.StringIO())
    run_tasks()
    assert Issue.objects.published().count() == 1
    assert "building the data dump failed" in caplog.text

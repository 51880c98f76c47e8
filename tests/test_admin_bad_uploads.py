"""Bad uploads get a clear message and change nothing: database, kept files, index.

What needs no parsing is refused on the form at once; what the background processing finds is shown on
the upload page with the file's name (the worker runs in this process: conftest.submit_upload).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from issues import forms, uploads
from issues.models import ChronicleEntry, Document, Issue, Upload
from tests.conftest import ISSUE_FILES, fixture_text

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:issues_issue_upload")
GOOD_TEXT = ISSUE_FILES["2020-06"].read_bytes()
NO_IDENTITY = "温州市人民政府关于某事的通知\n温政发〔2020〕1号\n各县（市、区）人民政府：\n现将有关事项通知如下。\n"


@pytest.fixture
def archive(settings):
    """One published issue already in the archive, and a way to see whether anything changed."""
    call_command("ingest", str(ISSUE_FILES["2019-04"]))

    def state():
        sources = sorted(p.name for p in settings.GAZETTE_SOURCES_DIR.iterdir())
        issues = sorted(Issue.objects.values_list("pk", "year", "issue_no", "status", "pdf_path"))
        return issues, Document.objects.count(), ChronicleEntry.objects.count(), sources

    return state


@pytest.fixture
def post(submit_upload):
    def post(client, source, second=None, **fields):
        data = {"source": source, **{k: str(v) for k, v in fields.items()}}
        if second is not None:
            data["second"] = second
        return submit_upload(client, data)

    return post


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "文件为空"),
        ("blank.txt", b"  \n\n \n", "文件为空"),
        ("fake.pdf", b"<html>not a pdf</html>", "文件扩展名为 .pdf，但内容不是 PDF"),
        ("empty.pdf", b"", "文件为空"),
        ("utf16.txt", "温州市人民政府公报".encode("utf-16"), "无法识别文本编码"),
        ("undecodable.txt", bytes(range(128, 256)) * 40, "无法识别文本编码"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + b"\x00" * 64, "不是文本文件"),
        ("letter.txt", "今天天气很好，我们去公园散步。".encode(), "内容不是温州市人民政府公报"),
        ("notice.txt", NO_IDENTITY.encode(), "无法确定期号（年份、期数）"),
        ("issue.docx", GOOD_TEXT, "不支持的文件类型（仅支持 PDF、TXT、MD 及扫描图像 PNG、JPEG、TIFF）：.docx"),
    ],
    ids=["empty", "blank", "pdf-that-is-html", "empty-pdf", "utf16", "undecodable", "png", "not-a-gazette",
         "no-identity", "docx"],
)
def test_bad_file_is_refused_with_its_reason_and_nothing_changes(staff_client, archive, index_calls, name, content,
                                                                  message, post):
    before = archive()
    response = post(staff_client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert archive() == before
    assert index_calls == []


def test_a_text_without_identity_is_told_to_use_the_override_fields(staff_client, archive, post):
    page = post(staff_client, SimpleUploadedFile("notice.txt", NO_IDENTITY.encode())).content.decode()
    assert forms.NO_IDENTITY_HINT in page


def test_a_file_over_the_size_limit_is_refused(staff_client, archive, settings, post):
    settings.GAZETTE_UPLOAD_MAX_BYTES = 1024
    before = archive()
    page = post(staff_client, SimpleUploadedFile("big.txt", GOOD_TEXT)).content.decode()
    assert f"文件超过大小限制：{round(len(GOOD_TEXT) / 1024)} KB，上限 1 KB" in page
    assert archive() == before


def test_a_duplicate_of_an_archived_file_is_refused_with_a_link_to_it(staff_client, archive, post):
    before = archive()
    archived = Issue.objects.get()
    page = post(staff_client, SimpleUploadedFile("again.txt", ISSUE_FILES["2019-04"].read_bytes())).content.decode()
    assert "该文件已经导入过" in page
    assert f'href="{reverse("admin:issues_issue_review", args=[archived.pk])}"' in page
    assert archive() == before


def test_a_duplicate_of_a_waiting_draft_is_refused_too(staff_client, archive, post):
    assert post(staff_client, SimpleUploadedFile("a.txt", GOOD_TEXT)).status_code == 302  # to the review page
    before = archive()
    page = post(staff_client, SimpleUploadedFile("b.txt", GOOD_TEXT)).content.decode()
    assert "该文件已经导入过" in page and "草稿" in page
    assert archive() == before


def test_a_second_file_that_is_not_a_pdf_is_refused(staff_client, archive, post):
    before = archive()
    page = post(
        staff_client, SimpleUploadedFile("issue.txt", GOOD_TEXT), SimpleUploadedFile("issue.pdf", b"GIF89a")
    ).content.decode()
    assert "内容不是 PDF" in page
    assert archive() == before


def test_two_text_files_are_refused(staff_client, archive, post):
    before = archive()
    page = post(
        staff_client, SimpleUploadedFile("a.txt", GOOD_TEXT), SimpleUploadedFile("b.md", GOOD_TEXT)
    ).content.decode()
    assert "两个文件须为一个 PDF 和一个文本文件" in page
    assert archive() == before


def test_a_parser_crash_is_reported_and_saves_nothing(staff_client, archive, monkeypatch, post):
    def crash(text, **overrides):
        raise IndexError("list index out of range")

    monkeypatch.setattr("issues.ingest.parse_issue", crash)
    before = archive()
    page = post(staff_client, SimpleUploadedFile("issue.txt", GOOD_TEXT)).content.decode()
    assert "意外错误，未保存任何内容" in page and "IndexError: list index out of range" in page
    assert archive() == before


def test_an_unexpected_error_while_saving_shows_its_real_reason(staff_client, archive, monkeypatch, post):
    from django.db import IntegrityError

    from issues.models import IssueManager

    def collide(manager, parsed, **kwargs):
        raise IntegrityError("UNIQUE constraint failed: issues_document.issue_id, issues_document.key")

    # on the class: monkeypatch would leave an instance attribute on Issue.objects behind
    monkeypatch.setattr(IssueManager, "save_parsed", collide)
    before = archive()
    page = post(staff_client, SimpleUploadedFile("issue.txt", GOOD_TEXT)).content.decode()
    assert "IntegrityError: UNIQUE constraint failed" in page and "未保存任何内容" in page
    assert "解析出错" not in page  # the file was parsed; saving it failed
    assert archive() == before


def test_a_failure_while_keeping_the_pdf_rolls_the_draft_back(staff_client, archive, monkeypatch, post):
    keep_stream = uploads.keep_stream

    def disk_full_at_the_pdf(chunks, suffix):
        if suffix == ".pdf":
            raise OSError(28, "No space left on device")
        return keep_stream(chunks, suffix)

    monkeypatch.setattr(uploads, "keep_stream", disk_full_at_the_pdf)
    before = archive()
    page = post(
        staff_client, SimpleUploadedFile("issue.txt", GOOD_TEXT), SimpleUploadedFile("issue.pdf", b"%PDF-1.7\n%%EOF")
    ).content.decode()
    assert "磁盘空间不足" in page
    assert archive() == before  # the text kept first is removed again; no upload, no draft
    assert not Upload.objects.exists()


@pytest.mark.parametrize("field, value", [("year", 1700), ("issue_no", 0), ("issue_no", 40)])
def test_an_impossible_override_is_refused(staff_client, archive, field, value, post):
    before = archive()
    response = post(staff_client, SimpleUploadedFile("issue.txt", fixture_text("2020-06").encode()), **{field: value})
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert archive() == before

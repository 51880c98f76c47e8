"""The review page shows a page of the scan (or PDF) beside each warning about it: staff correct by looking."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from issues.models import Issue
from issues.parser.records import ParsedIssue
from issues.sources import SourceInfo, keep_source
from tests.pdfgen import one_page_pdf

pytestmark = pytest.mark.django_db

OCR_WARNING = {"kind": "ocr_unsure", "level": "loss", "section": None, "page": 12, "file_page": 2,
               "lines": ["温政发〔2020）22号"], "message": "扫描件第2页（印刷页码 12）有1行文字识别把握不大，请对照扫描件核对"}


def two_page_tiff() -> bytes:
    buffer = io.BytesIO()
    pages = [Image.new("L", (1654, 2339), shade) for shade in (250, 200)]
    pages[0].save(buffer, "TIFF", save_all=True, append_images=pages[1:], dpi=(200, 200))
    return buffer.getvalue()


def draft_from(data: bytes, name: str, warnings: list) -> Issue:
    source = SourceInfo(name=name, path=keep_source(data, name[name.rindex("."):]), sha256="0" * 64, parser_version="test")
    return Issue.objects.save_parsed(ParsedIssue(year=2020, issue_no=9, warnings=warnings), source=source,
                                     status=Issue.Status.DRAFT)


def test_a_warning_about_a_scanned_page_shows_that_page(staff_client):
    draft = draft_from(two_page_tiff(), "2020-09.tiff", [OCR_WARNING, "第3页：无法识别的栏目标题"])
    page = staff_client.get(reverse("admin:issues_issue_review", args=[draft.pk])).content.decode()
    picture_url = reverse("admin:issues_issue_page_picture", args=[draft.pk, 2])
    assert f'<img src="{picture_url}"' in page and 'alt="源文件第2页"' in page
    assert "扫描件第2页（印刷页码 12）有1行文字识别把握不大" in page and "<q>温政发〔2020）22号</q>" in page
    assert "第3页：无法识别的栏目标题" in page  # a warning as plain text, as the parser writes them today
    picture = staff_client.get(picture_url)
    assert picture.status_code == 200 and picture["Content-Type"] == "image/png"
    shown = Image.open(io.BytesIO(picture.content))
    assert shown.width == 800 and shown.getpixel((400, 400)) == 200  # the second page, not the first


@pytest.mark.parametrize("number", [0, 2, 99])
def test_a_page_the_file_does_not_have_is_not_found(staff_client, number):
    draft = draft_from(one_page_pdf(), "2020-09.pdf", [])
    assert staff_client.get(reverse("admin:issues_issue_page_picture", args=[draft.pk, 1])).status_code == 200
    assert staff_client.get(reverse("admin:issues_issue_page_picture", args=[draft.pk, number])).status_code == 404


def test_page_pictures_are_for_staff_only(client):
    draft = draft_from(one_page_pdf(), "2020-09.pdf", [])
    response = client.get(reverse("admin:issues_issue_page_picture", args=[draft.pk, 1]))
    assert response.status_code == 302 and "/login/" in response["Location"]

"""A staff member, in a real browser, logs in, uploads an issue, reviews it and publishes it.

Uploads are processed by a real background worker (tests/worker.py); the upload page refreshes
itself until the review page opens.
"""

import pytest
from playwright.sync_api import expect

from issues.models import Issue
from tests.browser import CHROMIUM, playwright_running
from tests.conftest import ISSUE_FILES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROCESSING_MS = 120_000  # generous: a worker starting and parsing on a busy machine


@pytest.fixture
def page():
    with playwright_running() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page(locale="zh-CN")
        yield page
        browser.close()


@pytest.fixture
def editor(django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "pw-editor-1")
    return "editor", "pw-editor-1"


def log_in(page, live_server, editor, next_url):
    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.fill("#id_username", editor[0])
    page.fill("#id_password", editor[1])
    page.click("input[type=submit]")


def upload_review_and_publish(page, live_server, editor, path):
    """The whole staff workflow for one file (a worker must be running); returns the text of the review page."""
    log_in(page, live_server, editor, "/admin/issues/issue/")
    page.get_by_role("link", name="上传新一期").click()
    page.set_input_files("#id_source", str(path))
    page.get_by_role("button", name="上传并解析").click()
    expect(page.locator(".messagelist")).to_contain_text("已保存为草稿", timeout=PROCESSING_MS)
    review = page.locator("#content-main").inner_text()
    page.get_by_role("button", name="发布").click()
    expect(page.locator(".messagelist")).to_contain_text("已发布")
    return review


def test_staff_upload_review_and_publish_a_text_export(page, live_server, editor, start_worker, tmp_path):
    start_worker(tmp_path)
    review = upload_review_and_publish(page, live_server, editor, ISSUE_FILES["2020-06"])
    assert "2020年第6期（总第214期）" in review and "温政办〔2020〕53号" in review
    assert Issue.objects.published().values_list("year", "issue_no").get() == (2020, 6)


def test_a_bad_file_is_refused_in_the_browser(page, live_server, editor, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    log_in(page, live_server, editor, "/admin/issues/issue/upload/")
    page.set_input_files("#id_source", str(empty))
    page.get_by_role("button", name="上传并解析").click()
    expect(page.locator(".errorlist")).to_contain_text("文件为空")
    assert not Issue.objects.exists()

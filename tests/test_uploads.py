"""issues/uploads.py and issues/tasks.py: an upload is queued at once, processed by the worker page by page.

The worker is the real one: `manage.py db_worker` in a subprocess on the test database
(tests/worker.py), or django-tasks-db's loop in this process (conftest.run_tasks). held_worker.py
is that command held after the first page, to read the upload page mid-task or to kill it there.
"""

import sys
import types
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from gazette.tasks import MAX_ATTEMPTS, requeue_abandoned
from issues import locks as issue_locks
from issues.models import Issue, Upload
from tests.conftest import ISSUE_FILES
from tests.pdfgen import short_issue_pdf, truncated
from tests.worker import read_line, wait_for

UPLOAD_URL = reverse("admin:issues_issue_upload")


def status_url(upload) -> str:
    return reverse("admin:issues_issue_upload_status", args=[upload.pk])


def post_pdf(client, pdf: bytes, name="温州市人民政府公报2020年第6期.pdf"):
    response = client.post(UPLOAD_URL, {"source": SimpleUploadedFile(name, pdf)})
    upload = Upload.objects.latest("uploaded_at")
    assert response.status_code == 302 and response["Location"] == status_url(upload)
    return upload


def upload_state(upload) -> str:
    upload.refresh_from_db()
    return upload.state


@pytest.fixture
def unreadable_pdfs(monkeypatch):
    """issues.pdf as a stand-in that fails the test if anything reads a PDF (in this process)."""
    module = types.ModuleType("issues.pdf")

    def extract_text(data, progress=None, workers=1):
        pytest.fail("the upload request read the PDF")

    module.extract_text = extract_text
    module.extract = lambda data, progress=None, workers=1, limits=None: (extract_text(data), {})
    module.extract_lines_with_losses = lambda data, progress=None, workers=1, limits=None: (extract_text(data), [])
    module.Limits = lambda **caps: caps
    monkeypatch.setitem(sys.modules, "issues.pdf", module)


@pytest.mark.django_db
def test_the_upload_request_only_keeps_the_file_and_queues_its_processing(staff_client, unreadable_pdfs, settings):
    pdf = short_issue_pdf(pages=3)
    upload = post_pdf(staff_client, pdf)
    assert not Issue.objects.exists()
    assert (upload.state, upload.source_name) == (Upload.State.QUEUED, "温州市人民政府公报2020年第6期.pdf")
    assert (settings.GAZETTE_SOURCES_DIR / upload.source_path).read_bytes() == pdf
    task = DBTaskResult.objects.get(pk=upload.task_id)
    assert (task.status, task.task_path, task.args_kwargs["args"]) == ("READY", "issues.tasks.process_upload", [upload.pk])
    page = staff_client.get(status_url(upload)).content.decode()
    assert "温州市人民政府公报2020年第6期.pdf" in page and "排队等待处理" in page
    assert '<meta http-equiv="refresh" content="2">' in page
    assert "后台处理未运行" not in page  # queued a moment ago


@pytest.mark.django_db(transaction=True)
def test_staff_see_the_progress_page_by_page_then_the_review(staff_client, start_worker, tmp_path):
    upload = post_pdf(staff_client, short_issue_pdf(pages=3))
    worker = start_worker(tmp_path, "tests/scripts/held_worker.py", str(tmp_path / "release"))
    assert read_line(worker, "held") == "held page 1/3"

    page = staff_client.get(status_url(upload)).content.decode()
    assert "第1/3页 · 读取文字" in page
    assert '<progress value="1" max="3">' in page
    assert not Issue.objects.exists()

    (tmp_path / "release").touch()
    wait_for(lambda: upload_state(upload) == Upload.State.DONE, "the upload to be saved")
    draft = Issue.objects.drafts().get()
    assert (draft.year, draft.issue_no, draft.pdf_path) == (2020, 6, upload.source_path)
    response = staff_client.get(status_url(upload))
    assert response["Location"] == reverse("admin:issues_issue_review", args=[draft.pk])
    assert "2020年第6期（总第206期）" in staff_client.get(response["Location"]).content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_task_leaves_the_upload_to_the_next_worker(staff_client, start_worker, tmp_path):
    upload = post_pdf(staff_client, short_issue_pdf(pages=3))
    held = start_worker(tmp_path, "tests/scripts/held_worker.py", str(tmp_path / "release"))
    assert read_line(held, "held") == "held page 1/3"
    held.kill()
    held.wait(timeout=30)
    assert "第1/3页" in staff_client.get(status_url(upload)).content.decode()  # stopped there, not failed

    start_worker(tmp_path)
    wait_for(lambda: upload_state(upload) == Upload.State.DONE, "the next worker to finish the upload")
    task = DBTaskResult.objects.get(pk=upload.task_id)
    assert task.status == TaskResultStatus.SUCCESSFUL and len(task.worker_ids) == 2
    assert Issue.objects.drafts().get().source_path == upload.source_path


@pytest.mark.django_db(transaction=True)
def test_a_damaged_pdf_saves_nothing_and_staff_see_why_with_its_name(staff_client, start_worker, tmp_path, settings):
    upload = post_pdf(staff_client, truncated(short_issue_pdf(pages=3)), name="2020-06.pdf")
    start_worker(tmp_path)
    wait_for(lambda: upload_state(upload) == Upload.State.FAILED, "the upload to be refused")
    page = staff_client.get(status_url(upload)).content.decode()
    assert "「2020-06.pdf」未能保存：PDF 已损坏，无法读取：文件不完整" in page
    assert "没有保存任何草稿" in page and 'id="upload_form"' in page  # and the form to try again
    assert not Issue.objects.exists()
    assert not (settings.GAZETTE_SOURCES_DIR / upload.source_path).exists()


@pytest.mark.django_db
def test_an_upload_whose_worker_keeps_dying_is_failed_with_a_message(staff_client):
    upload = post_pdf(staff_client, short_issue_pdf(pages=3))
    DBTaskResult.objects.filter(pk=upload.task_id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=[f"dead-{n}" for n in range(MAX_ATTEMPTS)])
    Upload.objects.filter(pk=upload.pk).update(state=Upload.State.RUNNING, stage="reading", page=2, pages=3)
    requeue_abandoned()
    page = staff_client.get(status_url(upload)).content.decode()
    assert "后台处理进程在处理此文件时多次意外退出" in page
    assert upload_state(upload) == Upload.State.FAILED and not Issue.objects.exists()


@pytest.mark.django_db
def test_staff_are_told_when_no_worker_is_running(staff_client):
    upload = post_pdf(staff_client, short_issue_pdf(pages=3))
    DBTaskResult.objects.filter(pk=upload.task_id).update(enqueued_at=timezone.now() - timedelta(minutes=6))
    assert "后台处理未运行" in staff_client.get(status_url(upload)).content.decode()
    issue_list = staff_client.get(reverse("admin:issues_issue_changelist")).content.decode()
    assert "后台处理未运行" in issue_list and upload.source_name in issue_list


@pytest.mark.django_db
def test_the_issue_list_shows_uploads_on_their_way_and_refused_ones(staff_client, submit_upload):
    submit_upload(staff_client, {"source": SimpleUploadedFile("letter.txt", "今天天气很好。".encode())})
    queued = post_pdf(staff_client, short_issue_pdf(pages=3), name="queued.pdf")
    page = staff_client.get(reverse("admin:issues_issue_changelist")).content.decode()
    assert "letter.txt" in page and "未能保存：内容不是温州市人民政府公报" in page
    assert status_url(queued) in page and "排队等待处理" in page


@pytest.mark.django_db
def test_a_file_already_on_its_way_is_refused_on_the_form(staff_client):
    pdf = short_issue_pdf(pages=3)
    first = post_pdf(staff_client, pdf)
    page = staff_client.post(UPLOAD_URL, {"source": SimpleUploadedFile("again.pdf", pdf)}).content.decode()
    assert "该文件正在处理中" in page and status_url(first) in page
    assert Upload.objects.count() == 1


@pytest.mark.django_db
def test_the_processing_waits_for_another_writer_of_the_issue(staff_client, holder, run_tasks, monkeypatch):
    monkeypatch.setattr(issue_locks, "WAIT_SECONDS", 0.3)
    holder(issue_locks.lock_name(2020, 6))
    upload = Upload.objects.receive(ContentFile(ISSUE_FILES["2020-06"].read_bytes(), name="2020-06.txt"))
    run_tasks()
    assert upload_state(upload) == Upload.State.FAILED
    assert "该期正在被另一操作写入" in upload.error and not Issue.objects.exists()


@pytest.mark.django_db
def test_an_upload_deleted_while_it_waited_is_skipped(run_tasks):
    upload = Upload.objects.receive(ContentFile(ISSUE_FILES["2020-06"].read_bytes(), name="2020-06.txt"))
    Upload.objects.filter(pk=upload.pk).delete()
    run_tasks()
    assert DBTaskResult.objects.get(pk=upload.task_id).return_value == "gone"
    assert not Issue.objects.exists()


@pytest.mark.django_db
def test_an_upload_whose_task_record_is_gone_is_failed_not_left_waiting(staff_client):
    upload = post_pdf(staff_client, short_issue_pdf(pages=3))
    DBTaskResult.objects.filter(pk=upload.task_id).delete()  # as after restoring a backup, which holds no queue
    assert "后台任务记录已不存在" in staff_client.get(status_url(upload)).content.decode()
    assert upload_state(upload) == Upload.State.FAILED


@pytest.mark.django_db
def test_an_upload_that_ended_is_not_processed_again(run_tasks, settings):
    """A worker that dies after the upload ended but before its task was marked: the re-run changes nothing."""
    upload = Upload.objects.receive(ContentFile("今天天气很好。".encode(), name="letter.txt"))
    run_tasks()
    assert upload_state(upload) == Upload.State.FAILED and upload.refusal == "not_gazette"
    error = upload.error
    assert upload.process() == "refused"
    upload.refresh_from_db()
    assert upload.error == error

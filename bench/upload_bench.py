"""Staff upload timings: the upload request, the background processing, the review page, publish (prints figures).

    .venv/bin/python bench/upload_bench.py [FILE ...]   # default: the fixture texts, a 49-page PDF, a 96 MB PDF

Each file goes through the admin as staff would use it (Django test client, a throwaway SQLite
database and data dir): the upload POST, timed from the encoded request to the response (parsing
the form, keeping the file, queueing its processing: the issue's target is under a second
whatever the file; the network transfer of the bytes comes on top), the processing by django-tasks-db's worker
loop (read, parse, save the draft; run here in-process, as `manage.py db_worker` runs it), the
review page GET, and the publish POST (which includes indexing when the search app is present).
At the end, the peak resident memory of this process (where the worker's loop ran) and of the PDF
reading processes it forked.
"""

import io
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ["GAZETTE_DATA_DIR"] = tempfile.mkdtemp(prefix="gazette-upload-bench-")
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.client import BOUNDARY, encode_multipart  # noqa: E402
from django.urls import reverse  # noqa: E402
from django_tasks_db.management.commands.db_worker import Worker  # noqa: E402

from issues.models import Upload  # noqa: E402

BIG_PAGES = 12  # of incompressible page images, 7.5 MB each in the file: just under GAZETTE_UPLOAD_MAX_BYTES


def timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def work_the_queue():
    Worker(queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
           max_tasks=None, worker_id="bench", excluded_queue_names=[]).run()


def run(client, name: str, data: bytes) -> str:
    # encoded before the clock starts: the figure is the server's work on a received request, not the client's
    body = encode_multipart(BOUNDARY, {"source": SimpleUploadedFile(name, data)})
    content_type = f"multipart/form-data; boundary={BOUNDARY}"
    response, upload_s = timed(lambda: client.post(reverse("admin:issues_issue_upload"), body, content_type))
    if response.status_code != 302:
        errors = response.context["form"].errors.as_text() if response.context else ""
        return f"{name} ({len(data) / 1024 / 1024:.1f} MB): refused on the form: {errors}"
    size = f"{len(data) / 1024 / 1024:.1f} MB"
    _, process_s = timed(work_the_queue)
    done = Upload.objects.latest("uploaded_at")
    if done.state != Upload.State.DONE:
        return f"{name} ({size}): upload request {upload_s:.2f} s, processing {process_s:.2f} s: {done.error[:60]}"
    review_url = reverse("admin:issues_issue_review", args=[done.issue_id])
    response, review_s = timed(lambda: client.get(review_url))
    _, publish_s = timed(lambda: client.post(reverse("admin:issues_issue_publish", args=[done.issue_id])))
    return (
        f"{name} ({size}): upload request {upload_s:.2f} s, processing {process_s:.2f} s, review page {review_s:.2f} s "
        f"({len(response.content) // 1024} KB), upload-to-review {upload_s + process_s + review_s:.2f} s, "
        f"publish {publish_s:.2f} s"
    )


def default_files() -> list[tuple[str, bytes]]:
    from tests.conftest import fixture_text
    from tests.pdfgen import LAYOUTS, issue_pdf

    files = [(path.name, path.read_bytes()) for path in sorted((ROOT / "fixtures" / "issues").glob("*.txt"))]
    printed = issue_pdf(fixture_text("2019-04"), LAYOUTS["large-print"])
    files.append((f"2019-04-large-print-{printed.pages}pages.pdf", printed.pdf))
    files.append((f"scan-like-{BIG_PAGES}pages.pdf", big_pdf()))  # the request's cost grows with the bytes only
    return files


def big_pdf() -> bytes:
    """Pages of noise images with a line of text each: near the size limit, read quickly, refused (not a gazette)."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from tests.pdfgen import FONT, register_font

    register_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(BIG_PAGES):
        noise = Image.frombytes("RGB", (1600, 1250), os.urandom(1600 * 1250 * 3))
        pdf.drawImage(ImageReader(noise), 0, 160, A4[0], A4[1] - 160)
        pdf.setFont(FONT, 12)
        pdf.drawString(60, 100, f"第{page + 1}页：扫描件样张，文字层只有这一行。")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def main(files):
    call_command("migrate", verbosity=0)
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("bench", "bench@example.com", None))
    print("first upload of each file:")
    for name, data in files:
        print("  " + run(client, name, data))
    print("re-upload beside the published version (review page includes the diff):")
    for name, data in files[:5]:
        print("  " + run(client, name, data + b"\n"))
    own, children = (resource.getrusage(who).ru_maxrss // 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"peak resident memory: this process (web requests and the worker loop) {own} MB, "
          f"a PDF reading process {children} MB")


if __name__ == "__main__":
    given = [(Path(p).name, Path(p).read_bytes()) for p in sys.argv[1:]]
    main(given or default_files())

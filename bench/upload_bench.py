"""Staff upload timings: upload → review page → publish, per file (prints figures; not a test).

    .venv/bin/python bench/upload_bench.py [FILE ...]     # default: fixtures/issues/*.txt

Each file goes through the admin as staff would use it (Django test client, a throwaway SQLite
database and data dir): the upload POST (read, parse, save the draft), the review page GET, and
the publish POST (which includes indexing when the search app is present). PDFs work the same
once issues.pdf is present.
"""

import os
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
from django.urls import reverse  # noqa: E402

from issues.models import Issue  # noqa: E402


def timed(action):
    start = time.perf_counter()
    response = action()
    return response, time.perf_counter() - start


def run(client, name: str, data: bytes) -> str:
    upload = SimpleUploadedFile(name, data)
    response, upload_s = timed(lambda: client.post(reverse("admin:issues_issue_upload"), {"source": upload}))
    if response.status_code != 302:
        return f"{name}: refused (status {response.status_code})"
    review_url = response["Location"]
    draft = Issue.objects.drafts().latest("ingested_at")
    response, review_s = timed(lambda: client.get(review_url))
    _, publish_s = timed(lambda: client.post(reverse("admin:issues_issue_publish", args=[draft.pk])))
    return (
        f"{name}: upload {upload_s:.2f} s, review page {review_s:.2f} s ({len(response.content) // 1024} KB), "
        f"upload-to-review {upload_s + review_s:.2f} s, publish {publish_s:.2f} s"
    )


def main(paths):
    call_command("migrate", verbosity=0)
    if not _search_backend_present():
        _skip_haystack_request_hook()
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("bench", "bench@example.com", None))
    print("first upload of each issue:")
    for path in paths:
        print("  " + run(client, path.name, path.read_bytes()))
    print("re-upload beside the published version (review page includes the diff):")
    for path in paths:
        print("  " + run(client, path.name, path.read_bytes() + b"\n"))


def _search_backend_present() -> bool:
    import importlib.util

    return importlib.util.find_spec("search.backend") is not None


def _skip_haystack_request_hook():
    """Before the search app lands, haystack's per-request hook cannot load its configured engine."""
    import haystack
    from django.core import signals

    signals.request_started.disconnect(haystack.reset_search_queries)
    print("(search.backend missing: publish times exclude indexing)")


if __name__ == "__main__":
    given = [Path(p) for p in sys.argv[1:]]
    main(given or sorted((ROOT / "fixtures" / "issues").glob("*.txt")))

"""Shared fixtures: the five sample issues and an isolated data dir for every test."""

import os
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# Hypothesis profiles. `ci` (the default) is bounded and deterministic, so every run of the suite
# tries the same inputs; HYPOTHESIS_PROFILE=deep explores much further (minutes, not for CI).
hypothesis_settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.register_profile("deep", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# start_worker and holder: a background worker, and a lock held, in another process
pytest_plugins = ["tests.worker"]

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "issues"
ISSUE_FILES = {
    "2019-04": FIXTURES / "2019-04.txt",
    "2020-06": FIXTURES / "2020-06.txt",
    "2020-09": FIXTURES / "2020-09.txt",
    "2020-11": FIXTURES / "2020-11.txt",
    "2021-05": FIXTURES / "2021-05.txt",
}


# CI runs the suite twice, on SQLite then on PostgreSQL (.ci/run). A test that never touches the test
# database (it starts its own server or processes on their own SQLite files) proves nothing more the
# second time: it runs in the SQLite pass only, and says so in the PostgreSQL pass.
database_independent = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="does not touch the test database: runs in CI's SQLite pass only",
)


# The search engine of this pass (gazette.settings: Whoosh on SQLite, PostgreSQL full-text search on
# PostgreSQL). A test of one engine's own machinery runs in that engine's pass and says so in the other.
SEARCH_ENGINE = django_settings.SEARCH_ENGINE
whoosh_only = pytest.mark.skipif(SEARCH_ENGINE != "whoosh",
                                 reason="Whoosh's own index files and after-commit update: runs in CI's SQLite pass")
postgres_only = pytest.mark.skipif(SEARCH_ENGINE != "postgres",
                                   reason="PostgreSQL full-text search: runs in CI's PostgreSQL pass")


# A test of PostgreSQL itself (a streaming replica built by the test): the PostgreSQL pass only.
postgres_pass_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="builds its own PostgreSQL clusters: runs in CI's PostgreSQL pass only",
)


# OCR reads pages at about 20 s each on the 2-core CI machine: the OCR tests (about a dozen pages in
# all) run in the SQLite pass only, and say so in the PostgreSQL pass.
ocr_pass_only = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="OCR is slow: its tests run in CI's SQLite pass only",
)


@pytest.fixture(scope="module")
def offline():
    """Any connection off this machine raises (for a whole module): OCR must find its models in the
    wheel, never fetch them."""
    import socket

    local = {"127.0.0.1", "::1", "localhost"}
    connect, getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def guarded_connect(sock, address, *args):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in local:
            raise ConnectionRefusedError(f"test blocked an outside connection to {address}")
        return connect(sock, address, *args)

    def guarded_getaddrinfo(host, *args, **kwargs):
        if host not in local and host is not None:
            raise ConnectionRefusedError(f"test blocked a name lookup of {host}")
        return getaddrinfo(host, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", guarded_connect)
        patch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
        yield


def fixture_text(name: str) -> str:
    return ISSUE_FILES[name].read_text(encoding="utf-8")


def as_lines(items: list) -> list:
    """Lines for a parser step's table row: a string is a printed line, a lines.Line (a page break from
    lines.page_break, a line put in place from lines.placed) stays as it is."""
    from issues.parser.lines import Line

    return [item if isinstance(item, Line) else Line(item) for item in items]


def run_ingest(capsys, *args) -> tuple[int, str, str]:
    """`manage.py ingest ARGS` in process: (exit code, stdout, stderr)."""
    from django.core.management import call_command

    code = 0
    try:
        call_command("ingest", *map(str, args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def index_calls(monkeypatch):
    """search.indexing's writers replaced by a list of what would be indexed, in order."""
    from search import indexing

    calls = []
    monkeypatch.setattr(indexing, "index_issue", lambda issue: calls.append(("issue", issue.year, issue.issue_no,
                                                                             issue.status)))
    monkeypatch.setattr(indexing, "index_record", lambda record: calls.append(("record", type(record).__name__,
                                                                               record.pk)))
    return calls


@pytest.fixture
def staff_client(client, django_user_model):
    """A client logged in as a staff superuser (the gazette editors)."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", None)  # no hashing: fast
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _haystack_request_hook_without_backend():
    """Until the search app provides search.backend, haystack's per-request hook cannot load it.

    A no-op once search/backend.py exists (then every request really loads the configured engine).
    """
    import importlib.util

    if importlib.util.find_spec("search.backend") is not None:
        yield
        return
    import haystack
    from django.core import signals

    if signals.request_started.disconnect(haystack.reset_search_queries):
        yield
        signals.request_started.connect(haystack.reset_search_queries)
    else:
        yield


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """A SQLite test database in a file, not in memory: a background worker in another process shares it."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("database") / "test.sqlite3")


@pytest.fixture(autouse=True)
def isolated_data_dir(settings, tmp_path):
    """Keep source copies, uploaded media, locks, the data dump and the search index of each test in its own dir.

    The same layout as a GAZETTE_DATA_DIR, so a worker process given GAZETTE_DATA_DIR=tmp_path shares it.
    """
    settings.GAZETTE_SOURCES_DIR = tmp_path / "sources"
    settings.GAZETTE_LOCKS_DIR = tmp_path / "locks"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.GAZETTE_DUMP_DIR = tmp_path / "dump"
    # Each test's own cache in this process's memory: pages cached by one test's archive never answer
    # another's, and tests that count queries count the page's, not the cache's. The shared database cache
    # of production (settings.CACHES) is tested with two server processes (tests/test_shared_cache.py).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": str(tmp_path)}}
    settings.HAYSTACK_CONNECTIONS = {
        "default": {**settings.HAYSTACK_CONNECTIONS["default"], "PATH": str(tmp_path / "whoosh_index")}
    }
    return tmp_path


@pytest.fixture
def run_tasks(db, monkeypatch):
    """Run every queued background task now, through django-tasks-db's worker loop in this process.

    The loop's connection recycling is left out: it would close the test's open transaction.
    Tests of the worker process itself start `manage.py db_worker` (tests/worker.py).
    """
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        db_worker.Worker(queue_names=["default"], interval=0, batch=True, backend_name="default",
                         startup_delay=False, max_tasks=None, worker_id="in-process", excluded_queue_names=[]).run()

    return run


@pytest.fixture
def submit_upload(run_tasks):
    """Post the admin upload form, let the worker process what it queued, and open the upload page.

    submit_upload(client, {"source": file, ...}) -> the form again when it refused the file, else
    the upload page once processed: a redirect to the review page, or the reason it was refused.
    """
    from django.urls import reverse

    def submit(client, data):
        response = client.post(reverse("admin:issues_issue_upload"), data)
        if response.status_code != 302:
            return response
        run_tasks()
        return client.get(response["Location"])

    return submit


@pytest.fixture(scope="session")
def parsed_issues():
    """Every fixture parsed once per test session (the parser is pure)."""
    from issues.parser import parse_issue

    return {name: parse_issue(fixture_text(name)) for name in ISSUE_FILES}


@pytest.fixture
def save_issue(db):
    """Save a hand-built ParsedIssue and index it as ingest does (published) or not (draft)."""
    from issues.ingest import update_index
    from issues.models import Issue
    from issues.sources import SourceInfo

    def save(parsed, status=Issue.Status.PUBLISHED):
        source = SourceInfo(name=f"{parsed.year}-{parsed.issue_no}.txt", path="none.txt", sha256="0" * 64,
                            parser_version="test")
        issue = Issue.objects.save_parsed(parsed, source=source, status=status)
        if status == Issue.Status.PUBLISHED:
            assert update_index(issue) == ""
        return issue

    return save


@pytest.fixture
def search_archive(save_issue):
    """The two hand-built issues of tests/search_issues.py, published and indexed."""
    from tests.search_issues import issue_2022_3, issue_2023_1

    save_issue(issue_2022_3())
    save_issue(issue_2023_1())


@pytest.fixture(scope="session")
def gazette_pdfs(tmp_path_factory):
    """Fixture issues printed as PDFs by tests/pdfgen, each made once on first use.

    gazette_pdfs(name, layout) -> (Printed, extracted text); the PDFs are written to a temp dir.
    """
    from issues.pdf import extract_text
    from tests.pdfgen import LAYOUTS, issue_pdf

    folder = tmp_path_factory.mktemp("pdfs")
    made = {}

    def get(name: str, layout: str = "song-ruled"):
        if (name, layout) not in made:
            printed = issue_pdf(fixture_text(name), LAYOUTS[layout])
            (folder / f"{name}-{layout}.pdf").write_bytes(printed.pdf)
            made[name, layout] = (printed, extract_text(printed.pdf))
        return made[name, layout]

    get.folder = folder
    return get


class MailServer:
    """An SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it accepts; `refuse` makes it answer 451."""

    def __init__(self):
        self.messages = []  # email.message.Message, as received
        self.refuse = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        import email
        from email.policy import default

        self.messages.append(email.message_from_bytes(envelope.content, policy=default))
        return "250 Message accepted"


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server the site sends to (Django's SMTP backend, no TLS); `.stop()` takes it down."""
    from aiosmtpd.controller import Controller

    from bench.load import free_port

    handler = MailServer()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.stop, handler.port = controller.stop, controller.port
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    yield handler
    if controller._thread is not None:  # noqa: SLF001 - still running unless the test stopped it
        controller.stop()


@pytest.fixture(scope="session")
def scanned_issue(tmp_path_factory):
    """The first two body pages of fixture 2020-09, printed and scanned: (printed PDF, scan PDF).

    Two columns, a title block across both, running headers and page numbers.
    """
    from tests.pdfgen import issue_pdf
    from tests.scans import pages_of, scan_of

    printed = pages_of(issue_pdf(fixture_text("2020-09")).pdf, [2, 3])
    return printed, scan_of(printed, tmp_path_factory.mktemp("scan"))

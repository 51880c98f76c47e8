"""Settings for the Wenzhou Gazette Archive: one module, every value from the environment.

Defaults just work locally (`make run`): debug on, SQLite and the search index under
GAZETTE_DATA_DIR (./var). Production sets DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DATABASE_URL.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name, default=""):
    return os.environ.get(name, default)


BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def env_bool(name, default=False):
    """true/false/1/0 in any case; unset or empty is the default. Anything else stops start-up, as
    healthchecks' envbool does: a typo such as DJANGO_SECURE=ture must not quietly mean false."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in BOOLEANS:
        raise ImproperlyConfigured(f"{name} 只接受 true/false/1/0（当前为 {os.environ[name]!r}）")
    return BOOLEANS[value]


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def email_settings(url: str) -> dict:
    """Django's EMAIL_* settings from smtp://user:password@host:port or smtps://… (TLS from the first byte)."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ImproperlyConfigured(f"EMAIL_URL 应为 smtp://用户名:密码@主机:端口 或 smtps://…（当前为 {parts.scheme}://…）")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_USE_TLS": parts.scheme == "smtp" and "tls=0" not in parts.query,  # STARTTLS unless ?tls=0
    }


DATA_DIR = Path(env_str("GAZETTE_DATA_DIR", str(BASE_DIR / "var"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-never-used-with-debug-off"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "search",  # before haystack: its rebuild_index command wraps the library's (search/management)
    "haystack",
    "axes",
    "gazette",  # before django_tasks_db: its db_worker command wraps the library's (gazette/management)
    "django_tasks",
    "django_tasks_db",
    "issues",
    "opendata",
    "alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "gazette.urls"
WSGI_APPLICATION = "gazette.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'gazette.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Where ingested source files (txt, md, pdf) are kept, named by their sha256.
GAZETTE_SOURCES_DIR = DATA_DIR / "sources"
GAZETTE_UPLOAD_MAX_BYTES = env_int("GAZETTE_UPLOAD_MAX_BYTES", 100 * 1024 * 1024)
GAZETTE_PDF_WORKERS = env_int("GAZETTE_PDF_WORKERS", 2)  # processes reading a long PDF (1: in-process)
GAZETTE_PDF_MAX_PAGES = env_int("GAZETTE_PDF_MAX_PAGES", 400)  # an issue has about 50; more is refused unread
# bytes one compressed stream of a PDF may inflate to: a normal issue's largest is under 1 MB
GAZETTE_PDF_MAX_STREAM = env_int("GAZETTE_PDF_MAX_STREAM", 64 * 1024 * 1024)
# The bulk data dump (/data/), rebuilt after each publish; derived data, never backed up.
GAZETTE_DUMP_DIR = DATA_DIR / "dump"
# The public address, e.g. https://gazette.example.org: makes the dump's record URLs absolute
# (it is built outside any request). Empty: they are paths on the site.
GAZETTE_SITE_URL = env_str("GAZETTE_SITE_URL")

# Mail (the readers' alerts, alerts/). EMAIL_URL names the SMTP server: smtp://user:password@host:587
# (STARTTLS; add ?tls=0 for a relay without it) or smtps://user:password@host:465 (TLS); percent-encode
# special characters in the password. Without it a local run (debug on) writes each mail as a file
# under GAZETTE_DATA_DIR/mail/, and a production run (debug off) takes no subscriptions: the subscribe
# page says 「订阅邮件暂未开通」. Links in mails are absolute on GAZETTE_SITE_URL.
EMAIL_URL = env_str("EMAIL_URL")
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "温州市人民政府公报档案 <noreply@localhost>")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
if EMAIL_URL:
    globals().update(email_settings(EMAIL_URL))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DATA_DIR / "mail"
GAZETTE_ALERTS = bool(EMAIL_URL) or DEBUG

# Background work (django-tasks): the queue is a table in this database, worked by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Locks that exclude other processes (gazette/locks.py) are files here when the database is SQLite.
GAZETTE_LOCKS_DIR = DATA_DIR / "locks"

# The search engine: Whoosh (a file index, embedded: nothing to run) on SQLite, PostgreSQL full-text
# search (search/postgres.py: the index is a table, written in the records' transaction) on PostgreSQL.
# GAZETTE_SEARCH_ENGINE=whoosh|postgres forces either.
SEARCH_ENGINES = {"whoosh": "search.backend.JiebaWhooshEngine", "postgres": "search.postgres.PostgresEngine"}
ON_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
SEARCH_ENGINE = env_str("GAZETTE_SEARCH_ENGINE", "postgres" if ON_POSTGRES else "whoosh")
if SEARCH_ENGINE not in SEARCH_ENGINES:
    raise ImproperlyConfigured(f"GAZETTE_SEARCH_ENGINE={SEARCH_ENGINE!r}: 只能是 whoosh 或 postgres")
if SEARCH_ENGINE == "postgres" and not ON_POSTGRES:
    raise ImproperlyConfigured("GAZETTE_SEARCH_ENGINE=postgres 需要 PostgreSQL 数据库（DATABASE_URL=postgres://...）")
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": SEARCH_ENGINES[SEARCH_ENGINE],
        "PATH": str(DATA_DIR / "whoosh_index"),
    },
}
# The index is updated explicitly after each ingest commits, never by signals.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"jieba": {"level": "WARNING"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}

# ---------------------------------------------------------------------------------------------
# Production: everything below is on in every environment unless it says otherwise.
# ---------------------------------------------------------------------------------------------
# A connection kept for CONN_MAX_AGE is checked before each request reuses it, so a restarted
# PostgreSQL costs one failed ping, not one failed page.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Read replicas (gazette/db_router.py, docs/production.md "Several hosts"): DATABASE_REPLICA_URLS is a
# comma-separated list of PostgreSQL URLs written like DATABASE_URL, aliases replica1, replica2 ... Public
# reads go to a healthy one; writes, staff and a reader's own writes stay on the primary. A replica whose
# last replayed transaction is more than DATABASE_REPLICA_MAX_LAG seconds old (unless it has replayed all
# it received), or that is down, is left out; the verdict is kept DATABASE_REPLICA_CHECK_SECONDS.
DATABASE_REPLICA_MAX_LAG = env_int("DATABASE_REPLICA_MAX_LAG", 30)
DATABASE_REPLICA_CHECK_SECONDS = env_int("DATABASE_REPLICA_CHECK_SECONDS", 5)
DATABASE_REPLICAS = []
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS"), 1):
    if not ON_POSTGRES or not url.startswith(("postgres://", "postgresql://")):
        raise ImproperlyConfigured("DATABASE_REPLICA_URLS 只用于 PostgreSQL：主库与副本都应为 postgres://...")
    replica = dj_database_url.parse(url, conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60))
    replica["CONN_HEALTH_CHECKS"] = True
    # A replica on a host that does not answer must not hold a request for long: it is then left out.
    replica.setdefault("OPTIONS", {}).setdefault("connect_timeout", env_int("DATABASE_REPLICA_CONNECT_TIMEOUT", 3))
    replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica{number}"] = replica
    DATABASE_REPLICAS.append(f"replica{number}")
DATABASE_ROUTERS = ["gazette.db_router.ReplicaRouter"]
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                  "gazette.db_router.ReplicaReadsMiddleware")

# SQLite (local runs, the load test): two ingests at once must queue, not fail with "database is
# locked". IMMEDIATE takes the write lock at BEGIN, so a transaction that read first never has
# to upgrade its lock (SQLite refuses that upgrade at once, whatever the timeout); WAL lets pages
# keep reading while an ingest writes.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 30, "init_command": "PRAGMA journal_mode=WAL;"}
    )

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# No inline scripts and no third-party hosts: every script, style, font and image is served by
# the archive itself (WhiteNoise). Sent by gazette.middleware.ContentSecurityPolicyMiddleware;
# a view that needs more may set its own header.
GAZETTE_CONTENT_SECURITY_POLICY = env_str(
    "GAZETTE_CONTENT_SECURITY_POLICY",
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'",
)
MIDDLEWARE += ["gazette.middleware.ContentSecurityPolicyMiddleware"]

# DJANGO_SECURE=1: the deployment is behind HTTPS (directly or via a proxy that sets
# X-Forwarded-Proto; the proxy must overwrite that header, never pass a client's through).
SECURE = env_bool("DJANGO_SECURE", False)
if SECURE:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP inside the network
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 365 * 24 * 3600)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # W005 (HSTS includeSubDomains) and W021 (HSTS preload) commit every subdomain of the
    # domain to HTTPS, for years: that is the domain owner's opt-in, not the archive's.
    SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]

# Login throttling (django-axes, gazette/login_throttle.py). Failed logins of one account from one
# client address, and of one client whatever the account, each lock that pair or client for 15
# minutes. The counters are database rows, shared by every gunicorn worker and host. A locked attempt
# is refused by AxesStandaloneBackend before ModelBackend hashes any password, so hammering the login
# cannot spend the CPU the public pages need.
LOGIN_LOCKOUTS = [(["username", "ip_address"], 5), (["ip_address"], 20)]
AXES_LOCKOUT_PARAMETERS = [group for group, _ in LOGIN_LOCKOUTS]
AXES_FAILURE_LIMIT = min(limit for _, limit in LOGIN_LOCKOUTS)  # the scale LoginThrottle reports on
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_HANDLER = "gazette.login_throttle.LoginThrottle"
AXES_LOCKOUT_CALLABLE = "gazette.login_throttle.locked_out"
# The lock lasts 15 minutes from the failure that set it, as the lockout page says; attempts while
# locked neither count nor extend it (they are refused before any password is checked).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
# The client's address: REMOTE_ADDR, or with DJANGO_BEHIND_PROXY=1 (gunicorn reached only through the
# proxy of docs/production.md, which appends the address it sees to X-Forwarded-For) the last
# address of X-Forwarded-For. Whatever a client writes before it is never trusted.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if BEHIND_PROXY else ("REMOTE_ADDR",)
AXES_IPWARE_PROXY_COUNT = 0 if BEHIND_PROXY else None  # 0 proxies listed in the header: the client is its last entry
IPWARE_STRICT = False  # count at least (not exactly) 0 listed proxies: a forged entry before it is ignored

# WhiteNoise scans STATIC_ROOT when its middleware starts and warns "No directory at" when it is
# missing (every test run, and `runserver` before the first collectstatic): create it, as DATA_DIR.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# The cache every web process and host shares (the page cache of issues.views.common): CACHE_URL empty is
# Django's database cache, a table in the primary database (`manage.py migrate` creates it, see
# gazette/apps.py); redis://host:6379/0 is Redis (pip install redis; Django's own backend);
# locmem:// is each process's memory (one process only: other hosts would never see its entries).
# GAZETTE_CACHE_SECONDS: how long an entry lives; GAZETTE_CACHE_MAX_ENTRIES: rows the database cache
# keeps before culling a third (pages are keyed on the archive's version, so old ones are never read).
CACHE_URL = env_str("CACHE_URL")


def cache_settings(url: str) -> dict:
    """Django's CACHES["default"] from CACHE_URL."""
    scheme = url.split("://", 1)[0] if url else ""
    if scheme == "":
        backend = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "gazette_cache",
                   "OPTIONS": {"MAX_ENTRIES": env_int("GAZETTE_CACHE_MAX_ENTRIES", 2000)}}
    elif scheme in ("redis", "rediss"):
        backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    elif scheme == "locmem":
        backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "gazette"}
    else:
        raise ImproperlyConfigured(f"CACHE_URL 应为空（数据库缓存）、redis://主机:端口/库 或 locmem://（当前为 {scheme}://…）")
    return {**backend, "TIMEOUT": env_int("GAZETTE_CACHE_SECONDS", 3600)}


CACHES = {"default": cache_settings(CACHE_URL)}

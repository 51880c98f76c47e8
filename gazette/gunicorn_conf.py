"""gunicorn settings for `make serve` and bench/load.py; every value can be overridden from the environment.

Threads rather than many processes: the 2-core machine serves mostly database reads and search,
and each process holds its own jieba dictionary and Whoosh readers.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
keepalive = 5
# Recycle workers now and then so that a slow leak can never take the site down. A recycled gthread
# worker must not drop the kept-alive connections it holds: gunicorn up to 23 exited with them open
# (each had been promised keep-alive, so a client's next request on one was reset or closed without an
# answer: 72 of 2,000 requests at GUNICORN_MAX_REQUESTS=50). Since 27.0.1 (gunicorn #3821) a stopping
# worker stops accepting, answers what arrives on its open connections within 2 s with
# "Connection: close", then exits: 0 of 2,000 (tests/test_gunicorn_recycling.py).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
preload_app = True
# gunicorn 25+ opens a control socket for `gunicornc` at $HOME/.gunicorn/gunicorn.ctl by default: one
# path for every gunicorn of the user (the test suite and load runs start several). Nothing uses it.
control_socket_disable = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"


def post_fork(server, worker):
    """Never share a database connection across processes: drop any the master opened while
    loading the app (preload_app), so each worker opens its own."""
    from django.db import connections

    connections.close_all()

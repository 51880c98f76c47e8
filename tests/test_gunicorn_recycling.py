"""Worker recycling drops no request (finding 3 of issue 20).

gunicorn restarts a worker after GUNICORN_MAX_REQUESTS requests (a guard against slow leaks). With
50, the 2,000 keep-alive requests below recycle the workers about forty times; every request must
be answered, none reset or closed without an answer. The server runs `make serve`'s configuration
on a fresh fixture-less archive (the page served needs no issue), on a free port of 127.0.0.1.
"""

import http.client
import threading

import pytest

from bench import load
from tests.conftest import database_independent

REQUESTS = 2000
CLIENTS = 4
PATH = "/robots.txt"  # a Django view through the whole middleware stack, cheap enough to be quick


def keep_alive_client(port: int, budget: list, lock: threading.Lock, answered: list, errors: list) -> None:
    """Send requests on one kept-alive connection; reconnect only when the server said Connection: close."""
    connection = http.client.HTTPConnection(load.HOST, port, timeout=30)
    while True:
        with lock:
            if budget[0] == 0:
                break
            budget[0] -= 1
        try:
            connection.request("GET", PATH)
            response = connection.getresponse()
            response.read()
            (answered if response.status == 200 else errors).append(response.status)
        except (OSError, http.client.HTTPException) as exc:  # a reset, or a connection closed without an answer
            errors.append(f"{type(exc).__name__}: {exc}")
            connection.close()
    connection.close()


@database_independent
def test_recycling_workers_under_keep_alive_load_drops_no_request(tmp_path):
    data_dir = tmp_path / "data"
    load.manage(data_dir, "migrate", "--noinput")
    with load.gunicorn(data_dir, env={"GUNICORN_MAX_REQUESTS": "50"}) as (base, _pid):
        port = int(base.rsplit(":", 1)[1])
        budget, lock, answered, errors = [REQUESTS], threading.Lock(), [], []
        clients = [threading.Thread(target=keep_alive_client, args=(port, budget, lock, answered, errors))
                   for _ in range(CLIENTS)]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=300)
    booted = (data_dir / "gunicorn-load.log").read_text().count("Booting worker")
    assert booted >= 3 + 20, f"only {booted - 3} recycles: max_requests not in effect"
    assert errors == []
    assert len(answered) == REQUESTS

"""A PostgreSQL primary and its streaming replica in a temporary directory, for tests/test_replicas.py.

Built with the machine's PostgreSQL 15 binaries run as the postgres user (PostgreSQL refuses root) on
free 127.0.0.1 ports: `initdb`, `pg_basebackup -R` (the replica follows the primary), `pg_ctl`. Only
this temporary primary's pg_hba.conf gets the replication entry; the machine's own cluster is never
touched. `remove()` stops both and deletes the directory.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

from bench.load import free_port

BIN = Path("/usr/lib/postgresql/15/bin")
SETTINGS = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{sockets}'
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = replica
max_wal_senders = 4
hot_standby = on
"""


def missing_tools() -> list[str]:
    tools = [BIN / name for name in ("initdb", "pg_ctl", "pg_basebackup")]
    return [str(tool) for tool in tools if not tool.exists()] + ([] if shutil.which("runuser") else ["runuser"])


class StreamingPair:
    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="gazette-replica-"))
        shutil.chown(self.root, "postgres", "postgres")
        self.ports = {"primary": free_port(), "replica": free_port()}
        self.running: set[str] = set()

    # -- building --------------------------------------------------------------------------------

    def start(self, database: str = "gazette") -> None:
        primary = self.root / "primary"
        self._as_postgres("initdb", "-D", primary, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                          "--locale=C.UTF-8", "--no-sync")
        with open(primary / "postgresql.conf", "a") as conf:
            conf.write(SETTINGS.format(port=self.ports["primary"], sockets=self.root))
        with open(primary / "pg_hba.conf", "a") as hba:
            hba.write("host replication all 127.0.0.1/32 trust\n")
        self._pg_ctl("primary", "start")
        self._as_postgres("pg_basebackup", "-h", "127.0.0.1", "-p", self.ports["primary"], "-U", "postgres",
                          "-D", self.root / "replica", "-R", "-X", "stream", "--no-sync")
        with open(self.root / "replica" / "postgresql.conf", "a") as conf:
            conf.write(f"port = {self.ports['replica']}\n")
        self._pg_ctl("replica", "start")
        with self.connect("primary", "postgres") as connection:
            connection.execute(f'CREATE DATABASE "{database}"')
        self.database = database

    def url(self, which: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.ports[which]}/{self.database}"

    # -- using -----------------------------------------------------------------------------------

    def connect(self, which: str, database: str | None = None) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.ports[which], user="postgres",
                               dbname=database or self.database, autocommit=True, connect_timeout=5)

    def value(self, which: str, sql: str, params=(), database: str | None = None):
        with self.connect(which, database) as connection:
            return connection.execute(sql, params).fetchone()[0]

    def wait_until_replayed(self, seconds: float = 60) -> None:
        """Until the replica has replayed everything the primary has written (bounded)."""
        target = self.value("primary", "SELECT pg_current_wal_lsn()::text", database="postgres")
        wait_for(lambda: self.value("replica", "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target], "postgres"),
                 seconds, "the replica to replay the primary's WAL")

    def stop(self, which: str) -> None:
        self._pg_ctl(which, "stop", "-m", "fast")

    def remove(self) -> None:
        for which in list(self.running):
            try:
                self._pg_ctl(which, "stop", "-m", "immediate")
            except subprocess.CalledProcessError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    # -- running as postgres ---------------------------------------------------------------------

    def _pg_ctl(self, which: str, action: str, *options) -> None:
        self._as_postgres("pg_ctl", "-D", self.root / which, "-l", self.root / f"{which}.log", "-w", "-t", "60",
                          action, *options)
        (self.running.add if action == "start" else self.running.discard)(which)

    def _as_postgres(self, program: str, *args) -> None:
        command = ["runuser", "-u", "postgres", "--", str(BIN / program), *map(str, args)]
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True, timeout=120)
        if result.returncode:
            logs = "".join(path.read_text()[-1500:] for path in self.root.glob("*.log"))
            raise subprocess.CalledProcessError(result.returncode, command, result.stdout,
                                                f"{result.stderr}\n{logs}")


def wait_for(condition, seconds: float, what: str):
    """Poll `condition` until it is true (bounded: a generous limit, never a claim about speed)."""
    deadline = time.monotonic() + seconds
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds} s for {what}")
        time.sleep(0.2)

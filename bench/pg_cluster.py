"""A PostgreSQL 15 cluster of its own for the search benchmarks, sized like production (a script).

The machine's shared cluster keeps PostgreSQL's default 128 MB of shared_buffers for every
database on it, so at 2,400 issues search_entry and its GIN index (about 0.5 GB) are read from
the OS cache on every common word. A benchmark that stands for production runs on a cluster
configured as docs/production.md says: shared_buffers at least the size of the search tables and
their indexes, random_page_cost for SSD storage. This script makes one in a directory of its own
(initdb as the postgres user, as tests/streaming_replica.py does; PostgreSQL refuses root) on a
free 127.0.0.1 port, starts and stops it, and prints its URL; the machine's cluster is never
touched. fsync is off: the cluster holds scratch benchmark data only.

    .venv/bin/python bench/pg_cluster.py start --dir /var/tmp/gz_bench --shared-buffers 2GB
    createdb -h 127.0.0.1 -p PORT -U postgres gz_scratch_2400      # then build and measure on it
    .venv/bin/python bench/pg_cluster.py stop --dir /var/tmp/gz_bench
"""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import free_port  # noqa: E402

BIN = Path("/usr/lib/postgresql/15/bin")
SETTINGS = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{root}'
shared_buffers = {shared_buffers}
effective_cache_size = {effective_cache_size}
random_page_cost = 1.1
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
fsync = off
synchronous_commit = off
full_page_writes = off
"""


def as_postgres(program: str, *args) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", str(BIN / program), *map(str, args)], check=True,
                   stdout=subprocess.DEVNULL)


def start(root: Path, shared_buffers: str, effective_cache_size: str) -> None:
    data = root / "data"
    if not data.exists():
        root.mkdir(parents=True, exist_ok=True)
        shutil.chown(root, "postgres", "postgres")
        as_postgres("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        (root / "port").write_text(str(free_port()))
    port = (root / "port").read_text().strip()
    with open(data / "postgresql.auto.conf", "w") as conf:  # settings of this script win, re-read each start
        conf.write(SETTINGS.format(port=port, root=root, shared_buffers=shared_buffers,
                                   effective_cache_size=effective_cache_size))
    shutil.chown(data / "postgresql.auto.conf", "postgres", "postgres")
    as_postgres("pg_ctl", "-D", data, "-l", root / "log", "-w", "-t", "120", "start")
    print(f"postgres://postgres@127.0.0.1:{port}/  (shared_buffers {shared_buffers})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--shared-buffers", default="2GB", help="at least search_entry + search_word with indexes")
    parser.add_argument("--effective-cache-size", default="8GB")
    args = parser.parse_args()
    if args.action == "start":
        start(args.dir, args.shared_buffers, args.effective_cache_size)
    else:
        as_postgres("pg_ctl", "-D", args.dir / "data", "-w", "stop", "-m", "fast")


if __name__ == "__main__":
    main()

"""A full disk, wherever the archive writes: kept source files, the search index, the database.

A full disk surfaces as ENOSPC (or EDQUOT) from a file write, as SQLite's SQLITE_FULL (or, when it
cannot grow the WAL's shared-memory file, SQLITE_IOERR_SHMSIZE: seen on a full tmpfs), or as
PostgreSQL's disk_full (SQLSTATE 53100), the database errors wrapped in Django's DatabaseError.
`is_disk_full` recognises all of them; the messages say 「磁盘空间不足」, which disk, how much is
left on it and what can be freed, never a traceback. `/healthz` writes a probe file with
`check_writable`.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection

from issues.parser.errors import DISK_FULL  # one spelling, shared with the refusal reasons


DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
SQLITE_FULL = 13  # sqlite3.SQLITE_FULL: "database or disk is full"
SQLITE_IOERR_SHMSIZE = 4874  # "disk I/O error" growing the WAL's -shm file: SQLite's word for a full disk there
POSTGRES_DISK_FULL = "53100"
WHAT_TO_FREE = "请删除该磁盘上不需要的文件（如旧备份、日志、临时文件）后重试"
PROBE_BYTES = 4096  # one page: an empty file can be created on a disk with no block left


def is_disk_full(exc: BaseException | None) -> bool:
    """True when `exc`, or an error it was raised from, says the disk is full."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            return True
        if getattr(exc, "sqlite_errorcode", None) in (SQLITE_FULL, SQLITE_IOERR_SHMSIZE):
            return True
        if getattr(exc, "sqlstate", None) == POSTGRES_DISK_FULL:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def what_to_free(place: str, path: Path | str) -> str:
    """`place`（`path`）所在磁盘剩余 N，and what to delete."""
    free = free_bytes(path)
    left = f"剩余 {file_size(free)}" if free is not None else "空间已满"
    return f"{place}（{path}）所在磁盘{left}，{WHAT_TO_FREE}"


def for_database() -> str:
    """What to free when the database's disk is full: SQLite's file, or PostgreSQL's server."""
    if connection.vendor == "sqlite":
        name = Path(str(connection.settings_dict["NAME"]))
        return what_to_free("数据库", name if name.is_absolute() else settings.DATA_DIR)
    return "数据库服务器的磁盘已满，请在数据库服务器上清理空间（如旧日志、WAL 归档、不再使用的数据库）后重试"


def for_error(exc: BaseException, place: str = "数据目录", path: Path | str | None = None) -> str:
    """What to free for a disk-full error: the database's disk, the file's it names, else `place`'s
    at `path` (the data dir by default)."""
    if isinstance(exc, DatabaseError):
        return for_database()
    filename = getattr(exc, "filename", None)
    if filename:
        return what_to_free("文件", filename)
    return what_to_free(place, path or settings.DATA_DIR)


def message(exc: BaseException, place: str = "数据目录", path: Path | str | None = None) -> str:
    return f"{DISK_FULL}：{for_error(exc, place, path)}"


def check_writable(directory: Path | str) -> dict:
    """Write, sync and delete a small file in `directory`: whether it worked, and the free space."""
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".healthz-") as probe:
            probe.write(b"\0" * PROBE_BYTES)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        error = f"{DISK_FULL}：{what_to_free('数据目录', directory)}" if is_disk_full(exc) else \
            f"数据目录（{directory}）不可写：{exc.strerror or exc}"
        return {"ok": False, "free_bytes": free_bytes(directory), "error": error}
    return {"ok": True, "free_bytes": free_bytes(directory)}


def free_bytes(path: Path | str) -> int | None:
    """Free bytes on the disk holding `path` (or its nearest existing parent); None if unknown."""
    path = Path(path)
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def file_size(size: float) -> str:
    if size < 1024:
        return f"{size:.0f} B"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}"

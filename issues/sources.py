"""Source files of issues: reading and decoding them, refusing bad ones, keeping them.

Every refusal is an IngestError with a named reason, so that callers (the ingest command, the
admin upload) and the fuzz tests can tell exactly why a file was refused.
"""

from __future__ import annotations

import codecs
import hashlib
from contextlib import contextmanager
from contextvars import ContextVar
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from gazette import diskspace
from issues.parser.errors import IngestError  # noqa: F401  (re-exported: callers import it from here)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}  # scanned pages, read by OCR (issues.ocr)


@dataclass
class SourceInfo:
    """Where an ingested file is kept and what it was: passed to Issue.objects.save_parsed."""

    name: str
    path: str  # relative to settings.GAZETTE_SOURCES_DIR
    sha256: str
    parser_version: str
    pdf_path: str = ""
    pdf_pages: dict[int, int] = field(default_factory=dict)  # printed page -> page of the PDF file, from 1


def source_kind(name: str) -> str:
    """PDF, 扫描图像 or 文本文件: an issue is not replaced by a file of another kind without --force."""
    suffix = Path(name).suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "PDF"
    return "扫描图像" if suffix in IMAGE_SUFFIXES else "文本文件"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes) -> str:
    """Decode an uploaded text export: UTF-8 (with or without BOM), else GB18030.

    Text in an encoding we do not read is named, with what to do: UTF-16 (with a BOM, or without one:
    then every ASCII character comes with a NUL byte), and traditional-Chinese Big5 (whose bytes are
    valid GB18030 too, and would be read as gibberish).
    """
    if not data.strip():
        raise IngestError("empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # text, but not in an encoding we read
        raise IngestError("encoding", "文件为 UTF-16 编码，请另存为 UTF-8")
    if b"\x00" in data[:65536]:
        if _is_utf16_without_bom(data[:65536]):
            raise IngestError("encoding", "文件为 UTF-16 编码（无 BOM），请另存为 UTF-8")
        raise IngestError("binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if _is_big5(data[:65536]):
            raise IngestError("encoding", "文件为 Big5 繁体编码，请转换为 UTF-8 或 GB18030") from None
        text = _decoded_or_none(data, "gb18030")
    if text is not None and _looks_like_text(text):
        return text
    raise IngestError("encoding")


def _decoded_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _is_utf16_without_bom(sample: bytes) -> bool:
    """Decodes as UTF-16 (either byte order) to what reads as Chinese text; binary data does not."""
    sample = sample[: len(sample) // 2 * 2]
    return any(_reads_as_text(sample.decode(encoding, errors="replace")) for encoding in ("utf-16-le", "utf-16-be"))


def _reads_as_text(text: str) -> bool:
    """Nearly all ASCII, CJK ideographs or CJK and full-width punctuation, as a gazette is."""
    usual = sum(1 for ch in text if ch < "\x7f" or "\u3000" <= ch <= "\u303f" or "\u4e00" <= ch <= "\u9fff"
                or "\uff00" <= ch <= "\uffef")
    return usual >= 0.9 * len(text) and _looks_like_text(text)


def _is_big5(sample: bytes) -> bool:
    """Valid Big5 with many second bytes in 0x40-0xA0, where GB2312, the bulk of GB18030 Chinese, has none.

    In the five fixture issues encoded as GB18030 at most 0.2% of double-byte characters have such a
    second byte (rare characters outside GB2312); in Big5 text about 40% do.
    """
    pairs = low = 0
    i = 0
    while i < len(sample) - 1:
        if sample[i] < 0x81:
            i += 1
        elif 0x30 <= sample[i + 1] <= 0x39:  # a GB18030 four-byte character: never Big5
            return False
        else:
            pairs += 1
            low += sample[i + 1] < 0xA1
            i += 2
    return pairs >= 8 and low * 10 > pairs and _decoded_or_none(sample[:i], "big5") is not None  # whole characters


def _looks_like_text(text: str) -> bool:
    """Reject decodings full of control characters (a binary file that happens to decode)."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= len(sample) // 100


def keep_source(data: bytes, suffix: str) -> str:
    """Copy a source file into the data dir under its hash; returns the path relative to it.

    Written as NAME.part, then renamed: no reader ever sees half a file, and a write that fails (a full
    disk) removes its .part. A file kept inside `discard_kept_on_failure()` goes again if that fails.
    """
    digest = sha256_of(data)
    relative = f"{digest}{suffix.lower()}"
    target = Path(settings.GAZETTE_SOURCES_DIR) / relative
    if target.exists():
        return relative
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if diskspace.is_disk_full(exc):
            raise IngestError("disk_full", diskspace.what_to_free("源文件目录", target.parent)) from exc
        raise
    if (kept := _kept_here.get()) is not None:
        kept.append(target)
    return relative


# The files keep_source created inside the innermost discard_kept_on_failure() block.
_kept_here: ContextVar[list[Path] | None] = ContextVar("kept_here", default=None)


@contextmanager
def discard_kept_on_failure():
    """Delete the files kept inside this block if it fails, so that a failed import leaves none behind.

    They were created by this block, so no saved issue uses them. A block inside another hands its
    files on to the outer one when it succeeds: the outer one may still fail (roll back) after it.
    """
    outer = _kept_here.get()
    kept: list[Path] = []
    token = _kept_here.set(kept)
    try:
        yield
    except BaseException:
        for path in kept:
            path.unlink(missing_ok=True)
        raise
    finally:
        _kept_here.reset(token)
    if outer is not None:
        outer.extend(kept)


def keep_stream(chunks, suffix: str) -> tuple[str, str]:
    """Keep a file given as chunks (an upload, never held in memory whole) as keep_source does; (path, sha256).

    The chunks are hashed as they are written to a temporary name, renamed to the hash at the end.
    """
    folder = Path(settings.GAZETTE_SOURCES_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False) as part:
        try:
            for chunk in chunks:
                digest.update(chunk)
                part.write(chunk)
        except BaseException:
            Path(part.name).unlink(missing_ok=True)
            raise
    relative = f"{digest.hexdigest()}{suffix.lower()}"
    os.chmod(part.name, 0o644)  # as keep_source's files (a temporary file starts private)
    os.replace(part.name, folder / relative)  # the same bytes if another upload kept them first
    return relative, digest.hexdigest()

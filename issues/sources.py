"""Source files of issues: reading and decoding them, refusing bad ones, keeping them.

Every refusal is an IngestError with a named reason, so that callers (the ingest command, the
admin upload) and the fuzz tests can tell exactly why a file was refused.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PDF_SUFFIXES = {".pdf"}


class IngestError(Exception):
    """A file that cannot become an issue. `reason` is one of REASONS."""

    REASONS = {
        "empty": "文件为空",
        "binary": "不是文本文件（含二进制内容）",
        "encoding": "无法识别文本编码（仅支持 UTF-8 或 GB18030）",
        "unsupported_type": "不支持的文件类型（仅支持 PDF、TXT、MD）",
        "too_large": "文件超过大小限制",
        "not_pdf": "文件扩展名为 .pdf，但内容不是 PDF",
        "pdf_encrypted": "PDF 已加密，无法读取",
        "pdf_damaged": "PDF 已损坏，无法读取",
        "pdf_no_text": "PDF 没有文字层（扫描件），需要先进行 OCR 文字识别",
        "not_gazette": "内容不是温州市人民政府公报",
        "no_identity": "无法确定期号（年份、期数）",
        "duplicate": "该文件已经导入过",
    }

    def __init__(self, reason: str, detail: str = ""):
        assert reason in self.REASONS, reason
        self.reason = reason
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.REASONS[self.reason]
        return f"{text}：{self.detail}" if self.detail else text


@dataclass
class SourceInfo:
    """Where an ingested file is kept and what it was: passed to Issue.objects.save_parsed."""

    name: str
    path: str  # relative to settings.GAZETTE_SOURCES_DIR
    sha256: str
    parser_version: str
    pdf_path: str = ""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes) -> str:
    """Decode an uploaded text export: UTF-8 (with or without BOM), else GB18030."""
    if not data.strip():
        raise IngestError("empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # text, but not in an encoding we read
        raise IngestError("encoding", "文件为 UTF-16 编码，请另存为 UTF-8")
    if b"\x00" in data[:65536]:
        raise IngestError("binary")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise IngestError("encoding")


def _looks_like_text(text: str) -> bool:
    """Reject decodings full of control characters (a binary file that happens to decode)."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= len(sample) // 100


def keep_source(data: bytes, suffix: str) -> str:
    """Copy a source file into the data dir under its hash; returns the path relative to it."""
    digest = sha256_of(data)
    relative = f"{digest}{suffix.lower()}"
    target = Path(settings.GAZETTE_SOURCES_DIR) / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        tmp.write_bytes(data)
        shutil.move(tmp, target)
    return relative


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

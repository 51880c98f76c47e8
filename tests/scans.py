"""Scans for the OCR tests: issues printed by tests/pdfgen, made to look scanned by bench/heldout/degrade.py.

The degrader imports nothing from the project (200 dpi, bleed-through, a fraction of a degree of
skew, blur, lower contrast, grey paper, specks; JPEG pages without a text layer), so the scans do
not share the OCR code's idea of a page.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pypdfium2

DEGRADE = Path(__file__).resolve().parent.parent / "bench" / "heldout" / "degrade.py"


def _degrader():
    spec = importlib.util.spec_from_file_location("heldout_degrade", DEGRADE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages_of(pdf: bytes, pages: list[int]) -> bytes:
    """A PDF of some pages (from 0) of another."""
    source, out = pypdfium2.PdfDocument(pdf), pypdfium2.PdfDocument.new()
    try:
        out.import_pages(source, pages)
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
        source.close()


def scan_of(pdf: bytes, folder: Path, seed: int = 12) -> bytes:
    """The PDF printed, then scanned as a worn office copy: image pages only."""
    printed, scanned = folder / f"printed-{seed}.pdf", folder / f"scanned-{seed}.pdf"
    printed.write_bytes(pdf)
    _degrader().degrade(printed, scanned, seed=seed)
    return scanned.read_bytes()


def tiff_of(scan: bytes) -> bytes:
    """The scan's pages as one multi-page TIFF, as a scanner writes them."""
    document = pypdfium2.PdfDocument(scan)
    try:
        images = [page.render(scale=200 / 72, grayscale=True).to_pil() for page in document]
    finally:
        document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "TIFF", save_all=True, append_images=images[1:], dpi=(200, 200), compression="tiff_deflate")
    return buffer.getvalue()

"""The page images of a scanned file, one at a time: a PDF rendered, or the frames of an image file.

Also the picture of one page for the review page (staff correct by looking). Bad input is refused
with IngestError and a Chinese message saying what is wrong; nothing here knows OCR.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from issues.sources import IMAGE_SUFFIXES, IngestError

DPI = 200  # a PDF page is rendered at this resolution (type of 10.5 pt is then 29 px high)
PICTURE_WIDTH = 800  # pixels: a page shown on the review page
MAX_PIXELS = 60_000_000  # a larger page image is refused (a 200 dpi A0 poster is 46 million)


def page_count_and_images(data: bytes, suffix: str) -> tuple[int, Iterator[tuple[object, float]]]:
    """(pages, a generator of (PIL image, dpi)) for a scanned PDF or an image file; IngestError if unreadable.

    Pages are rendered one at a time, so a long scan never sits in memory whole.
    """
    if suffix in IMAGE_SUFFIXES:
        return _image_pages(data)
    return _pdf_pages(data)


def _pdf_pages(data: bytes):
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise IngestError("pdf_damaged", str(exc)) from exc

    def pages():
        try:
            for n in range(len(document)):
                try:
                    page = document[n]
                    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
                    page.close()
                except pypdfium2.PdfiumError as exc:
                    raise IngestError("pdf_damaged", f"第 {n + 1} 页无法读取（{exc}）") from exc
                yield image, DPI
        finally:
            document.close()

    return len(document), pages()


def _image_pages(data: bytes):
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
        if image.width * image.height > MAX_PIXELS:
            raise IngestError("image_damaged", f"图像过大（{image.width}×{image.height} 像素）")
        count = getattr(image, "n_frames", 1)
        image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise IngestError("image_damaged", _image_problem(exc)) from exc

    def pages():
        for n, frame in enumerate(ImageSequence.Iterator(image)):
            try:
                frame.load()
                page = frame.convert("L")
            except (OSError, SyntaxError, ValueError) as exc:
                raise IngestError("image_damaged", f"第 {n + 1} 页：{_image_problem(exc)}") from exc
            dpi = frame.info.get("dpi", (DPI, DPI))[0] or DPI
            yield page, float(dpi) if 50 <= float(dpi) <= 1200 else DPI

    return count, pages()


def page_picture(path: Path, number: int, width: int = PICTURE_WIDTH) -> bytes | None:
    """Page `number` (from 1) of a kept PDF or page image as a PNG `width` pixels wide; None if it has no such page.

    For the review page, beside the text read from it: staff correct by looking.
    """
    from PIL import Image

    if path.suffix.lower() in IMAGE_SUFFIXES:
        with Image.open(path) as image:
            if not 1 <= number <= getattr(image, "n_frames", 1):
                return None
            image.seek(number - 1)
            page = image.convert("L")
    else:
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            if not 1 <= number <= len(document):
                return None
            sheet = document[number - 1]
            page = sheet.render(scale=width / sheet.get_width(), grayscale=True).to_pil()
        finally:
            document.close()
    page.thumbnail((width, width * 3))
    buffer = io.BytesIO()
    page.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _image_problem(exc: Exception) -> str:
    from PIL import Image, UnidentifiedImageError

    if isinstance(exc, UnidentifiedImageError):
        return "不是可识别的图像格式"
    if isinstance(exc, Image.DecompressionBombError):
        return "图像过大"
    return f"图像数据不完整或已损坏（{type(exc).__name__}）"

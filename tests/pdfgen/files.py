"""Simple files for quick tests, and the bad files a reader must refuse."""

from __future__ import annotations

import io
import zipfile
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from tests.pdfgen.fonts import FONT, register_fonts
from tests.pdfgen.layouts import BODY_TOP, COVER_SIZE, FOOTER_BASELINE, PAGE_HEIGHT, PAGE_WIDTH, TEXT_LEFT

def short_issue_pdf(pages: int = 3, year: int = 2020, issue_no: int = 6) -> bytes:
    """A short issue, quick to read back: its cover, then a notice running over the other pages."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont(FONT, COVER_SIZE)
    pdf.drawCentredString(PAGE_WIDTH / 2, BODY_TOP, "温州市人民政府公报")
    pdf.drawCentredString(PAGE_WIDTH / 2, BODY_TOP - 40, f"{year}年第{issue_no}期（总第{200 + issue_no}期）")
    for page in range(2, pages + 1):
        pdf.showPage()
        pdf.setFont(FONT, 10.5)
        for line in range(30):
            pdf.drawString(TEXT_LEFT, BODY_TOP - 20 * line, f"第{page}页第{line + 1}行：现将有关事项通知如下，请认真贯彻执行。")
        pdf.drawCentredString(PAGE_WIDTH / 2, FOOTER_BASELINE, f"·  {page}  ·")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Bad files
# ---------------------------------------------------------------------------------------------


def placed_pdf(lines: list[tuple[str, float, float, float, float]]) -> bytes:
    """A page of lines placed by hand, glyph by glyph: (text, x, baseline from the page's top, size, stretch).

    `stretch` widens every gap but those inside a Latin word (letters or figures), as a justified line is stretched
    when the word after it did not fit; one face (Hei) for every character."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for text, x, top, size, stretch in lines:
        pdf.setFont(FONT, size)
        for n, ch in enumerate(text):
            pdf.drawString(x, PAGE_HEIGHT - top, ch)
            in_word = n + 1 < len(text) and all(c.isascii() and c.isalnum() for c in text[n : n + 2])
            x += pdfmetrics.stringWidth(ch, FONT, size) + (0.0 if in_word else stretch)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """An image-only page, as from a scanner: no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (600, 840), 255)
    draw = ImageDraw.Draw(image)
    for n in range(30):
        draw.rectangle((60, 80 + n * 24, 540 - (n % 4) * 60, 92 + n * 24), fill=40)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawImage(ImageReader(image), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    page.showPage()
    page.save()
    return buffer.getvalue()


def vector_only_pdf() -> bytes:
    """Pages of vector drawings only: text turned into outlines, or a chart exported without text."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(2):
        for n in range(40):
            page.rect(60, 80 + n * 18, 400 - (n % 5) * 50, 10, fill=1)
            page.bezier(60, 90 + n * 18, 120, 100 + n * 18, 200, 80 + n * 18, 300, 90 + n * 18)
        page.showPage()
    page.save()
    return buffer.getvalue()


def one_page_pdf(password: str | None = None) -> bytes:
    """A page of text; with a password it opens only with that password."""
    register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, encrypt=password, pageCompression=0)
    page.setFont(FONT, 12)
    for n in range(20):
        page.drawString(TEXT_LEFT, BODY_TOP - 20 * n, "温州市人民政府公报（总第217期） 第9期 文件发布")
    page.showPage()
    page.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    return one_page_pdf(password="secret")


def many_pages_pdf(pages: int) -> bytes:
    """A file of `pages` near-empty pages: what matters is how many it says it has."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for n in range(pages):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(TEXT_LEFT, BODY_TOP, f"page {n + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def zip_named_pdf() -> bytes:
    """A ZIP archive with a PDF stored inside (its local header is followed by the PDF's own bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("2020-06.pdf", short_issue_pdf())
    return buffer.getvalue()


def inflating_pdf(inflated: int) -> bytes:
    """One page whose content stream is a few hundred KB compressed and `inflated` bytes inflated."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(chunk) for _ in range(inflated // len(chunk))]
    stream = b"".join(parts) + compressor.compress(b" " * (inflated % len(chunk))) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def truncated(pdf: bytes) -> bytes:
    """A download that stopped half-way."""
    return pdf[: len(pdf) // 2]


def garbled(pdf: bytes) -> bytes:
    """Whole file, but its objects overwritten with noise from the middle on (a bad disk, a bad copy)."""
    start, end = len(pdf) // 3, len(pdf) - 64
    noise = bytes((n * 151 + 7) % 251 for n in range(end - start))
    return pdf[:start] + noise + pdf[end:]

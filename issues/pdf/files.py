"""Reading the files: what is refused unread, and every page's line pieces and tables.

check_file refuses an archive named .pdf, more than GAZETTE_PDF_MAX_PAGES pages, a stream
inflating past GAZETTE_PDF_MAX_STREAM; read_pages reads each page (a long file in worker
processes) and refuses a file without a usable text layer.
"""

from __future__ import annotations

import io
import multiprocessing
import threading
import zlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, wait

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from issues import pdf_losses
from issues.parser import regexes
from issues.parser.errors import IngestError
from issues.pdf.glyphs import inside, layout_objects, segments_of
from issues.pdf.pages import Limits, Page, PageProgress, TableRows
from issues.pdf.tables import ruled_rows

MIN_TEXT_CHARS = 20  # fewer characters than this in the whole file: a scan without a text layer
MIN_TABLE_EDGES = 4  # ruling lines or boxes: fewer cannot enclose a table cell
WORKER_MIN_PAGES = 24  # a shorter PDF is read faster in one process than another one starts
PROGRESS_POLL = 0.25  # seconds between looks at how many pages the worker processes have read


def read_pages(data: bytes, workers: int = 1, progress: PageProgress | None = None,
               limits: Limits = Limits()) -> list[Page]:
    """Every page's segments and tables; IngestError when the file is not a readable PDF with text.

    A long PDF is read by `workers` processes (1: in this process), each a range of
    pages, when this process runs no other thread (forked workers are then safe). `progress` as
    for extract_text (from worker processes: the count they share, looked at every PROGRESS_POLL).
    """
    # forking a process that runs other threads (runserver) could copy a lock some thread holds
    parallel = workers >= 2 and threading.active_count() == 1
    with _open(data, limits) as pdf:
        count = len(pdf.pages)
        if not parallel or count < WORKER_MIN_PAGES:
            outcome = _read_range(pdf.pages, 0, (lambda done: progress(done, count)) if progress else None)
    if parallel and count >= WORKER_MIN_PAGES:
        bounds = [count * k // workers for k in range(workers + 1)]
        context = multiprocessing.get_context("fork")
        pages_read = context.Value("i", 0)
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_count_pages_in, initargs=(pages_read,))
        with pool:
            futures = [pool.submit(read_range_of_file, data, start, stop) for start, stop in zip(bounds, bounds[1:])]
            while wait(futures, timeout=PROGRESS_POLL).not_done and progress:
                progress(pages_read.value, count)
            if progress:
                progress(pages_read.value, count)
            parts = [future.result() for future in futures]
        outcome = next((part for part in parts if isinstance(part, tuple)), None) or [p for part in parts for p in part]
    if isinstance(outcome, tuple):  # (reason, detail): IngestError itself does not cross processes
        raise IngestError(*outcome)
    require_text(outcome)
    return outcome


_pages_read = None  # in a worker process: the page count it shares with the reading process


def _count_pages_in(counter) -> None:
    global _pages_read
    _pages_read = counter


def read_range_of_file(data: bytes, start: int, stop: int) -> list[Page] | tuple[str, str]:
    """Pages start..stop-1 (from 0) of a PDF, read in a worker process."""
    with pdfplumber.open(io.BytesIO(data), pages=list(range(start + 1, stop + 1))) as pdf:
        return _read_range(pdf.pages, start, _count_shared_page if _pages_read is not None else None)


def _count_shared_page(done: int) -> None:
    with _pages_read.get_lock():
        _pages_read.value += 1


def _read_range(pdf_pages, start: int, after_page: Callable[[int], None] | None = None) -> list[Page] | tuple[str, str]:
    pages: list[Page] = []
    for n, page in enumerate(pdf_pages, start):
        try:
            pages.append(_read_page(n, page))
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged page
            return "pdf_damaged", f"第 {n + 1} 页无法读取（{type(exc).__name__}）"
        finally:
            page.close()  # a long issue need not keep every page's layout objects in memory
        if after_page:
            after_page(n + 1)
    return pages


def require_text(pages: list[Page]) -> None:
    """Refuse a scan (no characters) and a text layer whose fonts map to no characters ("(cid:12)")."""
    text = "".join(s.text for page in pages for s in page.segments)
    text += "".join(row for page in pages for table in page.tables for row in table.rows)
    unmapped = len(regexes.UNMAPPED_GLYPH.findall(text))
    readable = len("".join(regexes.UNMAPPED_GLYPH.sub("", text).split()))
    if readable < MIN_TEXT_CHARS and not unmapped:
        if not any(page.images for page in pages) and any(page.drawings for page in pages):
            raise IngestError("pdf_drawings_only", f"共 {len(pages)} 页，只有线条和图形")
        raise IngestError("pdf_no_text", f"共 {len(pages)} 页，没有可读取的文字")
    if readable < MIN_TEXT_CHARS or unmapped > readable:
        raise IngestError("pdf_no_text", "文字层的字体缺少字符编码，无法识别为文字")


ARCHIVES = {b"PK\x03\x04": "ZIP", b"Rar!": "RAR", b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip"}
INFLATE_CHUNK = 1 << 20  # bytes of compressed stream fed to zlib at a time while checking the cap


def check_file(data: bytes, limits: Limits) -> None:
    """Refuse, before any parsing, what is not a PDF or would cost too much to read.

    An archive with a PDF stored inside carries the PDF's "%PDF-" header near its start, so the
    file's own first bytes are checked too. The page count comes from pdfium, which reads the page
    tree alone; every Flate stream is inflated once with a cap on its output, so a small file
    that inflates to gigabytes is refused with a bounded amount of memory.
    """
    for magic, kind in ARCHIVES.items():
        if data.startswith(magic):
            raise IngestError("not_pdf", f"这是一个 {kind} 压缩包，请解压后上传其中的 PDF")
    if b"%PDF-" not in data[:1024]:
        raise IngestError("not_pdf")
    if b"%%EOF" not in data[-2048:]:
        raise IngestError("pdf_damaged", "文件不完整（缺少结尾标记，可能未下载完）")
    pages = _page_count(data)
    if pages is not None and pages > limits.max_pages:
        raise IngestError("pdf_too_many_pages", f"共 {pages} 页，上限为 {limits.max_pages} 页")
    _check_inflated_sizes(data, limits.max_stream)


def _page_count(data: bytes) -> int | None:
    """Pages in the file by its page tree (None when pdfium cannot open it: pdfminer then says why)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception:  # noqa: BLE001 - damaged and encrypted files are explained by _open
        return None
    try:
        return len(document)
    finally:
        document.close()


def _check_inflated_sizes(data: bytes, cap: int) -> None:
    start = data.find(b"stream")
    while start != -1:
        body = start + len(b"stream")
        body += 2 if data[body : body + 2] == b"\r\n" else 1
        end = data.find(b"endstream", body)
        if end == -1:
            return
        if data[body : body + 1] in (b"x", b"h", b"X") and _inflates_past(data, body, end, cap):
            raise IngestError("pdf_inflates_too_much", f"一个内容流解压后超过 {cap // (1 << 20)} MB")
        start = data.find(b"stream", end + len(b"endstream"))


def _inflates_past(data: bytes, start: int, end: int, cap: int) -> bool:
    """Whether zlib data inflates past `cap` bytes, never holding more than one chunk of output."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for offset in range(start, end, INFLATE_CHUNK):
            chunk = data[offset : min(offset + INFLATE_CHUNK, end)]
            while chunk:
                total += len(inflater.decompress(chunk, INFLATE_CHUNK))
                if total > cap:
                    return True
                chunk = inflater.unconsumed_tail
            if inflater.eof:
                return False
    except zlib.error:
        return False  # not zlib after all (or damaged): pdfminer decides
    return False


def _open(data: bytes, limits: Limits) -> pdfplumber.PDF:
    check_file(data, limits)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018 - reading the page tree is where damage shows
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise IngestError("pdf_encrypted", "请提供未加密的文件") from exc
        raise IngestError("pdf_damaged", type(cause).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail anywhere in pdfminer
        raise IngestError("pdf_damaged", type(exc).__name__) from exc
    return pdf


def _read_page(index: int, page) -> Page:
    chars, edges, images = layout_objects(page)
    tables = page.find_tables() if edges >= MIN_TABLE_EDGES and chars else []
    boxes = [table.bbox for table in tables]
    cells = [cell for table in tables for row in table.rows for cell in row.cells if cell]
    return Page(
        index=index,
        width=float(page.width),
        height=float(page.height),
        segments=segments_of([c for c in chars if not any(inside(c, box) for box in boxes)]),
        tables=[TableRows(float(t.bbox[1]), ruled_rows(t, chars)) for t in tables],
        drawings=edges,
        images=images,
        characters=len(chars),
        unmapped=[c["text"] for c in chars if pdf_losses.unmapped(c["text"])],
        unplaced=[s.text for s in segments_of([c for c in chars if any(inside(c, box) for box in boxes)
                                               and not any(inside(c, cell) for cell in cells)])],
    )


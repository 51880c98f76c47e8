"""PDF ingest speed per stage, and upload-to-review time for a full issue (prints figures; not a test).

Targets (issue 5): at least 5 pages/s in one process; a 48-page issue ready for review in < 30 s.
Issue 11: at least 10 pages/s for the whole extraction in one process, printed beside plain
pdfplumber extract_text() and pypdfium2's text extraction of the same file (--extraction-only).
The PDFs are printed from the fixture texts by tests/pdfgen (no real PDF is available); the
"full issue" is 2019-04 in large print, which fills about 48 pages. Also reports whether every
printing gives the same export as the fixture text (the tests check two printings; this all).

    .venv/bin/python bench/pdf_bench.py [--repeat N] [--extraction-only]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ.setdefault("GAZETTE_DATA_DIR", tempfile.mkdtemp(prefix="gazette-pdf-bench-"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402

from issues import pdf  # noqa: E402
from issues.ingest import ingest_bytes  # noqa: E402
from issues.models import Issue  # noqa: E402
from issues.parser import PARSER_VERSION, parse_issue  # noqa: E402
from issues.sources import SourceInfo, sha256_of  # noqa: E402
from tests.pdfgen import LAYOUTS, issue_pdf  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures" / "issues").glob("*.txt"))
PRINTABLE = FIXTURES  # 2020-09, a raw copy of a print, is read back into its paragraphs by tests/pdfgen/unwrap.py
FULL_ISSUE = ("2019-04", "large-print")


def index_stage():
    try:
        from search.indexing import index_issue
    except ImportError:
        return None
    return index_issue


def timed(function, *args, **kwargs):
    """Result, and (wall, cpu) seconds: the machine is shared, so CPU time says what the code costs."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return result, (time.perf_counter() - wall, time.process_time() - cpu)


def stages(data: bytes, name: str) -> dict[str, tuple[float, float]]:
    """Seconds per stage for one PDF, saved as published (drafts are not indexed) and rolled back.

    The index is not rolled back; the bench's data dir is a temporary one.
    """
    pages, extraction = timed(pdf.read_pages, data, workers=1)
    text, columns = timed(pdf.compose, pages)
    parsed, parsing = timed(parse_issue, text)
    source = SourceInfo(name=name, path=f"bench/{name}", sha256=sha256_of(data), parser_version=PARSER_VERSION)
    out = {"pages": len(pages), "text extraction": extraction, "column detection": columns, "parsing": parsing}
    index_issue = index_stage()
    with transaction.atomic():
        issue, out["saving"] = timed(Issue.objects.save_parsed, parsed, source=source, status=Issue.Status.PUBLISHED)
        if index_issue:
            _, out["indexing"] = timed(index_issue, issue)
        transaction.set_rollback(True)
    return out


def _seconds(run: dict, stage: str, which: int) -> float:
    if stage == "all":
        return sum(value[which] for key, value in run.items() if key != "pages")
    return run[stage][which]


def differing_sections(text: str, extracted: list) -> list[str]:
    """Sections of the export that differ between the text and its PDF's lines (pages aside; the running headers
    name an issue printed without its cover, as on upload)."""
    exports = []
    for export in (parse_issue(text).to_export(), parse_issue(extracted).to_export()):
        export["toc"] = [{**entry, "page": None} for entry in export["toc"]]
        export["documents"] = [{**d, "page": None} for d in export["documents"]]
        exports.append(export)
    return [key for key in exports[0] if exports[0][key] != exports[1][key]]


def admin_upload(data: bytes, name: str) -> None:
    """The same PDF through the staff upload form, timed by bench/upload_bench.py (its own database)."""
    script = ROOT / "bench" / "upload_bench.py"
    if not script.exists():
        print("(bench/upload_bench.py missing: no admin upload figure)")
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        result = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, text=True)
    print("through the admin upload form (bench/upload_bench.py):")
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip() and "Warning" not in line and "mw_instance" not in line:
            print("  " + line.strip())


def plain_pdfplumber(data: bytes) -> int:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as document:
        return sum(len(page.extract_text() or "") for page in document.pages)


def plain_pdfium(data: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return sum(len(page.get_textpage().get_text_range()) for page in document)
    finally:
        document.close()


def extraction_beside_plain_readers(repeat: int) -> None:
    """Pages/s of the whole extraction (reading order, paragraphs) next to two plain text dumps."""
    name, layout = FULL_ISSUE
    printed = issue_pdf((ROOT / "fixtures" / "issues" / f"{name}.txt").read_text("utf-8"), LAYOUTS[layout])
    print(f"text extraction of {name} {layout} ({printed.pages} pages), one process, median of {repeat} runs, "
          "pages/s wall (CPU); target >= 10 for the whole extraction:")
    readers = {
        "issues.pdf.extract (whole extraction)": lambda data: pdf.compose(pdf.read_pages(data, workers=1)),
        "pdfplumber extract_text() (columns interleaved)": plain_pdfplumber,
        "pypdfium2 get_text_range() (columns interleaved)": plain_pdfium,
    }
    for label, read in readers.items():
        runs = [timed(read, printed.pdf)[1] for _ in range(repeat)]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"  {label:50} {printed.pages / wall:6.1f} ({printed.pages / cpu:.1f})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="runs per PDF (the median is reported)")
    parser.add_argument("--extraction-only", action="store_true", help="only the extraction beside plain readers")
    args = parser.parse_args()
    extraction_beside_plain_readers(args.repeat)
    if args.extraction_only:
        return
    call_command("migrate", verbosity=0)

    print(f"pages/s per stage, wall (CPU), median of {args.repeat} runs, one process; target >= 5 pages/s:")
    printings = [(p.stem, layout) for p in PRINTABLE for layout in ("song-ruled", "kai-unruled")] + [FULL_ISSUE]
    made = {}
    for name, layout in printings:
        made[name, layout] = issue_pdf((ROOT / "fixtures" / "issues" / f"{name}.txt").read_text("utf-8"), LAYOUTS[layout])
        runs = [stages(made[name, layout].pdf, f"{name}-{layout}.pdf") for _ in range(args.repeat)]
        pages = runs[0]["pages"]
        figures = []
        for stage in [key for key in runs[0] if key != "pages"] + ["all"]:
            wall = statistics.median(_seconds(run, stage, 0) for run in runs)
            cpu = statistics.median(_seconds(run, stage, 1) for run in runs)
            figures.append(f"{stage} {pages / wall:.1f} ({pages / cpu:.1f})")
        print(f"  {name} {layout:13} {pages:3} pages | " + " | ".join(figures))
    if index_stage() is None:
        print("  (no indexing stage: search.indexing is not available on this branch)")

    name, layout = FULL_ISSUE
    printed = made[FULL_ISSUE]
    for workers in (1, 2):
        runs = [timed(pdf.read_pages, printed.pdf, workers=workers)[1] for _ in range(args.repeat)]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(
            f"text extraction of the {printed.pages}-page issue with {workers} process(es): "
            f"{printed.pages / wall:.1f} pages/s wall ({wall:.2f} s; CPU of this process {cpu:.2f} s)"
        )
    Issue.objects.all().delete()
    _, (wall, _) = timed(ingest_bytes, printed.pdf, f"{name}.pdf", status=Issue.Status.DRAFT)
    print(
        f"upload to review, {printed.pages}-page issue ({name}, {layout}): {wall:.2f} s wall "
        f"(ingest_bytes as a draft: extraction with GAZETTE_PDF_WORKERS={settings.GAZETTE_PDF_WORKERS}, "
        "parsing, saving; target < 30 s)"
    )

    admin_upload(printed.pdf, f"{name}-{layout}.pdf")

    print("export of the PDF equal to the export of the text (pages of documents and TOC aside), every layout:")
    for path in FIXTURES:
        name, text = path.stem, path.read_text("utf-8")
        for layout in LAYOUTS:
            printed = made.get((name, layout)) or issue_pdf(text, LAYOUTS[layout])
            differing = differing_sections(text, pdf.extract_lines(printed.pdf))
            print(f"  {name} {layout:13} {'same' if not differing else 'DIFFERENT: ' + ', '.join(differing)}")


if __name__ == "__main__":
    main()

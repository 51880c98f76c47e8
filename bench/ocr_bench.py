"""OCR of whole scanned issues: per-part scores, pages per minute per stage, peak memory (not a test).

Each fixture issue is printed by tests/pdfgen, scanned by bench/heldout/degrade.py (200 dpi,
bleed-through, skew, blur, low contrast, specks; no text layer), read by issues.ocr and parsed.
Scored by bench/score.py against the parse of the fixture's own text (what the print says; documents' and TOC
entries' pages as the typesetting prints them, see with_printed_pages), and,
beside it, the printed PDF's text layer read by issues.pdf (what layout alone loses). Stages:
render, detection, recognition (rapidocr's own timings), layout (issues.pdf's step); CPU seconds
beside wall seconds, since the machine may be shared. Peak memory: this process's maximum resident
set after the first page and at the end (OCR holds one page at a time).

With --pages, only those pages of the printed issue (from 0; include the contents page, 2, so
that the parser knows the issue and its sections) are scanned, and scored against the printed
PDF's text layer of the same pages: what OCR loses beside what print gives, a few pages at a time
(OCR costs about 9 CPU seconds a page).

Targets (issue 12): every part >= 0.95; a 48-page scanned issue ready for review in < 15 min on 2 cores.

    .venv/bin/python bench/ocr_bench.py [--issues 2020-09 2019-04] [--layout song-ruled] [--seed 12]
    .venv/bin/python bench/ocr_bench.py --issues 2019-04 --pages 2 23 24 25 26 27   # a few pages only
    .venv/bin/python bench/ocr_bench.py --scan bench/heldout/scans/2020-04-a-scan.pdf --gold bench/heldout/2020-04.gold.json
    .venv/bin/python bench/ocr_bench.py --issues --heldout    # the held-out scans only (17 pages)
    .venv/bin/python bench/ocr_bench.py --issues --heldout --warnings   # and how many losses a loss warning tells
    .venv/bin/python bench/ocr_bench.py --details --cache /work/ocrcache   # every record lost or wrong, fast rerun

With --heldout, the scans in bench/heldout*/scans (made by their make_pdfs.py; never tune on them)
are read too, each scored against its issue's gold export, and their scores combined as a part of
their own: scans not seen beside the fixtures'.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ.setdefault("GAZETTE_DATA_DIR", tempfile.mkdtemp(prefix="gazette-ocr-bench-"))

import django  # noqa: E402

django.setup()

import score  # noqa: E402  bench/score.py
from heldout.run import PAGE_FIELDS, loss_warnings, losses_seen, warned_losses, without_pages  # noqa: E402  bench/heldout/run.py
from ocr_cache import CachedEngine  # noqa: E402  bench/ocr_cache.py

from issues import ocr, pdf  # noqa: E402
from issues.parser import parse_issue  # noqa: E402
from issues.parser.errors import IngestError  # noqa: E402
from tests.pdfgen import LAYOUTS, issue_pdf  # noqa: E402
from tests.scans import pages_of, scan_of  # noqa: E402

FIXTURES = ROOT / "fixtures" / "issues"
HELDOUT_SCANS = sorted((ROOT / "bench").glob("heldout*/scans/*.pdf"))


def gold_of(scan: Path) -> Path:
    """bench/heldout2/scans/2008-08-a-scan.pdf -> bench/heldout2/2008-08.gold.json"""
    return scan.parent.parent / f"{scan.name[:7]}.gold.json"


def typeset_apart(scan: Path) -> bool:
    """Whether a held-out scan is of an -a or -b typesetting, whose pages (and so its TOC's and documents' page
    numbers) are its own, not the gold's: their page fields are left out, as bench/heldout/run.py --from pdf does
    (scored against the gold, a scan's TOC read right gave 12 of 36 pages right)."""
    return scan.stem.rsplit("-", 2)[1] in ("a", "b")


def printed_text(scan: Path) -> str | None:
    """The text layer of the PDF a held-out scan was made from (<set>/pdf/<name>.pdf): what its pages print
    (None for a scan made elsewhere: every field is then compared)."""
    source = scan.parent.parent / "pdf" / scan.name.replace("-scan", "")
    return pdf.extract_text(source.read_bytes()) if source.exists() else None


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read(scan: bytes) -> tuple[ocr.Reading, ocr.Timing, float, float]:
    """(reading, stage timing, wall seconds, CPU seconds) of one scan."""
    timing = ocr.Timing()
    wall, cpu = time.perf_counter(), time.process_time()
    reading = ocr.read_scan(scan, "scan.pdf", timing=timing)
    return reading, timing, time.perf_counter() - wall, time.process_time() - cpu


def export_of(text: str | list, warnings: list | None = None, losses: list | None = None, **identity) -> dict:
    """The parser's export of a text; an empty one (every record missed) when the parser refuses it. `losses`, if
    given, gets the parse's and `warnings`' loss warnings (for --warnings).

    `identity` (year, issue_no) is what staff give at import when a scan shows neither (a few pages
    of an issue, without its cover or running headers), as `ingest --year --issue-no` does."""
    try:
        parsed = parse_issue(text, **identity)
    except IngestError as refused:
        print(f"  the parser refused the text: {refused}")
        return {}
    parsed.warnings.extend(warnings or [])
    if losses is not None:
        losses.extend(loss_warnings(parsed.warnings))
    return parsed.to_export()


def with_printed_pages(gold: dict, printed: dict) -> dict:
    """The gold with each document's and TOC entry's page as the typesetting prints it (`printed`: the export of the
    printed PDF's text layer), left out where the print's text gave no such record. tests/pdfgen sets the fixture
    anew on pages of its own: scored against the fixture's pages, even the text layer read perfectly got 20 page
    fields of 2020-09's wrong (温政发〔2020〕23号 on page 8 of the fixture, page 5 of the print)."""
    gold = dict(gold)
    for kind, name in PAGE_FIELDS.items():
        key = score.KINDS[kind][1]
        pages = {key(record): record.get(name) for record in printed.get(kind, [])}
        gold[kind] = [{**record, name: pages[key(record)]} if key(record) in pages
                      else {k: v for k, v in record.items() if k != name} for record in gold.get(kind, [])]
    return gold


def keep(folder: Path | None, name: str, text: str) -> None:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def per_minute(pages: int, seconds: float) -> str:
    return f"{60 * pages / seconds:7.1f}" if seconds else "      —"


def report_speed(timing: ocr.Timing, wall: float, cpu: float) -> None:
    print(f"  pages {timing.pages}: wall {wall:.0f} s ({wall / timing.pages:.1f} s/page), CPU {cpu:.0f} s "
          f"({cpu / timing.pages:.1f} s/page); 48 pages ≈ {48 * wall / timing.pages / 60:.1f} min at this wall speed")
    for stage in ("render", "detection", "recognition", "layout"):
        seconds = getattr(timing, stage)
        print(f"  {stage:<12} {seconds:7.1f} s  {per_minute(timing.pages, seconds)} pages/min")


def shorten(value, width: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else f"{text[:width // 2]} … {text[-width // 2:]}"


def differences(gold: str, found: str, around: int = 8) -> str:
    """Where two long texts differ as the scorer compares them (score.squeeze): 「…context[gold→read]context…」 each."""
    import difflib

    gold, found, told = score.squeeze(gold), score.squeeze(found), []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, gold, found, autojunk=False).get_opcodes():
        if tag != "equal":
            told.append(f"{gold[max(0, i1 - around):i1]}[{gold[i1:i2]}→{found[j1:j2]}]{gold[i2:i2 + around]}".replace("\n", "⏎"))
    return " · ".join(told[:6]) + (f" · (+{len(told) - 6})" if len(told) > 6 else "")


def _wrong(wrong: dict) -> str:
    gold, found = wrong["gold"], wrong["found"]
    if isinstance(gold, str) and isinstance(found, str) and len(gold) > 70:
        return differences(gold, found)
    return f"gold {shorten(gold)} / read {shorten(found)}"


def misses(scores: dict) -> str:
    """Every record lost or extra and every wrong field, per kind: what to look at in the OCR text."""
    lines = []
    for kind, value in scores.items():
        lines += [f"      {kind} missing: {key}" for key in value.missing]
        lines += [f"      {kind} extra:   {key}" for key in value.extra]
        lines += [f"      {kind} wrong {w['field']} of {w['key']}: {_wrong(w)}" for w in value.wrong]
    return "\n".join(lines)


def report_scores(title: str, gold: dict, export: dict, printed: str | None, losses: list | None = None,
                  details: bool = False) -> dict:
    """`printed`: what the scanned pages print; cover fields it lacks are not compared (score.unprinted). With
    `losses` (the parse's loss warnings), how many lost or wrong records lie in a section one of them names; with
    `details`, each record lost, extra or with a wrong field."""
    scores = score.score(gold, export, score.unprinted(printed) if printed is not None else frozenset())
    print(f"  {title}")
    print("    " + score.table(scores, details=False).replace("\n", "\n    "))
    if losses is not None:
        print(warned_losses(scores, losses))
    if details and (told := misses(scores)):
        print(told)
    return scores


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--issues", nargs="*", default=["2020-09", "2019-04"])
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="song-ruled")
    parser.add_argument("--pages", nargs="*", type=int, help="only these pages of each issue (from 0)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--scan", type=Path, help="score a ready scan instead (with --gold)")
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--heldout", action="store_true", help="also read and score the held-out scans")
    parser.add_argument("--texts", type=Path, help="write each scan's OCR text into this folder (to look at what was lost)")
    parser.add_argument("--warnings", action="store_true",
                        help="per scan, how many lost or wrong records lie in a section a loss warning names")
    parser.add_argument("--details", action="store_true",
                        help="per scan, every record lost or extra and every wrong field (gold / read)")
    parser.add_argument("--cache", type=Path, help="keep rapidocr's answers in this folder and reuse them "
                                                   "(re-score what follows OCR without OCR; timings then are the first run's)")
    args = parser.parse_args(argv)
    ocr.engine()  # the models loaded before any page is timed
    if args.cache:
        cached = CachedEngine(ocr.engine(), args.cache)
        ocr.engine = lambda: cached
    print(f"models loaded: peak {peak_mb():.0f} MB")
    if args.scan:
        reading, timing, wall, cpu = read(args.scan.read_bytes())
        print(f"{args.scan.name}: {len(reading.warnings)} OCR warnings")
        report_speed(timing, wall, cpu)
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        export = export_of(reading.lines, year=gold["year"], issue_no=gold["issue_no"])  # as staff give them
        report_scores("OCR vs gold", gold, export, printed_text(args.scan), details=args.details)
        print(f"peak memory {peak_mb():.0f} MB")
        return 0
    parts: dict[str, list] = {"scan": [], "printed": [], "held-out scans": []}
    folder = Path(tempfile.mkdtemp(prefix="ocr-bench-"))
    for name in args.issues:
        text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        printed = issue_pdf(text, LAYOUTS[args.layout]).pdf
        if args.pages:
            printed = pages_of(printed, args.pages)
            text = pdf.extract_text(printed)  # what print gives on these pages
        scan = scan_of(printed, folder, seed=args.seed)
        # with --pages, the printed pages' lines with their running headers, which name the issue as the scan's do
        # (their text alone named none: the parser refused it, and every record read from the scan was extra)
        gold = export_of(pdf.extract_lines(printed) if args.pages else text)
        if not args.pages:  # with --pages the gold is read from the printed pages already
            printed_export = export_of(pdf.extract_text(printed))
            gold = with_printed_pages(gold, printed_export)
        reading, timing, wall, cpu = read(scan)
        keep(args.texts, f"{name}-{args.layout}.ocr.txt", reading.text)
        print(f"\n{name} ({args.layout}, seed {args.seed}): {timing.pages} pages, {len(reading.warnings)} OCR warnings, "
              f"peak memory so far {peak_mb():.0f} MB")
        report_speed(timing, wall, cpu)
        losses = [] if args.warnings else None
        parts["scan"].append(report_scores("scan (OCR) vs the " + ("printed pages' text" if args.pages else "fixture text"),
                                           gold, export_of(reading.lines, reading.warnings, losses=losses), text, losses,
                                           args.details))
        if not args.pages:  # with --pages the printed pages' text is the gold itself
            parts["printed"].append(report_scores("printed PDF (text layer) vs the fixture text", gold,
                                                  printed_export, text, details=args.details))
    if args.heldout:
        total = ocr.Timing()
        seconds = [0.0, 0.0]
        for path in HELDOUT_SCANS:
            reading, timing, wall, cpu = read(path.read_bytes())
            keep(args.texts, f"{path.stem}.ocr.txt", reading.text)
            print(f"\n{path.relative_to(ROOT)}: {timing.pages} pages, {len(reading.warnings)} OCR warnings")
            gold = json.loads(gold_of(path).read_text(encoding="utf-8"))
            losses = [] if args.warnings else None
            export = export_of(reading.lines, reading.warnings, losses=losses,
                               year=gold["year"], issue_no=gold["issue_no"])  # as staff give them
            if typeset_apart(path):
                gold, export = without_pages(gold), without_pages(export)
            parts["held-out scans"].append(report_scores("OCR vs gold", gold, export, printed_text(path), losses,
                                                            args.details))
            for stage in ("render", "detection", "recognition", "layout", "pages"):
                setattr(total, stage, getattr(total, stage) + getattr(timing, stage))
            seconds = [seconds[0] + wall, seconds[1] + cpu]
        if total.pages:
            print("\nheld-out scans together:")
            report_speed(total, *seconds)
    for kind, scores in parts.items():
        if not scores:
            continue
        print(f"\nall issues, {kind}:")
        print("  " + score.table(score.combine(scores), details=True).replace("\n", "\n  "))
    if args.warnings:
        print("\n" + losses_seen())
    print(f"\npeak memory {peak_mb():.0f} MB")
    if args.cache:
        print(f"rapidocr answers: {cached.hits} from {args.cache}, {cached.misses} computed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

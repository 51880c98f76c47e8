"""Score today's parser on the held-out issues: parse each <set>/<issue>.txt in memory with
`issues.parser.parse_issue(text).to_export()` (what `manage.py export_issue` prints after an ingest,
without a database) and compare it with <issue>.gold.json.

    .venv/bin/python bench/heldout/run.py [--set all|heldout|heldout2|heldout3|heldout5|heldout6|heldout7|heldout8] [--from text|pdf] [--details] [--json] [--warnings]

--from pdf reads each issue's printed PDFs instead (<set>/pdf/<issue>-raw.pdf, -a.pdf, -b.pdf) through
the path an upload takes (issues.ingest.read_source: the PDF reader's lines, then the parser) and
scores each against the same gold; the page fields (a document's and a TOC entry's page) are left
out for the -a and -b typesettings, whose pages are their own. Whatever the source, the cover's fields (total_no,
publish_date) are compared only where the source prints them ('总第', '出版'): raw extractions and the -a/-b
typesettings print no cover, and their gold's number is the typist's, not the page's. One line per PDF, and the pooled table
of each typesetting kind (raw, a, b) besides each set's.

An issue the parser refuses because it cannot tell its year and number (errors.NoIdentity asks staff
for them) is said so on stderr and scored as staff would then ingest it, with the gold's year and number
given (`ingest --year --issue-no`); any other exception scores as an empty export.

Prints one line per issue (and its own table with --details), the pooled table of each set, and with
--set all (the default) the table of every set together. Never tune the parser on these issues: look
at them only to score (README.md beside this file).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench import score  # noqa: E402
from sets import SETS, folders, gold_names  # noqa: E402

from issues.parser.errors import NoIdentity  # noqa: E402


# A warning about the whole issue (its text repeated) speaks for every kind of record; one that names a
# section speaks for the kind the parser files that section under (issues.parser.kinds: '省政府文件' and
# other documents columns count for documents, as 市府办文件 does); one that names no section, for none.
WARNED_KINDS = ("documents", "interpretations", "appointments", "news", "chronicle", "issued_list", "statistics")
WHOLE_ISSUE = "whole issue"
LOSSES_SEEN: dict[str, list[int]] = {}  # kind -> [records lost or wrong, of them in a section with a loss warning]


def parse(text, **identity) -> dict:
    """The export of a text, or of a reader's lines (a PDF's, with the reader's own loss warnings);
    `identity` (year, issue_no) as staff give it when the parser asks for it."""
    from issues.parser import parse_issue

    parse.last_warnings = []  # a text the parser refuses has none
    reading_warnings = []
    if isinstance(text, tuple):
        text, reading_warnings = text
    parsed = parse_issue(text, **identity)
    parsed.warnings.extend(reading_warnings)
    parse.last_warnings = loss_warnings(parsed.warnings)
    return parsed.to_export()


def _level(warning) -> str:
    return warning.get("level", "loss") if isinstance(warning, dict) else getattr(warning, "level", "loss")


def read_pdf(path: Path):
    """A printed PDF read as an upload is (issues.ingest.read_source), without a database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
    django.setup()
    from issues.ingest import read_source

    reading = read_source(path.read_bytes(), path.name)
    return reading.lines, list(reading.warnings)


PAGE_FIELDS = {"documents": "page", "toc": "page"}
def unprinted_fields(source) -> frozenset:
    """The cover fields a source (a text, or a reader's lines and warnings) does not print (score.unprinted)."""
    return score.unprinted(source if isinstance(source, str) else "\n".join(line.text for line in source[0]))


def without_pages(export: dict) -> dict:
    """The export with the printed page of documents and TOC entries left out (a typesetting's own)."""
    export = dict(export)
    for kind, name in PAGE_FIELDS.items():
        export[kind] = [{k: v for k, v in record.items() if k != name} for record in export.get(kind, [])]
    return export


def sources(folder: Path, name: str, args) -> list[tuple[str, str, object]]:
    """(label, kind of source, what to parse) for each source of an issue the run reads."""
    if args.source == "text":
        return [(name, "text", (folder / f"{name}.txt").read_text(encoding="utf-8"))]
    return [(path.stem, path.stem.rsplit("-", 1)[1], path) for path in sorted((folder / "pdf").glob(f"{name}-*.pdf"))]


def loss_warnings(warnings: list) -> list:
    """The warnings of a parse (and its reader) that tell of a loss."""
    return [w for w in warnings if _level(w) == "loss"]


def warned_losses(scores: dict, warnings: list) -> str:
    """Records lost or with a wrong field, per kind, and how many lie in a section one of `warnings` (loss
    warnings) names; added to LOSSES_SEEN for losses_seen()."""
    from issues.parser.kinds import of_category

    warned = set()
    for warning in warnings:
        if getattr(warning, "kind", "") == "repeated_text":
            warned.add(WHOLE_ISSUE)
        elif kind := of_category(getattr(warning, "section", "") or None):
            warned.add(kind.key)
    told = []
    for kind in WARNED_KINDS:
        value = scores.get(kind)
        lost = len(value.missing) + len({w["key"] for w in value.wrong}) if value else 0
        if lost:
            seen = lost if warned & {kind, WHOLE_ISSUE} else 0
            tally = LOSSES_SEEN.setdefault(kind, [0, 0])
            tally[0] += lost
            tally[1] += seen
            told.append(f"{kind} {seen}/{lost}")
    return f"    losses with a loss warning: {', '.join(told) or 'none lost'}; {len(warnings)} loss warnings"


def losses_seen() -> str:
    """All the runs' records lost or wrong, and of them how many lie in a section a loss warning names, per kind."""
    lost, seen = (sum(tally[i] for tally in LOSSES_SEEN.values()) for i in (0, 1))
    kinds = ", ".join(f"{kind} {s}/{n}" for kind, (n, s) in LOSSES_SEEN.items())
    return f"records lost or wrong in a section a loss warning names: {seen}/{lost} ({kinds})"


BY_SOURCE: dict[str, list[dict]] = {}  # kind of source (text, raw, a, b) -> every issue's scores


def score_set(folder: Path, args) -> tuple[list[dict], dict]:
    per_issue, summary = [], {}
    for name in gold_names(folder):
        for label, kind, source in sources(folder, name, args):
            gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
            try:
                source = read_pdf(source) if isinstance(source, Path) else source
                try:
                    export = parse(source)
                except NoIdentity as refusal:  # staff are asked for the year and number: give them, as staff would
                    print(f"{folder.name}/{label}: refused until staff give its year and number ({refusal}); "
                          "scored with them given", file=sys.stderr)
                    export = parse(source, year=gold["year"], issue_no=gold["issue_no"])
            except Exception:  # a crash scores as an empty export, and is shown
                print(f"{folder.name}/{label}: the reader or parser raised\n{traceback.format_exc()}", file=sys.stderr)
                export = {}
            if kind in ("a", "b"):
                gold, export = without_pages(gold), without_pages(export)
            scores = score.score(gold, export, unprinted_fields(source) if export else frozenset())
            per_issue.append(scores)
            BY_SOURCE.setdefault(kind, []).append(scores)
            summary[label] = {kind: value.to_json() for kind, value in scores.items()}
            if not args.json:
                report_issue(folder, label, scores, args)
    return per_issue, summary


def report_issue(folder: Path, name: str, scores: dict, args) -> None:
    pooled = score.overall(scores)
    print(f"{folder.name}/{name}: recall {pooled.recall:.3f}  precision {pooled.precision:.3f}  "
          f"fields {pooled.field_accuracy:.3f}  ({pooled.matched}/{pooled.gold} records)")
    if args.warnings:
        print(warned_losses(scores, getattr(parse, "last_warnings", [])))
    if args.details:
        print(score.table(scores), end="\n\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["all", *SETS])
    parser.add_argument("--from", dest="source", default="text", choices=["text", "pdf"],
                        help="read each issue's text (default) or its printed PDFs, as an upload is read")
    parser.add_argument("--details", action="store_true", help="also print every issue's own table")
    parser.add_argument("--json", action="store_true", help="pooled and per-issue scores as JSON")
    parser.add_argument("--warnings", action="store_true",
                        help="per issue, how many lost or wrong records lie in a section a loss warning names")
    args = parser.parse_args(argv)
    everything, result = [], {}
    for set_name, folder in folders(args.set).items():
        per_issue, summary = score_set(folder, args)
        everything += per_issue
        total = score.combine(per_issue)
        result[set_name] = {"issues": summary, "all": {k: v.to_json() for k, v in total.items()}}
        if not args.json:
            print(f"\n{set_name}: all {len(per_issue)} issues")
            print(score.table(total), end="\n\n")
    if args.warnings and not args.json:
        print(losses_seen() + "\n")
    if args.source == "pdf" and not args.json:
        for kind, per_issue in BY_SOURCE.items():
            print(f"typesetting {kind}: {len(per_issue)} PDFs")
            print(score.table(score.combine(per_issue)), end="\n\n")
    if args.source == "pdf":
        result["by_typesetting"] = {kind: {k: v.to_json() for k, v in score.combine(per_issue).items()}
                                    for kind, per_issue in BY_SOURCE.items()}
    if len(result) > 1:
        total = score.combine(everything)
        result["all"] = {k: v.to_json() for k, v in total.items()}
        if not args.json:
            print(f"all sets: {len(everything)} held-out issues")
            print(score.table(total))
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

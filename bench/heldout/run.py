"""Score today's parser on the held-out issues: parse each <set>/<issue>.txt in memory with
`issues.parser.parse_issue(text).to_export()` (what `manage.py export_issue` prints after an ingest,
without a database) and compare it with <issue>.gold.json.

    .venv/bin/python bench/heldout/run.py [--set all|heldout|heldout2|heldout3] [--details] [--json] [--warnings]

Prints one line per issue (and its own table with --details), the pooled table of each set, and with
--set all (the default) the table of every set together. Never tune the parser on these issues: look
at them only to score (README.md beside this file).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench import score  # noqa: E402
from sets import SETS, folders, gold_names  # noqa: E402


# The sections whose loss warnings speak for a kind of record (a warning about the whole issue, such
# as its text repeated, speaks for all; one that names no section, for none).
WARNED_SECTIONS = {
    "documents": {"市政府令", "市政府文件", "市府办文件", "部门文件", "部门规范性文件"},
    "interpretations": {"政策解读"}, "appointments": {"机构人事"}, "news": {"政务简讯"},
    "chronicle": {"政府记事"}, "issued_list": {"发文目录"}, "statistics": {"统计资料"},
}
WHOLE_ISSUE = "whole issue"
LOSSES_SEEN: dict[str, list[int]] = {}  # kind -> [records lost or wrong, of them in a section with a loss warning]


def parse(text: str) -> dict:
    from issues.parser import parse_issue

    parse.last_warnings = []  # a text the parser refuses has none
    parsed = parse_issue(text)
    parse.last_warnings = [w for w in parsed.warnings if getattr(w, "level", "loss") == "loss"]
    return parsed.to_export()


def warned_losses(name: str, scores: dict) -> str:
    """Records lost or with a wrong field, per kind, and how many lie in a section a loss warning names."""
    sections = {WHOLE_ISSUE if getattr(w, "kind", "") == "repeated_text" else getattr(w, "section", "")
                for w in getattr(parse, "last_warnings", [])}
    told = []
    for kind, warned in WARNED_SECTIONS.items():
        value = scores.get(kind)
        lost = len(value.missing) + len({w["key"] for w in value.wrong}) if value else 0
        if lost:
            seen = lost if sections & (warned | {WHOLE_ISSUE}) else 0
            tally = LOSSES_SEEN.setdefault(kind, [0, 0])
            tally[0] += lost
            tally[1] += seen
            told.append(f"{kind} {seen}/{lost}")
    return f"    losses with a loss warning: {', '.join(told) or 'none lost'}; {len(parse.last_warnings)} loss warnings"


def score_set(folder: Path, args) -> tuple[list[dict], dict]:
    per_issue, summary = [], {}
    for name in gold_names(folder):
        gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        try:
            export = parse(text)
        except Exception:  # a crash scores as an empty export, and is shown
            print(f"{folder.name}/{name}: the parser raised\n{traceback.format_exc()}", file=sys.stderr)
            export = {}
        scores = score.score(gold, export)
        per_issue.append(scores)
        summary[name] = {kind: value.to_json() for kind, value in scores.items()}
        if not args.json:
            pooled = score.overall(scores)
            print(f"{folder.name}/{name}: recall {pooled.recall:.3f}  precision {pooled.precision:.3f}  "
                  f"fields {pooled.field_accuracy:.3f}  ({pooled.matched}/{pooled.gold} records)")
            if args.warnings:
                print(warned_losses(name, scores))
            if args.details:
                print(score.table(scores), end="\n\n")
    return per_issue, summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["all", *SETS])
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
        lost, seen = (sum(tally[i] for tally in LOSSES_SEEN.values()) for i in (0, 1))
        kinds = ", ".join(f"{kind} {s}/{n}" for kind, (n, s) in LOSSES_SEEN.items())
        print(f"records lost or wrong in a section a loss warning names: {seen}/{lost} ({kinds})\n")
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

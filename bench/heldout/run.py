"""Score today's parser on the held-out issues: parse each bench/heldout/<issue>.txt in memory with
`issues.parser.parse_issue(text).to_export()` (what `manage.py export_issue` prints after an ingest,
without a database) and compare it with <issue>.gold.json.

    .venv/bin/python bench/heldout/run.py [--details] [--json]

Prints one table per issue (with --details) and the pooled table of all issues. Never tune the
parser on these issues: look at them only to score (README.md beside this file).
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

from bench import score  # noqa: E402


def parse(text: str) -> dict:
    from issues.parser import parse_issue

    return parse_issue(text).to_export()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="also print every issue's own table")
    parser.add_argument("--json", action="store_true", help="pooled and per-issue scores as JSON")
    args = parser.parse_args(argv)
    per_issue, summary = [], {}
    for gold_path in sorted(HERE.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        try:
            export = parse(text)
        except Exception:  # a crash scores as an empty export, and is shown
            print(f"{name}: the parser raised\n{traceback.format_exc()}", file=sys.stderr)
            export = {}
        scores = score.score(gold, export)
        per_issue.append(scores)
        pooled = score.overall(scores)
        summary[name] = {kind: value.to_json() for kind, value in scores.items()}
        if not args.json:
            print(f"{name}: recall {pooled.recall:.3f}  precision {pooled.precision:.3f}  "
                  f"fields {pooled.field_accuracy:.3f}  ({pooled.matched}/{pooled.gold} records)")
            if args.details:
                print(score.table(scores), end="\n\n")
    total = score.combine(per_issue)
    if args.json:
        json.dump({"issues": summary, "all": {k: v.to_json() for k, v in total.items()}}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
    else:
        print(f"\nall {len(per_issue)} held-out issues:")
        print(score.table(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())

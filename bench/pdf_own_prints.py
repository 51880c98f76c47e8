"""Own printed issues (tests/printed_issues.py) in every pdfgen layout: the PDF's records beside the text's, kind by kind.

For each kind, the share of the text's records the PDF gives equal (pages aside), and the records that differ.

    .venv/bin/python bench/pdf_own_prints.py [--layout NAME] [--issue NAME] [-v]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

from issues.parser import parse_issue  # noqa: E402
from issues.pdf import extract_lines_with_losses  # noqa: E402
from tests.pdfgen import LAYOUTS, issue_pdf  # noqa: E402
from tests.printed_issues import ISSUES  # noqa: E402

KINDS = ("toc", "documents", "appointments", "news", "chronicle", "statistics", "issued", "interpretations")


def records(export: dict, kind: str) -> list:
    found = export.get(kind) or []
    if kind == "statistics":
        found = found.get("rows", []) if isinstance(found, dict) else found
    return [{**r, "page": None} if isinstance(r, dict) and "page" in r else r for r in found]


def compare(text: str, layout: str, verbose: bool) -> dict[str, tuple[int, int]]:
    printed = issue_pdf(text, LAYOUTS[layout])
    lines, losses = extract_lines_with_losses(printed.pdf)
    parsed = parse_issue(lines)
    from_text_parsed = parse_issue(text)
    from_pdf, from_text = parsed.to_export(), from_text_parsed.to_export()
    out = {}
    for kind in KINDS:
        gold, found = records(from_text, kind), records(from_pdf, kind)
        if not gold and not found:
            continue
        same = sum(1 for record in gold if record in found)
        out[kind] = (same, len(gold), len(found))
        if verbose and same < max(len(gold), len(found)):
            for record in gold:
                if record not in found:
                    print(f"    {kind} text only: {record}")
            for record in found:
                if record not in gold:
                    print(f"    {kind} pdf only:  {record}")
    text_losses = {str(w.lines) for w in from_text_parsed.warnings if w.is_loss}
    warned = [w for w in parsed.warnings if w.is_loss and str(w.lines) not in text_losses] + losses
    out["losses"] = len(warned)
    if verbose:
        for w in warned:
            print(f"    loss: {w}")
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--layout", action="append")
    parser.add_argument("--issue", action="append")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for name in args.issue or ISSUES:
        text = ISSUES[name]()
        for layout in args.layout or LAYOUTS:
            print(f"{name} {layout}:")
            result = compare(text, layout, args.verbose)
            cells = []
            for kind, value in result.items():
                if kind == "losses":
                    continue
                same, gold, found = value
                total = totals.setdefault(kind, [0, 0])
                total[0] += same
                total[1] += gold
                cells.append(f"{kind} {same}/{gold} (pdf {found})")
            print("  " + " | ".join(cells) + f" | loss warnings beyond the text's {result['losses']}")
    print("equal records, all printings: " + " | ".join(
        f"{kind} {same}/{gold} = {same / gold:.3f}" for kind, (same, gold) in totals.items() if gold))


if __name__ == "__main__":
    main()

"""Build the held-out sets: every spec/<issue>.py becomes <issue>.txt (text export or raw two-column
extraction), <issue>.gold.json, and for raw issues the printed pdf/<issue>-raw.pdf it came from.

    .venv/bin/python bench/heldout/make_issues.py [--set heldout|heldout2|heldout3|all] [ISSUE ...]

Run it after editing a spec; commit its outputs. It never imports the parser.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold import gold_export  # noqa: E402
from layout_text import print_text  # noqa: E402
from make_raw import issue_html, pdftotext, print_pdf, printed_pages, reshape  # noqa: E402
from sets import SETS, folders, issue_names, load_spec  # noqa: E402


def build(folder: Path, name: str) -> None:
    issue = load_spec(folder, name)
    if issue["shape"] == "text":
        text, pages = print_text(issue)
    else:
        pdf = folder / "pdf" / f"{name}-raw.pdf"
        pdf.parent.mkdir(exist_ok=True)
        print_pdf(issue_html(issue), pdf)
        text, pages = reshape(pdftotext(pdf)), printed_pages(issue, pdf)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = gold_export(issue, pages)
    (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{folder.name}/{name}: {issue['shape']}, {len(text.splitlines())} lines, {len(gold['documents'])} documents, "
          f"{len(gold['interpretations'])} interpretations, {len(gold['appointments'])} appointments, "
          f"{len(gold['news'])} news, {len(gold['chronicle'])} chronicle, {len(gold['issued_list'])} issued, "
          f"{len(gold['statistics']['rows'])} statistics rows")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["all", *SETS])
    parser.add_argument("issues", nargs="*", help="issue names (default: every spec of the set)")
    args = parser.parse_args(argv)
    for folder in folders(args.set).values():
        for name in args.issues or issue_names(folder):
            if (folder / "spec" / f"h{name.replace('-', '_')}.py").exists():
                build(folder, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the held-out set: every spec/<issue>.py becomes <issue>.txt (text export or raw two-column
extraction), <issue>.gold.json, and for raw issues the printed pdf/<issue>-raw.pdf it came from.

    .venv/bin/python bench/heldout/make_issues.py [ISSUE ...]

Run it after editing a spec; commit its outputs. It never imports the parser.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold import gold_export  # noqa: E402
from layout_text import print_text  # noqa: E402
from make_raw import issue_html, pdftotext, print_pdf, printed_pages, reshape  # noqa: E402


def load(name: str) -> dict:
    return importlib.import_module(f"spec.h{name.replace('-', '_')}").ISSUE


def all_names() -> list[str]:
    return sorted(p.stem[1:].replace("_", "-") for p in (HERE / "spec").glob("h*.py"))


def build(name: str) -> None:
    issue = load(name)
    if issue["shape"] == "text":
        text, pages = print_text(issue)
    else:
        pdf = HERE / "pdf" / f"{name}-raw.pdf"
        pdf.parent.mkdir(exist_ok=True)
        print_pdf(issue_html(issue), pdf)
        text, pages = reshape(pdftotext(pdf)), printed_pages(issue, pdf)
    (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = gold_export(issue, pages)
    (HERE / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {issue['shape']}, {len(text.splitlines())} lines, {len(gold['documents'])} documents, "
          f"{len(gold['appointments'])} appointments, {len(gold['news'])} news, {len(gold['chronicle'])} chronicle")


if __name__ == "__main__":
    for issue_name in sys.argv[1:] or all_names():
        build(issue_name)

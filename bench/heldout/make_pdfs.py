"""Printed PDFs of the text-export held-out issues in two layouts, for issue 11 (printed PDFs).

    .venv/bin/python bench/heldout/make_pdfs.py [--set heldout|heldout2|heldout3|all] [ISSUE ...]
                                              # writes <set>/pdf/<issue>-a.pdf and <set>/pdf/<issue>-b.pdf

Layout a: two columns, title blocks across both, ruled tables. Layout b: one column, mirrored margins,
letter-spaced section headings, tables without rules. Both open with a printed 目录 whose page
numbers are the PDF's own (typeset twice: once to find the pages, once to print them), so a PDF's
pages differ from its text export's; compare records pages aside. Same typesetter as make_raw.py,
independent of the parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold import heading_name  # noqa: E402
from make_raw import issue_html, print_pdf, printed_pages  # noqa: E402
from sets import SETS, folders, issue_names, load_spec  # noqa: E402


def toc_entries(issue: dict, pages: dict) -> list[tuple]:
    entries, doc_index, interp_index = [], 0, 0
    for index, section in enumerate(issue["sections"]):
        category = heading_name(section["heading"])
        if section["kind"] == "interpretations":
            for item in section["items"]:
                entries.append((category, item["title"], None, pages.get(f"interp:{interp_index}", 0)))
                interp_index += 1
        elif section["kind"] == "documents":
            for doc in section["items"]:
                entries.append((category, doc.get("toc_title", doc["title"]), doc["doc_number"], pages.get(f"doc:{doc_index}", 0)))
                doc_index += 1
        else:
            entries.append((category, section.get("toc_title") or section["title"], None, pages.get(f"section:{index}", 0)))
    return entries


def build(folder: Path, name: str, layout: str) -> Path:
    issue = {**load_spec(folder, name), "first_page": 1}  # the 目录 is page 1
    pdf = folder / "pdf" / f"{name}-{layout}.pdf"
    pdf.parent.mkdir(exist_ok=True)
    print_pdf(issue_html(issue, layout, toc_entries(issue, {})), pdf)
    pages = printed_pages(issue, pdf, skip=1)
    print_pdf(issue_html(issue, layout, toc_entries(issue, pages)), pdf)
    return pdf


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["all", *SETS])
    parser.add_argument("issues", nargs="*", help="issue names (default: every text issue of the set)")
    args = parser.parse_args(argv)
    for folder in folders(args.set).values():
        chosen = [n for n in args.issues or issue_names(folder) if (folder / "spec" / f"h{n.replace('-', '_')}.py").exists()]
        for issue_name in [n for n in chosen if load_spec(folder, n)["shape"] == "text"]:
            for layout_name in ("a", "b"):
                path = build(folder, issue_name, layout_name)
                print(f"{path.relative_to(folder.parent)}: {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

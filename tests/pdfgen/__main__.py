"""python -m tests.pdfgen fixtures/issues/2020-06.txt out.pdf [--layout kai-unruled]"""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.pdfgen.layouts import LAYOUTS
from tests.pdfgen.printer import issue_pdf

def main() -> None:
    parser = argparse.ArgumentParser(description="Print a fixture issue text as a gazette PDF.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="song-ruled")
    args = parser.parse_args()
    printed = issue_pdf(args.source.read_text(encoding="utf-8"), LAYOUTS[args.layout])
    args.target.write_bytes(printed.pdf)
    print(f"{args.target}: {printed.pages} pages, documents on pages {sorted(set(printed.document_pages.values()))}")


if __name__ == "__main__":
    main()

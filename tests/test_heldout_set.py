"""The held-out set is consistent with itself: every gold record is printed in its issue's text, a
gold scores perfectly against itself, and the scan degrader leaves no text layer.

These check the yardstick, not the parser: nothing here imports `issues`.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from bench import score

HELDOUT = Path(__file__).resolve().parent.parent / "bench" / "heldout"
ISSUES = sorted(p.name.removesuffix(".gold.json") for p in HELDOUT.glob("*.gold.json"))
EXPORT_KEYS = {"year", "issue_no", "total_no", "publish_date", "toc", "documents", "interpretations",
               "appointments", "news", "chronicle", "issued_list", "statistics", "back_matter"}


def _gold(name):
    return json.loads((HELDOUT / f"{name}.gold.json").read_text(encoding="utf-8"))


def _bare(text):
    return re.sub(r"\s+", "", text)


def test_at_least_eight_issues_of_both_shapes():
    shapes = [("raw" if (HELDOUT / "pdf" / f"{n}-raw.pdf").exists() else "text") for n in ISSUES]
    assert len(ISSUES) >= 8 and shapes.count("text") >= 4 and shapes.count("raw") >= 4


@pytest.mark.parametrize("name", ISSUES)
def test_gold_has_the_export_schema(name):
    gold = _gold(name)
    assert set(gold) == EXPORT_KEYS
    assert all(set(d) >= {"title", "doc_number", "signed_date", "body", "page"} for d in gold["documents"])


@pytest.mark.parametrize("name", ISSUES)
def test_every_gold_text_is_printed_in_the_issue(name):
    gold, printed = _gold(name), _bare((HELDOUT / f"{name}.txt").read_text(encoding="utf-8"))
    raw = (HELDOUT / "pdf" / f"{name}-raw.pdf").exists()
    # a raw extraction cuts paragraphs at column and page ends and moves title blocks: check openings
    pieces = [p for d in gold["documents"] for p in d["body"].split("\n")]
    pieces += [p for n in gold["news"] for p in n["body"].split("\n")] + [c["text"] for c in gold["chronicle"]]
    pieces += [a["person"] for a in gold["appointments"]] + [r["indicator"] for r in gold["statistics"]["rows"]]
    missing = [p for p in pieces if (_bare(p)[:10] if raw else _bare(p)) not in printed]
    assert not missing


@pytest.mark.parametrize("name", ISSUES)
def test_a_gold_scores_perfectly_against_itself(name):
    result = score.overall(score.score(_gold(name), _gold(name)))
    assert (result.recall, result.precision, result.field_accuracy) == (1.0, 1.0, 1.0)


def test_degraded_scan_has_no_text_layer(tmp_path):
    source = HELDOUT / "pdf" / "2023-11-raw.pdf"
    out = tmp_path / "scan.pdf"
    subprocess.run([sys.executable, str(HELDOUT / "degrade.py"), str(source), str(out)], check=True,
                   capture_output=True)
    with pdfplumber.open(source) as printed, pdfplumber.open(out) as scanned:
        assert len(scanned.pages) == len(printed.pages)
        assert sum(len(page.chars) for page in printed.pages) > 100
        assert sum(len(page.chars) for page in scanned.pages) == 0
        assert scanned.pages[0].images  # the page is a picture


def test_nothing_in_the_held_out_set_imports_the_parser():
    for path in HELDOUT.rglob("*.py"):
        if path.name == "run.py":
            continue  # the one file that calls the parser, to score it
        source = path.read_text(encoding="utf-8")
        assert "from issues" not in source and "import issues" not in source, path

"""The held-out sets are consistent with themselves: every gold record is printed in its issue's text, a
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

BENCH = Path(__file__).resolve().parent.parent / "bench"
HELDOUT = BENCH / "heldout"
SETS = {name: BENCH / name for name in ("heldout", "heldout2", "heldout3", "heldout5", "heldout6", "heldout7", "heldout8",
                                        "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
                                        "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                                        "heldout20")}
ISSUES = [(name, issue) for name, folder in SETS.items()
          for issue in sorted(p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json"))]
EXPORT_KEYS = {"year", "issue_no", "total_no", "publish_date", "toc", "documents", "interpretations",
               "appointments", "news", "chronicle", "issued_list", "statistics", "back_matter"}


def _gold(set_name, name):
    return json.loads((SETS[set_name] / f"{name}.gold.json").read_text(encoding="utf-8"))


def _bare(text):
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("set_name", SETS)
def test_each_set_has_at_least_eight_issues_of_both_shapes(set_name):
    names = [n for s, n in ISSUES if s == set_name]
    shapes = [("raw" if (SETS[set_name] / "pdf" / f"{n}-raw.pdf").exists() else "text") for n in names]
    assert len(names) >= 8 and shapes.count("text") >= 4 and shapes.count("raw") >= 4


@pytest.mark.parametrize("set_name, name", ISSUES)
def test_gold_has_the_export_schema(set_name, name):
    gold = _gold(set_name, name)
    assert set(gold) == EXPORT_KEYS
    assert all(set(d) >= {"title", "doc_number", "signed_date", "body", "page"}
               for d in gold["documents"])
    assert all(set(i) == {"title", "interprets", "unit", "body"} for i in gold["interpretations"])


@pytest.mark.parametrize("set_name, name", ISSUES)
def test_every_gold_text_is_printed_in_the_issue(set_name, name):
    folder = SETS[set_name]
    gold, printed = _gold(set_name, name), _bare((folder / f"{name}.txt").read_text(encoding="utf-8"))
    raw = (folder / "pdf" / f"{name}-raw.pdf").exists()
    # a raw extraction cuts paragraphs at column and page ends and moves title blocks: check openings
    pieces = [p for d in gold["documents"] for p in d["body"].split("\n")]
    pieces += [p for n in gold["news"] for p in n["body"].split("\n")] + [c["text"] for c in gold["chronicle"]]
    pieces += [p for i in gold["interpretations"] for p in [i["title"], i["unit"], *i["body"].split("\n")]]
    pieces += [a["person"] for a in gold["appointments"]] + [r["indicator"] for r in gold["statistics"]["rows"]]
    missing = [p for p in pieces if (_bare(p)[:10] if raw else _bare(p)) not in printed]
    assert not missing


@pytest.mark.parametrize("set_name, name", ISSUES)
def test_a_gold_scores_perfectly_against_itself(set_name, name):
    result = score.overall(score.score(_gold(set_name, name), _gold(set_name, name)))
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


def test_nothing_in_the_held_out_sets_imports_the_parser():
    for path in [p for folder in SETS.values() for p in folder.rglob("*.py")]:
        if path.name == "run.py":
            continue  # the one file that calls the parser, to score it
        source = path.read_text(encoding="utf-8")
        assert "from issues" not in source and "import issues" not in source, path

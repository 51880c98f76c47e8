"""Score a parsed issue against a hand-written gold file (both in the export_issue JSON schema).

    python bench/score.py GOLD.json EXPORT.json [--json]

Per kind of record: how many gold records were found (recall), how many found records are in the
gold (precision), and, over the matched pairs, how often each field is right. Records are matched
by what identifies them in print (a document by its doc number, else its title; an appointment by
person + action + position; …), tolerant of whitespace only. Text fields are compared after
whitespace normalisation; long bodies also get a character-level similarity.

This module imports nothing from `issues`: it must measure the parser, not share its code.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import dataclass, field

WHITESPACE = re.compile(r"\s+")  # any run of spaces, tabs, newlines, full-width spaces
# whitespace touching a CJK character or full-width punctuation carries no meaning in print:
# '温州市人民政府 关于…' and '“双公示” 制度' read as '温州市人民政府关于…' and '“双公示”制度'
CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014-\u201f\u2026\u00b7"
SPACE_BY_CJK = re.compile(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+")
SENTENCE_END = re.compile(r"(?<=[。；！？\n])")  # split a body into sentences for alignment
CHRONICLE_PREFIX = 12  # characters of text (spaces removed) that, with the date, identify an entry
LONG_TEXT = 200  # fields at least this long also get a character similarity


def squeeze(value: str) -> str:
    """The comparison form of a text field: no whitespace beside CJK, other runs one space, trimmed."""
    return WHITESPACE.sub(" ", SPACE_BY_CJK.sub("", value)).strip()


def bare(value) -> str:
    """All whitespace removed: the form in which identifying keys are compared."""
    return WHITESPACE.sub("", value or "")


# ------------------------------------------------------------------------------------------------
# The kinds of record, each with its key (what identifies it in print)
# ------------------------------------------------------------------------------------------------
def _document_key(record):
    return bare(record.get("doc_number")) or "title:" + bare(record.get("title"))


def _appointment_key(record):
    return (bare(record.get("person")), record.get("action"), bare(record.get("position")))


# A time of day opening a chronicle entry ('12月16日上午，…') belongs to the day marker in some golds and to the entry's
# text in others (and in the parser's output, which has no other field for it): neither loses it, so both are
# compared without it.
CHRONICLE_TIME_OF_DAY = re.compile(r"^\s*(?:上午|下午|中午|晚上|傍晚|早上|凌晨)\s*[，,]?")


def _chronicle_entries(export):
    return [{**entry, "text": CHRONICLE_TIME_OF_DAY.sub("", entry.get("text") or "")} for entry in export.get("chronicle", [])]


def _chronicle_key(record):
    return (record.get("date"), bare(record.get("text"))[:CHRONICLE_PREFIX])


def _toc_key(record):
    return bare(record.get("doc_number")) or "title:" + bare(record.get("title"))


KINDS = {
    # kind: (how to get its records out of an export, key of one record)
    "documents": (lambda e: e.get("documents", []), _document_key),
    "interpretations": (lambda e: e.get("interpretations", []), lambda r: bare(r.get("title"))),
    "appointments": (lambda e: e.get("appointments", []), _appointment_key),
    "news": (lambda e: e.get("news", []), lambda r: bare(r.get("title"))),
    "chronicle": (_chronicle_entries, _chronicle_key),
    "issued_list": (lambda e: e.get("issued_list", []), lambda r: bare(r.get("doc_number"))),
    "statistics": (lambda e: (e.get("statistics") or {}).get("rows", []), lambda r: bare(r.get("indicator"))),
    "toc": (lambda e: e.get("toc", []), _toc_key),
}
ISSUE_FIELDS = ["year", "issue_no", "total_no", "publish_date", "statistics.title", "statistics.producer"]
UNORDERED_FIELDS = {"cited_doc_numbers"}
# An issue field printed on the cover or masthead only: a source without its mark cannot give it (a raw extraction,
# a typesetting or a scan without the cover), so it is not compared, as a typesetting's own pages are not.
COVER_MARKS = {"total_no": "总第", "publish_date": "出版"}  # compared as a multiset: the order of first citation is no fact


# ------------------------------------------------------------------------------------------------
# Comparing values
# ------------------------------------------------------------------------------------------------
def same(field_name: str, gold, found) -> bool:
    if gold in (None, "") and found in (None, ""):
        return True  # nothing printed, whichever way a gold or an export writes it (doc_number "" or null)
    if isinstance(gold, str) or isinstance(found, str):
        return isinstance(gold, str) and isinstance(found, str) and squeeze(gold) == squeeze(found)
    if isinstance(gold, list) or isinstance(found, list):
        if not (isinstance(gold, list) and isinstance(found, list)):
            return False
        gold_items, found_items = [squeeze(str(v)) for v in gold], [squeeze(str(v)) for v in found]
        if field_name in UNORDERED_FIELDS:
            return sorted(gold_items) == sorted(found_items)
        return gold_items == found_items
    if isinstance(gold, float) or isinstance(found, float):
        return gold is not None and found is not None and abs(float(gold) - float(found)) < 1e-9
    return gold == found


def similarity(gold: str, found: str) -> float:
    """Character-level similarity of two long texts (whitespace ignored), 0..1.

    Aligns sentences first, then characters inside the sentences that differ, so a 20,000-character
    body costs milliseconds instead of a quadratic character diff.
    """
    gold_sentences = [bare(s) for s in SENTENCE_END.split(gold) if bare(s)]
    found_sentences = [bare(s) for s in SENTENCE_END.split(found) if bare(s)]
    total = sum(map(len, gold_sentences)) + sum(map(len, found_sentences))
    if total == 0:
        return 1.0
    matched = 0
    outline = difflib.SequenceMatcher(None, gold_sentences, found_sentences, autojunk=False)
    for tag, i1, i2, j1, j2 in outline.get_opcodes():
        if tag == "equal":
            matched += sum(map(len, gold_sentences[i1:i2]))
        elif tag == "replace":
            a, b = "".join(gold_sentences[i1:i2]), "".join(found_sentences[j1:j2])
            if len(a) * len(b) <= 4_000_000:
                matched += sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return 2 * matched / total


# ------------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------------
@dataclass
class KindScore:
    gold: int = 0
    found: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, compared]
    similarities: list[float] = field(default_factory=list)  # long text fields of matched records
    missing: list[str] = field(default_factory=list)  # keys of gold records not found
    extra: list[str] = field(default_factory=list)  # keys of found records not in the gold
    wrong: list[dict] = field(default_factory=list)  # {key, field, gold, found}

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def field_right(self) -> int:
        return sum(right for right, _ in self.fields.values())

    @property
    def field_compared(self) -> int:
        return sum(compared for _, compared in self.fields.values())

    @property
    def field_accuracy(self) -> float:
        return self.field_right / self.field_compared if self.field_compared else 1.0

    @property
    def mean_similarity(self) -> float | None:
        return sum(self.similarities) / len(self.similarities) if self.similarities else None

    def add(self, other: "KindScore") -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        for name, (right, compared) in other.fields.items():
            tally = self.fields.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += compared
        self.similarities += other.similarities
        self.missing += other.missing
        self.extra += other.extra
        self.wrong += other.wrong

    def to_json(self) -> dict:
        return {
            "gold": self.gold, "found": self.found, "matched": self.matched,
            "recall": round(self.recall, 4), "precision": round(self.precision, 4),
            "field_accuracy": round(self.field_accuracy, 4),
            "fields": {name: {"right": r, "compared": c} for name, (r, c) in sorted(self.fields.items())},
            "similarity": None if self.mean_similarity is None else round(self.mean_similarity, 4),
            "missing": self.missing, "extra": self.extra, "wrong": self.wrong,
        }


def _match(gold_records, found_records, key):
    """Pairs (gold, found) with equal keys, in printed order; a repeated key pairs up in turn."""
    waiting: dict = {}
    for record in found_records:
        waiting.setdefault(key(record), []).append(record)
    pairs, missing = [], []
    for record in gold_records:
        candidates = waiting.get(key(record))
        if candidates:
            pairs.append((record, candidates.pop(0)))
        else:
            missing.append(record)
    extra = [record for records in waiting.values() for record in records]
    return pairs, missing, extra


def score_kind(gold_records: list[dict], found_records: list[dict], key) -> KindScore:
    result = KindScore(gold=len(gold_records), found=len(found_records))
    pairs, missing, extra = _match(gold_records, found_records, key)
    result.matched = len(pairs)
    result.missing = [str(key(r)) for r in missing]
    result.extra = [str(key(r)) for r in extra]
    for gold, found in pairs:
        for name, gold_value in gold.items():
            found_value = found.get(name)
            right = same(name, gold_value, found_value)
            tally = result.fields.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += 1
            if not right:
                result.wrong.append({"key": str(key(gold)), "field": name, "gold": gold_value, "found": found_value})
            if isinstance(gold_value, str) and len(gold_value) >= LONG_TEXT:
                result.similarities.append(similarity(gold_value, found_value if isinstance(found_value, str) else ""))
    return result


def _issue_value(export: dict, name: str):
    if name.startswith("statistics."):
        return (export.get("statistics") or {}).get(name.split(".", 1)[1])
    return export.get(name)


def unprinted(text: str) -> frozenset:
    """The cover fields a source's text does not print: '总第N期' or '出版日期' absent."""
    return frozenset(name for name, mark in COVER_MARKS.items() if mark not in text)


def score_issue_fields(gold: dict, export: dict, unprinted: frozenset = frozenset()) -> KindScore:
    """`unprinted`: issue fields the source does not print at all (a raw extraction has no cover): not compared."""
    result = KindScore(gold=1, found=1, matched=1)
    for name in ISSUE_FIELDS:
        if name in unprinted:
            continue
        gold_value, found_value = _issue_value(gold, name), _issue_value(export, name)
        right = same(name, gold_value, found_value)
        result.fields[name] = [int(right), 1]
        if not right:
            result.wrong.append({"key": "issue", "field": name, "gold": gold_value, "found": found_value})
    return result


def score(gold: dict, export: dict, unprinted: frozenset = frozenset()) -> dict[str, KindScore]:
    """The score of one issue: the issue's own fields (those the source prints), then each kind of record."""
    scores = {"issue": score_issue_fields(gold, export, unprinted)}
    for kind, (records, key) in KINDS.items():
        scores[kind] = score_kind(records(gold), records(export), key)
    if not gold.get("toc"):
        scores["toc"] = KindScore()  # no printed TOC (a raw extraction): a derived one is not scored
    return scores


def combine(issue_scores: list[dict[str, KindScore]]) -> dict[str, KindScore]:
    total = {kind: KindScore() for kind in ["issue", *KINDS]}
    for scores in issue_scores:
        for kind, value in scores.items():
            total[kind].add(value)
    return total


def overall(scores: dict[str, KindScore]) -> KindScore:
    """Every record kind pooled (the issue's own fields count as fields only)."""
    pooled = KindScore()
    for kind, value in scores.items():
        if kind == "issue":
            for name, tally in value.fields.items():
                pooled.fields.setdefault("issue." + name, [0, 0])
                pooled.fields["issue." + name][0] += tally[0]
                pooled.fields["issue." + name][1] += tally[1]
        else:
            pooled.add(value)
    return pooled


# ------------------------------------------------------------------------------------------------
# Printing
# ------------------------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "   —  " if value is None else f"{value:6.3f}"


def table(scores: dict[str, KindScore], details: bool = True) -> str:
    lines = [f"{'kind':<16}{'gold':>6}{'found':>7}{'match':>7}{'recall':>8}{'precis.':>8}{'fields':>8}{'body~':>8}"]
    rows = [*scores.items(), ("OVERALL", overall(scores))]
    for kind, value in rows:
        lines.append(
            f"{kind:<16}{value.gold:>6}{value.found:>7}{value.matched:>7}{_pct(value.recall):>8}"
            f"{_pct(value.precision):>8}{_pct(value.field_accuracy):>8}{_pct(value.mean_similarity):>8}"
        )
    if details:
        lines.append("")
        lines.append("field accuracy over matched records (right/compared):")
        for kind, value in scores.items():
            weak = [f"{name} {r}/{c}" for name, (r, c) in sorted(value.fields.items()) if r < c]
            if weak:
                lines.append(f"  {kind}: " + ", ".join(weak))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("export")
    parser.add_argument("--json", action="store_true", help="machine-readable scores with every miss and wrong field")
    args = parser.parse_args(argv)
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    with open(args.export, encoding="utf-8") as f:
        export = json.load(f)
    scores = score(gold, export)
    if args.json:
        result = {kind: value.to_json() for kind, value in scores.items()}
        result["overall"] = overall(scores).to_json()
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Which rules a document amends (修改了), read from its title and body; and the rule a document is.

A document amends another in three printed forms:
  its title names it        温州市人民政府关于修改《温州市区经济适用住房管理办法》的决定
                            …关于修订《温州市药品零售（连锁）经营许可实施细则》部分条款的通知
  a clause names it         现将《…实施细则》（温市监〔2015〕52号）部分条款予以修订
                            《温州市…办法》第十条修改为“…”  ·  对市政府令第143号进行修订
  it is a revision          …关于印发温州市市长质量奖评审管理办法（2020年修订）的通知
                            温州市人民政府关于修订温州市市长质量奖评审管理办法的通知
Each gives doc numbers (when printed) and titles, the titles as rule names so that versions of
one rule across issues share a `rule_key`. Citing someone else's revised law ('根据《社会救助
暂行办法（2019年修订）》') amends nothing. Pure functions over plain strings: no database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from issues import numbers
from issues.parser import regexes

OPENING, CLOSING = "《〈<", "》〉>"
# A rule key is cut to fit a database index (the Document.rule_key column)
RULE_KEY_LENGTH = 200


@dataclass(frozen=True)
class Amendments:
    doc_numbers: list[str] = field(default_factory=list)  # as printed, without spaces
    titles: list[str] = field(default_factory=list)  # rule names, a revision's year left off


def amendments(title: str, paragraphs: list[str], exclude: set[str | None] = frozenset()) -> Amendments:
    """What a document amends: the numbers and rule names of its amending title, clauses and revision."""
    doc_numbers: list[str] = []
    titles: list[str] = []
    keys = {rule_key(rule_name(title))}  # never the document's own rule (a revision adds it below)
    seen_numbers = set(exclude)

    def add_title(name: str) -> None:
        key = rule_key(name)
        if key and key not in keys:
            keys.add(key)
            titles.append(rule_name(name))

    for name in amended_in_title(title):
        add_title(name)
    for clause in amending_clauses(paragraphs):
        for name in bracketed_names(clause):
            add_title(name)
        for number in _doc_numbers(clause):
            if numbers.doc_key(number) not in seen_numbers:
                seen_numbers.add(numbers.doc_key(number))
                doc_numbers.append(number)
    if is_revision(title):
        titles.append(rule_name(title))
    return Amendments(doc_numbers, titles)


def amended_in_title(title: str) -> list[str]:
    """'…关于修改《温州市区经济适用住房管理办法》的决定' -> ['温州市区经济适用住房管理办法']."""
    match = regexes.AMENDING_TITLE.search(_compact(title))
    return bracketed_names(match["named"]) if match else []


def amending_clauses(paragraphs: list[str]):
    """The clause of each sentence that amends: from its last comma up to '予以修订', '修改为', …"""
    for paragraph in paragraphs:
        if "\t" in paragraph:  # a table row
            continue
        for sentence in paragraph.replace("；", "。").split("。"):
            match = regexes.AMENDING_CLAUSE.search(sentence)
            if match:
                before = sentence[: match.start()]
                yield before[max(before.rfind("，"), before.rfind(","), before.rfind("：")) + 1 :]


def bracketed_names(text: str) -> list[str]:
    """The outermost 《…》 names, nested 〈…〉 kept: '《关于修订〈A〉的通知》和《B》' -> ['关于修订〈A〉的通知', 'B']."""
    names, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING:
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch in CLOSING and depth:
            depth -= 1
            if depth == 0 and i > start:
                names.append(text[start:i])
    return names


def _doc_numbers(clause: str) -> list[str]:
    from issues.parser.document_fields import cited_doc_numbers  # documents calls this module

    return cited_doc_numbers(clause)


def rule_name(title: str) -> str:
    """The rule a document is: a cover notice's enclosed rule, else its title; a revision's year left off.

    '温州市人民政府办公室关于印发温州市市长质量奖评审管理办法（2020年修订）的通知' -> '温州市市长质量奖评审管理办法'
    """
    name = _compact(title)
    enclosed = regexes.ENCLOSED_RULE.search(name)
    if enclosed:
        name = enclosed["rule"]
    if len(name) > 2 and name[0] in OPENING and name[-1] in CLOSING:
        name = name[1:-1]
    return regexes.REVISION_SUFFIX.sub("", name)


def is_revision(title: str) -> bool:
    """A document issuing a new version of a rule: '…（2020年修订）的通知', '关于修订…的通知'."""
    name = _compact(title)
    enclosed = regexes.ENCLOSED_RULE.search(name)
    if enclosed and enclosed["verb"] == "修订":
        return True
    rule = (enclosed["rule"] if enclosed else name).strip("《》〈〉")
    return bool(regexes.REVISION_SUFFIX.search(rule))


def rule_key(name: str) -> str:
    """A rule name for matching versions: NFKC, no spaces or title marks, its revision year left off."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", _compact(name)) if ch not in OPENING + CLOSING)
    return regexes.REVISION_SUFFIX.sub("", text)[:RULE_KEY_LENGTH]


def rule_key_of_title(title: str) -> str:
    """The rule_key of a document titled `title`: the key of the rule it is (Document.rule_key)."""
    return rule_key(rule_name(title))


def _compact(text: str) -> str:
    return "".join(text.split())

"""Policy interpretations (政策解读): title, the document explained, 解读单位, body.

A section is the title line ('《温州市医疗救助办法》政策解读', '《…（征求意见稿）》起草说明', '关于《…》的解读', '图解：…'),
the body, and the unit line at its end or under the title ('解读单位：温州市医疗保障局', '起草单位：…', '来源：…'). The
document explained is named in the title; `link` replaces the name by the doc number of the issue's document with that
title, when there is one.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from issues.parser import regexes
from issues.parser.documents import body_paragraphs, plain_lines
from issues.parser.records import ParsedDocument, ParsedInterpretation, TocEntry
from issues.parser.text import one_line_title, split_issuers

# '关于改革城乡最低生活保障标准调整机制的通知' names '…关于改革城乡居民最低生活保障标准调整机制的通知'
MIN_TITLE_SIMILARITY = 0.85
# The unit's line closes the text, a date or the interpreter's name and telephone line may follow it: '解读单位：…' '解读人：…' '联系电话：…'
UNIT_LINE_FROM_END = 3


def parse(lines: list[str], entry: TocEntry) -> ParsedInterpretation:
    lines = plain_lines(lines)
    title = entry.title or (one_line_title(lines[0]) if lines else "")
    unit, body = _unit(lines[_title_lines(lines, title) :])
    return ParsedInterpretation(
        title=title, interprets=named_title(title), unit=unit, body="\n".join(body_paragraphs(body))
    )


def _unit(lines: list[str]) -> tuple[str | None, list[str]]:
    """The unit that wrote it and the body without its line: under the title or at the end ('解读单位：…', '起草单位：…',
    '来源：…'); a line so worded inside the text is the text's."""
    ends = {n for n in (0, *range(len(lines) - UNIT_LINE_FROM_END, len(lines))) if 0 <= n < len(lines)}
    unit_at = next((n for n in sorted(ends, reverse=True) if regexes.INTERPRETATION_UNIT.match(lines[n])), None)
    if unit_at is None:
        return None, lines
    return regexes.INTERPRETATION_UNIT.match(lines[unit_at])["unit"].strip(), lines[:unit_at] + lines[unit_at + 1 :]


def _title_lines(lines: list[str], title: str) -> int:
    """How many lines the title is printed on (one, or two when it wraps)."""
    wanted, printed = "".join(title.split()), ""
    for count, line in enumerate(lines[:3]):
        printed += "".join(line.split())
        if not wanted.startswith(printed):
            return max(count, 1)
        if printed == wanted:
            return count + 1
    return 1


def named_title(title: str) -> str:
    """The title of the explained document as the interpretation names it: '《温州市医疗救助办法》政策解读' -> '温州市医疗救助办法'."""
    match = regexes.INTERPRETED_TITLE.search(title)
    if match:
        return match["title"]
    return regexes.INTERPRETATION_TITLE_WORDS.sub("", title).strip()


def link(interpretations: list[ParsedInterpretation], documents: list[ParsedDocument]) -> None:
    """Replace each named title by the doc number of the issue's document it names, when one matches and has a number (a
    call for comments on a draft prints none: its 起草说明 keeps the draft's name)."""
    for interpretation in interpretations:
        document = _explained_document(interpretation.interprets, documents)
        if document and document.doc_number:
            interpretation.interprets = document.doc_number


def _explained_document(name: str, documents: list[ParsedDocument]) -> ParsedDocument | None:
    best, best_score = None, MIN_TITLE_SIMILARITY
    for document in documents:
        score = max(_similarity(name, candidate) for candidate in _titles_of(document))
        if score >= best_score:
            best, best_score = document, score
    return best


def _titles_of(document: ParsedDocument) -> list[str]:
    """The names a document goes by: its title, without its issuer, and what it enclosed (印发…的通知)."""
    title = document.title
    issuers = split_issuers(title)
    without_issuer = title.split("关于", 1)[1] if issuers else title
    names = [title, "关于" + without_issuer if issuers else title]
    if without_issuer.startswith("印发") and without_issuer.endswith("的通知"):
        names.append(without_issuer.removeprefix("印发").removesuffix("的通知").strip("《》"))
    return names


def _similarity(a: str, b: str) -> float:
    a, b = "".join(a.split()), "".join(b.split())
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b).ratio()

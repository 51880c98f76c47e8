"""Policy interpretations (政策解读): title, the document explained, 解读单位, body.

A section is the title line ('《温州市医疗救助办法》政策解读'), the body, and the unit line at the
end ('解读单位：温州市医疗保障局'). The document explained is named in the title; `link` replaces
the name by the doc number of the issue's document with that title, when there is one.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from issues.parser import regexes
from issues.parser.documents import body_paragraphs, plain_lines
from issues.parser.records import ParsedDocument, ParsedInterpretation, TocEntry
from issues.parser.text import one_line_title, split_issuers

# '关于改革城乡最低生活保障标准调整机制的通知' names '…关于改革城乡居民最低生活保障标准调整机制的通知'
MIN_TITLE_SIMILARITY = 0.85


def parse(lines: list[str], entry: TocEntry) -> ParsedInterpretation:
    lines = plain_lines(lines)
    title = entry.title or (one_line_title(lines[0]) if lines else "")
    unit = None
    body = []
    for line in lines[_title_lines(lines, title) :]:
        match = regexes.INTERPRETATION_UNIT.match(line)
        if match:
            unit = match["unit"].strip()
        else:
            body.append(line)
    return ParsedInterpretation(
        title=title, interprets=named_title(title), unit=unit, body="\n".join(body_paragraphs(body))
    )


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
    return title.removesuffix("政策解读").removesuffix("的解读").strip()


def link(interpretations: list[ParsedInterpretation], documents: list[ParsedDocument]) -> None:
    """Replace each named title by the doc number of the issue's document it names, when one matches."""
    for interpretation in interpretations:
        document = _explained_document(interpretation.interprets, documents)
        if document:
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

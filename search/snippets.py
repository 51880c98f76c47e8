"""Result snippets: the best passage of a record's text, with the matched words marked.

Only a window around literal hits of the query is analysed (jieba costs about 5 µs a
character, too much for whole bodies on every result): find where the query's words occur,
pick the window holding the most of them, and mark the words there with the jieba analyzer,
so that what is marked is what the index matched (a word, or a sub-word of a longer one); words
marked side by side are one mark (a phrase reads as one).
Where no word is marked that way but what was typed occurs literally (a person's name that
jieba cuts differently in context: 倪士章任 -> 倪士 / 章任), the literal occurrences are marked.
"""

from __future__ import annotations

import re
from html import escape

from whoosh.highlight import HtmlFormatter, WholeFragmenter, highlight

from search.backend import ANALYZER
from search.segment import HALF_WIDTH

WIDTH = 120  # characters shown
LEAD = 24  # context kept before the first hit of the window
MAX_HITS_PER_NEEDLE = 40
ADJACENT_MARKS = re.compile(r"</mark><mark>")


class MarkFormatter(HtmlFormatter):
    """<mark>word</mark>, text HTML-escaped."""

    template = "<%(tag)s>%(t)s</%(tag)s>"

    def __init__(self):
        super().__init__(tagname="mark", between="…")


def snippet(text: str, terms: set[str], needles: list[str], width: int = WIDTH, literals: list[str] = ()) -> str:
    """HTML of the best `width`-character passage of `text`, `terms` (index tokens) marked.

    `needles` are the literal strings to look for (the query's words and phrases); without any
    hit the passage is the start of the text. `literals` (what was typed) are marked as they
    occur when no term could be.
    """
    if not text:
        return ""
    start, end = best_window(text, needles, width)
    window = " ".join(text[start:end].split())
    marked = highlight(window, terms, ANALYZER, WholeFragmenter(charlimit=None), MarkFormatter(), mode="index") \
        if terms else ""
    if "<mark>" not in marked:
        marked = mark_literals(window, literals)
    body = join_marks(marked) or escape(window, quote=False)
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


def join_marks(html: str) -> str:
    """Marks side by side as one: <mark>养老服务</mark>, not <mark>养老</mark><mark>服务</mark>."""
    return ADJACENT_MARKS.sub("", html)


def mark_literals(window: str, literals: list[str]) -> str:
    """The window HTML-escaped with each literal occurrence of `literals` marked ('' if none occurs)."""
    hits = literal_hits(window, literals)
    if not hits:
        return ""
    parts, done = [], 0
    for offset, needle in hits:
        if offset < done:  # overlaps the previous mark
            continue
        end = offset + len(needle)
        parts += [escape(window[done:offset], quote=False), f"<mark>{escape(window[offset:end], quote=False)}</mark>"]
        done = end
    return "".join(parts) + escape(window[done:], quote=False)


def best_window(text: str, needles: list[str], width: int) -> tuple[int, int]:
    """(start, end) of the passage holding the most (and longest) distinct needles."""
    hits = literal_hits(text, needles)
    if not hits:
        return 0, min(len(text), width)
    best_score, best_first = -1, 0
    right = 0
    for left, (offset, _) in enumerate(hits):
        right = max(right, left)
        while right + 1 < len(hits) and hits[right + 1][0] + len(hits[right + 1][1]) <= offset + width - LEAD:
            right += 1
        score = sum(len(n) for n in {needle for _, needle in hits[left:right + 1]})
        if score > best_score:
            best_score, best_first = score, offset
    start = max(0, best_first - LEAD)
    end = min(len(text), start + width)
    return max(0, end - width), end


def literal_hits(text: str, needles: list[str]) -> list[tuple[int, str]]:
    """(offset, needle) of each occurrence of the needles, at most MAX_HITS_PER_NEEDLE each, in order."""
    haystack = text.translate(HALF_WIDTH).lower()  # as the index sees it: ２０２０ is 2020
    if len(haystack) != len(text):  # rare characters whose lower case is longer
        haystack = text
    hits = []
    for needle in {n.lower() for n in needles if n and n.strip()}:
        offset, found = haystack.find(needle), 0
        while offset != -1 and found < MAX_HITS_PER_NEEDLE:
            hits.append((offset, needle))
            offset, found = haystack.find(needle, offset + len(needle)), found + 1
    return sorted(hits)

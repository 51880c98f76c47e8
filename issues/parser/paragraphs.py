"""The one paragraph joiner: lines in, paragraphs out, in time linear in the text.

Every place that glues lines a page or column break cut back into paragraphs (the clean text's
page-broken lines, a raw extraction's column lines, a record section's running text, back matter)
calls `join` with its own rule: "does this line continue that paragraph?". A rule sees only the
paragraph's end (`tail()`, its last line and its length), never re-reads the whole paragraph, and the
paragraph's pieces are joined once at the end: so a paragraph of 40,000 lines costs 40,000 steps,
not 40,000² (each `$`-anchored `.search()` over the growing paragraph used to try every position).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

Item = TypeVar("Item")

TAIL = 8  # characters of a paragraph's end a rule may look at: every end pattern spans at most 2


class Paragraph(Generic[Item]):
    """A paragraph being built: its first and last items, its text as pieces, its length and end."""

    __slots__ = ("first", "last", "items", "pieces", "length", "_end", "_space", "_space_length", "_found")

    def __init__(self, item: Item, piece: str):
        self.first = self.last = item
        self.items: list[Item] = []
        self.pieces: list[str] = []
        self.length = 0
        self._end = ""  # the last TAIL characters of the text without its trailing spaces
        self._space = ""  # the trailing spaces (at most TAIL of them)
        self._space_length = 0  # how many trailing spaces there are
        self._found: dict[re.Pattern, tuple[int, bool]] = {}
        self.add(item, piece)

    def add(self, item: Item, piece: str) -> None:
        self.last = item
        self.items.append(item)
        self.pieces.append(piece)
        self.length += len(piece)
        end = self._end + self._space + piece
        stripped = end.rstrip()
        self._end, self._space = stripped[-TAIL:], end[len(stripped) :][-TAIL:]
        kept = piece.rstrip()
        self._space_length = len(piece) - len(kept) + (0 if kept else self._space_length)

    @property
    def lines(self) -> int:
        return len(self.items)

    def tail(self) -> str:
        """The last TAIL characters of the text, trailing spaces removed: what end patterns search."""
        return self._end

    def ends_with(self, pattern: re.Pattern) -> bool:
        """`pattern` (anchored at `$`, at most TAIL characters long) matches the end of the text."""
        return bool(pattern.search(self._end))

    def stripped_length(self) -> int:
        """The length of the text without its trailing spaces."""
        return self.length - self._space_length

    def contains(self, pattern: re.Pattern) -> bool:
        """`pattern` is found inside one of the pieces (each piece is searched once, however often asked)."""
        checked, found = self._found.get(pattern, (0, False))
        for piece in self.pieces[checked:]:
            if found:
                break
            found = bool(pattern.search(piece))
        self._found[pattern] = (len(self.pieces), found)
        return found

    @property
    def text(self) -> str:
        return "".join(self.pieces)


def join(
    items: Iterable[Item],
    continues: Callable[[Paragraph[Item], Item], bool],
    *,
    first: Callable[[Item], str] = str,
    glued: Callable[[Paragraph[Item], Item], str] | None = None,
) -> list[Paragraph[Item]]:
    """Group items into paragraphs: an item joins the paragraph before when `continues` says so.

    `first(item)` is the text an item opens a paragraph with; `glued(paragraph, item)` the text it
    adds when it continues one (default: `first(item)`).
    """
    out: list[Paragraph[Item]] = []
    for item in items:
        if out and continues(out[-1], item):
            out[-1].add(item, glued(out[-1], item) if glued else first(item))
        else:
            out.append(Paragraph(item, first(item)))
    return out


def join_texts(
    lines: Iterable[str],
    continues: Callable[[Paragraph[str], str], bool],
    *,
    first: Callable[[str], str] = str,
    glued: Callable[[Paragraph[str], str], str] = lambda paragraph, line: line.strip(),
) -> list[str]:
    """`join` for plain text lines, giving the paragraphs' texts."""
    return [paragraph.text for paragraph in join(lines, continues, first=first, glued=glued)]

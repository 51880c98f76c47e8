"""The body of a document as blocks a template can show: headings, paragraphs, tables.

Bodies are plain text, one paragraph a line. Lines opening with an outline marker (第一章,
一、, （一）, 1.) become headings when they are short, so the structure shows as an outline;
article lines (第六条) keep their text but show the marker in bold with an anchor; runs of
tab-separated lines become a table. Doc numbers cited in the text are split out as segments
carrying the URL of the archived document, so the template can link them while escaping all text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from issues.parser import regexes

HEADING_KINDS = ("chapter", "cn", "paren", "arabic")  # outermost first
MAX_HEADING_CHARS = 40  # a longer numbered line is a paragraph that starts with a number
SENTENCE_ENDS = ("。", "；", ";")


@dataclass
class Segment:
    text: str
    url: str | None = None


@dataclass
class Block:
    kind: str  # heading | paragraph | table
    segments: list[Segment] = field(default_factory=list)
    marker: str = ""  # an article's 第六条, shown in bold
    outline: str = ""  # which outline kind a heading is (chapter, cn, paren, arabic)
    level: int = 0  # h3..h6 for headings
    anchor: str = ""
    rows: list[list[str]] = field(default_factory=list)  # tables: first row is the header

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


def link_numbers(text: str, links: dict[str, str]) -> list[Segment]:
    """Split `text` at every printed doc number in `links` (printed number -> URL)."""
    segments: list[Segment] = []
    rest = text
    while rest and links:
        found = [(rest.find(number), number) for number in links if number and number in rest]
        if not found:
            break
        start, number = min(found, key=lambda hit: (hit[0], -len(hit[1])))
        if start:
            segments.append(Segment(rest[:start]))
        segments.append(Segment(number, links[number]))
        rest = rest[start + len(number):]
    if rest:
        segments.append(Segment(rest))
    return segments


def blocks_of(body: str, links: dict[str, str] | None = None) -> list[Block]:
    """The body as headings, paragraphs and tables, with cited numbers linked."""
    links = links or {}
    blocks: list[Block] = []
    for line in body.splitlines():
        line = line.strip(" \u3000")
        if not line.strip():
            continue
        if "\t" in line:
            _add_table_row(blocks, line)
            continue
        blocks.append(_line_block(line, links))
    _number_headings(blocks)
    for i, block in enumerate(blocks, start=1):
        block.anchor = block.anchor or f"p{i}"
    return blocks


def _add_table_row(blocks: list[Block], line: str) -> None:
    cells = [cell.strip() for cell in line.split("\t")]
    if blocks and blocks[-1].kind == "table":
        blocks[-1].rows.append(cells)
    else:
        blocks.append(Block("table", rows=[cells]))


def _line_block(line: str, links: dict[str, str]) -> Block:
    match = regexes.BODY_OUTLINE_MARK.match(line)
    if not match:
        return Block("paragraph", link_numbers(line, links))
    kind = match.lastgroup
    if kind == "article":
        marker = match.group(0)
        return Block("paragraph", link_numbers(line[len(marker):], links), marker=marker)
    if kind == "chapter" or (len(line) <= MAX_HEADING_CHARS and not line.endswith(SENTENCE_ENDS)):
        return Block("heading", link_numbers(line, links), outline=kind)
    return Block("paragraph", link_numbers(line, links))


def _number_headings(blocks: list[Block]) -> None:
    """h3 for an outermost heading, one level deeper per heading it is nested in, so levels never skip.

    Nesting follows the kinds' order (第一章 > 一、 > （一） > 1.): a heading closes every open heading
    of its own kind or an inner one.
    """
    open_ranks: list[int] = []
    for block in blocks:
        if block.kind != "heading":
            continue
        rank = HEADING_KINDS.index(block.outline)
        while open_ranks and open_ranks[-1] >= rank:
            open_ranks.pop()
        block.level = min(3 + len(open_ranks), 6)
        open_ranks.append(rank)


def outline(blocks: list[Block]) -> list[Block]:
    """The headings of a body, for a table of contents beside long documents."""
    return [b for b in blocks if b.kind == "heading"]

"""Page furniture: running headers and footers set aside, and the printed page number read.

Furniture is not thrown away: its text stays on the page (Page.running) for the parser, which
reads an issue's identity from its running headers when the cover is a sheet printed apart.
Which printed forms are page numbers is the parser cleaner's one recogniser (clean.page_number).
"""

from __future__ import annotations

import statistics
from collections import Counter

from issues.parser import clean
from issues.pdf.pages import Page, Segment, body_size

HEADER_ZONE, FOOTER_ZONE = 0.15, 0.12  # running bands live in the top / bottom of the page
SAME_HEIGHT = 3.0  # points: a running band is printed at the same height on every page
SMALLER = 0.5  # points: running bands are set at least this much smaller than the text (print's sizes step by half
# a point: a 9-point header over 9.5- or 10-point text is smaller by less than a point)
SMALLER_SCANNED = 1.0  # points: the same, where sizes are read from a scan's boxes (they stray by a point)
SMALLER_INK = 0.06  # a scan's line whose ink stands this share lower than its text's is set smaller (boxes do not tell)


def find_furniture(pages: list[Page]) -> None:
    """Set running header and footer segments aside (Page.running); set each page's printed number.

    Furniture is the first or last baseline of a page, in the top or bottom zone. Text that recurs
    with the same words (digits aside) at the same height on several pages shows where the bands
    are: alternating headers recur on every other page, page numbers on all. Then whatever a page
    prints there is furniture too, so a header naming the current section, which recurs only on
    that section's pages, goes as well. Body text under a header is never on the first baseline,
    and the first line of a column changes from page to page, so it stays. The printed page number
    is the number in the band whose number changes from page to page ("·  37  ·", "— 37 —", "37").
    """
    counts = Counter(key for page in pages for key in {_furniture_key(s, page) for s in page.segments} if key)
    needed = max(2, len(pages) // 5)
    heights = {key[1] for key, count in counts.items() if count >= needed} | _small_print_heights(pages, needed)
    numbering = _numbering_keys(pages)
    for page in pages:
        kept = []
        for segment in page.segments:
            key = _furniture_key(segment, page)
            if key and key in numbering:
                page.printed_no = _number_in(segment.text)
            elif key and (number := clean.page_number(segment.text, in_running_band=True)) is not None:
                page.printed_no = number
            elif not key or (counts[key] < needed and not _in_band(segment.top, heights, page.jitter)):
                kept.append(segment)
            else:
                page.running.append(segment.text)
        page.segments = kept


def _in_band(top: float, heights: set[int], jitter: float) -> bool:
    """Whether a line at `top` stands at one of the bands' heights: in its rounding (a printed PDF's), or
    as far off as its page's jitter more (a scan's boxes stray: 2020-09's scan prints its section's header
    at 37.5 points on one page, its bands stand at 39)."""
    return round(top / SAME_HEIGHT) in heights or (
        jitter > 0 and any(abs(top - height * SAME_HEIGHT) <= SAME_HEIGHT / 2 + jitter for height in heights))


def _small_print_heights(pages: list[Page], needed: int) -> set[int]:
    """Heights where pages print a first or last line smaller than their text, in a running band.

    Headers that alternate (the gazette's name, then the issue's year and number) recur on every
    other page only: a short issue has too few pages to show them by their words, but they stand at
    one height in the band, set smaller than the text, on every page ('2016年第9期（总第153期）'); a 9-point header
    over 10-point text is smaller by a point only (an issue of three pages printed so lost its headers into its text).

    A scan's lines stray by its page's jitter: its headers stand within that of one height, not at one (a two-page
    scan's alternating headers 1.8 points apart, in two roundings), and their boxes are as high as the text's (an
    8.5-point header's box read 9.2 points, as the text's). Their ink is lower: an ideograph's ink stands nine tenths
    of its size, so a scan's line is smaller where its ink stands SMALLER_INK lower than the page's text's (held-out
    scans: 7.9 against 9.4 to 9.7), else by its size. Left in, a header was read into a chronicle entry running on
    over the page break.
    """
    found: list[tuple[float, float, bool]] = []  # (top, jitter, smaller)
    for page in pages:
        body = body_size(page.segments)
        smaller = SMALLER_SCANNED if page.jitter else SMALLER
        ink = _body_ink(page.segments, body) if page.jitter else None
        for segment in page.segments:
            if _furniture_key(segment, page):
                low = (segment.glyph <= (1 - SMALLER_INK) * ink if ink and segment.glyph
                       else segment.size <= body - smaller)
                found.append((segment.top, page.jitter, low))
    heights = set()
    for top, jitter, _ in found:
        band = [low for other, _, low in found if (abs(other - top) <= SAME_HEIGHT / 2 + jitter if jitter
                                                    else round(other / SAME_HEIGHT) == round(top / SAME_HEIGHT))]
        if len(band) >= needed and all(band):
            heights.add(round(top / SAME_HEIGHT))
    return heights


def _body_ink(segments: list[Segment], body: float) -> float | None:
    """How high the ink of a scan's text lines stands (the median of the lines in its text's size), None where untold."""
    glyphs = [s.glyph for s in segments if s.glyph is not None and abs(s.size - body) <= SMALLER_SCANNED]
    return statistics.median(glyphs) if glyphs else None


def _number_in(text: str) -> int | None:
    """The one number of a furniture line ("— 37 —"), None when it has none or several."""
    runs = "".join(ch if ch.isascii() and ch.isdigit() else " " for ch in text).split()
    return int(runs[0]) if len(runs) == 1 and len(runs[0]) <= 4 else None


def _numbering_keys(pages: list[Page]) -> set[tuple[str, int]]:
    """Furniture whose one number grows from page to page: the page numbers, in whatever form."""
    numbers: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for page in pages:
        for segment in page.segments:
            key = _furniture_key(segment, page)
            if key and (number := _number_in(segment.text)) is not None:
                numbers.setdefault(key, []).append((page.index, number))
    keys = set()
    for key, found in numbers.items():
        values = [number for _, number in sorted(found)]
        if len(values) >= 2 and all(a < b for a, b in zip(values, values[1:])):
            keys.add(key)
    return keys


def _furniture_key(segment: Segment, page: Page) -> tuple[str, int] | None:
    """Where and what a header or footer candidate is: its zone height and its words without digits."""
    if HEADER_ZONE * page.height <= segment.top <= (1 - FOOTER_ZONE) * page.height:
        return None
    first, last = page.baseline_range
    if segment.top - first > SAME_HEIGHT and last - segment.top > SAME_HEIGHT:
        return None
    words = "".join("#" if ch.isdigit() else ch for ch in segment.text if not ch.isspace())
    return words, round(segment.top / SAME_HEIGHT)



"""Lines of an issue as plain values: each knows its text, its printed page and its page in the file.

A reader gives lines (`from_text` for a text export, issues.pdf.extract_lines for a PDF); cleaning
learns the printed pages from the page-number lines and gives lines that carry them (clean.paged);
splitting and the checks read `line.page` where they need a page. No marker characters travel
inside the text. A page is a number from 1, or None when the text does not tell it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TEXT = "text"  # a printed line of the issue
PAGE_NUMBER = "page_number"  # a printed page number ('·  37  ·'), kept for the cleaner to read
# While cleaning runs: a page starts here (its `page` the printed number, None when the text does not
# tell it); clean.paged reads it into the page of each line after it, and drops it.
PAGE_BREAK = "page_break"
# While the raw-layout steps run: a line they have put in place (a title, a heading, a table row), which
# never joins a paragraph.
PLACED = "placed"
# A frame the raw-layout steps could not put where it belongs (a statistics table's title painted at a page's foot, its table
# on neither that page nor the next): it stands alone as a PLACED line does, no section reads it, and the checks quote it
# (checks.unplaced_frames) where it would have been spliced into a brief or a chronicle entry without a word.
UNPLACED = "unplaced"
STANDS_ALONE = (PLACED, UNPLACED)  # lines the column joiner never joins to another
RUNNING = "running"  # a running header or footer a reader set aside: identity reads it, cleaning never sees it

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    page: int | None = None  # the printed page it is on
    physical_page: int | None = None  # its page in the source file (a PDF's or a scan's), from 1
    kind: str = TEXT

    def __post_init__(self):
        for page in (self.page, self.physical_page):
            if page is not None and page < 1:
                raise ValueError(f"a page is None or from 1, not {page}")


def page_break(page: int | None = None, physical_page: int | None = None) -> Line:
    """A page starts here: printed page `page` (a count or a printed number: below 1 it is None)."""
    return Line("", page_of(page), physical_page, PAGE_BREAK)


def placed(text: str) -> Line:
    """A line put in place by the layout steps, stripped: it stands alone through the joining."""
    return Line(text.strip(), kind=PLACED)


def unplaced(text: str) -> Line:
    """A frame the layout could not place (UNPLACED), stripped."""
    return Line(text.strip(), kind=UNPLACED)


def in_flow(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines the sections read, and apart from them the frames the layout could not place (UNPLACED)."""
    return [line for line in lines if line.kind != UNPLACED], [line for line in lines if line.kind == UNPLACED]


def split_lines(text: str) -> list[str]:
    """Unify line endings and drop control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).split("\n")


def from_text(text: str) -> list[Line]:
    """A text export's lines: its pages are learned by cleaning, from the printed page numbers."""
    return [Line(text) for text in split_lines(text)]


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def printed_place(line: Line) -> tuple:
    """A printed line as every step knows it, whichever copy it holds (a raw extraction's sections hold stripped ones):
    its text, its page and its page in the file."""
    return line.text.strip(), line.page, line.physical_page


def printed(lines: list[Line]) -> list[Line]:
    """The lines of the issue's body: a reader's running headers and footers (RUNNING) left out."""
    return [line for line in lines if line.kind != RUNNING]


def physical_pages(lines: list[Line]) -> dict[int, int]:
    """Printed page -> the first page of the file it is printed on, as far as the reader knew them."""
    found: dict[int, int] = {}
    for line in lines:
        if line.page is not None and line.physical_page is not None:
            found.setdefault(line.page, line.physical_page)
    return found


def page_of(number: int | None) -> int | None:
    """A page from a count or a printed number: None below 1 (a page before the first is no page)."""
    return number if number is not None and number >= 1 else None


def first_page(lines: list[Line]) -> int | None:
    """The page the first of these lines is on; when its own page is not known, the page before the
    first line whose page is (a section that begins at the foot of an unnumbered page)."""
    for i, line in enumerate(lines):
        if line.page is not None:
            return line.page if i == 0 else page_of(line.page - 1)
    return None

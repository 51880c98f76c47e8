"""The text of a printed issue's PDF, in the reading order of the print (pdfplumber).

The gazette is printed in two columns under running headers, with page numbers at the foot,
document title blocks and tables across the page width. pdfplumber's own extract_text()
interleaves the two columns line by line; this package reads the characters' positions instead,
one step per module:

  files.py       what is refused unread (check_file), and every page read (read_pages)
  glyphs.py      glyphs to line geometry: characters on one baseline grouped into Segments
  tables.py      ruled tables and tables without rules, as tab-separated rows
  furniture.py   running headers and footers set aside, the printed page number read
  gutters.py     the gutter between a page's two columns
  columns.py     the bands and reading order of each page (OCR's word boxes too)
  paragraphs.py  lines joined back into paragraphs, as the parser's lines
  pages.py       the plain values the steps pass on (Segment, Page, Line, Limits)

Recognising what a line says (letter-spaced column labels, day markers, page-number forms) is
the parser's cleaner's work; this package only keeps each printed line whole, as its own line.

Output contract (the text parser reads it like a text export): one paragraph per line; a table
row as its cells joined by tabs; no running headers or page numbers, but before the first
paragraph that starts on a printed page a line "·  N  ·" with the PRINTED page number (the
parser's clean.mark_page_numbers turns it into a page mark). A paragraph that runs over a page
break stays whole and belongs to the page it starts on. extract_lines also gives the running
headers and footers, after the body, as lines of kind RUNNING: the parser reads the issue's
identity from them (a cover printed apart leaves them the only place it is named) and cleans
the rest without them.
"""

from __future__ import annotations

from issues import pdf_losses
from issues.parser import lines as parser_lines
from issues.pdf.columns import Area, read_page, reading_order, text_area
from issues.pdf.gutters import find_gutter
from issues.pdf.files import check_file, read_pages, read_range_of_file, require_text
from issues.pdf.furniture import FOOTER_ZONE, HEADER_ZONE, find_furniture
from issues.pdf.glyphs import segments_of
from issues.pdf.pages import Limits, Line, Page, PageProgress, Segment, TableRows
from issues.pdf.paragraphs import paragraph_lines, paragraphs
from issues.pdf.tables import find_unruled_tables

__all__ = [
    "FOOTER_ZONE", "HEADER_ZONE", "Area", "Limits", "Line", "Page", "Segment", "TableRows", "check_file",
    "compose", "extract", "extract_lines", "extract_lines_with_losses", "extract_text", "extract_with_losses",
    "find_furniture", "find_gutter", "find_unruled_tables", "lines_of", "paragraph_lines", "paragraphs",
    "read_page", "read_pages", "read_range_of_file", "reading_order", "require_text", "segments_of", "text_area",
]


def extract_text(data: bytes, progress: PageProgress | None = None, workers: int = 1, limits: Limits = Limits()) -> str:
    """The text of a gazette PDF (see the package docstring); IngestError for unreadable files.

    progress(pages read, pages in the file) is called as the pages are read, after every page;
    workers and limits as for read_pages (the caller decides: ingest passes the settings).
    """
    return extract(data, progress, workers, limits)[0]


def extract(data: bytes, progress: PageProgress | None = None, workers: int = 1,
            limits: Limits = Limits()) -> tuple[str, dict[int, int]]:
    """The text, and which page of the file (from 1) each printed page number is on.

    The second is what a link into the kept PDF needs ("source.pdf#page=N" opens the file's Nth
    page, which is not the printed page N: the cover and contents come first).
    """
    return extract_with_losses(data, progress, workers, limits)[:2]


def extract_with_losses(data: bytes, progress: PageProgress | None = None, workers: int = 1,
                        limits: Limits = Limits()) -> tuple[str, dict[int, int], list[dict]]:
    """As extract, and the loss warnings of what the reader could not read or place (pdf_losses)."""
    pages = read_pages(data, workers=workers, progress=progress, limits=limits)
    text = compose(pages)
    physical: dict[int, int] = {}
    for page in pages:
        if page.printed_no is not None:
            physical.setdefault(page.printed_no, page.index + 1)
    return text, physical, pdf_losses.warnings_of(pages)


def compose(pages: list[Page]) -> str:
    """Reading order and paragraphs of pages read by read_pages (OCR's pages too)."""
    return "\n".join(paragraphs(reading_order(pages))) + "\n"


def extract_lines(data: bytes, progress: PageProgress | None = None, workers: int = 1,
                  limits: Limits = Limits()) -> list[parser_lines.Line]:
    """The paragraphs of extract_text as the parser's lines: each knows its printed page and the page
    of the file it starts on; the page-number line opening each printed page is kept for the cleaner,
    and the running headers and footers follow the body (kind RUNNING)."""
    return extract_lines_with_losses(data, progress, workers, limits)[0]


def extract_lines_with_losses(data: bytes, progress: PageProgress | None = None, workers: int = 1,
                              limits: Limits = Limits()) -> tuple[list[parser_lines.Line], list[dict]]:
    """As extract_lines, and the loss warnings of what the reader could not read or place (pdf_losses)."""
    pages = read_pages(data, workers=workers, progress=progress, limits=limits)
    found = lines_of(pages)
    return found, pdf_losses.warnings_of(pages)


def lines_of(pages: list[Page]) -> list[parser_lines.Line]:
    """The lines of pages read by read_pages (see extract_lines)."""
    body = paragraph_lines(reading_order(pages))
    running = [parser_lines.Line(text, parser_lines.page_of(page.printed_no), page.index + 1, parser_lines.RUNNING)
               for page in pages for text in page.running]
    return body + running

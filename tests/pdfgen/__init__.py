"""Print a fixture issue as a gazette PDF, typeset the way printers set it, to test the PDF reader.

No real PDF of an issue is available to the tests, so this module typesets the fixture texts as a
typesetter would, and the tests read them back. It imports nothing from `issues` (a test checks
that): what it decides about the text (what is a heading, a title block, a signature) it decides
with its own small rules, so the reader is not tested against the parser's own idea of the text.
A wrong guess here only changes how a line looks; the export must come back the same anyway.

What the print has, in one layout or another (see LAYOUTS):
- the gazette's faces: Song for body text, Hei for headings and titles, Kai for documents (Debian's
  only FangSong, cwTeX, is a traditional-Chinese set missing 678 of the fixtures' characters; the Song
  and Kai sets miss 6, which are set in Hei, as a typesetter falls back on another face);
- a cover, a one-column table of contents with the pages the documents were printed on;
- two justified columns (an off-centre gutter in one layout), a two-character first-line indent,
  reflowed so lines break anywhere; columns balanced above a full-width block;
- section headings larger, in Hei, letter-spaced, centred across the page or over a column;
  numbered headings in Hei or faux bold (overprinted a hair apart); news titles centred in a column,
  on two lines when long, or on the lines they were first printed on (a deliberate break); chronicle
  day markers ("5日") in Hei, flush left; signatures and dates set right, the statistics producer
  line right under its table;
- document title blocks (code, title in a larger size on one or two centred lines, doc number)
  across the page width, or at the foot of the document's first page (as in 2020-09);
- mirrored margins (the text block moves outward on odd pages); one document set in one column
  among two-column pages;
- running headers that alternate, and that name the current section; page numbers as "·  N  ·" or
  "— N —";
- briefs set as papers set them (layout `press`): a kicker over the title, a subtitle and a byline (■记者 …) in Kai
  under it, the dateline (本报讯) in bold, a photograph's caption centred, credit lines set right; a brief's title
  kept in one column with its first lines;
- briefs' titles and kickers set across the page over their text's two columns, as papers set a lead brief
  (Layout.headlines, a variant of any layout);
- tables with ruled cells (wrapped cell text, split across pages) or without rules (columns
  aligned by white space) where each row fits on one line.

Also the bad files: an image-only scan, an encrypted file, a truncated or garbled file, a PDF with
only vector drawings, a ZIP archive, a PDF of too many pages, a content stream that inflates hugely.

    python -m tests.pdfgen fixtures/issues/2020-06.txt out.pdf [--layout kai-unruled]

The package: layouts (the page and the variations), manuscript (reading the text), unwrap (a hard-wrapped
copy of a print, 2020-09, read back into its paragraphs; its steps in copy_lines, moved_titles and
column_headings), fonts (faces, widths, line breaks), flow (columns), printer (typesetting an issue), tables (its
tables), files (simple and bad files).
"""

from tests.pdfgen.files import (  # noqa: F401 (the tests' and benches' imports)
    encrypted_pdf, garbled, inflating_pdf, many_pages_pdf, one_page_pdf, placed_pdf, scanned_pdf, short_issue_pdf,
    truncated, vector_only_pdf, zip_named_pdf,
)
from tests.pdfgen.fonts import FACES, FONT, register_font, register_fonts  # noqa: F401
from tests.pdfgen.layouts import LAYOUTS, Layout, Printed  # noqa: F401
from tests.pdfgen.printer import issue_pdf  # noqa: F401

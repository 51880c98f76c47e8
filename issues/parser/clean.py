"""Structural cleaning: raw issue lines in, clean lines out.

Each step is small and named, takes lines.Line values and returns them, and is tested on its own.
Cleaning shapes the stored text (page-broken lines re-joined, running headers and page
numbers dropped, Markdown debris removed); it never changes characters: stored text keeps
the printed 〔〕 and full-width punctuation (character normalisation is only for keys).

While the steps run, a printed page number becomes a page break (lines.PAGE_BREAK: page 37 starts
here). The last step (`paged`) reads the breaks into the page each line knows, and drops them.
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import paragraphs, regexes
from issues.parser.lines import PAGE_BREAK, TEXT, UNPLACED, Line, from_text, page_break
from issues.parser.heading_pieces import join_split_headings
from issues.parser.table_cells import join_split_rows


def strip_trailing_space(lines: list[Line]) -> list[Line]:
    return [replace(line, text=line.text.rstrip()) for line in lines]


def drop_markdown_emphasis(lines: list[Line]) -> list[Line]:
    """'第**11**期（总第219期）' -> '第11期（总第219期）'."""
    return [replace(line, text=line.text.replace("**", "")) if "**" in line.text else line for line in lines]


def mark_page_numbers(lines: list[Line]) -> list[Line]:
    """'·    37    ·' -> a break to page 37 (the page number heads the page it opens)."""
    return page_numbers_to_breaks(lines, offset=0)


def page_numbers_to_breaks(lines: list[Line], offset: int, *, in_running_band: bool = False) -> list[Line]:
    """Replace printed page-number lines by breaks to page N + offset.

    offset 0: the number heads the page it opens (text exports, PDFs); offset 1: it is a footer
    that closes its page, so the next page starts there (the raw two-column extraction).
    in_running_band: the lines stand in a page's header band, where a bare '3' is its number too.
    """
    out = []
    for line in lines:
        number = page_number(line.text, in_running_band=in_running_band) if line.kind != PAGE_BREAK else None
        out.append(page_break(number + offset, line.physical_page) if number is not None else line)
    return out


def page_number(line: str, *, in_running_band: bool = False) -> int | None:
    """The printed page number a line is, in the forms issues print, else None: the one recogniser
    of page-number forms ('·  37  ·', '— 3 —', '第3页'; the PDF reader asks it too).

    in_running_band: the line stands alone in a page's header or footer band, where a bare '37' is
    a page number too (in running text a bare number is a table cell or a count).
    """
    match = regexes.PAGE_NUMBER_LINE.match(line) or (in_running_band and regexes.PAGE_NUMBER_BARE.match(line))
    return int(match["page"]) if match else None


def drop_running_headers(lines: list[Line]) -> list[Line]:
    """Drop '温州市人民政府公报（总第217期）' running headers (identity reads them before cleaning)."""
    return [line for line in lines if not regexes.RUNNING_HEADER.match(line.text)]


def drop_blank_lines(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.kind == PAGE_BREAK or line.text.strip()]


def join_broken_lines(lines: list[str], min_length: int = 16) -> list[str]:
    """Re-join a paragraph that a page or column break cut, mid-sentence or mid-word.

    A line is glued to the next when it does not end a sentence, is long enough to be running
    text (titles and signatures are short), and the next line does not start a new unit
    ('一、', '（二）', '第三条', '△'). A line ending in '，' or '、' always continues;
    tab-separated table rows never join. Section parsers call this on their own lines, after taking
    out what must stay separate (title blocks, signatures).
    '毕' + '业生和16-24岁失业青年。' -> '毕业生和16-24岁失业青年。'
    """
    return paragraphs.join_texts(lines, lambda paragraph, line: _continues(paragraph, line, min_length))


def _continues(paragraph: paragraphs.Paragraph[str], line: str, min_length: int) -> bool:
    previous, line = paragraph.last.rstrip(), line.strip()  # the paragraph's last line
    if not previous or not line:
        return False
    if "\t" in previous or "\t" in line:  # a table row is never a broken sentence
        return False
    if paragraph.ends_with(regexes.OPEN_LINE_END) and not line.startswith("△"):  # '…17.秋田犬、' + '18.阿富汗猎犬…'
        return True
    if paragraph.ends_with(regexes.COMPLETE_LINE_END) or regexes.STRUCTURAL_START.match(line):
        return False
    return paragraph.stripped_length() >= min_length


CLEANING_STEPS = [
    strip_trailing_space,
    drop_markdown_emphasis,
    mark_page_numbers,
    drop_running_headers,
    drop_blank_lines,
    join_split_rows,  # a table alone in a raw extraction reads as text: its cells cut over lines (table_cells.py)
    join_split_headings,  # '政务' + '简讯': a column heading printed over two lines is one (heading_pieces.py)
]


def run_steps(steps, lines: list[Line]) -> list[Line]:
    """Apply cleaning steps in order (each list[Line] -> list[Line])."""
    for step in steps:
        lines = step(lines)
    return lines


def clean_lines(lines: list[Line]) -> list[Line]:
    return run_steps(CLEANING_STEPS, lines)


def cleaned_texts(text: str) -> list[str]:
    """The cleaned lines of a text export, as plain texts (their pages left out)."""
    return [line.text for line in paged(clean_lines(from_text(text)))]


def paged(cleaned: list[Line], physical_pages: dict[int, int] | None = None) -> list[Line]:
    """Cleaned lines with the page breaks read into each line's page (a break without a number: page
    unknown), and their page in the file when the reader knew it (printed page -> file page)."""
    out: list[Line] = []
    page = None
    for line in cleaned:
        if line.kind == PAGE_BREAK:
            page = line.page
        else:
            kind = UNPLACED if line.kind == UNPLACED else TEXT  # a frame the layout could not place stays apart from the text
            out.append(Line(line.text, page, (physical_pages or {}).get(page) if page is not None else None, kind))
    return out

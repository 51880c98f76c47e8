"""Structural cleaning: raw issue text in, a list of clean lines out.

Each step is small and named, takes lines and returns lines, and is tested on its own.
Cleaning shapes the stored text (page-broken lines re-joined, running headers and page
numbers dropped, Markdown debris removed); it never changes characters: stored text keeps
the printed 〔〕 and full-width punctuation (character normalisation is only for keys).

While the steps run, page numbers travel as marker lines: PAGE_MARK + "37" ("\f37") means printed
page 37 starts here. The last step (`paged`) turns them into what each line knows: lines.Line values
carrying their page, with no marker left.
"""

from __future__ import annotations

from issues.parser import paragraphs, regexes
from issues.parser.lines import Line, page_of, split_lines

PAGE_MARK = "\f"
# A line the raw-layout steps have put in place (a title, a heading, a table row): it never joins a
# paragraph. split_lines drops control characters from the input, so neither mark can clash.
STANDALONE = "\v"

def strip_trailing_space(lines: list[str]) -> list[str]:
    return [line.rstrip() for line in lines]


def drop_markdown_emphasis(lines: list[str]) -> list[str]:
    """'第**11**期（总第219期）' -> '第11期（总第219期）'."""
    return [line.replace("**", "") if "**" in line else line for line in lines]


def mark_page_numbers(lines: list[str]) -> list[str]:
    """'·    37    ·' -> '\\f37' (a page mark the section parsers read)."""
    return page_numbers_to_marks(lines, offset=0)


def page_numbers_to_marks(lines: list[str], offset: int) -> list[str]:
    """Replace printed page-number lines by page marks for page N + offset.

    offset 0: the number heads the page it opens (text exports, PDFs); offset 1: it is a footer
    that closes its page, so the next page starts there (the raw two-column extraction).
    """
    out = []
    for line in lines:
        match = regexes.PAGE_NUMBER_LINE.match(line)
        out.append(f"{PAGE_MARK}{int(match['page']) + offset}" if match else line)
    return out


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期）' running headers (identity reads them before cleaning)."""
    return [line for line in lines if not regexes.RUNNING_HEADER.match(line)]


def drop_blank_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def join_broken_lines(lines: list[str], min_length: int = 16) -> list[str]:
    """Re-join a paragraph that a page or column break cut, mid-sentence or mid-word.

    A line is glued to the next when it does not end a sentence, is long enough to be running
    text (titles and signatures are short), and the next line does not start a new unit
    ('一、', '（二）', '第三条', '△', a page mark). A line ending in '，' or '、' always continues;
    tab-separated table rows never join. Section parsers call this on their own lines, after taking
    out what must stay separate (title blocks, signatures).
    '毕' + '业生和16-24岁失业青年。' -> '毕业生和16-24岁失业青年。'
    """
    return paragraphs.join_texts(lines, lambda paragraph, line: _continues(paragraph, line, min_length))


def _continues(paragraph: paragraphs.Paragraph[str], line: str, min_length: int) -> bool:
    previous, line = paragraph.last.rstrip(), line.strip()  # the paragraph's last line
    if not previous or not line or paragraph.first.startswith(PAGE_MARK) or line.startswith(PAGE_MARK):
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
]


def run_steps(steps, lines: list[str]) -> list[str]:
    """Apply cleaning steps in order (each list[str] -> list[str])."""
    for step in steps:
        lines = step(lines)
    return lines


def clean_lines(lines: list[str]) -> list[str]:
    return run_steps(CLEANING_STEPS, lines)


def clean_text(text: str) -> list[str]:
    """The cleaned lines of a text export, as plain texts (their pages left out)."""
    return [line.text for line in paged(clean_lines(split_lines(text)))]


def paged(marked: list[str], physical_pages: dict[int, int] | None = None) -> list[Line]:
    """Cleaned lines with their page marks read into each line's page (a bare mark: page unknown),
    and their page in the file when the reader knew it (printed page -> file page)."""
    out: list[Line] = []
    page = None
    for text in marked:
        if text.startswith(PAGE_MARK):
            number = text[len(PAGE_MARK) :]
            page = page_of(int(number)) if number.isdigit() else None
        else:
            out.append(Line(text, page, (physical_pages or {}).get(page) if page is not None else None))
    return out


def standalone(text: str) -> str:
    """A line put in place by a layout step, kept apart from the paragraphs around it until the last step."""
    return STANDALONE + text.strip()

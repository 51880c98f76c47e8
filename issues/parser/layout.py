"""Layout of a raw two-column PDF extraction (the 2020-09 shape): raw lines in, clean lines out.

In such a text every printed column line is a line of its own, with a blank line after it. What
the extraction did to the page, and the step that undoes it:

- a page footer '·    28    ·' closes page 28; the running header after it opens page 29
  ('温州市人民政府公报（总第217期）', '2020年第9 期文件发布')        -> mark_page_footers, drop_running_headers
- any other page break shows as a line that starts with a space right after a text line,
  with no blank line between them                                    -> mark_page_breaks, number_page_breaks
- what is printed across the top of a page (a document's title block, a section heading, an
  interpretation's title) comes out at the END of that page, or in the middle of its text
                                                                     -> move_title_blocks, move_headings_to_page_top
- paragraphs are cut every ~20 characters, words included            -> join_column_lines
- justification spreads short lines: '（ 十 六 ） 其 他 安 置 房'     -> collapse_spacing

The steps take and give lines.Line values. Page breaks are the shared ones of clean.py (a
lines.PAGE_BREAK line: printed page 29 starts here; its page None when the text cannot tell it).
Lines that must stay on their own through the joining (titles, headings, signatures, table rows)
are lines.PLACED while the steps run; the last step makes them text again.
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import clean, regexes
from issues.parser.columns import join_column_lines, width
from issues.parser.dates import in_digits
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, page_break, placed
from issues.parser.title_block import TitleBlock, content_lines, read_printed


# Widths in half-width units (columns.width: a Chinese character is 2). A full column line is ~40.
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction
PAGE_LINES = 160  # more column lines than a page holds (two columns of ~35, a title block)


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    column = sum(1 for line in content if 20 <= width(line) <= COLUMN_LINE)
    return column / len(content) >= RAW_SHAPE_SHARE


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[Line]) -> list[Line]:
    """'·    28    ·' -> a break to page 29: a footer closes its page, so the next page starts there."""
    return clean.page_numbers_to_breaks(lines, offset=1)


def drop_running_headers(lines: list[Line]) -> list[Line]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯' and '2020年第9 期文件发布' (identity read them already)."""
    return [line for line in clean.drop_running_headers(lines) if not regexes.RAW_ISSUE_HEADER.match(line.text)]


def mark_page_breaks(lines: list[Line]) -> list[Line]:
    """Put a page break without a number before each page top: the first line, and a line starting
    with a space that directly follows a text line (column lines are otherwise always blank-separated)."""
    out: list[Line] = []
    previous = None  # the line before, blank or not
    last_content = None  # the last non-blank line
    for line in lines:
        if line.kind != PAGE_BREAK and line.text.strip():
            first = last_content is None
            page_top = (previous is not None and previous.kind != PAGE_BREAK and previous.text.strip()
                        and line.text.startswith(" "))
            if first or page_top:
                out.append(page_break())
        out.append(line)
        previous = line
        if line.kind == PAGE_BREAK or line.text.strip():
            last_content = line
    return _merge_adjacent_breaks(out)


def _merge_adjacent_breaks(lines: list[Line]) -> list[Line]:
    """Two breaks with only blank lines between are one page top; keep the numbered one."""
    out: list[Line] = []
    last_break = None
    for line in lines:
        if line.kind == PAGE_BREAK:
            if last_break is not None:
                if line.page is not None:
                    out[last_break] = line
                continue
            last_break = len(out)
        elif line.text.strip():
            last_break = None
        out.append(line)
    return out


def number_page_breaks(lines: list[Line]) -> list[Line]:
    """Number the breaks without a number by counting page breaks from the printed footers.

    Between two footers the count must agree with both, else those breaks stay without a number:
    the text gives no sure page there. Before the first and after the last footer, counting goes on.
    """
    marks = [i for i, line in enumerate(lines) if line.kind == PAGE_BREAK]
    numbers: list[int | None] = [lines[i].page for i in marks]
    anchors = [k for k, n in enumerate(numbers) if n is not None]
    if not anchors:
        return lines
    filled = list(numbers)
    for k in range(anchors[0]):
        filled[k] = numbers[anchors[0]] - (anchors[0] - k)
    for a, b in zip(anchors, anchors[1:]):
        if numbers[b] - numbers[a] == b - a:
            for k in range(a + 1, b):
                filled[k] = numbers[a] + (k - a)
    for k in range(anchors[-1] + 1, len(marks)):
        filled[k] = numbers[anchors[-1]] + (k - anchors[-1])
    out = list(lines)
    for i, number in zip(marks, filled):
        out[i] = page_break(number, lines[i].physical_page)
    return out


# --- lines that stand alone --------------------------------------------------------------------


def mark_standalone_lines(lines: list[Line]) -> list[Line]:
    """Signatures printed flush right, addressee lines, table rows and issued-list rows never join
    a paragraph."""
    out = []
    for line in lines:
        text = line.text.strip()
        keep = text and line.kind == TEXT and (
            regexes.RIGHT_ALIGNED.match(line.text)
            or regexes.STATISTICS_ROW.match(line.text)
            or regexes.ISSUED_ROW.match(text)
            or regexes.STATISTICS_TITLE.match(text)
            or regexes.STATISTICS_PRODUCER.match(text)
            or regexes.ADDRESSEE_LINE.match(text)
        )
        out.append(placed(text) if keep else line)
    return out


def unmark_standalone_lines(lines: list[Line]) -> list[Line]:
    return [replace(line, kind=TEXT) if line.kind == PLACED else line for line in lines]


# --- title blocks --------------------------------------------------------------------------------


def move_title_blocks(lines: list[Line]) -> list[Line]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[Line] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        target = block.start if _addressees_follow(lines, block) else _document_start(lines, cursor, block.start)
        enclosed = _enclosed_title(lines, block)
        out += lines[cursor:target] + [placed(text) for text in block.clean_lines()] + lines[target:block.start]
        if enclosed:
            e_start, e_end, title = enclosed
            out += [placed(title)] + lines[block.end:e_start]
            cursor = e_end
        else:
            cursor = block.end
    return out + lines[cursor:]


def _next_title_block(lines: list[Line], cursor: int) -> TitleBlock | None:
    for i, text in content_lines(lines, cursor):
        if text and (block := read_printed(lines, i)):
            return block
    return None


def _addressees_follow(lines: list[Line], block: TitleBlock) -> bool:
    """The block is where it belongs: its addressee line follows it ('市级各有关单位：'), as when a notice
    begins under the signature of the one before on the same page."""
    text = next((text for _, text in content_lines(lines, block.end)), None)
    return bool(text) and bool(regexes.ADDRESSEES_LINE.match(text)) and not regexes.STRUCTURAL_START.match(text)


def _document_start(lines: list[Line], floor: int, block_start: int) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor."""
    page_top = None
    for i in range(block_start - 1, floor - 1, -1):
        text = lines[i].text.strip()
        if regexes.ADDRESSEE_LINE.match(text):
            return i
        if page_top is None and lines[i].kind == PAGE_BREAK:
            page_top = i + 1
    return page_top if page_top is not None else floor


def _enclosed_title(lines: list[Line], block: TitleBlock) -> tuple[int, int, str] | None:
    """The enclosed document's title (one to three lines) before the next page break."""
    match = regexes.ENCLOSED_TITLE.match(block.title)
    if not match:
        return None
    wanted = match["enclosed"].strip("《》")
    found = []
    for i, text in content_lines(lines, block.end):
        if len(found) > PAGE_LINES or (text is None and lines[i].kind == PAGE_BREAK):
            break
        if text is not None:
            found.append((i, text))
    for k in range(len(found)):
        joined = ""
        for m in range(k, min(k + 3, len(found))):
            joined += "".join(found[m][1].split())
            if joined == wanted:
                return found[k][0], found[m][0] + 1, joined
            if not wanted.startswith(joined):
                break
    return None


# --- headings ------------------------------------------------------------------------------------


def move_headings_to_page_top(lines: list[Line]) -> list[Line]:
    """Move section headings ('9月份市政府人事任免', '机构人事', '政 务 简 讯') and interpretation
    titles out of the text they interrupt, to the top of their page: category label first."""
    headings: dict[int, list[str]] = {}  # page-top index -> headings to put there
    drop: set[int] = set()
    page_top = None
    for i, line in enumerate(lines):
        if line.kind == PAGE_BREAK:
            page_top = i
            continue
        found = _heading_at(lines, i)
        if found is None or page_top is None:
            continue
        text, used = found
        drop.update(used)
        at_top = headings.setdefault(_section_top(lines, page_top), [])
        if text not in at_top:
            at_top.append(text)
    out = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        out.append(line)
        if i in headings:
            ordered = sorted(headings[i], key=lambda text: not regexes.CATEGORY_HEADING.match(text))
            out += [placed(text) for text in ordered]
    return out


def _section_top(lines: list[Line], page_top: int) -> int:
    """Where a heading of the page goes: the page top, or, when a document's title block was moved there,
    after that document's signature date on the page (the section follows the document it closes)."""
    if page_top + 1 >= len(lines) or lines[page_top + 1].kind != PLACED:
        return page_top
    for i in range(page_top + 1, len(lines)):
        if lines[i].kind == PAGE_BREAK:
            break
        if regexes.DATE_LINE.match(in_digits("".join(lines[i].text.split()))):
            return i
    return page_top


def _heading_at(lines: list[Line], i: int) -> tuple[str, list[int]] | None:
    text = lines[i].text.strip()
    if not text or lines[i].kind == PLACED:
        return None
    compact = "".join(text.split())
    if regexes.CATEGORY_HEADING.match(compact) or regexes.MONTH_HEADING.match(compact):
        return compact, [i]
    if regexes.INTERPRETATION_TITLE.match(text):
        return compact, [i]
    if regexes.INTERPRETATION_TITLE_HEAD.match(text):
        following = next(((j, t) for j, t in content_lines(lines, i + 1) if t is not None), None)
        if following and regexes.INTERPRETATION_TITLE_TAIL.match(following[1]):
            return compact + "".join(following[1].split()), [i, following[0]]
    return None


def collapse_spacing(lines: list[Line]) -> list[Line]:
    """'（ 十 六 ） 其 他 安 置 房' -> '（十六）其他安置房'; a wide gap -> one space."""
    out = []
    for line in lines:
        if line.kind == PAGE_BREAK:
            out.append(line)
            continue
        text = regexes.LETTER_SPACED_RUN.sub(lambda m: "".join(m.group(0).split()), line.text)
        out.append(replace(line, text=regexes.WIDE_GAP.sub(" ", text)))
    return out


LAYOUT_STEPS = [
    mark_page_footers,
    drop_running_headers,
    mark_page_breaks,
    number_page_breaks,
    mark_standalone_lines,
    move_title_blocks,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[Line]) -> list[Line]:
    return clean.run_steps(LAYOUT_STEPS, lines)

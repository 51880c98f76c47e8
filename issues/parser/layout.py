"""Layout of a raw two-column PDF extraction (the 2020-09 shape): raw lines in, clean lines out.

In such a text every printed column line is a line of its own, with a blank line after it. What
the extraction did to the page, and the step that undoes it:

- a page footer '·    28    ·' closes page 28; the running header after it opens page 29
  ('温州市人民政府公报（总第217期）', '2020年第9 期文件发布'); some PDFs give a page's header and
  number first, so a number under nothing but its header heads its page  -> mark_page_footers, drop_running_headers
- any other page break shows as a line that starts with a space right after a text line,
  with no blank line between them                                    -> mark_page_breaks, number_page_marks
- what is printed across the top of a page (a document's title block, a section heading, an
  interpretation's title) comes out at the END of that page, or in the middle of its text
                                     -> frames.join_cut_title_blocks, frames.move_title_blocks, move_headings_to_page_top
- paragraphs are cut every ~20 characters, words included            -> join_column_lines
- justification spreads short lines: '（ 十 六 ） 其 他 安 置 房'     -> collapse_spacing

Page marks are the shared ones of clean.py: PAGE_MARK + '29' means printed page 29 starts here;
a mark whose number the text cannot tell stays a bare PAGE_MARK. Lines that must stay on their
own through the joining (titles, headings, signatures, table rows) carry a STANDALONE prefix
while the steps run; the last step removes it.
"""

from __future__ import annotations

from issues.parser import clean, kinds, regexes
from issues.parser.clean import PAGE_MARK, STANDALONE, standalone
from issues.parser.columns import join_column_lines, width
from issues.parser.dates import in_digits
from issues.parser.frames import join_cut_title_blocks, move_title_blocks
from issues.parser.title_block import content_lines


# Widths in half-width units (columns.width: a Chinese character is 2). A full column line is ~40.
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction
RAW_SHAPE_SHARE_PAGED = 0.45  # the same, when its pages show (chronicle markers and headings are short lines)


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    share = sum(1 for line in content if 20 <= width(line) <= COLUMN_LINE) / len(content)
    return share >= RAW_SHAPE_SHARE or share >= RAW_SHAPE_SHARE_PAGED and _printed_pages(lines, content)


def _printed_pages(lines: list[str], content: list[str]) -> bool:
    """The marks of a PDF's pages: pdftotext's page join (a line starting with a space right after a text
    line), or a page number among the first lines (its margin boxes extracted first)."""
    joined = any(a.strip() and b.startswith(" ") and b.strip() for a, b in zip(lines, lines[1:]))
    return joined or any(regexes.PAGE_NUMBER_LINE.match(line) for line in content[:3])


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[str]) -> list[str]:
    """'·    28    ·' -> '\\f29': a footer closes its page, so the next page starts there. Some PDFs
    give a page's margin boxes first: its running header, then its number, then its columns
    (' 2021年第3期' + '· 4 ·'); a number under nothing but the page's header heads its page."""
    out = []
    headers_only = True  # since the page top, only running headers (the text's start is a page top)
    headers = 0  # how many
    previous = ""
    for line in lines:
        match = regexes.PAGE_NUMBER_LINE.match(line)
        if match:
            heads = headers_only and headers > 0
            out.append(f"{PAGE_MARK}{int(match['page']) + (0 if heads else 1)}")
            headers_only = False
        else:
            out.append(line)
            if line.strip():
                if previous.strip() and line.startswith(" "):
                    headers_only, headers = True, 0  # a page break: the line after a text line starts with a space
                headers_only = headers_only and _is_running_header(line)
                headers += 1
        previous = line
    return out


def _is_running_header(line: str) -> bool:
    text = line.strip()
    return any(pattern.match(text) for pattern in (regexes.RUNNING_HEADER, regexes.RAW_ISSUE_HEADER,
                                                    regexes.LOOSE_RUNNING_HEADER))


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯', '2020年第9 期文件发布' and the headers of other wordings
    ('温州市人民政府公报', ' 2021年第3期') (identity read them already)."""
    return [line for line in lines if line.startswith(PAGE_MARK) or not _is_running_header(line)]


def mark_page_breaks(lines: list[str]) -> list[str]:
    """Put a bare page mark before each page top: the first line, and a line starting with a space
    that directly follows a text line (column lines are otherwise always blank-separated)."""
    out: list[str] = []
    previous = ""  # the line before, blank or not
    last_content = None  # the last non-blank line
    for line in lines:
        if line.strip() and not line.startswith(PAGE_MARK):
            first = last_content is None
            page_top = previous.strip() and line.startswith(" ") and not previous.startswith(PAGE_MARK)
            if first or page_top:
                out.append(PAGE_MARK)
        out.append(line)
        previous = line
        if line.strip():
            last_content = line
    return _merge_adjacent_marks(out)


def _merge_adjacent_marks(lines: list[str]) -> list[str]:
    """Two marks with only blank lines between are one page top; keep the numbered one."""
    out: list[str] = []
    last_mark = None
    for line in lines:
        if line.startswith(PAGE_MARK):
            if last_mark is not None:
                if len(line) > 1:
                    out[last_mark] = line
                continue
            last_mark = len(out)
        elif line.strip():
            last_mark = None
        out.append(line)
    return out


def number_page_marks(lines: list[str]) -> list[str]:
    """Number bare marks by counting page breaks from the printed footers.

    Between two footers the count must agree with both, else those marks stay bare: the text
    gives no sure page there. Before the first and after the last footer, counting goes on.
    """
    marks = [i for i, line in enumerate(lines) if line.startswith(PAGE_MARK)]
    numbers: list[int | None] = [int(lines[i][1:]) if lines[i][1:].isdigit() else None for i in marks]
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
        out[i] = f"{PAGE_MARK}{number}" if number and number > 0 else PAGE_MARK
    return out


# --- lines that stand alone --------------------------------------------------------------------


def mark_standalone_lines(lines: list[str]) -> list[str]:
    """Signatures printed flush right, addressee lines, table rows and issued-list rows never join
    a paragraph."""
    out = []
    for line in lines:
        text = line.strip()
        keep = text and not line.startswith(PAGE_MARK) and (
            regexes.RIGHT_ALIGNED.match(line)
            or regexes.STATISTICS_ROW.match(line)
            or regexes.ISSUED_ROW.match(text)
            or regexes.STATISTICS_TITLE.match(text)
            or regexes.STATISTICS_PRODUCER.match(text)
            or regexes.ADDRESSEE_LINE.match(text)
        )
        out.append(standalone(text) if keep else line)
    return out


def unmark_standalone_lines(lines: list[str]) -> list[str]:
    return [line[1:] if line.startswith(STANDALONE) else line for line in lines]


# --- headings ------------------------------------------------------------------------------------


def move_headings_to_page_top(lines: list[str]) -> list[str]:
    """Move section headings ('9月份市政府人事任免', '机构人事', '政 务 简 讯') and interpretation
    titles out of the text they interrupt, to the top of their page: category label first. A section's
    own title printed in place in the columns ('1月份市政府记事' after the last line of what comes before)
    stays, and its category's heading, painted after the page's columns, goes right before it."""
    headings: dict[int, list[str]] = {}  # page-top index -> headings to put there
    before: dict[int, list[str]] = {}  # a section title in place -> its category heading
    drop: set[int] = set()
    page_top = None
    for i, line in enumerate(lines):
        if line.startswith(PAGE_MARK):
            page_top = i
            continue
        found = _heading_at(lines, i)
        if found is None or page_top is None:
            continue
        text, used = found
        if _titles_in_place(lines, page_top).get(text) == i:
            continue  # the section's title where its section begins
        drop.update(used)
        titled = _titles_in_place(lines, page_top).get(kinds.heading_category(text)) if regexes.CATEGORY_HEADING.match(text) else None
        placed = before.setdefault(titled, []) if titled is not None else headings.setdefault(_section_top(lines, page_top), [])
        if text not in placed:
            placed.append(text)
    out = []
    for i, line in enumerate(lines):
        out += [standalone(text) for text in before.get(i, [])]
        if i in drop:
            continue
        out.append(line)
        if i in headings:
            ordered = sorted(headings[i], key=lambda text: not regexes.CATEGORY_HEADING.match(text))
            out += [standalone(text) for text in ordered]
    return out


def _titles_in_place(lines: list[str], page_top: int) -> dict:
    """The section titles ('1月份市政府记事') a page prints in its columns where their section begins (at
    the page's top or after a line that closes what came before): by their text and by their category."""
    found: dict = {}
    previous = None
    for i in range(page_top + 1, len(lines)):
        if lines[i].startswith(PAGE_MARK):
            break
        if not lines[i].strip():
            continue
        text = "".join(lines[i].split())
        if not lines[i].startswith(STANDALONE) and regexes.MONTH_HEADING.match(text) \
                and (previous is None or _closes(previous)):
            found.setdefault(text, i)
            found.setdefault(kinds.heading_category(text), i)
        previous = lines[i]
    return found


def _section_top(lines: list[str], page_top: int) -> int:
    """Where a heading of the page goes: the page top, or, when a document's title block was moved there,
    after that document's signature date on the page (the section follows the document it closes)."""
    first = next((i for i in range(page_top + 1, len(lines)) if lines[i].strip()), None)
    if first is None or not lines[first].startswith(STANDALONE):
        return page_top
    for i in range(page_top + 1, len(lines)):
        if lines[i].startswith(PAGE_MARK):
            break
        if regexes.DATE_LINE.match(in_digits("".join(lines[i].lstrip(STANDALONE).split()))):
            return i
    return page_top


def _closes(line: str) -> bool:
    """A line that ends what comes before a section: a full stop, or a signature's date (not a colon:
    '市人民政府决定：' goes on after the heading that interrupts it)."""
    text = "".join(line.lstrip(STANDALONE).split())
    return text.rstrip("”’」』").endswith(("。", "！", "？")) or bool(regexes.DATE_LINE.match(in_digits(text)))


def _heading_at(lines: list[str], i: int) -> tuple[str, list[int]] | None:
    text = lines[i].strip()
    if not text or lines[i].startswith(STANDALONE):
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


def collapse_spacing(lines: list[str]) -> list[str]:
    """'（ 十 六 ） 其 他 安 置 房' -> '（十六）其他安置房'; a wide gap -> one space."""
    out = []
    for line in lines:
        if line.startswith(PAGE_MARK):
            out.append(line)
            continue
        line = regexes.LETTER_SPACED_RUN.sub(lambda m: "".join(m.group(0).split()), line)
        out.append(regexes.WIDE_GAP.sub(" ", line))
    return out


LAYOUT_STEPS = [
    mark_page_footers,
    drop_running_headers,
    mark_page_breaks,
    number_page_marks,
    mark_standalone_lines,
    join_cut_title_blocks,
    move_title_blocks,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[str]) -> list[str]:
    return clean.run_steps(LAYOUT_STEPS, lines)

"""Layout of a raw two-column PDF extraction (the 2020-09 shape): raw lines in, clean lines out.

In such a text every printed column line is a line of its own, with a blank line after it. What
the extraction did to the page, and the step that undoes it:

- a page footer '·    28    ·' closes page 28; the running header after it opens page 29
  ('温州市人民政府公报（总第217期）', '2020年第9 期文件发布'); a typesetter's PDF may give a page's
  margin boxes first, its header then its number ('2017年第2期' + '— 4 —')
                                                                     -> mark_page_footers, drop_running_headers
- any other page break shows as a line that starts with a space right after a text line,
  with no blank line between them                                    -> mark_page_breaks, number_page_marks
- what is printed across the columns (a document's title block, a section heading, an
  interpretation's title) is painted as a frame after the page's columns: it comes out at the END of
  that page (a title block cut by a page break, at the end of two), or in the middle of its text
                       -> join_cut_title_blocks, move_title_blocks (painted_title_blocks.py),
                          move_headings_to_page_top (painted_headings.py)
- a brief's title with a dash subtitle is as wide as a column line     -> mark_subtitled_titles
- paragraphs are cut every ~20 characters, words included            -> join_column_lines
- justification spreads short lines: '（ 十 六 ） 其 他 安 置 房'     -> collapse_spacing

Page marks are the shared ones of clean.py: PAGE_MARK + '29' means printed page 29 starts here;
a mark whose number the text cannot tell stays a bare PAGE_MARK. Lines that must stay on their
own through the joining (titles, headings, signatures, table rows) carry a STANDALONE prefix
while the steps run; the last step removes it.
"""

from __future__ import annotations

from issues.parser import clean, regexes
from issues.parser.clean import PAGE_MARK, STANDALONE, standalone
from issues.parser.columns import join_column_lines, width
from issues.parser.painted_headings import dated, move_headings_to_page_top
from issues.parser.painted_title_blocks import join_cut_title_blocks, move_title_blocks


# Widths in half-width units (columns.width: a Chinese character is 2). A full column line is ~40.
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    column = sum(1 for line in content if 20 <= width(line) <= COLUMN_LINE)
    return column / len(content) >= RAW_SHAPE_SHARE


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[str]) -> list[str]:
    """'·    28    ·' -> '\\f29': a footer closes its page, so the next page starts there. A typesetter's PDF
    may give a page's margin boxes first: its running header opens the page and its number follows it
    (' 2017年第2期' + '— 4 —' + the page's text); that number heads the page it is on, so it marks page 4."""
    out = []
    previous, top = "", False  # the last non-blank line, and whether it opened a page (or the text)
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        opens_page = not previous or (line.startswith(" ") and not line.startswith(PAGE_MARK))
        header_first = top and _is_running_header(previous)
        out += clean.page_numbers_to_marks([line], offset=0 if header_first else 1)
        previous, top = line, opens_page
    return out


def _is_running_header(line: str) -> bool:
    text = line.strip()
    return bool(regexes.RUNNING_HEADER.match(text) or regexes.RAW_ISSUE_HEADER.match(text)
                or regexes.LOOSE_RUNNING_HEADER.match(text) or _plain_header(text))


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯' and '2020年第9 期文件发布' (identity read them already), and
    the plain '2022年第10期' or '温州市人民政府公报' next to a page number (a header of either order: footer
    then header, or header then number); left in, a page break inside a paragraph glues it to the text."""
    kept = [line for line in clean.drop_running_headers(lines) if not regexes.RAW_ISSUE_HEADER.match(line)]
    content = [i for i, line in enumerate(kept) if line.strip()]
    beside_number = set()
    for before, at, after in zip([None] + content, content, content[1:] + [None]):
        if any(k is not None and kept[k].startswith(PAGE_MARK) for k in (before, after)):
            beside_number.add(at)
    return [line for i, line in enumerate(kept) if i not in beside_number or not _plain_header(line)]


def _plain_header(line: str) -> bool:
    text = line.strip()
    return bool(regexes.ISSUE_ONLY_HEADER.match(text) or regexes.GAZETTE_NAME_LINE.match(text))


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


def mark_subtitled_titles(lines: list[str]) -> list[str]:
    """A brief's title over two lines whose second is a dash subtitle ('市政府常务会议召开' +
    '——研究部署“双节”期间重点工作等'), over its dated first line: both stand alone. A subtitle is as wide
    as a column line may be, so joining by width would glue it to the date line after it."""
    content = [i for i, line in enumerate(lines) if line.strip() and not line.startswith((PAGE_MARK, STANDALONE))]
    marked = set()
    for before, at, after in zip(content, content[1:], content[2:]):
        text = lines[at].strip()
        if (regexes.SUBTITLE_LINE.match(text) and not regexes.SENTENCE_END.search(text) and dated(lines[after])
                and not regexes.SENTENCE_END.search(lines[before].strip())):
            marked.update((before, at))
    return [standalone(line) if i in marked else line for i, line in enumerate(lines)]


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
    mark_subtitled_titles,
    join_cut_title_blocks,
    move_title_blocks,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[str]) -> list[str]:
    return clean.run_steps(LAYOUT_STEPS, lines)

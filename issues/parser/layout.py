"""Layout of a raw two-column PDF extraction (the 2020-09 shape): raw lines in, clean lines out.

In such a text every printed column line is a line of its own, with a blank line after it. What
the extraction did to the page, and the step that undoes it:

- a page footer '·    28    ·' closes page 28; the running header after it opens page 29
  ('温州市人民政府公报（总第217期）', '2020年第9 期文件发布')        -> mark_page_footers, drop_running_headers
- any other page break shows as a line that starts with a space right after a text line,
  with no blank line between them                                    -> mark_page_breaks, number_page_marks
- what is printed across the top of a page (a document's title block, a section heading, an
  interpretation's title) comes out at the END of that page, or in the middle of its text
                                                                     -> move_title_blocks, move_headings_to_page_top
- paragraphs are cut every ~20 characters, words included            -> join_column_lines
- justification spreads short lines: '（ 十 六 ） 其 他 安 置 房'     -> collapse_spacing

Page marks are the shared ones of clean.py: PAGE_MARK + '29' means printed page 29 starts here;
a mark whose number the text cannot tell stays a bare PAGE_MARK. Lines that must stay on their
own through the joining (titles, headings, signatures, table rows) carry a STANDALONE prefix
while the steps run; the last step removes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from issues.parser import clean, paragraphs, regexes
from issues.parser.clean import PAGE_MARK

STANDALONE = "\v"  # split_lines drops control characters from the input, so this cannot clash

# Widths in half-width units (a Chinese character is 2). A full column line is ~40; the first
# line of a paragraph is indented by two characters (~36); a heading or a paragraph's last line
# is shorter still.
SHORT_LINE = 34  # a line narrower than this ends its paragraph (unless punctuation says more)
INDENTED_LINE = 37  # after a finished sentence, a line this narrow is the indented start of a new paragraph
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction
PAGE_LINES = 160  # more column lines than a page holds (two columns of ~35, a title block)


def width(text: str) -> int:
    """Printed width in half-width units: Chinese characters and full-width punctuation, the quotes
    “” included, count 2. Their GBK byte length is exactly that, and fast to get."""
    return len(text.strip().encode("gbk", errors="replace"))


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    column = sum(1 for line in content if 20 <= width(line) <= COLUMN_LINE)
    return column / len(content) >= RAW_SHAPE_SHARE


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[str]) -> list[str]:
    """'·    28    ·' -> '\\f29': a footer closes its page, so the next page starts there."""
    return clean.page_numbers_to_marks(lines, offset=1)


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯' and '2020年第9 期文件发布' (identity read them already)."""
    return [line for line in clean.drop_running_headers(lines) if not regexes.RAW_ISSUE_HEADER.match(line)]


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
        out.append(_standalone(text) if keep else line)
    return out


def _standalone(text: str) -> str:
    return STANDALONE + text.strip()


def unmark_standalone_lines(lines: list[str]) -> list[str]:
    return [line[1:] if line.startswith(STANDALONE) else line for line in lines]


# --- title blocks --------------------------------------------------------------------------------


@dataclass
class TitleBlock:
    """A document's title block as printed, in any order: ZJCC code, doc number, issuer, title lines."""

    start: int  # index of its first line
    end: int  # index after its last line
    registration_code: str | None
    issuer: str
    title: str  # the title lines joined, without the issuer: '关于…的意见'
    doc_number: str

    def clean_lines(self) -> list[str]:
        """The block in the order of the clean fixtures: ZJCC code, issuer, title, doc number."""
        return ([self.registration_code] if self.registration_code else []) + [self.issuer, self.title, self.doc_number]


def move_title_blocks(lines: list[str]) -> list[str]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[str] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        target = _document_start(lines, cursor, block.start)
        enclosed = _enclosed_title(lines, block)
        out += lines[cursor:target] + [_standalone(text) for text in block.clean_lines()] + lines[target:block.start]
        if enclosed:
            e_start, e_end, title = enclosed
            out += [_standalone(title)] + lines[block.end:e_start]
            cursor = e_end
        else:
            cursor = block.end
    return out + lines[cursor:]


def _content(lines: list[str], start: int):
    """(index, stripped text) of the lines from start, blank ones skipped; (index, None) for a page
    mark or a line already put in place."""
    for i in range(start, len(lines)):
        if lines[i].startswith((PAGE_MARK, STANDALONE)):
            yield i, None
        elif text := lines[i].strip():
            yield i, text


def _next_title_block(lines: list[str], cursor: int) -> TitleBlock | None:
    for i, text in _content(lines, cursor):
        if text and (block := read_title_block(lines, i)):
            return block
    return None


def _opens_title_block(text: str) -> bool:
    return bool(regexes.REGISTRATION_CODE_FULL.match(text) or regexes.DOC_NUMBER_FULL.match("".join(text.split()))
                or regexes.ISSUER_LINE.match(text))


def read_title_block(lines: list[str], start: int) -> TitleBlock | None:
    """The title block starting at start, if one does: its fields may come in any order, the
    title (after the issuer) over up to four lines."""
    if not _opens_title_block(lines[start].strip()):
        return None
    code = number = issuer = None
    title: list[str] = []
    end = start
    for i, text in _content(lines, start):
        if text is None:
            break
        if code is None and not (number or issuer) and regexes.REGISTRATION_CODE_FULL.match(text):
            code = text
        elif number is None and regexes.DOC_NUMBER_FULL.match("".join(text.split())):
            number = text
        elif issuer is None and not title and regexes.ISSUER_LINE.match(text):
            issuer = text
        elif issuer and (title or regexes.TITLE_START.match(text)) and not _title_done(title) and len(title) < 4:
            title.append(text)
        else:
            break
        end = i + 1
    if not (number and issuer and _title_done(title)):
        return None
    return TitleBlock(start, end, code, issuer, "".join("".join(title).split()), "".join(number.split()))


def _title_done(title: list[str]) -> bool:
    return bool(title) and bool(regexes.TITLE_END.search("".join(title).strip()))


def _document_start(lines: list[str], floor: int, block_start: int) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor."""
    page_top = None
    for i in range(block_start - 1, floor - 1, -1):
        text = lines[i].strip()
        if regexes.ADDRESSEE_LINE.match(text):
            return i
        if page_top is None and lines[i].startswith(PAGE_MARK):
            page_top = i + 1
    return page_top if page_top is not None else floor


def _enclosed_title(lines: list[str], block: TitleBlock) -> tuple[int, int, str] | None:
    """The enclosed document's title (one to three lines) before the next page break."""
    match = regexes.ENCLOSED_TITLE.match(block.title)
    if not match:
        return None
    wanted = match["enclosed"].strip("《》")
    found = []
    for i, text in _content(lines, block.end):
        if len(found) > PAGE_LINES or (text is None and lines[i].startswith(PAGE_MARK)):
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


def move_headings_to_page_top(lines: list[str]) -> list[str]:
    """Move section headings ('9月份市政府人事任免', '机构人事', '政 务 简 讯') and interpretation
    titles out of the text they interrupt, to the top of their page: category label first."""
    headings: dict[int, list[str]] = {}  # page-top index -> headings to put there
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
        drop.update(used)
        placed = headings.setdefault(page_top, [])
        if text not in placed:
            placed.append(text)
    out = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        out.append(line)
        if i in headings:
            ordered = sorted(headings[i], key=lambda text: not regexes.CATEGORY_HEADING.match(text))
            out += [_standalone(text) for text in ordered]
    return out


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
        following = next(((j, t) for j, t in _content(lines, i + 1) if t is not None), None)
        if following and regexes.INTERPRETATION_TITLE_TAIL.match(following[1]):
            return compact + "".join(following[1].split()), [i, following[0]]
    return None


# --- paragraphs ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _ColumnLine:
    """A content line of the column text, with what joining it needs to know."""

    line: str
    glued: bool  # no blank line before it: running text, or the second line of a heading
    page: int  # the count of page marks before it
    flow: bool  # its page is running text, not columns
    marks: list[str]  # the page marks just before it


def join_column_lines(lines: list[str]) -> list[str]:
    """Re-join column lines into paragraphs, one per line; blank lines go.

    On a page of column lines (blank-separated), a line continues the paragraph unless it starts
    a new unit, or the line before is short, or the line before finished a sentence and either
    was itself short or this one is indented; a line indented under the one before
    ('　　　   目录') continues it. On a page of
    running text (lines with no blank between: photo captions, articles), a line continues while
    it follows with no blank; a blank line or a page break ends the paragraph. A page mark inside
    a paragraph moves after it.
    """
    items, trailing_marks = _column_lines(lines)
    out: list[str] = []
    carried: list[str] = []  # marks met inside the paragraph before: they go after it
    for paragraph in paragraphs.join(items, _continues_paragraph, first=_opening, glued=_glued):
        out += carried + paragraph.first.marks
        out.append(paragraph.text)
        carried = [mark for item in paragraph.items[1:] for mark in item.marks]
    return out + carried + trailing_marks


def _column_lines(lines: list[str]) -> tuple[list[_ColumnLine], list[str]]:
    """The content lines with their page, flow and the marks before each; the marks after the last."""
    flow = _flow_pages(lines)
    items: list[_ColumnLine] = []
    marks: list[str] = []
    page = 0
    blank_before = True
    for line in lines:
        if line.startswith(PAGE_MARK):
            marks.append(line)
            page += 1
            blank_before = True
        elif not line.strip():
            blank_before = True
        else:
            items.append(_ColumnLine(line, not blank_before, page, flow.get(page, False), marks))
            marks, blank_before = [], False
    return items, marks


def _continues_paragraph(paragraph: paragraphs.Paragraph[_ColumnLine], item: _ColumnLine) -> bool:
    last = paragraph.last
    closed = paragraph.lines > 1 and last.glued and not last.flow  # a heading printed on two lines
    running_text_page_ends = item.page != last.page and (item.flow or last.flow)
    if closed or running_text_page_ends:
        return False
    return _continues(last.line, item.line, item.glued, item.flow, paragraph.lines == 1)


def _opening(item: _ColumnLine) -> str:
    return item.line if item.line.startswith(STANDALONE) else item.line.strip()


def _glued(paragraph: paragraphs.Paragraph[_ColumnLine], item: _ColumnLine) -> str:
    """Join without a space, except where the line had a trailing space between two words
    ('《财政部 ' + '税务总局 发展改革委…')."""
    last_line, tail = paragraph.last.line, item.line.strip()
    spaced = last_line != last_line.rstrip() and _wordlike(paragraph.tail()[-1:]) and _wordlike(tail[:1])
    return (" " if spaced else "") + tail


def _flow_pages(lines: list[str]) -> dict[int, bool]:
    """Pages whose lines mostly follow each other with no blank line: running text, not columns.

    Lines the steps before put in place (STANDALONE: titles, headings, table rows) do not count."""
    glued: dict[int, int] = {}
    spaced: dict[int, int] = {}
    page, previous_blank, seen = 0, True, False
    for line in lines:
        if line.startswith(PAGE_MARK):
            page, previous_blank, seen = page + 1, True, False
        elif line.startswith(STANDALONE):
            previous_blank, seen = True, False
        elif not line.strip():
            previous_blank = True
        else:
            if seen:
                counts = spaced if previous_blank else glued
                counts[page] = counts.get(page, 0) + 1
            previous_blank, seen = False, True
    return {p: glued[p] >= spaced.get(p, 0) for p in glued}


def _continues(previous: str, line: str, glued: bool, flow: bool, opened: bool) -> bool:
    """Does line continue the paragraph whose last line is previous (opened: its first line)?"""
    if previous.startswith(STANDALONE) or line.startswith(STANDALONE):
        return False
    text = line.strip()
    if regexes.COLUMN_UNIT_START.match("".join(text.split())):  # also '（ 十 六 ） 其 他' spread out
        return False
    if flow:
        return glued
    if glued:  # a heading printed on two lines: '市政府部署秋冬季疫情防控工作 ' + '抓好常态化精密智控…'
        return not regexes.SENTENCE_END.search(previous.strip())
    if line.startswith("\u3000"):  # hanging indent under a list item
        return True
    if regexes.SENTENCE_END.search(previous.rstrip()):
        if not opened and width(previous) <= INDENTED_LINE:  # a finished sentence on a short last line
            return _bracketed_note(text)
        return width(text) > INDENTED_LINE or _bracketed_note(text)
    return width(previous) >= SHORT_LINE


def _bracketed_note(text: str) -> bool:
    """'（责任单位：市教育局）' closing a paragraph on its own last line."""
    return text.startswith("（") and text.endswith("）") and width(text) < SHORT_LINE


def _wordlike(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or "\u4e00" <= ch <= "\u9fff")


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
    move_title_blocks,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[str]) -> list[str]:
    return clean.run_steps(LAYOUT_STEPS, lines)

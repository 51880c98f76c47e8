"""Paragraphs: the lines in reading order joined back by their geometry, as the parser's lines.

A line that ends short of its column's right edge ends a paragraph; an indented line or a change of
size or face (a bold heading, a day marker) starts one; a centred title's lines are joined where
its next word did not fit (a wrap), not where it was broken on purpose or set farther apart than
its leading; CJK is joined without spaces, Latin words get back the space a line break took. The
joining is the parser's one joiner (issues.parser.paragraphs.join): this module gives only its
rule, read from geometry.
"""

from __future__ import annotations

import statistics
from itertools import takewhile

from issues.parser import lines as parser_lines
from issues.parser import regexes
from issues.parser import paragraphs as joiner
from issues.pdf.pages import CENTRED_SHARE, SHORT_LINE, Line

MARGIN = 0.25  # points: a line starting this far inside its column's edge is set with margins (centred)
CLOSING = "、，。；：！？）》」』”’〕】…"  # punctuation print never sets at a line's start
JUSTIFIED = 1.0  # points: a justified line ends this close to its column's edge
JUSTIFIED_SHARE = 0.75  # a print justifies when this share of its full lines end so close
MIN_FULL_LINES = 20  # fewer full lines tell nothing about how the print sets them
MIN_FACE_LINES = 5  # a face with this many full lines of its own is judged with the whole print's
TITLE_LEADING = 2.0  # in character sizes: a wrapped title's next line stands at most this far under its line
SCANNED_TITLE = 0.1  # a scanned line set this much larger than the page's text is a title's, set ragged (no face tells it)
ONE_SIZE = 0.1  # points: a paragraph's or title's lines are set in one size (a caption half a point smaller under a
# title is no line of it); a scan's box heights are made one size per type size before (issues.ocr_layout.same_sizes)


def paragraph_lines(lines: list[Line]) -> list[parser_lines.Line]:
    """One parser line per paragraph, knowing the printed page and the page of the file it starts on;
    before the first paragraph that starts on a printed page, that page's number line ('·  N  ·',
    of kind PAGE_NUMBER), which the parser's cleaner reads as it reads a text export's."""
    out: list[parser_lines.Line] = []
    marked: set[int] = set()
    ends = _paragraph_end(lines)
    for paragraph in joiner.join(lines, lambda paragraph, line: _continues(paragraph, line, ends),
                                 first=lambda line: line.text, glued=_glued):
        start = paragraph.first
        page = parser_lines.page_of(start.page)
        if start.page is not None and start.page not in marked:
            marked.add(start.page)
            out.append(parser_lines.Line(f"·  {start.page}  ·", page, start.file_page, parser_lines.PAGE_NUMBER))
        text = paragraph.text
        out.append(parser_lines.Line(text.rstrip() if "\t" in text else text.strip(), page, start.file_page))
    return out


def paragraphs(lines: list[Line]) -> list[str]:
    """The texts of paragraph_lines: one output line per paragraph, page-number lines included."""
    return [line.text for line in paragraph_lines(lines)]


def _paragraph_end(lines: list[Line]):
    """Whether a line ends its paragraph by where it ends, as the print sets its full lines.

    A line ending SHORT_LINE characters before its column's edge always does. Where the print
    justifies (nearly every line ending near the edge ends on it), a full line reaches the edge,
    so one that stops a fraction of a character before it is a paragraph's last line, whose
    characters happened nearly to fill the column: in print set without first-line indents (a list
    of appointments, one a line) nothing else tells it from the line before the next row.
    Each face is judged on its own lines: headings in another face are set ragged, so a wrapped
    heading's first line stops short of the edge too. Centred lines keep the first rule: a wrapped
    title's first line is not justified. A face with too few full lines to tell (a list of
    appointments in Song among documents in Kai) is set as the whole print is, where its own full
    lines agree. A scan's line ends stray by its page's jitter (OCR boxes), so its edge is that much wider.
    """
    gaps: dict[str, list[float]] = {}
    for line in lines:
        if not (line.table_row or line.ends_short or _with_margins(line)):
            gaps.setdefault(line.font, []).append(line.right - line.x1 - line.jitter)  # a scan's ends stray
    pooled = [gap for found in gaps.values() for gap in found]
    print_justifies = len(pooled) >= MIN_FULL_LINES and _flush(pooled)
    justified = {font for font, found in gaps.items() if _flush(found) and (
        len(found) >= MIN_FULL_LINES or (print_justifies and len(found) >= MIN_FACE_LINES))}

    body = statistics.median(line.size for line in lines) if lines else 0.0

    def ragged(line: Line) -> bool:
        """A face set ragged (headings, titles); on a scan, which shows no faces, a line set larger than the text."""
        return line.font not in justified or (line.jitter > 0 and line.size > (1 + SCANNED_TITLE) * body)

    def ends(line: Line) -> bool:
        return line.ends_short or (not ragged(line) and not _with_margins(line)
                                   and line.right - line.x1 > JUSTIFIED + line.jitter)

    ends.ragged = ragged
    return ends


def _glued(paragraph: joiner.Paragraph[Line], line: Line) -> str:
    """A line's text as it goes on a paragraph: after a space where a Latin word ended the line
    before and another begins this one ('GOVERNMENT' + 'OF'): print breaks Latin words only at their
    spaces, and drops the space at the break. CJK and numbers are joined as they are."""
    before, after = paragraph.pieces[-1][-1:], line.text[:1]
    return " " + line.text if _letter(before) and _letter(after) else line.text


def _letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _latin(ch: str) -> bool:
    """Part of a Latin word or number, which print keeps on one line (GOVERNMENT, PEOPLE'S, 2021-2025)."""
    return ch.isascii() and not ch.isspace()


def _flush(gaps: list[float]) -> bool:
    """Nearly all these full lines end on their column's edge."""
    return sum(gap <= JUSTIFIED for gap in gaps) >= JUSTIFIED_SHARE * len(gaps)


def _continues(paragraph: joiner.Paragraph[Line], line: Line, ends) -> bool:
    previous = paragraph.last
    if previous.table_row or line.table_row:
        return False
    if _title_lines(previous, line):
        return _word_carried_down(previous, line) and not _set_farther_apart(previous, line)
    if _full_title_line(previous, line, ends):
        return not _set_farther_apart(previous, line)
    if ends(previous) or abs(previous.size - line.size) > ONE_SIZE:
        return False
    if previous.font and line.font and previous.font != line.font:  # a heading or day marker in bold
        return False
    if not line.font and regexes.CHRONICLE_DAY.match(line.text):  # a scan shows no bold: a day marker alone starts
        return False  # its day, after a full line too ('…整治评审会。' + '3日', 2020-06 scanned)
    if line.jitter and regexes.CHRONICLE_MARK_SPACED.match(line.text) and not previous.text.rstrip().endswith("月"):
        return False  # and one opening its line before the marker's gap, under a full line ending the entry before
    if line.jitter and regexes.ISSUED_LIST_ROW_START.match(line.text):  # a scan cannot tell a row's last line ending a
        return False  # fraction short of the edge from a full one: a row's number and blank start the row (2016-01's held-out scan)
    # a caption or title line at a column's foot is no continuation of the next column's text, and
    # an indented line starts a paragraph
    return not (_set_apart(previous) or line.indented)


def _title_lines(previous: Line, line: Line) -> bool:
    """Two centred lines with margins in one face and size: lines of a title (or caption), wrapped
    or broken on purpose; its last words may have been carried to the next column's top.

    A full line of running text has no left margin, so never counts as a title line. Print sets a title's lines in
    one size: a back cover's title that all but fills the page over a photograph's caption centred under it in the
    same face half a point smaller was read as one line with the caption's first line.
    """
    return (_with_margins(previous) and _with_margins(line) and abs(previous.size - line.size) <= ONE_SIZE
            and previous.font == line.font)


def _full_title_line(previous: Line, line: Line, ends) -> bool:
    """A title's first line that filled its column edge to edge, over the rest of the title centred under it
    ('温州市养老服务高质量发展三年行动“2020' over '奋进年”重点任务目标'): set in a face that print sets ragged
    (titles, not running text), so a full line of it wrapped."""
    return (not ends(previous) and previous.x0 <= previous.left + MARGIN + previous.jitter and _with_margins(line)
            and abs(previous.size - line.size) <= ONE_SIZE and previous.font == line.font and ends.ragged(previous))


def _word_carried_down(previous: Line, line: Line) -> bool:
    """Whether a title line's next word did not fit on it: then print carried it down (a wrapped title),
    else the title was broken there on purpose ('温州市人民政府' over '关于…的通知').

    A CJK title wraps anywhere, a character short of full at most; print breaks Latin text only
    between words, so a wrapped Latin title's line stops a word short ('GAZETTE OF THE PEOPLE'S'
    over 'GOVERNMENT'); a character never starts a line before closing punctuation ('…的通' + '知》').
    Title blocks wrap a little inside the column, so within one column a line short of its edge by
    less than SHORT_LINE characters is full; carried to the next column, only what did not fit.
    """
    word = sum(1 for _ in takewhile(_latin, line.text))
    if not word:  # a CJK character, and the closing punctuation it keeps with it
        needed = line.size * (1 + sum(1 for _ in takewhile(CLOSING.__contains__, line.text[1:])))
    elif line.text.isascii():  # a line of Latin words: measured
        needed = (line.x1 - line.x0) * (word + 1) / len(line.text)
    else:  # Latin among CJK: half a character each, as figures are set
        needed = (word + 1) * line.size / 2
    if (previous.left, previous.right) == (line.left, line.right):
        needed = max(needed, SHORT_LINE * line.size)
    return previous.x1 - previous.x0 + needed > previous.right - previous.left


def _set_farther_apart(previous: Line, line: Line) -> bool:
    """Whether a line stands farther under the line above in its column than a title's leading: print sets a wrapped
    title's lines at its leading, so two centred lines set farther apart were broken on purpose, each its own line (a
    rule's title all but filling its column, its first chapter's heading '第一章　总　则' centred under it after a space).
    """
    if previous.top is None or line.top is None or previous.file_page != line.file_page:
        return False
    same_column = (previous.left, previous.right) == (line.left, line.right)
    return same_column and line.top - previous.top > TITLE_LEADING * line.size + line.jitter


def _set_apart(line: Line) -> bool:
    """Centred with a margin wider than a stray fraction of a character: a title or caption line."""
    return line.centred and line.x0 - line.left > CENTRED_SHARE * line.size


def _with_margins(line: Line) -> bool:
    """Set centred with a margin each side (a title line), not a full line of running text. A scan's line starts
    stray by its page's jitter (OCR boxes): a full line starting 1.7 points inside its column's edge is no title line
    (2019-10's held-out scan: nearly every line of a column was, and no print was found justified)."""
    return line.centred and line.x0 > line.left + MARGIN + line.jitter

"""A hard-wrapped manuscript read back into the paragraphs it was printed with (the typesetter's own rule).

Some fixture texts (2020-09) are a raw copy of a two-column print: every column line is a line of the
text, a document's title block printed at the foot of its first page comes after the columns above
it, and a column's heading painted over the page comes where the copy met it, inside a paragraph.
Printed line for line, such a text would give a PDF whose paragraphs are column lines. So the
typesetter first reads it back as a manuscript: the lines of one paragraph joined, each title block
set back before the document it heads, and a heading that cut a paragraph set after that paragraph.
This is the generator's own reading (it imports and copies nothing from `issues`); a wrong guess
only makes another print of the same text.

The rule: the text is hard-wrapped when most of its lines have one width (in full-width characters,
a Latin letter or digit counting half); a line that fills that width, or the width less a first
line's two-character indent when it opens a paragraph, runs on into the next line unless the next
line opens something of its own (a numbered heading, an article, a chronicle entry, a date).
"""

from __future__ import annotations

import re
from collections import Counter

from tests.pdfgen.column_headings import brief_titles, restore_column_headings
from tests.pdfgen.copy_lines import ADDRESSEES, PARAGRAPH_END, Alone, width
from tests.pdfgen.manuscript import (  # the typesetter's reading, shared with the manuscript
    CODE_LINE, DATE_LINE, DAY_MARKER, DOC_NUMBER_LINE, FIGURE, NUMBERED, is_column_heading,
)
from tests.pdfgen.moved_titles import (
    producer_under_table, restore_attachment_titles, restore_interpretation_titles, restore_title_blocks,
)

# What opens a paragraph of its own: a row of the issued list, a chronicle entry, an item, an article, a numbered point
OPENS = re.compile(r"^(?:\S+〔\d{4}〕\d{1,4}号\u3000|△|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百]{1,4}[条章节]"
                   r"|\d{1,2}[.．、](?!\d)|附件[：:])")
HANGING = re.compile(r"^(?:(?:附件[：:])?\d{1,2}[.．]|\S+〔\d{4}〕\d{1,4}号\u3000)")  # 附件：1.继续… / 温政办〔2020〕73号　　…
PAGE_LINES = 20  # lines at a wider width that make it the width of pages set across
SPREAD = re.compile(r"[^\x00-\x7f] (?=[^\x00-\x7f])")
SPREAD_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f])")
SPREAD_RUN = 6
CREDIT_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # 招才     （陈翔/摄）: a credit pushed right, one space in print
BROKEN_TITLE = re.compile(r"^[^。；，：、（）()《》\s]{4,30}[^\x00-\x7f] [^\x00-\x7f][^。；，：、（）()《》\s]{2,30}$")  # 永嘉点亮楠溪江夜经济 秀出美丽新“夜”态
CREDIT = re.compile(r"^[（(][^（）()]{1,20}[/／]摄[）)]$")  # （刘伟/摄）
SHARE = 0.4  # of the lines at the column's width: below it the text is not hard-wrapped
INDENT = 2.0  # a paragraph's first line is this many characters short of the column


def measures(lines: list[str]) -> tuple[int, ...]:
    """The widths a hard-wrapped text is set in: its column's (most lines), and the page's when some
    pages are set across (the back matter's 30 characters); none when the text is not hard-wrapped."""
    counts = Counter(round(width(line)) for line in lines if width(line) >= 10 and "\t" not in line)
    if not counts:
        return ()
    column, _ = counts.most_common(1)[0]
    at_width = sum(1 for line in lines if abs(width(line) - column) <= 1.5)
    if column > 30 or at_width < SHARE * len(lines):
        return ()
    across = [w for w, count in counts.most_common() if w >= column + 5 and count >= PAGE_LINES]
    return (column, across[0]) if across else (column,)


def unwrap(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text as its paragraphs (other texts are returned as they are)."""
    widths = measures(lines)
    if not widths:
        return lines
    lines = [figures_row(unspaced(CREDIT_GAP.sub(" ", line))) for line in lines]
    lines = restore_interpretation_titles(restore_attachment_titles(restore_title_blocks(lines)))
    lines = brief_titles(restore_column_headings(producer_under_table(lines)), widths[0])
    return join_paragraphs(lines, widths)


def figures_row(line: str) -> str:
    """A table row the copy gives with spaces between its cells ('三、财政总收入 亿元 81.72 1.1 805.23 1.4',
    '　　#一般公共预算收入 亿元 56.07 …'), as the manuscript writes a row: cells apart by tabs."""
    cells = line.split()
    if not 4 <= len(cells) <= 8 or "\t" in line or sum(1 for cell in cells[1:] if FIGURE.fullmatch(cell)) < 3:
        return line
    return "\t".join(cells)


def unspaced(line: str) -> str:
    """A column line the copy spread out character by character ('（ 十 六 ） 其 他 安 置 房'), as a
    justified line can come out of a PDF, set solid (a short letter-spaced heading stays as it is)."""
    if len(SPREAD.findall(line)) < SPREAD_RUN or len(line.strip()) < 2 * SPREAD_RUN:
        return line
    return SPREAD_GAP.sub("", line)


# --- paragraphs ------------------------------------------------------------------------------------

def join_paragraphs(lines: list[str], widths: tuple[int, ...]) -> list[str]:
    """Lines that fill the column run on into the next; a column heading that cuts a paragraph follows it."""
    out: list[str] = []
    text, held, opening = "", [], True
    for line in lines:
        if text and _stands_alone(line) and is_column_heading(line):
            held.append(line.strip())  # painted over the page: set after the paragraph it cut
            continue
        if text and (_hangs(line, text) or _runs_on(text_line, widths, opening_line) and not _stands_alone(line)
                     and not _opens(line) and not _indented_opening(text_line, line, widths)):
            # a caption's credit set apart, and a space the copy kept at the line's end
            text += (" " if CREDIT.match(line.strip()) or text_line.endswith(" ") else "") + line.strip()
            text_line, opening_line = line, False
            continue
        if text:
            out += [text] + held
            held = []
        text, text_line, opening_line = (line if "\t" in line or _indented_row(line) else line.strip()), line, True
        if _stands_alone(line):
            out.append(text)
            text = ""
    if text:
        out.append(text)
    return out + held


def _runs_on(line: str, widths: tuple[int, ...], opening: bool) -> bool:
    """A line that fills its column (or its page) runs on; so does one nearly full that ends no sentence
    (Latin letters are set wider than half a character: '…以最新一期ARWU、THE')."""
    measure = next((w for w in widths if width(line) <= w + 1.5), None)
    if _stands_alone(line):
        return False
    if measure is None:  # wider than the columns and the page's set text: a line of a page set otherwise
        return not PARAGRAPH_END.search(line.strip())
    short_by = measure - width(line) - (INDENT if opening else 0.0)
    open_end = not PARAGRAPH_END.search(line.strip())
    if not open_end:  # a sentence ending at the column's very end ends its paragraph (in this copy, mostly)
        return short_by <= 1.5 and not line.strip().endswith("摄）")
    return open_end and short_by <= 5 or short_by <= 1.5 and not line.strip().endswith("摄）")


def _indented_opening(before: str, line: str, widths: tuple[int, ...]) -> bool:
    """A line that opens a paragraph after a sentence ended at the column's very end: the copy lost the indent,
    but not the width it took (the column less two characters), and the line runs on, ending no sentence
    ('…普及率达80%以上。' over '到2025年，婴幼儿照护服务政策体系、覆')."""
    if not widths or not PARAGRAPH_END.search(before.strip()) or PARAGRAPH_END.search(line.strip()):
        return False
    return -1.0 <= width(line) - (widths[0] - INDENT) <= 0.5  # a character less where quotes widened the line


def _hangs(line: str, text: str) -> bool:
    """A title wrapped under its hanging indent: an attachment's ('附件：1.继续有效的…文件' + '　　　   目录'),
    a row of the list of issued documents ('温政办〔2020〕73号　　…婴幼' + '　　　　　　　　　　　方案的通知')."""
    return line.startswith("\u3000") and bool(HANGING.match(text)) and not OPENS.match(line.strip())


def _stands_alone(line: str) -> bool:
    """A line set apart: a table row, a title, a line set right (signature, date), a marker, a heading, addressees."""
    text = line.strip()
    set_right = len(line) - len(line.lstrip(" ")) >= 3
    broken_title = BROKEN_TITLE.match(text) and not _opens(line)
    return bool(isinstance(line, Alone) or "\t" in line or _indented_row(line) or set_right or broken_title
                or CODE_LINE.match(text) or DOC_NUMBER_LINE.match(text) or DATE_LINE.match(text)
                or DAY_MARKER.match(text) or is_column_heading(text) or (ADDRESSEES.match(text) and width(text) < 30))


def _opens(line: str) -> bool:
    text = line.strip()
    return bool(NUMBERED.match(text) or OPENS.match(text))


def _indented_row(line: str) -> bool:
    """A table's sub-row, set in by full-width spaces ('　　#一般公共预算收入 亿元 56.07 …')."""
    return line.startswith("\u3000\u3000") and "#" in line[:4]

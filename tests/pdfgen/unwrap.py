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

from tests.pdfgen.manuscript import (  # the typesetter's reading, shared with the manuscript
    CODE_LINE, DATE_LINE, DAY_MARKER, DOC_NUMBER_LINE, ENDS_SENTENCE, NUMBERED, bare,
)

# The gazette's columns, as a heading names them ('9月份市政府人事任免', '政 务 简 讯', '机构人事').
COLUMN_NAMES = ("政务简讯", "政府记事", "人事任免", "机构人事", "政策解读", "市政府文件", "市府办文件", "发文目录", "统计资料")
OPENS = re.compile(r"^(?:△|第[一二三四五六七八九十百]{1,4}[条章节]|\d{1,2}[.．、](?!\d)|附件[：:])")
ADDRESSEES = re.compile(r"^[^。；]{4,60}[：:]$")  # 各县（市、区）人民政府，市各有关单位：
ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:政府|办公室|办公厅|委员会|局|厅)$")
TITLE_END = re.compile(r"(?:通知|意见|决定|办法|规定|方案|批复|通告|公告|细则|规则|报告|实施意见)$")
PARAGRAPH_END = re.compile(r"[。！？；：]$")
ATTACHMENT_ITEM = re.compile(r"^(?:附件[：:])?\d{1,2}[.．]")  # 附件：1.继续有效的… / 2.修改后…
SHARE = 0.4  # of the lines at the column's width: below it the text is not hard-wrapped
INDENT = 2.0  # a paragraph's first line is this many characters short of the column


def width(text: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in text.strip())


def column_width(lines: list[str]) -> int | None:
    """The width most lines of a hard-wrapped text have, or None when the text is not hard-wrapped."""
    widths = [round(width(line)) for line in lines if width(line) >= 10 and "\t" not in line]
    if not widths:
        return None
    column, _ = Counter(widths).most_common(1)[0]
    at_width = sum(1 for line in lines if abs(width(line) - column) <= 1.5)
    return column if column <= 30 and at_width >= SHARE * len(lines) else None


def is_column_heading(line: str) -> bool:
    name = bare(line)
    return len(name) <= 14 and name.endswith(COLUMN_NAMES) and not ENDS_SENTENCE.search(name)


def unwrap(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text as its paragraphs (other texts are returned as they are)."""
    column = column_width(lines)
    if column is None:
        return lines
    return join_paragraphs(restore_title_blocks(lines), column)


# --- title blocks ----------------------------------------------------------------------------------

def restore_title_blocks(lines: list[str]) -> list[str]:
    """Each title block printed at the foot of its document's first page set back before the document."""
    lines = list(lines)
    previous_end = 0
    n = 0
    while n < len(lines):
        if not DOC_NUMBER_LINE.match(lines[n].strip()):
            n += 1
            continue
        start, end = _block_start(lines, n), _block_end(lines, n)
        block = lines[start:end]
        opening = _document_opening(lines, previous_end, start)
        if opening < start:
            lines[opening:end] = block + lines[opening:start]
        previous_end = opening + len(block) if opening < start else end
        n = previous_end
    return lines


def _block_start(lines: list[str], number: int) -> int:
    """Back over the block's lines to its registration code, when one heads it within four lines."""
    for back in range(1, 5):
        k = number - back
        if k < 0 or not _title_like(lines[k]):
            return number
        if CODE_LINE.match(lines[k].strip()):
            return k
    return number


def _block_end(lines: list[str], number: int) -> int:
    """On over the issuer and the title printed under the doc number ('温州市人民政府', '关于…的若干意见')."""
    end, title = number + 1, ""
    while end < len(lines) and end - number <= 3 and not lines[end][:1].isspace() and _title_like(lines[end]):
        text = lines[end].strip()
        if title:
            title += text
        elif text.startswith("关于"):
            title = text
        elif not ISSUER.match(text):
            break
        end += 1
        if title and TITLE_END.search(title):
            break
    return end


def _title_like(line: str) -> bool:
    text = line.strip()
    return bool(text) and not ENDS_SENTENCE.search(text) and not DATE_LINE.match(text) and not NUMBERED.match(text)


def _document_opening(lines: list[str], since: int, block: int) -> int:
    """Where the document of a block at `block` opens: at the addressee line after the last signature date
    before it (the one before that when the last date ends the document itself, just above its block)."""
    dates = [k for k in range(since, block) if DATE_LINE.match(lines[k].strip())]
    if dates and dates[-1] == block - 1:
        dates.pop()
    if not dates:
        return since if since == 0 and any(ADDRESSEES.match(line.strip()) for line in lines[:1]) else block
    after = dates[-1] + 1
    return next((k for k in range(after, block) if ADDRESSEES.match(lines[k].strip())), after)


# --- paragraphs ------------------------------------------------------------------------------------

def join_paragraphs(lines: list[str], column: int) -> list[str]:
    """Lines that fill the column run on into the next; a column heading that cuts a paragraph follows it."""
    out: list[str] = []
    text, held, opening = "", [], True
    for line in lines:
        if text and _stands_alone(line) and is_column_heading(line):
            held.append(line.strip())  # painted over the page: set after the paragraph it cut
            continue
        if text and (_hangs(line, text) or _runs_on(text_line, column, opening_line) and not _stands_alone(line)
                     and not _opens(line)):
            text += line.strip()
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


def _runs_on(line: str, column: int, opening: bool) -> bool:
    """A line that fills its column runs on; so does one nearly full that ends no sentence (Latin letters
    are set wider than half a character: '…以最新一期ARWU、THE')."""
    short_by = column - width(line) - (INDENT if opening else 0.0)
    open_end = not PARAGRAPH_END.search(line.strip())
    return (short_by <= 1.5 or (short_by <= 5 and open_end)) and not _stands_alone(line)


def _hangs(line: str, text: str) -> bool:
    """An attachment's title wrapped under its hanging indent ('附件：1.继续有效的…文件' + '　　　   目录')."""
    return line.startswith("\u3000") and bool(ATTACHMENT_ITEM.match(text)) and not OPENS.match(line.strip())


def _stands_alone(line: str) -> bool:
    text = line.strip()
    return ("\t" in line or _indented_row(line) or len(line) - len(line.lstrip()) >= 8 or CODE_LINE.match(text)
            or DOC_NUMBER_LINE.match(text) or DATE_LINE.match(text) or DAY_MARKER.match(text)
            or is_column_heading(text) or bool(ADDRESSEES.match(text) and width(text) < 30 and "，" not in text[-3:]))


def _opens(line: str) -> bool:
    text = line.strip()
    return bool(NUMBERED.match(text) or OPENS.match(text))


def _indented_row(line: str) -> bool:
    """A table's sub-row, set in by full-width spaces ('　　#一般公共预算收入 亿元 56.07 …')."""
    return line.startswith("\u3000\u3000") and "#" in line[:4]

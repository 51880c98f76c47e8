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
    CODE_LINE, COLUMN_NAMES, DATE_LINE, DAY_MARKER, DOC_NUMBER_LINE, ENDS_SENTENCE, FIGURE, NUMBERED, bare,
    is_column_heading,
)

# What opens a paragraph of its own: a row of the issued list, a chronicle entry, an item, an article, a numbered point
OPENS = re.compile(r"^(?:\S+〔\d{4}〕\d{1,4}号\u3000|△|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百]{1,4}[条章节]"
                   r"|\d{1,2}[.．、](?!\d)|附件[：:])")
# 各县（市、区）人民政府，市各有关单位： (not an article's or a list's lead-in: '第九条 …的程序：', '…材料包括：')
ADDRESSEES = re.compile(r"^(?!第[一二三四五六七八九十百]{1,4}条)(?!.*(?:包括|如下))[^。；]{0,50}(?:各|政府|单位|部门)[^。；]{0,20}[：:]$")
ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:政府|办公室|办公厅|委员会|局|厅)$")
TITLE_END = re.compile(r"(?:通知|意见|决定|办法|规定|方案|批复|通告|公告|细则|规则|报告|实施意见)$")
PARAGRAPH_END = re.compile(r"(?:[。！？；：]|摄[）)])$")  # …参赛 （赵用、戴飞燕/摄）: a photo's caption ends
HANGING = re.compile(r"^(?:(?:附件[：:])?\d{1,2}[.．]|\S+〔\d{4}〕\d{1,4}号\u3000)")  # 附件：1.继续… / 温政办〔2020〕73号　　…
PAGE_LINES = 20  # lines at a wider width that make it the width of pages set across
SPREAD = re.compile(r"[^\x00-\x7f] (?=[^\x00-\x7f])")
SPREAD_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f])")
SPREAD_RUN = 6
QUOTED_TITLE = re.compile(r"《([^《》]{6,40})》")  # 《加快推进3岁以下婴幼儿照护服务发展实施方案》已经市政府同意
INTERPRETATION_TITLE = re.compile(r"^[^。；，]{0,40}政策解读$")  # 体育场所的意见》政策解读
INTERPRETATION_OPENING = re.compile(r"^(?:日前|近日|近期)，")  # 日前，温州市出台《关于…的意见》
DECISION = re.compile(r"决定[：:]$")  # 市人民政府决定：
BRIEF_DATE = re.compile(r"^\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[，,]")  # 9月11日，省委常委、市委书记陈伟俊主持…
PRODUCER = re.compile(r"^[\u4e00-\u9fff]{2,12}局制$")  # 温州市统计局制
CREDIT_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # 招才     （陈翔/摄）: a credit pushed right, one space in print
BROKEN_TITLE = re.compile(r"^[^。；，：、（）()《》\s]{4,30}[^\x00-\x7f] [^\x00-\x7f][^。；，：、（）()《》\s]{2,30}$")  # 永嘉点亮楠溪江夜经济 秀出美丽新“夜”态
CREDIT = re.compile(r"^[（(][^（）()]{1,20}[/／]摄[）)]$")  # （刘伟/摄）
SHARE = 0.4  # of the lines at the column's width: below it the text is not hard-wrapped
INDENT = 2.0  # a paragraph's first line is this many characters short of the column


class Alone(str):
    """A line the typesetter sets as a paragraph of its own (a title it set back where it belongs)."""


def width(text: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in text.strip())


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
    return next((k for k in range(block - 1, after - 1, -1) if ADDRESSEES.match(lines[k].strip())), after)


# --- the title of an enclosed text -----------------------------------------------------------------

def producer_under_table(lines: list[str]) -> list[str]:
    """A table's producer line met before the table's title ('温州市统计局制'), set under its last row, where
    the gazette prints it."""
    for n, line in enumerate(lines):
        rows = [k for k in range(n + 1, min(n + 12, len(lines))) if "\t" in lines[k]]
        if PRODUCER.match(line.strip()) and rows:
            last = rows[0]
            while last + 1 < len(lines) and "\t" in lines[last + 1]:
                last += 1
            return lines[:n] + lines[n + 1 : last + 1] + [line] + lines[last + 1 :]
    return lines


def restore_attachment_titles(lines: list[str]) -> list[str]:
    """The title of the text a notice encloses ('《加快推进…实施方案》已经市政府同意，现印发给你们'),
    printed over its first page and met by the copy inside a paragraph, set back after the notice's date."""
    lines = list(lines)
    for n, line in enumerate(lines):
        if not DATE_LINE.match(line.strip()):
            continue
        notice = " ".join(lines[max(0, n - 6) : n])
        for title in QUOTED_TITLE.findall(notice):
            found = _spelled(lines, n + 1, title)
            if found and found[0] > n + 1:
                start, end = found
                lines[n + 1 : end] = [Alone(title)] + lines[n + 1 : start]
    return lines


def restore_interpretation_titles(lines: list[str]) -> list[str]:
    """A policy interpretation's title printed over its first page ('《关于…的意见》政策解读', on one or two
    lines) and met inside a paragraph, set back before the interpretation's opening ('日前，温州市出台…')."""
    out: list[str] = []
    for line in lines:
        if not INTERPRETATION_TITLE.search(line.strip()):
            out.append(line)
            continue
        first = out.pop() if out and out[-1].strip().startswith("《") and not PARAGRAPH_END.search(out[-1]) else ""
        opening = next((k for k in range(len(out) - 1, max(len(out) - 120, -1), -1)
                        if INTERPRETATION_OPENING.match(out[k].strip())), None)
        if opening is None:
            out += [first, line] if first else [line]
        else:
            out.insert(opening, Alone(first.strip() + line.strip()))
    return out


# --- column headings painted over a page --------------------------------------------------------------

def restore_column_headings(lines: list[str]) -> list[str]:
    """A column's heading painted over its first page ('9月份市政府人事任免', '政 务 简 讯', '政府记事'),
    met by the copy where the page's columns end, set back before the column's first line."""
    lines = list(lines)
    while True:
        painted = [n for n, line in enumerate(lines) if not isinstance(line, Alone) and is_column_heading(line)
                   and _opening_finder(line)]
        if not painted:
            return lines
        n = painted[-1]
        heading = Alone(lines.pop(n).strip())
        opening = _opening_finder(heading)(lines, n, lambda line: _of_another_column(line, heading))
        if opening is None:
            lines.insert(n, heading)
        elif not any(bare(line) == bare(heading) for line in lines[max(opening - 1, 0) : opening + 1]):  # met twice
            if bare(heading) not in COLUMN_NAMES:  # under the column's name ('机构人事' over '9月份…人事任免')
                while opening < n and isinstance(lines[opening], Alone) and is_column_heading(lines[opening]):
                    opening += 1
            lines.insert(opening, heading)


def _of_another_column(line: str, heading: str) -> bool:
    return is_column_heading(line) and _opening_finder(line) is not _opening_finder(heading)


def _opening_finder(heading: str):
    name = bare(heading)
    return next((finder for names, finder in COLUMN_OPENINGS if name.endswith(names)), None)


def brief_titles(lines: list[str], column: int) -> list[str]:
    """A brief's title, on one or two short lines over its dated first paragraph, as one paragraph
    ('陈伟俊主持召开' + '高等教育发展工作座谈会'): a copy of the print cannot tell a break made on purpose
    from one the column made, so the title is set whole (a space would be a break the text marks)."""
    out: list[str] = []
    for line in lines:
        if BRIEF_DATE.match(line.strip()):
            title = []
            while len(title) < 2 and out and _brief_title_line(out[-1], column):
                title.insert(0, out.pop().strip())
            if title and (not out or _closes(out[-1])):
                out.append(Alone("".join(title)))
            else:
                out += title
        out.append(line)
    return out


def _brief_title_line(line: str, column: int) -> bool:
    return (not isinstance(line, Alone) and _title_like(line) and not is_column_heading(line)
            and width(line) < column - 1.5 and not DAY_MARKER.match(line.strip()))


def _closes(line: str) -> bool:
    """The line before a title: the end of a paragraph, a heading, or a line set apart."""
    return isinstance(line, Alone) or is_column_heading(line) or bool(PARAGRAPH_END.search(line.strip()))


def _appointments_open(lines: list[str], at: int, other_column) -> int | None:
    """At the decision line ('市人民政府决定：') above the heading."""
    return next((k for k in range(at - 1, max(at - 80, -1), -1) if DECISION.search(lines[k].strip())), None)


def _news_open(lines: list[str], at: int, other_column) -> int | None:
    """At the title over the first brief above the heading: briefs open with their date ('9月11日，…')."""
    first = None
    for k in range(at - 1, max(at - 200, -1), -1):
        text = lines[k].strip()
        if other_column(text) or DAY_MARKER.match(text):
            break
        if BRIEF_DATE.match(text):
            first = k
    if first is None:
        return None
    while first > 0 and _title_like(lines[first - 1]) and not is_column_heading(lines[first - 1]):
        first -= 1
    return first


def _chronicle_open(lines: list[str], at: int, other_column) -> int | None:
    """At the first day above the heading ('1日'): days above it count down to it."""
    first, day = None, 99
    for k in range(at - 1, max(at - 300, -1), -1):
        text = lines[k].strip()
        if other_column(text):
            break
        if DAY_MARKER.match(text):
            if int(text[:-1]) > day:
                break
            first, day = k, int(text[:-1])
    return first


COLUMN_OPENINGS = [
    (("人事任免", "机构人事"), _appointments_open),
    (("政务简讯",), _news_open),
    (("政府记事",), _chronicle_open),
]


def _spelled(lines: list[str], since: int, title: str) -> tuple[int, int] | None:
    """The lines (one or two, within a page or so) that spell the title alone."""
    for k in range(since, min(since + 80, len(lines))):
        for count in (1, 2):
            if "".join(line.strip() for line in lines[k : k + count]) == title:
                return k, k + count
    return None


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

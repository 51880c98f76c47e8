"""Titles a hard-wrapped copy of a print met out of place, set back where print has them (tests/pdfgen/unwrap.py).

A document's title block printed at the foot of its first page comes after the columns above it; the title of a
text a notice encloses, or of a policy interpretation, printed over its first page, comes inside a paragraph; a
table's producer line comes before the table's title. Each is set back before (or, the producer, under) what it
belongs to.
"""

from __future__ import annotations

import re

from tests.pdfgen.copy_lines import ADDRESSEES, PARAGRAPH_END, Alone, title_like
from tests.pdfgen.manuscript import CODE_LINE, DATE_LINE, DOC_NUMBER_LINE

ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:政府|办公室|办公厅|委员会|局|厅)$")
TITLE_END = re.compile(r"(?:通知|意见|决定|办法|规定|方案|批复|通告|公告|细则|规则|报告|实施意见)$")
QUOTED_TITLE = re.compile(r"《([^《》]{6,40})》")  # 《加快推进3岁以下婴幼儿照护服务发展实施方案》已经市政府同意
INTERPRETATION_TITLE = re.compile(r"^[^。；，]{0,40}政策解读$")  # 体育场所的意见》政策解读
INTERPRETATION_OPENING = re.compile(r"^(?:日前|近日|近期)，")  # 日前，温州市出台《关于…的意见》
PRODUCER = re.compile(r"^[\u4e00-\u9fff]{2,12}局制$")  # 温州市统计局制


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
        if k < 0 or not title_like(lines[k]):
            return number
        if CODE_LINE.match(lines[k].strip()):
            return k
    return number


def _block_end(lines: list[str], number: int) -> int:
    """On over the issuer and the title printed under the doc number ('温州市人民政府', '关于…的若干意见')."""
    end, title = number + 1, ""
    while end < len(lines) and end - number <= 3 and not lines[end][:1].isspace() and title_like(lines[end]):
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


def _spelled(lines: list[str], since: int, title: str) -> tuple[int, int] | None:
    """The lines (one or two, within a page or so) that spell the title alone."""
    for k in range(since, min(since + 80, len(lines))):
        for count in (1, 2):
            if "".join(line.strip() for line in lines[k : k + count]) == title:
                return k, k + count
    return None

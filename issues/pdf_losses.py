"""What the PDF reader could not read, said as loss warnings with the page of the file.

issues.pdf reads a page's characters by position; some cannot be read or placed, and rather than
dropping them silently each becomes a loss warning in the shape of the parser's (and OCR's):
glyphs whose font maps them to no character (pdfminer writes "(cid:12)"; U+FFFD and private-use
code points likewise name no character), text inside a ruled table's box that falls in none of
its cells (so no row holds it), pages whose two columns could not be told apart (their lines standing side
by side read across the page, interleaved: the order is undecided, never silently kept), and pages that print only drawings (lines, boxes, curves) while
the rest of the file has text: a table or chart drawn as outlines, whose words are shapes.
`page` is the printed page number where one was read, `file_page` the page of the file, from 1.
"""

from __future__ import annotations

import unicodedata

from issues.parser import regexes

QUOTED = 5  # at most this many unreadable glyphs are quoted in a warning
SIDE_BY_SIDE = 2  # two columns' lines read as one line, this many times on a page: its order is undecided
DRAWN = 4  # drawings that make a page of drawings only (a rule or a frame alone is decoration)


def unmapped(text: str) -> bool:
    """Whether a character's text names no character: "(cid:12)", U+FFFD, a private-use code point."""
    return bool(regexes.UNMAPPED_GLYPH.fullmatch(text)) or any(
        ch == "\ufffd" or unicodedata.category(ch) == "Co" for ch in text)


def warnings_of(pages) -> list[dict]:
    """Loss warnings for issues.pdf Pages read and laid out (their printed numbers known)."""
    any_text = any(page.characters for page in pages)
    warnings = []
    for page in pages:
        where = f"PDF 第{page.index + 1}页"
        if page.unmapped:
            warnings.append(_warning("pdf_unmapped_glyphs", page, page.unmapped[:QUOTED], (
                f"{where}有{len(page.unmapped)}个字符的字体缺少字符编码，无法识别为文字，请对照原件核对")))
        if page.unplaced:
            warnings.append(_warning("pdf_table_text_unplaced", page, page.unplaced, (
                f"{where}的表格中有文字不在任何单元格内，未能读入表格，请对照原件核对")))
        if len(page.side_by_side) >= SIDE_BY_SIDE:
            warnings.append(_warning("columns_undecided", page, page.side_by_side, undecided(where, len(page.side_by_side))))
        if any_text and page.drawings >= DRAWN and not page.images and not page.characters:
            warnings.append(_warning("pdf_drawings_only_page", page, [], (
                f"{where}只有线条和图形，没有可读取的文字（可能是画成图形的表格或文字），请对照原件核对")))
    return warnings


def undecided(where: str, count: int) -> str:
    """The message for a page whose columns could not be told apart (issues.pdf.columns.side_by_side), for a printed
    PDF's page and a scan's alike."""
    return (f"{where}分不出左右两栏，有{count}行左右并排的文字按通栏读入，两栏的行可能交错，"
            "请对照原件核对这一页的阅读顺序")


def _warning(kind: str, page, lines: list[str], message: str) -> dict:
    return {"kind": kind, "level": "loss", "section": None, "page": page.printed_no, "file_page": page.index + 1,
            "lines": lines, "message": message}

"""The gazette's own tables as the printer sets them: cells ruled and wrapped in their columns, each row as tall as its
tallest cell (split across pages); or, where each row fits on one line, columns aligned by white space only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.pdfgen.flow import Style
from tests.pdfgen.fonts import text_width, wrap
from tests.pdfgen.layouts import BLOCK_GAP, CELL_PAD, TABLE_LEADING, TABLE_SIZE, TEXT_WIDTH, UNRULED_GAP
from tests.pdfgen.manuscript import FIGURE, Table

if TYPE_CHECKING:
    from tests.pdfgen.printer import Printer


def print_table(printer: Printer, table: Table) -> None:
    """A table across the text block: ruled, or aligned by white space where its rows fit on a line."""
    if printer.foot_title_on_page:
        printer.new_page()
    count = max(len(row) for row in table.rows)
    rows = [row + [""] * (count - len(row)) for row in table.rows]
    printer.paragraphs += ["\t".join(row).rstrip("\t") for row in table.rows]
    natural = [max(text_width(row[i], TABLE_SIZE, "song") for row in rows) for i in range(count)]
    if printer.layout.wrapped_unruled:
        ruled_table(printer, rows, rules=False, centred=printer.layout.wrapped_unruled == "middle")
    elif not printer.layout.ruled_tables and sum(natural) + UNRULED_GAP * (count - 1) <= TEXT_WIDTH:
        unruled_table(printer, rows, natural)
    else:
        ruled_table(printer, rows)
    printer.y -= BLOCK_GAP


def ruled_table(printer: Printer, rows: list[list[str]], rules: bool = True, centred: bool = False) -> None:
    """Cells wrapped in their columns, each row as tall as its tallest cell; `rules` False: no cell boxes drawn;
    `centred`: a cell of fewer lines set in the middle of its row's height."""
    narrowest = 3 if rules else 1  # without rules a column may be as narrow as its heading: '单位' over '亿' + '元'
    weights = [min(max(max(len(row[i]) for row in rows), narrowest), 24) for i in range(len(rows[0]))]
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    style = Style("song", TABLE_SIZE, "left")
    for row in rows:
        cells = [wrap(cell, width - 2 * CELL_PAD, TABLE_SIZE, "song", hang=False) for cell, width in zip(row, widths)]
        height = max(len(lines) for lines in cells) * TABLE_LEADING + 2 * CELL_PAD
        if printer.room() < height:
            printer.new_page()
        x, top = printer.left, printer.y
        for lines, width in zip(cells, widths):
            if rules:
                printer.canvas.rect(x, top - height, width, height)
            drop = (height - 2 * CELL_PAD - len(lines) * TABLE_LEADING) / 2 if centred else 0.0
            for n, text in enumerate(lines):
                printer.y = top - CELL_PAD - drop - (n + 1) * TABLE_LEADING + 2
                printer.draw(text, style, x + CELL_PAD, 0.0)
            x += width
        printer.y = top - height


def unruled_table(printer: Printer, rows: list[list[str]], natural: list[float]) -> None:
    """Columns aligned by white space only, the spare width shared out between them."""
    spare = (TEXT_WIDTH - sum(natural)) / max(len(natural) - 1, 1)
    style = Style("song", TABLE_SIZE, "left")
    for row in rows:
        if printer.room() < TABLE_LEADING + 2:
            printer.new_page()
        printer.y -= TABLE_LEADING + 2
        x = printer.left
        for cell, width in zip(row, natural):
            if cell:
                right = printer.layout.figures == "right" and FIGURE.fullmatch(cell)
                printer.draw(cell, style, x + (width - text_width(cell, TABLE_SIZE, "song") if right else 0.0), 0.0)
            x += width + spare

"""Paragraphs poured into columns line by line."""

from __future__ import annotations

from dataclasses import dataclass

from tests.pdfgen.fonts import break_line, line_at, wrap

@dataclass
class Style:
    face: str
    size: float
    align: str  # justify | left | centre | right
    indent: float = 0.0  # first line, in points
    faux_bold: bool = False
    char_space: float = 0.0


@dataclass
class ColumnLine:
    text: str
    style: Style
    first: bool
    last: bool


@dataclass
class Flow:
    """Paragraphs poured into columns line by line; `para`, `offset` is where the flow stands."""

    paragraphs: list[tuple[str, Style]]
    para: int = 0
    offset: int = 0

    @property
    def done(self) -> bool:
        return self.para >= len(self.paragraphs)

    def pour(self, width: float, room: float, leading) -> list[ColumnLine]:
        lines: list[ColumnLine] = []
        while not self.done and room >= leading(self.paragraphs[self.para][1]):
            text, style = self.paragraphs[self.para]
            first = self.offset == 0
            if first and lines and style.align == "centre":  # a title's lines stay in one column
                if len(wrap(text, width, style.size, style.face)) * leading(style) > room:
                    break
            end = break_line(text, self.offset, width - (style.indent if first else 0), style.size, style.face)
            last = end >= len(text)
            lines.append(ColumnLine(line_at(text, self.offset, end), style, first, last))
            room -= leading(style)
            self.para, self.offset = (self.para + 1, 0) if last else (self.para, end)
        return lines

    def fits(self, widths: tuple[float, ...], room: float, leading) -> bool:
        saved = (self.para, self.offset)
        for width in widths:
            self.pour(width, room, leading)
        done = self.done
        self.para, self.offset = saved
        return done

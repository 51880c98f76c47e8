"""Paragraphs poured into columns line by line."""

from __future__ import annotations

from dataclasses import dataclass

from tests.pdfgen.fonts import break_line, line_at, wrap

TITLE_RUN = 3  # centred paragraphs heading a text: a kicker, a title (broken on purpose: two), a subtitle

@dataclass
class Style:
    face: str
    size: float
    align: str  # justify | left | centre | right
    indent: float = 0.0  # first line, in points
    faux_bold: bool = False
    char_space: float = 0.0
    lead: int = 0  # characters at the paragraph's head set in Hei (a dateline)
    keep: bool = False  # a brief's title: kept in one column with the first lines of its text


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
            if first and lines and style.align == "centre" and self._kept_together(width, leading, style.keep) > room:
                break  # a title's lines stay in one column (a brief's, with the first lines of what it heads)
            end = break_line(text, self.offset, width - (style.indent if first else 0), style.size, style.face)
            last = end >= len(text)
            lines.append(ColumnLine(line_at(text, self.offset, end), style, first, last))
            room -= leading(style)
            self.para, self.offset = (self.para + 1, 0) if last else (self.para, end)
        return lines

    def _kept_together(self, width: float, leading, with_next: bool) -> float:
        """The height of the centred lines from here on (a kicker, a title broken on purpose, a subtitle) and of
        two lines of the paragraph they head: print keeps a title with its text. A longer run of centred lines (a
        page of photographs' captions) heads nothing: only the first one's lines are kept together."""
        height, n = 0.0, self.para
        while n < len(self.paragraphs) and self.paragraphs[n][1].align == "centre":
            text, style = self.paragraphs[n]
            height += len(wrap(text, width, style.size, style.face)) * leading(style)
            n += 1
        if n - self.para > TITLE_RUN or not with_next:
            text, style = self.paragraphs[self.para]
            return len(wrap(text, width, style.size, style.face)) * leading(style)
        if n < len(self.paragraphs):
            height += 2 * leading(self.paragraphs[n][1])
        return height

    def fits(self, widths: tuple[float, ...], room: float, leading) -> bool:
        saved = (self.para, self.offset)
        for width in widths:
            self.pour(width, room, leading)
        done = self.done
        self.para, self.offset = saved
        return done

"""Statistics table rows whose cells a raw two-column extraction cut over lines (a layout step).

A table printed across the page gets narrow columns when one indicator is long ('信息传输、软件和信息技术服务业'):
the unit column then holds a character a line, and `pdftotext -raw` gives each cell's lines in turn, then the row's
figures on a line of their own:

    #信息传输、软件和信息技术服务          '#信息传输、软件和信息技术服务业 亿元 —— —— 1819.13 5.3'
    业
    亿
    元
    —— —— 1819.13 5.3

or, the unit fitting its cell, the indicator alone wrapped ('#规模以上工业战略性新兴产业增加' + '值' + '亿元 —— —— —— 16.5'),

and the heading row in pieces ('指标 单' + '位 当月 同比±' + '% 累计 同比±' + '%'). join_split_rows puts each row, and
the heading row, on one line again; a piece it cannot place stays as it is (and the coverage check quotes it).
"""

from __future__ import annotations

from dataclasses import replace

from issues.parser import regexes
from issues.parser.lines import TEXT, Line

VALUE_CELLS = 4  # 当月, 同比 ±%, 累计, 同比 ±%
MAX_ROW_PIECES = 6  # an indicator and its unit, wrapped in their cells
MAX_HEADER_PIECES = 4


def join_split_rows(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if line.kind == TEXT and _figures_only(text) and (row := _row_over(out)) is not None:
            start, indicator, unit = row
            out[start:] = [replace(line, text=f"{indicator} {unit} {text}")]
            continue
        if line.kind == TEXT and _unit_and_figures(text) and (start := _indicator_over(out)) is not None:
            indicator = "".join("".join(piece.text.split()) for piece in out[start:])
            out[start:] = [replace(line, text=f"{indicator} {text}")]
            continue
        out.append(line)
    return _join_header_pieces(out)


def _unit_and_figures(text: str) -> bool:
    """'亿元 —— —— —— 16.5': a row's unit and its four figures, its indicator wrapped over the lines above."""
    unit, _, figures = text.partition(" ")
    return bool(regexes.STATISTICS_UNIT.match(unit)) and _figures_only(figures.strip())


def _indicator_over(out: list[Line]) -> int | None:
    """Where an indicator wrapped over two lines or more starts in out ('#规模以上工业战略性新兴产业增加' + '值'), the
    lines since the row before; None for an indicator on one line (the row as printed)."""
    pieces = _pieces_over(out)
    return pieces[0] if len(pieces) > 1 else None


def _pieces_over(out: list[Line]) -> list[int]:
    """The indices of the non-blank lines since the row before (or the heading row, or the page top): a row's pieces."""
    pieces: list[int] = []
    for k in range(len(out) - 1, -1, -1):
        text = out[k].text.strip()
        if out[k].kind != TEXT or _ends_row(text) or len(pieces) == MAX_ROW_PIECES:
            break
        if text:
            pieces.insert(0, k)
    return pieces


def _figures_only(text: str) -> bool:
    """'1478.53 0.3 11864.63 -10.7' · '—— —— 19349.31 -5.7': a row's four figures, nothing else."""
    cells = text.split()
    return len(cells) == VALUE_CELLS and all(regexes.STATISTICS_CELL_VALUE.match(cell) for cell in cells) \
        and any(c.isdigit() for c in text)


def _row_over(out: list[Line]) -> tuple[int, str, str] | None:
    """(where the row's pieces start in out, its indicator, its unit): the lines since the row before (or the heading
    row, or the page top), the unit the longest run of last pieces that is a whole unit ('亿' + '元')."""
    pieces = _pieces_over(out)
    texts = ["".join(out[k].text.split()) for k in pieces]
    for split in range(1, len(texts)):
        unit = "".join(texts[split:])
        if regexes.STATISTICS_UNIT.match(unit):
            return pieces[0], "".join(texts[:split]), unit
    return None


def _ends_row(text: str) -> bool:
    """A line the row's pieces do not go back past: a row, figures, the heading row's words, a sentence's end."""
    compact = "".join(text.split())
    return bool(regexes.STATISTICS_ROW.match(text) or _figures_only(text) or regexes.STATISTICS_HEADER_WORDS.match(compact)
                or regexes.STATISTICS_HEADER_ROW.match(text) or regexes.SENTENCE_END.search(text))


def _join_header_pieces(lines: list[Line]) -> list[Line]:
    """'指标 单' + '位 当月 同比±' + '% 累计 同比±' + '%' -> '指标 单 位 当月 同比± % 累计 同比± %' (the most pieces that,
    joined, are the heading row's words)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        pieces = _header_pieces(lines, i) if line.kind == TEXT else []
        if pieces:
            out.append(replace(line, text=" ".join(lines[k].text.strip() for k in [i, *pieces])))
            i = pieces[-1] + 1
            continue
        out.append(line)
        i += 1
    return out


def _header_pieces(lines: list[Line], i: int) -> list[int]:
    """The lines after a heading row's first piece ('指标 单') that complete it."""
    if not regexes.STATISTICS_HEADER_ROW.match(lines[i].text.strip()):
        return []
    following = []
    for k in range(i + 1, len(lines)):
        if lines[k].kind != TEXT or len(following) == MAX_HEADER_PIECES - 1:
            break
        if lines[k].text.strip():
            following.append(k)
    joined, best = "".join(lines[i].text.split()), 0
    for n, k in enumerate(following, start=1):
        joined += "".join(lines[k].text.split())
        if regexes.STATISTICS_HEADER_WORDS.match(joined):
            best = n
    return following[:best]

"""Title blocks of a raw two-column extraction, moved to where their documents begin (layout's steps).

A typesetter's PDF positions each title block (and a section's heading) as a frame across both columns,
painted, and so extracted, after its page's columns: the extraction prints a page's column text, then its
frames in printed order. Two steps undo that:

- join_cut_title_blocks: a title block cut by a page break (its first line the last frame of one page, the
  rest the first frame of the next) is put together where it begins;
- move_title_blocks: each block goes to its document's beginning, in the clean order (ZJCC code, issuer,
  title on one line, doc number): its addressee line, or, for a 通告 or an order, the line after the
  signature before it; several frames of one page head, in order, the documents begun on it; a frame at a
  page's foot whose document begins on the next page stays there; a column heading painted with a block
  goes with it; an enclosed title of a 印发…的通知 printed at its page's end goes to where the enclosed
  text starts.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.kinds import is_document_category
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, placed
from issues.parser.title_block import (MAX_TITLE_LINES, TitleBlock, content_lines, read_framed_title, read_order,
                                        read_printed)

PAGE_LINES = 160  # more column lines than a page holds (two columns of ~35, a title block)
MAX_ADDRESSEE_LINES = 4  # an addressee line wrapped in a column


def move_title_blocks(lines: list[Line]) -> list[Line]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[Line] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        run = _frames_at_page_end(lines, block)
        targets = _run_targets(lines, cursor, run) if len(run) > 1 else None
        if targets is not None:  # several frames after the page's columns: the k-th heads the k-th document begun
            for n, target in enumerate(targets):
                following = targets[n + 1] if n + 1 < len(targets) else run[0].start
                out += ([] if n else lines[cursor:target]) + [placed(text) for text in run[n].clean_lines()]
                out += lines[target:following]
            for framed in run[len(targets) :]:  # a title at the page's foot: its document begins on the next page
                out += [placed(text) for text in framed.clean_lines()]
            cursor = run[-1].end
            continue
        target = block.start if _addressees_follow(lines, block) else _document_start(lines, cursor, block)
        enclosed = _enclosed_title(lines, block)
        moved = [placed(text) for text in block.clean_lines()]
        column = _column_heading_over(lines, cursor, target, block.start)
        if column is not None:  # painted with the block, it heads the block's document, not the page
            moved = [placed("".join(lines[column].text.split()))] + moved
            out += lines[cursor:target] + moved + lines[target:column] + lines[column + 1 : block.start]
        else:
            out += lines[cursor:target] + moved + lines[target:block.start]
        if enclosed:
            e_start, e_end, title = enclosed
            out += [placed(title)] + lines[block.end:e_start]
            cursor = e_end
        else:
            cursor = block.end
    return out + lines[cursor:]


def join_cut_title_blocks(lines: list[Line]) -> list[Line]:
    """A title block cut by a page break, each piece a frame painted after its page's columns: the first
    title line(s) end page 3, the rest and the doc number end page 4, after page 4's column text (the
    document's own beginning). The pieces are put together where the block begins, in the clean order,
    so that the document starts on the page its title does."""
    out = list(lines)
    i = 0
    while i < len(out):
        whole = read_printed(out, i) if out[i].kind == TEXT and out[i].text.strip() else None
        if whole is not None:
            i = whole.end  # a whole block: no piece of a cut one starts inside it
            continue
        joined = _cut_block_at(out, i)
        if joined is None:
            i += 1
            continue
        block, rest_start, rest_end = joined
        out = (out[:i] + [placed(text) for text in block.clean_lines()] + out[block.end_first:rest_start]
               + out[rest_end:])
        i += 1
    return out


def _cut_block_at(lines: list[Line], i: int):
    """(the joined block, where its second piece starts and ends) when a block opening at i runs into a
    page mark and the last lines of the next page complete it; else None."""
    if lines[i].kind != TEXT or not lines[i].text.strip():
        return None
    first = []
    for k, content in content_lines(lines, i):
        if content is None:
            break
        first.append(k)
        if len(first) > MAX_TITLE_LINES:
            return None
    mark = first[-1] + 1 if first else i
    while mark < len(lines) and lines[mark].kind == TEXT and not lines[mark].text.strip():
        mark += 1
    if mark >= len(lines) or lines[mark].kind != PAGE_BREAK or not _opens_cut_title(lines, first):
        return None
    page_end = next((k for k in range(mark + 1, len(lines)) if lines[k].kind == PAGE_BREAK), len(lines))
    next_page = [k for k, content in content_lines(lines, mark + 1) if content is not None and k < page_end]
    # the rest is the first frame(s) painted after the next page's columns: the first run of lines that
    # completes the block, the longest such (its number under its title lines)
    for n in range(len(next_page)):
        for m in range(min(MAX_TITLE_LINES + 1, len(next_page) - n), 0, -1):
            rest = next_page[n : n + m]
            pieces = [lines[k] for k in first] + [lines[k] for k in rest]
            block = read_printed(pieces, 0)
            if block is not None and block.end == len(pieces):
                block.end_first = first[-1] + 1
                return block, rest[0], rest[-1] + 1
    return None


def _opens_cut_title(lines: list[Line], first: list[int]) -> bool:
    """The piece before the break opens a title and does not end one ('宿迁市人民政府关于印发宿迁市城乡医疗救助')."""
    pieces = ["".join(lines[k].text.split()) for k in first]
    joined = "".join(pieces)
    if not pieces or regexes.TITLE_END.search(joined) or regexes.SENTENCE_END.search(joined):
        return False
    if any(regexes.DOC_NUMBER_FULL.match(piece) for piece in pieces):  # the number comes under the title
        return False
    opens = (regexes.TITLE_START, regexes.ISSUER_TITLE_LINE, regexes.ISSUER_LINE)
    return any(pattern.match(piece) for piece in pieces for pattern in opens)


def _next_title_block(lines: list[Line], cursor: int) -> TitleBlock | None:
    for i, text in content_lines(lines, cursor):
        if text and (block := read_printed(lines, i) or read_order(lines, i)):
            return block
        if text and (block := read_framed_title(lines, i)) and _ends_page(lines, _frames_at_page_end(lines, block)[-1]):
            return block  # a title without number heads a document only among the frames ending its page
    return None


def _frames_at_page_end(lines: list[Line], block: TitleBlock) -> list[TitleBlock]:
    """The block and the blocks printed right after it, when they run to the end of their page: frames
    painted after the page's columns, one per document begun on the page, in printed order. A section
    heading's frame may come last (its section begins after these documents)."""
    run = [block]
    while True:
        if _ends_page(lines, run[-1]):  # the page ends (or the text)
            return run
        following = next(i for i, text in content_lines(lines, run[-1].end) if text)
        nxt = read_printed(lines, following) or read_order(lines, following) or read_framed_title(lines, following)
        if nxt is None:
            return [block]
        run.append(nxt)


def _ends_page(lines: list[Line], block: TitleBlock) -> bool:
    """Nothing but section headings follow the block on its page (or in the text)."""
    rest = []
    for _, text in content_lines(lines, block.end):
        if text is None:
            break
        rest.append(text)
    return all(_is_heading(text) for text in rest)


def _is_heading(text: str | None) -> bool:
    compact = "".join((text or "").split())
    return bool(text) and bool(regexes.CATEGORY_HEADING.match(compact) or regexes.MONTH_HEADING.match(compact))


def _run_targets(lines: list[Line], floor: int, run: list[TitleBlock]) -> list[int] | None:
    """Where each framed block's document begins: the addressee lines of the page's columns, in order,
    the last len(run) of them; or all but the last frame's, when the next page opens with the last one's
    addressees (a title at the foot of its page). None when the columns tell no such thing (a 通告 or an
    order prints no addressees)."""
    page_top = next((i + 1 for i in range(run[0].start - 1, floor - 1, -1) if lines[i].kind == PAGE_BREAK), floor)
    starts = _addressee_starts(lines, page_top, run[0].start)
    for articles in (False, True):  # a 通告 or an order prints no addressees: it begins after a signature;
        if len(starts) < len(run):  # a rule without cover notice, last, with its first chapter or article
            starts = sorted(set(starts) | set(_starts_after_signatures(lines, page_top, run[0].start, articles)))
        told = starts[1:] if starts and _claimed_by_previous_page(lines, page_top, starts[0]) else starts
        if len(told) >= len(run):
            return told[-len(run):]
        if len(told) == len(run) - 1 and _addressee_starts_next_page(lines, run[-1].end):
            return told
    # the columns tell fewer beginnings than there are frames (a 通告 after an enclosed text prints neither
    # addressees nor a signature before it): the first frames head the beginnings told, in order; the rest
    # stay at the page's foot, where their documents read empty and are told (文件没有正文)
    return told if told else None


def _unaddressed(block: TitleBlock) -> bool:
    """A 通告, a 公告 or an order: a document printed without addressees."""
    return bool(regexes.UNADDRESSED_TITLE_END.search(block.title) or regexes.ORDER_NUMBER_LINE.match(block.doc_number))


def _starts_after_signatures(lines: list[Line], lo: int, hi: int, articles: bool = False) -> list[int]:
    """The first line after each signature's date in a page's columns, past a note under it ('（此件公开发布）'),
    a copy line ('抄送：…') and an enclosed title (the 办法 an order or a cover notice publishes); a chapter or
    an article ('第一章 总则') only when articles (it may be the enclosed text's)."""
    content = [i for i in range(lo, hi) if lines[i].kind != PLACED and lines[i].text.strip()]
    starts = []
    for n, i in enumerate(content):
        if not regexes.DATE_LINE.match(in_digits("".join(lines[i].text.split()))):
            continue
        following = [k for k in content[n + 1 :] if not regexes.AFTER_SIGNATURE.match(lines[k].text.strip())]
        text = "".join(lines[following[0]].text.split()) if following else ""
        if text and not regexes.TITLE_END.search(text) and (articles or not regexes.STRUCTURAL_START.match(text)):
            starts.append(following[0])  # not the enclosed text's title, chapter or article
    return starts


def _claimed_by_previous_page(lines: list[Line], page_top: int, start: int) -> bool:
    """The page's first addressee line is the page's first line and the previous page ended with a title block
    kept at its foot (moved already: its lines stand alone): that block's document begins here."""
    first = next((i for i in range(page_top, len(lines)) if lines[i].text.strip()), None)
    last = next((lines[i] for i in range(page_top - 2, -1, -1) if lines[i].text.strip()), None)
    return first == start and last is not None and last.kind == PLACED


def _addressee_starts_next_page(lines: list[Line], after: int) -> bool:
    """The next page's columns open with an addressee line."""
    mark = next((i for i in range(after, len(lines)) if lines[i].kind == PAGE_BREAK), None)
    if mark is None:
        return False
    end = next((i for i in range(mark + 1, len(lines)) if lines[i].kind == PAGE_BREAK), len(lines))
    first = next((i for i in range(mark + 1, end) if lines[i].text.strip()), None)
    return first is not None and _addressee_starts(lines, first, end)[:1] == [first]


def _addressee_starts(lines: list[Line], lo: int, hi: int) -> list[int]:
    """The first line of each addressee line in a page's columns, wrapped or not ('各县、区人民政府，…市湖' +
    '…市各直属单位：' · '市级各有关单位：'), at the page's top or after a sentence or a date has ended."""
    content = [(i, lines[i].text.strip()) for i in range(lo, hi)
               if lines[i].kind != PAGE_BREAK and lines[i].text.strip()]  # '各直属机构：' may stand alone (placed)
    starts = []
    for n, (i, text) in enumerate(content):
        before = content[n - 1][1] if n else ""
        if n and not (regexes.SENTENCE_END.search(before) or regexes.DATE_LINE.match(in_digits("".join(before.split())))):
            continue
        if regexes.STRUCTURAL_START.match(text):
            continue
        joined = ""
        for _, piece in content[n : n + MAX_ADDRESSEE_LINES]:
            if regexes.DATE_LINE.match(in_digits("".join(piece.split()))):
                joined = ""  # a signer over its date: no addressees
                break
            joined += piece
            if piece.endswith(("：", ":")):
                break
        match = regexes.ADDRESSEES_LINE.match(joined)
        if match and regexes.ADDRESSEES_SEVERAL.search(match["addressees"]) \
                and not regexes.ADDRESSEES_NOT.search(match["addressees"]):
            starts.append(i)
    return starts


def _column_heading_over(lines: list[Line], floor: int, target: int, block_start: int) -> int | None:
    """The index of a documents column's heading ('省政府文件', '部门文件') printed right before a title block
    that moves up its page: a positioned frame painted with the block, after the page's columns."""
    for i in range(block_start - 1, max(floor, target) - 1, -1):
        text = lines[i].text.strip()
        if lines[i].kind == TEXT and not text:
            continue
        heading = regexes.CATEGORY_HEADING.match("".join(text.split()))
        if heading and lines[i].kind == TEXT and is_document_category(heading["category"]):
            return i
        return None
    return None


def _addressees_follow(lines: list[Line], block: TitleBlock) -> bool:
    """The block is where it belongs: its addressee line follows it ('市级各有关单位：'), as when a notice
    begins under the signature of the one before on the same page."""
    text = next((text for _, text in content_lines(lines, block.end)), None)
    return bool(text) and bool(regexes.ADDRESSEES_LINE.match(text)) and not regexes.STRUCTURAL_START.match(text)


def _document_start(lines: list[Line], floor: int, block: TitleBlock) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor. A 通告 or an
    order prints no addressees: it begins after the page's last signature, else at the page's top."""
    block_start = block.start
    top = next((i + 1 for i in range(block_start - 1, floor - 1, -1) if lines[i].kind == PAGE_BREAK), floor)
    if _unaddressed(block):
        starts = _starts_after_signatures(lines, top, block_start)
        return starts[-1] if starts else top
    if starts := _addressee_starts(lines, top, block_start):  # on its page, wrapped or not
        return starts[-1]
    page_top = None
    for i in range(block_start - 1, floor - 1, -1):
        text = lines[i].text.strip()
        if regexes.ADDRESSEE_LINE.match(text):
            return i
        if page_top is None and lines[i].kind == PAGE_BREAK:
            page_top = i + 1
    return page_top if page_top is not None else floor


def _enclosed_title(lines: list[Line], block: TitleBlock) -> tuple[int, int, str] | None:
    """The enclosed document's title (one to three lines) before the next page break."""
    match = regexes.ENCLOSED_TITLE.match(block.title)
    if not match:
        return None
    wanted = match["enclosed"].strip("《》")
    found = []
    for i, text in content_lines(lines, block.end):
        if len(found) > PAGE_LINES or (text is None and lines[i].kind == PAGE_BREAK):
            break
        if text is not None:
            found.append((i, text))
    for k in range(len(found)):
        joined = ""
        for m in range(k, min(k + 3, len(found))):
            joined += "".join(found[m][1].split())
            if joined == wanted:
                return found[k][0], found[m][0] + 1, joined
            if not wanted.startswith(joined):
                break
    return None

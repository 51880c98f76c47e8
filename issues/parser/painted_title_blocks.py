"""Title blocks of a raw two-column extraction, moved to where their documents begin (layout's steps).

A typesetter's PDF positions each title block (and a section's heading) as a frame across both columns,
painted, and so extracted, after its page's columns: the extraction prints a page's column text, then its
frames in printed order. Two steps undo that:

- join_cut_title_blocks: a title block cut by a page break (its first line the last frame of one page, the
  rest the first frame of the next) is put together where it begins;
- move_title_blocks: each block goes to its document's beginning, in the clean order (ZJCC code, issuer,
  title on one line, doc number): its addressee line, or, for a 通告 or an order, the line after the
  signature before it, or, for a rule printed alone, its first chapter or article (document_starts.py tells
  where); several frames of one page head, in order, the documents begun on it; a frame at a
  page's foot whose document begins on the next page stays there; a column heading painted with a block
  goes with it; an enclosed title of a 印发…的通知 printed at its page's end goes to where the enclosed
  text starts.
"""

from __future__ import annotations

from issues.parser import document_starts, regexes
from issues.parser.dates import in_digits
from issues.parser.forwarded import forwards
from issues.parser.heard_title_blocks import heard_start, read_framed_heard
from issues.parser.kinds import is_document_category
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, placed
from issues.parser.order_title_blocks import read_order
from issues.parser.statistics import is_table_title
from issues.parser.raw_title_blocks import (content_lines, is_bare_notice, is_named_notice, read_framed_title,
                                             read_printed)
from issues.parser.title_block import MAX_TITLE_LINES, TitleBlock

PAGE_LINES = 160  # more column lines than a page holds (two columns of ~35, a title block)


def move_title_blocks(lines: list[Line]) -> list[Line]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[Line] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        run = _frames_at_page_end(lines, cursor, block)
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
        in_place = _addressees_follow(lines, block) or _promulgation_follows(lines, block)
        target = block.start if in_place else _document_start(lines, cursor, block)
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
    # completes the block, the longest such (its number under its title lines); a run that completes it with
    # its number before one without (a title the columns print, '…工作规则' over its first chapter, completes
    # a block without number too)
    for numbered in (True, False):
        for n in range(len(next_page)):
            for m in range(min(MAX_TITLE_LINES + 1, len(next_page) - n), 0, -1):
                rest = next_page[n : n + m]
                if any(regexes.SENTENCE_PUNCTUATION.search(lines[k].text) or document_starts.is_date(lines[k].text)
                       or _is_heading(lines[k].text) for k in rest):
                    continue  # a title block's line ends or joins no sentence ('…适用本规则。'), nor is a signature's date
                    # or a section's heading painted before the rest ('6月份人事任免' over '信建设的实施意见》的通知')
                pieces = [lines[k] for k in first] + [lines[k] for k in rest]
                block = read_printed(pieces, 0)
                if block is not None and block.end == len(pieces) and bool(block.doc_number) >= numbered:
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
        if text and (block := _block_at(lines, cursor, i)):
            return block
        if text and (block := _framed(lines, i)) and _ends_page(lines, _frames_at_page_end(lines, cursor, block)[-1]):
            return block  # a title without number heads a document only among the frames ending its page
    return None


def _framed(lines: list[Line], i: int) -> TitleBlock | None:
    """A title without number that heads a document only among the frames ending its page."""
    return read_framed_title(lines, i) or read_framed_heard(lines, i)


def _block_at(lines: list[Line], floor: int, i: int) -> TitleBlock | None:
    """A title block at i: as printed, an order's, or a rule's title alone painted at its page's foot; not the block of a
    document the text before it forwards (printed under the 转发 notice's signature, where it stays)."""
    block = read_printed(lines, i) or read_order(lines, i) or document_starts.rule_title_block(lines, floor, i)
    if block and forwards(" ".join(line.text for line in lines[floor:i] if line.kind == TEXT), block.doc_number):
        return None
    return block


def _frames_at_page_end(lines: list[Line], floor: int, block: TitleBlock) -> list[TitleBlock]:
    """The block and the blocks printed right after it, when they run to the end of their page: frames
    painted after the page's columns, one per document begun on the page, in printed order. A section
    heading's frame may come last (its section begins after these documents)."""
    run = [block]
    while True:
        if _ends_page(lines, run[-1]):  # the page ends (or the text)
            return run
        following = next(i for i, text in content_lines(lines, run[-1].end) if text)
        nxt = _block_at(lines, floor, following) or _framed(lines, following)
        if nxt is None:
            return [block]
        run.append(nxt)


def _ends_page(lines: list[Line], block: TitleBlock) -> bool:
    """Nothing but section headings follow the block on its page (or in the text), or a statistics table's title: frames
    painted across the columns after them too ('统计资料' + '2022年9月社会消费品零售总额' after a notice's title block)."""
    rest = []
    for _, text in content_lines(lines, block.end):
        if text is None:
            break
        rest.append(text)
    return all(_is_heading(text) or is_table_title(text) for text in rest)


def _is_heading(text: str | None) -> bool:
    compact = "".join((text or "").split())
    return bool(text) and bool(regexes.CATEGORY_HEADING.match(compact) or regexes.MONTH_HEADING.match(compact))


def _run_targets(lines: list[Line], floor: int, run: list[TitleBlock]) -> list[int] | None:
    """Where each framed block's document begins, in printed order: the addressee lines of the page's columns, in
    order, the last len(run) of them; or all but the last frame's, when the next page opens with the last one's
    addressees (a title at the foot of its page); a rule alone or a 通告 naming its issuer where its own text tells
    (_own_start). None when the columns tell no such thing or the beginnings are out of order."""
    own = [_own_start(lines, floor, block) for block in run]
    others = sum(1 for start in own if start is None)
    told = (_told_starts(lines, floor, run, others, {start for start in own if start is not None}) or []) if others else []
    targets: list[int] = []
    for start in own:
        if start is None and not told:
            break  # the rest stay at the page's foot: their documents begin on the next page
        targets.append(start if start is not None else told.pop(0))
    in_order = all(a <= b for a, b in zip(targets, targets[1:]))
    return targets if targets and in_order else None


def _told_starts(lines: list[Line], floor: int, run: list[TitleBlock], wanted: int, own: set[int]) -> list[int] | None:
    """The beginnings the page's columns tell for `wanted` of the run's documents, besides those the others' own
    text tells (own): addressee lines, else the lines after signatures (a 通告 or an order prints no addressees;
    a rule without cover notice, last, begins with its first chapter or article)."""
    page_top = next((i + 1 for i in range(run[0].start - 1, floor - 1, -1) if lines[i].kind == PAGE_BREAK), floor)
    starts = [i for i in document_starts.addressee_starts(lines, page_top, run[0].start) if i not in own]
    top = document_starts.page_top_opens(lines, page_top)
    if top is not None and top not in own and top not in starts:
        starts.insert(0, top)  # a document begins at the page's top whatever it prints first
    for articles in (False, True):
        if len(starts) < wanted:
            after = document_starts.starts_after_signatures(lines, page_top, run[0].start, articles)
            starts = sorted(set(starts) | set(after) - own)
        told = starts[1:] if starts and document_starts.claimed_by_previous_page(lines, page_top, starts[0]) else starts
        if len(told) >= wanted:
            return told[-wanted:]
        if len(told) == wanted - 1 and document_starts.addressee_starts_next_page(lines, run[-1].end):
            return told
    # the columns tell fewer beginnings than there are frames (a 通告 after an enclosed text prints neither
    # addressees nor a signature before it): the first frames head the beginnings told, in order; the rest
    # stay at the page's foot, where their documents read empty and are told (文件没有正文)
    return told if told else None


def _own_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """Where a document without addressees begins by its own text: a rule alone at its first chapter or article,
    a 通告 naming its issuer after the signature (and the enclosed rule) of the notice before, an order at the sentence
    publishing its rule."""
    if _is_rule(block) or regexes.ISSUER_NAMED_TITLE.match(block.title):  # a government's own rules, numbered or not
        return document_starts.rule_start(lines, floor, block)
    if is_named_notice(block) or is_bare_notice(block):
        return document_starts.notice_start(lines, floor, block)
    if regexes.ORDER_NUMBER_LINE.match(block.doc_number):
        return document_starts.promulgation_start(lines, floor, block)
    if not block.doc_number and not block.issuer and regexes.REPORT_TITLE.match(block.title):
        return document_starts.report_start(lines, floor, block)  # a work report, at its occasion or speaker's line
    if not block.doc_number and not block.issuer and regexes.RESOLUTION_TITLE.match(block.title):
        return document_starts.passage_start(lines, floor, block)  # a resolution alone, at its passage line
    if not block.doc_number and regexes.HEARD_TITLE.match(block.title):
        return heard_start(lines, floor, block)  # a 说明 or a committee's report, at its occasion or its addressee
    return None


def _unaddressed(block: TitleBlock) -> bool:
    """A 通告, a 公告, an order or a rule alone: a document printed without addressees."""
    return bool(regexes.UNADDRESSED_TITLE_END.search(block.title) or regexes.ORDER_NUMBER_LINE.match(block.doc_number)
                or _is_rule(block))


def _is_rule(block: TitleBlock) -> bool:
    """A rule's title alone (document_starts.rule_title_block): the other blocks have a number or an issuer."""
    return not block.doc_number and not block.issuer and not is_named_notice(block) and len(block.title_lines) == 1 \
        and bool(regexes.RULE_TITLE.match(block.title))


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
    """The block is where it belongs: its addressee line follows it ('市级各有关单位：'), maybe wrapped over the
    column's lines ('各省、自治区、直辖市劳动和社会保障厅（' + '局）：'), as when a notice begins under the signature
    of the one before on the same page."""
    i, text = next(content_lines(lines, block.end), (None, None))
    if not text:
        return False
    if regexes.ADDRESSEES_LINE.match(text) and not regexes.STRUCTURAL_START.match(text):
        return True
    end = next((k for k in range(i, len(lines)) if lines[k].kind == PAGE_BREAK), len(lines))
    return document_starts.addressee_starts(lines, i, end)[:1] == [i]


def _promulgation_follows(lines: list[Line], block: TitleBlock) -> bool:
    """The block is where it belongs: an order's text follows it, naming the rule it publishes ('河北省人工影响天气管理规定'
    + '政府令〔2010〕第15号' over '《河北省人工影响天气管理规定》已经…通过，现予公布'), as when an order is printed under a
    document that ends without a signature (a frame would come after its page's columns, not before its own text)."""
    opening = ""
    for _, text in content_lines(lines, block.end):
        if text is None or len(opening) > len(block.title) + 2:
            break
        opening += "".join(text.split())
    return opening.startswith(f"《{block.title}》")


def _document_start(lines: list[Line], floor: int, block: TitleBlock) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor. A 通告 or an
    order prints no addressees: it begins after the page's last signature (a 通告 naming its issuer after the
    enclosed rule of the notice before), else at the page's top; a rule alone, at its first chapter or article."""
    block_start = block.start
    top = next((i + 1 for i in range(block_start - 1, floor - 1, -1) if lines[i].kind == PAGE_BREAK), floor)
    if (start := _own_start(lines, floor, block)) is not None:
        return start
    if _unaddressed(block):
        starts = document_starts.starts_after_signatures(lines, top, block_start)
        return starts[-1] if starts else top
    if starts := document_starts.addressee_starts(lines, top, block_start):  # on its page, wrapped or not
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
    """The enclosed document's title (one to three lines) painted as a frame after the page's columns: the last lines
    before the next page break. One printed under the cover's signature, its text under it, stays there."""
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
            if joined == wanted and m == len(found) - 1:  # a frame: the page's last lines (else it is where it is printed)
                return found[k][0], found[m][0] + 1, joined
            if not wanted.startswith(joined):
                break
    return None

"""Title blocks of a raw two-column extraction (layout steps): a typesetter paints a document's title block as a
frame after its page's columns, so the extraction gives it at the foot of the page (or, cut by a page break, at
the foot of two pages). These steps put each block at the start of its document, in the clean order (registration
code, issuer, title on one line, doc number).
"""

from __future__ import annotations

from issues.parser import regexes, title_block
from issues.parser.dates import in_digits
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, placed
from issues.parser.painted_headings import heading_at
from issues.parser.title_block import TitleBlock, content_lines, read_printed

PAGE_LINES = 160  # more column lines than a page holds (two columns of ~35, a title block)
ADDRESSEE_COLUMN_LINES = 5  # an addressee line wraps over at most this many column lines


def join_cut_title_blocks(lines: list[Line]) -> list[Line]:
    """A title block cut by a page break: its first lines painted at the foot of one page ('金华市人民政府办公室' +
    '关于印发金华市人民政府办理人大代表建议'), the rest at the foot of the next ('和政协提案工作规则的通知' +
    '金政办发〔2010〕15号'). The rest joins the first lines, so that the block is read whole, on the page it begins."""
    pages = _page_spans(lines)
    moves: dict[int, list[int]] = {}  # index of a cut block's last line -> the indices of its rest
    for (start, end), (next_start, next_end) in zip(pages, pages[1:]):
        head, tail = _trailing(lines, start, end), _trailing(lines, next_start, next_end)
        if joined := _cut_block(lines, head, tail):
            moves[joined[0]] = joined[1]
    moved = {k for rest in moves.values() for k in rest}
    out = []
    for i, line in enumerate(lines):
        if i not in moved:
            out.append(line)
        if i in moves:
            out += [lines[k] for k in moves[i]]
    return out


def _page_spans(lines: list[Line]) -> list[tuple[int, int]]:
    marks = [i for i, line in enumerate(lines) if line.kind == PAGE_BREAK]
    bounds = [0] + marks + [len(lines)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _trailing(lines: list[Line], start: int, end: int) -> list[int]:
    """The last content lines of a page, as many as a title block holds, in order."""
    found = [i for i in range(end - 1, start - 1, -1) if lines[i].kind != PAGE_BREAK and lines[i].text.strip()]
    return found[: title_block.MAX_TITLE_LINES + 1][::-1]


def _cut_block(lines: list[Line], head: list[int], tail: list[int]) -> tuple[int, list[int]] | None:
    """(the cut block's last line, the lines of its rest) when the head page ends with a block's first lines that
    read_printed cannot finish and the next page ends with lines that finish it."""
    for k in range(len(head)):
        first = head[k:]
        texts_ = ["".join(lines[i].text.split()) for i in first]
        unfinished = not any(regexes.DOC_NUMBER_FULL.match(text) for text in texts_) and not regexes.TITLE_END.search(texts_[-1])
        if not unfinished or not title_block.opens_printed_block(texts_[0]) or read_printed(lines, first[0]) is not None:
            continue
        for m in range(len(tail) - 1, -1, -1):  # the shortest rest first: a title line is no sentence
            rest = tail[m:]
            if any(regexes.SENTENCE_PUNCTUATION.search(lines[i].text) for i in rest):
                break
            if title_block.opens_printed_block(lines[rest[0]].text.strip()):
                continue  # a block of its own, not the rest of this one
            joined = [Line(lines[i].text.strip()) for i in first + rest]
            block = read_printed(joined, 0)
            if block is not None and block.end == len(joined):
                return first[-1], rest
    return None


def move_title_blocks(lines: list[Line]) -> list[Line]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[Line] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        if run := _painted_run(lines, cursor, block):
            at = cursor
            for member, target in run:
                out += lines[at:target] + [placed(text) for text in member.clean_lines()]
                at = target
            out += lines[at:block.start]
            cursor = run[-1][0].end
            continue
        if _is_unaddressed(block):
            target = _own_start(lines, cursor, block)
        else:
            target = block.start if _addressees_follow(lines, block) else _document_start(lines, cursor, block.start)
        enclosed = _enclosed_title(lines, block)
        out += lines[cursor:target] + [placed(text) for text in block.clean_lines()] + lines[target:block.start]
        if enclosed:
            e_start, e_end, title = enclosed
            out += [placed(title)] + lines[block.end:e_start]
            cursor = e_end
        else:
            cursor = block.end
    return out + lines[cursor:]


def _next_title_block(lines: list[Line], cursor: int, floor: int | None = None) -> TitleBlock | None:
    """The next title block from cursor; floor: where the text not yet placed begins (a rule's start is after it)."""
    for i, text in content_lines(lines, cursor):
        if text and (block := read_printed(lines, i) or _rule_title_block(lines, cursor if floor is None else floor, i)):
            return block
    return None


def _is_unaddressed(block: TitleBlock) -> bool:
    """A block whose document prints no addressee line: a rule alone, a 通告 naming its issuer."""
    return _is_rule(block) or title_block.is_named_notice(block)


def _own_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    return _notice_start(lines, floor, block) if title_block.is_named_notice(block) else _rule_start(lines, floor, block)


def _notice_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """Where a 通告 naming its issuer begins on its page: its signature is its issuer's line over a date; its text,
    the first paragraph of running text after the signature before it (a notice's enclosed rule, of articles and
    items, ends there), else the first after that signature."""
    page_top = next((k + 1 for k in range(block.start - 1, floor - 1, -1) if lines[k].kind == PAGE_BREAK), floor)
    content = [(k, text) for k, text in content_lines(lines, page_top) if k < block.start and text is not None]
    issuer = next((issuer for issuer in (text for _, text in content) if block.title.startswith(issuer + "关于")), None)
    signed = [n for n, (_, text) in enumerate(content[:-1]) if text == issuer and _is_date(content[n + 1][1])]
    if not signed:
        return None
    dates = [n for n in range(signed[-1]) if _is_date(content[n][1])]
    after = dates[-1] + 1 if dates else 0
    starts = [n for n in range(after, signed[-1]) if n == after or regexes.SENTENCE_END.search(content[n - 1][1])]
    running = [n for n in starts if n > after and not _structured(content[n][1]) and _structured_before(content, after, n)]
    chosen = running[0] if running else (starts[0] if starts else None)
    return None if chosen is None else content[chosen][0]


def _structured_before(content: list[tuple[int, str]], after: int, n: int) -> bool:
    """Items or articles printed between the date and line n (an enclosure of the notice before)."""
    return any(_structured(text) for _, text in content[after:n])


def _structured(text: str) -> bool:
    """An item's or an article's first line: '一、管制时间' · '第一条 为…' · '（一）…'."""
    return bool(regexes.COLUMN_UNIT_START.match(text) or regexes.STRUCTURAL_START.match(text))


def _is_date(text: str) -> bool:
    return bool(regexes.DATE_LINE.match(in_digits("".join(text.split()))))


def _is_rule(block: TitleBlock) -> bool:
    """A rule's title alone (_rule_title_block): read_printed's blocks all have a number or an issuer's line."""
    return not block.doc_number and not block.issuer


def _rule_title_block(lines: list[Line], floor: int, i: int) -> TitleBlock | None:
    """A rule printed on its own, with neither number nor issuer ('禄丰市人民政府常务会议议事规则'): its title,
    painted at the foot of its page (the page ends after it, or another title block or a heading follows), heads the rule
    whose first chapter or article the page printed without a title over it (_rule_start)."""
    text = "".join(lines[i].text.split())
    if not regexes.RULE_TITLE.match(text):
        return None
    following = next(content_lines(lines, i + 1), None)
    at_foot = (following is None or following[1] is None or read_printed(lines, following[0]) is not None
               or heading_at(lines, following[0]) is not None)
    block = TitleBlock(title_lines=[text], start=i, end=i + 1)
    return block if at_foot and _rule_start(lines, floor, block) is not None else None


def _rule_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """The last line of the block's page, before it, that opens a rule ('第一章 总 则', '第一条 …', or the passage
    line over them: '（2001年4月29日…通过…）') with no title over it: a rule enclosed by a notice prints its own title
    there, under the notice's date."""
    page_top = next((k + 1 for k in range(block.start - 1, floor - 1, -1) if lines[k].kind == PAGE_BREAK), floor)
    found, previous, passage = None, "", False
    for k, text in content_lines(lines, page_top):
        if k >= block.start:
            break
        if text is None:
            continue
        titled = regexes.TITLE_END.search(previous) and not regexes.SENTENCE_END.search(previous)
        dated = regexes.DATE_LINE.match(in_digits("".join(previous.split())))
        chapter = regexes.RULE_OPENING.match(previous)  # '第一条' under its '第一章' opens nothing new
        opening = regexes.RULE_OPENING.match(text)
        if (opening or regexes.RULE_PASSAGE_START.match(text)) and previous and not (titled or dated or chapter):
            if not (opening and passage):  # the chapter under a passage line opens nothing new
                found = k
        passage = bool(regexes.RULE_PASSAGE_START.match(text)) or passage and not regexes.SENTENCE_END.search(previous)
        previous = text
    return found


def _painted_run(lines: list[Line], floor: int, first: TitleBlock) -> list[tuple[TitleBlock, int]]:
    """Title blocks a typesetter painted together after their page's columns (two documents beginning on one
    page): in the order printed, they head the documents that begin on the page, each at its addressee
    line (maybe wrapped over several column lines); a block with no such line left stays after the page's text.
    Read one by one, the first block would take the addressee line nearest to it, the second document's."""
    run = [first]
    while ((following := _next_title_block(lines, run[-1].end, floor)) is not None
           and _adjacent(lines, run[-1].end, following)):
        run.append(following)
    if len(run) < 2:
        return []
    page_top = next((i + 1 for i in range(first.start - 1, floor - 1, -1) if lines[i].kind == PAGE_BREAK), floor)
    addressed = [block for block in run if not _is_unaddressed(block)]
    starts = [i for i in range(page_top, first.start) if _addressees_start(lines, i)][-len(addressed):]
    # fewer addressee lines than blocks: the last blocks' documents begin on the next page (a frame is painted
    # on the page where its document's text would begin, and that page was full): they stay after the page's text
    targets = dict(zip((id(block) for block in addressed), starts + [first.start] * (len(addressed) - len(starts))))
    placed = [(block, _own_start(lines, floor, block) if _is_unaddressed(block) else targets[id(block)]) for block in run]
    if any(target is None for _, target in placed):
        return []
    in_order = all(a[1] <= b[1] for a, b in zip(placed, placed[1:]))
    return placed if in_order else []


def _adjacent(lines: list[Line], end: int, block: TitleBlock) -> bool:
    return all(lines[i].kind == TEXT and not lines[i].text.strip() for i in range(end, block.start))


def _addressees_start(lines: list[Line], i: int) -> bool:
    """An addressee line begins here ('各县市区人民政府，岳阳经济技术开发区、' + … + '中央、省属驻岳各单位：'),
    on one column line or wrapped over a few."""
    if lines[i].kind == PLACED:  # marked already: an addressee line on one column line
        return bool(regexes.ADDRESSEE_LINE.match(lines[i].text.strip()))
    if lines[i].kind != TEXT or not lines[i].text.strip().startswith("各"):
        return False
    joined = ""
    for _, following in zip(range(ADDRESSEE_COLUMN_LINES), content_lines(lines, i)):
        if following[1] is None:
            return False
        joined += following[1]
        if joined.endswith(("：", ":")):
            return bool(regexes.ADDRESSEES_LINE.match(joined)) and not regexes.ADDRESSEES_NOT.search(joined)
    return False


def _addressees_follow(lines: list[Line], block: TitleBlock) -> bool:
    """The block is where it belongs: its addressee line follows it ('市级各有关单位：'), as when a notice
    begins under the signature of the one before on the same page."""
    text = next((text for _, text in content_lines(lines, block.end)), None)
    return bool(text) and bool(regexes.ADDRESSEES_LINE.match(text)) and not regexes.STRUCTURAL_START.match(text)


def _document_start(lines: list[Line], floor: int, block_start: int) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor."""
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

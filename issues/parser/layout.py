"""Layout of a raw two-column PDF extraction (the 2020-09 shape): raw lines in, clean lines out.

In such a text every printed column line is a line of its own, with a blank line after it. What
the extraction did to the page, and the step that undoes it:

- a page footer '·    28    ·' closes page 28; the running header after it opens page 29
  ('温州市人民政府公报（总第217期）', '2020年第9 期文件发布')        -> mark_page_footers, drop_running_headers
- any other page break shows as a line that starts with a space right after a text line,
  with no blank line between them                                    -> mark_page_breaks, number_page_marks
- what is printed across the top of a page (a document's title block, a section heading, an
  interpretation's title) comes out at the END of that page, or in the middle of its text
                                                                     -> move_title_blocks, move_headings_to_page_top
- paragraphs are cut every ~20 characters, words included            -> join_column_lines
- justification spreads short lines: '（ 十 六 ） 其 他 安 置 房'     -> collapse_spacing

Page marks are the shared ones of clean.py: PAGE_MARK + '29' means printed page 29 starts here;
a mark whose number the text cannot tell stays a bare PAGE_MARK. Lines that must stay on their
own through the joining (titles, headings, signatures, table rows) carry a STANDALONE prefix
while the steps run; the last step removes it.
"""

from __future__ import annotations

import itertools

from issues.parser import clean, kinds, regexes, title_block
from issues.parser.clean import PAGE_MARK, STANDALONE
from issues.parser.columns import join_column_lines, width
from issues.parser.dates import in_digits
from issues.parser.title_block import TitleBlock, content_lines, read_printed


# Widths in half-width units (columns.width: a Chinese character is 2). A full column line is ~40.
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction
PAGE_LINES = 160  # more column lines than a page holds (two columns of ~35, a title block)
ADDRESSEE_COLUMN_LINES = 5  # an addressee line wraps over at most this many column lines
OPENING_COLUMN_LINES = 3  # a section's opening ('…会议决定：', a brief's title over its date) read over this many lines
OPENING_LOOKAHEAD = 6  # lines after a heading at a page's foot within which its section opens


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    column = sum(1 for line in content if 20 <= width(line) <= COLUMN_LINE)
    return column / len(content) >= RAW_SHAPE_SHARE


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[str]) -> list[str]:
    """'·    28    ·' -> '\\f29': a footer closes its page, so the next page starts there. A typesetter's PDF
    may give a page's margin boxes first: its running header opens the page and its number follows it
    (' 2017年第2期' + '— 4 —' + the page's text); that number heads the page it is on, so it marks page 4."""
    out = []
    previous, top = "", False  # the last non-blank line, and whether it opened a page (or the text)
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        opens_page = not previous or (line.startswith(" ") and not line.startswith(PAGE_MARK))
        header_first = top and _is_running_header(previous)
        out += clean.page_numbers_to_marks([line], offset=0 if header_first else 1)
        previous, top = line, opens_page
    return out


def _is_running_header(line: str) -> bool:
    text = line.strip()
    return bool(regexes.RUNNING_HEADER.match(text) or regexes.RAW_ISSUE_HEADER.match(text)
                or regexes.LOOSE_RUNNING_HEADER.match(text) or _plain_header(text))


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯' and '2020年第9 期文件发布' (identity read them already), and
    the plain '2022年第10期' or '温州市人民政府公报' next to a page number (a header of either order: footer
    then header, or header then number); left in, a page break inside a paragraph glues it to the text."""
    kept = [line for line in clean.drop_running_headers(lines) if not regexes.RAW_ISSUE_HEADER.match(line)]
    content = [i for i, line in enumerate(kept) if line.strip()]
    beside_number = set()
    for before, at, after in zip([None] + content, content, content[1:] + [None]):
        if any(k is not None and kept[k].startswith(PAGE_MARK) for k in (before, after)):
            beside_number.add(at)
    return [line for i, line in enumerate(kept) if i not in beside_number or not _plain_header(line)]


def _plain_header(line: str) -> bool:
    text = line.strip()
    return bool(regexes.ISSUE_ONLY_HEADER.match(text) or regexes.GAZETTE_NAME_LINE.match(text))


def mark_page_breaks(lines: list[str]) -> list[str]:
    """Put a bare page mark before each page top: the first line, and a line starting with a space
    that directly follows a text line (column lines are otherwise always blank-separated)."""
    out: list[str] = []
    previous = ""  # the line before, blank or not
    last_content = None  # the last non-blank line
    for line in lines:
        if line.strip() and not line.startswith(PAGE_MARK):
            first = last_content is None
            page_top = previous.strip() and line.startswith(" ") and not previous.startswith(PAGE_MARK)
            if first or page_top:
                out.append(PAGE_MARK)
        out.append(line)
        previous = line
        if line.strip():
            last_content = line
    return _merge_adjacent_marks(out)


def _merge_adjacent_marks(lines: list[str]) -> list[str]:
    """Two marks with only blank lines between are one page top; keep the numbered one."""
    out: list[str] = []
    last_mark = None
    for line in lines:
        if line.startswith(PAGE_MARK):
            if last_mark is not None:
                if len(line) > 1:
                    out[last_mark] = line
                continue
            last_mark = len(out)
        elif line.strip():
            last_mark = None
        out.append(line)
    return out


def number_page_marks(lines: list[str]) -> list[str]:
    """Number bare marks by counting page breaks from the printed footers.

    Between two footers the count must agree with both, else those marks stay bare: the text
    gives no sure page there. Before the first and after the last footer, counting goes on.
    """
    marks = [i for i, line in enumerate(lines) if line.startswith(PAGE_MARK)]
    numbers: list[int | None] = [int(lines[i][1:]) if lines[i][1:].isdigit() else None for i in marks]
    anchors = [k for k, n in enumerate(numbers) if n is not None]
    if not anchors:
        return lines
    filled = list(numbers)
    for k in range(anchors[0]):
        filled[k] = numbers[anchors[0]] - (anchors[0] - k)
    for a, b in zip(anchors, anchors[1:]):
        if numbers[b] - numbers[a] == b - a:
            for k in range(a + 1, b):
                filled[k] = numbers[a] + (k - a)
    for k in range(anchors[-1] + 1, len(marks)):
        filled[k] = numbers[anchors[-1]] + (k - anchors[-1])
    out = list(lines)
    for i, number in zip(marks, filled):
        out[i] = f"{PAGE_MARK}{number}" if number and number > 0 else PAGE_MARK
    return out


# --- lines that stand alone --------------------------------------------------------------------


def mark_standalone_lines(lines: list[str]) -> list[str]:
    """Signatures printed flush right, addressee lines, table rows and issued-list rows never join
    a paragraph."""
    out = []
    for line in lines:
        text = line.strip()
        keep = text and not line.startswith(PAGE_MARK) and (
            regexes.RIGHT_ALIGNED.match(line)
            or regexes.STATISTICS_ROW.match(line)
            or regexes.ISSUED_ROW.match(text)
            or regexes.STATISTICS_TITLE.match(text)
            or regexes.STATISTICS_PRODUCER.match(text)
            or regexes.ADDRESSEE_LINE.match(text)
        )
        out.append(_standalone(text) if keep else line)
    return out


def _standalone(text: str) -> str:
    return STANDALONE + text.strip()


def unmark_standalone_lines(lines: list[str]) -> list[str]:
    return [line[1:] if line.startswith(STANDALONE) else line for line in lines]


def mark_subtitled_titles(lines: list[str]) -> list[str]:
    """A brief's title over two lines whose second is a dash subtitle ('市政府常务会议召开' +
    '——研究部署“双节”期间重点工作等'), over its dated first line: both stand alone. A subtitle is as wide
    as a column line may be, so joining by width would glue it to the date line after it."""
    content = [i for i, line in enumerate(lines) if line.strip() and not line.startswith((PAGE_MARK, STANDALONE))]
    marked = set()
    for before, at, after in zip(content, content[1:], content[2:]):
        text = lines[at].strip()
        if (regexes.SUBTITLE_LINE.match(text) and not regexes.SENTENCE_END.search(text) and _dated(lines[after])
                and not regexes.SENTENCE_END.search(lines[before].strip())):
            marked.update((before, at))
    return [_standalone(line) if i in marked else line for i, line in enumerate(lines)]


# --- title blocks --------------------------------------------------------------------------------


def join_cut_title_blocks(lines: list[str]) -> list[str]:
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


def _page_spans(lines: list[str]) -> list[tuple[int, int]]:
    marks = [i for i, line in enumerate(lines) if line.startswith(PAGE_MARK)]
    bounds = [0] + marks + [len(lines)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _trailing(lines: list[str], start: int, end: int) -> list[int]:
    """The last content lines of a page, as many as a title block holds, in order."""
    found = [i for i in range(end - 1, start - 1, -1) if lines[i].strip() and not lines[i].startswith(PAGE_MARK)]
    return found[: title_block.MAX_TITLE_LINES + 1][::-1]


def _cut_block(lines: list[str], head: list[int], tail: list[int]) -> tuple[int, list[int]] | None:
    """(the cut block's last line, the lines of its rest) when the head page ends with a block's first lines that
    read_printed cannot finish and the next page ends with lines that finish it."""
    for k in range(len(head)):
        first = head[k:]
        texts_ = ["".join(lines[i].split()) for i in first]
        unfinished = not any(regexes.DOC_NUMBER_FULL.match(text) for text in texts_) and not regexes.TITLE_END.search(texts_[-1])
        if not unfinished or not title_block.opens_printed_block(texts_[0]) or read_printed(lines, first[0]) is not None:
            continue
        for m in range(len(tail) - 1, -1, -1):  # the shortest rest first: a title line is no sentence
            rest = tail[m:]
            if any(regexes.SENTENCE_PUNCTUATION.search(lines[i]) for i in rest):
                break
            if title_block.opens_printed_block(lines[rest[0]].strip()):
                continue  # a block of its own, not the rest of this one
            joined = [lines[i].strip() for i in first + rest]
            block = read_printed(joined, 0)
            if block is not None and block.end == len(joined):
                return first[-1], rest
    return None


def move_title_blocks(lines: list[str]) -> list[str]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[str] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        if run := _painted_run(lines, cursor, block):
            at = cursor
            for member, target in run:
                out += lines[at:target] + [_standalone(text) for text in member.clean_lines()]
                at = target
            out += lines[at:block.start]
            cursor = run[-1][0].end
            continue
        if _is_rule(block):
            target = _rule_start(lines, cursor, block)
        else:
            target = block.start if _addressees_follow(lines, block) else _document_start(lines, cursor, block.start)
        enclosed = _enclosed_title(lines, block)
        out += lines[cursor:target] + [_standalone(text) for text in block.clean_lines()] + lines[target:block.start]
        if enclosed:
            e_start, e_end, title = enclosed
            out += [_standalone(title)] + lines[block.end:e_start]
            cursor = e_end
        else:
            cursor = block.end
    return out + lines[cursor:]


def _next_title_block(lines: list[str], cursor: int, floor: int | None = None) -> TitleBlock | None:
    """The next title block from cursor; floor: where the text not yet placed begins (a rule's start is after it)."""
    for i, text in content_lines(lines, cursor):
        if text and (block := read_printed(lines, i) or _rule_title_block(lines, cursor if floor is None else floor, i)):
            return block
    return None


def _is_rule(block: TitleBlock) -> bool:
    """A rule's title alone (_rule_title_block): read_printed's blocks all have a number or an issuer's line."""
    return not block.doc_number and not block.issuer


def _rule_title_block(lines: list[str], floor: int, i: int) -> TitleBlock | None:
    """A rule printed on its own, with neither number nor issuer ('禄丰市人民政府常务会议议事规则'): its title,
    painted at the foot of its page (the page ends after it, or another title block or a heading follows), heads the rule
    whose first chapter or article the page printed without a title over it (_rule_start)."""
    text = "".join(lines[i].split())
    if not regexes.RULE_TITLE.match(text):
        return None
    following = next(content_lines(lines, i + 1), None)
    at_foot = (following is None or following[1] is None or read_printed(lines, following[0]) is not None
               or _heading_at(lines, following[0]) is not None)
    block = TitleBlock(title_lines=[text], start=i, end=i + 1)
    return block if at_foot and _rule_start(lines, floor, block) is not None else None


def _rule_start(lines: list[str], floor: int, block: TitleBlock) -> int | None:
    """The last line of the block's page, before it, that opens a rule ('第一章 总 则', '第一条 …') with no
    title over it: a rule enclosed by a notice prints its own title there, under the notice's date."""
    page_top = next((k + 1 for k in range(block.start - 1, floor - 1, -1) if lines[k].startswith(PAGE_MARK)), floor)
    found, previous = None, ""
    for k, text in content_lines(lines, page_top):
        if k >= block.start:
            break
        if text is None:
            continue
        titled = regexes.TITLE_END.search(previous) and not regexes.SENTENCE_END.search(previous)
        dated = regexes.DATE_LINE.match(in_digits("".join(previous.split())))
        chapter = regexes.RULE_OPENING.match(previous)  # '第一条' under its '第一章' opens nothing new
        if regexes.RULE_OPENING.match(text) and previous and not (titled or dated or chapter):
            found = k
        previous = text
    return found


def _painted_run(lines: list[str], floor: int, first: TitleBlock) -> list[tuple[TitleBlock, int]]:
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
    page_top = next((i + 1 for i in range(first.start - 1, floor - 1, -1) if lines[i].startswith(PAGE_MARK)), floor)
    addressed = [block for block in run if not _is_rule(block)]
    starts = [i for i in range(page_top, first.start) if _addressees_start(lines, i)][-len(addressed):]
    # fewer addressee lines than blocks: the last blocks' documents begin on the next page (a frame is painted
    # on the page where its document's text would begin, and that page was full): they stay after the page's text
    targets = dict(zip((id(block) for block in addressed), starts + [first.start] * (len(addressed) - len(starts))))
    placed = [(block, _rule_start(lines, floor, block) if _is_rule(block) else targets[id(block)]) for block in run]
    in_order = all(a[1] <= b[1] for a, b in zip(placed, placed[1:]))
    return placed if in_order else []


def _adjacent(lines: list[str], end: int, block: TitleBlock) -> bool:
    return all(not lines[i].strip() for i in range(end, block.start))


def _addressees_start(lines: list[str], i: int) -> bool:
    """An addressee line begins here ('各县市区人民政府，岳阳经济技术开发区、' + … + '中央、省属驻岳各单位：'),
    on one column line or wrapped over a few."""
    if lines[i].startswith(STANDALONE):  # marked already: an addressee line on one column line
        return bool(regexes.ADDRESSEE_LINE.match(lines[i][1:].strip()))
    if not lines[i].strip().startswith("各") or lines[i].startswith(PAGE_MARK):
        return False
    joined = ""
    for _, following in zip(range(ADDRESSEE_COLUMN_LINES), content_lines(lines, i)):
        if following[1] is None:
            return False
        joined += following[1]
        if joined.endswith(("：", ":")):
            return bool(regexes.ADDRESSEES_LINE.match(joined)) and not regexes.ADDRESSEES_NOT.search(joined)
    return False


def _addressees_follow(lines: list[str], block: TitleBlock) -> bool:
    """The block is where it belongs: its addressee line follows it ('市级各有关单位：'), as when a notice
    begins under the signature of the one before on the same page."""
    text = next((text for _, text in content_lines(lines, block.end)), None)
    return bool(text) and bool(regexes.ADDRESSEES_LINE.match(text)) and not regexes.STRUCTURAL_START.match(text)


def _document_start(lines: list[str], floor: int, block_start: int) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor."""
    page_top = None
    for i in range(block_start - 1, floor - 1, -1):
        text = lines[i].strip()
        if regexes.ADDRESSEE_LINE.match(text):
            return i
        if page_top is None and lines[i].startswith(PAGE_MARK):
            page_top = i + 1
    return page_top if page_top is not None else floor


def _enclosed_title(lines: list[str], block: TitleBlock) -> tuple[int, int, str] | None:
    """The enclosed document's title (one to three lines) before the next page break."""
    match = regexes.ENCLOSED_TITLE.match(block.title)
    if not match:
        return None
    wanted = match["enclosed"].strip("《》")
    found = []
    for i, text in content_lines(lines, block.end):
        if len(found) > PAGE_LINES or (text is None and lines[i].startswith(PAGE_MARK)):
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


# --- headings ------------------------------------------------------------------------------------


def move_headings_to_page_top(lines: list[str]) -> list[str]:
    """Move section headings ('9月份市政府人事任免', '机构人事', '政 务 简 讯') and interpretation
    titles out of the text they interrupt, to the top of their page: category label first. A typesetter
    paints them after the page's columns; when each heading of a page finds where its section begins on
    the page (a decision, a brief's title over its dated line, a table's first row: SECTION_OPENINGS),
    each goes there instead, so that the document or rule the page printed before stays out of it."""
    headings: dict[int, list[str]] = {}  # index -> headings to put after that line
    drop: set[int] = set()
    for page_top, found in _headings_by_page(lines).items():
        starts = _section_starts(lines, page_top, found)
        for i, text, used in found:
            drop.update(used)
            placed = headings.setdefault(starts[i] if starts else _section_top(lines, page_top), [])
            if text not in placed:
                placed.append(text)
    out = []
    for i, line in enumerate(lines):
        if i not in drop:
            out.append(line)
        if i in headings:
            ordered = sorted(headings[i], key=lambda text: not regexes.CATEGORY_HEADING.match(text))
            out += [_standalone(text) for text in ordered]
    return out


def _headings_by_page(lines: list[str]) -> dict[int, list[tuple[int, str, list[int]]]]:
    """page-top index -> the headings printed on that page: (index, compact text, the lines it used)."""
    pages: dict[int, list[tuple[int, str, list[int]]]] = {}
    page_top = None
    for i, line in enumerate(lines):
        if line.startswith(PAGE_MARK):
            page_top = i
        elif page_top is not None and (found := _heading_at(lines, i)):
            pages.setdefault(page_top, []).append((i, *found))
    return pages


def _section_starts(lines: list[str], page_top: int, found: list[tuple[int, str, list[int]]]) -> dict[int, int]:
    """heading index -> the line after which its section begins, when every heading of the page finds one
    (else {}: they all go to the page top, in the order of their categories)."""
    skip = {k for _, _, used in found for k in used}
    top = _section_top(lines, page_top)
    by_category: dict[str, int | None] = {}
    for i, text, used in found:
        category = kinds.heading_category(text) or text
        if by_category.get(category) is not None:
            continue
        opening = SECTION_OPENINGS.get(category)
        start = opening and _opening_on_page(lines, top, skip, opening)
        if start is None and _in_flow(lines, used[-1], skip):
            start = i - 1  # its title printed in the column, over its text: it heads what follows
        if start is None and opening:
            start = _opening_after(lines, i, opening)
        by_category[category] = start
    if None in by_category.values():
        return {}
    return {i: by_category[kinds.heading_category(text) or text] for i, text, _ in found}


def _in_flow(lines: list[str], last: int, skip: set[int]) -> bool:
    """A heading printed in the column, its section's text after it on the page (not a frame at the page's foot)."""
    following = next((k for k, text in content_lines(lines, last + 1) if k not in skip), None)
    return following is not None and not lines[following].startswith((PAGE_MARK, STANDALONE)) and \
        read_printed(lines, following) is None


def _opening_on_page(lines: list[str], top: int, skip: set[int], opening) -> int | None:
    """The line before the first paragraph of the page (after top) that opens the section; top when nothing
    is printed before it."""
    previous, printed = "", False
    for k in range(top + 1, len(lines)):
        if lines[k].startswith(PAGE_MARK):
            return None
        text = lines[k].lstrip(STANDALONE).strip()
        if k in skip or not text:
            continue
        opens_paragraph = (not previous or regexes.PARAGRAPH_END.search(previous)
                           or kinds.heading_category("".join(previous.split())) is not None)
        if opens_paragraph and opening(lines, k):
            return k - 1 if printed else top
        previous, printed = text, True
    return None


def _opening_after(lines: list[str], i: int, opening) -> int | None:
    """A heading painted at the foot of the page before its section's text (which opens the next page)
    stays where it is, after what the page printed."""
    for k, text in itertools.islice(content_lines(lines, i + 1), OPENING_LOOKAHEAD):
        if text and _heading_at(lines, k) is None:
            return i - 1 if opening(lines, k) else None
    return None


def _opens_decision(lines: list[str], i: int) -> bool:
    """'市人民政府决定：', maybe wrapped ('济源市第十五届人民代表大会常务委员会第七' + '次会议决定：'), or '任命…' / '免去…'."""
    joined = ""
    for _, text in itertools.islice(content_lines(lines, i), OPENING_COLUMN_LINES):
        if text is None:
            break
        joined += "".join(text.split())
        if regexes.APPOINTMENT_DECIDER.match(joined):
            return True
    return bool(regexes.APPOINTMENT_STATEMENT.match(joined))


def _opens_brief(lines: list[str], i: int) -> bool:
    """A brief's title (one or two lines, the second maybe a dash subtitle) over its dated first line."""
    for text in itertools.islice(_texts_on_page(lines, i), OPENING_COLUMN_LINES):
        if _dated(text):
            return text != lines[i].lstrip(STANDALONE).strip()
        if regexes.SENTENCE_END.search(text):
            return False
    return False


def _texts_on_page(lines: list[str], i: int):
    """The non-blank lines from i to the page's end, those put in place already included."""
    for line in lines[i:]:
        if line.startswith(PAGE_MARK):
            return
        if text := line.lstrip(STANDALONE).strip():
            yield text


def _opens_table(lines: list[str], i: int) -> bool:
    text = lines[i].lstrip(STANDALONE)
    return bool(regexes.STATISTICS_HEADER_ROW.match(text) or regexes.STATISTICS_ROW.match(text))


def _dated(text: str) -> bool:
    return bool(regexes.NEWS_DATE_START.match(in_digits("".join(text.split()))))


SECTION_OPENINGS = {"机构人事": _opens_decision, "政务简讯": _opens_brief, "统计资料": _opens_table}


def _section_top(lines: list[str], page_top: int) -> int:
    """Where a heading of the page goes: the page top, or, when a document's title block was moved there,
    after that document's signature date on the page (the section follows the document it closes)."""
    if page_top + 1 >= len(lines) or not lines[page_top + 1].startswith(STANDALONE):
        return page_top
    for i in range(page_top + 1, len(lines)):
        if lines[i].startswith(PAGE_MARK):
            break
        if regexes.DATE_LINE.match(in_digits("".join(lines[i].lstrip(STANDALONE).split()))):
            return i
    return page_top


def _heading_at(lines: list[str], i: int) -> tuple[str, list[int]] | None:
    text = lines[i].strip()
    if not text or lines[i].startswith(STANDALONE):
        return None
    compact = "".join(text.split())
    if regexes.CATEGORY_HEADING.match(compact) or regexes.MONTH_HEADING.match(compact):
        return compact, [i]
    if regexes.INTERPRETATION_TITLE.match(text):
        return compact, [i]
    if regexes.INTERPRETATION_TITLE_HEAD.match(text):
        following = next(((j, t) for j, t in content_lines(lines, i + 1) if t is not None), None)
        if following and regexes.INTERPRETATION_TITLE_TAIL.match(following[1]):
            return compact + "".join(following[1].split()), [i, following[0]]
    return None


def collapse_spacing(lines: list[str]) -> list[str]:
    """'（ 十 六 ） 其 他 安 置 房' -> '（十六）其他安置房'; a wide gap -> one space."""
    out = []
    for line in lines:
        if line.startswith(PAGE_MARK):
            out.append(line)
            continue
        line = regexes.LETTER_SPACED_RUN.sub(lambda m: "".join(m.group(0).split()), line)
        out.append(regexes.WIDE_GAP.sub(" ", line))
    return out


LAYOUT_STEPS = [
    mark_page_footers,
    drop_running_headers,
    mark_page_breaks,
    number_page_marks,
    mark_standalone_lines,
    mark_subtitled_titles,
    join_cut_title_blocks,
    move_title_blocks,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[str]) -> list[str]:
    return clean.run_steps(LAYOUT_STEPS, lines)

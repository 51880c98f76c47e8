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

from issues.parser import clean, kinds, regexes
from issues.parser.clean import PAGE_MARK, STANDALONE
from issues.parser.columns import join_column_lines, width
from issues.parser.dates import in_digits
from issues.parser.kinds import is_document_category
from issues.parser.title_block import (MAX_TITLE_LINES, TitleBlock, content_lines, read_framed_title, read_order,
                                        read_printed)


# Widths in half-width units (columns.width: a Chinese character is 2). A full column line is ~40.
COLUMN_LINE = 44  # at most this wide: a column line (wider ones are full-page text)
RAW_SHAPE_SHARE = 0.6  # share of column lines in a raw two-column extraction
RAW_SHAPE_SHARE_PAGED = 0.45  # the same, when its pages show (chronicle markers and headings are short lines)
PAGE_LINES = 160
MAX_ADDRESSEE_LINES = 4  # an addressee line wrapped in a column  # more column lines than a page holds (two columns of ~35, a title block)


def is_raw_layout(lines: list[str]) -> bool:
    """A raw two-column extraction: no table of contents and mostly short column lines."""
    content = [line for line in lines if line.strip()]
    if not content or any(regexes.TOC_PAGE.search(line) for line in content[:300]):
        return False
    share = sum(1 for line in content if 20 <= width(line) <= COLUMN_LINE) / len(content)
    return share >= RAW_SHAPE_SHARE or share >= RAW_SHAPE_SHARE_PAGED and _printed_pages(lines, content)


def _printed_pages(lines: list[str], content: list[str]) -> bool:
    """The marks of a PDF's pages: pdftotext's page join (a line starting with a space right after a text
    line), or a page number among the first lines (its margin boxes extracted first)."""
    joined = any(a.strip() and b.startswith(" ") and b.strip() for a, b in zip(lines, lines[1:]))
    return joined or any(regexes.PAGE_NUMBER_LINE.match(line) for line in content[:3])


# --- pages -------------------------------------------------------------------------------------


def mark_page_footers(lines: list[str]) -> list[str]:
    """'·    28    ·' -> '\\f29': a footer closes its page, so the next page starts there. Some PDFs
    give a page's margin boxes first: its running header, then its number, then its columns
    (' 2021年第3期' + '· 4 ·'); a number under nothing but the page's header heads its page."""
    out = []
    headers_only = True  # since the page top, only running headers (the text's start is a page top)
    headers = 0  # how many
    previous = ""
    for line in lines:
        match = regexes.PAGE_NUMBER_LINE.match(line)
        if match:
            heads = headers_only and headers > 0
            out.append(f"{PAGE_MARK}{int(match['page']) + (0 if heads else 1)}")
            headers_only = False
        else:
            out.append(line)
            if line.strip():
                if previous.strip() and line.startswith(" "):
                    headers_only, headers = True, 0  # a page break: the line after a text line starts with a space
                headers_only = headers_only and _is_running_header(line)
                headers += 1
        previous = line
    return out


def _is_running_header(line: str) -> bool:
    text = line.strip()
    return any(pattern.match(text) for pattern in (regexes.RUNNING_HEADER, regexes.RAW_ISSUE_HEADER,
                                                    regexes.LOOSE_RUNNING_HEADER))


def drop_running_headers(lines: list[str]) -> list[str]:
    """Drop '温州市人民政府公报（总第217期） 政务简讯', '2020年第9 期文件发布' and the headers of other wordings
    ('温州市人民政府公报', ' 2021年第3期') (identity read them already)."""
    return [line for line in lines if line.startswith(PAGE_MARK) or not _is_running_header(line)]


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


# --- title blocks --------------------------------------------------------------------------------


def move_title_blocks(lines: list[str]) -> list[str]:
    """Move each document's title block to the start of its document, in the clean order
    (ZJCC code, issuer, title on one line, doc number), and the enclosed title of a
    印发…的通知, printed at the end of that page, to where the enclosed text starts."""
    out: list[str] = []
    cursor = 0
    while (block := _next_title_block(lines, cursor)) is not None:
        run = _frames_at_page_end(lines, block)
        targets = _run_targets(lines, cursor, run) if len(run) > 1 else None
        if targets is not None:  # several frames after the page's columns: the k-th heads the k-th document begun
            for n, target in enumerate(targets):
                following = targets[n + 1] if n + 1 < len(targets) else run[0].start
                out += ([] if n else lines[cursor:target]) + [_standalone(text) for text in run[n].clean_lines()]
                out += lines[target:following]
            for framed in run[len(targets) :]:  # a title at the page's foot: its document begins on the next page
                out += [_standalone(text) for text in framed.clean_lines()]
            cursor = run[-1].end
            continue
        target = block.start if _addressees_follow(lines, block) else _document_start(lines, cursor, block)
        enclosed = _enclosed_title(lines, block)
        moved = [_standalone(text) for text in block.clean_lines()]
        column = _column_heading_over(lines, cursor, target, block.start)
        if column is not None:  # painted with the block, it heads the block's document, not the page
            moved = [_standalone("".join(lines[column].split()))] + moved
            out += lines[cursor:target] + moved + lines[target:column] + lines[column + 1 : block.start]
        else:
            out += lines[cursor:target] + moved + lines[target:block.start]
        if enclosed:
            e_start, e_end, title = enclosed
            out += [_standalone(title)] + lines[block.end:e_start]
            cursor = e_end
        else:
            cursor = block.end
    return out + lines[cursor:]


def join_cut_title_blocks(lines: list[str]) -> list[str]:
    """A title block cut by a page break, each piece a frame painted after its page's columns: the first
    title line(s) end page 3, the rest and the doc number end page 4, after page 4's column text (the
    document's own beginning). The pieces are put together where the block begins, in the clean order,
    so that the document starts on the page its title does."""
    out = list(lines)
    i = 0
    while i < len(out):
        whole = read_printed(out, i) if out[i].strip() and not out[i].startswith((PAGE_MARK, STANDALONE)) else None
        if whole is not None:
            i = whole.end  # a whole block: no piece of a cut one starts inside it
            continue
        joined = _cut_block_at(out, i)
        if joined is None:
            i += 1
            continue
        block, rest_start, rest_end = joined
        out = (out[:i] + [_standalone(text) for text in block.clean_lines()] + out[block.end_first:rest_start]
               + out[rest_end:])
        i += 1
    return out


def _cut_block_at(lines: list[str], i: int):
    """(the joined block, where its second piece starts and ends) when a block opening at i runs into a
    page mark and the last lines of the next page complete it; else None."""
    text = lines[i].strip()
    if not text or lines[i].startswith((PAGE_MARK, STANDALONE)):
        return None
    first = []
    for k, content in content_lines(lines, i):
        if content is None:
            break
        first.append(k)
        if len(first) > MAX_TITLE_LINES:
            return None
    mark = first[-1] + 1 if first else i
    while mark < len(lines) and not lines[mark].strip():
        mark += 1
    if mark >= len(lines) or not lines[mark].startswith(PAGE_MARK) or not _opens_cut_title(lines, first):
        return None
    page_end = next((k for k in range(mark + 1, len(lines)) if lines[k].startswith(PAGE_MARK)), len(lines))
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


def _opens_cut_title(lines: list[str], first: list[int]) -> bool:
    """The piece before the break opens a title and does not end one ('宿迁市人民政府关于印发宿迁市城乡医疗救助')."""
    pieces = ["".join(lines[k].split()) for k in first]
    joined = "".join(pieces)
    if not pieces or regexes.TITLE_END.search(joined) or regexes.SENTENCE_END.search(joined):
        return False
    if any(regexes.DOC_NUMBER_FULL.match(piece) for piece in pieces):  # the number comes under the title
        return False
    opens = (regexes.TITLE_START, regexes.ISSUER_TITLE_LINE, regexes.ISSUER_LINE)
    return any(pattern.match(piece) for piece in pieces for pattern in opens)


def _next_title_block(lines: list[str], cursor: int) -> TitleBlock | None:
    for i, text in content_lines(lines, cursor):
        if text and (block := read_printed(lines, i) or read_order(lines, i)):
            return block
        if text and (block := read_framed_title(lines, i)) and _ends_page(lines, _frames_at_page_end(lines, block)[-1]):
            return block  # a title without number heads a document only among the frames ending its page
    return None


def _frames_at_page_end(lines: list[str], block: TitleBlock) -> list[TitleBlock]:
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


def _ends_page(lines: list[str], block: TitleBlock) -> bool:
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


def _run_targets(lines: list[str], floor: int, run: list[TitleBlock]) -> list[int] | None:
    """Where each framed block's document begins: the addressee lines of the page's columns, in order,
    the last len(run) of them; or all but the last frame's, when the next page opens with the last one's
    addressees (a title at the foot of its page). None when the columns tell no such thing (a 通告 or an
    order prints no addressees)."""
    page_top = next((i + 1 for i in range(run[0].start - 1, floor - 1, -1) if lines[i].startswith(PAGE_MARK)), floor)
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


def _starts_after_signatures(lines: list[str], lo: int, hi: int, articles: bool = False) -> list[int]:
    """The first line after each signature's date in a page's columns, past a note under it ('（此件公开发布）'),
    a copy line ('抄送：…') and an enclosed title (the 办法 an order or a cover notice publishes); a chapter or
    an article ('第一章 总则') only when articles (it may be the enclosed text's)."""
    content = [i for i in range(lo, hi) if lines[i].strip() and not lines[i].startswith(STANDALONE)]
    starts = []
    for n, i in enumerate(content):
        if not regexes.DATE_LINE.match(in_digits("".join(lines[i].split()))):
            continue
        following = [k for k in content[n + 1 :] if not regexes.AFTER_SIGNATURE.match(lines[k].strip())]
        text = "".join(lines[following[0]].split()) if following else ""
        if text and not regexes.TITLE_END.search(text) and (articles or not regexes.STRUCTURAL_START.match(text)):
            starts.append(following[0])  # not the enclosed text's title, chapter or article
    return starts


def _claimed_by_previous_page(lines: list[str], page_top: int, start: int) -> bool:
    """The page's first addressee line is the page's first line and the previous page ended with a title block
    kept at its foot (moved already: its lines stand alone): that block's document begins here."""
    first = next((i for i in range(page_top, len(lines)) if lines[i].strip()), None)
    last = next((lines[i] for i in range(page_top - 2, -1, -1) if lines[i].strip()), "")
    return first == start and last.startswith(STANDALONE)


def _addressee_starts_next_page(lines: list[str], after: int) -> bool:
    """The next page's columns open with an addressee line."""
    mark = next((i for i in range(after, len(lines)) if lines[i].startswith(PAGE_MARK)), None)
    if mark is None:
        return False
    end = next((i for i in range(mark + 1, len(lines)) if lines[i].startswith(PAGE_MARK)), len(lines))
    first = next((i for i in range(mark + 1, end) if lines[i].strip()), None)
    return first is not None and _addressee_starts(lines, first, end)[:1] == [first]


def _addressee_starts(lines: list[str], lo: int, hi: int) -> list[int]:
    """The first line of each addressee line in a page's columns, wrapped or not ('各县、区人民政府，…市湖' +
    '…市各直属单位：' · '市级各有关单位：'), at the page's top or after a sentence or a date has ended."""
    content = [(i, lines[i].lstrip(STANDALONE).strip()) for i in range(lo, hi)
               if lines[i].strip() and not lines[i].startswith(PAGE_MARK)]  # '各直属机构：' may stand alone
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


def _column_heading_over(lines: list[str], floor: int, target: int, block_start: int) -> int | None:
    """The index of a documents column's heading ('省政府文件', '部门文件') printed right before a title block
    that moves up its page: a positioned frame painted with the block, after the page's columns."""
    for i in range(block_start - 1, max(floor, target) - 1, -1):
        text = lines[i].strip()
        if not text:
            continue
        heading = regexes.CATEGORY_HEADING.match("".join(text.split()))
        if heading and not lines[i].startswith((PAGE_MARK, STANDALONE)) and is_document_category(heading["category"]):
            return i
        return None
    return None


def _addressees_follow(lines: list[str], block: TitleBlock) -> bool:
    """The block is where it belongs: its addressee line follows it ('市级各有关单位：'), as when a notice
    begins under the signature of the one before on the same page."""
    text = next((text for _, text in content_lines(lines, block.end)), None)
    return bool(text) and bool(regexes.ADDRESSEES_LINE.match(text)) and not regexes.STRUCTURAL_START.match(text)


def _document_start(lines: list[str], floor: int, block: TitleBlock) -> int:
    """Where the document begins: its addressee line, else the top of the page, else floor. A 通告 or an
    order prints no addressees: it begins after the page's last signature, else at the page's top."""
    block_start = block.start
    top = next((i + 1 for i in range(block_start - 1, floor - 1, -1) if lines[i].startswith(PAGE_MARK)), floor)
    if _unaddressed(block):
        starts = _starts_after_signatures(lines, top, block_start)
        return starts[-1] if starts else top
    if starts := _addressee_starts(lines, top, block_start):  # on its page, wrapped or not
        return starts[-1]
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
    titles out of the text they interrupt, to the top of their page: category label first. A section's
    own title printed in place in the columns ('1月份市政府记事' after the last line of what comes before)
    stays, and its category's heading, painted after the page's columns, goes right before it."""
    headings: dict[int, list[str]] = {}  # page-top index -> headings to put there
    before: dict[int, list[str]] = {}  # a section title in place -> its category heading
    drop: set[int] = set()
    page_top = None
    for i, line in enumerate(lines):
        if line.startswith(PAGE_MARK):
            page_top = i
            continue
        found = _heading_at(lines, i)
        if found is None or page_top is None:
            continue
        text, used = found
        if _titles_in_place(lines, page_top).get(text) == i:
            continue  # the section's title where its section begins
        drop.update(used)
        titled = _titles_in_place(lines, page_top).get(kinds.heading_category(text)) if regexes.CATEGORY_HEADING.match(text) else None
        placed = before.setdefault(titled, []) if titled is not None else headings.setdefault(_section_top(lines, page_top), [])
        if text not in placed:
            placed.append(text)
    out = []
    for i, line in enumerate(lines):
        out += [_standalone(text) for text in before.get(i, [])]
        if i in drop:
            continue
        out.append(line)
        if i in headings:
            ordered = sorted(headings[i], key=lambda text: not regexes.CATEGORY_HEADING.match(text))
            out += [_standalone(text) for text in ordered]
    return out


def _titles_in_place(lines: list[str], page_top: int) -> dict:
    """The section titles ('1月份市政府记事') a page prints in its columns where their section begins (at
    the page's top or after a line that closes what came before): by their text and by their category."""
    found: dict = {}
    previous = None
    for i in range(page_top + 1, len(lines)):
        if lines[i].startswith(PAGE_MARK):
            break
        if not lines[i].strip():
            continue
        text = "".join(lines[i].split())
        if not lines[i].startswith(STANDALONE) and regexes.MONTH_HEADING.match(text) \
                and (previous is None or _closes(previous)):
            found.setdefault(text, i)
            found.setdefault(kinds.heading_category(text), i)
        previous = lines[i]
    return found


def _section_top(lines: list[str], page_top: int) -> int:
    """Where a heading of the page goes: the page top, or, when a document's title block was moved there,
    after that document's signature date on the page (the section follows the document it closes)."""
    first = next((i for i in range(page_top + 1, len(lines)) if lines[i].strip()), None)
    if first is None or not lines[first].startswith(STANDALONE):
        return page_top
    for i in range(page_top + 1, len(lines)):
        if lines[i].startswith(PAGE_MARK):
            break
        if regexes.DATE_LINE.match(in_digits("".join(lines[i].lstrip(STANDALONE).split()))):
            return i
    return page_top


def _closes(line: str) -> bool:
    """A line that ends what comes before a section: a full stop, or a signature's date (not a colon:
    '市人民政府决定：' goes on after the heading that interrupts it)."""
    text = "".join(line.lstrip(STANDALONE).split())
    return text.rstrip("”’」』").endswith(("。", "！", "？")) or bool(regexes.DATE_LINE.match(in_digits(text)))


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
    join_cut_title_blocks,
    move_title_blocks,
    move_headings_to_page_top,
    join_column_lines,
    collapse_spacing,
    unmark_standalone_lines,
]


def clean_lines(lines: list[str]) -> list[str]:
    return clean.run_steps(LAYOUT_STEPS, lines)

"""Where documents begin in a raw extraction's page (the targets of painted_title_blocks.move_title_blocks): a typesetter paints
each title block after its page's columns, so the columns alone tell where its document begins.

- addressee_starts: an addressee line, wrapped or not, after a sentence or a date has ended ('市级各有关单位：');
- starts_after_signatures: for a document printed without addressees (a 通告, an order), the line after the
  signature of the document before;
- notice_start: a 通告 naming its issuer, after the enclosed rule of the notice before, if any;
- rule_title_block, rule_start: a rule printed alone, without number or issuer, at its first chapter or article;
- promulgation_start: an order, at the sentence that publishes its rule ('《…规定》已经…通过，现予公布');
- passage_start: a people's congress's resolution printed alone, at its passage line ('（…会议通过）');
- report_start: a work report printed with no number, at its occasion or speaker's line over '各位代表：'.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.heard_title_blocks import over_salutation
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line
from issues.parser.painted_headings import heading_at
from issues.parser.raw_title_blocks import content_lines, read_printed
from issues.parser.signatures import is_signer
from issues.parser.title_block import TitleBlock

MAX_ADDRESSEE_LINES = 4  # an addressee line wrapped in a column


def starts_after_signatures(lines: list[Line], lo: int, hi: int, articles: bool = False) -> list[int]:
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
        heading = regexes.CATEGORY_HEADING.match(text) or regexes.MONTH_HEADING.match(text)  # '9月份市政府记事'
        if text and not heading and not regexes.TITLE_END.search(text) and (articles or not regexes.STRUCTURAL_START.match(text)):
            starts.append(following[0])  # not the enclosed text's title, chapter or article, nor the next section
    return starts


def claimed_by_previous_page(lines: list[Line], page_top: int, start: int) -> bool:
    """The page's first addressee line is the page's first line and the previous page ended with a title block
    kept at its foot (moved already: its lines stand alone): that block's document begins here."""
    first = next((i for i in range(page_top, len(lines)) if lines[i].text.strip()), None)
    last = next((lines[i] for i in range(page_top - 2, -1, -1) if lines[i].text.strip()), None)
    return first == start and last is not None and last.kind == PLACED


def page_top_opens(lines: list[Line], page_top: int) -> int | None:
    """The page's first column line when a document begins there whatever it prints (an order's text, a province's
    实施意见 opening '为贯彻…'): nothing but the masthead is printed before the page (the text's first page), or the
    page before ended with a signature's date or the note under it, and the line is no enclosed title or article."""
    first = next((i for i in range(page_top, len(lines)) if lines[i].kind != PAGE_BREAK and lines[i].text.strip()), None)
    if first is None:
        return None
    last = next((lines[i].text.strip() for i in range(page_top - 1, -1, -1)
                 if lines[i].kind != PAGE_BREAK and lines[i].text.strip()), None)
    if last is None or regexes.GAZETTE_NAME.match(last):
        return first
    text = "".join(lines[first].text.split())
    ended = is_date(last) or regexes.AFTER_SIGNATURE.match(last)
    opens = not regexes.TITLE_END.search(text) and not regexes.STRUCTURAL_START.match(text)
    return first if ended and opens else None


def addressee_starts_next_page(lines: list[Line], after: int) -> bool:
    """The next page's columns open with an addressee line."""
    mark = next((i for i in range(after, len(lines)) if lines[i].kind == PAGE_BREAK), None)
    if mark is None:
        return False
    end = next((i for i in range(mark + 1, len(lines)) if lines[i].kind == PAGE_BREAK), len(lines))
    first = next((i for i in range(mark + 1, end) if lines[i].text.strip()), None)
    return first is not None and addressee_starts(lines, first, end)[:1] == [first]


def addressee_starts(lines: list[Line], lo: int, hi: int) -> list[int]:
    """The first line of each addressee line in a page's columns, wrapped or not ('各县、区人民政府，…市湖' +
    '…市各直属单位：' · '市级各有关单位：'), at the page's top or after a sentence or a date has ended."""
    content = [(i, lines[i].text.strip()) for i in range(lo, hi)
               if lines[i].kind != PAGE_BREAK and lines[i].text.strip()]  # '各直属机构：' may stand alone (placed)
    starts = []
    for n, (i, text) in enumerate(content):
        before = content[n - 1][1] if n else ""
        if n and not (regexes.SENTENCE_END.search(before) or regexes.DATE_LINE.match(in_digits("".join(before.split())))):
            continue
        if regexes.STRUCTURAL_START.match(text) or lines[i].kind == PLACED and not regexes.ADDRESSEES_LINE.match(text):
            continue  # (a line set alone opens addressees only as one: an appointment notice's title, joined with its number
            # and its own addressees under it, read as addressees and took a title block painted after the columns)
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


def notice_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """Where a 通告 naming its issuer begins on its page: its signature is its issuer's line over a date (for a '关于…的通告'
    naming none, the page's last signer over a date, after the date of the document before on the page); its text
    begins right after the signature before it, or, when an enclosed title follows that signature (the rule a
    notice or an order publishes), at the first paragraph of running text after the enclosure's articles and
    items."""
    page_top = _page_top(lines, floor, block)
    content = [(k, text) for k, text in content_lines(lines, page_top) if k < block.start and text is not None]
    issuer = next((issuer for issuer in (text for _, text in content) if block.title.startswith(issuer + "关于")), None)
    signed = [n for n, (_, text) in enumerate(content[:-1])
              if (text == issuer if issuer else is_signer(text)) and is_date(content[n + 1][1])]
    if not signed:
        return None
    dates = [n for n in range(signed[-1]) if is_date(content[n][1])]
    if not issuer and not dates:  # a '关于…的通告' signed by a unit: only the signature of the document before tells its start
        return None
    after = dates[-1] + 1 if dates else 0
    while after < signed[-1] and regexes.AFTER_SIGNATURE.match(content[after][1]):
        after += 1  # the note or copy line under the signature before ('（此件公开发布）')
    if after < signed[-1] and not _enclosed_title_at(content, after):
        return content[after][0]
    starts = [n for n in range(after, signed[-1]) if n == after or regexes.SENTENCE_END.search(content[n - 1][1])]
    running = [n for n in starts if n > after and not _structured(content[n][1]) and _structured_before(content, after, n)]
    chosen = running[0] if running else (starts[0] if starts else None)
    return None if chosen is None else content[chosen][0]


def _enclosed_title_at(content: list[tuple[int, str]], n: int) -> bool:
    """An enclosed title (one or two column lines) begins at n: '鞍山市行政复议程序规定' · '金华市人民政府办理人大代表建议和'
    + '政协提案工作规则'."""
    joined = ""
    for _, text in content[n : n + 2]:
        joined += "".join(text.split())
        if regexes.SENTENCE_PUNCTUATION.search(joined):
            return False
        if regexes.TITLE_END.search(joined):
            return True
    return False


def _structured_before(content: list[tuple[int, str]], after: int, n: int) -> bool:
    """Items or articles printed between the date and line n (an enclosure of the notice before)."""
    return any(_structured(text) for _, text in content[after:n])


def _structured(text: str) -> bool:
    """An item's or an article's first line: '一、管制时间' · '第一条 为…' · '（一）…'."""
    return bool(regexes.COLUMN_UNIT_START.match(text) or regexes.STRUCTURAL_START.match(text))


def is_date(text: str) -> bool:
    """A signature's date line: '2021年3月1日' · '二OO八年六月四日'."""
    return bool(regexes.DATE_LINE.match(in_digits("".join(text.split()))))


def rule_title_block(lines: list[Line], floor: int, i: int) -> TitleBlock | None:
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
    return block if at_foot and rule_start(lines, floor, block) is not None else None


def rule_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """The last line of the block's page, before it, that opens a rule ('第一章 总 则', '第一条 …', or the passage
    line over them: '（2001年4月29日…通过…）') with no title over it: a rule enclosed by a notice prints its own title
    there, under the notice's date. At the page's top, what the page before ended with is over it: a sentence's end (the
    rule before, '…规范运行。') leaves the passage line the rule's beginning."""
    page_top = _page_top(lines, floor, block)
    found, previous, passage = None, _printed_before(lines, page_top), False
    for k, text in _page_before(lines, page_top, block):
        titled = regexes.TITLE_END.search(previous) and not regexes.SENTENCE_END.search(previous)
        dated = regexes.DATE_LINE.match(in_digits("".join(previous.split())))
        chapter = regexes.RULE_OPENING.match(previous)  # '第一条' under its '第一章' opens nothing new
        opening = regexes.RULE_OPENING.match(text)
        if (opening or regexes.RULE_PASSAGE_START.match(text)) and previous and not (titled or dated or chapter):
            if not (opening and passage):  # the chapter under a passage line opens nothing new
                found = k
        # the passage line goes on to its closing bracket, past the '；' between its stages ('…会议通过；' + '2001年12月3日…批准）')
        passage = bool(regexes.RULE_PASSAGE_START.match(text)) or passage and not regexes.PASSAGE_CLOSED.search(previous)
        previous = text
    return found


def passage_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """The passage line of a resolution printed alone ('（2022年6月24日第十三届全国人民代表大会常务委员会第三十五次会议通过）'), on
    the block's page before it, with no title over it: where the resolution begins (its title a frame painted after the
    page's columns), at the page's top or after the end of what the page printed before."""
    page_top = _page_top(lines, floor, block)
    previous = ""
    for k, text in _page_before(lines, page_top, block):
        titled = regexes.TITLE_END.search(previous) and not regexes.SENTENCE_END.search(previous)
        if regexes.RULE_PASSAGE_START.match("".join(text.split())) and not titled:
            return k
        previous = "".join(text.split())
    return None


def report_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """Where a work report printed with no number begins on the block's page: the lines over its salutation ('各位代表：')
    that are its occasion and speaker ('——2024年3月5日在第十四届全国人民代表大会第二次会议上' · '国务院总理 李强')."""
    page_top = _page_top(lines, floor, block)
    salutation = next((k for k, text in _page_before(lines, page_top, block)
                       if regexes.REPORT_SALUTATION.match("".join(text.split()))), None)
    return None if salutation is None else over_salutation(lines, page_top, salutation)


def promulgation_start(lines: list[Line], floor: int, block: TitleBlock) -> int | None:
    """The line of the block's page, before it, that opens the order's text by naming the rule it publishes
    ('《河北省人工影响天气管理规定》已经…通过，现予公布'): where the order begins, whatever the page prints above it
    (a brief, an interpretation, the end of another document)."""
    opening = f"《{block.title}》"
    page_top = _page_top(lines, floor, block)
    content = [(k, "".join(text.split())) for k, text in content_lines(lines, page_top) if k < block.start and text]
    for n, (k, _) in enumerate(content):
        joined = ""
        for _, text in content[n : n + 4]:
            joined += text
            if len(joined) >= len(opening):
                break
        if joined.startswith(opening):
            return k
    return None


def _page_top(lines: list[Line], floor: int, block: TitleBlock) -> int:
    """The first line of the block's page (floor when no page break comes between)."""
    return next((k + 1 for k in range(block.start - 1, floor - 1, -1) if lines[k].kind == PAGE_BREAK), floor)


def _page_before(lines: list[Line], page_top: int, block: TitleBlock):
    """(index, text) of the page's content lines before the block."""
    for k, text in content_lines(lines, page_top):
        if k >= block.start:
            return
        if text is not None:
            yield k, text


def _printed_before(lines: list[Line], page_top: int) -> str:
    """The last line printed before the page (the page before's last, a frame painted there included), '' at the text's
    start."""
    return next((text for k in range(page_top - 1, -1, -1) if lines[k].kind == TEXT and (text := lines[k].text.strip())), "")

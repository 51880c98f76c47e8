"""A document's title block printed anywhere in a raw two-column extraction (rawsplit starts a document at one,
painted_title_blocks moves one to the start of its document):
  read_printed       its fields in any order: ZJCC code, doc number, issuer's line, title
  read_titled        a title naming its own issuer ('清远市人民政府关于…的通知'), in a text without a TOC
  (an order's blocks: issues/parser/order_title_blocks.py, read_order and read_order_number)
  read_framed_title  a title naming its issuer, painted as a frame after its page's columns (or a work report's)
  read_rule          a rule's title alone over its first chapter or article, no number, no issuer
  read_kind_alone    a notice titled '通　告' alone, under the signature of the document before
  read_report        a work report's title over its occasion, speaker and '各位代表：', no number, no signature
"""

from __future__ import annotations

import itertools

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.lines import PAGE_BREAK, TEXT, Line
from issues.parser.section_lines import is_running_header
from issues.parser.text import compact
from issues.parser.title_block import MAX_TITLE_LINES, TitleBlock, is_code, is_subtitle

# A joint notice's issuers over its title: up to six names (GB/T 9704 lists each), on up to two lines of a column
MAX_ISSUERS = 6
MAX_ISSUER_LINES = 2
# A rule's passage line ('（2005年11月25日…会议通过）') as a narrow column wraps it
MAX_PASSAGE_LINES = 6
# An addressee line a narrow column wraps: '各区（市）县住建、社会工作、发展改革、规划和自然资源等部门，市级相关部门，市属国有企业：'
MAX_ADDRESSEE_LINES = 4
# A resolution's title, as a column or a reader breaks it
MAX_RESOLUTION_LINES = 3
# A work report's occasion line (wrapped over two column lines) and its speaker's line, between its title and salutation
MAX_REPORT_HEAD_LINES = 4


def content_lines(lines: list[Line], start: int):
    """(index, stripped text) of the lines from start, blank ones skipped; (index, None) for a page
    break or a line already put in place (lines.PAGE_BREAK, lines.PLACED)."""
    for i in range(start, len(lines)):
        if lines[i].kind != TEXT:
            yield i, None
        elif text := lines[i].text.strip():
            yield i, text


def opens_printed_block(text: str) -> bool:
    return bool(is_code(text) or regexes.DOC_NUMBER_FULL.match("".join(text.split()))
                or regexes.ISSUER_LINE.match(text) or _opens_title(text, issuer=None))


def _opens_title(text: str, issuer: str | None) -> bool:
    """A title's first line: '关于…', or without an issuer's line above it, one naming its issuer ('宿迁市人民政府关于…')."""
    if issuer is not None:  # under its issuer's line: '关于…', or '印发《…》的通知' of a joint notice
        return bool(regexes.TITLE_START_UNDER_ISSUER.match(text))
    return bool(regexes.TITLE_START.match(text) or regexes.ISSUER_TITLE_LINE.match(text) or regexes.ISSUER_NAMED_TITLE.match(text))


def read_printed(lines: list[Line], start: int) -> TitleBlock | None:
    """The title block starting at start, if one does: its fields may come in any order, the title
    (after the issuer's line, or naming its issuer) over up to four lines; without a doc number only
    under an issuer's line."""
    if not opens_printed_block(lines[start].text.strip()):
        return None
    code = number = issuer = None
    title: list[str] = []
    subtitle: list[str] = []
    end = start
    for i, text in content_lines(lines, start):
        if text is None:
            break
        if code is None and not (number or issuer) and is_code(text):
            code = text
        elif number is None and regexes.DOC_NUMBER_FULL.match("".join(text.split())):
            number = text
        elif not title and regexes.ISSUER_LINE.match(text) and len((issuer or "").split()) < MAX_ISSUERS:
            issuer = f"{issuer} {text}" if issuer else text  # a joint notice's issuers wrapped over two lines
        elif (title or _opens_title(text, issuer)) and not _title_done(title) and len(title) < MAX_TITLE_LINES \
                and not regexes.SENTENCE_PUNCTUATION.search(text):  # a sentence ends no title line ('…特制定以下政策举措。')
            title.append(text)
        elif _title_done(title) and _goes_on(text) and len(title) < MAX_TITLE_LINES:
            title.append(text)  # '印发…实施办法' + '的通知': the enclosed rule's kind ended the column line, not the title
        elif _title_done(title) and number is None and not subtitle and is_subtitle(text):
            subtitle = [text]  # '（2021年修订）' under the title, over its number
        else:
            break
        end = i + 1
    if not _title_done(title):
        return None
    title += subtitle
    # a number under the title, else an issuer's line over a '关于…' title (a notice of a department's unit), else a
    # 通告 whose one title line names its issuer ('永登县公安局关于对县城部分道路实施临时交通管制的通告')
    if not (number or issuer and regexes.TITLE_START.match(title[0]) and not _personnel(title) or _named_notice(title)):
        return None
    return TitleBlock(registration_code=code, title_lines=title, doc_number="".join((number or "").split()),
                      issuer=issuer or "", start=start, end=end)


def _goes_on(text: str) -> bool:
    """A column line that goes on a title ended by its enclosed rule's kind: '的通知' under '印发…实施办法'."""
    return bool(regexes.TITLE_TAIL_LINE.match(text))


def _named_notice(title: list[str]) -> bool:
    text = compact("".join(title))
    return len(title) == 1 and bool(regexes.ISSUER_TITLE_LINE.match(text) and regexes.UNADDRESSED_TITLE_END.search(text))


def is_named_notice(block: TitleBlock) -> bool:
    """A 通告 or 公告 without number or issuer's line, its title naming its issuer: it prints no addressees."""
    return not block.doc_number and not block.issuer and _named_notice(block.title_lines)


def is_bare_notice(block: TitleBlock) -> bool:
    """A '关于…的通告' without number, issuer's line or issuer in its title ('关于对汕尾体育馆周边道路实施临时交通管制的通告'): its
    signature alone names its issuer (a department's unit: '汕尾市公安局交通警察支队'), and it prints no addressees."""
    text = compact("".join(block.title_lines))
    return not block.doc_number and not block.issuer and len(block.title_lines) == 1 \
        and bool(regexes.TITLE_START.match(text) and regexes.UNADDRESSED_TITLE_END.search(text))


def _personnel(title: list[str]) -> bool:
    return bool(regexes.PERSONNEL_TITLE.match("".join(title)))


def _title_done(title: list[str]) -> bool:
    return bool(title) and bool(regexes.TITLE_END.search("".join(title).strip()))


def read_titled(lines: list[Line], i: int) -> TitleBlock | None:
    """A title that names its own issuer ('清远市人民政府关于…的通知'), or a '关于…' title under its issuer's
    line ('乐昌市教育局') or (numbered) under none, over up to three lines, with its doc number on its own line before or after it,
    or none: then the addressees must follow (maybe wrapped once), or the title be a 通告/公告, for it
    to head a document rather than quote one."""
    content = []
    for k, text in content_lines(lines, i):
        if text is None or len(content) == MAX_TITLE_LINES + MAX_ADDRESSEE_LINES + 1:
            break
        content.append((k, "".join(text.split())))
    number = ""
    if content and regexes.DOC_NUMBER_FULL.match(content[0][1]):
        number = content.pop(0)[1]
    issuers = []
    while len(content) > 1 and len(issuers) < MAX_ISSUER_LINES and regexes.ISSUER_LINE.match(content[0][1]):
        if not (regexes.TITLE_START.match(content[1][1]) or regexes.ISSUER_LINE.match(content[1][1])):
            break
        issuers.append(content.pop(0)[1])  # a joint notice's issuers may fill two lines ('市住建局 市委社会工作部 …')
    if issuers and not regexes.TITLE_START.match(content[0][1]):
        return None
    issuer = " ".join(issuers)
    if not content:
        return None
    bare = not issuer and not _names_its_issuer(content)  # '关于…的通知' over its number
    if bare and not regexes.TITLE_START.match(content[0][1]):
        return None
    joined = ["".join(text for _, text in content[:size]) for size in range(1, MAX_TITLE_LINES)]
    size = next((size for size, title in enumerate(joined, start=1) if whole_title(title)), None)
    if size is None:
        return None
    title, head, rest = joined[size - 1], content[:size], content[size:]
    if not number and rest and regexes.DOC_NUMBER_FULL.match(rest[0][1]):
        number = rest[0][1]
        head, rest = head + rest[:1], rest[1:]
    if bare and not number and not (_opens_document(lines, i) or _notice_after_a_sentence(lines, i, title)):
        return None  # a bare '关于…的通告' (or '…的通知' over its addressees) heads a document only where one begins: its issuer signs it
    if not number and _personnel([title]):
        return None
    addressed = _addressed([text for _, text in rest])
    if not (number or addressed or regexes.UNADDRESSED_TITLE_END.search(title) or _text_under_it(lines, i, rest)):
        return None
    return TitleBlock(title_lines=[title], doc_number=number, issuer=issuer, start=i, end=head[-1][0] + 1)


def _line_before(lines: list[Line], i: int) -> int | None:
    """The index of the last printed line before line i, on its page or the page before."""
    return next((k for k in range(i - 1, -1, -1) if lines[k].kind != PAGE_BREAK and lines[k].text.strip()), None)


def _notice_after_a_sentence(lines: list[Line], i: int, title: str) -> bool:
    """A bare '关于…的通告' on its own line right after a sentence has ended on the same page ('…确保城乡医疗救助规范运行。' |
    '关于对汕尾体育馆周边道路实施临时交通管制的通告'): a 通告 printed under the enclosed rule of the document before, where the layout
    put its title (a frame painted after the page's columns); its signature names its issuer."""
    at = _line_before(lines, i)
    return at is not None and lines[at].text.strip().endswith("。") and bool(regexes.UNADDRESSED_TITLE_END.search(title))


def _text_under_it(lines: list[Line], i: int, rest: list[tuple[int, str]]) -> bool:
    """A title printed with neither number nor addressees where a document begins (under the signature of the document
    before, or atop a page after the sentence ending it), its text under it: a 决定 or 通知 published to all
    ('关于废止部分市政府规章的决定' over '为维护法治统一，…'). rawsplit keeps a title the document before names (its enclosure) in
    that document. Never the first line read (a text export's piece, its lines before unseen)."""
    begins = i > 0 and (after_signature(lines, i) or _opens_document(lines, i))
    return bool(rest) and begins and not regexes.DATE_LINE.match(in_digits(rest[0][1])) and not whole_title(rest[0][1])


def after_signature(lines: list[Line], i: int) -> bool:
    """The line before line i (on its page or the page before) is a signature's date or the note under it."""
    at = _line_before(lines, i)
    return at is not None and (ends_signature(lines[at].text) or bool(regexes.AFTER_SIGNATURE.match(lines[at].text.strip())))


def ends_signature(text: str) -> bool:
    """A signature's date line, or its issuer and date on one line ('科左中旗公安局交警大队　2016年5月1日')."""
    return bool(regexes.DATE_LINE.match(in_digits("".join(text.split()))) or regexes.SIGNED_LINE.match(in_digits(text.strip())))


def read_kind_alone(lines: list[Line], i: int) -> TitleBlock | None:
    """A notice titled by its kind alone ('通　告', '公　告'), its issuer only in its signature, right under the signature
    of the document before and over its text."""
    text = "".join(lines[i].text.split())
    if not regexes.KIND_ALONE_TITLE.match(text) or not after_signature(lines, i):
        return None
    following = next(content_lines(lines, i + 1), None)
    if following is None or following[1] is None or regexes.DATE_LINE.match(in_digits("".join(following[1].split()))):
        return None
    return TitleBlock(title_lines=[text], start=i, end=i + 1)


def _names_its_issuer(content: list[tuple[int, str]]) -> bool:
    """The title's first line names its issuer ('清远市人民政府关于印发…'), also where a column wrapped it right after its 关于
    ('遂宁市人民政府防汛抗旱指挥部办公室关于' + '征求《…》修改意见的函')."""
    first = content[0][1]
    wrapped = first.endswith("关于") and len(content) > 1 and first + content[1][1]
    return bool(regexes.ISSUER_TITLE_LINE.match(first) or wrapped and regexes.ISSUER_TITLE_LINE.match(wrapped))


def _addressed(following: list[str]) -> bool:
    """The lines under a title open with its addressees, wrapped maybe over several column lines and run on into the body
    ('各县（市、区）人民政府、' + '泉州开发区管委会，' + '市直各单位：《泉州中心市区…》已经…'); over more than two lines, only a list of
    bodies ('各…', '…有关单位'), never a sentence's opening ('根据…：')."""
    for count in range(1, min(len(following), MAX_ADDRESSEE_LINES) + 1):
        match = regexes.ADDRESSEES_START.match("".join(following[:count]))
        if match:
            return count <= 2 or bool(regexes.ADDRESSEES_SEVERAL.search(match.group())
                                       and not regexes.ADDRESSEES_NOT.search(match.group()))
    return False


def _opens_document(lines: list[Line], i: int) -> bool:
    """Line i comes where a document begins: first of the text (after the masthead and cover lines), after a signature's date or the
    note under it, or first of a page whose page before ended its last sentence (a 公告 under the enclosed rule that
    ends the document before: '…制定本办法。' | '关于《…》公开征求意见的公告')."""
    at = _line_before(lines, i)
    if at is None or _after_cover(lines, i):  # atop the text's first page, under the masthead ('总第300期（月刊）')
        return True
    before = lines[at].text.strip()
    pages = {lines[at].page, lines[i].page}  # paged lines carry their page, no page break between them
    new_page = any(lines[k].kind == PAGE_BREAK for k in range(at + 1, i)) or (len(pages) == 2 and None not in pages)
    return new_page and before.endswith("。") or bool(
        regexes.DATE_LINE.match(in_digits("".join(before.split())))
        or regexes.AFTER_SIGNATURE.match(before) or regexes.GAZETTE_NAME.match(before))


def title_line(text: str) -> bool:
    """A line of a title, not the end of a column's sentence ('…具有普遍约束力的行政性文件。'), nor the masthead's issue
    line over the text's first page ('总第300期（月刊）' over an order's title opening the issue)."""
    return not regexes.SENTENCE_END.search(text) and "，" not in text and "。" not in text \
        and not regexes.TOTAL_NO.search(text)


def read_framed_title(lines: list[Line], i: int) -> TitleBlock | None:
    """A title naming its issuer, without number or issuer line, over up to four lines: as a frame after its
    page's columns it heads a document ('清远市人民政府关于印发《…工作规则》的通' + '知'; '永登县公安局关于…的通告').
    Only where frames are known to be (layout: a run of them ending its page); elsewhere it may be a quotation.
    A 通告 or 公告 may print '关于…的通告' alone, its issuer only in its signature: its frame heads a document too, and so
    does a people's congress's resolution, the session that adopted it named first ('第十三届全国人民代表大会第四次会议关于…的决议')."""
    first = "".join(lines[i].text.split())
    if regexes.REPORT_TITLE.match(first):
        return _framed_report(lines, i, first)
    named = bool(regexes.ISSUER_TITLE_LINE.match(first) or regexes.RESOLUTION_TITLE_START.match(first))
    if not named and not regexes.TITLE_START.match(first) or _continues_issued_row(lines, i):
        return None
    title: list[tuple[int, str]] = []
    for k, text in content_lines(lines, i):
        if text is None or len(title) == MAX_TITLE_LINES:
            break
        title.append((k, "".join(text.split())))
        joined = "".join(piece for _, piece in title)
        if whole_title(joined):
            if _personnel([joined]) or not (named or regexes.UNADDRESSED_TITLE_END.search(joined)):
                return None
            return TitleBlock(title_lines=[joined], start=i, end=k + 1)
        if not title_line(title[-1][1]):
            return None
    return None


def _framed_report(lines: list[Line], i: int, title: str) -> TitleBlock | None:
    """A work report's title ('政府工作报告') as a frame: only under its own salutation ('各位代表：') on the same page, a
    report printed with no number and no signature; elsewhere the words name a report in passing."""
    for k in range(i - 1, -1, -1):
        if lines[k].kind == PAGE_BREAK:
            return None
        if regexes.REPORT_SALUTATION.match("".join(lines[k].text.split())):
            return TitleBlock(title_lines=[title], start=i, end=i + 1)
    return None


def _continues_issued_row(lines: list[Line], i: int) -> bool:
    """The line after a row of an issued list whose title the column cut after its issuer ('鲁政办发〔2010〕21号 山东省人民政府'
    over '办公厅转发省人力资源社会保障厅等部门关于做好20' + '10年普通高校毕业生就业工作的意见的通知'): the row's title goes on, no frame."""
    above = next((lines[k].text.strip() for k in range(i - 1, -1, -1) if lines[k].text.strip()), "")
    row = regexes.ISSUED_ROW.match(above)
    return bool(row and not regexes.TITLE_END.search(row["title"].strip()))


def read_rule(lines: list[Line], i: int) -> TitleBlock | None:
    """A rule printed on its own, with neither number nor issuer's line: its whole title on one line
    ('禄丰市人民政府常务会议议事规则'), its first chapter or article next, after a paragraph's end (a rule enclosed
    by a notice comes under the notice's date, or under a title wrapped over two lines)."""
    text = compact(lines[i].text)
    if not regexes.RULE_TITLE.match(text):
        return None
    following = _after_passage([text for _, text in itertools.islice(content_lines(lines, i + 1), MAX_PASSAGE_LINES + 1)])
    previous = next((lines[k].text.strip() for k in range(i - 1, -1, -1) if lines[k].text.strip()), "")
    if not following or not regexes.RULE_OPENING.match(following[0] or ""):
        return None
    if not (regexes.SENTENCE_END.search(previous) or _after_cover(lines, i) or after_signature(lines, i)):
        return None  # under a signature it may be the notice's enclosure: rawsplit keeps a rule the notice names in it
    return TitleBlock(title_lines=[text], start=i, end=i + 1)


def read_resolution(lines: list[Line], i: int) -> TitleBlock | None:
    """A people's congress's resolution printed alone, without number, issuer line or signature: its title naming the body
    that adopted it ('全国人民代表大会常务委员会关于批准2021年中央决算的决议'), its passage line next ('（2022年6月24日…通过）').
    The title may run over lines, as a reader keeps the lines of a title broken on purpose ('…第四次会议关于2020年中央和
    地方预算执行' over '情况与2021年中央和地方预算的决议'): read as no title, its text was told unread."""
    if not regexes.RESOLUTION_TITLE_START.match(compact(lines[i].text)):
        return None
    title, end = "", i
    for k, text in itertools.islice(content_lines(lines, i), MAX_RESOLUTION_LINES):
        if text is None:
            return None
        title, end = title + compact(text), k + 1
        if regexes.RESOLUTION_TITLE.match(title):
            break
    else:
        return None
    following = next((text for _, text in content_lines(lines, end)), None)
    if following is None or not regexes.RULE_PASSAGE_START.match(compact(following)):
        return None
    return TitleBlock(title_lines=[title], start=i, end=end)


def read_report(lines: list[Line], i: int) -> TitleBlock | None:
    """A work report printed with no number and no signature ('政府工作报告'), its title over its occasion line, its speaker's
    line and its salutation ('——2024年3月5日在第十四届全国人民代表大会第二次会议上' · '国务院总理 李强' · '各位代表：')."""
    title = compact(lines[i].text)
    if not regexes.REPORT_TITLE.match(title):
        return None
    for _, text in itertools.islice(content_lines(lines, i + 1), MAX_REPORT_HEAD_LINES + 1):
        if text is not None and regexes.REPORT_SALUTATION.match(compact(text)):
            return TitleBlock(title_lines=[title], start=i, end=i + 1)
    return None


def _after_passage(following: list[str | None]) -> list[str | None]:
    """The lines after a rule's passage line ('（2001年4月29日…会议通过…批准）'), whole or wrapped by a column, and
    the heading of its contents ('目　　录', over its chapters: '第一章　总　则' …)."""
    if following and regexes.RULE_PASSAGE_START.match(compact(following[0] or "")):
        passed = next((n for n in range(1, len(following) + 1)
                       if regexes.RULE_PASSAGE.match(compact("".join(line or "" for line in following[:n])))), 0)
        following = following[passed:]
    if following and regexes.RULE_CONTENTS.match(compact(following[0] or "")):
        following = following[1:]
    return following


def _after_cover(lines: list[Line], i: int) -> bool:
    """Nothing but the cover is printed before line i: a rule opening the issue ('2021.3', '总第300期（月刊）' over it)."""
    before = (text for k in range(i) if lines[k].kind == TEXT and (text := lines[k].text.strip()))
    return all(is_running_header(text) or regexes.COVER_YEAR_ISSUE.match(text) or regexes.TOTAL_NO.search(text)
               for text in before)  # stops at the first line that is no cover's: the masthead is a few lines


def whole_title(text: str) -> bool:
    return bool(regexes.TITLE_END.search(text)) and not regexes.SENTENCE_END.search(text)

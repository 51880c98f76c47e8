"""Section headings of a raw two-column extraction (a layout step): a typesetter paints a column's heading
('人事任免', '政 务 简 讯', '9月份市政府人事任免') as a frame after its page's columns; this step puts each
heading where its section opens on the page, else at the page top.
"""

from __future__ import annotations

import itertools

from issues.parser import kinds, regexes
from issues.parser.columns import SHORT_LINE, width
from issues.parser.dates import in_digits
from issues.parser.lines import PAGE_BREAK, PLACED, TEXT, Line, placed
from issues.parser.news_lines import loosely_after_a_clause
from issues.parser.raw_title_blocks import content_lines, read_printed
from issues.parser.statistics import producer_of

OPENING_COLUMN_LINES = 3  # a section's opening ('…会议决定：', a brief's title over its date) read over this many lines
OPENING_LOOKAHEAD = 6  # lines after a heading at a page's foot within which its section opens
BRIEF_OPENING_LINES = 6  # a brief's title and headline wrapped over five column lines ('市政府五届六十四次常务会议和市长' + …), its first line
MAX_NOTE_LINES = 3  # a note under a signature's date wrapped in a column ('（联系人：王明，电话：0951-68888' + '88）')


def move_headings_to_page_top(lines: list[Line]) -> list[Line]:
    """Move section headings ('9月份市政府人事任免', '机构人事', '政 务 简 讯') and interpretation
    titles out of the text they interrupt, to the top of their page: category label first. A typesetter
    paints them after the page's columns; a heading that finds where its section begins on the page (a
    decision, a brief's title over its dated line, a table's first row: SECTION_OPENINGS) goes there instead,
    so that the document or rule the page printed before stays out of it; one that finds none goes to the top."""
    headings: dict[int, dict[str, bool]] = {}  # index -> headings to put after that line: whether each found its start
    drop: set[int] = set()
    for page_top, found in _headings_by_page(lines).items():
        starts = _section_starts(lines, page_top, found)
        for i, text, used in found:
            drop.update(used)
            at_start = headings.setdefault(_section_top(lines, page_top) if starts[i] is None else starts[i], {})
            at_start[text] = at_start.get(text, False) or starts[i] is not None
    out = []
    for i, line in enumerate(lines):
        if i not in drop:
            out.append(line)
        if i in headings:
            # a heading that found no start before those whose section opens right here, so that it takes none of their
            # text; the category label first of each
            ordered = sorted(headings[i], key=lambda text: (headings[i][text], not regexes.CATEGORY_HEADING.match(text)))
            out += [placed(text) for text in ordered]
    return out


def _headings_by_page(lines: list[Line]) -> dict[int, list[tuple[int, str, list[int]]]]:
    """page-top index -> the headings printed on that page: (index, compact text, the lines it used)."""
    pages: dict[int, list[tuple[int, str, list[int]]]] = {}
    page_top = None
    for i, line in enumerate(lines):
        if line.kind == PAGE_BREAK:
            page_top = i
        elif page_top is not None and (found := heading_at(lines, i)):
            pages.setdefault(page_top, []).append((i, *found))
    return pages


def _section_starts(lines: list[Line], page_top: int, found: list[tuple[int, str, list[int]]]) -> dict[int, int | None]:
    """heading index -> the line after which its section begins, or None when it finds none (it alone goes to the page
    top: another heading of the page keeps the place it found)."""
    skip = {k for _, _, used in found for k in used}
    top = _section_top(lines, page_top)
    by_category: dict[str, int | None] = {}
    for i, text, used in found:
        category = kinds.heading_category(text) or text
        if by_category.get(category) is not None:
            continue
        openings = SECTION_OPENINGS.get(category, ())
        start = next((begins for opening in openings
                      if (begins := _opening_on_page(lines, top, skip, opening)) is not None), None)
        if start is None and _in_flow(lines, used[-1], skip):
            start = i - 1  # its title printed in the column, over its text: it heads what follows
        foot = FOOT_OPENINGS.get(category, openings[-1:])
        if start is None and foot:
            start = _opening_after(lines, i, foot[0])
        by_category[category] = start
    return {i: by_category[kinds.heading_category(text) or text] for i, text, _ in found}


def _in_flow(lines: list[Line], last: int, skip: set[int]) -> bool:
    """A heading printed in the column, its section's text after it on the page (not a frame at the page's foot)."""
    following = next((k for k, text in content_lines(lines, last + 1) if k not in skip), None)
    return following is not None and lines[following].kind == TEXT and \
        read_printed(lines, following) is None


def _opening_on_page(lines: list[Line], top: int, skip: set[int], opening) -> int | None:
    """The line before the first paragraph of the page (after top) that opens the section; top when nothing
    is printed before it."""
    previous, printed, note = "", False, 0  # note: the lines of a note under a signature's date read so far
    for k in range(top + 1, len(lines)):
        if lines[k].kind == PAGE_BREAK:
            return None
        text = lines[k].text.strip()
        if k in skip and text:
            previous = "".join(text.split())  # a heading the column prints ('3月份人事任免'): what follows opens a paragraph
            continue
        if not text:
            continue
        if 0 < note < MAX_NOTE_LINES or regexes.DATE_LINE.match(in_digits("".join(previous.split()))) and text.startswith(("（", "(")):
            note, printed = 0 if text.endswith(("）", ")")) else note + 1, True  # '（此件公开发布）', '（联系人：…' wrapped: the document's
            continue
        opens_paragraph = (not previous or regexes.SENTENCE_END.search(previous) or _part_heading(previous)
                           or kinds.heading_category("".join(previous.split())) is not None
                           or regexes.DATE_LINE.match(in_digits("".join(previous.split())))  # a signature's date
                           or producer_of(previous) is not None)  # a table's producer line ('上海市统计局') ends the table
        if (opens_paragraph or opening in OPEN_ANYWHERE) and opening(lines, k):
            return k - 1 if printed else top
        previous, printed = text, True
    return None


def _opening_after(lines: list[Line], i: int, opening) -> int | None:
    """A heading painted at the foot of the page before its section's text (which opens the next page)
    stays where it is, after what the page printed."""
    for k, text in itertools.islice(content_lines(lines, i + 1), OPENING_LOOKAHEAD):
        if text and heading_at(lines, k) is None:
            return i - 1 if opening(lines, k) else None
    return None


def _opens_decider(lines: list[Line], i: int) -> bool:
    """'市人民政府决定：', maybe wrapped ('济源市第十五届人民代表大会常务委员会第七' + '次会议决定：')."""
    return _decider_joined(lines, i)[0]


def _opens_titled_list(lines: list[Line], i: int) -> bool:
    """The appointments' own title naming their body, in the column after a brief that tells the same decisions
    ('长宁区人大常委会人事任免'): the section opens at it, never the brief's last paragraph."""
    return bool(regexes.APPOINTMENT_BODY_TITLE.match("".join(lines[i].text.split())))


def _opens_notice(lines: list[Line], i: int) -> bool:
    """An appointment notice's title, the layout joined and set on its own line ('…人民政府关于张三等职务任免的通知'): its number,
    addressees and decision follow it, all of the section."""
    return lines[i].kind == PLACED and bool(regexes.APPOINTMENT_NOTICE_TITLE.match("".join(lines[i].text.split())))


def _opens_decision(lines: list[Line], i: int) -> bool:
    """A decider (above), or '任命…' / '免去…', or a decision and its one item on one line ('市人民政府决定：张伟任温州市财政局
    局长。'): a weaker sign, which a brief's sentence on the page may give too ('会议决定任命宋莉同志为…'), so tried after the
    decider."""
    decider, joined = _decider_joined(lines, i)
    first = "".join(lines[i].text.split())  # its first line alone, as wide as the decider's name may be
    # a meeting's name wrapped over its day and a statement ('陕西省第十二届人民代表大会常务委员会第' + '二十六次会议4月1日决定，接受…')
    inline = regexes.APPOINTMENT_INLINE_DECIDER.match(joined)
    reported = regexes.DECISION_CIRCUMSTANCE.sub("", joined)  # '会议表决通过了有关人事事项，决定任命周' · '会议任命康君为…'
    undated = regexes.APPOINTMENT_DAY_PREFIX.sub("", joined)  # '27日上午，…第四次会议经表决，任命…': the meeting deciding
    return decider or bool(regexes.APPOINTMENT_STATEMENT.match(joined) or regexes.REPORTED_DECISION.match(reported) or regexes.APPOINTMENT_INLINE_DECIDER.match(first)
                           or regexes.MEETING_DECIDING.match(undated)
                           or inline and (regexes.APPOINTMENT_STATEMENT.match(inline["rest"])
                                          or regexes.PEOPLE_DECIDED_ON.match(inline["rest"])))  # '…13日决定：姜大明为…'


def _decider_joined(lines: list[Line], i: int) -> tuple[bool, str]:
    """Whether the column lines from i open with a decider, and the text they join to."""
    joined = ""
    for _, text in itertools.islice(content_lines(lines, i), OPENING_COLUMN_LINES):
        if text is None or regexes.DATE_LINE.match(in_digits("".join(text.split()))):
            break  # a signature's date: the issuer over it ('上海市人民政府') is no decider's first line
        joined += "".join(text.split())
        if regexes.APPOINTMENT_DECIDER.match(joined):
            return True, joined
    return False, joined


def _opens_brief(lines: list[Line], i: int) -> bool:
    """A brief's title (one or more column lines, a dash subtitle or a headline among them) over its first line: dated, or
    opening with its source or a quotation, or naming its day after its subject."""
    texts = list(itertools.islice(_texts_on_page(lines, i), BRIEF_OPENING_LINES + 1))
    if texts and _part_heading(texts[0]):
        return False  # an enclosed plan's part ('一、总体要求') over a brief's title: the plan's, never the brief's
    part = bool(texts) and bool(regexes.STRUCTURAL_START.match(texts[0]))  # '一、“十三五”时期发展成就': a report's part, no title
    for n, text in enumerate(texts[:BRIEF_OPENING_LINES]):
        if regexes.STATISTICS_ROW.match(text) or producer_of(text) is not None:
            return False  # a table's row or its producer ('北京市统计局') under it: no title's line
        if dated(text) or n and (regexes.NEWS_QUOTE_START.match(text) and not part  # '“要全力做好…。”12月24日下' under its title
                                 # a lede the column cut: '记者从北京市统计局' over '获悉，…'
                                 or not regexes.SENTENCE_END.search(text) and dated("".join(texts[n : n + 2]))
                                 or _clause_dated(text, texts[n + 1 : n + 2])
                                 # '湖南省第十届人民代表大会常务委员会第二' over '十七次会议于6月1日下午…'
                                 or regexes.NEWS_SUBJECT_DAY_LEAD.match("".join((text + "".join(texts[n + 1 : n + 2])).split()))):
            if n:
                return True
            # a dated line first may be a headline opening with its date ('1月15日，甘肃省第十四届人民代表大会' over '第一次会议开幕'
            # over its first line '中国甘肃网1月15日讯…'): read on to a line that ends a sentence or a first line under it
            if regexes.SENTENCE_END.search(text):
                return False
            continue
        if regexes.SENTENCE_END.search(text) or regexes.DATE_LINE.match(in_digits("".join(text.split()))):
            return False  # a sentence, or a signature's date: no title's line
    return False


def _opens_brief_naming_its_year(lines: list[Line], i: int) -> bool:
    """A brief's title over a first paragraph naming its year as its subject ('新年贺词凝聚奋进力量' over '2024年是中华人民共和国成立
    75周年，'): weaker than a dated opening, as a report's sub-heading over its paragraph opens so too ('2025年工作回顾' over
    '2025年是“十四五”规划冲刺收官…'), so tried only where no brief on the page opens with its date or source."""
    texts = list(itertools.islice(_texts_on_page(lines, i), BRIEF_OPENING_LINES + 1))
    for n, text in enumerate(texts[:BRIEF_OPENING_LINES]):
        if n and regexes.NEWS_YEAR_LEAD.match(text.strip()):
            return True
        if regexes.SENTENCE_END.search(text) or _part_heading(text) or regexes.STRUCTURAL_START.match(text):
            return False
    return False


def _part_heading(text: str) -> bool:
    """A numbered part's heading alone on its column line ('一、总体要求', '（二）保障措施'): it ends its paragraph, and no
    brief's title opens with a part's number (never an article's first line, '第二条 市人民代表大会及其常务委员', running text)."""
    compact = "".join(text.split())
    return bool(regexes.PART_HEADING_MARK.match(compact)) and not regexes.RUNNING_TEXT_MARK.search(compact) \
        and width(compact) < SHORT_LINE


def _clause_dated(text: str, following: list[str]) -> bool:
    """A first column line opening with a clause the column cuts before its day ('为深入贯彻落实全省推进营商环境建设大会精' over
    '神，15日，我市召开…')."""
    sentence = in_digits("".join((text + "".join(following)).split())).split("。", 1)[0]
    return bool(regexes.NEWS_CLAUSE_OPENER.match(text.strip()) and following
                and (regexes.NEWS_CLAUSE_DAY.search(sentence) or regexes.NEWS_DATE.search(sentence)
                     or loosely_after_a_clause(sentence)))  # '在…六大优势产业带动' over '下，2023年，…'


def _texts_on_page(lines: list[Line], i: int):
    """The non-blank lines from i to the page's end, those put in place already included."""
    for line in lines[i:]:
        if line.kind == PAGE_BREAK:
            return
        if text := line.text.strip():
            yield text


def _opens_issued_list(lines: list[Line], i: int) -> bool:
    """The list's first row ('晋政发〔2018〕13号 山西省人民政府关'), or its own title over it, wrapped in the column
    ('2015年省政府及省政府办公厅文件目' + '录'); either opens the list wherever the text before it stopped (a brief's
    closing credit, '（汉川日报 记者王敏）', ends no sentence)."""
    joined = ""
    for n, text in enumerate(itertools.islice(_texts_on_page(lines, i), OPENING_COLUMN_LINES + 1)):
        if regexes.ISSUED_ROW.match(text):
            return n == 0 or bool(regexes.ISSUED_LIST_HEADING.match(joined))
        joined += "".join(text.split())
    return False


def _opens_chronicle_title(lines: list[Line], i: int) -> bool:
    """A chronicle's own month title the column prints, put in place already ('济宁市人民政府2007年5月大事记')."""
    return lines[i].kind == PLACED and kinds.heading_category("".join(lines[i].text.split())) == "政府记事"


def _opens_chronicle(lines: list[Line], i: int) -> bool:
    """A chronicle's month title (above), or its first entry: its day marker set apart from its text ('1日 市委副书记、市长张振川，
    市委常委、政')."""
    return _opens_chronicle_title(lines, i) or bool(regexes.CHRONICLE_MARK_SPACED.match(in_digits(lines[i].text.strip())))


def opens_table(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    return bool(regexes.STATISTICS_HEADER_ROW.match(text) or regexes.STATISTICS_ROW.match(text))


def dated(text: str) -> bool:
    """A brief's first column line: its date ('9月11日，省委常委、市委书记陈伟俊主持'), its source before or instead of it
    ('本报讯 记者牛前进报道：2月11日，节后上' · '亳州新闻网讯 12月24日下午，市'), or a loose date ('近日，市政府召开…', '25日，…')."""
    compact, spaced = in_digits("".join(text.split())), in_digits(text.strip())
    return bool(regexes.NEWS_DATE_START.match(compact) or regexes.NEWS_DAY_LEAD.match(compact)
                or regexes.NEWS_SOURCE_LEAD.match(spaced) or regexes.NEWS_UNDATED_LEAD.match(spaced))


# What opens each section on a page, strongest first: an appointments section by a notice's title over its decision, by its
# decider before any statement, so that a brief's report of a meeting's decisions on the same page ('会议决定任命宋莉同志为…')
# does not take the heading
SECTION_OPENINGS = {"机构人事": (_opens_titled_list, _opens_notice, _opens_decider, _opens_decision),
                    "政务简讯": (_opens_brief, _opens_brief_naming_its_year),
                    "统计资料": (opens_table,), "发文目录": (_opens_issued_list,), "政府记事": (_opens_chronicle_title,)}
# Openings told on the next page, under a heading painted at its page's foot ('政府记事' over '1日 市委副书记、市长张振川，市委常委、
# 政' atop the next page), where they are others than on the page: there a chronicle opens by its own month title only, as
# its entries open with ordinals, marks or glued days of many shapes (a heading that finds none goes to the page top)
FOOT_OPENINGS = {"政府记事": (_opens_chronicle,)}
# Openings strong enough to open their section after any line, not only after a sentence's end (a notice's title set alone
# under an enclosed plan's part heading, which ends no sentence)
OPEN_ANYWHERE = (_opens_issued_list, _opens_notice)


def _section_top(lines: list[Line], page_top: int) -> int:
    """Where a heading of the page goes: the page top, or, when a document's title block was moved there,
    after that document's signature date on the page (the section follows the document it closes)."""
    if page_top + 1 >= len(lines) or lines[page_top + 1].kind != PLACED:
        return page_top
    for i in range(page_top + 1, len(lines)):
        if lines[i].kind == PAGE_BREAK:
            break
        if regexes.DATE_LINE.match(in_digits("".join(lines[i].text.split()))):
            return i
    return page_top


def heading_at(lines: list[Line], i: int) -> tuple[str, list[int]] | None:
    text = lines[i].text.strip()
    if not text or lines[i].kind == PLACED:
        return None
    compact = "".join(text.split())
    if kinds.heading_category(compact) is not None:  # '人事任免', '9月份市政府记事', '2019年普陀区大事记'
        return compact, [i]
    if regexes.INTERPRETATION_TITLE.match(text):
        return compact, [i]
    if regexes.INTERPRETATION_TITLE_HEAD.match(text):
        following = next(((j, t) for j, t in content_lines(lines, i + 1) if t is not None), None)
        if following and regexes.INTERPRETATION_TITLE_TAIL.match(following[1]):
            return compact + "".join(following[1].split()), [i, following[0]]
    return None



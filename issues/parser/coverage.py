"""Text coverage: every body line of an issue read into no record, and no page furniture, is a warning.

The last check of checks.finish: it reads the cleaned lines beside the records parsed from them.
"""

from __future__ import annotations

from collections import Counter

from issues.parser import appointment_wording, regexes, statistics
from issues.parser.painted_headings import dated
from issues.parser.document_category import category_of
from issues.parser.kinds import MAX_SECTIONS_OF_A_LINE, category_named, is_document_category
from issues.parser.dates import in_digits
from issues.parser.furniture import is_furniture
from issues.parser.lines import Line, printed_place, texts
from issues.parser.records import (ParsedAppointment, ParsedChronicleEntry, ParsedDocument, ParsedInterpretation,
                                   ParsedIssue, ParsedIssuedRow, ParsedNews, ParsedStatistics)
from issues.parser.text import split_top_level
from issues.parser.toc import parse_toc
from issues.parser.warnings import LOSS, MAX_QUOTED_LINES, ParseWarning

# Past this many unread-line warnings, one more counts the rest (hostile input: 20,000 '一、' lines).
MAX_UNREAD_WARNINGS = 200


def coverage(lines: list[Line], parsed: ParsedIssue, earlier: list[ParseWarning]) -> list[ParseWarning]:
    """Every body line in no record and no piece of furniture, one warning per run of such lines.

    A line counts as read when its text (without spaces and Markdown marks) is part of the printed text of
    a record made from the section it lies in; an appointment line when each of its pieces between the
    joining words (任, 免去, 职务, …) is part of a person, post or qualifier of a row of its section. A brief
    reporting the decision an appointment list prints holds the list's lines too: it reads none of them.
    A line no section was handed (before the first, back matter) is read when any record holds it. Lines
    an earlier warning of their section quotes already (an appointment line the parser could not read)
    only lend it their page.
    """
    everything = [*parsed.documents, *parsed.interpretations, *parsed.appointments, *parsed.news, *parsed.chronicle,
                  *parsed.issued_list, parsed.statistics]
    anywhere = _Held("", everything, (("封底及其他", "\n".join(spaceless(line) for line in parsed.back_matter)),))
    own = [_Held(read.category, read.records) for read in parsed.read_sections]
    warnings: list[ParseWarning] = []
    section, run, unread = "", None, 0
    unplaced: list[ParseWarning] = []  # warnings of lines no heading, TOC or section places
    after_day: set[int] = set()  # ids of those that follow a chronicle's day marker ('1日')
    continuing: set[int] = set()  # ids of those that go on the block of the one before (past its quoted lines)
    untold: dict[str, None] = {}  # the sections of lines past the last warning, in order
    # (line, the sections it lies in) -> the section reading it: hostile input repeats a line thousands of times
    seen: dict[tuple[str, tuple[int, ...]], str | None] = {}
    previous = ""  # the last printed line, read or not
    body = lines[_body_start(texts(lines), parsed) :]
    printed_times = Counter(printed_place(printed) for printed in body)
    before_handed: tuple[int, ...] = ()  # the sections the last non-blank line lies in
    for printed in body:
        line, page = printed.text, printed.page
        text, before = _plain(line), previous
        previous = line.strip() or previous
        handed = tuple(parsed.line_sections.get(printed_place(printed), ()))
        stray = _stray_copy(text, handed, before_handed, printed_times[printed_place(printed)])
        handed = () if stray else handed
        before_handed = handed if text else before_handed
        if (line, handed) not in seen:
            holders = [own[n] for n in handed] if 0 < len(handed) <= MAX_SECTIONS_OF_A_LINE else [anywhere]
            seen[line, handed] = FURNITURE if not text or is_furniture(line, text) else next(
                (found for held in holders if (found := held.reads(line, text, section))), None)
        found = seen[line, handed]
        if not handed and found not in (FURNITURE, "机构人事", None) and (stray or found != section) \
                and regexes.DECISION_WORDS.search(text):
            # a decision in no section (or a stray copy of one a brief on its page repeats), outside the brief reporting it, is
            # read by appointment rows alone (its rows lost, told)
            found = "机构人事" if anywhere.appointment_text and _appointment_read(text, anywhere) else None
        if found == FURNITURE or not section and _is_cover(line):
            continue
        if found:
            section, run = found, None
            _place_by_shape(unplaced, after_day, continuing, section)  # lines before any record read: their shape, else what they precede
            unplaced.clear()
            continue
        # the section it was handed to, else the last read (a stray decision: the appointments')
        lies_in = own[handed[-1]].category if handed else "机构人事" if stray else section
        if _already_quoted(text, earlier, printed, lies_in if handed else None):
            continue
        unread += 1
        if run is not None and run.page == page and run.section == lies_in and len(run.lines) < MAX_QUOTED_LINES:
            run.lines.append(line.strip())
        elif len(warnings) < MAX_UNREAD_WARNINGS:
            continued = run is not None and run.page == page and run.section == lies_in  # the block goes on
            run = ParseWarning(LOSS, "unread_line", "这一行没有进入任何记录（也不是页眉、页码或标题）",
                               section=lies_in, page=page, lines=[line.strip()], file_page=printed.physical_page)
            warnings.append(run)
            if not lies_in:
                unplaced.append(run)
                if continued:
                    continuing.add(id(run))
                if regexes.CHRONICLE_DAY.match(in_digits(before)):
                    after_day.add(id(run))
        else:
            untold[lies_in] = None
    _place_by_shape(unplaced, after_day, continuing, section)  # lines after the last record read, in no section
    told = sum(len(w.lines) for w in warnings)
    if unread > told:
        warnings.append(ParseWarning(LOSS, "unread_line", f"另有{unread - told}行没有进入任何记录（未逐行列出）",
                                     section="、".join(name for name in untold if name)))
    return warnings


def _stray_copy(text: str, handed: tuple[int, ...], before_handed: tuple[int, ...], times: int) -> bool:
    """A decision's line printed alike more often on its page than the sections it was handed to, sharing none of them with
    the line before it: its copies share one place (printed_place), so this one, outside those sections (a report's line cut
    off before its appointments column while a brief on its page repeats it), took the brief's hand. It lies in no section,
    read by appointment rows alone (北京 2021-11, 人民网, as the test lays it out: "…会议决定：接受卢映川辞去北京市副市长职务的
    请求，…" above the column's heading and again in a brief on its page)."""
    return bool(times > len(handed) > 0 and not set(handed) & set(before_handed) and regexes.DECISION_WORDS.search(text))


def _is_cover(line: str) -> bool:
    """A cover's line before any record ('2022.4', '总第300期（月刊）'): the masthead block, furniture (identity read it)."""
    stripped = line.strip()
    return bool(regexes.COVER_YEAR_ISSUE.match(stripped) or regexes.TOTAL_NO.match(stripped))


def _place_by_shape(unplaced: list[ParseWarning], after_day: set[int], continuing: set[int], section: str) -> None:
    """Unread lines no heading, TOC or section places (an issue whose headings were lost) are told in the section their
    shape tells (a block's first lines tell it for the rest), else in `section` (the one they precede, or the last read)."""
    shape = None
    for warning in unplaced:
        if id(warning) not in continuing or shape is None:
            shape = section_of_shape(warning.lines, id(warning) in after_day)
        warning.section = shape or section


def section_of_shape(lines: list[str], after_day: bool = False) -> str | None:
    """The section an unread block's shape tells: a doc number, a '关于…' title's line, addressees or a signature's date
    (a document's: its column by its number's prefix), an appointment statement or decider, an issued list's row, the
    text under a chronicle's day marker, a decision inside a sentence ('26日，…会议决定，接受卢映川辞去…'), a brief's dated
    first paragraph ('4月14日，市政府召开…')."""
    texts = [spaceless(line) for line in lines]
    number = next((text for text in texts if regexes.DOC_NUMBER_FULL.match(text)), "")
    if number or any(_document_line(text) for text in texts):
        return category_of(number)
    if any(regexes.APPOINTMENT_STATEMENT.match(text) or regexes.APPOINTMENT_DECIDER.match(text) for text in texts):
        return "机构人事"
    if any(regexes.ISSUED_ROW.match(line.strip()) for line in lines):
        return "发文目录"
    if after_day or any(regexes.DECISION_WORDS.search(text) for text in texts):
        return "政府记事" if after_day else "机构人事"
    if any(dated(line) for line in lines[1:]) or len(lines) == 1 and dated(lines[0]):
        return "政务简讯"
    return None


def _document_line(text: str) -> bool:
    """A document's own line: a title's first ('关于下达…'), addressees ('各区人民政府，市人民政府各部门：'), a signature's date;
    or the opening of a paper a congress hears, printed with no number and no signature: the standing committee it reports to
    ('全国人民代表大会常务委员会：'), its occasion ('——2024年1月8日在…会议上') or its salutation ('主任、各位副主任、秘书长、各位委员：')."""
    return bool(regexes.TITLE_START.match(text) and not regexes.SENTENCE_PUNCTUATION.search(text)
                or regexes.ADDRESSEE_LINE.match(text) or regexes.DATE_LINE.match(in_digits(text))
                or regexes.REPORT_ADDRESSEE.match(text) or regexes.REPORT_OCCASION.match(in_digits(text))
                or regexes.REPORT_SALUTATION.match(text))


FURNITURE = "furniture"


def _body_start(lines: list[str], parsed: ParsedIssue) -> int:
    """After the cover and the TOC; without a printed TOC, at the first line a record holds."""
    toc, start = parse_toc(lines)
    return start if toc else 0


def _sources_of(records: list) -> list[tuple[str, str]]:
    """(section, printed text without spaces) of each of a section's records that holds text (appointment rows hold pieces)."""
    texts = [_TEXT_OF[type(record)](record) for record in records if type(record) in _TEXT_OF]
    return [(section, text) for section, text in texts if text.strip()]


def _document_text(d: ParsedDocument) -> tuple[str, str]:
    # a raw column may run the addressees on into the body's first paragraph ('…办、局：《临沧市…》已经…')
    first = d.body.split("\n", 1)[0]
    addressees = [f"{d.addressees}{colon}{after}" for colon in "：:" for after in ("", first)] if d.addressees else []
    parts = [d.title, d.doc_number, d.registration_code or "", *addressees, d.body, *d.attachments]
    return d.category, "\n".join(map(spaceless, parts))


def _interpretation_text(i: ParsedInterpretation) -> tuple[str, str]:
    return "政策解读", "\n".join(map(spaceless, [i.title, f"解读单位：{i.unit or ''}", i.body]))


def _statistics_text(table: ParsedStatistics) -> tuple[str, str]:
    return "统计资料", "\n".join(spaceless(t) for t in [table.title or "", table.producer or "",
                                                        *(r.indicator for r in table.rows)])


# A record's section and its printed text without spaces, by its class (an appointment row's: _appointment_text).
_TEXT_OF = {
    ParsedDocument: _document_text,
    ParsedInterpretation: _interpretation_text,
    ParsedNews: lambda n: ("政务简讯", spaceless(f"{n.title}\n{n.body}")),
    ParsedChronicleEntry: lambda c: ("政府记事", spaceless(c.text)),
    ParsedIssuedRow: lambda r: ("发文目录", spaceless(r.doc_number + r.title)),
    ParsedStatistics: _statistics_text,
}


class _Held:
    """What some records hold (those made from one section, or all of the issue's): their printed text by section, and
    their appointment rows' pieces."""

    def __init__(self, category: str, records: list, more: tuple[tuple[str, str], ...] = ()):
        self.category = category
        self.sources = [*_sources_of(records), *more]
        rows = [record for record in records if isinstance(record, ParsedAppointment)]
        self.appointment_text = _appointment_text(rows)
        by_person: dict[str, list[ParsedAppointment]] = {}
        for row in rows:
            by_person.setdefault(spaceless(row.person), []).append(row)
        # a person -> the pieces of their rows: a line naming people is read by theirs
        self.rows_of = {person: _appointment_text(theirs[:MAX_ROWS_OF_A_PERSON]) for person, theirs in by_person.items()}
        self.names = "\n".join(self.rows_of)

    def reads(self, line: str, text: str, current: str) -> str | None:
        """The section of the records holding the line (the current section's tried first), None when none does."""
        return (_source_of(text, self.sources, current)
                or _entries_read(line, self.sources, current)
                or ("机构人事" if self.appointment_text and _appointment_read(text, self) else None))


def _source_of(text: str, sources: list[tuple[str, str]], current: str) -> str | None:
    """The section whose records hold this text (the current section tried first)."""
    ordered = sorted(sources, key=lambda source: source[0] != current)
    for section, read in ordered:
        if text in read or section == "统计资料" and _statistics_line_read(text, read):
            return section
    return None


def _entries_read(line: str, sources: list[tuple[str, str]], current: str) -> str | None:
    """A chronicle line holding the end of one entry and the start of the next ('…出席。2日，…'): each
    piece read into the chronicle."""
    pieces = [_plain(piece) for piece in regexes.CHRONICLE_NEXT_ENTRY.split(line.strip())]
    if len(pieces) < 2:
        return None
    found = {_source_of(piece, sources, current) for piece in pieces if piece}
    return "政府记事" if found == {"政府记事"} else None


def _statistics_line_read(text: str, read: str) -> bool:
    """A table row ('一、规模以上工业增加值亿元86.852.8…') whose indicator was read, the producer line read
    ('资料来源：温州市统计局': its label is no record's text), or the unit line over a table whose rows were read
    ('单位:万元': the unit of each)."""
    head = regexes.STATISTICS_OF_WHICH.sub("", text.lstrip("#＃"))  # '其中:国有企业-7.214.5': a sub-row's mark
    rows = (indicator for indicator in read.split("\n") if head.startswith(indicator))
    producer = statistics.producer_of(text)
    return any(len(indicator) >= 2 or regexes.STATISTICS_ROW_TAIL.match(head[len(indicator):]) for indicator in rows) \
        or bool(producer and spaceless(producer) in read.split("\n")) or bool(regexes.STATISTICS_UNIT_LINE.match(text) and read)


def _appointment_text(rows: list[ParsedAppointment]) -> str:
    # a name glued to its post ('免去卢炳椿泉州市人民政府副市长…的职务') is read when its row is
    parts = [p for a in rows
             for p in (a.person, a.position, a.qualifier or "", a.decided_by, a.person + a.position)]
    return "\n".join(spaceless(part) for part in parts if part)


def _appointment_read(text: str, held: _Held) -> bool:
    """Each piece between the joining words is part of a row read (or of a name: '卢有为' cut by its 为); from the first
    person the line names on, of a row of the people it names ('任命张三为A局局长' is not read by the rows of '免去李四的A局局长
    职务' and '免去张三的B局局长职务'); a line of joining words alone ('免去：', the '务；' of a 职务 cut by the line's end)
    belongs to the rows around it, as does what no post is ('另有任用', '报…备案')."""
    appointment_text = held.appointment_text
    # a roll's title over rows its adoption line decided ('上海市人民代表大会常务委员会任免名单'), a list's or an election's naming
    # who decided ('国务院任命香港特别行政区第六届政府主要官员：' · '…第一次会议选举结果：')
    titled = regexes.APPOINTED_LIST_TITLE.match(spaceless(text)) or regexes.MEETING_HEADING.match(spaceless(text))
    if regexes.APPOINTMENT_ROLL_TITLE.match(spaceless(text)) or titled and spaceless(titled["decider"]) in appointment_text \
            or regexes.APPOINTMENT_BODY_TITLE.match(spaceless(text)) and appointment_text:  # '长宁区人大常委会人事任免' over rows
        return True
    cited = regexes.APPOINTMENT_DECISION_CITED.match(in_digits(text))  # '根据…会议于二〇一〇年十二月二十五日的决定：': its decider
    if cited and not cited["rest"] and spaceless(cited["decider"]) in appointment_text:
        return True
    text = regexes.REPORT_SOURCE.sub("", text)  # '据…官方微信消息，' before the meeting or the decision: who reported it, no record
    opened = regexes.REPORT_OPENING.match(text)  # '1月15日下午，市十四届人大常委会第二十次会议举行。': the meeting deciding rows read
    if opened and spaceless(opened["body"] + opened["number"]) in appointment_text.split("\n"):
        text = text[opened.end() :].lstrip("，,")  # '…第十八次会议，审议了…的请求。': the request, a sentence of its own
    # a decision paragraph's grounds ('根据《…》的规定，'), the request it answers ('因工作变动，X提出辞去…职务。') and why someone
    # leaves ('…因达到任职年龄界限原因辞去…') are no record; nor is a sentence naming no one, a batch adopted or the lead of a list
    # of holders below it ('…会议表决通过一批人事任免事项。新任命的…负责人中，有5个新面孔，他们分别是：'), the parser's note
    text = "。".join(worded for sentence in split_top_level(text, "。")
                    if not regexes.RESIGNATION_REQUEST.match(sentence) and not regexes.HOLDERS_LEAD.match(sentence.strip())
                    and not ((titled := regexes.APPOINTMENT_LIST_TITLE.match(spaceless(sentence)))  # '国务院日前任免一批国家工作人员'
                             and spaceless(titled["body"] + titled["title"]) in appointment_text)
                    and not regexes.UNNAMED_DECISION.match(worded := _without_wording(sentence)))
    pieces = [(start, piece) for start, piece in _pieces(text) if len(piece) >= 2 and not regexes.NO_POST.match(piece)]
    people = _people_named(text, held.rows_of)
    # what comes before the first name may end a row begun on the line before ('会副主任（挂职，时间六个月）、王福宏为省')
    first = min(people.values(), default=len(text))
    named = "\n".join(held.rows_of[person] for person in people)
    return all(piece in held.names or piece in (named if start >= first else appointment_text)
               or _post_and_name_read(piece, appointment_text) or _name_and_title_read(piece, held) for start, piece in pieces)


def _pieces(text: str) -> list[tuple[int, str]]:
    """The text between the joining words of an appointment line, each with where it starts."""
    found, start = [], 0
    for glue in regexes.APPOINTMENT_GLUE.finditer(text):
        found.append((start, text[start:glue.start()]))
        start = glue.end()
    return [*found, (start, text[start:])]


def _people_named(text: str, rows_of: dict[str, str]) -> dict[str, int]:
    """The people with rows a line names, each with where it first does, looked up by each run of two to four characters: a
    name glued to its post ('免去卢炳椿泉州市人民政府副市长…的职务') or holding a joining word ('胡和平', '侯为东') is found too."""
    found: dict[str, int] = {}
    for n in range(MIN_NAME, MAX_NAME + 1):
        for i in range(len(text) - n + 1):
            if (run := text[i:i + n]) in rows_of and i < found.get(run, len(text)):
                found[run] = i
    return found


def _without_wording(sentence: str) -> str:
    """The sentence without the words the appointments parser drops as it reads it: the day ('5月7日下午，'), an item's number,
    grounds, a reason, 由 before who stands in, how a meeting decided ("以无记名投票表决方式，"), who nominated ('，并根据…主任会议的
    提名，'), the list of holders a news account introduces ('…他们分别是：'), who voted ('…人大常委会委员表决接受了…') and the
    titles of decisions adopted by a sitting ('第二次全体会议表决通过了关于…的决定、人事任免名单和关于…的决定')."""
    sentence = appointment_wording.as_read(sentence)
    sentence = regexes.APPOINTMENT_REPORTED_DECIDER.sub(r"\g<rest>", sentence)  # '在当天举行的会议上，…，决定：' before its items
    sentence = "，".join(part for part in split_top_level(sentence, "，,") if not regexes.PROCEDURE_STATEMENT.match(part))
    for pattern in (regexes.APPOINTMENT_DAY_PREFIX, regexes.ITEM_NUMBER, regexes.DECISION_GROUNDS, regexes.DECIDER_PROPOSER,
                    regexes.REASON_FOR_LEAVING, regexes.DECIDED_BY, regexes.DECIDER_MANNER, regexes.DECISION_PREFIX):
        sentence = pattern.sub("", sentence)
    return sentence


def _post_and_name_read(piece: str, appointment_text: str) -> bool:
    """'泉州市人民政府副市长王永礼' (the post someone holds, then the name, before 代理): the name read, and the post read or
    the title of the post they stand in for ('宣城市人民政府副市长孔晓宏' of '…代理市长', read as 宣城市人民政府市长)."""
    lines = f"\n{appointment_text}\n"
    return any(f"\n{piece[-n:]}\n" in lines and (piece[:-n] in appointment_text or regexes.POST_TITLE.search(piece[:-n]))
               for n in (3, 2) if len(piece) > n)


def _name_and_title_read(piece: str, held: _Held) -> bool:
    """'毛伟明副省长' (the person decided on, named with the title they hold, before 为): the name has rows, the rest is a title."""
    return any(piece[:n] in held.rows_of and regexes.SHORT_POST.match(piece[n:]) for n in (3, 2) if len(piece) > n)


MIN_QUOTED_CLAUSE = 6
MIN_NAME, MAX_NAME = 2, 4  # a name found inside a longer piece of an appointment line (a longer one is a piece of its own)
MAX_ROWS_OF_A_PERSON = 20  # a person's rows a line naming them is read by (hostile input gives one name thousands of rows)


def _already_quoted(text: str, earlier: list[ParseWarning], line: Line, lies_in: str | None) -> bool:
    """A line a warning of its section quotes, or holds a clause such a warning quotes ('决定任命25名省政府组成人员。' of a
    note). A quoted line of a word or two ('闭会', a headline's last line) does not tell a longer line that merely holds it
    ('次会议在济南闭会。'); a brief's headline worded as an appointment, quoted in 政务简讯, does not tell the list's line."""
    for warning in earlier:
        if _same_section(warning.section, lies_in) and any(
                text in (told := spaceless(quoted)) or (told in text and (len(told) >= MIN_QUOTED_CLAUSE or 2 * len(told) >= len(text)))
                for quoted in warning.lines):
            if warning.page is None:
                warning.page, warning.file_page = line.page, warning.file_page or line.physical_page
            return True
    return False


def _same_section(told: str | None, lies_in: str | None) -> bool:
    """A warning naming no section, or the one a line lies in (by any name an issue prints it; documents columns as one: a
    document's own column may be told by its issuer after it was read); a line in no section, any warning."""
    if not told or not lies_in:
        return True
    told, lies_in = category_named(told), category_named(lies_in)
    return told == lies_in or is_document_category(told) and is_document_category(lies_in)


def _plain(line: str) -> str:
    """A printed line as records keep it: no spaces, Markdown or HTML marks, △, an entry's number or day marker (glued to the
    text too, or a bare number), an item's number under its day."""
    text = regexes.COLUMN_LABEL_INSIDE.sub("", regexes.HTML_TAG.sub("", line))  # '…美国大 事 记国际…': a header pasted in
    text = regexes.CHRONICLE_ORDINAL.sub("", regexes.LINE_MARKS.sub("", text.strip()).strip())  # '二、8月16日…': its number
    text = regexes.CHRONICLE_HEADLINE_BEFORE_DAY.sub("", text)  # '省人大常委会举行会议 8月1日，…': an entry's headline, no part of it
    text = regexes.CHRONICLE_DAY_PREFIX.sub("", text)  # '●1日 市长…' too
    if glued := regexes.CHRONICLE_GLUED_DAY.match(text):  # '2日出席…': the day glued to its entry
        text = glued["text"]
    elif numbered := regexes.CHRONICLE_NUMBERED_ITEM.match(text):  # '1、冯玉臻市长…': an item's number under its day
        text = numbered["text"]
    elif bare := regexes.CHRONICLE_BARE_DAY.match(text):  # '12  市政协副主席…': a day printed as a bare number
        text = bare["text"]
    return spaceless(regexes.LINE_MARKS.sub("", text.strip()))


def spaceless(text: str) -> str:
    """The text without any whitespace (Markdown marks kept: coverage and checks compare printed text)."""
    return "".join(text.split())

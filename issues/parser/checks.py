"""Checks over a parsed issue: every record that may be missing or wrong becomes a warning.

Run once, where parse_issue finishes the ParsedIssue (`finish`). Each check is a small function
ParsedIssue -> warnings; `coverage` (its own module) also reads the cleaned lines, to list every
printed line that ended up in no record and is not page furniture.

  toc_counts        the TOC promises records that were not found (简讯6则 but 5; an entry not found)
  documents         a document without body, title, issuer or signed date; two signatures in one
                    (a merge); a doc number printed differently in the TOC and the header; one doc
                    number read twice (the text pasted again); dated paragraphs after its signature
                    (a chronicle or briefs merged into it); an interpretation's title or unit line in it
  appointment_posts a post that ends in no title (局长, 主任, 委员…): a clause misread as a post
  chronicle_dates   days going backwards or leaving the month (unless a month line printed it); dates far
                    from the issue's month
  news_dates        briefs dated far from the issue's month, or not dated at all (a note)
  news_checks       a brief's title that is a sentence, holds a byline or an appointment; a brief with no
                    first paragraph, or two in one (issues/parser/news_checks.py)
  back_matter_size  back matter far longer than an issue's (a text pasted several times)
  repeated_text     the same lines printed again and again
  coverage          body lines read into no record
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from issues import numbers
from issues.parser import appointment_headings, appointments, chronicle, dates, kinds, news_checks, regexes
from issues.parser.documents import signature_blocks
from issues.parser.lines import Line, texts
from issues.parser.records import ParsedDocument, ParsedIssue
from issues.parser.coverage import coverage, spaceless
from issues.parser.kinds import is_document_category
from issues.parser.warnings import LOSS, NOTE, ParseWarning, structured

# A body shorter than this is a title block without its text.
MIN_BODY_CHARS = 20
# Appointment statements in a document's body that tell of a 人事任免 section merged into it (one may be quoted).
MIN_APPOINTMENT_LINES = 2
# Lines after a document's signature that open with a day ('1月5日，…', '6日 …'): a chronicle or briefs merged into it.
MIN_DATED_LINES = 2
# News and chronicle dates this many months or more from the issue's month are misread or misplaced.
MAX_MONTHS_AWAY = 2
# Back matter of the sample issues is 17 to 44 lines (about 2,200 characters); far more is text
# that belongs elsewhere, or the issue's text pasted again.
MAX_BACK_MATTER_LINES = 150
MAX_BACK_MATTER_CHARS = 12_000
# A line at least this long, printed at least REPEATS times, is no running header: the text repeats.
REPEATED_LINE_CHARS = 15
REPEATS = 3
REPEATED_SHARE = 0.3  # of the issue's long lines
# At most this many titles quoted by one warning.
MAX_QUOTED_LINES = 5
# A title line is no longer than this (GB/T 9704 sets a long title over two or three lines of 28 characters)
MAX_TITLE_CHARS = 90


@dataclass
class CountRow:
    """One line of the review page's table: what the TOC announces beside what was found."""

    label: str
    announced: int | None  # None: the TOC lists the section without a count
    found: int

    @property
    def short(self) -> bool:
        return self.announced is not None and self.found < self.announced or self.announced == 0 and not self.found


def finish(parsed: ParsedIssue, lines: list[Line]) -> None:
    """Turn the parser's own warnings into structured ones and add those of every check."""
    own = [_weighed(w, parsed) for w in structured(parsed.warnings)]
    found = [w for step in RECORD_CHECKS for w in step(parsed)]
    for warning in found:
        if warning.kind in news_checks.KINDS:
            kinds.place(warning, lines)  # the page of the title it quotes
    found += repeated_text(texts(lines))
    own = [w for w in own if not _repeats(w, found)]
    parsed.warnings = own + found
    parsed.warnings += coverage(lines, parsed, parsed.warnings)


# ---------------------------------------------------------------------------------------------
# What the TOC announces
# ---------------------------------------------------------------------------------------------
def counts(parsed: ParsedIssue) -> list[CountRow]:
    """Per TOC category, in printed order: records announced (None: listed, no count) and found."""
    found = {
        "政策解读": len(parsed.interpretations), "机构人事": len(parsed.appointments), "政务简讯": len(parsed.news),
        "政府记事": len(parsed.chronicle), "发文目录": len(parsed.issued_list), "统计资料": len(parsed.statistics.rows),
    }
    rows: dict[str, CountRow] = {}
    for entry in parsed.toc:
        label = entry.category
        if label not in rows:
            if is_document_category(label):
                count = sum(1 for d in parsed.documents if d.category == label)
            else:
                count = found.get(label, 0)
            rows[label] = CountRow(label, 0 if _counted(label) else None, count)
        rows[label].announced = _announced(rows[label].announced, entry)
    return list(rows.values())


def _counted(category: str) -> bool:
    return is_document_category(category) or category in ("政策解读", "政务简讯")


def _announced(so_far: int | None, entry) -> int | None:
    if entry.category == "政务简讯":
        match = regexes.TOC_NEWS_COUNT.search(entry.title)
        return (so_far or 0) + int(match["count"]) if match else so_far
    return so_far + 1 if so_far is not None else None


def toc_counts(parsed: ParsedIssue) -> list[ParseWarning]:
    warnings = []
    for row in counts(parsed):
        if row.announced is not None and row.found < row.announced:
            warnings.append(ParseWarning(
                LOSS, "toc_count", f"目录列出{row.announced}则（篇），正文中只读出{row.found}则", section=row.label,
                lines=[e.title for e in parsed.toc if e.category == row.label][:MAX_QUOTED_LINES],
            ))
        elif row.announced is None and not row.found:
            entry = next(e for e in parsed.toc if e.category == row.label)
            warnings.append(ParseWarning(LOSS, "toc_entry_empty", "目录列出此栏目，正文中没有读出任何记录",
                                         section=row.label, page=entry.page, lines=[entry.title]))
    warnings += _entries_not_found(parsed)
    return warnings


def _entries_not_found(parsed: ParsedIssue) -> list[ParseWarning]:
    """Each document and interpretation of the TOC, looked for among the records by number or title."""
    keys = {numbers.doc_key(d.doc_number) for d in parsed.documents}
    titles = {_loose(d.title) for d in parsed.documents} | {_loose(i.title) for i in parsed.interpretations}
    warnings = []
    for entry in parsed.toc:
        if is_document_category(entry.category) and entry.doc_number:
            if numbers.doc_key(entry.doc_number) in keys:
                continue
            message = ("目录的文号与正文文件头的文号不同" if _loose(entry.title) in titles
                       else "正文中找不到目录列出的文件")
        elif entry.category == "政策解读" and _loose(entry.title) not in titles:
            message = "正文中找不到目录列出的政策解读"
        else:
            continue
        printed = f"{entry.title}（{entry.doc_number}）" if entry.doc_number else entry.title
        warnings.append(ParseWarning(LOSS, "toc_entry_not_found", message, section=entry.category,
                                     page=entry.page, lines=[printed]))
    return warnings


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------
FIELD_LABELS = {"title": "标题", "issuer": "发文机关", "signed_date": "成文日期"}


def documents(parsed: ParsedIssue) -> list[ParseWarning]:
    warnings = []
    toc_numbers = {numbers.doc_key(e.doc_number): e.doc_number for e in parsed.toc if e.doc_number}
    for document in parsed.documents:
        named = _named(document)
        if len(document.body) < MIN_BODY_CHARS:
            warnings.append(_about(document, "document_without_body", "文件没有正文（只读到标题或文号）", named))
        missing = [label for name, label in FIELD_LABELS.items() if not getattr(document, name)]
        if missing:
            warnings.append(_about(document, "document_field_missing", f"文件缺少{'、'.join(missing)}", named))
        signatures = signature_lines(document.body)
        if len(signatures) > 1:
            warnings.append(_two_signatures(document, signatures))
        if dated := _dated_after_signature(document):
            warnings.append(_about(document, "dated_lines_in_document", "文件落款之后还有以日期开头的段落："
                                   "政府记事或政务简讯可能被并入了这份文件", dated[:MAX_QUOTED_LINES]))
        if held := _interpretation_lines(document):
            warnings.append(ParseWarning(LOSS, "interpretation_in_document", "文件正文中有政策解读的标题或解读单位："
                                         "政策解读可能被并入了这份文件", section="政策解读", page=document.page,
                                         lines=_named(document) + held[: MAX_QUOTED_LINES - 1]))
        if held := _appointment_lines(document):
            warnings.append(_about(document, "appointments_in_document", "文件正文中有任免行（任命…、免去…）："
                                   "人事任免栏目可能被并入了这份文件", held[:MAX_QUOTED_LINES]))
        printed = toc_numbers.get(numbers.doc_key(document.doc_number))
        if printed and numbers.compact(printed) != document.doc_number:
            warnings.append(_about(document, "doc_number_printed_differently", "目录与文件头印的文号写法不同",
                                   [printed, document.doc_number], level=NOTE))
    return warnings + _read_again(parsed.documents)


def _two_signatures(document: ParsedDocument, signatures: list[str]) -> ParseWarning:
    """Two documents read as one: the signatures quoted, and the title-like line where the second probably begins."""
    message = f"一个文件中有{len(signatures)}处落款：可能是两个文件被合并为一个"
    title = probable_second_title(document.body.split("\n"))
    if title:
        message += f"，另一份文件多半从「{title}」这一行开始"
    return _about(document, "document_two_signatures", message, signatures + [title] * bool(title))


def probable_second_title(paragraphs: list[str]) -> str | None:
    """The title-like line between a merged body's first signature and its last, where the second document probably
    begins: a '关于…的通知' or a title naming its issuer ('关于下达2021年城乡义务教育公用经费补助资金的通知' after the enclosed
    rule of the notice before), a notice titled '通　告' alone, else any whole title line (a rule's: '…管理规定')."""
    signed = [n for n, line in enumerate(paragraphs) if regexes.DATE_LINE.match(dates.in_digits(spaceless(line)))]
    if len(signed) < 2:
        return None
    between = [spaceless(line) for line in paragraphs[signed[0] + 1 : signed[-1]]]
    titles = [title for line in between if (title := _title_of(line))]
    opening = [line for line in titles if regexes.TITLE_START.match(line) or regexes.ISSUER_TITLE_LINE.match(line)
               or regexes.KIND_ALONE_TITLE.match(line)]
    return (opening or titles or [None])[-1]


def _title_of(line: str) -> str | None:
    """The line when it is a whole title, or the title a text export ran on into the sentence under it."""
    if run_on := regexes.TITLE_RUN_ON.match(line):
        return run_on["title"]
    whole = len(line) <= MAX_TITLE_CHARS and not regexes.SENTENCE_PUNCTUATION.search(line) \
        and (regexes.TITLE_END.search(line) or regexes.KIND_ALONE_TITLE.match(line))
    return line if line and whole else None


def _read_again(documents: list[ParsedDocument]) -> list[ParseWarning]:
    """One doc number read into more than one document: the text pasted again (no issue prints a number twice)."""
    times = Counter(key for d in documents if (key := numbers.doc_key(d.doc_number)))
    first = {numbers.doc_key(d.doc_number): d for d in reversed(documents)}
    return [_about(first[key], "document_read_twice", f"同一文号的文件读出了{n}次：期刊文本可能重复", _named(first[key]))
            for key, n in times.items() if n > 1]


def _appointment_lines(document: ParsedDocument) -> list[str]:
    """Paragraphs of a body that are appointment statements ('任命甲为A；', '…会议决定：免去乙的B职务'), when there
    are several and the title announces no appointments: a 人事任免 section merged into the document."""
    if regexes.APPOINTMENT_NOTICE_TITLE.match(document.title) or "任免" in document.title:
        return []
    paragraphs = document.body.split("\n")
    held = [paragraph for paragraph in paragraphs
            if regexes.APPOINTMENT_STATEMENT.match(paragraph) and appointments.parse([paragraph])]
    return held if len(held) >= MIN_APPOINTMENT_LINES else _decided_list(paragraphs)


def _decided_list(paragraphs: list[str]) -> list[str]:
    """A decider's paragraph ('市人民政府决定：', '…常务委员会第七次会议：') and the paragraphs under it, when they give
    rows ('张三任A；'): a list printed after the document, whatever its statements' verb."""
    for n in range(len(paragraphs)):
        under = paragraphs[n : n + MAX_QUOTED_LINES]
        if appointment_headings.opens_a_list(under) and appointments.parse(under):
            return under
    return []


def _interpretation_lines(document: ParsedDocument) -> list[str]:
    """Lines of a body that title or sign an interpretation ('《关于…的意见》政策解读', '解读单位：市体育局'):
    an interpretation printed without its section heading, read as the document's tail."""
    marks = (regexes.INTERPRETATION_UNIT, regexes.INTERPRETATION_TITLE, regexes.INTERPRETATION_TITLE_TAIL)
    return [line for line in document.body.split("\n") if any(mark.match(line.strip()) for mark in marks)]


def _dated_after_signature(document: ParsedDocument) -> list[str]:
    """Lines after the last signature date of a body that open with a day ('1月5日，…首发式在兰州举行。', '1月6日'),
    when there are several: a chronicle printed without its heading, read as the document's tail."""
    lines = document.body.split("\n")
    signed = [n for n, line in enumerate(lines) if regexes.DATE_LINE.match(dates.in_digits("".join(line.split())))]
    if not signed:
        return []
    after = lines[signed[-1] + 1 :]
    dated = [line for line in after if regexes.CHRONICLE_DAY_ENTRY.match(dates.in_digits(line.strip()))]
    return dated if len(dated) >= MIN_DATED_LINES else _brief_after(after)


def _brief_after(lines: list[str]) -> list[str]:
    """A brief after a signature, its heading lost: a title (no sentence) over a dated first paragraph ('市政府召开常务会议' over
    '4月14日，市政府召开第107次常务会议，…'), both quoted."""
    for title, first in zip(lines, lines[1:]):
        if title.strip() and not regexes.SENTENCE_END.search(title) and not regexes.AFTER_SIGNATURE.match(title.strip()) \
                and regexes.NEWS_DATE_START.match(dates.in_digits(spaceless(first))):
            return [title, first]
    return []


def _named(document: ParsedDocument) -> list[str]:
    return [f"{document.title}（{document.doc_number}）" if document.doc_number else document.title]


def _about(document: ParsedDocument, kind: str, message: str, lines: list[str], level: str = LOSS) -> ParseWarning:
    return ParseWarning(level, kind, message, section=document.category, page=document.page, lines=lines)


def signature_lines(body: str) -> list[str]:
    """Each signature block of a body as 'signer date' (or the date alone, a notice signed by its seal)."""
    return signature_blocks(body.split("\n"))


# ---------------------------------------------------------------------------------------------
# Dates of news and chronicle
# ---------------------------------------------------------------------------------------------
def _months_away(parsed: ParsedIssue, day) -> int | None:
    """How many months `day` lies from the issue's month (the issue number of a monthly), or None."""
    if not 1 <= parsed.issue_no <= 12:
        return None
    return abs((day.year * 12 + day.month) - (parsed.year * 12 + parsed.issue_no))


def chronicle_dates(parsed: ParsedIssue) -> list[ParseWarning]:
    warnings = []
    entries = parsed.chronicle
    months = Counter((e.date.year, e.date.month) for e in entries)
    month = months.most_common(1)[0][0] if months else None
    printed_months = {dates.counted(m["month"]) for w in parsed.warnings if getattr(w, "kind", "") == chronicle.MONTH_LINE
                      for line in w.lines if (m := regexes.CHRONICLE_MONTH_LINE.match(line))}  # '2月' over its days
    numbered = any(getattr(w, "kind", "") == chronicle.NUMBERED for w in parsed.warnings)  # '一、8月15日 …': of several bodies
    for before, entry in zip([None, *entries], entries):
        away = _months_away(parsed, entry.date)
        if away is not None and away > MAX_MONTHS_AWAY:
            message = f"记事日期{entry.date:%Y-%m-%d}离本期月份太远"
        elif (entry.date.year, entry.date.month) != month and entry.date.month not in printed_months:
            message = f"记事日期{entry.date:%Y-%m-%d}不在本栏目的月份"
        elif before and entry.date < before.date and not numbered:
            message = f"记事日期倒退：{before.date:%m-%d}之后是{entry.date:%m-%d}"
        else:
            continue
        warnings.append(ParseWarning(LOSS, "chronicle_date", message, section="政府记事", lines=[entry.text]))
    return warnings


def news_dates(parsed: ParsedIssue) -> list[ParseWarning]:
    warnings = []
    for brief in parsed.news:
        if brief.date is None:
            warnings.append(ParseWarning(NOTE, "news_undated", "简讯没有写明日期（日期留空）", section="政务简讯",
                                         lines=[brief.title]))
            continue
        away = _months_away(parsed, brief.date)
        if away is not None and away > MAX_MONTHS_AWAY:
            warnings.append(ParseWarning(LOSS, "news_date", f"简讯日期{brief.date:%Y-%m-%d}离本期月份太远",
                                         section="政务简讯", lines=[brief.title]))
    return warnings


# ---------------------------------------------------------------------------------------------
# The issue as a whole
# ---------------------------------------------------------------------------------------------
def back_matter_size(parsed: ParsedIssue) -> list[ParseWarning]:
    lines, chars = len(parsed.back_matter), sum(map(len, parsed.back_matter))
    if lines <= MAX_BACK_MATTER_LINES and chars <= MAX_BACK_MATTER_CHARS:
        return []
    return [ParseWarning(LOSS, "back_matter_size",
                         f"封底及其他有{lines}行、{chars}字，远多于一期通常的篇幅：其中可能有未读出的正文",
                         section="封底及其他", lines=parsed.back_matter[:2])]


def repeated_text(lines: list[str]) -> list[ParseWarning]:
    """The same long lines printed again and again: an issue's text pasted several times."""
    counted = Counter(text for line in lines if len(text := spaceless(line)) >= REPEATED_LINE_CHARS)
    if not counted:
        return []
    repeated = {text: n for text, n in counted.items() if n >= REPEATS}
    if len(repeated) < REPEATED_SHARE * len(counted):
        return []
    copies = Counter(repeated.values()).most_common(1)[0][0]
    return [ParseWarning(LOSS, "repeated_text", f"期刊文本重复出现约{copies}次：重复的部分并入了封底及其他，或读成了重复的记录",
                         lines=list(repeated)[:2])]


# ---------------------------------------------------------------------------------------------
# Appointments
# ---------------------------------------------------------------------------------------------
def appointment_posts(parsed: ParsedIssue) -> list[ParseWarning]:
    """Posts that end in no title ('提名李二为温州大学校长人选' read as a second post), or that hold a statement of their
    own ('李四任市财政局副局长', '…主任职务、李四的市财政局局长'), and names that are no name: a clause misread as a post."""
    odd = list(dict.fromkeys(f"{a.person}：{a.position}" for a in parsed.appointments
                             if not regexes.POST_TITLE.search(a.position) or regexes.POST_HOLDING_A_STATEMENT.search(a.position)
                             or not regexes.PERSON_NAME.match(a.person)))
    if not odd:
        return []
    return [ParseWarning(LOSS, "appointment_post_unusual", "这些任免记录的职务不以职务名称（局长、主任、委员等）结尾，"
                         "或含有另一句任免，或人名不像人名：可能把别的话读成了职务或人名", section="机构人事",
                         lines=odd[:MAX_QUOTED_LINES])]


RECORD_CHECKS = [toc_counts, documents, appointment_posts, chronicle_dates, news_dates, news_checks.briefs,
                 back_matter_size]


def _weighed(warning: ParseWarning, parsed: ParsedIssue) -> ParseWarning:
    """A brief's title-like lines kept in the brief before (news_merged) are a loss when the TOC
    announces more briefs than were read, or announces none; with the count right they are most
    likely a sentence broken where a title would end ('“浙江·台湾合作周”是浙江省面向台湾' + '同胞举办的…'). Without a
    printed TOC (a raw extraction: its TOC is derived from the briefs read) nothing announces a count, so it stays a loss."""
    if warning.kind != "news_merged" or any(other.kind == "no_toc" for other in structured(parsed.warnings)):
        return warning
    row = next((row for row in counts(parsed) if row.label == "政务简讯"), None)
    if row and row.announced and row.found >= row.announced:
        warning.level = NOTE
        warning.message = "标题样的行并入了上一则简讯（目录的简讯数与读出的一致，多半只是正文在此断行）"
    return warning


def _repeats(warning: ParseWarning, others: list[ParseWarning]) -> bool:
    """A parser warning that a check says again (the split's 正文中找不到目录条目 and toc_entry_not_found)."""
    return warning.kind == "toc_entry_not_found" and any(
        other.kind == warning.kind and any(line.split("（")[0] in warning.message for line in other.lines)
        for other in others
    )


def _loose(text: str) -> str:
    return unicodedata.normalize("NFKC", spaceless(text))

"""Checks over a parsed issue: every record that may be missing or wrong becomes a warning.

Run once, where parse_issue finishes the ParsedIssue (`finish`). Each check is a small function
ParsedIssue -> warnings; `coverage` also reads the cleaned lines, to list every printed line that
ended up in no record and is not page furniture.

  toc_counts        the TOC promises records that were not found (简讯6则 but 5; an entry not found)
  documents         a document without body, title, issuer or signed date; two signatures in one
                    (a merge); a doc number printed differently in the TOC and the header
  chronicle_dates   days going backwards or leaving the month; dates far from the issue's month
  news_dates        briefs dated far from the issue's month, or not dated at all (a note)
  back_matter_size  back matter far longer than an issue's (a text pasted several times)
  repeated_text     the same lines printed again and again
  coverage          body lines read into no record
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from issues import numbers
from issues.parser import appointments, regexes
from issues.parser.dates import in_digits
from issues.parser.documents import _is_signer as is_signer
from issues.parser.records import ParsedDocument, ParsedIssue
from issues.parser.toc import DOCUMENT_CATEGORIES, parse_toc
from issues.parser.warnings import LOSS, NOTE, ParseWarning, structured

# A body shorter than this is a title block without its text.
MIN_BODY_CHARS = 20
# Appointment statements in a document's body that tell of a 人事任免 section merged into it (one may be quoted).
MIN_APPOINTMENT_LINES = 2
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
# A section with more unread lines than this is told in one warning quoting the first few.
MAX_QUOTED_LINES = 5
# Past this many unread-line warnings, one more counts the rest (hostile input: 20,000 '一、' lines).
MAX_UNREAD_WARNINGS = 200


@dataclass
class CountRow:
    """One line of the review page's table: what the TOC announces beside what was found."""

    label: str
    announced: int | None  # None: the TOC lists the section without a count
    found: int

    @property
    def short(self) -> bool:
        return self.announced is not None and self.found < self.announced or self.announced == 0 and not self.found


def finish(parsed: ParsedIssue, lines: list[str]) -> None:
    """Turn the parser's own warnings into structured ones and add those of every check."""
    own = [_weighed(w, parsed) for w in structured(parsed.warnings)]
    found = [w for step in RECORD_CHECKS for w in step(parsed)]
    found += repeated_text(lines)
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
            if label in DOCUMENT_CATEGORIES:
                count = sum(1 for d in parsed.documents if d.category == label)
            else:
                count = found.get(label, 0)
            rows[label] = CountRow(label, 0 if _counted(label) else None, count)
        rows[label].announced = _announced(rows[label].announced, entry)
    return list(rows.values())


def _counted(category: str) -> bool:
    return category in DOCUMENT_CATEGORIES or category in ("政策解读", "政务简讯")


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
        if entry.category in DOCUMENT_CATEGORIES and entry.doc_number:
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
            warnings.append(_about(document, "document_two_signatures",
                                   f"一个文件中有{len(signatures)}处落款：可能是两个文件被合并为一个", signatures))
        if held := _appointment_lines(document):
            warnings.append(_about(document, "appointments_in_document", "文件正文中有任免行（任命…、免去…）："
                                   "人事任免栏目可能被并入了这份文件", held[:MAX_QUOTED_LINES]))
        printed = toc_numbers.get(numbers.doc_key(document.doc_number))
        if printed and numbers.compact(printed) != document.doc_number:
            warnings.append(_about(document, "doc_number_printed_differently", "目录与文件头印的文号写法不同",
                                   [printed, document.doc_number], level=NOTE))
    return warnings


def _appointment_lines(document: ParsedDocument) -> list[str]:
    """Paragraphs of a body that are appointment statements ('任命甲为A；', '…会议决定：免去乙的B职务'), when there
    are several and the title announces no appointments: a 人事任免 section merged into the document."""
    if regexes.APPOINTMENT_NOTICE_TITLE.match(document.title) or "任免" in document.title:
        return []
    held = [paragraph for paragraph in document.body.split("\n")
            if regexes.APPOINTMENT_STATEMENT.match(paragraph) and appointments.parse([paragraph])]
    return held if len(held) >= MIN_APPOINTMENT_LINES else []


def _named(document: ParsedDocument) -> list[str]:
    return [f"{document.title}（{document.doc_number}）" if document.doc_number else document.title]


def _about(document: ParsedDocument, kind: str, message: str, lines: list[str], level: str = LOSS) -> ParseWarning:
    return ParseWarning(level, kind, message, section=document.category, page=document.page, lines=lines)


def signature_lines(body: str) -> list[str]:
    """Each signature block of a body as 'signer date': a date line under a signer line."""
    paragraphs = body.split("\n")
    return [
        f"{paragraphs[i - 1]} {line}" for i, line in enumerate(paragraphs)
        if i > 0 and regexes.DATE_LINE.match(in_digits(line)) and is_signer(paragraphs[i - 1])
    ]


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
    for before, entry in zip([None, *entries], entries):
        away = _months_away(parsed, entry.date)
        if away is not None and away > MAX_MONTHS_AWAY:
            message = f"记事日期{entry.date:%Y-%m-%d}离本期月份太远"
        elif (entry.date.year, entry.date.month) != month:
            message = f"记事日期{entry.date:%Y-%m-%d}不在本栏目的月份"
        elif before and entry.date < before.date:
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
    counted = Counter(text for line in lines if len(text := _compact(line)) >= REPEATED_LINE_CHARS)
    if not counted:
        return []
    repeated = {text: n for text, n in counted.items() if n >= REPEATS}
    if len(repeated) < REPEATED_SHARE * len(counted):
        return []
    copies = Counter(repeated.values()).most_common(1)[0][0]
    return [ParseWarning(LOSS, "repeated_text", f"期刊文本重复出现约{copies}次：只有第一份被读成记录，其余未核对",
                         lines=list(repeated)[:2])]


RECORD_CHECKS = [toc_counts, documents, chronicle_dates, news_dates, back_matter_size]


def _weighed(warning: ParseWarning, parsed: ParsedIssue) -> ParseWarning:
    """A brief's title-like lines kept in the brief before (news_merged) are a loss when the TOC
    announces more briefs than were read, or announces none; with the count right they are most
    likely a sentence broken where a title would end ('“浙江·台湾合作周”是浙江省面向台湾' + '同胞举办的…')."""
    if warning.kind != "news_merged":
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


# ---------------------------------------------------------------------------------------------
# Text coverage
# ---------------------------------------------------------------------------------------------
def coverage(lines: list[str], parsed: ParsedIssue, earlier: list[ParseWarning]) -> list[ParseWarning]:
    """Every body line in no record and no piece of furniture, one warning per run of such lines.

    A line counts as read when its text (without spaces and Markdown marks) is part of a record's
    printed text; an appointment line when each of its pieces between the joining words (任, 免去,
    职务, …) is part of a person, post or qualifier read. Lines an earlier warning quotes already
    (an appointment line the parser could not read) only lend it their page.
    """
    sources = _read_texts(parsed)
    appointment_text = _appointment_text(parsed)
    warnings: list[ParseWarning] = []
    section, page, run, unread = "", None, None, 0
    seen: dict[str, str | None] = {}  # line -> its section: hostile input repeats a line thousands of times
    for line in lines[_body_start(lines, parsed) :]:
        if line.startswith("\f"):
            page = int(line[1:]) if line[1:].isdigit() else page
            continue
        text = _plain(line)
        if line not in seen:
            seen[line] = FURNITURE if not text or _is_furniture(line, text) else (
                _source_of(text, sources, section)
                or _entries_read(line, sources, section)
                or ("机构人事" if appointment_text and _appointment_read(text, appointment_text) else None)
            )
        if seen[line] == FURNITURE:
            continue
        if seen[line]:
            section, run = seen[line], None
            continue
        if _already_quoted(text, earlier, page):
            continue
        unread += 1
        if run is not None and run.page == page and len(run.lines) < MAX_QUOTED_LINES:
            run.lines.append(line.strip())
        elif len(warnings) < MAX_UNREAD_WARNINGS:
            run = ParseWarning(LOSS, "unread_line", "这一行没有进入任何记录（也不是页眉、页码或标题）",
                               section=section, page=page, lines=[line.strip()])
            warnings.append(run)
    told = sum(len(w.lines) for w in warnings)
    if unread > told:
        warnings.append(ParseWarning(LOSS, "unread_line", f"另有{unread - told}行没有进入任何记录（未逐行列出）"))
    return warnings


FURNITURE = "furniture"


def _body_start(lines: list[str], parsed: ParsedIssue) -> int:
    """After the cover and the TOC; without a printed TOC, at the first line a record holds."""
    toc, start = parse_toc(lines)
    return start if toc else 0


def _read_texts(parsed: ParsedIssue) -> list[tuple[str, str]]:
    """(section, the printed text of its records without spaces), in the order sections are met."""
    sources = []
    for d in parsed.documents:
        addressees = [f"{d.addressees}：", f"{d.addressees}:"] if d.addressees else []
        parts = [d.title, d.doc_number, d.registration_code or "", *addressees, d.body, *d.attachments]
        sources.append((d.category, "\n".join(map(_compact, parts))))
    for i in parsed.interpretations:
        sources.append(("政策解读", "\n".join(map(_compact, [i.title, f"解读单位：{i.unit or ''}", i.body]))))
    sources.append(("政务简讯", "\n".join(_compact(f"{n.title}\n{n.body}") for n in parsed.news)))
    sources.append(("政府记事", "\n".join(_compact(c.text) for c in parsed.chronicle)))
    sources.append(("发文目录", "\n".join(_compact(r.doc_number + r.title) for r in parsed.issued_list)))
    statistics = parsed.statistics
    sources.append(("统计资料", "\n".join(_compact(t) for t in [statistics.title or "", statistics.producer or "",
                                                                  *(r.indicator for r in statistics.rows)])))
    sources.append(("封底及其他", "\n".join(_compact(line) for line in parsed.back_matter)))
    return [(section, text) for section, text in sources if text.strip()]


def _source_of(text: str, sources: list[tuple[str, str]], current: str) -> str | None:
    """The section whose records hold this text (the current section tried first)."""
    ordered = sorted(sources, key=lambda source: source[0] != current)
    for section, read in ordered:
        if text in read or section == "统计资料" and _statistics_row_read(text, read):
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


def _statistics_row_read(text: str, indicators: str) -> bool:
    """A table row ('一、规模以上工业增加值亿元86.852.8…') whose indicator was read."""
    head = text.lstrip("#＃")
    return any(head.startswith(indicator) for indicator in indicators.split("\n") if len(indicator) >= 2)


def _appointment_text(parsed: ParsedIssue) -> str:
    # a name glued to its post ('免去卢炳椿泉州市人民政府副市长…的职务') is read when its row is
    parts = [p for a in parsed.appointments for p in (a.person, a.position, a.qualifier or "", a.decided_by, a.person + a.position)]
    return "\n".join(_compact(part) for part in parts if part)


def _appointment_read(text: str, appointment_text: str) -> bool:
    """Each piece between the joining words is part of a row read; a line of joining words alone
    ('免去：', the '务；' of a 职务 cut by the line's end) belongs to the rows around it, as does what no post is
    ('另有任用', '报…备案')."""
    pieces = [piece for piece in regexes.APPOINTMENT_GLUE.split(text) if len(piece) >= 2 and not regexes.NO_POST.match(piece)]
    return all(piece in appointment_text or _post_and_name_read(piece, appointment_text) for piece in pieces)


def _post_and_name_read(piece: str, appointment_text: str) -> bool:
    """'泉州市人民政府副市长王永礼' (the post someone holds, then the name, before 代理): both read."""
    lines = f"\n{appointment_text}\n"
    return any(f"\n{piece[-n:]}\n" in lines and piece[:-n] in appointment_text for n in (3, 2) if len(piece) > n)


def _already_quoted(text: str, earlier: list[ParseWarning], page: int | None) -> bool:
    for warning in earlier:
        if any(text in _compact(quoted) or _compact(quoted) in text for quoted in warning.lines):
            if warning.page is None:
                warning.page = page
            return True
    return False


def _is_furniture(line: str, text: str) -> bool:
    """Headings, column labels, day markers, separators: printed structure, not text of a record."""
    stripped = line.strip().lstrip("#").strip()
    return bool(
        regexes.CATEGORY_HEADING.match(stripped)
        or regexes.TOC_PAGE.search(stripped)  # a TOC line (the TOC's last may be taken as body)
        or regexes.COLUMN_LABEL.match(stripped)
        or regexes.MONTH_HEADING.match(stripped)
        or regexes.ISSUED_LIST_HEADING.match(stripped)
        or regexes.STATISTICS_HEADER_ROW.match(line)
        or regexes.SEPARATOR_LINE.match(stripped)
        or regexes.HORIZONTAL_RULE.match(stripped)
        or regexes.RUNNING_HEADER.match(stripped)
        or regexes.GAZETTE_NAME_LINE.match(stripped)
        or regexes.ISSUE_ONLY_HEADER.match(stripped)
        or regexes.RAW_ISSUE_HEADER.match(stripped)
        or regexes.CHRONICLE_DAY.match(in_digits(stripped))
        or regexes.STATISTICS_HEADER_WORDS.match(text)
        or _order_number_line(text)
    )


def _order_number_line(text: str) -> bool:
    """'温州市人民政府令 第7号' under an order's title: part of its title block, which the doc number names."""
    return bool(regexes.ORDER_NUMBER_LINE.match(text))


def _plain(line: str) -> str:
    """A printed line as records keep it: no spaces, Markdown or HTML marks, △ or day marker."""
    text = regexes.HTML_TAG.sub("", line)
    text = regexes.CHRONICLE_DAY_PREFIX.sub("", text.strip())
    return _compact(regexes.LINE_MARKS.sub("", text.strip()))


def _compact(text: str) -> str:
    return "".join(text.split())


def _loose(text: str) -> str:
    return unicodedata.normalize("NFKC", _compact(text))

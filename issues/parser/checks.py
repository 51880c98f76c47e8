"""Checks over a parsed issue: every record that may be missing or wrong becomes a warning.

Run once, where parse_issue finishes the ParsedIssue (`finish`). Each check is a small function
ParsedIssue -> warnings; `coverage` (its own module) also reads the cleaned lines, to list every
printed line that ended up in no record and is not page furniture.

  toc_counts        the TOC promises records that were not found (简讯6则 but 5; an entry not found)
  document_checks   a document without body, title, issuer or signed date; two signatures in one
                    (a merge); a doc number printed differently in the TOC and the header; one doc
                    number read twice (the text pasted again); dated paragraphs after its signature
                    (a chronicle or briefs merged into it); an interpretation's title or unit line in it
                    (issues/parser/document_checks.py)
  appointment_posts a post that ends in no title (局长, 主任, 委员…): a clause misread as a post
  chronicle_dates   days going backwards or leaving the month (unless a month line printed it); dates far
                    from the issue's month
  news_dates        briefs dated far from the issue's month, or not dated at all (a note)
  news_checks       a brief's title that is a sentence, holds a byline or an appointment; a brief with no
                    first paragraph, or two in one (issues/parser/news_checks.py)
  back_matter_size  back matter far longer than an issue's (a text pasted several times)
  back_matter_rows  table rows read into the back matter (a statistics table running on past its producer line)
  back_matter_between  lines read as back matter though printed between two sections
  spliced_checks    a column's heading or a table's title read into a record; a table without its title
                    (issues/parser/spliced_checks.py)
  repeated_text     the same lines printed again and again
  unplaced_frames   a table's title the raw layout could not put over its table (lines.UNPLACED)
  coverage          body lines read into no record
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from issues import numbers
from issues.parser import chronicle, dates, document_checks, kinds, news_checks, regexes, spliced_checks, statistics
from issues.parser.lines import Line, printed_place, texts
from issues.parser.records import ParsedIssue
from issues.parser.appointment_posts import unusual
from issues.parser.coverage import coverage, section_of_shape, spaceless
from issues.parser.kinds import category_named, is_document_category
from issues.parser.warnings import LOSS, MAX_QUOTED_LINES, NOTE, ParseWarning, structured

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


@dataclass
class CountRow:
    """One line of the review page's table: what the TOC announces beside what was found."""

    label: str
    announced: int | None  # None: the TOC lists the section without a count
    found: int

    @property
    def short(self) -> bool:
        return self.announced is not None and self.found < self.announced or self.announced == 0 and not self.found


def finish(parsed: ParsedIssue, lines: list[Line], unplaced: list[Line] = ()) -> None:
    """Turn the parser's own warnings into structured ones and add those of every check; `unplaced`: the frames the raw
    layout could not place (lines.UNPLACED), which no section read."""
    own = [_weighed(w, parsed) for w in structured(parsed.warnings)]
    found = [w for step in RECORD_CHECKS for w in step(parsed)] + unplaced_frames(unplaced)
    for warning in found:
        if warning.kind in news_checks.KINDS or warning.kind in spliced_checks.KINDS:
            kinds.place(warning, lines)  # the page of the title it quotes
    found += repeated_text(texts(lines)) + back_matter_between(parsed, lines)
    own = [w for w in own if not _repeats(w, found)]
    parsed.warnings = own + found
    parsed.warnings += coverage(lines, parsed, parsed.warnings)
    parsed.warnings = [warning.bounded() for warning in parsed.warnings]  # after coverage, which reads every quoted line


# ---------------------------------------------------------------------------------------------
# What the TOC announces
# ---------------------------------------------------------------------------------------------
def counts(parsed: ParsedIssue) -> list[CountRow]:
    """Per TOC category (under the name kinds.category_named gives it, whichever the TOC prints), in printed
    order: records announced (None: listed, no count) and found."""
    found = {
        "政策解读": len(parsed.interpretations), "机构人事": len(parsed.appointments), "政务简讯": len(parsed.news),
        "政府记事": len(parsed.chronicle), "发文目录": len(parsed.issued_list), "统计资料": len(parsed.statistics.rows),
    }
    rows: dict[str, CountRow] = {}
    for entry in parsed.toc:
        label = category_named(entry.category)
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
    if category_named(entry.category) == "政务简讯":
        match = regexes.TOC_NEWS_COUNT.search(entry.title)
        return (so_far or 0) + int(match["count"]) if match else so_far
    return so_far + 1 if so_far is not None else None


def toc_counts(parsed: ParsedIssue) -> list[ParseWarning]:
    warnings = []
    for row in counts(parsed):
        if row.announced is not None and row.found < row.announced:
            warnings.append(ParseWarning(
                LOSS, "toc_count", f"目录列出{row.announced}则（篇），正文中只读出{row.found}则", section=row.label,
                lines=[e.title for e in parsed.toc if category_named(e.category) == row.label][:MAX_QUOTED_LINES],
            ))
        elif not row.announced and not row.found:  # listed without a count ('政务简讯' alone, a derived TOC's), nothing read
            entry = next(e for e in parsed.toc if category_named(e.category) == row.label)
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
# Dates of news and chronicle
# ---------------------------------------------------------------------------------------------
def _months_away(parsed: ParsedIssue, day) -> int | None:
    """How many months `day` lies from the issue's month (the issue number of a monthly), or None."""
    if not 1 <= parsed.issue_no <= 12:
        return None
    return abs((day.year * 12 + day.month) - (parsed.year * 12 + parsed.issue_no))


def chronicle_dates(parsed: ParsedIssue) -> list[ParseWarning]:
    warnings = []
    entries = [entry for entry in parsed.chronicle if entry.date]  # an entry under its month alone ('是月 …') has none
    months = Counter((e.date.year, e.date.month) for e in entries)
    month = months.most_common(1)[0][0] if months else None
    printed_months = {dates.counted(m["month"]) for w in parsed.warnings if getattr(w, "kind", "") == chronicle.MONTH_LINE
                      for line in w.lines if (m := regexes.CHRONICLE_MONTH_LINE.match(line))}  # '2月' over its days
    # '一、8月15日 …' (of several bodies), '头 条' over some entries, '要 闻' over others: their dates as printed
    numbered = any(getattr(w, "kind", "") in (chronicle.NUMBERED, chronicle.RUBRICS) for w in parsed.warnings)
    named = {named_month for w in parsed.warnings if getattr(w, "kind", "") == chronicle.MONTHS_NAMED for line in w.lines
             if (m := regexes.CHRONICLE_MONTH_RANGE.search(line))
             for named_month in range(int(m["first"]), int(m["last"]) + 1)}  # '2020年2—8月四川大事记': its days as printed
    if any(getattr(w, "kind", "") == chronicle.YEAR_NAMED for w in parsed.warnings):  # '2019年普陀区大事记': any month of it
        named = set(range(1, 13))
    for before, entry in zip([None, *entries], entries):
        away = None if entry.date.month in named else _months_away(parsed, entry.date)  # '2020年2—8月四川大事记' in a September issue
        if away is not None and away > MAX_MONTHS_AWAY:
            message = f"记事日期{entry.date:%Y-%m-%d}离本期月份太远"
        elif (entry.date.year, entry.date.month) != month and entry.date.month not in printed_months | named:
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


def back_matter_rows(parsed: ParsedIssue) -> list[ParseWarning]:
    """Table rows read into the back matter: a statistics table running on past its producer line or a page break (a
    scan's second page of the table), whose rows no record holds."""
    rows = [line for line in parsed.back_matter  # tab-separated cells, or a row printed space-separated ('东城区 145171 -10.2 …')
            if any(regexes.TABLE_CELL_VALUE.match(cell.strip()) for cell in line.split("\t")[1:]) or statistics.reads_as_row(line)]
    if not rows:
        return []
    return [ParseWarning(LOSS, "statistics_rows_in_back_matter", "封底及其他中有表格行（统计表跨页或在制表单位之后还有行）："
                         "这些行没有读入统计表", section=kinds.BY_KEY["statistics"].label, lines=rows[:MAX_QUOTED_LINES])]


def unplaced_frames(frames: list[Line]) -> list[ParseWarning]:
    """A statistics table's title painted at its page's foot whose table the layout found on neither that page nor the next
    (painted_table_titles): set apart, never spliced into the brief or the chronicle entry the page break cut."""
    return [ParseWarning(LOSS, "table_title_unplaced", "统计表的标题印在页末，但本页和下一页都没有找到它的表格：标题没有读入统计资料",
                         section=kinds.BY_KEY["statistics"].label, page=frame.page, lines=[frame.text],
                         file_page=frame.physical_page) for frame in frames]


def back_matter_between(parsed: ParsedIssue, lines: list[Line]) -> list[ParseWarning]:
    """Lines read as back matter though printed between the first section's lines and the last's (after a table's producer
    line, over a column whose heading a raw page painted under them): body text no record holds, one warning per run, in the
    section the run's shape tells, else the one after it. A cover repeated on the back page lies after every section."""
    handed = [parsed.line_sections.get(printed_place(line)) for line in lines]
    placed = [n for n, held in enumerate(handed) if held]
    back = set(parsed.back_matter)
    runs: list[list[int]] = []
    for n in range(placed[0] + 1, placed[-1]) if placed else ():
        if not handed[n] and lines[n].text.strip() and lines[n].text in back:
            if runs and runs[-1][-1] == n - 1:
                runs[-1].append(n)
            else:
                runs.append([n])
    warnings = []
    for run in runs:
        printed = [lines[n].text for n in run]
        after = next(held[-1] for held in handed[run[-1] + 1 :] if held)  # the last placed line lies after every run
        warnings.append(ParseWarning(LOSS, "back_matter_between_sections", "这几行印在两个栏目之间，却读成了封底及其他：可能是某个"
                                     "栏目的正文", section=section_of_shape(printed) or parsed.read_sections[after].category,
                                     page=lines[run[0]].page, lines=printed[:MAX_QUOTED_LINES],
                                     file_page=lines[run[0]].physical_page))
    return warnings


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
    odd = list(dict.fromkeys(f"{a.person}：{a.position}" for a in parsed.appointments if unusual(a)))
    if not odd:
        return []
    return [ParseWarning(LOSS, "appointment_post_unusual", "这些任免记录的职务不以职务名称（局长、主任、委员等）结尾，"
                         "或含有另一句任免，或人名不像人名：可能把别的话读成了职务或人名", section="机构人事",
                         lines=odd[:MAX_QUOTED_LINES])]


RECORD_CHECKS = [toc_counts, document_checks.documents, appointment_posts, chronicle_dates, news_dates, news_checks.briefs,
                 back_matter_size, back_matter_rows, spliced_checks.heading_in_record, spliced_checks.table_untitled]


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

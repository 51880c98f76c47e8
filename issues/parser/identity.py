"""Which issue a text is: year, issue number in the year, 总第N期 and 出版日期.

Read from the cover ("2019.4", "2011年第1期", "二〇一一年第一期", "总第200期（月刊）", "出版日期：2019年5月15日"
or "出版日期：二〇〇六年二月十五日"), the back cover
("第 6 期 (总第214期)"), and, when the cover is missing, from running headers
("温州市人民政府公报（总第217期）", "2020年第9 期文件发布"), month headings ("9月份市政府记事") and
the statistics title ("温州市2020年9月份国民经济主要统计指标"). Never from the file name.

The archive holds the Wenzhou gazette only: a text without its marks is refused, and so is a cover that
prints another gazette's name first ("安庆市人民政府公报"), with that name, rather than parsed as if it were ours.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from issues.parser import regexes
from issues.parser.dates import FULL_WIDTH_DIGITS, counted, in_digits
from issues.parser.records import Identity
from issues.parser.errors import IngestError, NoIdentity

GAZETTE_MARKERS = ("温州市人民政府公报", "温州市人民政府", "温政")
OUR_GAZETTE = "温州市人民政府公报"
COVER_LINES = 20  # where a cover prints the gazette's name


def find_identity(lines: list[str], *, year: int | None = None, issue_no: int | None = None) -> Identity:
    lines = [line.lstrip("#").replace("**", "").strip() for line in lines if line.strip()]
    text_head = "\n".join(lines[:400])
    other = _other_gazette(lines[:COVER_LINES])
    if other:
        raise IngestError("not_gazette", f"封面印的是《{other}》，本档案只收《{OUR_GAZETTE}》")
    if not any(marker in "\n".join(lines) for marker in GAZETTE_MARKERS):
        raise IngestError("not_gazette", "找不到“温州市人民政府”等公报标识")
    found_year, found_issue = _year_and_issue(lines)
    year = year or found_year
    issue_no = issue_no or found_issue
    if not year or not issue_no:
        total = _total_no(lines)
        found = f"只找到总第{total}期，" if total else ""
        raise NoIdentity(f"{found}封面、页眉和统计表中都找不到年份与期数：请在导入时给出年份和期数"
                         "（ingest --year --issue-no）", total)
    return Identity(year=year, issue_no=issue_no, total_no=_total_no(lines), publish_date=_publish_date(text_head))


def _other_gazette(cover: list[str]) -> str | None:
    """The name of another gazette when the cover prints one before ours ('安庆市人民政府公报'), else None."""
    for line in cover:
        match = regexes.GAZETTE_NAME.match("".join(line.split()))
        if match:
            return None if match["name"] == OUR_GAZETTE else match["name"]
    return None


def _year_and_issue(lines: list[str]) -> tuple[int | None, int | None]:
    """The most specific evidence first: cover, back cover, running header, month headings."""
    for line in lines[:60]:
        match = regexes.COVER_YEAR_ISSUE.match(line)
        if match:
            return int(match["year"]), int(match["issue"])
        match = regexes.COVER_YEAR_AND_NUMBER.search(line.translate(FULL_WIDTH_DIGITS))
        if match and 1 <= _number(match["issue"]) <= 12:
            return _number(match["year"]), _number(match["issue"])
    votes: Counter = Counter()
    years: Counter = Counter()
    for line in (line.translate(FULL_WIDTH_DIGITS) for line in lines):  # '２０２３年第９期' as covers print it
        if match := regexes.YEAR_ISSUE_HEADER.match(line):
            votes[(_number(match["year"]), _number(match["issue"]))] += 3
        elif match := regexes.STATISTICS_TITLE.match(line):
            votes[(int(match["year"]), int(match["month"]))] += 2
            years[int(match["year"])] += 1
        elif match := regexes.BACK_COVER_ISSUE.match(line):
            votes[(None, int(match["issue"]))] += 1
        elif match := regexes.MONTH_HEADING.match(line):
            votes[(None, int(match["month"]))] += 1
    complete = [(key, n) for key, n in votes.most_common() if key[0]]
    if complete:
        return complete[0][0]
    partial = votes.most_common(1)
    if partial and years:
        return years.most_common(1)[0][0], partial[0][0][1]
    return None, partial[0][0][1] if partial else None


def _number(printed: str) -> int:
    """'2011' -> 2011; '二〇一一' (digit by digit) -> 2011; '十二' (counted) -> 12; '一百二十' -> 120."""
    return counted(printed)


def _total_no(lines: list[str]) -> int | None:
    counts = Counter(_number(m["total"]) for line in lines if (m := regexes.TOTAL_NO.search(line)))
    return counts.most_common(1)[0][0] if counts else None


def _publish_date(text: str) -> date | None:
    for line in text.splitlines():
        match = regexes.PUBLISH_DATE.match(in_digits(line))
        if match:
            try:
                return date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                return None
    return None

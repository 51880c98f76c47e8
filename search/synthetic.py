"""A synthetic 20-year archive for benchmarks: the fixture issues copied with shifted identities.

Each copy gets a new year and issue number; every date moves by the same number of years and
every doc number and ZJCC code gets the new year and a serial made unique within it, so that
number lookups and date filters behave as on a real archive. Benchmarks only, never real data.
"""

from __future__ import annotations

import copy
from datetime import date

from issues.parser import regexes
from issues.parser.records import ParsedIssue

SERIAL_STEP = 1000  # issue k of a year adds k * SERIAL_STEP to doc number serials
CODE_STEP = 500  # and k * CODE_STEP to ZJCC serials (4 digits, wrapping)


def synthetic_identities(count: int, first_year: int):
    """(year, issue_no) of `count` monthly issues from January of first_year."""
    for n in range(count):
        yield first_year + n // 12, n % 12 + 1


def shifted_issue(template: ParsedIssue, year: int, issue_no: int) -> ParsedIssue:
    """A deep copy of `template` as issue `issue_no` of `year`."""
    issue = copy.deepcopy(template)
    shift = _Shift(years=year - template.year, year=year, slot=issue_no - 1)
    issue.year, issue.issue_no, issue.total_no = year, issue_no, None
    issue.publish_date = shift.date(issue.publish_date)
    for entry in issue.toc:
        entry.doc_number = shift.text(entry.doc_number)
        entry.title = shift.text(entry.title)
    for doc in issue.documents:
        doc.doc_number, doc.title, doc.body = shift.text(doc.doc_number), shift.text(doc.title), shift.text(doc.body)
        doc.registration_code = shift.text(doc.registration_code)
        doc.cited_doc_numbers = [shift.text(n) for n in doc.cited_doc_numbers]
        doc.repealed_doc_numbers = [shift.text(n) for n in doc.repealed_doc_numbers]
        for name in ("signed_date", "effective_from", "effective_until"):
            setattr(doc, name, shift.date(getattr(doc, name)))
    for item in issue.interpretations:
        item.interprets, item.body = shift.text(item.interprets), shift.text(item.body)
    for news in issue.news:
        news.date, news.body = shift.date(news.date), shift.text(news.body)
    for entry in issue.chronicle:
        entry.date, entry.text = shift.date(entry.date), shift.text(entry.text)
    for row in issue.issued_list:
        row.doc_number, row.title = shift.text(row.doc_number), shift.text(row.title)
    return issue


class _Shift:
    def __init__(self, years: int, year: int, slot: int):
        self.years, self.year, self.slot = years, year, slot

    def date(self, value: date | None) -> date | None:
        if value is None:
            return None
        target = value.year + self.years
        if (value.month, value.day) == (2, 29):
            return date(target, 2, 28)
        return value.replace(year=target)

    def text(self, value: str | None) -> str | None:
        if not value:
            return value
        value = regexes.DOC_NUMBER.sub(self._doc_number, value)
        return regexes.REGISTRATION_CODE.sub(self._registration_code, value)

    def _doc_number(self, match) -> str:
        serial = int(match["serial"]) + self.slot * SERIAL_STEP
        return f"{match['prefix']}〔{int(match['year']) + self.years}〕{serial}号"

    def _registration_code(self, match) -> str:
        serial = (int(match["c"]) + self.slot * CODE_STEP) % 10000
        return f"ZJCC{match['a']}-{int(match['b']) + self.years}-{serial:04d}"

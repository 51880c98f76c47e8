"""A synthetic archive for benchmarks: the fixture issues copied with shifted identities and varied text.

The archive spans YEARS years from its first year, up to MAX_PER_YEAR issues a year, as a
province's gazettes would: issue k of a year is month (k - 1) % 12 + 1 of gazette (k - 1) // 12.
Each copy moves every date by its number of years; its doc numbers and ZJCC codes get the new
year, its gazette's own prefix (温政发 -> 杭政发 ...) and a serial made unique within the month
(ZJCC codes get the gazette added to their 2-digit part: 4-digit serials cannot keep 1,200 issues'
codes apart, so a code may repeat across gazettes), so that number lookups and date filters behave as on a real archive.
Each copy's bodies are varied with words of the fixtures' own vocabulary (Variation), so that no
body repeats and common words are not simply multiplied. Benchmarks only, never real data.
"""

from __future__ import annotations

import copy
import math
import random
import re
from datetime import date

import jieba

from issues.parser import regexes
from issues.parser.records import ParsedIssue

YEARS = 20  # the archive's real span
MAX_PER_YEAR = 1200  # 100 gazettes x 12 monthly issues
SERIAL_STEP = 1000  # month slot m of a gazette adds m * SERIAL_STEP to doc number serials
CODE_STEP = 500  # and m * CODE_STEP to ZJCC serials (4 digits, wrapping)
# The gazettes' one-character prefixes (温 is the fixtures' own city): 100 of them, each once.
GAZETTES = ("温杭甬嘉湖绍金衢舟台丽鹿瓯洞龙乐瑞永泰苍平文阳萧富桐淳建临余海宁慈象奉镇江北鄞诸嵊新柯上虞"
            "兰义东武浦磐开常江遂庆缙青云松景岱普定椒路黄三仙玉岭安长德吴南秀善盐舟山兴越滨塘拱钱西湖"
            "滨拱上下城洋港湾屿岛峰源川溪泉林河")
GAZETTES = tuple(dict.fromkeys(GAZETTES))
VARIED_SHARE = 0.05  # of a body's replaceable words, replaced by random ones (beside the copy's code)
CODE_WORDS = 3  # words of every body that spell its copy's number in the vocabulary (unique bodies)
REPLACEABLE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")  # words of 2-4 Han characters


def synthetic_identities(count: int, first_year: int):
    """(year, issue_no) of `count` issues spread over YEARS years from first_year."""
    per_year = math.ceil(count / YEARS)
    if per_year > MAX_PER_YEAR:
        raise ValueError(f"at most {YEARS * MAX_PER_YEAR} issues ({MAX_PER_YEAR} a year)")
    for n in range(count):
        yield first_year + n // per_year, n % per_year + 1


def shifted_issue(template: ParsedIssue, year: int, issue_no: int, variation: Variation | None = None) -> ParsedIssue:
    """A deep copy of `template` as issue `issue_no` of `year`, its bodies varied if `variation`."""
    issue = copy.deepcopy(template)
    shift = _Shift(years=year - template.year, year=year, slot=issue_no - 1)
    vary = variation.vary if variation else (lambda text: text)
    issue.year, issue.issue_no, issue.total_no = year, issue_no, None
    issue.publish_date = shift.date(issue.publish_date)
    for entry in issue.toc:
        entry.doc_number = shift.text(entry.doc_number)
        entry.title = shift.text(entry.title)
    for doc in issue.documents:
        doc.doc_number, doc.title, doc.body = shift.text(doc.doc_number), shift.text(doc.title), shift.text(vary(doc.body))
        doc.registration_code = shift.text(doc.registration_code)
        for name in ("cited_doc_numbers", "repealed_doc_numbers", "amended_doc_numbers"):
            setattr(doc, name, [shift.text(n) for n in getattr(doc, name)])
        for name in ("signed_date", "effective_from", "effective_until"):
            setattr(doc, name, shift.date(getattr(doc, name)))
    for item in issue.interpretations:
        item.interprets, item.body = shift.text(item.interprets), shift.text(vary(item.body))
    for news in issue.news:
        news.date, news.body = shift.date(news.date), shift.text(vary(news.body))
    for entry in issue.chronicle:
        entry.date, entry.text = shift.date(entry.date), shift.text(vary(entry.text))
    for row in issue.issued_list:
        row.doc_number, row.title = shift.text(row.doc_number), shift.text(row.title)
    return issue


class Variation:
    """Bodies varied with the templates' own words: every body it gives is new.

    Each body gets a serial number spelled, in base len(vocabulary), by its first CODE_WORDS
    replaceable words (2-4 Han characters, never inside a doc number or code), so no two are equal;
    VARIED_SHARE of the others are replaced by words drawn as often as the templates use them.
    Segmentation is done once per template text.
    """

    def __init__(self, templates: list[ParsedIssue], seed: int = 22):
        self.random = random.Random(seed)
        self.serial = 0
        self._tokens: dict[str, tuple[list[str], list[int]]] = {}
        drawn: list[str] = []
        for text in (t for issue in templates for t in _bodies(issue)):
            tokens, replaceable = self._tokenised(text)
            drawn += [tokens[n] for n in replaceable]
        self.drawn = drawn
        self.vocabulary = sorted(set(drawn))

    def vary(self, text: str | None) -> str | None:
        if not text:
            return text
        tokens, replaceable = self._tokenised(text)
        tokens = list(tokens)
        spots = replaceable[:CODE_WORDS]
        code = self.serial = self.serial + 1
        for spot in spots:
            code, digit = divmod(code, len(self.vocabulary))
            tokens[spot] = self.vocabulary[digit]
        for spot in replaceable[CODE_WORDS:]:
            if self.random.random() < VARIED_SHARE:
                tokens[spot] = self.random.choice(self.drawn)
        return "".join(tokens)

    def _tokenised(self, text: str) -> tuple[list[str], list[int]]:
        if text not in self._tokens:
            kept = [m.span() for pattern in (regexes.DOC_NUMBER, regexes.REGISTRATION_CODE)
                    for m in pattern.finditer(text)]
            tokens, replaceable = [], []
            for word, start, end in jieba.tokenize(text):
                if REPLACEABLE.match(word) and not any(a < end and start < b for a, b in kept):
                    replaceable.append(len(tokens))
                tokens.append(word)
            self._tokens[text] = (tokens, replaceable)
        return self._tokens[text]


def _bodies(issue: ParsedIssue):
    yield from (doc.body for doc in issue.documents if doc.body)
    yield from (item.body for item in issue.interpretations if item.body)
    yield from (news.body for news in issue.news if news.body)
    yield from (entry.text for entry in issue.chronicle if entry.text)


class _Shift:
    """Dates and numbers of a copy: `slot` (issue_no - 1) is the gazette (slot // 12) and its month."""

    def __init__(self, years: int, year: int, slot: int):
        self.years, self.year = years, year
        self.gazette, self.month = divmod(slot, 12)

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
        serial = int(match["serial"]) + self.month * SERIAL_STEP
        prefix = match["prefix"]
        if self.gazette and prefix.startswith(GAZETTES[0]):  # another city's gazette: its own prefix
            prefix = GAZETTES[self.gazette] + prefix[1:]
        return f"{prefix}〔{int(match['year']) + self.years}〕{serial}号"

    def _registration_code(self, match) -> str:
        serial = (int(match["c"]) + self.month * CODE_STEP) % 10000
        return f"ZJCC{(int(match['a']) + self.gazette) % 100:02d}-{int(match['b']) + self.years}-{serial:04d}"

"""Checks over the briefs read (政务简讯): what a brief's title or body shows of a brief lost or merged, each a loss quoting it.

Run with the other record checks (checks.RECORD_CHECKS). Cheap and precise: each looks at one brief's title or paragraphs
for what no brief read right prints there.
  news_title_sentence     a title that is a sentence of running text ('…召开。会议决定…')
  news_title_byline       a title holding a byline or its paper's date ('…（2010年1月23日《柳州日报》记者…报道）')
  news_appointment_title  a title worded as an appointment ('王文超任郑州市代市长'): a decision read as a brief, or the
                          brief of a meeting's decisions whose rows may be read twice
  news_no_first_paragraph a titled brief whose body opens with no first paragraph (a date, '近日，', a source)
  news_two_titles         a title-like line inside a body over a paragraph that opens a brief: two briefs read as one
"""

from __future__ import annotations

from issues.parser import news, regexes
from issues.parser.coverage import spaceless
from issues.parser.records import ParsedIssue, ParsedNews
from issues.parser.text import compact
from issues.parser.warnings import LOSS, ParseWarning, structured

SECTION = "政务简讯"
# The parser's own warnings on lines of briefs it could not place: a line they quote is not told again.
TOLD_BY_THE_PARSER = ("news_merged", "news_unread", "news_untitled")
# Past this many, hostile input (a title repeated 20,000 times) is told by the other checks; each is placed on its page.
MAX_WARNINGS = 50
KINDS = ("news_title_sentence", "news_title_byline", "news_appointment_title", "news_no_first_paragraph", "news_two_titles")


def briefs(parsed: ParsedIssue) -> list[ParseWarning]:
    quoted = {spaceless(line) for warning in structured(parsed.warnings) if warning.kind in TOLD_BY_THE_PARSER
              for line in warning.lines}
    found = [warning for brief in parsed.news if _titled(brief) for warning in _of_brief(brief)]
    return [warning for warning in found if not all(spaceless(line) in quoted for line in warning.lines)][:MAX_WARNINGS]


def _titled(brief: ParsedNews) -> bool:
    """A brief printed with a title (one without is named by its first sentence, and told by the parser already)."""
    return bool(brief.title) and not spaceless(brief.body).startswith(spaceless(brief.title))


def _of_brief(brief: ParsedNews) -> list[ParseWarning]:
    title, paragraphs = compact(brief.title), [text for line in brief.body.split("\n") if (text := line.strip())]
    found = []
    if regexes.NEWS_TITLE_SENTENCE.search(title):
        found.append(_loss("news_title_sentence", "简讯标题像一句正文（含句号、分号等）：正文的一段可能被读成了标题", [brief.title]))
    if regexes.NEWS_TITLE_BYLINE.search(title):
        found.append(_loss("news_title_byline", "简讯标题中有署名、报名或日期：署名行可能被并进了标题", [brief.title]))
    if regexes.NEWS_APPOINTMENT_WORDING.match(title):
        found.append(_loss("news_appointment_title", "简讯标题是一句任免：请核对它是一则简讯（而非任免记录），"
                           "任免是否另见人事任免栏", [brief.title]))
    opening = news.first_paragraph(paragraphs)
    if paragraphs and not (opening and news.leads_a_brief(opening)):  # (a brief is opened by its first line: never empty)
        found.append(_loss("news_no_first_paragraph", "简讯没有读出第一段（日期、“近日”或消息来源开头）：标题或正文可能错位",
                           [brief.title, *paragraphs[:1]]))
    for above, below in zip(paragraphs[1:], paragraphs[2:]):
        if news.reads_as_title(above) and news.leads_a_brief(below):
            found.append(_loss("news_two_titles", "简讯正文中有一行像标题，其下一段像简讯的第一段：两则简讯可能被并成了一则",
                               [above, below]))
    return found


def _loss(kind: str, message: str, lines: list[str]) -> ParseWarning:
    return ParseWarning(LOSS, kind, message, section=SECTION, lines=lines)

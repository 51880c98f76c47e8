"""Checks over the briefs read (政务简讯): what a brief's title or body shows of a brief lost or merged, each a loss quoting it.

Run with the other record checks (checks.RECORD_CHECKS). Cheap and precise: each looks at one brief's title or paragraphs
for what no brief read right prints there.
  news_title_sentence     a title that is a sentence of running text ('…召开。会议决定…')
  news_title_byline       a title holding a byline or its paper's date ('…（2010年1月23日《柳州日报》记者…报道）')
  news_appointment_title  a title worded as an appointment ('王文超任郑州市代市长'): a decision read as a brief, or the
                          brief of a meeting's decisions whose rows may be read twice
  news_no_first_paragraph a titled brief whose body opens with no first paragraph (a date, '近日，', a source)
  news_two_titles         a title-like line inside a body over a paragraph that opens a brief: two briefs read as one
  news_long_title         a title longer than a headline and its deck are: a subtitle printed without a dash ('研究上半年
                          经济运行情况…等事项') or the first paragraph's opening may be in it
and, over an appointments section's lines (kinds.read):
  brief_among_appointments  a brief's title over its dated first line, or a paper's byline: a brief read as appointment rows
"""

from __future__ import annotations

from issues.parser import news, regexes
from issues.parser.dates import in_digits
from issues.parser.records import ParsedIssue, ParsedNews
from issues.parser.text import compact
from issues.parser.warnings import LOSS, ParseWarning, structured

SECTION = "政务简讯"
# The parser's own warnings on lines of briefs it could not place: a line they quote is not told again.
TOLD_BY_THE_PARSER = ("news_merged", "news_unread", "news_untitled")
# Past this many, hostile input (a title repeated 20,000 times) is told by the other checks; each is placed on its page.
MAX_WARNINGS = 50
KINDS = ("news_title_sentence", "news_title_byline", "news_appointment_title", "news_no_first_paragraph", "news_two_titles",
         "news_long_title")
# Characters past which a title read is told: a headline over two lines and its deck stay under it (the fixtures' longest,
# 41); a headline over a deck wrapped as body lines ('市政府召开常务会议' + '研究上半年经济运行情况、国民经济和社会发展' + …) runs
# past it, and no shape tells the deck from the headline's third line
LONG_TITLE = 50


def briefs(parsed: ParsedIssue) -> list[ParseWarning]:
    quoted = {compact(line) for warning in structured(parsed.warnings) if warning.kind in TOLD_BY_THE_PARSER
              for line in warning.lines}
    found = [warning for brief in parsed.news if _titled(brief) for warning in _of_brief(brief)]
    return [warning for warning in found if not all(compact(line) in quoted for line in warning.lines)][:MAX_WARNINGS]


def _titled(brief: ParsedNews) -> bool:
    """A brief printed with a title (one without is named by its first sentence, and told by the parser already)."""
    return bool(brief.title) and not compact(brief.body).startswith(compact(brief.title))


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
    if len(title) > LONG_TITLE:
        found.append(_loss("news_long_title", f"简讯标题长达{len(title)}字：其中可能并入了不带破折号的副标题或第一段的开头，"
                           "请核对标题", [brief.title]))
    opening = news.first_paragraph(paragraphs)
    if paragraphs and not (opening and (news.leads_a_brief(opening) or news.meeting_told([brief.title], opening))):  # never empty
        found.append(_loss("news_no_first_paragraph", "简讯没有读出第一段（日期、“近日”或消息来源开头）：标题或正文可能错位",
                           [brief.title, *paragraphs[:1]]))
    for above, below in zip(paragraphs[1:], paragraphs[2:]):
        if news.reads_as_title(above) and news.leads_a_brief(below):
            found.append(_loss("news_two_titles", "简讯正文中有一行像标题，其下一段像简讯的第一段：两则简讯可能被并成了一则",
                               [above, below]))
    return found


def _loss(kind: str, message: str, lines: list[str]) -> ParseWarning:
    return ParseWarning(LOSS, kind, message, section=SECTION, lines=lines)


def briefs_among(lines: list[str], section: str) -> list[ParseWarning]:
    """A brief printed inside an appointments section (its heading lost, or a raw page's heading put above it): a title over a
    line that opens with its date or source ('西昌市十届人大常委会举行第三十九次会议' over '12月9日，西昌市…'), or a byline
    naming its paper. Its rows, if any were read, are a report's, not the list's."""
    texts = [text for line in lines if (text := line.strip())]
    found = []
    for above, below in zip(texts, texts[1:]):
        if regexes.NEWS_PAPER_BYLINE.match(below) or _brief_opening(above, below):
            found.append(ParseWarning(LOSS, "brief_among_appointments", "人事任免栏中有一则简讯（标题和第一段或署名），应属「政务简讯」栏："
                                      "简讯可能被读成了任免记录，或丢失", section=section, lines=[above, below]))
    return found[:MAX_WARNINGS]


def _brief_opening(above: str, below: str) -> bool:
    heading = compact(above)
    return (news.reads_as_title(above) and not below.endswith(("：", ":"))
            and not any(pattern.match(heading) for pattern in (regexes.CATEGORY_HEADING, regexes.MONTH_HEADING,
                                                                regexes.APPOINTMENT_LIST_TITLE, regexes.APPOINTMENT_DECIDER_TITLE,
                                                                regexes.APPOINTMENT_ROLL_TITLE))
            and any(pattern.match(in_digits(below)) for pattern in (regexes.NEWS_DATED_LEAD, regexes.NEWS_SOURCE_LEAD)))

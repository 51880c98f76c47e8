"""The gazette parser: text of one issue in, plain dataclasses out (never touches the database).

The steps, each in its own module:
  clean.clean_text      structural cleaning: line breaks, running headers, page numbers, Markdown debris
  layout.clean_lines    the same for a raw two-column PDF extraction (columns, pages, moved title blocks)
  identity.find_identity  which issue this is (year, number, 总第N期, 出版日期)
  toc.parse_toc         the printed table of contents, when there is one
  split.split_sections  the body cut into sections, one kind each
  <kind>.parse          each section into records (documents, appointments, news, ...)
  interpretations.link  each policy interpretation to the issue's document it explains
  checks.finish         what may be missing or wrong, as structured warnings (issues.parser.warnings)
"""

from issues.parser import checks, clean, identity, interpretations, layout, split
from issues.parser.records import ParsedIssue

# Bump when a change to the parser changes what it produces: ingest then re-parses stored issues.
PARSER_VERSION = "0.14"  # 0.14: resignations and orders in appointment lists, statistics without a unit column, chronicle days in Chinese numerals as ranges and mid-line, total numbers in Chinese numerals; 0.13: appointments, statistics, briefs, chronicle days and covers as real issues print them; 0.12: chronicles and title blocks as other gazettes print them, amendments; 0.11: dates in Chinese numerals, 任命X为Y, page-number forms; 0.10: structured parse warnings


def parse_issue(text: str, *, year: int | None = None, issue_no: int | None = None) -> ParsedIssue:
    """Parse the text of one issue. Raises errors.IngestError when it is not a gazette or has no identity."""
    raw = clean.split_lines(text)
    found = identity.find_identity(raw, year=year, issue_no=issue_no)  # before headers are dropped
    lines = layout.clean_lines(raw) if layout.is_raw_layout(raw) else clean.clean_lines(raw)
    parsed = ParsedIssue(
        year=found.year, issue_no=found.issue_no, total_no=found.total_no, publish_date=found.publish_date
    )
    split.parse_sections(lines, parsed)
    interpretations.link(parsed.interpretations, parsed.documents)  # with or without a printed TOC
    checks.finish(parsed, lines)  # every loss a warning: issues.parser.warnings
    return parsed

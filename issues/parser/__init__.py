"""The gazette parser: one issue's text (or a reader's lines) in, plain dataclasses out (never touches the database).

The steps, each in its own module:
  lines.from_text       a text export's lines (a PDF's come from issues.pdf.extract_lines): lines.Line values
  clean.clean_lines     structural cleaning: line breaks, running headers, page numbers, Markdown debris
  layout.clean_lines    the same for a raw two-column PDF extraction (columns, pages, moved title blocks)
  clean.paged           the cleaned lines, each knowing its printed page and its page in the file
  identity.find_identity  which issue this is (year, number, 总第N期, 出版日期)
  toc.parse_toc         the printed table of contents, when there is one
  split.parse_sections  the body cut into sections (kinds.Section: kind, TOC entry, lines), led by the
                        printed TOC, else found by their shapes (rawsplit)
  kinds.read            each section to the parser of its kind (documents, appointments, news, ...)
  interpretations.link  each policy interpretation to the issue's document it explains
  checks.finish         what may be missing or wrong, as structured warnings (issues.parser.warnings), and the
                        frames the raw layout could not place (lines.UNPLACED)
"""

from issues.parser import checks, clean, identity, interpretations, layout, lines, split
from issues.parser.lines import Line
from issues.parser.records import ParsedIssue

# Bump when a change to the parser changes what it produces: ingest then re-parses stored issues.
PARSER_VERSION = "0.35"  # what each version changed: docs/parser_versions.md


def parse_issue(source: str | list[Line], *, year: int | None = None, issue_no: int | None = None) -> ParsedIssue:
    """Parse one issue: its text, or the lines a reader gave (issues.pdf.extract_lines).

    Raises errors.IngestError when it is not a gazette or has no identity."""
    read = lines.from_text(source) if isinstance(source, str) else source
    # identity reads running headers too (before cleaning drops them; a PDF's reader set them aside)
    found = identity.find_identity(lines.texts(read), year=year, issue_no=issue_no)
    read = lines.printed(read)
    raw = lines.texts(read)
    # a PDF's or a scan's reader already put the columns in reading order: only a text can be a raw extraction
    from_reader = any(line.physical_page is not None for line in read)
    steps = layout.clean_lines if not from_reader and layout.is_raw_layout(raw) else clean.clean_lines
    # a frame the raw layout could not place (a table's title away from its table) goes to the checks alone, read by no section
    cleaned, unplaced = lines.in_flow(clean.paged(steps(read), lines.physical_pages(read)))
    parsed = ParsedIssue(
        year=found.year, issue_no=found.issue_no, total_no=found.total_no, publish_date=found.publish_date
    )
    split.parse_sections(cleaned, parsed)
    interpretations.link(parsed.interpretations, parsed.documents)  # with or without a printed TOC
    checks.finish(parsed, cleaned, unplaced)  # every loss a warning: issues.parser.warnings
    return parsed

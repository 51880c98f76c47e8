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
  checks.finish         what may be missing or wrong, as structured warnings (issues.parser.warnings)
"""

from issues.parser import checks, clean, identity, interpretations, layout, lines, split
from issues.parser.lines import Line
from issues.parser.records import ParsedIssue

# Bump when a change to the parser changes what it produces: ingest then re-parses stored issues.
PARSER_VERSION = "0.27"  # 0.27: several people in one 任命 sentence, decisions naming no one as notes, lists ending before a brief (once begun), 决定其为 after a comma or 、; merges of briefs in issues without a printed TOC told as losses; briefs after an appointments list or a statistics table, bylines opening bodies, relative days counted from a dateline; documents printed under another's signature, unusual signatures, unread lines named by their shape; chronicle entries numbered before their dates; OCR: misread colons, # sub-rows, statistics pages found by their table title; 0.26: a section whose parser fails told unread instead of refusing the issue; briefs under paper bylines, kickers, decision subtitles and labels (【摘要】), headlines worded as appointments kept briefs, notes after a signature kept with their document, relative days from a byline; unit notices (中心, 站), subtitles, wrapped addressees, order series in raw; resignations with reasons, acting posts after 、, 担任, sessions heading 决定 items, 职务相应终止, lists after a signed document in raw; chronicle items under bulleted month-day markers; issued rows numbered by an order; statistics producers naming a bulletin or two bodies; OCR: doc numbers on the gutter, marks skipped at a line start, other bureaus' tables; 0.25: orders printed number first as their own documents (any government's order in the orders column), the issuer following the doc number's series, 贯彻 and short-government titles, page headers kept out of titles, wrapped addressees, categories by a document's own number; raw extractions: split column headings, briefs opening with their source or a quotation, table rows with cut cells; briefs without titles, bylines (also ■), credit lines, relative days; chronicle days after item marks or before bracketed headlines; 分别/和/reasons/acting heads in appointments; OCR dust at marks and doc numbers, wrapped statistics rows split by column decimals, contents glued across a page turn, tab-separated statistics cells, decider lines with their year, a statistics row whose unit OCR lost; 0.24: briefs opened by a dateline or bracketed byline, bylines kept in their brief, days without a month, two-part titles, a first brief's two-line title found by its TOC entry; 免除…一职, dismissals without 的, people each with 同志, resignations with 请求, lists decided by their 通过 line; one-line decisions and lines after a signature date placing painted headings; signers by title alone or glued, joint issuers over titles and in signatures, issuers in full from the signature, regulations opening a raw issue, draft-comment notices, enclosures across a page turn; two-line interpretation titles in a reader's lines; interpretations inside a document told; 0.23: documents as other gazettes print them (cited numbers of other provinces' issuers and orders numbered before 令, 通报 and other kinds of 公文, 通告 titled without issuer and signed by a police unit, 行政公署 issuers, issuers before 转发/印发, columns by the signature's government, rules in the orders column by their title's place, registration codes of other forms over a text export's block, the first page's top and a government's own rules as document starts, dates kept out of cut title blocks, a title's bracketed date as its signed date, running headers in Chinese numerals); appointment lists as real notices print them (courts' posts, list titles with their first item, 不再担任, 张三任A，李四任B, 、-joined resignations, 分别辞去, 和, 专职 brackets, 代理 without 职务), chronicle days glued to their text, markers naming their month, ranges in Chinese numerals, letter-spaced headers inside lines, briefs after datelines and of parts of the year, more losses told (lines before a first entry or brief, odd posts and names); 0.22: a reader's lines (a PDF's, a scan's) never taken for a raw extraction; 0.21: resignations accepted of people or posts left unnamed by 等 (rows for those named, the line a loss), filings 并报送…备案、公告 no post; 0.20: title blocks painted after a page's columns head the documents begun there (by addressee lines, the signature before, or their own text for a rule alone and a 通告 naming its issuer), cut title blocks completed by their number, other governments' columns by level, orders numbered with their year, unknown columns without letter-spacing, pages from the TOC; 0.19: raw two-column extractions as a typesetter's PDF gives them (margin boxes first, title blocks and headings painted after the columns, cut title blocks, rules alone, office columns); 0.18: identity from a PDF's running headers (also in Chinese numerals or full-width digits); 0.17: appointment verbs 聘任/续聘/解聘/撤销, deciders with dates or a legal basis, 兼-joined posts, people marks, loud partial lines and odd posts; briefs with ranges, quotations and recent days after a clause; chronicle month lines, time-of-day and weekday markers, 大 事 记 headers, undated entries and unread day markers loud, chronicles merged into documents; 0.16: a section heading worded otherwise than its TOC entry; 0.15: documents without number under their issuer line, seal-signed, joint, other columns; 0.14: resignations and orders in appointment lists, statistics without a unit column, chronicle days in Chinese numerals as ranges and mid-line, total numbers in Chinese numerals; 0.13: appointments, statistics, briefs, chronicle days and covers as real issues print them; 0.12: chronicles and title blocks as other gazettes print them, amendments; 0.11: dates in Chinese numerals, 任命X为Y, page-number forms; 0.10: structured parse warnings


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
    cleaned = clean.paged(steps(read), lines.physical_pages(read))
    parsed = ParsedIssue(
        year=found.year, issue_no=found.issue_no, total_no=found.total_no, publish_date=found.publish_date
    )
    split.parse_sections(cleaned, parsed)
    interpretations.link(parsed.interpretations, parsed.documents)  # with or without a printed TOC
    checks.finish(parsed, cleaned)  # every loss a warning: issues.parser.warnings
    return parsed

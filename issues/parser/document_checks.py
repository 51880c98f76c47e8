"""Checks over the documents read: what a document's fields and body show of a document lost, merged or read twice.

Run with the other record checks (checks.RECORD_CHECKS), each warning quoting the document or its lines:
  document_without_body, document_field_missing   a title block without its text; no title, issuer or signed date
  document_addressees_mixed  addressees holding what no addressee is ('2.2现场应急…'): a line of another column read into them
  document_two_signatures    two signatures in one body: two documents read as one (and where the second begins)
  dated_lines_in_document    dated paragraphs after the signature: a chronicle or briefs merged into it
  interpretation_in_document an interpretation's title or unit line in the body
  appointments_in_document   appointment statements in the body: a 人事任免 section merged into it
  rule_in_document           a rule's or a resolution's title after the signature that the document does not name
  document_attachments_unread  an attachment label ('附件：') under which no attachment's title was read
  doc_number_printed_differently  the TOC and the title block print the number differently (a note)
  document_signer_not_issuer an issuer's line of the signature missing from the issuer read (a joint document's first)
  document_read_twice        one doc number read into several documents (the text pasted again)
  document_imprint_cut       a piece of the 版记's printing line alone ('7月1日印发'): the body's lines out of order
"""

from __future__ import annotations

from collections import Counter

from issues import numbers
from issues.parser import appointment_headings, appointments, dates, imprint, regexes
from issues.parser.coverage import spaceless
from issues.parser.records import ParsedDocument, ParsedIssue
from issues.parser.signatures import every_signer_above, signature_blocks
from issues.parser.title_block import loose
from issues.parser.warnings import LOSS, MAX_QUOTED_LINES, NOTE, ParseWarning

# A body shorter than this is a title block without its text.
MIN_BODY_CHARS = 20
# Appointment statements in a document's body that tell of a 人事任免 section merged into it (one may be quoted).
MIN_APPOINTMENT_LINES = 2
# Lines after a document's signature that open with a day ('1月5日，…', '6日 …'): a chronicle or briefs merged into it.
MIN_DATED_LINES = 2
# A title line is no longer than this (GB/T 9704 sets a long title over two or three lines of 28 characters)
MAX_TITLE_CHARS = 90

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
        if document.addressees and regexes.ADDRESSEES_INTRUDER.search(document.addressees):
            warnings.append(_about(document, "document_addressees_mixed", "主送机关中混入了不像机关名称的文字（编号、标点）："
                                   "另一栏的一行（如附件目录）可能被读进了主送机关", [*named, document.addressees]))
        signatures = signature_lines(document.body)
        if len(signatures) > 1:
            warnings.append(_two_signatures(document, signatures))
        if dated := _dated_after_signature(document):
            warnings.append(_about(document, "dated_lines_in_document", "文件落款之后还有以日期开头的段落："
                                   "政府记事或政务简讯可能被并入了这份文件", dated[:MAX_QUOTED_LINES]))
        if held := _interpretation_lines(document):
            warnings.append(ParseWarning(LOSS, "interpretation_in_document", "文件正文中有政策解读的标题或解读单位："
                                         "政策解读可能被并入了这份文件", section="政策解读", page=document.page,
                                         lines=_named(document) + held[: MAX_QUOTED_LINES - 1]))
        if unnamed := _unnamed_rule_titles(document):
            warnings.append(_about(document, "rule_in_document", "文件落款之后有一个规章或决议的标题，文件本身并未提到它："
                                   "另一份没有文号、没有落款的文件（条例、决议等）可能被并入了这份文件", unnamed[:MAX_QUOTED_LINES]))
        if held := _appointment_lines(document):
            warnings.append(_about(document, "appointments_in_document", "文件正文中有任免行（任命…、免去…）："
                                   "人事任免栏目可能被并入了这份文件", held[:MAX_QUOTED_LINES]))
        if pieces := imprint.cut_pieces(document.body.split("\n")):
            warnings.append(_about(document, "document_imprint_cut", "文件版记的印发行被拆开（印发日期与印发机关不在一行）："
                                   "正文的行序可能错乱（两栏读串），请对照原文核对", [*named, *pieces][:MAX_QUOTED_LINES]))
        if not document.attachments and (label := _attachment_label(document)):
            warnings.append(_about(document, "document_attachments_unread", "文件列有附件，但没有读出附件名称", [*named, label]))
        if unread := _signers_not_issuers(document):
            warnings.append(_about(document, "document_signer_not_issuer", f"落款的发文机关中有{len(unread)}个不在读出的发文机关"
                                   f"（{document.issuer}）中：联合发文的发文机关可能没有读全", [*named, *unread]))
        printed = toc_numbers.get(numbers.doc_key(document.doc_number))
        if printed and numbers.compact(printed) != document.doc_number:
            warnings.append(_about(document, "doc_number_printed_differently", "目录与文件头印的文号写法不同",
                                   [printed, document.doc_number], level=NOTE))
    return warnings + _read_again(parsed.documents)


def _attachment_label(document: ParsedDocument) -> str | None:
    """The body's attachment label ('附件：' alone on its line, or with a title after it) where no attachment was read."""
    return next((line for line in document.body.split("\n") if regexes.ATTACHMENT_LIST.match(line.strip())), None)


def _two_signatures(document: ParsedDocument, signatures: list[str]) -> ParseWarning:
    """Two documents read as one: the signatures quoted, and the title-like line where the second probably begins."""
    message = f"一个文件中有{len(signatures)}处落款：可能是两个文件被合并为一个"
    title = probable_second_title(document.body.split("\n"))
    if title:
        message += f"，另一份文件多半从「{title}」这一行开始"
    return _about(document, "document_two_signatures", message, signatures + [title] * bool(title))


def probable_second_title(paragraphs: list[str]) -> str | None:
    """The title-like line between a merged body's first signature and its last, where the second document probably
    begins: a '关于…的通知' or a title naming its issuer ('关于下达2021年城乡义务教育公用经费补助资金的通知' after the enclosed
    rule of the notice before), a notice titled '通　告' alone, else any whole title line (a rule's: '…管理规定')."""
    signed = [n for n, line in enumerate(paragraphs) if regexes.DATE_LINE.match(dates.in_digits(spaceless(line)))]
    if len(signed) < 2:
        return None
    between = [spaceless(line) for line in paragraphs[signed[0] + 1 : signed[-1]]]
    titles = [title for line in between if (title := _title_of(line))]
    opening = [line for line in titles if regexes.TITLE_START.match(line) or regexes.ISSUER_TITLE_LINE.match(line)
               or regexes.KIND_ALONE_TITLE.match(line)]
    return (opening or titles or [None])[-1]


def _title_of(line: str) -> str | None:
    """The line when it is a whole title, or the title a text export ran on into the sentence under it."""
    if run_on := regexes.TITLE_RUN_ON.match(line):
        return run_on["title"]
    whole = len(line) <= MAX_TITLE_CHARS and not regexes.SENTENCE_PUNCTUATION.search(line) \
        and (regexes.TITLE_END.search(line) or regexes.KIND_ALONE_TITLE.match(line))
    return line if line and whole else None


def _read_again(documents: list[ParsedDocument]) -> list[ParseWarning]:
    """One doc number read into more than one document: the text pasted again (no issue prints a number twice)."""
    times = Counter(key for d in documents if (key := numbers.doc_key(d.doc_number)))
    first = {numbers.doc_key(d.doc_number): d for d in reversed(documents)}
    return [_about(first[key], "document_read_twice", f"同一文号的文件读出了{n}次：期刊文本可能重复", _named(first[key]))
            for key, n in times.items() if n > 1]


def _signers_not_issuers(document: ParsedDocument) -> list[str]:
    """The issuers' lines over the first signature's date that the issuer read does not name: a joint document signed by more
    bodies than the signature reader takes ('财政部' over '科技部', '教育部', '发展改革委' and the date, one line each)."""
    if not document.issuer:
        return []  # told as a field missing
    issuer = spaceless(document.issuer)
    return [signer for signer in every_signer_above(document.body.split("\n"))
            if regexes.ISSUER_END.search(signer) and spaceless(signer) not in issuer]


def _appointment_lines(document: ParsedDocument) -> list[str]:
    """Paragraphs of a body that are appointment statements ('任命甲为A；', '…会议决定：免去乙的B职务'), when there
    are several and the title announces no appointments: a 人事任免 section merged into the document."""
    if regexes.APPOINTMENT_NOTICE_TITLE.match(document.title) or "任免" in document.title:
        return []
    paragraphs = document.body.split("\n")
    held = [paragraph for paragraph in paragraphs
            if regexes.APPOINTMENT_STATEMENT.match(paragraph) and appointments.parse([paragraph], as_read=True)]
    return held if len(held) >= MIN_APPOINTMENT_LINES else _decided_list(paragraphs)


def _decided_list(paragraphs: list[str]) -> list[str]:
    """A decider's paragraph ('市人民政府决定：', '…常务委员会第七次会议：') and the paragraphs under it, when they give
    rows ('张三任A；'): a list printed after the document, whatever its statements' verb."""
    for n in range(len(paragraphs)):
        under = paragraphs[n : n + MAX_QUOTED_LINES]
        if appointment_headings.opens_a_list(under) and appointments.parse(under, as_read=True):
            return under
    return []


def _interpretation_lines(document: ParsedDocument) -> list[str]:
    """Lines of a body that title or sign an interpretation ('《关于…的意见》政策解读', '解读单位：市体育局'):
    an interpretation printed without its section heading, read as the document's tail."""
    marks = (regexes.INTERPRETATION_UNIT, regexes.INTERPRETATION_TITLE, regexes.INTERPRETATION_TITLE_TAIL)
    return [line for line in document.body.split("\n") if any(mark.match(line.strip()) for mark in marks)]


def _dated_after_signature(document: ParsedDocument) -> list[str]:
    """Lines after the last signature date of a body that open with a day ('1月5日，…首发式在兰州举行。', '1月6日'),
    when there are several: a chronicle printed without its heading, read as the document's tail."""
    lines = document.body.split("\n")
    signed = [n for n, line in enumerate(lines) if regexes.DATE_LINE.match(dates.in_digits("".join(line.split())))]
    if not signed:
        return []
    after = lines[signed[-1] + 1 :]
    dated = [line for line in after if regexes.CHRONICLE_DAY_ENTRY.match(dates.in_digits(line.strip()))]
    return dated if len(dated) >= MIN_DATED_LINES else _brief_after(after)


def _unnamed_rule_titles(document: ParsedDocument) -> list[str]:
    """Lines after a body's first signature that title a rule or a resolution the document does not name (neither its title
    nor its text before the signature): a regulation or a resolution printed without number or signature, read as the
    document's tail ('深圳市人民代表大会常务委员会听证条例（2001年10月17日…通过…）' under a 印发 notice of another rule); never a
    chapter or a numbered heading of the rule the notice encloses ('第四章　行文规则': no title opens with its unit's number)."""
    paragraphs = document.body.split("\n")
    signed = [n for n, line in enumerate(paragraphs) if regexes.DATE_LINE.match(dates.in_digits(spaceless(line)))]
    if not signed:
        return []
    named = loose(document.title + "".join(paragraphs[: signed[0]]))
    return [line for line in paragraphs[signed[0] + 1 :] if not regexes.STRUCTURAL_START.match(spaceless(line))  # '第四章　行文规则'
            and (title := regexes.RULE_TITLE_AHEAD.match(spaceless(line))) and loose(title["title"]) not in named]


def _brief_after(lines: list[str]) -> list[str]:
    """A brief after a signature, its heading lost: a title (no sentence) over a dated first paragraph ('市政府召开常务会议' over
    '4月14日，市政府召开第107次常务会议，…'), both quoted."""
    for title, first in zip(lines, lines[1:]):
        if title.strip() and not regexes.SENTENCE_END.search(title) and not regexes.AFTER_SIGNATURE.match(title.strip()) \
                and regexes.NEWS_DATE_START.match(dates.in_digits(spaceless(first))):
            return [title, first]
    return []


def _named(document: ParsedDocument) -> list[str]:
    return [f"{document.title}（{document.doc_number}）" if document.doc_number else document.title]


def _about(document: ParsedDocument, kind: str, message: str, lines: list[str], level: str = LOSS) -> ParseWarning:
    return ParseWarning(level, kind, message, section=document.category, page=document.page, lines=lines)


def signature_lines(body: str) -> list[str]:
    """Each signature block of a body as 'signer date' (or the date alone, a notice signed by its seal)."""
    return signature_blocks(body.split("\n"))

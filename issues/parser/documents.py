"""Official documents: title block, doc number, ZJCC code, addressees, body, signature, dates.

A document section arrives as lines shaped like the clean issues: the title block first (an
optional ZJCC line, the issuer and title lines, the doc number line; for an order also
'温州市人民政府令 第7号'), then the addressees (none for 通告 and orders), the body and the
signature. A 印发…的通知 is one document: the cover notice, its signature, then the enclosed
方案/办法/要点 under its own title, all in the body.

The steps, each a small function over plain lines:
  plain_lines       drop Markdown/HTML debris (pages travel beside the text: lines.Line)
  title_block.read_head  ZJCC code, title lines, doc number, order number line
  take_addressees   '各县（市、区）人民政府，市政府直属各单位：' (addressees.py)
  imprint.until_imprint  the body ends at the 版记's printing line ('…办公室 2015年3月5日印发'), cut lines joined first
  body_paragraphs   re-join page-broken paragraphs, keeping signatures, titles and tables apart
  the fields read from the body: signature (signatures.py), dates, attachments, cited and repealed numbers
"""

from __future__ import annotations

from datetime import date

from issues import numbers
from issues.parser import amendments, imprint, regexes, title_block
from issues.parser.addressees import take_addressees
from issues.parser.clean import join_broken_lines
from issues.parser.dates import in_digits
from issues.parser.document_fields import attachments, cited_doc_numbers, repealed_doc_numbers, validity
from issues.parser.heard_title_blocks import committee_under
from issues.parser.records import ParsedDocument, TocEntry
from issues.parser.signatures import (MAX_SIGNERS, Signature, closes_notice, find_signature, is_signer,
                                      join_wrapped_signers, signed_lines_apart)
from issues.parser.text import compact, one_line_title, split_issuers
from issues.parser.title_block import TitleBlock, is_page_head, join_order_number

# The column of the government's orders (规章): what it prints is its government's whatever signs it
ORDERS_COLUMN = "市政府令"


# ---------------------------------------------------------------------------------------------
# Parsing one document
# ---------------------------------------------------------------------------------------------
def parse(lines: list[str], entry: TocEntry, *, rejoin: bool = True) -> ParsedDocument:
    """One document from its section lines (title block first) and its TOC entry.

    rejoin=False when the lines are paragraphs already (layout.join_column_lines made them from the
    printed widths): joining again by length alone would glue a heading onto the paragraph after it."""
    page = entry.page  # the caller's: the TOC's, else the section's first line's (lines.first_page)
    lines = join_order_number(plain_lines(lines))
    block = title_block.read_head(lines, entry)
    title = _title(entry, block)
    title_date, after_title = _title_date(block, lines[block.end :])
    committee, after_title = committee_under(title, after_title)  # '…人事任免工作委员会' under a report's title
    addressees, rest = take_addressees(after_title, title, block)
    rest = imprint.until_imprint(imprint.joined(rest))  # the 版记's '…办公室 2015年3月5日印发' ends it
    paragraphs = body_paragraphs(join_wrapped_signers(signed_lines_apart(rest)), rejoin=rejoin)
    signature = find_signature(paragraphs)
    title = _without_page_header(title, signature)
    own_keys = {numbers.doc_key(n) for n in (block.doc_number, block.order_number, entry.doc_number) if n}
    text = "\n".join(paragraphs)
    effective_from, effective_until, valid_years = validity(paragraphs)
    amended = amendments.amendments(title, paragraphs, exclude=own_keys)
    return ParsedDocument(
        category=entry.category,
        title=title,
        doc_number=block.doc_number or numbers.compact(entry.doc_number or ""),
        registration_code=block.registration_code,
        issuer=_issuer(title, block, signature, entry.category, block.doc_number or entry.doc_number or "") or committee or None,
        signed_date=signature.signed_date if signature else title_date,
        addressees=addressees,
        attachments=attachments(paragraphs),
        effective_from=effective_from,
        effective_until=effective_until,
        valid_years=valid_years,
        cited_doc_numbers=cited_doc_numbers(text, exclude=own_keys),
        repealed_doc_numbers=repealed_doc_numbers(paragraphs, exclude=own_keys),
        amended_doc_numbers=amended.doc_numbers,
        amended_titles=amended.titles,
        page=page,
        body=text,
    )


def plain_lines(lines: list[str]) -> list[str]:
    """Stripped lines without Markdown heading marks, bullets or HTML list tags, and without the running
    headers of other wordings a page break leaves in a document ('温州市人民政府公报 2021年第3期')."""
    out = []
    for line in lines:
        if is_page_head(line):
            continue
        text = regexes.DOCUMENT_MARKDOWN_MARK.sub("", line.strip(" \u3000"))
        if "<" in text:
            text = regexes.HTML_TAG.sub(" ", text)
            text = "\t".join(" ".join(part for part in cell.split(" ") if part) for cell in text.split("\t"))
        if text.strip():
            out.append(text.strip(" \u3000") if "\t" in text else text.strip())
    return out


def _title_date(block: TitleBlock, lines: list[str]) -> tuple[date | None, list[str]]:
    """The date printed in brackets under the title ('（2021年9月22日）'), over its number or under it, no part of the body,
    and the lines after the title block."""
    if block.dated:
        return title_block.title_date(block.dated), lines
    dated = title_block.title_date(lines[0]) if lines else None
    return (dated, lines[1:]) if dated else (None, lines)


def _title(entry: TocEntry, block: TitleBlock) -> str:
    """The document's own printed title (its title block); the TOC's wording only when none is printed.

    The TOC may print the same title differently ('（2021-2023年）' for the header's '（2021—2023年）').
    """
    return one_line_title(" ".join(block.title_lines)) or entry.title


def _issuer(title: str, block: TitleBlock, signature: Signature | None, category: str = "", doc_number: str = "") -> str:
    """'温州市人民政府办公室'; a joint document's issuers joined by one space; an order's government, its order
    line's, or, printed without one (or with '政府令', or its abbreviation: '渝府令'), the government its title names
    ('重庆市人民政府关于…的通告') or of the place its rule's title names; a resolution's congress, whose session its title names."""
    placeless = block.order_issuer and (regexes.PLACELESS_GOVERNMENT.match(block.order_issuer)
                                        or regexes.ABBREVIATED_GOVERNMENT.match(block.order_issuer))
    if block.order_issuer and not placeless:
        return block.order_issuer
    issuers = split_issuers(title)
    if issuers and signature and _names_in_full(signature.signers, issuers) \
            and not _office_signs_for_its_government(issuers, signature.signers, doc_number):
        return " ".join(" ".join(signer.split()) for signer in signature.signers)  # '…人民政府　…人民法院' on one line
    if issuers and not all(regexes.PLACELESS_ISSUER.match(issuer) for issuer in issuers):
        return " ".join(issuers)  # '市政府' alone names no government: the signature's name, else none
    if session := regexes.RESOLUTION_SESSION.match(title):  # '第十三届全国人民代表大会第四次会议关于…的决议'
        return session["place"] + session["congress"]
    if (block.order_issuer or category == ORDERS_COLUMN) and (place := regexes.RULE_PLACE.match(title)):
        return place["place"] + "人民政府"  # over '市长:董伟', who signs for it
    if signature and signature.signers:
        return " ".join(" ".join(signer.split()) for signer in signature.signers)
    return block.order_issuer or ""


def _without_page_header(title: str, signature: Signature | None) -> str:
    """The title without a page's header read as its issuer's line: a name printed at the top of one page ('湖南省人民政府',
    a section's or the gazette's short name) over a '关于…' title without issuer, which the signature contradicts: it
    names other offices, none of them the header's name in full or short ('温州市物价局 温州市财政局 …')."""
    issuers = split_issuers(title)
    if len(issuers) != 1 or not title.startswith(issuers[0] + "关于") or not signature or not signature.signers:
        return title
    if not all(regexes.ISSUER_END.search(signer) for signer in signature.signers):
        return title  # a head of government signing ('市长 姚高员') names no office
    if any(_in_order(issuers[0], signer) or _in_order(signer, issuers[0]) for signer in signature.signers):
        return title
    return title[len(issuers[0]) :]


def _in_order(short: str, full: str) -> bool:
    """Each character of short read in order inside full: '市政府' in '上海市人民政府'."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def _office_signs_for_its_government(issuers: list[str], signers: list[str], doc_number: str) -> bool:
    """The government's office signs a document its government issues ('北京市人民政府关于…' under '京政发〔2016〕26号',
    signed '北京市人民政府办公厅'): the number's series tells the issuer (温政发 the government's, 温政办 its office's), so the
    signature's longer name is no fuller form of the title's."""
    office = regexes.GOVERNMENT_OFFICE_OF.match(" ".join(signers))
    if len(issuers) != 1 or not office or office["government"] != issuers[0]:
        return False
    series = regexes.DOC_NUMBER.search(numbers.compact(doc_number))
    government = series and regexes.GOVERNMENT_PREFIX.match(series["prefix"])
    return bool(government) and not government["office"]


def _names_in_full(signers: list[str], issuers: list[str]) -> bool:
    """The signature prints the title's issuers in full or adds a joint issuer: each signer an office's name, the
    title's ('浙江省科技厅', or '温州市财政局' of a joint notice) read in order inside theirs ('浙江省科学技术厅',
    '温州市财政局 温州市教育局'), or told apart by lines where the title runs them on; the same names add nothing."""
    if not signers or not all(regexes.ISSUER_END.search(signer) for signer in signers):
        return False
    full, short = "".join(signers), "".join(issuers)
    adds = full != short or len(signers) > len(issuers)  # '财政部 发展改革委 人民银行' told apart where the title runs on
    return adds and _in_order(short, full)


# ---------------------------------------------------------------------------------------------
# Body: paragraphs re-joined, signatures and titles kept on their own lines
# ---------------------------------------------------------------------------------------------
def body_paragraphs(lines: list[str], *, rejoin: bool = True) -> list[str]:
    """Paragraphs one per line: page-broken lines re-joined (when rejoin), never across a kept line."""
    join = join_broken_lines if rejoin else list
    kept = _kept_lines(lines)
    out: list[str] = []
    run: list[str] = []
    for i, line in enumerate(lines):
        if i in kept:
            out.extend(join(run))
            out.append(_tidy_title(line) if kept[i] == "title" else line)
            run = []
        else:
            run.append(line)
    out.extend(join(run))
    return out


def _kept_lines(lines: list[str]) -> dict[int, str]:
    """Lines that must stay apart: signatures and their dates, the enclosed title, attachment titles."""
    kept: dict[int, str] = {}
    for i, line in enumerate(lines):
        signed = i > 0 and is_signer(lines[i - 1])
        if imprint.is_imprint(line):
            kept[i] = "imprint"  # as printed, after the date whose next line would be an enclosed title
        elif regexes.DATE_LINE.match(in_digits(line)) and (signed or closes_notice(lines, i)):
            kept[i] = "date"
            j = i - 1
            while signed and j >= 0 and i - j <= MAX_SIGNERS and is_signer(lines[j]):
                kept[j] = "signer"
                j -= 1
            if i + 1 < len(lines):
                kept.setdefault(i + 1, "title")  # the enclosed 方案/办法 after a cover notice's signature
        elif regexes.ATTACHMENT_HEADING.match(line) and i + 1 < len(lines) and "\t" not in lines[i + 1]:
            kept.setdefault(i + 1, "title")
        elif _is_labelled_item(lines, i):
            kept.setdefault(i, "item")
        elif regexes.DASH_PASSAGE.match(compact(line)) or regexes.RULE_PASSAGE.match(compact(line)):
            kept.setdefault(i, "passage")  # '——2021年12月11日…会议通过' over the text: a line of its own, no sentence's start
    return kept


def _is_labelled_item(lines: list[str], i: int) -> bool:
    """One of several 'label：items' lines ('鹿城区：滨江街道、…' then '龙湾区：…'): a list, not a broken sentence."""
    if not regexes.LABELLED_ITEM.match(lines[i]) or regexes.ATTACHMENT_LIST.match(lines[i]):
        return False
    neighbours = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
    return any(regexes.LABELLED_ITEM.match(line) for line in neighbours)


def _tidy_title(line: str) -> str:
    """An enclosed or attachment title on one line: '温州市第六批“基本无违建乡镇（街道）” 名 单' -> '…名单'."""
    if regexes.STRUCTURAL_START.match(line) or "\t" in line:
        return line
    return one_line_title(line)



"""Official documents: title block, doc number, ZJCC code, addressees, body, signature, dates.

A document section arrives as lines shaped like the clean issues: the title block first (an
optional ZJCC line, the issuer and title lines, the doc number line; for an order also
'温州市人民政府令 第7号'), then the addressees (none for 通告 and orders), the body and the
signature. A 印发…的通知 is one document: the cover notice, its signature, then the enclosed
方案/办法/要点 under its own title, all in the body.

The steps, each a small function over plain lines:
  plain_lines       drop page marks and Markdown/HTML debris
  read_title_block  ZJCC code, title lines, doc number, order number line
  take_addressees   '各县（市、区）人民政府，市政府直属各单位：'
  body_paragraphs   re-join page-broken paragraphs, keeping signatures, titles and tables apart
  the fields read from the body: signature, dates, attachments, cited and repealed numbers
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from issues import numbers
from issues.parser import amendments, regexes
from issues.parser.dates import in_digits
from issues.parser.clean import PAGE_MARK, join_broken_lines
from issues.parser.records import ParsedDocument, TocEntry
from issues.parser.text import compact, one_line_title, split_issuers

# A title block is a handful of lines; a doc number further down is a citation, not a header.
MAX_TITLE_BLOCK_LINES = 8
# The wrapped end of an addressee line in a narrow column: '位：', '属各单位：'
MAX_ADDRESSEES_TAIL = 12
CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _loose(text: str) -> str:
    """A matching form: NFKC, no spaces, one kind of dash and bracket ('（2021—2023年）' == '(2021-2023年)')."""
    text = unicodedata.normalize("NFKC", compact(text))
    for dash in "—–－―":
        text = text.replace(dash, "-")
    return text.replace("〔", "(").replace("〕", ")").replace("[", "(").replace("]", ")")


# ---------------------------------------------------------------------------------------------
# Locating a document in the body (used by split)
# ---------------------------------------------------------------------------------------------
def doc_number_lines(body: list[str]) -> dict[str | None, list[int]]:
    """The body's lines by the doc number key they hold (in order), read once per issue so that
    locating each TOC entry is a lookup, not a scan of the whole body."""
    lines: dict[str | None, list[int]] = {}
    for i, line in enumerate(body):
        lines.setdefault(numbers.doc_key(compact(line)), []).append(i)
    return lines


def find_start(body: list[str], entry: TocEntry, cursor: int,
               number_lines: dict[str | None, list[int]] | None = None) -> int | None:
    """Index of the first line of the document's title block, found by its doc number line.

    number_lines is doc_number_lines(body), passed in when several entries are looked up."""
    if number_lines is None:
        number_lines = doc_number_lines(body)
    key = numbers.doc_key(entry.doc_number or "")
    found = number_lines.get(key, [])
    at = bisect.bisect_left(found, cursor)
    if at == len(found):
        return None
    start = found[at]
    title = _loose(entry.title)
    while start - 1 >= cursor and _in_title_block(body[start - 1], title):
        start -= 1
    return start


def _in_title_block(line: str, title: str) -> bool:
    """A ZJCC code or a piece of the title; never a sentence or a table row that ends the previous document."""
    if regexes.REGISTRATION_CODE_FULL.match(line.lstrip("# ")):
        return True
    text = _loose(line)
    return bool(text) and "\t" not in line and not line.rstrip().endswith(("。", "；", "：", ":")) and text in title


# ---------------------------------------------------------------------------------------------
# Parsing one document
# ---------------------------------------------------------------------------------------------
@dataclass
class TitleBlock:
    registration_code: str | None = None
    title_lines: list[str] = field(default_factory=list)
    doc_number: str = ""
    order_issuer: str | None = None  # '温州市人民政府' from '温州市人民政府令 第7号'
    order_number: str | None = None  # '温州市人民政府令第7号'
    end: int = 0  # index of the first line after the block


@dataclass
class Signature:
    signers: list[str]
    signed_date: date | None


def parse(lines: list[str], entry: TocEntry, *, rejoin: bool = True) -> ParsedDocument:
    """One document from its section lines (title block first) and its TOC entry.

    rejoin=False when the lines are paragraphs already (layout.join_column_lines made them from the
    printed widths): joining again by length alone would glue a heading onto the paragraph after it."""
    page = entry.page or _first_page(lines)
    lines = join_order_number(plain_lines(lines))
    block = read_title_block(lines, entry)
    title = _title(entry, block)
    addressees, rest = take_addressees(lines[block.end :], title, block)
    paragraphs = body_paragraphs(rest, rejoin=rejoin)
    signature = find_signature(paragraphs)
    own_keys = {numbers.doc_key(n) for n in (block.doc_number, block.order_number, entry.doc_number) if n}
    text = "\n".join(paragraphs)
    effective_from, effective_until, valid_years = validity(paragraphs)
    amended = amendments.amendments(title, paragraphs, exclude=own_keys)
    return ParsedDocument(
        category=entry.category,
        title=title,
        doc_number=block.doc_number or numbers.compact(entry.doc_number or ""),
        registration_code=block.registration_code,
        issuer=_issuer(title, block, signature),
        signed_date=signature.signed_date if signature else None,
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


def _first_page(lines: list[str]) -> int | None:
    """Without a TOC page: the page a document starts on, from the page marks in its lines."""
    for i, line in enumerate(lines):
        if line.startswith(PAGE_MARK):
            page = int(line[len(PAGE_MARK) :] or 0)
            return page if i == 0 else page - 1
    return None


def plain_lines(lines: list[str]) -> list[str]:
    """Stripped lines without page marks, Markdown heading marks, bullets or HTML list tags."""
    out = []
    for line in lines:
        if line.startswith(PAGE_MARK):
            continue
        text = regexes.DOCUMENT_MARKDOWN_MARK.sub("", line.strip(" \u3000"))
        if "<" in text:
            text = regexes.HTML_TAG.sub(" ", text)
            text = "\t".join(" ".join(part for part in cell.split(" ") if part) for cell in text.split("\t"))
        if text.strip():
            out.append(text.strip(" \u3000") if "\t" in text else text.strip())
    return out


def read_title_block(lines: list[str], entry: TocEntry) -> TitleBlock:
    """ZJCC code, title lines and doc number at the head of a document."""
    block = TitleBlock()
    number_at = _number_line(lines)
    if number_at is None:
        return _order_title_block(lines) or _unnumbered_title_block(lines, _loose(entry.title))
    for line in lines[:number_at]:
        code = numbers.registration_key(line)
        if code:
            block.registration_code = code
        else:
            block.title_lines.append(line)
    block.doc_number = numbers.compact(lines[number_at])
    i = number_at + 1
    # a raw extraction may print the code or the title lines after the number
    title = _loose(entry.title)
    while i < len(lines):
        code = numbers.registration_key(lines[i])
        if code and not block.registration_code:
            block.registration_code = code
        elif not _title_complete(block.title_lines, title) and _loose(lines[i]) in title:
            block.title_lines.append(lines[i])
        else:
            break
        i += 1
    if i < len(lines):
        order = regexes.ORDER_NUMBER_LINE.match(compact(lines[i]))
        if order:
            block.order_issuer = order["issuer"]
            block.order_number = compact(lines[i])
            i += 1
    block.end = i
    return block


def join_order_number(lines: list[str]) -> list[str]:
    """'内蒙古自治区人民政府令' + '第82号' at the head of a document -> '内蒙古自治区人民政府令第82号'."""
    for i, line in enumerate(lines[: MAX_TITLE_BLOCK_LINES - 1]):
        if regexes.ORDER_ISSUER_LINE.match(compact(line)) and regexes.ORDER_SERIAL_LINE.match(lines[i + 1].strip()):
            return lines[:i] + [compact(line) + compact(lines[i + 1])] + lines[i + 2 :]
    return lines


def _order_title_block(lines: list[str]) -> TitleBlock | None:
    """An order numbered only by its order line ('…人民政府令第82号'): the title lines above it."""
    for i, line in enumerate(lines[:MAX_TITLE_BLOCK_LINES]):
        order = regexes.ORDER_NUMBER_LINE.match(compact(line))
        if order:
            number = compact(line)
            return TitleBlock(title_lines=lines[:i], doc_number=number, order_issuer=order["issuer"],
                              order_number=number, end=i + 1)
    return None


def _unnumbered_title_block(lines: list[str], title: str) -> TitleBlock:
    """A document without doc number: its title lines are the leading lines that make up its TOC title."""
    block = TitleBlock()
    while block.end < min(len(lines), MAX_TITLE_BLOCK_LINES) and not _title_complete(block.title_lines, title):
        if not _loose(lines[block.end]) or _loose(lines[block.end]) not in title:
            return TitleBlock()
        block.title_lines.append(lines[block.end])
        block.end += 1
    return block if _title_complete(block.title_lines, title) else TitleBlock()


def _number_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:MAX_TITLE_BLOCK_LINES]):
        if regexes.DOC_NUMBER_FULL.match(compact(line)):
            return i
    return None


def _title_complete(title_lines: list[str], title: str) -> bool:
    return bool(title_lines) and _loose("".join(title_lines)) == title


def take_addressees(lines: list[str], title: str, block: TitleBlock) -> tuple[str | None, list[str]]:
    """The addressee line ('各县（市、区）人民政府，市政府直属各单位：'); none for 通告/公告 and orders."""
    if not lines or block.order_issuer or title.endswith(("通告", "公告")):
        return None, lines
    for count in (1, 2):  # a narrow column may wrap the addressees: '…市政府直属各单' + '位：'
        match = regexes.ADDRESSEES_LINE.match("".join(lines[:count]))
        if match and not regexes.ADDRESSEES_NOT.search(match["addressees"]):
            return match["addressees"].strip(), lines[count:]
        if len(lines) < 2 or len(lines[1]) > MAX_ADDRESSEES_TAIL:
            break
    return None, lines


def _title(entry: TocEntry, block: TitleBlock) -> str:
    """The document's own printed title (its title block); the TOC's wording only when none is printed.

    The TOC may print the same title differently ('（2021-2023年）' for the header's '（2021—2023年）').
    """
    return one_line_title(" ".join(block.title_lines)) or entry.title


def _issuer(title: str, block: TitleBlock, signature: Signature | None) -> str:
    """'温州市人民政府办公室'; a joint document's issuers joined by one space; an order's government."""
    if block.order_issuer:
        return block.order_issuer
    issuers = split_issuers(title)
    if issuers:
        return " ".join(issuers)
    if signature and signature.signers:
        return " ".join(signature.signers)
    return ""


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
        if regexes.DATE_LINE.match(in_digits(line)) and i > 0 and _is_signer(lines[i - 1]):
            kept[i] = "date"
            j = i - 1
            while j >= 0 and i - j <= 2 and _is_signer(lines[j]):
                kept[j] = "signer"
                j -= 1
            if i + 1 < len(lines):
                kept.setdefault(i + 1, "title")  # the enclosed 方案/办法 after a cover notice's signature
        elif regexes.ATTACHMENT_HEADING.match(line) and i + 1 < len(lines) and "\t" not in lines[i + 1]:
            kept.setdefault(i + 1, "title")
        elif _is_labelled_item(lines, i):
            kept.setdefault(i, "item")
    return kept


def _is_labelled_item(lines: list[str], i: int) -> bool:
    """One of several 'label：items' lines ('鹿城区：滨江街道、…' then '龙湾区：…'): a list, not a broken sentence."""
    if not regexes.LABELLED_ITEM.match(lines[i]) or regexes.ATTACHMENT_LIST.match(lines[i]):
        return False
    neighbours = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
    return any(regexes.LABELLED_ITEM.match(line) for line in neighbours)


def _is_signer(line: str) -> bool:
    """'温州市人民政府办公室' or '市长 姚高员' (any space): short, no punctuation, an office's name or a title and a name."""
    if not regexes.SIGNER_LINE.match(line) or regexes.STRUCTURAL_START.match(line):
        return False
    return bool(regexes.ISSUER_END.search(line)) or any(ch.isspace() for ch in line)  # '自治区主席\u3000乌力吉'


def _tidy_title(line: str) -> str:
    """An enclosed or attachment title on one line: '温州市第六批“基本无违建乡镇（街道）” 名 单' -> '…名单'."""
    if regexes.STRUCTURAL_START.match(line) or "\t" in line:
        return line
    return one_line_title(line)


def find_signature(paragraphs: list[str]) -> Signature | None:
    """The first signature: signer line(s) and a date line (an order's is at the top, a notice's after the cover)."""
    for i, line in enumerate(paragraphs):
        match = regexes.DATE_LINE.match(in_digits(line))
        if match and i > 0 and _is_signer(paragraphs[i - 1]):
            signers = [paragraphs[j] for j in range(max(0, i - 2), i) if _is_signer(paragraphs[j])]
            if len(signers) == 2 and not regexes.ISSUER_END.search(signers[0]):
                signers = signers[1:]
            return Signature(signers=signers, signed_date=_date(match))
    return None


def _date(match) -> date | None:
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Fields read from the body
# ---------------------------------------------------------------------------------------------
def validity(paragraphs: list[str]) -> tuple[date | None, date | None, int | None]:
    """effective_from, effective_until, valid_years from the first entry-into-force clause.

    '本意见自2020年7月1日起施行，至2025年6月30日止' · '本办法自2020年7月1日起实施，有效期10年' ·
    '自印发之日起施行' gives no date. The first clause wins: a cover notice's before its enclosure's.
    """
    clauses = [(s, match) for s in _sentences(paragraphs) if (match := regexes.EFFECTIVE_FROM.search(s))]
    effective_from = None
    if clauses and clauses[0][1]["year"]:
        effective_from = _date(clauses[0][1])
    # an order states its date in the order text and its term in its last article
    for sentence, match in clauses or [(s, None) for s in _sentences(paragraphs) if s.startswith("本")]:
        until = regexes.VALID_UNTIL.search(sentence)
        if not until and match:
            until = regexes.EFFECTIVE_UNTIL.search(sentence, match.end())
        years = _valid_years(sentence)
        if until or years:
            return effective_from, _date(until) if until else None, years
    return effective_from, None, None


def _sentences(paragraphs: list[str]):
    for paragraph in paragraphs:
        if "\t" in paragraph:
            continue
        for sentence in paragraph.replace("；", "。").split("。"):
            if sentence:
                yield in_digits(sentence.split("条 ", 1)[-1] if sentence.startswith("第") else sentence)


def _valid_years(sentence: str) -> int | None:
    match = regexes.VALID_YEARS.search(sentence)
    if not match:
        return None
    years = match["years"]
    if years.isdigit():
        return int(years)
    if len(years) == 1:
        return CHINESE_DIGITS[years]
    return 10 + CHINESE_DIGITS.get(years[1], 0) if years[0] == "十" else None


def attachments(paragraphs: list[str]) -> list[str]:
    """Titles of the attachments listed: '附件：1.断面重点控制范围划分情况' and the numbered lines after it."""
    found: list[str] = []
    for i, line in enumerate(paragraphs):
        match = regexes.ATTACHMENT_LIST.match(line)
        if not match:
            continue
        items = [match["rest"]]
        for following in paragraphs[i + 1 :]:
            if not regexes.ATTACHMENT_ITEM.match(following) or regexes.DATE_LINE.match(in_digits(following)):
                break
            items.append(following)
        for item in items:
            numbered = regexes.ATTACHMENT_ITEM.match(item)
            title = one_line_title((numbered["title"] if numbered else item).rstrip("；;。，"))
            if title and title not in found:
                found.append(title)
    return found


def cited_doc_numbers(text: str, exclude: set[str | None] = frozenset()) -> list[str]:
    """Every doc number cited, as printed without spaces, first appearance first, own number left out."""
    seen = set(exclude)
    found = []
    for number in _numbers_in(text):
        key = numbers.doc_key(number)
        if key and key not in seen:
            seen.add(key)
            found.append(number)
    return found


def _numbers_in(text: str) -> list[str]:
    """Doc numbers in printed order: '温政办〔2021〕2号', '市人民政府令第143号', '财政部公告2019年第76号'.

    An order named apart from its number ('《温州市人民政府令》(第147号)') is given as '温州市人民政府令第147号'.
    """
    found = []
    for pattern in (regexes.CITED_DOC_NUMBER, regexes.CITED_ORDER_NUMBER, regexes.CITED_ANNOUNCEMENT_NUMBER):
        for match in pattern.finditer(text):
            prefix = _issuer_abbreviation(match["prefix"])
            if not prefix:
                continue
            after_prefix = match.start("prefix") + len(match["prefix"])
            rest = f"第{match['serial']}号" if pattern is regexes.CITED_ORDER_NUMBER else text[after_prefix : match.end()]
            found.append((after_prefix - len(prefix), numbers.compact(prefix + rest)))
    return [number for _, number in sorted(found)]


def _issuer_abbreviation(run: str) -> str:
    """The tail of a run of CJK characters that is a doc number's issuer: '具备浙政办发' -> '浙政办发'."""
    for i in range(len(run) - 1, -1, -1):
        if run[i] in regexes.DOC_PREFIX_STOP:
            run = run[i + 1 :]
            break
    start = next((i for i, ch in enumerate(run) if ch in regexes.DOC_PREFIX_START), 0)
    run = run[start:]
    return run if len(run) <= regexes.DOC_PREFIX_MAX else ""


def repealed_doc_numbers(paragraphs: list[str], exclude: set[str | None] = frozenset()) -> list[str]:
    """Numbers declared repealed: '…（温政办〔2009〕19号）同时废止', '予以废止', a 废止 list."""
    found: list[str] = []
    for sentence in _repeal_sentences(paragraphs):
        for number in _numbers_in(sentence):
            if numbers.doc_key(number) not in exclude and number not in found:
                found.append(number)
    return found


def _repeal_sentences(paragraphs: list[str]):
    in_list = False
    for paragraph in paragraphs:
        if _opens_repeal_list(paragraph):
            in_list = True
            continue
        if in_list and _closes_list(paragraph):
            in_list = False
        if in_list:
            yield paragraph
            continue
        if "\t" in paragraph:
            continue
        for sentence in paragraph.replace("；", "。").split("。"):
            if regexes.REPEAL.search(sentence) and "不予废止" not in sentence:
                yield _repeal_clause(sentence)


def _repeal_clause(sentence: str) -> str:
    """The clause naming what is repealed: '本细则自…起实施，《…》（温药监办〔2004〕69号）、…同时废止' -> '《…》…'."""
    before = sentence.rsplit("废止", 1)[0]
    return before[max(before.rfind("，"), before.rfind(",")) + 1 :]


def _opens_repeal_list(paragraph: str) -> bool:
    """A heading over a list of repealed documents: '废止的市政府行政规范性文件目录', '决定废止下列文件：'."""
    if "废止" not in paragraph or len(paragraph) > 40:
        return False
    return paragraph.startswith("废止") and not paragraph.endswith("。") or paragraph.endswith(("：", ":"))


def _closes_list(paragraph: str) -> bool:
    """The list ends at the next attachment heading, the next 目录 heading or the signature date."""
    if paragraph.endswith("目录"):
        return True
    return bool(regexes.ATTACHMENT_HEADING.match(paragraph) or regexes.DATE_LINE.match(in_digits(paragraph)))

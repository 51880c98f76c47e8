"""What a document's body says about it: validity, attachments, the numbers it cites and repeals.

Each reads the body's paragraphs (one per line, as documents.body_paragraphs makes them).
"""

from __future__ import annotations

from datetime import date

from issues import numbers
from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.text import one_line_title

MAX_ATTACHMENT_TITLE = 60  # '上海市建设用地土壤污染风险管控和修复名录移出清单（截至2026年6月30日）'; a longer line is text
CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def validity(paragraphs: list[str]) -> tuple[date | None, date | None, int | None]:
    """effective_from, effective_until, valid_years from the first entry-into-force clause.

    '本意见自2020年7月1日起施行，至2025年6月30日止' · '本办法自2020年7月1日起实施，有效期10年' ·
    '自印发之日起施行' gives no date. The first clause wins: a cover notice's before its enclosure's.
    """
    clauses = [(s, match) for s in _sentences(paragraphs) if (match := regexes.EFFECTIVE_FROM.search(s))]
    effective_from = None
    if clauses and clauses[0][1]["year"]:
        effective_from = date_of(clauses[0][1])
    # an order states its date in the order text and its term in its last article
    for sentence, match in clauses or [(s, None) for s in _sentences(paragraphs) if s.startswith("本")]:
        until = regexes.VALID_UNTIL.search(sentence)
        if not until and match:
            until = regexes.EFFECTIVE_UNTIL.search(sentence, match.end())
        years = _valid_years(sentence)
        if until or years:
            return effective_from, date_of(until) if until else None, years
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
    """Titles of the attachments listed: '附件：1.断面重点控制范围划分情况' and the numbered lines after it; under the label
    alone ('附件：'), the numbered lines after it, or the one title on the next line."""
    found: list[str] = []
    for i, line in enumerate(paragraphs):
        match = regexes.ATTACHMENT_LIST.match(line)
        if not match:
            continue
        items = [match["rest"]] if match["rest"] else _lone_title(paragraphs[i + 1 : i + 2])
        start = i + 1 if match["rest"] else i + 1 + len(items)  # a lone title is the list's one item
        for following in paragraphs[start:]:
            if not regexes.ATTACHMENT_ITEM.match(following) or regexes.DATE_LINE.match(in_digits(following)):
                break
            items.append(following)
        if not match["rest"] and not _signature_starts(paragraphs[i + 1 + len(items) : i + 2 + len(items)]):
            items = []  # a label alone lists the titles over the signature (GB/T 9704 §7.3.4); elsewhere it lists none read
        for item in items:
            numbered = regexes.ATTACHMENT_ITEM.match(item)
            title = one_line_title((numbered["title"] if numbered else item).rstrip("；;。，"))
            if title and title not in found:
                found.append(title)
    return found


def _lone_title(after_label: list[str]) -> list[str]:
    """The one attachment a label alone on its line lists, unnumbered on the next line ('附件：' over '批准发布的上海市地方标准目录'):
    a title, never a sentence or a date; numbered lines are read as the list's items."""
    line = after_label[0].strip() if after_label else ""
    if not line or regexes.ATTACHMENT_ITEM.match(line) or regexes.DATE_LINE.match(in_digits(line)) \
            or regexes.SENTENCE_END.search(line) or len(line) > MAX_ATTACHMENT_TITLE:
        return []
    return [line]


def _signature_starts(after_list: list[str]) -> bool:
    """The line after an attachment list opens the signature: an issuer's name ('上海市市场监督管理局') or the date alone."""
    line = after_list[0].strip() if after_list else ""
    return bool(regexes.ISSUER_LINE.match(line) or regexes.DATE_LINE.match(in_digits(line)))


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
    patterns = (regexes.CITED_DOC_NUMBER, regexes.CITED_ORDER_NUMBER, regexes.CITED_ORDER_NUMBER_AFTER,
                regexes.CITED_ANNOUNCEMENT_NUMBER)
    for pattern in patterns:
        for match in pattern.finditer(text):
            prefix = _issuer_abbreviation(_after_date(text, match))
            if not prefix:
                continue
            after_prefix = match.start("prefix") + len(match["prefix"])
            rest = f"第{match['serial']}号" if pattern is regexes.CITED_ORDER_NUMBER else text[after_prefix : match.end()]
            found.append((after_prefix - len(prefix), numbers.compact(prefix + rest)))
    for match in regexes.CITED_YEAR_FIRST_NUMBER.finditer(text):  # '（79）出版字第193号': its brackets bound it
        found.append((match.start(), numbers.compact(match.group())))
    return [number for _, number in sorted(found)]


def _after_date(text: str, match) -> str:
    """The run of characters before a cited number without the last character of a date printed right before it:
    '（2016年12月1日常州市人民政府令第2号发布）' -> '常州市人民政府令' (not '日常州市…'; '日照市…' keeps its 日)."""
    run, start = match["prefix"], match.start("prefix")
    return run[1:] if start and text[start - 1].isdigit() and run[0] in "年月日" else run


def _issuer_abbreviation(run: str) -> str:
    """The tail of a run of CJK characters that is a doc number's issuer: '具备浙政办发' -> '浙政办发'; a ministry's named
    with the state's name, whole: '依据中华人民共和国建设部令' -> '中华人民共和国建设部令'."""
    state = run.rfind(regexes.STATE_NAME)
    if state >= 0:
        tail = _issuer_abbreviation(run[state + len(regexes.STATE_NAME) :])
        return regexes.STATE_NAME + tail if tail else ""
    if joined := regexes.JOINED_MINISTRY.match(run):  # '住房和城乡建设部令': the 和 inside the ministry's name
        head = _after_function_word(joined["head"])
        whole = head + joined["tail"]
        if head and len(whole) <= regexes.JOINED_MINISTRY_MAX:
            return whole
    run = _after_function_word(run)
    if regexes.GOVERNMENT_NAME.match(run):
        return run if len(run) <= regexes.DOC_PREFIX_MAX + 4 else ""  # '内蒙古自治区人民政府令' whole
    mark = regexes.GOVERNMENT_MARK.search(run)
    place = run[: mark.start()] if mark else run
    starts = [i for i, ch in enumerate(place) if ch in regexes.DOC_PREFIX_START]
    start = (starts[-1] if mark else starts[0]) if starts else 0
    run = run[start:]
    return run if len(run) <= regexes.DOC_PREFIX_MAX else ""


def _after_function_word(run: str) -> str:
    """The run after its last function word: '具备浙政办发' -> '浙政办发' (a run without one whole)."""
    for i in range(len(run) - 1, -1, -1):
        if run[i] in regexes.DOC_PREFIX_STOP:
            return run[i + 1 :]
    return run


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


def date_of(match) -> date | None:
    """The date of a DATE_LINE or EFFECTIVE_FROM match; None for an impossible one (2月30日)."""
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None

"""Personnel appointments and dismissals (人事任免): one record per person, action and post.

The section reads like this (headings and column labels aside):

    市人民政府决定：                                   <- who decided
    徐志宏任温州市公安局副局长，免去其温州市公安局交通管理局局长职务；
    戴源涌、林志海任温州市住房公积金管理                <- a post broken across lines
    中心副主任（试用期一年）；
    免去：                                             <- a list of dismissals follows
    张伟的温州市发展和改革委员会项目前期管理办公室主任（副县级级）职务；

The steps: tidy the lines, re-join each entry up to its closing '；' or '。', split an entry
into people and clauses (任 / 免去其 / 兼任), split a clause into posts, and take a trailing
bracketed qualifier (试用期一年, 保留正县长级, 挂职, 兼) off each post.
"""

from __future__ import annotations

from dataclasses import dataclass

from issues.parser import regexes, section_lines
from issues.parser.records import ParsedAppointment
from issues.parser.warnings import LOSS, ParseWarning

APPOINT, DISMISS, CONCURRENT = "appoint", "dismiss", "concurrent"
ENTRY_ENDS = ("；", ";", "。")
QUALIFIER_JOINER = "，"  # two brackets on one post: "（副县级级）（试用期一年）" -> "副县级级，试用期一年"
# The longest post printed is about 40 characters; anything far longer is running text that
# happened to hold a 任 (and would not fit the database column either).
MAX_POST_LENGTH = 120


@dataclass
class _Heading:
    """A '市人民政府决定：' or '免去：' line: who decided (if it says) and the list's action."""

    decided_by: str | None
    action: str


def parse(lines: list[str], warnings: list | None = None) -> list[ParsedAppointment]:
    """The rows of the section; each entry that gives none is added to `warnings`, quoted."""
    out: list[ParsedAppointment] = []
    decided_by, list_action = "", APPOINT
    body = section_lines.until(lines, regexes.NEWS_DATE, regexes.CHRONICLE_DAY)  # a brief's dated first paragraph
    for item in _entries(section_lines.tidy(body)):
        if isinstance(item, _Heading):
            decided_by = item.decided_by if item.decided_by is not None else decided_by
            list_action = item.action
            continue
        for entry in _split_top_level(item, "；;"):
            rows = _parse_entry(entry, list_action, decided_by)
            if not rows and warnings is not None and entry.strip("；;。，, "):
                warnings.append(ParseWarning(LOSS, "appointment_unread", "这一行没有读出任免记录（人员、任或免、职务）",
                                             section="机构人事", lines=[entry]))
            out.extend(rows)
    return out


def _entries(lines: list[str]):
    """Headings as _Heading, and each entry re-joined across line breaks up to its '；' or '。'."""
    pending = ""
    for line in lines:
        text = line.strip()
        heading = _heading(text)
        if heading:
            if pending:
                yield pending
                pending = ""
            yield heading
            continue
        pending += text
        if pending.endswith(ENTRY_ENDS):
            yield pending
            pending = ""
    if pending:
        yield pending


def _heading(text: str) -> _Heading | None:
    match = regexes.APPOINTMENT_DECIDER.match(text)
    if not match or not ("决定" in match["decider"] or match["verb"]):
        return None
    action = DISMISS if match["verb"] == "免去" else APPOINT
    decided_by = match["decider"] if "决定" in match["decider"] else None
    return _Heading(decided_by=decided_by, action=action)


def _parse_entry(entry: str, list_action: str, decided_by: str) -> list[ParsedAppointment]:
    """'徐志宏任A，免去其B职务' -> appoint A, dismiss B (one row per person, action and post)."""
    entry = entry.strip().rstrip("；;。，,").strip()
    if not entry:
        return []
    persons, clauses = _people_and_clauses(entry, list_action)
    return [
        ParsedAppointment(person=person, action=action, position=post, qualifier=qualifier, decided_by=decided_by)
        for person in persons
        for action, text in clauses
        for post, qualifier in _posts(text)
    ]


def _people_and_clauses(entry: str, list_action: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The people an entry names and its clauses as (action, text of the posts)."""
    inline = regexes.DISMISS_CLAUSE.match(entry)
    if inline and inline["person"]:  # '免去张三的…职务' on its own line
        return [inline["person"]], _clauses(entry, DISMISS)
    dismissal = regexes.DISMISS_ENTRY.match(entry)
    if dismissal and (list_action == DISMISS or not _appointment(entry)):
        return [dismissal["person"]], _clauses(dismissal["posts"], DISMISS)
    appointment = _appointment(entry)
    if appointment:
        persons, verb, rest = appointment
        return persons, _clauses(rest, CONCURRENT if verb == "兼任" else APPOINT)
    return [], []


def _appointment(entry: str) -> tuple[list[str], str, str] | None:
    match = regexes.APPOINT_CLAUSE.match(entry)
    if not match:
        return None
    persons = match["persons"].split("、")
    if not all(regexes.PERSON_NAME.match(person) for person in persons):
        return None
    return persons, match["verb"], match["posts"]


def _clauses(text: str, action: str) -> list[tuple[str, str]]:
    """'A，免去其B职务' -> [(appoint, A), (dismiss, B)]; 'A，B' -> [(appoint, A), (appoint, B)]."""
    clauses: list[tuple[str, str]] = []
    for part in _split_top_level(text, "，,"):
        if match := regexes.DISMISS_CLAUSE.match(part):
            action, part = DISMISS, match["posts"]
        elif (match := regexes.CONCURRENT_CLAUSE.match(part)) and action != DISMISS:
            action, part = CONCURRENT, match["posts"]
        clauses.append((action, part))
    return clauses


def _posts(text: str) -> list[tuple[str, str | None]]:
    """'…集团有限公司董事长、总经理（试用期一年）' -> both posts in full, each with the qualifier."""
    text = _strip_duty(text)
    text, shared = _take_qualifiers(text)
    posts: list[tuple[str, str | None]] = []
    for piece in _pieces(text):
        piece, own = _take_qualifiers(_strip_duty(piece))
        if not piece or len(piece) > MAX_POST_LENGTH:
            continue
        if posts and regexes.BARE_POST_TITLE.match(piece):
            piece = _body_of(posts[-1][0]) + piece
        posts.append((piece, own or shared))
    return posts


def _pieces(text: str) -> list[str]:
    """Posts joined by '、'; a piece ending in no title names a body that shares the next post:
    '温州市委、市政府副秘书长' stays one post, '…公司董事长、总经理' is two."""
    pieces: list[str] = []
    for piece in _split_top_level(text, "、"):
        if pieces and not regexes.POST_TITLE.search(_take_qualifiers(pieces[-1])[0]):
            pieces[-1] += "、" + piece
        else:
            pieces.append(piece)
    return pieces


def _strip_duty(text: str) -> str:
    """'…局长职务' -> '…局长' (职务 closes a dismissal, not the post)."""
    text = text.strip()
    return text[: -len("职务")].strip() if text.endswith("职务") else text


def _take_qualifiers(post: str) -> tuple[str, str | None]:
    """'…主任（副县级级）（试用期一年）' -> ('…主任', '副县级级，试用期一年'); a name's bracket stays."""
    found: list[str] = []
    while match := regexes.TRAILING_BRACKET.search(post):
        if not regexes.QUALIFIER_TEXT.match(match["text"].strip()):
            break
        found.insert(0, match["text"].strip())
        post = post[: match.start()].rstrip()
    return post, QUALIFIER_JOINER.join(found) or None


def _body_of(post: str) -> str:
    """'温州市瓯飞开发建设投资集团有限公司董事长' -> '温州市瓯飞开发建设投资集团有限公司'."""
    match = regexes.POST_TITLE.search(post)
    return post[: match.start()] if match else ""


def _split_top_level(text: str, separators: str) -> list[str]:
    """Split at separators outside brackets: 'A（甲、乙）、B' -> ['A（甲、乙）', 'B']."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "（(〔[【":
            depth += 1
        elif char in "）)〕]】" and depth:
            depth -= 1
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]

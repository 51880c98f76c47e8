"""The posts of an appointment clause: '…集团有限公司董事长、总经理（试用期一年）' -> one post each, with its qualifier.

A clause is split at its commas (a qualifier after a comma goes to the post before it, '免去其…' and '兼任…' start
clauses of their own), at 兼 between two posts, then into posts at 、; a bare title borrows the body of the post
before it, and a trailing bracket that qualifies the post ('试用期一年', '专职，副部长级') is taken off it.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.text import split_top_level
from issues.parser.warnings import LOSS, ParseWarning

APPOINT, DISMISS, CONCURRENT = "appoint", "dismiss", "concurrent"
QUALIFIER_JOINER = "，"  # two brackets on one post: "（副县级级）（试用期一年）" -> "副县级级，试用期一年"
# The longest post printed is about 40 characters; anything far longer is running text that
# happened to hold a 任 (and would not fit the database column either).
MAX_POST_LENGTH = 120
PARTY_POSTS = ("党组", "党委", "党工委")  # '…局长兼党组书记': the party post of the same body


def clauses(text: str, action: str, qualifier: str | None = None) -> list[tuple[str, str]]:
    """'A，免去其B职务' -> [(appoint, A), (dismiss, B)]; 'A，B' -> [(appoint, A), (appoint, B)];
    'A，挂职期一年' -> [(appoint, 'A（挂职期一年）')]: a qualifier printed after a comma goes to the post before it,
    as does the verb's own ('黄海波挂职任A' -> 'A（挂职）')."""
    found: list[tuple[str, str]] = []
    for part in _acting_apart(split_top_level(text, "，,")):
        if regexes.NO_POST.match(part):  # '…职务，另有任用'
            continue
        if found and regexes.QUALIFIER_TEXT.match(part):
            found[-1] = (found[-1][0], f"{found[-1][1]}（{part}）")
            continue
        if match := regexes.DISMISS_CLAUSE.match(part):
            action, part = DISMISS, match["posts"]
        elif (match := regexes.CONCURRENT_CLAUSE.match(part)) and action != DISMISS:
            action, part = CONCURRENT, match["posts"]
        elif found and (match := regexes.ACTING_CLAUSE.match(part)) and action != DISMISS:
            part = f"{_acting_post(match['posts'], found)}（代理）"  # '…副市长，代理杭州市市长职务'
        elif match := regexes.NO_LONGER_CLAUSE.match(part):  # '…兼任A，不再担任B职务'
            action, part = DISMISS, match["posts"]
        elif found and (match := regexes.ACTING_DECIDED.match(part)):  # '…副市长，并决定为代理市长': the same body
            part = _acting_decided(match["posts"], found)
        found.extend(_joined_by_jian(action, part))
    if qualifier and found and not _take_qualifiers(found[0][1])[1]:
        found[0] = (found[0][0], f"{found[0][1]}（{qualifier}）")
    return found


def _acting_apart(parts: list[str]) -> list[str]:
    """'A、代理B职务' -> 'A', '代理B职务': an acting post after 、 read as one after a comma (a title printed so, 'A、代理市长',
    stays a post of the list)."""
    return [piece for part in parts for paused in regexes.ACTING_AFTER_PAUSE.split(part)
            for piece in regexes.ACTING_DECIDED_GLUED.split(paused)]  # '…副检察长决定其为代理检察长': a comma lost


def _acting_post(post: str, found: list[tuple[str, str]]) -> str:
    """'市长' after '…人民政府副市长' -> '…人民政府市长': a bare title acted in is the post of the body whose deputy the person
    was made ('任命甲为某市人民政府副市长、某市公安局局长，代理市长职务'), else of the first post; a full post as it is."""
    earlier = [held for _, text in found for held, _ in posts(text)]
    return post_with_body(post, deputy_post(post, earlier) or (earlier[0] if earlier else ""))


def _acting_decided(post: str, found: list[tuple[str, str]]) -> str:
    """'代理检察长' decided after '…人民检察院副检察长、检察委员会委员' -> '…人民检察院代理检察长': a bare title takes the body of
    the post the person was made deputy in, else of the post before; a post naming its body stays as it is."""
    if not regexes.BARE_POST_TITLE.match(post):
        return post
    earlier = [held for _, text in found for held, _ in posts(text)]
    return _body_of(deputy_post(post.removeprefix("代理"), earlier) or _strip_duty(found[-1][1])) + post


def deputy_post(title: str, held: list[str]) -> str | None:
    """'市长' with '阳江市人民政府副市长' among the posts held -> that post: the one whose body a title acted in belongs to
    (None when the person is no one's deputy)."""
    return next((post for post in held if post.endswith("副" + title)), None)


def _joined_by_jian(action: str, text: str) -> list[tuple[str, str]]:
    """'A兼B' -> appoint A and B held concurrently ('…副秘书长兼办公室主任'); in a dismissal both end, B marked 兼
    as the gazette marks a concurrent post ('B（兼）'); a bare title after 兼 takes A's body ('董事长兼总经理')."""
    first, *rest = regexes.POST_JOINED_BY_JIAN.split(text)
    clauses = [(action, first)]
    for part in rest:
        if regexes.BARE_POST_TITLE.match(_strip_duty(part)) or part.startswith(PARTY_POSTS):  # '…局长兼党组书记'
            part = _body_of(_strip_duty(clauses[-1][1])) + part
        clauses.append((CONCURRENT, part) if action != DISMISS else (DISMISS, f"{part}（兼）"))
    return clauses


def posts(text: str) -> list[tuple[str, str | None]]:
    """'…集团有限公司董事长、总经理（试用期一年）' -> both posts in full, each with the qualifier."""
    text, after_duty = _take_qualifiers(text.strip())  # '…副主任职务（终止试用期）'
    text, shared = _take_qualifiers(_strip_duty(text))
    shared = QUALIFIER_JOINER.join(filter(None, (shared, after_duty))) or None
    found: list[tuple[str, str | None]] = []
    court = None  # '最高人民法院副院长、审判委员会委员、审判员': every post after the first is the court's
    for piece in _pieces(text):
        piece, own = _take_qualifiers(_strip_duty(piece))
        if not piece or len(piece) > MAX_POST_LENGTH:
            continue
        if court and not regexes.LEADING_COURT.match(piece) and not regexes.POST_START.match(piece) \
                and not regexes.DEPUTY_SEAT.match(piece):  # '…院长、第十二届全国人大代表': a seat of its own congress
            piece = court + piece
        elif found and (regexes.BARE_POST_TITLE.match(piece) or regexes.INNER_OFFICE_POST.match(piece)):
            piece = _body_of(found[-1][0]) + piece  # '…公司董事长、总经理' · '…常委会副秘书长、办公厅主任'
        court = court or (not found and (opened := regexes.LEADING_COURT.match(piece)) and opened[0]) or None
        found.append((piece, own or shared))
    return found


def post_with_body(title: str, held: str) -> str:
    """A bare title ('市长') under the body of the post held before it ('宣城市人民政府副市长' -> '宣城市人民政府市长'), as a
    second title borrows the first one's body; the title unchanged when it names its body or nothing is held."""
    if not held or not regexes.SHORT_POST.match(title):
        return title
    return posts(f"{held}、{title}")[-1][0]


def _pieces(text: str) -> list[str]:
    """Posts joined by '、'; a piece ending in no title names a body that shares the next post:
    '温州市委、市政府副秘书长' stays one post, '…公司董事长、总经理' is two."""
    pieces: list[str] = []
    for piece in split_top_level(text, "、"):
        if pieces and not regexes.POST_TITLE.search(_take_qualifiers(pieces[-1])[0]):
            pieces[-1] += "、" + piece
        else:
            pieces.append(piece)
    return pieces


def _strip_duty(text: str) -> str:
    """'…局长职务' or '…局长的职务' -> '…局长' (职务 closes a dismissal, not the post)."""
    text = text.strip()
    return text[: -len("职务")].strip().removesuffix("的") if text.endswith("职务") else text


def _take_qualifiers(post: str) -> tuple[str, str | None]:
    """'…主任（副县级级）（试用期一年）' -> ('…主任', '副县级级，试用期一年'); a name's bracket stays."""
    found: list[str] = []
    while match := regexes.TRAILING_BRACKET.search(post):
        if not all(regexes.QUALIFIER_TEXT.match(part) for part in split_top_level(match["text"], "，,")):
            break  # '（专职，副部长级）' qualifies; '（浙南科技城）' names the body
        found.insert(0, match["text"].strip())
        post = post[: match.start()].rstrip()
    return post, QUALIFIER_JOINER.join(found) or None


def _body_of(post: str) -> str:
    """'温州市瓯飞开发建设投资集团有限公司董事长' -> '温州市瓯飞开发建设投资集团有限公司'."""
    match = regexes.POST_TITLE.search(post)
    return post[: match.start()] if match else ""


def unusual(row) -> bool:
    """A row no appointment gives: its post ends in no title ('推动工作落实'), holds a statement of its own ('李四任市财政局
    副局长', '…主任职务、李四的…'), or its person is no name ('确定工作'): a clause of running text read as one."""
    return (not regexes.POST_TITLE.search(row.position) or bool(regexes.POST_HOLDING_A_STATEMENT.search(row.position))
            or not regexes.PERSON_NAME.match(row.person))


def without_unusual(rows: list, entry: str, warnings: list | None) -> tuple[list, list]:
    """(the rows kept, the rows left out): a row whose post is no post or whose person is no name is not stored (a brief's
    sentence run into the list gave such rows: '…确定工作任务，推动工作落实。' -> 确定工作 appointed 推动工作落实); the line and
    what it would have given are a loss warning instead, so staff read the line."""
    left_out = [row for row in rows if unusual(row)]
    if left_out and warnings is not None:
        warnings.append(ParseWarning(LOSS, "appointment_post_unusual", "这一行读出的职务不以职务名称（局长、主任、委员等）结尾，"
                                     "或含有另一句任免，或人名不像人名：没有作为任免记录保存，请核对原文", section="机构人事",
                                     lines=[entry, *dict.fromkeys(f"{row.person}：{row.position}" for row in left_out)]))
    return [row for row in rows if row not in left_out], left_out

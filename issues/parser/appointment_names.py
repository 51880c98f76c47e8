"""Names in appointment lines (人事任免): which pieces of an entry are people, and where a name glued to the post after
it ends ('卢炳椿泉州市人民政府副市长', '泉州市人民政府副市长王永礼'). Used by issues/parser/appointments.py."""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.text import split_top_level

PLACE_LEVELS = ("省", "市", "县", "区", "旗")  # no name ends in one: '温州市' starts a post


def people(text: str) -> list[str]:
    """'戴源涌、林志海' -> both names; names joined by 和 too ('陈斯喜和王晓'), but never a name holding 和 ('王和平');
    [] when a part is no name."""
    found: list[str] = []
    for part in text.split("、"):
        pair = part.split("和")
        found += pair if len(pair) == 2 and all(len(name) >= 2 and regexes.PERSON_NAME.match(name) for name in pair) else [part]
    return found if all(regexes.PERSON_NAME.match(person) for person in found) else []


def acting_person(before: str) -> str | None:
    """'泉州市人民政府副市长王永礼' -> '王永礼': a name of three, else two characters, alone or after a post; or before the bare
    title they hold ('郑皓副区长' -> '郑皓', the shorter name first, as in glued_name)."""
    for length in (3, 2):
        name, post = before[-length:], before[:-length]
        if regexes.PERSON_NAME.match(name) and (not post or regexes.POST_TITLE.search(post)):
            return name
    return next((before[:length] for length in (2, 3)
                 if regexes.PERSON_NAME.match(before[:length]) and regexes.SHORT_POST.match(before[length:])), None)


def glued_names(text: str) -> tuple[list[str], str] | None:
    """'汤文胜、王荔、买银朋孟州市人民政府副市长' -> (['汤文胜', '王荔', '买银朋'], '孟州市人民政府副市长'):
    names joined by 、, the last glued to the posts that follow it (or two joined by 和 before 的)."""
    names: list[str] = []
    parts = split_top_level(text, "、")
    for i, part in enumerate(parts):
        if (owners := regexes.NAMES_BEFORE_DE.match(part)) and len(joined := people(owners["names"])) == 2:
            return names + joined, "、".join([owners["rest"]] + parts[i + 1 :])  # '陈斯喜和王晓的…职务'
        if glued := glued_name(part):
            return names + [glued[0]], "、".join([glued[1]] + parts[i + 1 :])
        if not regexes.PERSON_NAME.match(part):
            return None
        names.append(part)
    return None


def glued_name(text: str) -> tuple[str, str] | None:
    """'卢炳椿泉州市人民政府副市长' -> ('卢炳椿', '泉州市人民政府副市长'): a name of three, else two
    characters, where a post starts right after it (a place and its level: see POST_START), or a bare title
    alone ('张三市长职务' -> ('张三', '市长职务'))."""
    for length in (3, 2):  # the last of names joined by 、 before 的: '免去张三、李四的…职务' ('李四的…职务')
        if regexes.PERSON_NAME.match(text[:length]) and text[length:].startswith("的"):
            return text[:length], text[length + 1 :]
    # a bare title, read before a place ('孟凡' + '哲副县长' would be one): '张三市长职务', '王小明副局长职务', the shorter
    # name first ('王明' + '副局长', not '王明副' + '局长')
    for length in (2, 3):
        if regexes.PERSON_NAME.match(text[:length]) and regexes.SHORT_POST.match(text[length:]):
            return text[:length], text[length:]
    for length in (3, 2):
        name = text[:length]
        if regexes.PERSON_NAME.match(name) and not name.endswith(PLACE_LEVELS) and (
                regexes.POST_START.match(text[length:]) or length == 3 and regexes.LEVEL_GOVERNMENT_START.match(text[length:])):
            return text[:length], text[length:]
    return None


def holders_listed(entry: str) -> str:
    """'…任命省政府10个新部门主要负责人，他们分别是：省司法厅厅长刘志诚、省自然资源厅厅长孙建军。' -> '任命刘志诚为省司法厅厅长，
    任命孙建军为省自然资源厅厅长': a report's list of the people appointed, each after the post, read as appointments (the entry
    unchanged when a holder does not split into a post and a name: the entry is then a loss)."""
    listed = regexes.HOLDERS_LISTED.match(entry.strip())
    if not listed:
        return entry
    appointed = []
    for holder in split_top_level(listed["holders"], "、"):
        person = acting_person(holder)
        if not person or len(person) == len(holder):
            return entry
        appointed.append(f"任命{person}为{holder[: -len(person)]}")
    return "，".join(appointed)


def marked_before_level(entry: str, level: str) -> str:
    """'免去林海市人民政府副秘书长职务' -> '免去林海的市人民政府副秘书长职务' in a notice whose posts open with its own level alone (`level`,
    '市' of a 市人民政府's notice): the person ends where that level begins; the entry unchanged without a level or such a person."""
    glued = regexes.NAME_BEFORE_LEVEL.match(entry.strip()) if level else None
    if not glued or not glued["post"].startswith(level) or not regexes.PERSON_NAME.match(glued["person"]):
        return entry
    return f"免去{glued['person']}的{glued['post']}"

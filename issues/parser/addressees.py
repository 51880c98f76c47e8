"""A document's addressees (主送机关), the line or lines under its title block: '各县（市、区）人民政府，市政府直属各单位：'.

None for 通告/公告, orders and work reports. A narrow column wraps them ('…市政府直属各单' + '位：'), a list may go on after its comma
('各县（区）人民政府、管委会，' + '市直各单位：'), and a raw column may run them on into the body's first sentence.
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.title_block import TitleBlock

# The wrapped end of an addressee line in a narrow column: '位：', '属各单位：'
MAX_ADDRESSEES_TAIL = 12
# A raw column may wrap a long addressee line over several lines of its full width
MAX_ADDRESSEES_LINES = 4
# The marks ending an addressee line whose list goes on to the next line ('各县（区）人民政府、管委会，')
LIST_GOES_ON = ("，", "、", ",")


def take_addressees(lines: list[str], title: str, block: TitleBlock) -> tuple[str | None, list[str]]:
    """The addressee line ('各县（市、区）人民政府，市政府直属各单位：'); none for 通告/公告 and orders."""
    if not lines or block.order_issuer or title.endswith(("通告", "公告")):
        return None, lines
    if regexes.REPORT_TITLE.match(title):  # a work report's salutation ('各位代表：') under its speaker, no addressee
        return None, lines
    for count in range(1, MAX_ADDRESSEES_LINES + 1):  # a narrow column wraps them: '…市政府直属各单' + '位：'
        match = regexes.ADDRESSEES_LINE.match("".join(lines[:count]))
        if match and not regexes.ADDRESSEES_NOT.search(match["addressees"]):
            return match["addressees"].strip(), lines[count:]
        if len(lines) <= count or not _wraps(lines[:count], lines[count]):
            break
    return _run_on_addressees(lines)


def _run_on_addressees(lines: list[str]) -> tuple[str | None, list[str]]:
    """Addressees a raw column ran on into the body, their line as wide as the column ('各区、县人民政府，市政府各委、办、局：'
    + '为贯彻《国务院关于…'), maybe wrapped before ('各县（市、区）人民政府、' + '泉州开发区管委会，' + '市直各单位：《…》已经…'):
    a list of bodies before the first colon, or the standing committee a report is addressed to ('全国人民代表大会常务委员会：'),
    the body after it."""
    for count in range(1, min(len(lines), MAX_ADDRESSEES_LINES) + 1):
        joined = "".join(lines[:count])
        if match := regexes.ADDRESSEES_START.match(joined):
            break
        if regexes.SENTENCE_END.search(lines[count - 1]):
            return None, lines
    else:
        return None, lines
    addressees = match.group()[:-1].strip()
    several = regexes.ADDRESSEES_SEVERAL.search(addressees) or regexes.REPORT_ADDRESSEE.match(joined)  # or the 常委会 reported to
    if match.end() == len(joined) or not several or regexes.ADDRESSEES_NOT.search(addressees):
        return None, lines
    return addressees, [joined[match.end() :].strip()] + lines[count:]


def _wraps(head: list[str], following: str) -> bool:
    """following goes on the addressee line begun by head: a short tail ('位：'), or another line of a
    column's full width when head's lines are all of that width."""
    if regexes.SENTENCE_END.search(head[-1]):
        return False
    if head[-1].endswith(LIST_GOES_ON):  # '各县（区）人民政府、管委会，' + '市直各单位：': the list goes on
        return True
    return len(following) <= MAX_ADDRESSEES_TAIL or len({len(line) for line in head + [following]}) == 1

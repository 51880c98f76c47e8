"""An order's title block in a raw two-column extraction (rawsplit starts a document at one, painted_title_blocks moves one
to the start of its document):
  read_order         an order's title over its order number, as other gazettes print them
  read_order_number  an order's number over the sentence publishing its rule, its title only in that sentence
"""

from __future__ import annotations

from issues.parser import regexes
from issues.parser.dates import in_digits
from issues.parser.lines import Line
from issues.parser.raw_title_blocks import content_lines, title_line, whole_title
from issues.parser.section_lines import is_running_header
from issues.parser.title_block import TitleBlock, is_order_number

# The column lines of an order's sentence publishing its rule, up to the rule's name and the word after it
MAX_PROMULGATION_LINES = 5
# The rule's title an order may print between its number and that sentence, as a column wraps it
MAX_ORDER_TITLE_LINES = 2


def read_order(lines: list[Line], i: int) -> TitleBlock | None:
    """An order's title (one or two lines) over its order number, itself maybe on two lines:
    '内蒙古自治区村庄和集镇规划建设管理实施办法' + '内蒙古自治区人民政府令' + '第82号'; its government's name may come
    between, as law sites print it ('重庆市人民政府' over '渝府令第121号', '河北省人民政府' over '政府令〔2010〕第15号')."""
    content = []
    for k, text in content_lines(lines, i):
        if text is None or len(content) == 5 or is_running_header(text):
            break  # the masthead over the first page ('2021年第1期 温州市人民政府公报') is no title's line
        content.append((k, "".join(text.split())))
    if content and regexes.DATE_LINE.match(in_digits(content[0][1])):
        return None  # the date closing the document before
    for size in (1, 2):
        title = "".join(text for _, text in content[:size])
        rest = content[size:]
        if not whole_title(title) or not rest or not all(title_line(text) for _, text in content[:size]):
            continue
        if size == 2 and whole_title(content[0][1]):
            break  # a whole title over another's line: the order's title is the second alone
        if len(rest) > 1 and regexes.GOVERNMENT_ISSUER.match(rest[0][1]) and is_order_number(rest[1][1]):
            return TitleBlock(title_lines=[title], doc_number=rest[1][1], start=i, end=rest[1][0] + 1)
        if is_order_number(rest[0][1]):
            return TitleBlock(title_lines=[title], doc_number=rest[0][1], start=i, end=rest[0][0] + 1)
        if len(rest) > 1 and regexes.ORDER_ISSUER_LINE.match(rest[0][1]) and regexes.ORDER_SERIAL_LINE.match(rest[1][1]):
            number = rest[0][1] + rest[1][1]
            return TitleBlock(title_lines=[title], doc_number=number, start=i, end=rest[1][0] + 1)
    return None


def read_order_number(lines: list[Line], i: int) -> TitleBlock | None:
    """An order printed as gazettes print one, its number first and its title only in the sentence publishing its
    rule: '内蒙古自治区人民政府令第82号' (or '…人民政府令' + '第82号') over '《内蒙古自治区…实施办法》已经…通过，现予发布施行。'.
    The title is the rule the sentence names."""
    content = []
    for k, text in content_lines(lines, i):
        if text is None or len(content) == MAX_PROMULGATION_LINES + MAX_ORDER_TITLE_LINES + 2:
            break
        content.append((k, "".join(text.split())))
    if content and is_order_number(content[0][1]):
        size = 1
    elif len(content) > 1 and regexes.ORDER_ISSUER_LINE.match(content[0][1]) and regexes.ORDER_SERIAL_LINE.match(content[1][1]):
        size = 2
    else:
        return None
    number = "".join(text for _, text in content[:size])
    for titled in range(MAX_ORDER_TITLE_LINES + 1):  # the rule's title may come between the number and the sentence
        head = content[size : size + titled]
        if not all(title_line(text) for _, text in head):
            break
        sentence = "".join(text for _, text in content[size + titled : size + titled + MAX_PROMULGATION_LINES])
        promulgation = regexes.ORDER_PROMULGATION.match(sentence)
        if promulgation and (not head or "".join(text for _, text in head) == promulgation["title"]):
            return TitleBlock(title_lines=[promulgation["title"]], doc_number=number, start=i,
                              end=(head or content[:size])[-1][0] + 1)
    return None

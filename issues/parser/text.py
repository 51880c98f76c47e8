"""Text helpers every step shares: compact forms, titles put back on one line, issuers in a title.

None of them changes the printed characters that are kept; they only remove what a line break or a
layout put between them.
"""

from __future__ import annotations

from issues.parser import regexes


def compact(text: str) -> str:
    """'## 政 务 简 讯' -> '政务简讯': no whitespace, no Markdown heading marks in front."""
    return "".join(text.split()).lstrip("#")


def one_line_title(text: str) -> str:
    """A title on one line: line-break spaces removed, one space kept between joint issuers.

    '温州市人民政府办公室 关于进一步加强工业用地高质量利用 全周期管理的若干意见'
        -> '温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见'
    '温州市公安局 温州市农业农村局 关于对拖拉机实施全市道路限行的通告'
        -> '温州市公安局 温州市农业农村局关于对拖拉机实施全市道路限行的通告'
    """
    words = text.split()
    if not words:
        return ""
    issuers = split_issuers(" ".join(words))
    title = words[0]
    for word in words[1:]:
        title += " " + word if _keeps_space(title, word) else word
    if len(issuers) > 1:
        head = "".join(issuers)
        title = " ".join(issuers) + title[len(head) :] if title.startswith(head) else title
    return title


def split_issuers(title: str) -> list[str]:
    """The issuers named before '关于', or before the 转发/批转/印发 of a title without it ('北京市财政局、北京市水利局
    转发财政部…的通知', '上海市人民政府印发《…》的通知'): ['温州市公安局', '温州市农业农村局'] ([] without them, but
    for a government's own rules: '陇南市人民政府工作规则' -> ['陇南市人民政府']).

    Names are told apart by the space or the 「、」 printed between them; each must end like an office (局, 府, 办公室…).
    """
    words = []
    for verb in regexes.ISSUER_VERB.finditer(title):
        words = title[: verb.start()].split()
        if words and regexes.ISSUER_END.search(words[-1]) or verb.group() == "关于":
            break
    if not words and (named := regexes.ISSUER_NAMED_TITLE.match("".join(title.split()))):
        return [named["issuer"]]  # '陇南市人民政府工作规则': the body's own rules
    if not words or not regexes.ISSUER_END.search(words[-1]):
        return []
    names = [name for word in words for name in _pause_joined(word)]
    if all(regexes.ISSUER_END.search(name) and len(name) >= 4 for name in names):
        return names
    return ["".join(words)]


def _pause_joined(word: str) -> list[str]:
    """Joint issuers a title joins with 「、」 ('上海市交通委员会、上海市公安局关于…的通告'), each an office's name; else the word."""
    names = word.split("、")
    if len(names) > 1 and all(regexes.ISSUER_END.search(name) and len(name) >= 4 for name in names):
        return names
    return [word]


def _keeps_space(before: str, after: str) -> bool:
    """A space between two Latin letters or digits is a real one ('GB/T 19580'); between CJK it is a line break, and so it is
    inside a year a raw column cut ('(2020-202' + '2年)')."""
    return before[-1].isascii() and before[-1].isalnum() and after[0].isascii() and after[0].isalnum() \
        and not _year_cut(before, after)


def _year_cut(before: str, after: str) -> bool:
    head, tail = regexes.YEAR_HEAD_AT_LINE_END.search(before), regexes.YEAR_TAIL_AT_LINE_START.match(after)
    return bool(head and tail) and len(head["head"]) + len(tail["tail"]) == 4


def split_top_level(text: str, separators: str) -> list[str]:
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

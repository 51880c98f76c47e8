"""Dates as printed, read in one place: Arabic, full-width ('４月１４日') or Chinese numerals.

GB/T 9704 printed signature dates in Chinese numerals before 2012 ('二〇〇七年三月二十六日',
'二○○七年四月九日', '二00五年六月十七日', typed with a letter O: '二OO六年'), so the back catalogue is full of them. `in_digits`
rewrites a line's dates into Arabic digits ('2007年3月26日') before the date patterns of the
steps (signatures, validity clauses, news, chronicle) are matched; the stored text is never
rewritten.
"""

from __future__ import annotations

from issues.parser import regexes

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
CHINESE_DIGITS = {"〇": 0, "○": 0, "零": 0, "0": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}


def in_digits(text: str) -> str:
    """'二〇〇七年三月二十六日' -> '2007年3月26日'; '４月１４日，' -> '4月14日，'; '二十六日' (a day line) -> '26日'; '五至九日 …' -> '5至9日 …'."""
    if regexes.FULL_WIDTH_DIGIT.search(text):  # translate maps each character through a dict: most lines have none to map
        text = text.translate(FULL_WIDTH_DIGITS)
    if not regexes.DATE_CHARACTER.search(text):
        return text
    text = regexes.CHINESE_DATE.sub(_date_in_digits, text)
    return regexes.CHINESE_DAY_MARKER.sub(_day_in_digits, text)


def _day_in_digits(match) -> str:
    """'二十六' -> '26'; a range '五至九' -> '5至9'."""
    last = f"{match['range']}{counted(match['last'])}" if match["last"] else ""
    return f"{match['space']}{counted(match['day'])}{last}"


COUNTING_UNITS = {"十": 10, "百": 100, "千": 1000}


def counted(numeral: str) -> int:
    """A number as counted: '九' -> 9, '十' -> 10, '十二' -> 12, '二十六' -> 26, '一百二十' -> 120, '三百零五' -> 305;
    digits without units are read one by one: '一二〇' -> 120; Arabic digits as they are: '217' -> 217."""
    if numeral.isdigit():
        return int(numeral)
    if not any(unit in numeral for unit in COUNTING_UNITS):
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in numeral))
    total, digit = 0, None
    for ch in numeral:
        if ch in COUNTING_UNITS:
            total += (1 if digit is None else digit) * COUNTING_UNITS[ch]
            digit = None
        else:
            digit = CHINESE_DIGITS[ch]
    return total + (digit or 0)


def _date_in_digits(match) -> str:
    year = "".join(str(CHINESE_DIGITS[ch]) for ch in match["year"]) + "年" if match["year"] else ""
    return f"{year}{counted(match['month'])}月{counted(match['day'])}日"

"""Document numbers (文号) and ZJCC registration codes: normalising what people type and print.

One key per number whatever the spelling: brackets 〔〕 [] () （） 【】 or the year followed by 年,
full-width digits, with or without 第 and 号; ZJCC codes with dashes or spaces. Keys are used for matching, URLs and search; stored text keeps the printed form.
"""

import unicodedata

from issues.parser import regexes

# The longest doc number or code worth reading ('国家税务总局公告2018年第28号' is 19 characters);
# anything longer is not one, and is not handed to the patterns at all.
MAX_NUMBER_LENGTH = 60


def _half_width(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _bare(text: str) -> str | None:
    """`text` half-width with ALL whitespace removed, or None when too long to be a number."""
    text = "".join(text.split())
    if not text or len(text) > MAX_NUMBER_LENGTH:
        return None
    return "".join(_half_width(text).split())


def doc_key(text: str) -> str | None:
    """The canonical key of a doc number, or None if `text` is not one.

    >>> doc_key("温政办[2020]第５３号")
    '温政办〔2020〕53号'
    """
    text = _bare(text or "")
    if text is None:
        return None
    match = regexes.DOC_NUMBER_ANNOUNCEMENT_FULL.match(text)  # before 年 is read as a bracketed year
    if match:
        return f"{match['prefix']}{match['year']}年第{int(match['serial'])}号"
    match = regexes.DOC_NUMBER_FULL.match(text) or regexes.DOC_NUMBER_YEAR_WORD_FULL.match(text)
    if match:
        return f"{match['prefix']}〔{match['year']}〕{int(match['serial'])}号"
    match = regexes.DOC_NUMBER_YEAR_FIRST_FULL.match(text)
    if match:  # '(79)出版字第193号', its year first as printed
        return f"〔{match['year']}〕{match['prefix']}第{int(match['serial'])}号"
    match = regexes.DOC_NUMBER_NO_YEAR_FULL.match(text)
    if match:
        return f"{match['prefix']}第{int(match['serial'])}号"
    match = regexes.DOC_NUMBER_ORDER_AFTER_FULL.match(text)
    if match:  # '国务院第279号令' is '国务院令第279号'
        return f"{match['prefix']}令第{int(match['serial'])}号"
    return None


def registration_key(text: str) -> str | None:
    """The canonical ZJCC registration code, or None.

    >>> registration_key("zjcc00 - 2021 - 0002")
    'ZJCC00-2021-0002'
    >>> registration_key("zjcc01 2020 0008")
    'ZJCC01-2020-0008'
    """
    text = _bare(text or "")
    if text is None:
        return None
    match = regexes.REGISTRATION_CODE_FULL.match(text) or regexes.REGISTRATION_CODE_SPACED_FULL.match(text)
    if not match:
        return None
    return f"ZJCC{match['a']}-{match['b']}-{match['c']}"


def compact(text: str) -> str:
    """A printed number without spaces, keeping its printed brackets: '温政办〔2020〕 53号' -> '温政办〔2020〕53号'."""
    return "".join(text.split())

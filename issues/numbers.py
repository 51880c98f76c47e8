"""Document numbers (文号) and ZJCC registration codes: normalising what people type and print.

One key per number whatever the spelling: brackets 〔〕 [] () （） 【】, full-width digits, with or
without 第 and 号. Keys are used for matching, URLs and search; stored text keeps the printed form.
"""

import unicodedata

from issues.parser import regexes


def _half_width(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def doc_key(text: str) -> str | None:
    """The canonical key of a doc number, or None if `text` is not one.

    >>> doc_key("温政办[2020]第５３号")
    '温政办〔2020〕53号'
    """
    if not text:
        return None
    text = _half_width(text).replace(" ", "").replace("\u3000", "")
    match = regexes.DOC_NUMBER_FULL.match(text)
    if match:
        return f"{match['prefix']}〔{match['year']}〕{int(match['serial'])}号"
    match = regexes.DOC_NUMBER_NO_YEAR_FULL.match(text)
    if match:
        return f"{match['prefix']}第{int(match['serial'])}号"
    match = regexes.DOC_NUMBER_ANNOUNCEMENT_FULL.match(text)
    if match:
        return f"{match['prefix']}{match['year']}年第{int(match['serial'])}号"
    return None


def registration_key(text: str) -> str | None:
    """The canonical ZJCC registration code, or None.

    >>> registration_key("zjcc00 - 2021 - 0002")
    'ZJCC00-2021-0002'
    """
    if not text:
        return None
    match = regexes.REGISTRATION_CODE_FULL.match(_half_width(text))
    if not match:
        return None
    return f"ZJCC{match['a']}-{match['b']}-{match['c']}"


def compact(text: str) -> str:
    """A printed number without spaces, keeping its printed brackets: '温政办〔2020〕 53号' -> '温政办〔2020〕53号'."""
    return "".join(text.split())

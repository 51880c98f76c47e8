"""Characters OCR reads in a shape print never sets, mended where the context makes the printed one certain.

Each mend is a small named step, one line's text in, its text out (issues.ocr_text.clean_text runs them on every
line box). A mend is written only where no correct print could take its shape: a year's figures with a speck between
them (「201.7年」), a Chinese-numeral year mixing in Arabic figures or letters (「二00六年」), eight figures before 年
(「20172035年」), an ASCII comma between two ideographs. Where the context cannot tell (「二九年」: 二〇〇九 or
二〇九〇?), nothing is guessed: issues.ocr.warnings_of quotes the line (lost_year_rings).

What the reader outputs where OCR cannot tell two prints apart (the gazette's own style, GB/T 9704):
- a Chinese-numeral date's zero is 〇 (U+3007, the numeral), whether print set 〇, the ring ○ (U+25CB) or the
  letter O (typed for it): OCR reads all three as 〇, 0 or O, and drops 〇 where it reads nothing;
- figures are half-width (issues.ocr_text.misread_figures), full-width ones read as they are set;
- a title cited in a title read ASCII (「<…>」) is ＜…＞: OCR reads 〈〉 as 〈〉, and ＜＞ as <>, which print never
  sets inside 《》 (its own CJK text).
"""

from __future__ import annotations

import re

from issues.parser import regexes

CN_ZERO = "〇"  # a Chinese-numeral year's zero (U+3007)
ZERO_LOOKALIKES = str.maketrans("○0OoＯ", "〇〇〇〇〇")  # what OCR reads 〇 as, or print typed for it


def chinese_year_zeros(text: str) -> str:
    """「二00六年」, 「二OO六年」, 「二○○六年」 -> 「二〇〇六年」: a Chinese-numeral year's zeros as the numeral 〇."""
    return regexes.OCR_CN_YEAR_ZERO.sub(lambda m: m[0].translate(ZERO_LOOKALIKES), text)


def chinese_year_ring(text: str) -> str:
    """「二一九年十月」 -> 「二〇一九年十月」: a year of this century is 二〇XX, three numerals left lost the 〇 after 二."""
    return regexes.OCR_CN_YEAR_RING_LOST.sub("二" + CN_ZERO, text)


def year_without_speck(text: str) -> str:
    """「201.7年」 -> 「2017年」, 「（201.7—2035年）」 -> 「（2017—2035年）」: one speck between a year's figures."""
    def mend(year: re.Match) -> str:
        figures = "".join(ch for ch in year["year"] if ch.isdigit())
        return figures if len(figures) == 4 and figures[:2] in ("19", "20") else year[0]
    return regexes.OCR_YEAR_SPECK.sub(mend, text)


def range_dash(text: str) -> str:
    """「（2021一2025年）」 -> 「（2021—2025年）」, 「5月2日一3日」 -> 「5月2日—3日」: a range's dash read as 一 (no Chinese
    text sets 一 between two years or two days)."""
    return regexes.OCR_RANGE_DASH.sub("—", text)


def year_range_dash(text: str) -> str:
    """「（20172035年）」 -> 「（2017—2035年）」: two years read as one figure, the later one after the earlier."""
    def mend(years: re.Match) -> str:
        first, last = int(years["first"]), int(years["last"])
        return f"{first}—{last}" if 0 < last - first <= 50 else years[0]
    return regexes.OCR_YEAR_RANGE_DASH_LOST.sub(mend, text)


def spaced_half_width_marks(text: str) -> str:
    """「把握历史机遇 , 应对」 -> 「把握历史机遇，应对」: an ASCII comma, semicolon or colon between CJK text, a space
    beside it where the full-width glyph's own blank is."""
    return regexes.OCR_SPACED_HALF_WIDTH_MARK.sub(lambda m: {",": "，", ";": "；", ":": "："}[m["mark"]], text)


def inner_title_marks(text: str) -> str:
    """「《关于贯彻 < 国务院关于…意见> 的实施意见》」 -> 「《关于贯彻＜国务院关于…意见＞的实施意见》」."""
    return regexes.OCR_INNER_TITLE.sub(lambda m: f"＜{m['title']}＞", text)


def specks_as_marks(text: str) -> str:
    """Specks read as marks where print sets none: between two ideographs (「按照°执行」), a stop beside a comma
    (「《意见》），。把握」, 「郭芳。、张小宏」), a colon after a comma (「李春雨、：何娇」)."""
    text = regexes.OCR_SPECK_BETWEEN_IDEOGRAPHS.sub("", text)
    text = regexes.OCR_STOP_BESIDE_COMMA.sub("", text)
    return regexes.OCR_COLON_AFTER_COMMA.sub("", text)


MENDS = [chinese_year_zeros, chinese_year_ring, year_without_speck, range_dash, year_range_dash, spaced_half_width_marks,
         inner_title_marks, specks_as_marks]


def mended(text: str) -> str:
    """The text with every mend applied, in order: a line box's (issues.ocr_text.clean_text), and a laid-out line's,
    whose marks were read in boxes apart (「《关于贯彻 <」 and 「国务院关于加强政务诚信建设的指导意见> 的实施意见》」)."""
    for mend in MENDS:
        text = mend(text)
    return text


def lost_year_rings(text: str) -> bool:
    """Whether the line holds a Chinese-numeral year left with two numerals (「二九年四月十四日」): its 〇s lost, which
    no context tells the places of; the line is quoted in a loss warning."""
    return regexes.OCR_CN_YEAR_RINGS_LOST.search(text) is not None

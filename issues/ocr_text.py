"""What OCR reads differently from print, put back as printed: one line's text in, its text out.

ASCII punctuation where print has full-width (「,」 beside CJK text is 「，」), a doc number's year
bracket closed with the round one, accents that specks put on Latin capitals, dust read as a stop
or a dot at a line's ends or inside it, or beside a chronicle's marks (「△·副市长」, 「25日。」), a TOC
page number in round brackets, a page number's dots.
(Where a line is and how lines join is issues.ocr's and issues.pdf's work.)
"""

from __future__ import annotations

import re
import unicodedata

from issues.ocr_mends import mended
from issues.parser import regexes


def clean_text(text: str, figures: bool = True) -> str:
    """What OCR reads differently from print: ASCII punctuation for the full-width one in CJK text, what the context
    mends (issues.ocr_mends: a speck inside a year, a Chinese-numeral year's 〇 read as 0),
    a doc number's year bracket closed by the round bracket, accents on Latin capitals (ŻJCC); with `figures`, the
    figures it confuses with letters in a field's shape (misread_figures; a warning quotes a line as it was read)."""
    chars = [_without_accent(ch) for ch in text]
    for n, ch in enumerate(chars):
        before = chars[n - 1] if n else ""
        after = chars[n + 1] if n + 1 < len(chars) else ""
        if ch in FULL_WIDTH and (_cjk(before) or (_cjk(after) and ch not in ".")):
            chars[n] = FULL_WIDTH[ch]
    if len(chars) > 1 and chars[0] in ".," and not chars[1].isspace():  # a speck before the line read as a dot
        chars = chars[1:]
    while len(chars) > 1 and chars[0] in "·•" and (chars[1].isalnum() or chars[1] in SUB_ROW_MARKS):
        chars = chars[1:]  # a middle dot never starts a line: a speck before a figure, a character or a sub-row's 「#」
    while len(chars) > 2 and chars[-1] in "·•" and chars[-2] == " ":
        chars = chars[:-2]  # nor ends one after a space
    while len(chars) > 1 and chars[0] in SPECK_MARKS and (_cjk(chars[1]) or chars[1] in SUB_ROW_MARKS) \
            and chars[1] not in "（〔《“":
        chars = chars[1:]  # a line never starts with a comma or a stop (kinsoku): a speck (before 「#」, it hid the sub-row)
    chars = [ch for n, ch in enumerate(chars) if not (ch == "." and 0 < n < len(chars) - 1 and _cjk_or_quote(chars[n - 1])
                                                      and _cjk_or_quote(chars[n + 1]))]  # 「实现.“四个率先”」: a speck
    dots = len(chars) - len("".join(chars).rstrip(".·•"))
    if 0 < dots < len(chars) and _cjk(chars[-dots - 1]):
        chars = chars[:-dots]  # a dot after a CJK character or a full stop: print has none
    text = mended(regexes.TOC_PAGE_READ.sub(lambda m: f"（{'0' if m['pad'] else ''}{m['page']}）", "".join(chars).replace("%%", "%")))
    text = paired_brackets(regexes.FIGURE_SPECKS.sub("", text))
    text = _year_brackets(without_specks_at_marks(misread_marks(text)))
    return misread_figures(text) if figures else text


def paired_brackets(text: str) -> str:
    """A pair of round brackets read half-width on one side only, made full-width as print sets it: 「(http://www.
    example.cn）」 (a bracket opening a line has no CJK character before it to tell its width by). A half-width pair
    stays as read (「[2005]」, 「(1)」)."""
    out = list(text)
    opened: list[int] = []
    for n, ch in enumerate(out):
        if ch in "(（":
            opened.append(n)
        elif ch in ")）" and opened:
            start = opened.pop()
            if {out[start], ch} in ({"(", "）"}, {"（", ")"}):
                out[start], out[n] = "（", "）"
    return "".join(out)


def misread_marks(text: str) -> str:
    """What OCR reads apart or in another shape, put back as printed: the figures of a date read a space apart
    (「2 0 2 0年第9期」, 「1 1日」), a TOC title's first leader dots read as a colon (「…人事任免：……（02）」), a word of the gazette
    whose misread character makes it no word (「人事住免」)."""
    text = regexes.OCR_SPACED_FIGURES.sub(lambda m: m[0].replace(" ", ""), text)
    text = regexes.OCR_MARK_BEFORE_LEADERS.sub("", text)
    return regexes.OCR_MISREAD_WORDS.sub("任", text)


def misread_figures(text: str) -> str:
    """Figures OCR confuses with letters (O and 0, l, I, 丨 and 1), full-width digits and the brackets of a doc number's
    year put back as print sets them, inside the shapes of a doc number, a date, a day marker and a registration code
    only (「温政发[2O20]l2号」 -> 「温政发〔2020〕12号」, 「2020年9月l0日」, 「l4日」): elsewhere an O or an l is a letter, and
    a doc number's 〔〕 is the gazette's own (GB/T 9704; every number in the five fixture issues). A reading that gives no
    year of 19xx or 20xx, no month or day in range, stays as read."""
    text = regexes.OCR_DOC_NUMBER.sub(_doc_number, text)
    text = regexes.OCR_DATE.sub(_date, text)
    text = regexes.OCR_REGISTRATION_CODE.sub(lambda m: "ZJCC" + m["code"].translate(MISREAD_DIGITS), text)
    if (day := regexes.OCR_DAY_MARKER.match(text)) and 1 <= int(day["day"].translate(MISREAD_DIGITS)) <= 31 \
            and any(ch.isdigit() for ch in day["day"]):
        return day["day"].translate(MISREAD_DIGITS) + "日"
    return text


PRINTED_PAIRS = {("[", "]"), ("(", ")"), ("（", "）")}  # brackets a doc number may really print ('中青办发[2005]13号')


def _doc_number(number: re.Match) -> str:
    year, serial = number["year"].translate(MISREAD_DIGITS), number["serial"].translate(MISREAD_DIGITS)
    if year[:2] not in ("19", "20"):  # the serial's shape is all figures already
        return number[0]
    misread = (year, serial) != (number["year"], number["serial"])
    if (number["open"], number["close"]) in PRINTED_PAIRS and not misread:
        return number[0]  # read whole and right: as printed
    return f"〔{year}〕{serial}号"


def _date(date: re.Match) -> str:
    year, month, day = (date[part].translate(MISREAD_DIGITS) for part in ("year", "month", "day"))
    if year[:2] in ("19", "20") and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        return f"{year}年{month}月{day}日"
    return date[0]


def without_specks_at_marks(text: str) -> str:
    """Dust read where print sets a mark or a blank, taken out: before a line's first character or its
    △ (「。△ 市长」, 「° 法》」, 「。28日」), between △ and the item's text (「△·副市长」), inside or after a
    day marker alone on its line (「3.日」, 「25日。」), after a sentence's stop (「会。：」) or a comma (「姚高员、·常务」), in a doc number
    (「〔201.9〕35号」, 「〔2019〕°34号」) or after one alone on its line (「温政办〔2020〕74号：」); an issued-list row's dash read against its number gets its space back.
    Print never starts a line with a stop or a comma, and the parsers read 「25日」 and 「△ 副市长」 only."""
    text = regexes.ITEM_MARK_SPECK.sub("△ ", regexes.LEADING_SPECK.sub("", text))
    text = regexes.LIST_DASH.sub("- ", doc_numbers_without_specks(regexes.DOC_NUMBER_LINE_SPECK.sub(r"\g<number>", text)))
    text = regexes.SPECK_AFTER_MARK.sub("", text)
    if day := regexes.DAY_MARKER_SPECK.match(text):
        return day["day"] + "日"
    return regexes.SPECK_AFTER_STOP.sub("", text)


def doc_numbers_without_specks(text: str) -> str:
    """A joined line's doc numbers without the dust read inside them: a TOC entry's number is read in boxes of
    its own (「（温政办〔2019〕」 + 「°34号）」), whose specks only the joined line shows beside the year."""
    return regexes.DOC_NUMBER_SPECKS.sub(_year_without_specks, text)


def _year_without_specks(number: re.Match) -> str:
    """〔201.9〕35号 -> 〔2019〕35号: dust inside a doc number's year, or before its serial, is no part of it."""
    year = "".join(ch for ch in number["year"] if ch.isdigit())
    return f"〔{year}〕" if len(year) == 4 else number[0]


def _without_accent(ch: str) -> str:
    """Latin letters only: print has no accented letters, specks above a capital read as one."""
    if "\u00c0" <= ch <= "\u024f":
        return "".join(part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part))
    return ch


def _year_brackets(text: str) -> str:
    """温政发〔2020）22号 -> 温政发〔2020〕22号: a doc number's year is printed in 〔〕, OCR closes it with ）,
    or opens it with （ (温政办（2020〕74号, 2020-09's scan: the document lost)."""
    text = "".join(ch if not (ch in "（([【" and text[n + 1:n + 5].isdigit() and text[n + 5:n + 6] == "〕") else "〔"
                   for n, ch in enumerate(text))
    out, start = [], 0
    while (opening := text.find("〔", start)) != -1:
        close = opening + 5
        if text[opening + 1:close].isdigit() and len(text) > close and text[close] in "）)]】":
            out.append(text[start:close] + "〕")
            start = close + 1
        else:
            out.append(text[start:opening + 1])
            start = opening + 1
    return "".join(out) + text[start:]


MISREAD_DIGITS = str.maketrans("０１２３４５６７８９OoＯ〇lI|丨", "012345678900001111")  # what OCR reads a figure as
SPECK_MARKS = ".,:;·•、，。：；"  # what a speck of dust beside a line is read as
SUB_ROW_MARKS = "#＃"  # a statistics table's 其中 row starts with one: a speck read before it hides it from the parser
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}


def _cjk_or_quote(ch: str) -> bool:
    """A CJK character or a curly quote (a Chinese text's quotes: 「“泰山杯”.全国」)."""
    return _cjk(ch) or ch in "“”‘’"


def _cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")


def page_number(text: str) -> str:
    """A printed page number in a running band as pdf reads it: '·  2  ·' comes back as '2.' or '. 3 ..'."""
    core = text.strip(" .·-—–_,")
    return core if core.isascii() and core.isdigit() and len(core) <= 3 and core != text else text

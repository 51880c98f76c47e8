"""Dates: in digits and in Chinese numerals, signature dates, entry into force and validity."""

import re

from issues.parser.regexes.pieces import CN_DAY, CN_DAY_RANGE, CN_MONTH, CN_YEAR, YEAR

# ---------------------------------------------------------------------------------------------
# Dates shared by several sections (issues/parser/dates.py)
# ---------------------------------------------------------------------------------------------
# A date in Chinese numerals, the year optional: "二〇〇七年三月二十六日" · "二○○七年四月九日" · "二00五年六月十七日" ·
# "自二○○八年一月一日起施行" · "三月二十六日，"
CHINESE_DATE = re.compile(
    rf"(?:(?P<year>{CN_YEAR})\s?年\s?)?(?P<month>{CN_MONTH})\s?月\s?(?P<day>{CN_DAY})\s?日"
)
# A chronicle day in Chinese numerals, alone or before its first item: "二十六日" · "三日 △ 市长…" · "五日，市长…" ·
# a range of days: "五至九日 市政协…" · "二十八～二十九日，…" · "二日至三日 市长…"
CHINESE_DAY_MARKER = re.compile(
    rf"^(?P<space>\s*)(?P<day>{CN_DAY})(?:(?P<range>日?{CN_DAY_RANGE})(?P<last>{CN_DAY}))?(?=\s?日(?:\s*(?:[△，,、：:]|$)|\s))"
)
# A full-width digit, which in_digits rewrites before any date pattern is tried: the "４" of "４月１４日"
FULL_WIDTH_DIGIT = re.compile(r"[０-９]")
# A character every date is written with, Arabic or Chinese: the "月" of "４月１４日" or of "二〇〇七年三月二十六日"
DATE_CHARACTER = re.compile(r"[年月日]")
# A year cut by a raw column's line break inside a title (上海 沪府〔2020〕27号 in a column of 19 characters): its head at the end of
# one line, "…行动方案(2020-202", and its tail opening the next, "2年)》的通知"; together four digits
YEAR_HEAD_AT_LINE_END = re.compile(r"(?<!\d)(?P<head>\d{1,3})$")
YEAR_TAIL_AT_LINE_START = re.compile(r"^(?P<tail>\d{1,3})年")
# A line that is only a date (the date of a signature): "2020年6月24日"
DATE_LINE = re.compile(rf"^(?P<year>{YEAR})\s?年\s?(?P<month>\d{{1,2}})\s?月\s?(?P<day>\d{{1,2}})\s?日$")

# ---------------------------------------------------------------------------------------------
# Entry into force and validity (issues/parser/document_fields.py)
# ---------------------------------------------------------------------------------------------
# A date written without spaces, as a document's running text gives it: "2020年7月1日" (not compiled on its own)
_DATE = rf"(?P<year>{YEAR})年(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日"
# Entry into force: "自2020年7月1日起施行" · "自2020年12月15日开始施行" · "自印发之日起实施" · "自发布之日起生效"
EFFECTIVE_FROM = re.compile(
    rf"自(?:{_DATE}|(?P<event>[^，。；\d]{{1,8}}之日))"
    r"(?:起|开始)(?:施行|实施|执行|生效)"
)
# End of validity: "至2025年6月30日止" · "有效期至2030年12月1日止" (VALID_UNTIL: only after 有效期)
EFFECTIVE_UNTIL = re.compile(rf"至{_DATE}止?")
VALID_UNTIL = re.compile(rf"有效期至{_DATE}")
# Validity in years: "有效期10年" · "有效期五年"
VALID_YEARS = re.compile(r"有效期(?:为)?(?P<years>\d{1,2}|[一二三四五六七八九十]{1,2})年")

# ---------------------------------------------------------------------------------------------
# Public site: query parameters (issues/views/documents.py)
# ---------------------------------------------------------------------------------------------
# The day of /documents/?as_of=2021-01-01, exactly YYYY-MM-DD (date.fromisoformat also takes "20210101")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

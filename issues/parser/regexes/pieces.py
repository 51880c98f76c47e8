"""The named pieces the patterns are built from (not compiled on their own): each shape spelled once."""

DIGIT = "[0-9０-９]"
# "〔2020〕" as printed, and its look-alikes: "[2020]" · "（2020）" · "【2020】" · "﹝2021﹞" (the small form, which
# NFKC reads as 〔〕, as issues/numbers.py does)
OPEN_BRACKET = "[〔\\[（(【〖［﹝]"
CLOSE_BRACKET = "[〕\\]）)】〗］﹞]"
CJK = "\u4e00-\u9fff"
# A mark before a list's item, a chronicle's entry or a byline, black or white: "△" · "▲" · "◆" · "●" · "■" · "□" · "○" · "◇"
ITEM_MARK = "[△▲◆●■□○◇]"
# A year of the gazettes' era, in ASCII digits: "2020" · "1998"
YEAR = r"(?:19|20)\d{2}"
# An issue's total number as covers print it: "217" · "一百二十" · "三百零五" · "一二〇"
TOTAL = r"(?:\d{1,4}|[〇○零一二三四五六七八九十百千]{1,8})"
# An issue of a year as a running header prints it: "2008年第6期" · "２０２３年第９期"
ISSUE_OF_YEAR = r"[0-9０-９]{4}\s*年\s*第\s*[0-9０-９]{1,2}\s*期"
# Numbers of a date printed in Chinese numerals (GB/T 9704 before 2012), read by issues/parser/dates.py:
# a year digit by digit, with 〇, ○ (U+25CB), 零, an ASCII 0 or a letter O for zero: "二〇〇七" · "二○一九" · "二00五" ·
# "二OO六" (typed with the letter);
# a month or day as counted: "三" · "十" · "十二" · "二十六" · "三十一"
CN_YEAR = "[一二][〇○零0OＯ一二三四五六七八九]{3}"
CN_MONTH = "十[一二]?|[一二三四五六七八九]"
CN_DAY = "[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]"
# Between the first and last day of a range: "五至九日" · "二十八～二十九日"
CN_DAY_RANGE = r"[—–\-~～至]"

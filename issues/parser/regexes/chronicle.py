"""The chronicle (issues/parser/chronicle.py): day markers, entries, marks and month lines."""

import re

from issues.parser.regexes.pieces import CJK, CN_DAY, CN_DAY_RANGE, CN_MONTH, ITEM_MARK, YEAR

# A part of the day: "下午" · "晚" · "凌晨"
_DAY_PART = r"上午|下午|晚上|中午|凌晨|晚|夜|早上|早晨|傍晚|深夜"
# A clock time: "16时许" · "22点30分左右" · "凌晨3时30分"
_CLOCK = rf"(?:{_DAY_PART})?\d{{1,2}}\s?[时点](?:\d{{1,2}}\s?分)?(?:许|左右)?"
# The time of day printed right after a day marker, kept with the entry's text where a comma follows it (it opens the
# entry's sentence): "3日下午，…" · "5日晚，…" · "5日傍晚，…" · "4日凌晨3时30分，…"
_TIME_OF_DAY = rf"△|{_DAY_PART}|\d{{1,2}}\s?[时点]"
# A clock time printed in the marker, the marker's gap after it (a marker column, as a chronicle of a city's news sets
# it; worded for the test from 中广网 2009-12-22): "22日22点30分左右  上海地铁10号线国权路站发生火警。" (the entry's text
# starts after the gap)
_MARKER_CLOCK = rf"{_CLOCK}[ \u3000]+(?=[^\s，,、：:])"
# The weekday some chronicles print after the day: "5日（星期六）" · "5日(周六)"
_WEEKDAY = r"[（(](?:星期|周)[一二三四五六日天][）)]"
# A day line: "1日" · " 1日" (2020-09) · "15日"
CHRONICLE_DAY = re.compile(r"^\s*(?P<day>\d{1,2})\s?日\s*$")
# An ordinal before a dated entry, as a city's record of several bodies numbers its entries (岳阳 大事记 2018-08, numbered
# for the test): "一、8月17日至18日，省委书记…" · "二、8月2日至3日，…" · "五、8月7日 副省长…" · before a date in Chinese
# numerals: "三、八月七日 …" (never "一、" before anything but a month and day: a numbered heading)
CHRONICLE_ORDINAL = re.compile(
    rf"^\s*[一二三四五六七八九十]{{1,3}}\s?[、．.]\s*(?=(?:\d{{1,2}}|{CN_MONTH})\s?月\s?(?:\d{{1,2}}|{CN_DAY})\s?日)"
)
# An item numbered under its day, as a city's record of its mayors' work prints each day's items (呼和浩特 政府公报 2018, 3月至4月
# 大事记): "1、冯玉臻市长参加自治区第十三届全国人大代表进京前集中学习。" · "2．罗青副市长…" (the number is no part of the entry; never
# "1.5亿元…", a figure)
CHRONICLE_NUMBERED_ITEM = re.compile(rf"^\s*\d{{1,2}}\s?[、．]\s*(?P<text>[{CJK}“《].*)$")
# An item: "△ 市长姚高员赴永嘉调研。" · "△  市长姚高员参加全省领导干部会议。" · "▲副市长…" · "◆9月23日，我县…" · "● 市长…" · under a
# white mark (a 年鉴's monthly 大事记, worded for the test from 四川 大事记 2020-08): "□ 省委副书记邓小刚在甘孜州宣讲…" · "○ …" · "◇ …"
CHRONICLE_ITEM = re.compile(rf"^\s*{ITEM_MARK}\s*(?P<text>.*)$")
# The same under a black mark or △, as a chronicle's item that ends a column of briefs whose heading was lost: a white mark
# there opens a paper's byline more often (新民晚报: "□记者 肖波", over a first paragraph whatever it opens with)
CHRONICLE_BLACK_ITEM = re.compile(r"^\s*[△▲◆●■]\s*(?P<text>.*)$")
# A day opening its first entry (a day and its first item on one line, as some extractions give it:
# "1日 △ 市长姚高员赴瑞安、平阳外贸企业调研。"), or as other gazettes' 政府记事 / 大事记 print it: a separator after 日 (a comma,
# a space, △ or the line's end), so "13日回杭。" inside a text is no marker; a △ before the day, the month,
# or a range of days: "1日，我市召开…" · "1日,0时17分，…" · "5日 市长…" · "△1日，由全国政协…" ·
# "4月5日，市政府…" · "4月1日 我市开展…" · "7~8日" · "1—3日，…" (the first day dates it) · "3日下午，…" (the time
# of day stays in the text) · "同 日 我市召开…" · "是日 市长…" · "当日，…" (the day of the entry before: no day group)
# · "9月2日—3日：" (a range with 日 on both days) · "5日晚，…" · "5、6日 …" (two days: the first) · "5日（星期六）…"
# · with its year: "2008年1月4日，…" · a range in Chinese numerals, as in_digits leaves its end: "十一月二日至三日 …" (read
# "11月2日至三日 …") · a headline in brackets after the day, kept in the entry's text (桐城 大事记 2012): "8日【全市三级干部大会召开】全市…"
# · a range into the next month, dated by its first day (泰安 大事记 2006, written for the test): "4月30日至5月2日 …" · "30日至5月2日，…"
# What follows a day marker: its weekday, a comma, a gap, the marker's clock time and gap, a time of day opening the text,
# a headline in brackets, or the line's end
_MARK_END = rf"(?:{_WEEKDAY}\s*[，,：:]?\s*|\s*[，,、：:]\s*|{_MARKER_CLOCK}|\s+|(?={_TIME_OF_DAY})|(?=【)|$)"
# The day of the entry before, named again by a paragraph of its own (普陀区 大事记 2019-09: "同日  区教育大会召开。…"):
# "同日" · "同 日" · "是日" · "当日" · "当天"
_SAME_DAY = r"(?:同|是)\s?日|当\s?[日天]"
_CHRONICLE_MARK = (rf"(?:△\s*)?(?:(?:(?:(?P<year>{YEAR})\s?年\s?)?(?P<month>\d{{1,2}})\s?月\s?)?(?P<day>\d{{1,2}})(?:\s?日?\s?[—–\-~～至、]\s?(?:(?:\d{{1,2}}\s?月\s?)?\d{{1,2}}|{CN_DAY}))?\s?日|{_SAME_DAY})"
                   rf"{_MARK_END}")
CHRONICLE_DAY_ENTRY = re.compile(rf"^\s*{_CHRONICLE_MARK}(?P<text>.*)$")
# An entry's headline printed before its day on the entry's line, the headline no part of the entry (its text is the sentence
# after the day's comma), as a province's monthly record sets each entry (worded for the test from 四川 大事记 2020-08 and the
# headlines 南方网 sets over 广东's items): "省人大常委会举行第二十一次会议 8月1日，省十三届人大常委会举行…" · "马兴瑞出席座谈会 6月17日，
# 2020年…" · a headline of two parts: "广东省政府党组召开会议 研究部署疫情防控工作 6月17日，…" · before a range: "王正谱到省属企业调研
# 8月3日-6日，…" (a headline ends no sentence: never "…出席会议。 2日，…", the next entry after an ended one; never "1月6—9日
# 市政协…举行 会议选举…", a headline after its day)
CHRONICLE_HEADLINE_BEFORE_DAY = re.compile(
    r"^\s*(?P<headline>[^\s，,。；;！？!?：:\d][^，,。；;！？!?：:]{3,60}?)\s+"
    r"(?=(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日?(?:\s?[—–\-~～至]\s?(?:\d{1,2}\s?月\s?)?\d{1,2})?\s?日\s*[，,])"
)
# A paragraph that only names who attended the entry before, printed apart under it (张掖 2024-05, written for the test as a
# record sets the names under its meeting): "卢小亨、赵立香、张晓东出席会议。" · "…等参加。" · "市领导王一、李二陪同。"
CHRONICLE_ATTENDANCE = re.compile(r"^(?:市领导|省领导|领导)?[\u4e00-\u9fff·、，,]{2,120}?等?(?:出席|参加|列席|陪同)(?:会议|活动|调研|考察)?。$")
# The last day of a range of days opening an entry: "7日至9日 …" (9) · "9～11日 …" (11) · "4月7—9日，…" (9); not one into the next
# month ("30日至5月2日")
CHRONICLE_RANGE_END = re.compile(r"^\s*(?:△\s*)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日?\s?[—–\-~～至]\s?(?P<end>\d{1,2})\s?日")
# A day marker opening a column line with the gap a raw extraction keeps after it, a range or 同日 too: "7日至9日 市委副书记…" ·
# "7日 截止下午4时，…" · "同日 《宁波市生活垃圾分类管理条例》正式施行。" (宁波 记事 2019-10) · a clock time in the marker:
# "22日22点30分左右 上海地铁10号线国权路站发生火警。" (中广网 2009-12-22, laid out for the test): an entry's start, even under a
# line that ends without its stop; a date wrapped in running text ("…于" over "7日召开…") has no gap after 日 · a reader's space
# between the digits and 日 or 月 (普陀区 2015 laid out for the test, as a PDF sets digits in a Latin face): "5月22 日 区参加…" ·
# "5 月 22 日 区参加…" · "22—26 日 区参加…"
CHRONICLE_MARK_SPACED = re.compile(
    rf"^(?:(?:\d{{1,2}} ?月 ?)?\d{{1,2}} ?日(?: ?[—–\-~～至] ?\d{{1,2}} ?日|{_CLOCK})?|{_SAME_DAY})[ \u3000]+[^\s，,。]"
)
# A day printed as a bare number before its entry's text, the gap of two spaces or a full-width space after it, as a
# district's 大事记 may set its day column (laid out for the test from 上海市人民政府 and 北京市人民政府 news of 2023-03):
# "3  市委书记陈吉宁主持召开市委常委会会议，…" · "10　市长龚正主持召开2023年第5次市政府常务会议，…" (its text may open with a
# year) · never "1．…" or "1、…", a numbered item, nor a table's row, its cells set apart by more gaps or tabs: "3  浦东新区  120"
CHRONICLE_BARE_DAY = re.compile(
    rf"^\s*(?P<day>[1-9]|[12]\d|3[01])(?: {{2,}}|\u3000+)(?P<text>(?:[{CJK}“《]|{YEAR}\s?年)(?:(?! {{2}}|[\t\u3000]).)*)$"
)
# A day glued to its entry's text, no gap after 日, as a reader that drops the gap prints it: "5日副省长…" · "12日我市召开…"
# (read as a day only where an entry has ended before it and the day comes after the day above: "13日回杭。" in a text is none)
# · a range of days, dated by its first, which may be the day above (烟台 大事记 2005-12): "1～2日台湾联华神通集团董事长…一行来烟考察。"
# · "9～11日北海救助局…" under the 9th · with its month, as a weekly's chronicle prints each date in full (四川要闻 2023年第8期):
# "2月20日四川省高速公路项目招商推介会在成都举行。" · "2月21日省委副书记、省长黄强在成都会见…" · a reader's space between the digits
# and 日 or 月 (普陀区 2015 laid out for the test): "5月13 日副市长时光辉…" · "5 月 13 日副市长…" · "13—14 日副市长…"
CHRONICLE_GLUED_DAY = re.compile(
    rf"^\s*(?:(?P<month>\d{{1,2}}) ?月 ?)?(?P<day>\d{{1,2}})(?P<range> ?日? ?[—–\-~～至] ?\d{{1,2}})? ?日(?P<text>[{CJK}“《].*)$"
)
# A full date opening a line, its year printed: "2000年6月14日上海市人民政府令第84号公布的…" (上海市人民政府 2014-05-07,
# laid out for the test) · "2008年1月4日，…" (chronicle.py reads one naming another year than the chronicle's as the
# entry's own words, not a marker)
CHRONICLE_FULL_DATE = re.compile(rf"^\s*(?P<year>{YEAR})\s?年\s?(?P<month>\d{{1,2}})\s?月\s?\d{{1,2}}\s?日")
# A photograph's credit closing an entry printed as its caption, no full stop before it (四川要闻 2023年第8期): "…欢迎他们来川考察
# （田为 摄）" · "…检查“两不愁三保障”相关政策落实及脱贫成效巩固提升有关工作（四川日报记者 欧阳杰 摄）"
CHRONICLE_CAPTION_END = re.compile(r"[（(][^（）()]{1,30}\s摄[）)]$")
# A sentence inside an entry that opens with a day after a gap, as a reader leaves one between two entries, which may be
# the next day's entry read into this one: "…出席。 5日" · "…试运行。 13日上海…" (not "…考察。13日回杭。", a day of the same
# entry's journey)
CHRONICLE_DAY_INSIDE = re.compile(r"[。！？；]\s+\d{1,2}\s?日")
# A line that opens with a day no marker above reads ("【5日】…", "5日-…"): never an item of the day before unsaid
# · a range: "9～11日…" · with its month: "1月1日—…" · a day spoken with 号: "1号 …" · after a mark no chronicle read prints: "◎1日 …"
CHRONICLE_DAYLIKE_START = re.compile(r"^\s*(?:[【\[（(◎※○□]\s*)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?(?:日?\s?[—–\-~～至]\s?\d{1,2}\s?)?[日号]")
# The same day marker as CHRONICLE_DAY_PREFIX drops it (below), in Chinese numerals, the month optional:
# "四日 在一月四日召开…" · "十七日，省委…" · "五至九日 市政协…" · "一月十五日，…"
_CN_CHRONICLE_MARK = (rf"(?:△\s*)?(?:(?:{CN_MONTH})\s?月\s?)?(?:{CN_DAY})(?:日?{CN_DAY_RANGE}(?:{CN_DAY}))?\s?日"
                      rf"{_MARK_END}")
# A day marker of the chronicle with its first item, or alone: "1日 △ 市长…" · "15日" · "1日，我市…" · "△1日，…" ·
# "5日晚，…" · "5、6日 …" (two days, the first) · "5日（星期六）…" ·
# in Chinese numerals: "十七日 省委…"
CHRONICLE_DAY_PREFIX = re.compile(rf"^\s*(?:{_CHRONICLE_MARK}|{_CN_CHRONICLE_MARK})")
# An entry under its month alone, which names no day: "6 月 曲靖市首个…项目在师宗县启动实施。" · "是月，…" · "本月 …" ·
# "6月下旬，…" (not "6月5日，…", a day marker) · "同月 …" · "月内，…" · or under a word for some recent day: "近日，为贯彻落实党中央相关《决定》
# 精神，…" · "日前，…" · "月底，…" · a month before a headline in brackets (桐城 2012): "1月【市十五届人大一次会议召开】大会选举…"
# · "是月  省十三届人大常委会举行第二十一次会议。…" after a month's dated entries (四川 大事记 2020-02 prints "同日" so; worded for the test with 是月)
# (month_word: a marker naming the month alone, which the entry's text leaves out; one saying more stays in it; never "5 月 13 日副市长…",
# a month before its day, a reader's spaces inside the marker)
CHRONICLE_MONTH_ONLY = re.compile(
    r"^\s*(?:△\s*)?(?:(?P<month_word>\d{1,2}\s?月份?|是月|本月|当月|同月|月内)(?!上旬|中旬|下旬|初|底|间|\s?\d)"
    r"|\d{1,2}\s?月(?:上旬|中旬|下旬|初|底|间)|近日|日前|月初|月中|月底|月末|上旬|中旬|下旬)"
    r"(?:\s*[，,、：:]\s*|\s+|(?=【))\S"
)
# The span a chronicle of some days covers, printed alone under its title (人民网 上海一周纪事, 2024-09): "2024年9月2日—9月8日" ·
# "2024年9月2日至8日" (its first month heads the days, never a day of its own)
CHRONICLE_PERIOD_LINE = re.compile(
    rf"^\s*(?P<year>{YEAR})\s?年\s?(?P<month>\d{{1,2}})\s?月\s?\d{{1,2}}\s?日\s?[—–\-~～至]\s?(?:\d{{1,2}}\s?月\s?)?\d{{1,2}}\s?日\s*$"
)
# A rubric printed over some of a chronicle's entries, letter-spaced or not (人民网 上海一周纪事, 2024-09): "头 条" · "要 闻" (a
# heading of the entries after it, no entry's text; by its words, never a name printed letter-spaced: "王 伟")
CHRONICLE_RUBRIC = re.compile(r"^\s*(?:头[ \u3000]*条|要[ \u3000]*闻)\s*$")
# A week's chronicle's title, naming no month, over its span and entries (人民网, 2024-09): "上海一周纪事"
CHRONICLE_TITLE = re.compile(rf"^[{CJK}]{{2,6}}(?:一周|本周|每周)纪事$")
# A month printed alone over its days, as a chronicle of more than one month (a year's 大事记) heads them: "2月" · "2 月"
# · "二月" (read in digits) · "2008年2月"
CHRONICLE_MONTH_LINE = re.compile(rf"^\s*(?:{YEAR}\s?年\s?)?(?P<month>\d{{1,2}}|{CN_MONTH})\s?月份?\s*$")
# Where a line holds the end of one entry and the start of the next: after the end of a sentence, a day
# marker (as above, or in Chinese numerals) or a △ — "…等出席。2日，张掖市…" · "…陪同会见。△副市长施炎…" · "…检查指导。十八日，…"
# · "…出席。5日晚，…" (never "…考察。13日回杭。", a day inside the entry's text; never "…叶剑英任主任。同日，华北人民政府…"
# (北京市人民政府's history): a same-day word inside a paragraph goes on with its entry, only a paragraph of its own opening
# with it is one more entry of the day) · a day glued to
# its text, or alone at the line's end, after a gap as a reader leaves between two entries: "…讲话。 5日市委…" · "…讲话。 5日"
# · its month named too, as a marker alone on its line joins the full line before it: "…汪建平一行。　2月21日"
# · a part of the month after such a gap, an entry of no day (told as a loss): "…启动仪式。 上旬，梅州市副市长…" · a mark or a
# part of the day right after the day: "…出席。5日△ 副市长…" · "…出席。5日上午…" · a clock time before a comma or the marker's
# gap: "…火势被扑灭。22日22点30分左右  上海地铁10号线…"
CHRONICLE_NEXT_ENTRY = re.compile(
    r"(?<=[。！？；])\s+(?=(?:上旬|中旬|下旬|月初|月底|是月|本月)[，,\s])|"
    rf"(?<=[。！？；])\s+(?=(?:\d{{1,2}}\s?月\s?)?\d{{1,2}}\s?日(?:[{CJK}“《]|$))|"
    r"(?<=[。！？；])\s*(?=△|(?:(?:\d{1,2}\s?月\s?)?\d{1,2}(?:\s?日?\s?[—–\-~～至、]\s?\d{1,2})?"
    rf"|(?:(?:{CN_MONTH})\s?月\s?)?(?:{CN_DAY})(?:{CN_DAY_RANGE}(?:{CN_DAY}))?)\s?日(?:\s*[，,、：:]|\s|{_WEEKDAY}|△|{_DAY_PART}|{_CLOCK}[，,]|{_MARKER_CLOCK}))"
)

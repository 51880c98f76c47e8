"""Statistics tables (issues/parser/statistics.py, issues/parser/layout.py) and back matter captions."""

import re

from issues.parser.regexes.pieces import CJK, CN_YEAR, YEAR

# ---------------------------------------------------------------------------------------------
# Statistics
# ---------------------------------------------------------------------------------------------
# Statistics producer line: "温州市统计局制"
STATISTICS_PRODUCER = re.compile(r"^(?P<producer>\S{2,20}局制)\s*$")
# A body that makes statistics, as a producer line names it: "温州市统计局" · "国家统计局上海调查总队" · "国家统计局合肥调查队"
# (not compiled on its own)
_STATISTICS_BODY = r"\S{0,16}?(?:统计局|调查总?队)"
# A government, or its press office, that publishes a table of its region's figures taken from its own report, named alone
# under the table (四川在线 2020-07-17, the 2020年上半年四川经济形势 press conference): "四川省人民政府新闻办公室" · "四川省人民政府"
# (not compiled on its own; a line in a statistics section only, as the bodies above)
_GOVERNMENT_BODY = rf"[{CJK}]{{2,8}}?(?:省|自治区|市|州|盟|县|区)人民政府(?:新闻办公室)?"
# A bureau of a district, county or city that makes a table of its own figures, named by its full or short name under
# the region's name (北京 顺义区经济和信息化局, 朝阳区商务局, 西城区财政局, 海淀区发展和改革委员会; short names as their own
# pages print them: "顺义区经信局" · "朝阳区发改委"): "顺义区经信局" · "大兴区经济和信息化局" · "西城区财政局"
# (not compiled on its own; never "经信局" alone, a bureau of no region)
_REGION_BUREAU = (rf"[{CJK}]{{1,8}}?(?:市|区|县|旗)(?:经信局|经济和信息化局|经济和信息化委员会|经信委|发改局|发改委|发展和改革局"
                  r"|发展和改革委员会|商务局|商务委员会|商务委|财政局)")
# The producer of a statistics table printed without 制, or as its source: "市统计局" · "资料来源：温州市统计局" · two bodies
# that make it together: "上海市统计局 国家统计局上海调查总队" · "合肥市统计局、国家统计局合肥调查队" · or the report it is
# taken from, after its label: "资料来源：2017年通辽市国民经济和社会发展统计公报" · "数据来源：《…统计公报》" (whatever a label
# names is the table's source: "资料来源：福州市统计局《…统计公报》")
# (in a statistics section only: a document's signature prints the same words)
# · the label in a note, in brackets, or as a phrase: "注：资料来源：…" · "（资料来源：…统计公报）" · "资料来源于…统计公报。" ·
# the bodies' word after them: "上海市统计局 国家统计局上海调查总队 联合发布" · "…统计局 制"
_SOURCE_LABEL = r"(?:注[:：]\s?)?(?:资料|数据)?来源\s?(?:于|[:：])\s?"
_SOURCE_END = r"[）)]?[。.]?"
STATISTICS_SOURCE = re.compile(
    rf"^[（(]?(?:{_SOURCE_LABEL})?(?P<producer>{_STATISTICS_BODY}(?:[ \u3000、和]{{1,3}}{_STATISTICS_BODY})?|{_GOVERNMENT_BODY}|{_REGION_BUREAU})"
    rf"(?:\s?(?:制|编制|编|提供|供稿|联合发布|发布))?{_SOURCE_END}$"
    rf"|^[（(]?{_SOURCE_LABEL}(?P<report>[^\s，,。；]{{2,40}}?){_SOURCE_END}$"
)
# A statistics table's title as 统计资料 pages print it besides the gazette's own "温州市2020年9月份国民经济主要统计指标", built
# from named pieces (its year, the period it covers, its words, the indicator word it ends with) so that a title of any
# indicator and period reads alike. Its titles as the bureaus print them (tests/test_statistics_table_titles.py):
# "2022年9月社会消费品零售总额" · "2022年上半年上海市生产总值" · "2014年1-3季度主要农产品生产和存栏情况" ·
# "2018年1-2月份社会消费品零售总额主要数据" · "2024年1—8月份固定资产投资（不含农户）主要数据" · "2020年11月工业生产情况" ·
# "2018年2月规模以上工业主要经济效益指标(按行业分一)" · "2024年以来规模以上工业增加值增速" · "二〇〇八年一季度主要经济指标" ·
# its region before the year: "北京市2018年1-8月社会消费品零售总额" · "北京2026年1-2月主要经济指标"; never a report's "关于…"
# (the pieces below are not compiled on their own)
# The period after the year: "9月" · "11月份" · "1-3月" · "1—8月份" · "1～10月" · "1至3月" · "1-3季度" · "一季度" · "第一季度" ·
# "一至三季度" · "前三季度" · "上半年" · "全年" · "以来" ("2024年以来")
_STATISTICS_PERIOD = (
    r"(?:\d{1,2}(?:[-—－～~至]\d{1,2})?(?:月份?|季度)|第?[一二三四](?:[-—～~至][一二三四])?季度|前三季度|[上下]半年|全年|以来)"
)
# The indicator word a table's title ends with: "…主要经济指标" · "…零售总额" · "…生产总值" · "…工业总产值" · "…工业增加值" ·
# "…增加值增速" · "…价格指数" · "…生产情况" · "…主要数据" · "…固定资产投资" · "…财政收支" · "…进出口" · "…可支配收入" ·
# "…统计公报" · "…初步核算结果" · "…主要指标表"
_STATISTICS_INDICATOR = (
    r"(?:指标|总额|总值|产值|增加值|增速|指数|价格|情况|统计|统计公报|数据|投资|收支|收入|支出|进出口|利润|结果|表)"
)
# What a title may print after its indicator word, in brackets: its part "(按行业分一)", "（续）" on a page it runs on to
_STATISTICS_TITLE_PART = rf"(?:[（(][{CJK}]{{1,8}}[）)])?"
STATISTICS_TABLE_TITLE = re.compile(
    rf"^(?!关于)(?:[{CJK}]{{2,6}}?[省市县区]|[{CJK}]{{2,3}})?(?:{YEAR}|{CN_YEAR})年{_STATISTICS_PERIOD}?[{CJK}（）()、]{{2,24}}?"
    rf"{_STATISTICS_INDICATOR}{_STATISTICS_TITLE_PART}$"
)
# A table's title read into a record's text, looked for there only when the table was read without one (spliced_checks.py): its
# year, its months, its region and what it counts, glued into a sentence (北京市统计局 2023-11, its table's period and name as a
# gazette heads them): "…会议接受了2023年1-10月北京市规模以上工业增加值增速李士祥…" (never a sentence naming the figure: "2023年1-7月，
# 北京市规模以上工业增加值比上年同期下降1.6%" has a comma after its months)
# (its period the titles' own; its indicators the few that end no phrase of running text, unlike "表" in "…人大代表")
STATISTICS_TITLE_INSIDE = re.compile(
    rf"{YEAR}年{_STATISTICS_PERIOD}?[{CJK}]{{2,8}}?(?:省|市|自治区|区|县)"
    rf"[{CJK}]{{2,16}}?(?:主要经济指标|增加值增速|增加值|总额|总值|指数)"
)
# The table's own heading row: "指标\t单位\t当月\t同比 ± %\t累计\t同比 ± %" · "    指标 单位 当月" · a table headed by its
# periods, as 北京市统计局 prints one (2018-08): "项 目\t2018年8月\t同比增长(%)\t2018年1-8月\t同比增长(%)"
STATISTICS_HEADER_ROW = re.compile(r"^\s*(?:指标\s|项\s?目\s+(?:\d{4}年|本月|当月))")
# One cell of the heading row of a table printing fewer value columns than the gazette's four, naming a period, a growth, or
# both (北京市统计局 2023-11, 规模以上工业增加值增速): "当月同比增长(%)" · "累计同比增长(%)" · "2018年8月" · "2018年1-8月" ·
# "同比增长(%)" (the growth of the column before) · "比上年同期增长(%)"
STATISTICS_COLUMN_CELL = re.compile(
    r"^(?P<period>当月|本月|累计|\d{4}年(?:1[-—～~至])?\d{1,2}月份?)?"
    r"(?P<growth>同比增长|同比增减|同比|比上年同期增长|比上年同月增长|增长)?\s?(?:[（(]\s?[%％]\s?[）)]|±\s?[%％])?$"
)
# The period of such a column that is a cumulative one: "2018年1-8月" (1 to 8) · "2023年1—10月"
STATISTICS_CUMULATIVE_PERIOD = re.compile(r"年1[-—～~至]\d{1,2}月")
# The row head over such a heading row, or its pieces a raw extraction split: "项 目" · "项目" · "指标"
STATISTICS_COLUMN_HEAD = re.compile(r"^(?:项|目|项目|指标)$")
# A line grouping the rows under it, no row itself (北京市统计局 2023-11): "按经济类型分组" · "按行业分组" · "按控股情况分组" · "按产业分"
STATISTICS_GROUP_LINE = re.compile(rf"^按[{CJK}]{{2,10}}分组?$")
# The words marking a 其中 sub-row before its indicator (北京市统计局 2023-11): "其中:国有企业" · "其中：大型企业"
STATISTICS_OF_WHICH = re.compile(r"^其中\s?[:：]\s?")
# The unit of every row, printed once over a table without a unit column (北京市统计局 2018-08): "单位:万元" · "单位：亿元" ·
# "（单位：亿元）" · "计量单位：万元"
STATISTICS_UNIT_LINE = re.compile(r"^[（(]?(?:计量)?单位\s?[:：]\s?(?P<unit>[^\s（）()]{1,10})[）)]?$")
# The statistics table's heading row, or a piece of it a raw extraction printed on its own line:
# "指标 单位 当月 同比 ±% 累计 同比 ±%" · "±%累计" · "同比"
STATISTICS_HEADER_WORDS = re.compile(r"^(?:指标|单位|当月|累计|同比|[±%％])+$")
# The marks of a 其中 sub-row: "#一般公共预算收入" · "　　#住户存款" · "  住户存款" · "＃食品烟酒类"
# An indicator's numeral whose 「、」 a scan read as another mark or lost: "三：财政总收入" · "一 规模以上工业增加值" · "二，限额以上…"
# (2020-06 printed without rules and scanned: two rows' indicators not the printed ones); never a name a table pads with
# spaces between its characters, which may open with a numeral (a table of cities, written for the test): "六 盘 水 市"
STATISTICS_NUMERAL_MISREAD = re.compile(
    r"^(?P<numeral>[一二三四五六七八九十]{1,3})(?:[：:，,.·;；]\s?(?=[\u4e00-\u9fff])|\s(?=[\u4e00-\u9fff]{2}))"
)
STATISTICS_SUB_ROW = re.compile(r"^(?:[ \t\u3000\xa0]+[#＃]?|[#＃])")
# A unit printed in brackets at the end of the indicator, in a table without a unit column:
# "社会消费品零售总额(亿元)" · "规模以上工业增加值（亿元）" · "居民消费价格指数(%)"
STATISTICS_INDICATOR_UNIT = re.compile(r"^(?P<indicator>.+?)\s?[（(](?P<unit>[^（）()]{1,10})[）)]$")
# A unit cell as a statistics table prints it, whole (a raw extraction of a narrow unit column gives it a character a
# line: "亿" + "元"): "亿元" · "万元" · "元" · "%" · "万人次" · "万千瓦时" · "万吨" · "上年同期=100"
STATISTICS_UNIT = re.compile(
    r"^(?:[百千万亿]{0,2}(?:元|美元|人次|人|户|吨|千瓦时|平方米|立方米|标箱|辆|个|家|件|项|公里|千米|公顷|亩)|[%％‰]"
    r"|上年(?:同期|同月)?=100)$"
)
# A cell value: "86.85" · "-2.0" · "12546.38" · "—" / "——" (empty) · as some tables print them: "12,546.38"
# (thousands separated) · "8.1%" (the unit repeated) · "－2.0" · "/" (no figure)
STATISTICS_CELL_VALUE = re.compile(
    r"^(?:[-－−]?(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})(?:\.\d{1,4})?[%％]?|[—–-]{1,2}|－{1,2}|[/／])$"
)
# Two figures printed apart in a wrapped row and joined without their space where the line was put back together:
# "8.1757.74" (8.1 and 757.74) · "-3.0667.15"; statistics.py cuts it where each column's decimals say
STATISTICS_GLUED_FIGURES = re.compile(r"^-?\d{1,9}\.\d{1,4}-?\d{1,9}\.\d{1,4}$")
# Three figures or more run together in one cell, as a scan reads rows set tight under each other into one line (written for
# the test): "5.611.811.4" (the 累计同比 of three rows); no column's decimals cut it back, it is a loss of every row in it
STATISTICS_STACKED_FIGURES = re.compile(r"^-?\d{1,9}\.\d{1,4}(?:-?\d{1,9}\.\d{1,4}){2,6}$")
# A figure whose decimal point a reader (OCR) read otherwise: "103:8" · "23..0" · "23..0 °" · "302 14" (in a tab cell) ·
# "18,4" (2020-11's scan, 一般公共预算收入 18.4; never a thousands separator, which three digits follow);
# statistics.py takes it only where the column prints that many decimals
STATISTICS_MISREAD_FIGURE = re.compile(
    r"^(?P<whole>-?\d{1,9})(?:\.{2}|[:：]| |[,，](?=\d{1,2}(?:$|[ .·°•*])))(?P<decimals>\d{1,4})(?: ?[.·°•*]{1,2})?$"
)
# A figure with a speck beside it read as a mark at either end, as a scan reads a figure with dust by it (北京市统计局's
# 2023 and 2024 tables, printed and scanned for the test: 全市居民人均可支配收入 "81752." · "67206.", 农村居民人均消费支出
# "26277."; a speck before a figure alike): "81752." · "67206." · "26277."; statistics.py reads the figure alone where its
# column prints that many decimals
STATISTICS_SPECKED_FIGURE = re.compile(r"^[:：.·'‘’`,，]?(?P<figure>-?\d{1,9}(?:\.\d{1,4})?)[.·:：,，'‘’`]?$")
# A figure with a letter read for a digit that looks like it (l, I or | for 1, O or o for 0), as a scan reads a figure set in
# a serif face (北京市统计局 2023, 城镇居民人均消费支出 11.6, printed and scanned for the test): "1l..6" (statistics.py puts
# the digits back and reads what is left as any figure: "11..6", a point read twice)
STATISTICS_LETTERED_FIGURE = re.compile(r"^-?[\dlIO|o][\dlIO|o.:：]{0,12}$")
# A cell made of what figures are made of, with a digit in it (statistics.py looks for the digit): a figure, or figures a
# scan read wrong or run together, no word: "26277." · "1l..6" · "9.0-5.14..5" · "9803.167206" · "12,546.38" · "8.1%"
STATISTICS_FIGURE_LIKE = re.compile(r"^[-－−—.,，:：·'‘’%％lIO|\d]{1,24}$")
# What follows a row's indicator in its line once spaces are dropped, its unit and four figures: "万吨0.41-2.83.89-2.8" (after
# "#蛋", an indicator of one character, which coverage takes as read only so) · "亿元——8447.9812.0" · "%104.9——107.9——"
STATISTICS_ROW_TAIL = re.compile(r"^[^\d\s.—－-]{0,6}[-—－−\d.,%％/／]+$")
# A line holding only figures: the tail of a statistics row wrapped onto the next line ("757.74 0.2" · "4" · "— 13229.94 17.0")
STATISTICS_FIGURES_ONLY = re.compile(r"^[-—–－.\d\s]{1,40}$")
# A row of the statistics table, cells separated by spaces, or by tabs as the PDF reader gives a table's rows:
# "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2" · "　　#住户存款 亿元 —— —— 8447.98 12.0"
# · "#住户存款\t亿元\t——\t——\t8447.98\t12.0"
STATISTICS_VALUE = r"(?:-?(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})(?:\.\d{1,4})?[%％]?|[—－-]{1,2}|[/／])"
CELL_GAP = r"[ \u3000\t]"
STATISTICS_ROW = re.compile(
    rf"^{CELL_GAP}*(?P<indicator>[#＃]?[^\s#＃]{{2,40}}){CELL_GAP}+(?P<unit>[^\s0-9.—－-]{{1,6}})"
    rf"{CELL_GAP}+(?P<month>{STATISTICS_VALUE}){CELL_GAP}+(?P<month_yoy>{STATISTICS_VALUE})"
    rf"{CELL_GAP}+(?P<cumulative>{STATISTICS_VALUE}){CELL_GAP}+(?P<cumulative_yoy>{STATISTICS_VALUE}){CELL_GAP}*$"
)

# ---------------------------------------------------------------------------------------------
# Back matter (issues/parser/backmatter.py)
# ---------------------------------------------------------------------------------------------
# A table's cell of figures or dashes (a cell after a tab), which makes a line read after the table's producer line into the back
# matter one of its rows (a scan's table running on past a page break, written for the test): "5.6" · "——" in
# "规模以上工业增加值\t亿元\t——\t——\t——\t5.6"
TABLE_CELL_VALUE = re.compile(rf"^{STATISTICS_VALUE}$")
# A photographer's credit printed on a line of its own under a caption: "(苏巧将/摄)" · "（杨冰杰/摄）"
PHOTO_CREDIT = re.compile(r"^[（(][^（）()/]{1,10}/摄[）)]$")

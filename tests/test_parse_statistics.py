"""统计资料: title, producer and one row per indicator, values as Decimals, '—'/'——' empty."""

from decimal import Decimal

import pytest

from issues.parser import statistics
from issues.parser.records import ParsedStatistics, ParsedStatisticsRow as Row

TITLE_2019_04 = "温州市2019年4月份国民经济主要统计指标"
HEADER = "指标\t单位\t当月\t同比 ± %\t累计\t同比 ± %"

ROW_CASES = [
    pytest.param(
        "一、规模以上工业增加值\t亿元\t86.85\t2.8\t326.47\t8.0",
        Row("一、规模以上工业增加值", False, "亿元", Decimal("86.85"), Decimal("2.8"), Decimal("326.47"), Decimal("8.0")),
        id="numbered_indicator_keeps_its_prefix",  # 2019-04 line 1358
    ),
    pytest.param(
        "二、限额以上消费品零售总额\t亿元\t69.17\t-2.0\t302.14\t5.3",
        Row("二、限额以上消费品零售总额", False, "亿元", Decimal("69.17"), Decimal("-2.0"), Decimal("302.14"), Decimal("5.3")),
        id="negative_growth_kept",  # 2019-04 line 1359
    ),
    pytest.param(
        "#一般公共预算收入\t亿元\t50.10\t15.2\t222.59\t17.8",
        Row("一般公共预算收入", True, "亿元", Decimal("50.10"), Decimal("15.2"), Decimal("222.59"), Decimal("17.8")),
        id="hash_marks_a_sub_row",  # 2019-04 line 1361
    ),
    pytest.param(
        "四、金融机构人民币存款余额\t亿元\t——\t——\t12546.38\t13.0",
        Row("四、金融机构人民币存款余额", False, "亿元", None, None, Decimal("12546.38"), Decimal("13.0")),
        id="double_dash_is_empty",  # 2019-04 line 1362
    ),
    pytest.param(
        "六、居民消费价格总指数\t%\t101.6\t—\t102.6\t—",
        Row("六、居民消费价格总指数", False, "%", Decimal("101.6"), None, Decimal("102.6"), None),
        id="single_dash_is_empty_and_percent_unit",  # 2020-06 line 1141
    ),
    pytest.param(
        "二、限额以上消费品零售总额\t亿元\t81.80\t0.0\t407.48\t22.5",
        Row("二、限额以上消费品零售总额", False, "亿元", Decimal("81.80"), Decimal("0.0"), Decimal("407.48"), Decimal("22.5")),
        id="zero_is_a_value_not_empty",  # 2021-05 line 1056
    ),
    # 2020-09 (raw two-column extraction): space-separated, ideographic-space indent
    pytest.param(
        "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2 ",
        Row("一、规模以上工业增加值", False, "亿元", Decimal("110.45"), Decimal("8.1"), Decimal("757.74"), Decimal("0.2")),
        id="raw_space_separated_row",  # 2020-09 line 4828
    ),
    pytest.param(
        "\u3000\u3000#住户存款 亿元 —— —— 8447.98 12.0 ",
        Row("住户存款", True, "亿元", None, None, Decimal("8447.98"), Decimal("12.0")),
        id="raw_indented_sub_row",  # 2020-09 line 4838
    ),
    pytest.param(
        "  住户存款\t亿元\t—\t—\t8335.09\t12.6",
        Row("住户存款", True, "亿元", None, None, Decimal("8335.09"), Decimal("12.6")),
        id="leading_spaces_alone_mark_a_sub_row",
    ),
    pytest.param(
        "＃食品烟酒类\t%\t104.9\t——\t107.9\t——",
        Row("食品烟酒类", True, "%", Decimal("104.9"), None, Decimal("107.9"), None),
        id="full_width_hash_marks_a_sub_row",  # 2020-09 line 4844 as a PDF may extract it
    ),
    # 2020-06's table printed without rules (layout no-cover) and scanned: the numeral's 「、」 read as another mark or lost
    pytest.param(
        "三：财政总收入	亿元	105.37	4.9	549.31	-3.1",
        Row("三、财政总收入", False, "亿元", Decimal("105.37"), Decimal("4.9"), Decimal("549.31"), Decimal("-3.1")),
        id="scanned_numerals_comma_read_as_a_colon",
    ),
    pytest.param(
        "一 规模以上工业增加值	亿元	101.29	5.0	466.99	-3.2",
        Row("一、规模以上工业增加值", False, "亿元", Decimal("101.29"), Decimal("5.0"), Decimal("466.99"), Decimal("-3.2")),
        id="scanned_numerals_comma_lost",
    ),
    pytest.param(
        "一般公共预算收入	亿元	68.91	-1.3	337.22	-2.5",
        Row("一般公共预算收入", False, "亿元", Decimal("68.91"), Decimal("-1.3"), Decimal("337.22"), Decimal("-2.5")),
        id="an_indicator_opening_with_yi_keeps_it",
    ),
    pytest.param(  # a table of cities padding each name with spaces (written for the test): no numeral's 「、」 to put back
        "六 盘 水 市	亿元	101.29	5.0	466.99	-3.2",
        Row("六 盘 水 市", False, "亿元", Decimal("101.29"), Decimal("5.0"), Decimal("466.99"), Decimal("-3.2")),
        id="a_name_padded_with_spaces_opening_with_a_numeral",
    ),
]


@pytest.mark.parametrize("line, expected", ROW_CASES)
def test_statistics_row(line, expected):
    assert statistics.parse([TITLE_2019_04, HEADER, line, "温州市统计局制"]).rows == [expected]


def test_statistics_title_and_producer():
    table = statistics.parse(["## 温州市2021年5月份国民经济主要统计指标", HEADER, "温州市统计局制"])  # 2021-05 lines 1052-1065
    assert table == ParsedStatistics(title="温州市2021年5月份国民经济主要统计指标", producer="温州市统计局制", rows=[])


def test_raw_statistics_with_producer_first_and_a_broken_header():
    lines = [  # 2020-09 lines 4814-4830
        " 温州市统计局制",
        "温州市2020年9月份国民经济主要统计指标",
        "    指标 单位 当月",
        "同比",
        "±%",
        "累计",
        "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2 ",
        "六、居民消费价格总指数 % 101.8 —— 102.3 ——",
    ]
    table = statistics.parse(lines)
    assert (table.title, table.producer) == ("温州市2020年9月份国民经济主要统计指标", "温州市统计局制")
    assert [row.indicator for row in table.rows] == ["一、规模以上工业增加值", "六、居民消费价格总指数"]
    assert table.rows[1].month_yoy is None and table.rows[1].cumulative == Decimal("102.3")


def test_caption_after_the_table_is_no_row():
    caption = "9月26日，为期两天的第四届楠溪江桨板公开赛在永嘉县楠溪江落下帷幕"  # 2020-09 line 4845
    assert statistics.parse([TITLE_2019_04, caption]).rows == []


def test_running_text_ending_in_numbers_is_no_row():
    line = (  # 2019-04 line 1033, stripped of its punctuation, with four numbers after it
        "一季度全市经济发展成功实现开门红全市实现地区生产总值1298亿元同比增长8.5%增速位居全省第2"
        "各项主要经济指标的协调性匹配性支撑性较好 亿元 1 2 3 4"
    )
    assert statistics.parse([TITLE_2019_04, line]).rows == []


@pytest.mark.parametrize("line, printed", [
    ("二、财政总收入\t亿元\t56.10\t－0.30\t507.50\t0.0", ("56.10", "-0.30", "507.50", "0.0")),  # full-width minus
    ("四、金融机构人民币存款余额\t亿元\t——\t——\t14969.40\t10.0", (None, None, "14969.40", "10.0")),
    ("一、规模以上工业增加值 亿元 110 8 757.740 0.20 ", ("110", "8", "757.740", "0.20")),
])
def test_each_figure_keeps_its_printed_form(line, printed):
    [row] = statistics.parse([TITLE_2019_04, line]).rows
    assert (row.month_printed, row.month_yoy_printed, row.cumulative_printed, row.cumulative_yoy_printed) == printed
    exported = row.to_export()
    assert (exported["cumulative"], exported["cumulative_printed"]) == (float(printed[2]), printed[2])


# --- tables as other 统计资料 pages print them (issue 21 §1; tests/data/SOURCES.md, "statistics shapes") ----

SHAPES = [
    pytest.param("地区生产总值\t亿元\t\t\t3,560.12\t5.8", ("地区生产总值", None, None, "3560.12", "5.8"),
                 id="empty_tab_cells_and_thousands_separator"),
    pytest.param("城镇居民人均可支配收入 元 / / 32,870 6.2%", ("城镇居民人均可支配收入", None, None, "32870", "6.2"),
                 id="slash_for_no_figure_and_percent_repeated"),
]


@pytest.mark.parametrize("line, expected", SHAPES)
def test_a_row_as_other_tables_print_it(line, expected):
    [row] = statistics.parse([TITLE_2019_04, HEADER, line]).rows
    figures = (row.month, row.month_yoy, row.cumulative, row.cumulative_yoy)
    assert (row.indicator, *figures) == (expected[0], *(v if v is None else Decimal(v) for v in expected[1:]))


@pytest.mark.parametrize("title", [
    "2008年1-6月主要经济指标",
    # a region by its short name, its title painted after the table (a raw page's frame): 内蒙古自治区统计局's 1-2月 release
    # of 2025 (zgx.kthtea.cn, tests/data/SOURCES.md), its table titled as such releases title theirs
    "内蒙古2025年1-2月主要经济指标",
    # a communiqué's figures under its name (江苏省统计局, 2023年江苏省国民经济和社会发展统计公报; tests/data/SOURCES.md)
    "2023年江苏省国民经济和社会发展统计公报",
])
def test_a_table_titled_as_other_pages_print_it_with_its_source_line(title):
    table = statistics.parse(["统计资料", title, HEADER, "资料来源：温州市统计局"])
    assert (table.title, table.producer) == (title, "温州市统计局")
    rows = ["规模以上工业增加值 % —— —— —— 5.8", "固定资产投资（不含农户） % —— —— —— 20.2"]
    assert statistics.parse(["统计资料", HEADER, *rows, title]).title == title


def test_a_line_with_figures_that_is_no_row_is_a_loss_quoting_it():
    warnings = []
    lost = "地区生产总值 3560.12 5.8"  # the unit and two cells lost
    assert statistics.parse([TITLE_2019_04, HEADER, lost, "注：地区生产总值为初步核算数。"], warnings=warnings).rows == []
    assert [(w.level, w.section, w.lines) for w in warnings] == [("loss", "统计资料", [lost])]


def test_rows_read_into_one_line_their_figures_run_together_are_a_loss_quoting_it():
    # written for the test, as a scan reads three rows set tight: their indicators run together, the last column's
    # figures in one cell and the other cells empty (——)
    warnings = []
    stacked = "工业用电量居民用电量商业用电量\t亿千瓦时\t——\t——\t——\t4.27.93.1"
    assert statistics.parse([TITLE_2019_04, HEADER, stacked], warnings=warnings).rows == []
    assert [(w.level, w.section, w.lines) for w in warnings] == [("loss", "统计资料", [stacked.replace("\t", " ")])]


# shanghai-retail-2022-09: no unit column; the unit in the indicator's brackets, its breakdown rows in the same unit
NO_UNIT_COLUMN_HEADER = "指标\t本月\t比去年同月增长(%)\t1-本月\t比去年同期增长(%)"
NO_UNIT_COLUMN = [
    pytest.param("社会消费品零售总额(亿元)\t1478.53\t0.3\t11864.63\t-10.7",
                 ("社会消费品零售总额", False, "亿元", "1478.53", "0.3", "11864.63", "-10.7"), id="unit_in_the_indicator"),
    pytest.param("# 批发零售业\t1363.93\t0.6\t11055.38\t-9.4",
                 ("批发零售业", True, "亿元", "1363.93", "0.6", "11055.38", "-9.4"), id="hash_sub_row_in_the_unit_above"),
    pytest.param("  住宿餐饮业\t114.60\t-2.8\t809.25\t-24.8",
                 ("住宿餐饮业", True, "亿元", "114.60", "-2.8", "809.25", "-24.8"), id="indented_sub_row_in_the_unit_above"),
]


@pytest.mark.parametrize("line, expected", NO_UNIT_COLUMN)
def test_a_table_without_a_unit_column(line, expected):
    top = "社会消费品零售总额(亿元)\t1478.53\t0.3\t11864.63\t-10.7"
    rows = statistics.parse(["2022年9月社会消费品零售总额", NO_UNIT_COLUMN_HEADER, top, line]).rows
    row = rows[-1]
    assert (row.indicator, row.sub_row, row.unit, row.month, row.month_yoy, row.cumulative, row.cumulative_yoy) == (
        *expected[:3], *(Decimal(v) for v in expected[3:]))


# --- rows as a reader gives them back (issue 12): wrapped, figures glued, points misread ----------------------
# 2020-09's table (fixture lines 4828-4844) set as running lines, each row wrapped where the line ran out, as its
# degraded scan reads: the wrap joined back without its space, or left on a line of its own.
RAW_ROWS_2020_09 = [
    "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2",
    "二、限额以上消费品零售总额 亿元 88.99 -3.0 667.15 -8.9",
    "四、金融机构人民币存款余额 亿元 —— —— 14804.29 13.3",
]
READ_BACK = [
    pytest.param(["一、规模以上工业增加值 亿元 110.45 8.1757.74 0.2"],
                 ("一、规模以上工业增加值", "110.45", "8.1", "757.74", "0.2"), id="two_figures_glued_at_the_wrap"),
    pytest.param(["三、财政总收入 亿元 81.72 1.1 805.23 1.", "4"],
                 ("三、财政总收入", "81.72", "1.1", "805.23", "1.4"), id="a_figure_cut_at_the_wrap"),
    pytest.param(["　　#一般公共预算收入 亿元 56.07 2.1 507.56", "3.5"],
                 ("一般公共预算收入", "56.07", "2.1", "507.56", "3.5"), id="last_figure_wrapped"),
    pytest.param(["五、金融机构人民币贷款余额 亿元 —— —", "— 13229.94 17.0"],
                 ("五、金融机构人民币贷款余额", None, None, "13229.94", "17.0"), id="a_dash_cut_at_the_wrap"),
    pytest.param(["二、限额以上消费品零售总额 亿元 88.99 -", "3.0 667.15 -8.9"],
                 ("二、限额以上消费品零售总额", "88.99", "-3.0", "667.15", "-8.9"), id="a_minus_sign_cut_at_the_wrap"),
    pytest.param(["一般公共预算收入亿元 56.07 2.1 507.56 3.5"],
                 ("一般公共预算收入", "56.07", "2.1", "507.56", "3.5"), id="unit_read_glued_to_the_indicator"),
    pytest.param(["三、财政总收入 亿元 81.72 1.1 805.23 1:4"],
                 ("三、财政总收入", "81.72", "1.1", "805.23", "1.4"), id="point_read_as_a_colon"),
    pytest.param(["#住户存款\t亿元\t——\t——\t8447.98\t12..0 °"],
                 ("住户存款", None, None, "8447.98", "12.0"), id="point_read_twice_and_a_speck_in_a_tab_row"),
    pytest.param(["#一般公共预算收入\t亿元\t21.25\t18,4\t569.52\t4.1"],  # 2020-11's scan (fixture line as printed: 18.4)
                 ("一般公共预算收入", "21.25", "18.4", "569.52", "4.1"), id="point_read_as_a_comma"),
]


@pytest.mark.parametrize("lines, expected", READ_BACK)
def test_a_row_read_back_wrapped_or_glued_takes_its_columns_decimals(lines, expected):
    """Each column prints its figures with the same decimals (同比 one, 累计 two): where a row's figures run
    together, that says where one ends."""
    warnings = []
    rows = statistics.parse([TITLE_2019_04, *RAW_ROWS_2020_09, *lines], warnings=warnings).rows
    row = [row for row in rows if row.indicator == expected[0]][-1]
    figures = (row.month_printed, row.month_yoy_printed, row.cumulative_printed, row.cumulative_yoy_printed)
    assert (row.indicator, *figures) == expected
    assert warnings == []


@pytest.mark.parametrize("line", [
    "一、规模以上工业增加值 亿元 110.45 8.1757.7 0.2",  # no cut gives 累计 its two decimals
    "一、规模以上工业增加值 亿元 110.45 8.17557.74",  # a figure lost besides
])
def test_glued_figures_no_column_vouches_for_stay_a_loss(line):
    warnings = []
    rows = statistics.parse([TITLE_2019_04, *RAW_ROWS_2020_09[1:], line], warnings=warnings).rows
    assert [row.indicator for row in rows] == ["二、限额以上消费品零售总额", "四、金融机构人民币存款余额"]
    assert [w.lines for w in warnings] == [[line]]


def test_a_tab_cell_whose_point_was_read_as_a_space_is_one_figure():
    lines = [TITLE_2019_04, HEADER, "一、规模以上工业增加值\t亿元\t86.85\t2.8\t326.47\t8.0",  # 2019-04 lines 1358-1360
             "三、财政总收入\t亿元\t88.54\t14.4\t372.73\t12.7", "二、限额以上消费品零售总额\t亿元\t69.17\t-2.0\t302 14\t5.3"]
    assert statistics.parse(lines).rows[-1].cumulative_printed == "302.14"


def test_a_point_read_as_a_colon_is_one_figure_where_its_column_prints_decimals_unalike():
    """2019-04's 当月 prints two decimals for 亿元 rows and one for % rows; 食品烟酒类's unit was lost in its scan."""
    lines = [TITLE_2019_04, HEADER, "一、规模以上工业增加值\t亿元\t86.85\t2.8\t326.47\t8.0",  # 2019-04 lines 1358-1366
             "六、居民消费价格总指数\t%\t102.0\t——\t101.6\t——", "#食品烟酒类\t\t103:8\t——\t103.2\t——"]
    assert statistics.parse(lines).rows[-1].month_printed == "103.8"


# --- producer lines and short sub-rows as other 统计资料 pages print them (issue 21, misc21f; tests/data/SOURCES.md) ------

# shanghai-farm-2014-q3 (上海市统计局 site, 来源:国家统计局上海调查总队): 生猪出栏 万头 184.26 3.6 40.33 31.3 · 禽蛋产量 万吨 3.89 -2.8
# 0.13 18.2, laid out with a 统计月报's short sub-row name ('#蛋') under the heading row
SHANGHAI_FARM = ["2014年1-3季度主要农产品生产和存栏情况", HEADER, "生猪出栏\t万头\t184.26\t3.6\t40.33\t31.3",
                 "　　#蛋\t万吨\t3.89\t-2.8\t0.13\t18.2"]
PRODUCER_LINES = [
    pytest.param(["来源：国家统计局上海调查总队"], "国家统计局上海调查总队", id="a_survey_team_after_its_label"),
    pytest.param(["上海市统计局 国家统计局上海调查总队"], "上海市统计局 国家统计局上海调查总队", id="bureau_and_survey_team"),
    pytest.param(["上海市统计局", "国家统计局上海调查总队"], "上海市统计局 国家统计局上海调查总队",
                 id="bureau_and_survey_team_a_line_each"),
    pytest.param(["上海市统计局、国家统计局上海调查总队 联合发布"], "上海市统计局、国家统计局上海调查总队",
                 id="bodies_publishing_together"),
    # senbk-2016-bulletin: 国家统计局…发布我国《2016年国民经济和社会发展统计公报》 (as the source the figures are taken from)
    pytest.param(["资料来源：《2016年国民经济和社会发展统计公报》"], "《2016年国民经济和社会发展统计公报》", id="a_bulletin_as_source"),
    pytest.param(["（资料来源：2016年国民经济和社会发展统计公报）"], "2016年国民经济和社会发展统计公报",
                 id="a_bulletin_as_source_in_brackets"),
    # chron19: bureaus of 北京 and its districts, by their full or short names (tests/data/SOURCES.md, "chron19")
    pytest.param(["北京市经济和信息化局"], "北京市经济和信息化局", id="a_citys_economy_and_information_bureau"),
    pytest.param(["顺义区经济和信息化局"], "顺义区经济和信息化局", id="a_districts_economy_and_information_bureau"),
    pytest.param(["顺义区经信局"], "顺义区经信局", id="a_districts_bureau_by_its_short_name"),
    pytest.param(["朝阳区商务局"], "朝阳区商务局", id="a_districts_commerce_bureau"),
    pytest.param(["西城区财政局"], "西城区财政局", id="a_districts_finance_bureau"),
    pytest.param(["海淀区发展和改革委员会"], "海淀区发展和改革委员会", id="a_districts_development_and_reform_commission"),
    pytest.param(["资料来源：大兴区发改委"], "大兴区发改委", id="a_commissions_short_name_after_its_label"),
]


@pytest.mark.parametrize("lines, producer", PRODUCER_LINES)
def test_a_producer_line_naming_a_bulletin_or_a_survey_team_is_the_producer(lines, producer):
    warnings = []
    table = statistics.parse(SHANGHAI_FARM + lines, warnings=warnings)
    assert (table.producer, len(table.rows), warnings) == (producer, 2, [])


def test_a_sub_row_of_one_character_and_its_producer_line_are_read_without_a_loss():
    """'#蛋' (an indicator of one character) and '资料来源：…' are read: coverage quotes neither as an unread line."""
    from issues.parser import parse_issue
    from tests.test_read_variations import layout

    title = SHANGHAI_FARM[0]
    parsed = parse_issue(layout(2014, 9, [("统计资料", title)], SHANGHAI_FARM + ["资料来源：上海市统计局"]))
    rows = parsed.to_export()["statistics"]["rows"]
    assert [(r["indicator"], r["sub_row"], r["unit"]) for r in rows] == [("生猪出栏", False, "万头"), ("蛋", True, "万吨")]
    assert [w for w in parsed.warnings if w.is_loss] == []


def test_a_table_printing_no_title_has_none_never_its_heading_row():
    """A raw page's table without a title line: its heading row ('指标 单位 当月 …') was taken for the title."""
    rows = ["规模以上工业增加值 % —— —— —— 5.8", "固定资产投资（不含农户） % —— —— —— 20.2"]
    assert statistics.parse([HEADER, *rows]).title is None


def test_a_tables_own_words_title_it_before_the_communiques_name_and_never_its_producer():
    """The communiqué's name printed over the table's own title in words no title pattern knows ('…比上年涨跌幅度', written for
    the test after 江苏省统计局's 2023 communiqué): the table's own title; a producer line is never the title."""
    rows = ["居民消费价格 % —— —— —— 0.4", "食品烟酒 % —— —— —— -0.6"]
    communique, own = "2023年江苏省国民经济和社会发展统计公报", "2023年江苏省居民消费价格比上年涨跌幅度"
    assert statistics.parse(["统计资料", communique, own, HEADER, *rows, "江苏省统计局"]).title == own
    assert statistics.parse(["统计资料", HEADER, *rows, "江苏省统计局"]).title is None


def test_a_communiques_name_titles_a_raw_page_opening_with_the_gazettes_name_and_page_number():
    """A raw page's table section opens with the cover's name and the page number ('温州市人民政府公报', '3'); its title, the
    communiqué's name printed under the producer line (rows of the 上海 2022年上半年 table of tests/data/raw
    a_half_year_table_alone, the 上海 communiqué's name written for the test), is never either of them."""
    rows = ["地区生产总值 亿元 —— —— 19349.31 -5.7", "#第一产业 亿元 —— —— 34.52 1.7"]
    lines = ["温州市人民政府公报", "3", HEADER, *rows, "上海市统计局、国家统计局上海调查总队", "统计资料",
             "2022年上海市国民经济和社会发展统计公报"]
    assert statistics.parse(lines).title == "2022年上海市国民经济和社会发展统计公报"


def test_a_report_named_with_guan_yu_is_no_tables_title():
    """'关于2023年中央和地方预算执行情况…' (a report's title, 第十三届全国人民代表大会 resolutions' wording) is no table's title."""
    assert not statistics.titles_a_table(["关于2023年中央和地方预算执行情况", "规模以上工业增加值 % —— —— —— 5.8"], 0)


# An issue holds one table (kinds._statistics): a second statistics section must neither empty it nor replace it unseen
FIXTURE_TABLE = [TITLE_2019_04, HEADER, "一、规模以上工业增加值\t亿元\t86.85\t2.8\t326.47\t8.0",  # 2019-04 lines 1356-1359
                 "二、限额以上消费品零售总额\t亿元\t69.17\t-2.0\t302.14\t5.3", "温州市统计局制"]


@pytest.mark.parametrize("later, kept, warned", [
    pytest.param(["统计资料"], 2, False, id="a_label_painted_after_the_table_takes_nothing_away"),
    pytest.param(["统计资料", "温州市2020年9月份国民经济主要统计指标", HEADER,  # 2020-09 line 4820
                  "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2"], 2, True, id="a_second_table_is_a_loss_the_first_kept"),
])
def test_a_second_statistics_section(later, kept, warned):
    from issues.parser import kinds
    from issues.parser.lines import Line
    from issues.parser.records import ParsedIssue, TocEntry

    parsed = ParsedIssue(year=2019, issue_no=4)
    for lines in (["统计资料", *FIXTURE_TABLE], later):
        section = kinds.Section("statistics", TocEntry("统计资料", "统计资料"), [Line(text, page=60) for text in lines])
        kinds.read(section, parsed)
    assert (parsed.statistics.title, len(parsed.statistics.rows)) == (TITLE_2019_04, kept)
    seconds = [w for w in parsed.warnings if getattr(w, "kind", "") == "statistics_second_table"]
    assert [w.lines for w in seconds] == ([["温州市2020年9月份国民经济主要统计指标"]] if warned else [])


@pytest.mark.parametrize("line", [
    pytest.param("经信局", id="a_bureau_of_no_region"),
    pytest.param("区财政局", id="a_bureau_under_no_named_region"),
])
def test_a_bureau_named_under_no_region_is_no_producer(line):
    assert statistics.producer_of(line) is None


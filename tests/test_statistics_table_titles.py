"""A statistics table's title as the bureaus print theirs (issues/parser/regexes/statistics.py STATISTICS_TABLE_TITLE, asked
through statistics.is_table_title): any indicator word and any period a release names, and never a headline or a sentence
naming the same figures. Sources: tests/data/SOURCES.md, "stat17"."""

import pytest

from issues.parser import statistics


@pytest.mark.parametrize("title", [
    # 国家统计局's monthly releases: the table under the text, its period with 份 and a long dash
    pytest.param("2017年8月份社会消费品零售总额主要数据", id="national_retail_month"),
    pytest.param("2018年1-2月份社会消费品零售总额主要数据", id="national_retail_two_months"),
    pytest.param("2016年1-2月固定资产投资(不含农户)主要数据", id="national_investment_in_half_width_brackets"),
    pytest.param("2021年1—7月份固定资产投资(不含农户)主要数据", id="national_investment_long_dash"),
    pytest.param("2024年1—8月份固定资产投资（不含农户）主要数据", id="national_investment_full_width_brackets"),
    # 上海市统计局's monthly tables (tjj.sh.gov.cn)
    pytest.param("2022年9月社会消费品零售总额", id="shanghai_retail"),
    pytest.param("2023年8月社会消费品零售总额", id="shanghai_retail_2023"),
    pytest.param("2020年11月工业生产情况", id="shanghai_industry_month"),
    pytest.param("2019年6月工业生产情况", id="shanghai_industry_june"),
    pytest.param("2018年2月规模以上工业主要经济效益指标(按行业分一)", id="shanghai_part_of_a_table_in_brackets"),
    pytest.param("2012年9月规模以上工业主要经济效益指标(按行业分二)", id="shanghai_second_part_of_a_table"),
    pytest.param("2014年1-3季度主要农产品生产和存栏情况", id="shanghai_quarters_as_a_range"),
    pytest.param("2022年上半年上海市生产总值", id="shanghai_half_year_region_after_the_period"),
    # 北京市统计局 (tjj.beijing.gov.cn, bjstats.gov.cn)
    pytest.param("2024年以来规模以上工业增加值增速", id="beijing_value_added_growth_since_a_year"),
    pytest.param("2026年1-2月北京经济运行情况", id="beijing_economy_two_months"),
    pytest.param("2017年1-5月北京市规模以上工业总产值", id="beijing_gross_output"),
    pytest.param("2018年1-8月北京市社会消费品零售总额", id="beijing_retail_by_district"),
    # the same titles of other periods and indicators a gazette prints (the national and 北京 words, laid out for the test)
    pytest.param("2017年1-3月北京市规模以上工业增加值", id="value_added_of_a_quarters_months"),
    pytest.param("2008年一季度北京市主要经济指标", id="quarter_in_chinese_numerals_region_after_it"),
    pytest.param("2019年1～10月北京市主要统计数据", id="months_with_a_wave_dash"),
    pytest.param("2023年前三季度北京市居民消费价格指数", id="first_three_quarters"),
    pytest.param("二〇〇八年上半年北京市财政收支", id="year_in_chinese_numerals_and_a_budget"),
    pytest.param("2018年1-8月北京市进出口", id="foreign_trade"),
    pytest.param("2022年9月社会消费品零售总额（续）", id="continued_on_the_next_page"),
    pytest.param("北京市2018年1-8月社会消费品零售总额", id="region_before_the_year"),
    pytest.param("北京2026年1-2月主要经济指标", id="region_by_its_short_name_before_the_year"),
])
def test_a_table_title_as_the_bureaus_print_it_is_one(title):
    assert statistics.is_table_title(title)


@pytest.mark.parametrize("line", [
    # headlines of the same releases: a figure in them (国际在线 2017-09-14; 中国政府网 2018-08-27)
    pytest.param("2017年8月份社会消费品零售总额增长10.1%", id="national_retail_headline"),
    pytest.param("2018年1-7月份全国规模以上工业企业利润增长17.1%", id="national_profit_headline"),
    # the first words of a release's sentence, as a column cuts it (国家统计局 2024-09)
    pytest.param("2024年1—8月份，全国固定资产投资（不含农户）", id="a_sentence_cut_by_its_column"),
    # a report's title (第十四届全国人民代表大会 resolutions' wording)
    pytest.param("关于2023年中央和地方预算执行情况", id="a_reports_title"),
])
def test_a_headline_or_a_sentence_naming_the_figures_is_no_table_title(line):
    assert not statistics.is_table_title(line)

"""A chronicle's words for the day above (同日, 是日, 当日, 当天) read as the print sets them (issue 21 §1): opening a
paragraph of their own they are one more entry of that day, the word no part of its text (上海 普陀区 大事记 prints
"同日  …" so); inside a paragraph, after a sentence's stop, they go on with its entry, also where a column wraps the
paragraph. Sources: tests/data/SOURCES.md, "docs17"."""

import pytest

from tests.printed_issues import chronicle_entries as entries

# 普陀区地方志办公室, 2019年9月 (shpt.gov.cn, the second 同日 shortened): a day and two 同日 paragraphs under it
PUTUO_10 = "区召开“不忘初心、牢记使命”主题教育动员会。"
PUTUO_10B = "“团结奔小康”区庆祝中华人民共和国成立70周年市民生活实物展在区文化馆开幕。仪式上，《上海普陀城区史》一书首发。"
PUTUO_10C = "区教育大会召开。表彰全国优秀教师、市园丁奖等优秀教师代表。"
# 北京市人民政府's history of itself (1949年1月1日), laid out as a chronicle's entry: 同日 inside the paragraph
BEIJING_1 = "在中国人民解放军平津前线司令部指挥之下的中国人民解放军北平市军事管制委员会发布布告宣告成立，叶剑英任主任。"
BEIJING_1B = "华北人民政府下属的北平市人民政府宣告成立，叶剑英任市长。"


@pytest.mark.parametrize("year, month, lines, expected", [
    pytest.param(1949, 1, ["1日，" + BEIJING_1 + "同日，" + BEIJING_1B], [("1949-01-01", BEIJING_1 + "同日，" + BEIJING_1B)],
                 id="tong_ri_inside_a_paragraph_goes_on_with_its_entry"),
    pytest.param(2019, 9, ["10日  " + PUTUO_10 + "是日，" + PUTUO_10B], [("2019-09-10", PUTUO_10 + "是日，" + PUTUO_10B)],
                 id="shi_ri_inside_a_paragraph_goes_on_with_its_entry"),
    pytest.param(2019, 9, ["10日  " + PUTUO_10 + "当日，" + PUTUO_10B], [("2019-09-10", PUTUO_10 + "当日，" + PUTUO_10B)],
                 id="dang_ri_inside_a_paragraph_goes_on_with_its_entry"),
    # the paragraph as a narrow column wraps it, 是日 in the middle of a column line
    pytest.param(2019, 9, ["10日  区召开“不忘初心、牢记使命”主题教", "育动员会。是日，“团结奔小康”区庆祝中华",
                           "人民共和国成立70周年市民生活实物展在区文", "化馆开幕。仪式上，《上海普陀城区史》一书首发。"],
                 [("2019-09-10", PUTUO_10 + "是日，" + PUTUO_10B)], id="shi_ri_inside_a_wrapped_paragraph_goes_on_with_its_entry"),
    pytest.param(2019, 9, ["10日  " + PUTUO_10, "同日  " + PUTUO_10B, "同日  " + PUTUO_10C],
                 [("2019-09-10", PUTUO_10), ("2019-09-10", PUTUO_10B), ("2019-09-10", PUTUO_10C)],
                 id="tong_ri_paragraphs_each_one_more_entry_of_the_day"),
    pytest.param(2019, 9, ["10日  " + PUTUO_10, "是日，" + PUTUO_10B],
                 [("2019-09-10", PUTUO_10), ("2019-09-10", PUTUO_10B)], id="shi_ri_paragraph_one_more_entry_of_the_day"),
    pytest.param(2019, 9, ["10日  " + PUTUO_10, "当天，" + PUTUO_10B],
                 [("2019-09-10", PUTUO_10), ("2019-09-10", PUTUO_10B)], id="dang_tian_paragraph_one_more_entry_of_the_day"),
    pytest.param(2019, 9, ["10日  " + PUTUO_10, "当天下午，" + PUTUO_10C],
                 [("2019-09-10", PUTUO_10), ("2019-09-10", "下午，" + PUTUO_10C)], id="dang_tian_with_the_time_of_day"),
])
def test_a_same_day_word_is_an_entry_only_where_it_opens_a_paragraph(year, month, lines, expected):
    assert entries(year, month, lines) == (expected, [])

"""A chronicle's day printed as a bare number before its entry, two spaces or a full-width space after it (issue 21 §1, chron19):
'12  市政协副主席…' is a day marker as '12日 …' is, also where the text opens with a year; never a numbered item ('1、…') nor
a table's row, its cells set apart by more gaps. Sources: tests/data/SOURCES.md, "chron19"."""

import pytest

from tests.printed_issues import chronicle_entries

# 普陀区地方志办公室, 普陀年鉴2016 实记 5月 (shpt.gov.cn, 2017-06-01): entries of the 12th, 13th and 14th, laid out with bare day numbers
PUTUO_12 = "市政协副主席高小玫、市政协副秘书长张喆人等一行到区调研全民健身发展工作，区委副书记、区长程向民，副区长钱雨晴参加调研活动。"
PUTUO_13 = "副市长时光辉、市政府副秘书长吴建融、市人社局局长周海洋等一行到区调研创业就业工作，区领导施小琳、程向民、李忠兴参加调研。"
PUTUO_14 = "根据中央、市委部署和安排，区处级以上领导干部开展“三严三实”专题教育。区委书记施小琳给全区党员领导干部上党课。"
# 普陀区地方志办公室, 2021年12月 (shpt.gov.cn, 2023-02-15): an entry of the 3rd opening with a year, and one of the 5th
PUTUO_DEC_3 = "2021年上海市消费帮扶百县百品推荐目录发布暨消费帮扶月系列活动启动仪式在M50创意园举行。"
# a table's row laid out from the 22nd's entry of 普陀年鉴2016 (新馆建筑面积3838平方米，设4个展厅)
TABLE_ROW = "22  刘海粟美术馆分馆  3838平方米  4个展厅"
PUTUO_DEC_5 = "普陀区青少年中心长风新校区启用仪式举行。新校区位于长风一号绿地内，面积4062平方米。"


@pytest.mark.parametrize("year, month, lines, expected", [
    pytest.param(2015, 5, ["12  " + PUTUO_12, "13  " + PUTUO_13, "14  " + PUTUO_14],
                 [("2015-05-12", PUTUO_12), ("2015-05-13", PUTUO_13), ("2015-05-14", PUTUO_14)],
                 id="bare_days_before_two_spaces"),
    pytest.param(2015, 5, ["12\u3000" + PUTUO_12, "13\u3000" + PUTUO_13],
                 [("2015-05-12", PUTUO_12), ("2015-05-13", PUTUO_13)], id="bare_days_before_a_full_width_space"),
    pytest.param(2021, 12, ["3  " + PUTUO_DEC_3, "5  " + PUTUO_DEC_5],
                 [("2021-12-03", PUTUO_DEC_3), ("2021-12-05", PUTUO_DEC_5)], id="bare_day_before_a_text_opening_with_a_year"),
    # guards: items numbered under their day stay items of it; a table's row is no day's entry
    pytest.param(2015, 5, ["14日", "1、" + PUTUO_12, "2．" + PUTUO_13],
                 [("2015-05-14", PUTUO_12), ("2015-05-14", PUTUO_13)], id="numbered_items_under_a_day_are_no_days"),
    pytest.param(2015, 5, ["12  " + PUTUO_12, TABLE_ROW],
                 [("2015-05-12", PUTUO_12 + TABLE_ROW)], id="a_table_row_is_no_day"),
])
def test_a_bare_day_number_is_a_day_marker(year, month, lines, expected):
    found, losses = chronicle_entries(year, month, lines)
    told = [[" ".join(TABLE_ROW.split())]] if TABLE_ROW in lines else []  # a table's row is told (as a warning quotes it), never dropped
    assert (found, losses) == (expected, told)

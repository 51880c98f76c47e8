"""A statistics table's rows whose cells a raw two-column extraction cut over lines (issues/parser/table_cells.py): a long
indicator widens the first column, the unit column narrows to a character a line, and `pdftotext -raw` gives each cell's
lines in turn, then the row's figures. Rows: 上海市统计局's 2022年9月社会消费品零售总额 and 2022年上半年上海市生产总值
(tests/data/SOURCES.md, "table cells"), cut as the held-out typesetter's print of a wide table cuts them; never bench/heldout*.
"""

import pytest

from issues.parser.lines import Line, page_break
from issues.parser.table_cells import join_split_rows


def texts(lines):
    return [line.text for line in join_split_rows([page_break(3)] + [Line(text) for text in lines])[1:]]


@pytest.mark.parametrize("cut, whole", [
    pytest.param(["社会消费品零售总额", "亿", "元", "1478.53 0.3 11864.63 -10.7"],
                 ["社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7"], id="unit_a_character_a_line"),
    pytest.param(["#信息传输、软件和信息技术服务", "业", "亿", "元", "—— —— 1819.13 5.3"],
                 ["#信息传输、软件和信息技术服务业 亿元 —— —— 1819.13 5.3"], id="indicator_wrapped_too"),
    pytest.param(["#批发零售业", "亿", "元", "1363.93 0.6 11055.38 -9.4", "#住宿餐饮业", "亿", "元", "114.60 -2.8 809.25 -24.8"],
                 ["#批发零售业 亿元 1363.93 0.6 11055.38 -9.4", "#住宿餐饮业 亿元 114.60 -2.8 809.25 -24.8"],
                 id="row_after_row"),
    pytest.param(["指标 单", "位 当月 同比±", "% 累计 同比±", "%", "社会消费品零售总额", "亿", "元", "1478.53 0.3 11864.63 -10.7"],
                 ["指标 单 位 当月 同比± % 累计 同比± %", "社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7"],
                 id="heading_row_in_pieces_then_a_row"),
    pytest.param(["社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7"], ["社会消费品零售总额 亿元 1478.53 0.3 11864.63 -10.7"],
                 id="a_whole_row_stays"),
    pytest.param(["会议专题调度了国庆节、中秋节“双", "1478.53 0.3 11864.63 -10.7"],
                 ["会议专题调度了国庆节、中秋节“双", "1478.53 0.3 11864.63 -10.7"], id="no_unit_over_the_figures_no_row"),
])
def test_a_rows_cells_cut_over_lines_are_one_row_again(cut, whole):
    assert texts(cut) == whole

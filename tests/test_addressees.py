"""issues/parser/addressees.py: a document's addressees on one line, wrapped by a column, going on after a comma, or run on
into its body; none for a 通告 or an order. Rows from tests/test_read_units_and_addressees.py
(sources in tests/data/SOURCES.md)."""

import pytest

from issues.parser.addressees import take_addressees
from issues.parser.title_block import TitleBlock
from tests.test_read_units_and_addressees import DATONG, MEIZHOU

NOTICE = "关于印发《大同市空气质量巩固提升2021年行动计划》的通知"


@pytest.mark.parametrize("lines, addressees, body", [
    pytest.param(MEIZHOU[3:5], "各县（市、区）人民政府，市府直属各单位", MEIZHOU[4:5], id="one_line"),
    pytest.param(DATONG[4:7], "各县区人民政府、开发区管委会，市直相关部门及企事业单位", DATONG[6:7], id="going_on_after_a_comma"),
    pytest.param(["各县（市、区）人民政府，市府直属各单", "位：", MEIZHOU[4]], "各县（市、区）人民政府，市府直属各单位", MEIZHOU[4:5],
                 id="wrapped_tail"),
    pytest.param(["".join(DATONG[4:7])], "各县区人民政府、开发区管委会，市直相关部门及企事业单位", DATONG[6:7], id="run_on_into_the_body"),
])
def test_addressees_are_taken_and_the_body_follows(lines, addressees, body):
    assert take_addressees(lines, NOTICE, TitleBlock()) == (addressees, body)


def test_a_sentence_ending_with_a_colon_is_no_addressees():
    lines = ["根据有关规定，现将有关事项通知如下：", "一、自2021年1月1日起执行新标准。"]
    assert take_addressees(lines, NOTICE, TitleBlock()) == (None, lines)


def test_a_tongao_has_none():
    assert take_addressees(MEIZHOU[3:5], "永登县公安局关于对县城部分道路实施临时交通管制的通告", TitleBlock()) == (None, MEIZHOU[3:5])

"""Structural cleaning of a text export (issues/parser/clean.py): each step alone, as a table."""

import pytest

from issues.parser import clean
from issues.parser.lines import page_break
from tests.conftest import as_lines


@pytest.mark.parametrize(
    "step, lines, expected",
    [
        (clean.strip_trailing_space, ["一、工作目标  ", "\u3000正文"], ["一、工作目标", "\u3000正文"]),
        (clean.drop_markdown_emphasis, ["第**11**期（总第219期）"], ["第11期（总第219期）"]),
        (clean.mark_page_numbers, ["·    37    ·", "正文"], [page_break(37), "正文"]),
        (clean.mark_page_numbers, ["· ３ ·"], [page_break(3)]),
        (clean.drop_running_headers, ["温州市人民政府公报（总第217期）", "温州市人民政府公报（总第217期） 政务简讯", "正文"],
         ["正文"]),
        (clean.drop_blank_lines, ["甲", "", "  ", "乙"], ["甲", "乙"]),
        (clean.drop_blank_lines, [page_break(37), "", page_break(), "正文"], [page_break(37), page_break(), "正文"]),
    ],
    ids=["trailing-spaces", "markdown-emphasis", "page-number", "full-width-page-number", "running-headers",
         "blank-lines", "page-breaks-are-no-blank-lines"],
)
def test_cleaning_step(step, lines, expected):
    assert step(as_lines(lines)) == as_lines(expected)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["毕", "业生和16-24岁失业青年。"], ["毕", "业生和16-24岁失业青年。"]),  # too short to be running text
        (["促进高校毕业生和失业青年就业创业工作的毕", "业生和16-24岁失业青年。"],
         ["促进高校毕业生和失业青年就业创业工作的毕业生和16-24岁失业青年。"]),
        (["…16.牛头梗、17.秋田犬、", "18.阿富汗猎犬。"], ["…16.牛头梗、17.秋田犬、18.阿富汗猎犬。"]),
        (["为进一步做好全市就业创业工作，现将有关事项通知如下：", "一、工作目标"],
         ["为进一步做好全市就业创业工作，现将有关事项通知如下：", "一、工作目标"]),
        (["市政府常务会议研究部署全市重点工作推进情况", "（一）开展专项行动"],
         ["市政府常务会议研究部署全市重点工作推进情况", "（一）开展专项行动"]),
        (["指标\t单位\t当月\t同比 ±%\t累计", "一、规模以上工业增加值\t亿元\t110.45"],
         ["指标\t单位\t当月\t同比 ±%\t累计", "一、规模以上工业增加值\t亿元\t110.45"]),
        (["市长姚高员主持召开市政府常务会议，", "△ 市长姚高员赴永嘉调研。"],
         ["市长姚高员主持召开市政府常务会议，", "△ 市长姚高员赴永嘉调研。"]),
    ],
    ids=["short-line-stays", "word-cut-by-a-page", "open-list-continues", "colon-ends-a-block", "structural-start",
         "table-rows", "chronicle-item-after-a-comma"],
)
def test_join_broken_lines(lines, expected):
    assert clean.join_broken_lines(lines) == expected

"""Tidying a record section's lines: debris out, printed characters kept."""

import pytest

from issues.parser import section_lines


@pytest.mark.parametrize(
    "lines, expected",
    [
        pytest.param(["# 政 务 简 讯", "政务简讯", "机构人事"], [], id="column_labels"),  # 2021-05 l.872, 2020-09 l.4124-4126, 4021
        pytest.param(["---", "  "], [], id="rules_and_blank_lines"),
        pytest.param(["9月份市政府人事任免", "## 5月份市政府记事"], [], id="interleaved_month_headings"),  # 2020-09 l.4001
        pytest.param(
            ["### 我市开展粤港澳地区温商家乡行活动", "- 温政发〔2019〕5号 温州市人民政府关于…"],
            ["我市开展粤港澳地区温商家乡行活动", "温政发〔2019〕5号 温州市人民政府关于…"],
            id="markdown_marks_off",  # 2021-05 line 888, 2019-04 line 1343
        ),
    ],
)
def test_tidy(lines, expected):
    assert section_lines.tidy(lines) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        pytest.param(  # 2019-04 line 981
            "全市数字经济发展推进会暨 政府数字化转型工作部署会召开",
            "全市数字经济发展推进会暨政府数字化转型工作部署会召开",
            id="between_chinese",
        ),
        pytest.param("我市举行2021年第一场 市直部门督政汇报会", "我市举行2021年第一场市直部门督政汇报会", id="after_chinese"),  # 2021-05 l.898
        pytest.param("我市举行 2021年第一场", "我市举行2021年第一场", id="before_digits"),
        pytest.param(  # 2020-11 line 1285
            "开展“打卡中国 Daka China”网络国际传播主题活动",
            "开展“打卡中国Daka China”网络国际传播主题活动",
            id="latin_words_keep_theirs",
        ),
    ],
)
def test_remove_line_break_spaces(title, expected):
    assert section_lines.remove_line_break_spaces(title) == expected

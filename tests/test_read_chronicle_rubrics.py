"""A week's chronicle as 人民网's 上海一周纪事 prints it, laid out as an issue's 政府记事 (issue 21 §1): its span printed under its
title ('2024年9月2日—9月8日', read as the 2nd's marker: its first entry was the rubric under it) and rubrics printed letter-spaced
over some of its entries ('头 条', '要 闻': the second told as a stray line), the days starting again under each.
Sources: tests/data/SOURCES.md, "wild18"."""

import pytest

from issues.parser import parse_issue
from tests.test_read_variations import layout, raw_layout

# 人民网 上海频道 2024-09-12, 上海一周纪事 | 2024年9月2日—9月8日 (traditional characters, laid out in simplified; shortened)
WEEK = ["上海一周纪事", "2024年9月2日—9月8日", "头 条",
        "9月5—7日 2024外滩大会共吸引了5.2万人现场参会,无论是参会规模还是国际嘉宾的数量,均创下了历史新高。",
        "9月8日 上海运动员在本届残奥会上收获了9金5银5铜,打破了1项世界纪录和1项残奥会纪录。", "要 闻",
        "9月3日 中国和联合国共同举办的人工智能能力建设研讨班在沪举行,联合国秘书长古特雷斯出席并讲话,外交部副部长马朝旭发表视频致辞。",
        "9月6日 第33届夏季奥运会上海市总结大会在上海展览中心举行。"]
EXPECTED = [("2024-09-05", WEEK[3].split(" ", 1)[1]), ("2024-09-08", WEEK[4].split(" ", 1)[1]),
            ("2024-09-03", WEEK[6].split(" ", 1)[1]), ("2024-09-06", WEEK[7].split(" ", 1)[1])]


@pytest.mark.parametrize("text", [
    pytest.param(layout(2024, 9, [("政府记事", WEEK[0])], ["政府记事", *WEEK]), id="text_export"),
    pytest.param(raw_layout(2024, 9, [["政府记事", *WEEK]]), id="raw_extraction"),
])
def test_a_chronicles_span_and_rubrics_are_headings_its_days_under_each_rubric_as_printed(text):
    parsed = parse_issue(text)
    assert [(e["date"], e["text"]) for e in parsed.to_export()["chronicle"]] == EXPECTED
    assert [(w.kind, w.lines) for w in parsed.warnings if w.level == "loss"] == []

"""Parse warnings as stored with an issue: dicts, and the plain strings older parsers stored."""

import pytest

from issues.parser.warnings import LOSS, NOTE, ParseWarning, losses, structured

STORED = [
    pytest.param("正文中找不到目录条目：温州市人民政府关于调整市政府领导分工的通知", LOSS, "toc_entry_not_found",
                 id="legacy_toc_entry_not_found"),
    pytest.param("原文没有目录：目录按正文中找到的栏目推出", NOTE, "no_toc", id="legacy_no_toc_is_a_note"),
    pytest.param("第12页：无法识别的栏目标题", LOSS, "parser", id="legacy_unknown_string_is_a_loss"),
    pytest.param({"level": "note", "kind": "news_undated", "message": "简讯没有写明日期（日期留空）"}, NOTE, "news_undated",
                 id="stored_dict"),
]


@pytest.mark.parametrize("stored, level, kind", STORED)
def test_a_stored_warning_reads_back(stored, level, kind):
    warning = ParseWarning.from_stored(stored)
    assert (warning.level, warning.kind) == (level, kind)
    assert warning.message


def test_a_warning_round_trips_through_its_dict():
    warning = ParseWarning(LOSS, "unread_line", "这一行没有进入任何记录", section="统计资料", page=40,
                           lines=["注：本表数据为快报数，以年报为准。"], checked=True)
    assert ParseWarning.from_stored(warning.to_dict()) == warning


def test_a_quoted_line_is_kept_short_and_on_one_line():
    warning = ParseWarning(LOSS, "unread_line", "…", lines=["甲\n乙  丙", "长" * 500, " "])
    assert warning.lines[0] == "甲 乙 丙" and len(warning.lines[1]) < 200 and len(warning.lines) == 2


def test_losses_leave_notes_out():
    assert [w.kind for w in losses(structured(["原文没有目录：…", "第3页：…"]))] == ["parser"]

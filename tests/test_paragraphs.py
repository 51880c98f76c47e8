"""The one paragraph joiner (issues/parser/paragraphs.py): rules see the paragraph's end only."""

import re

import pytest

from issues.parser import paragraphs

SENTENCE_END = re.compile(r"[。；：][”’]?$")


def unfinished(paragraph, line):
    return not paragraph.ends_with(SENTENCE_END)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["毕", "业生和16-24岁失业青年。"], ["毕业生和16-24岁失业青年。"]),
        (["通知如下：", "一、工作目标"], ["通知如下：", "一、工作目标"]),
        (["高校在建设“重要窗口”", "中具有十分重要的作用。"], ["高校在建设“重要窗口”中具有十分重要的作用。"]),
        (["他说：“好。”", "下一段"], ["他说：“好。”", "下一段"]),
        ([], []),
    ],
    ids=["word-cut-by-a-page", "colon-ends", "closing-quote-mid-sentence", "quoted-sentence-ends", "nothing"],
)
def test_join_texts_glues_what_the_rule_continues(lines, expected):
    assert paragraphs.join_texts(lines, unfinished) == expected


@pytest.mark.parametrize(
    "pieces, tail",
    [
        (["一段很长的正文，到这里还没有结束"], "到这里还没有结束"),
        (["长文", "、", "。 "], "长文、。"),
        (["  "], ""),
        (["结束。", " ", "  ", "　"], "结束。"),
        (["甲 ", "乙"], "甲 乙"),
    ],
    ids=["long-piece", "end-spans-pieces", "only-spaces", "spaces-after-the-end", "space-inside"],
)
def test_tail_is_the_end_of_the_text_across_pieces(pieces, tail):
    paragraph = paragraphs.Paragraph(pieces[0], pieces[0])
    for piece in pieces[1:]:
        paragraph.add(piece, piece)
    assert paragraph.tail() == tail
    assert paragraph.stripped_length() == len("".join(pieces).rstrip())


def test_contains_searches_every_piece_once_and_remembers():
    inside = re.compile(r"。\S")
    paragraph = paragraphs.Paragraph("a", "没有句号")
    assert not paragraph.contains(inside)
    paragraph.add("b", "比例达100%。同时")
    assert paragraph.contains(inside)
    paragraph.add("c", "建立")
    assert paragraph.contains(inside)


def test_a_paragraph_of_many_lines_is_one_paragraph():
    lines = ["一、"] * 20_000
    joined = paragraphs.join_texts(lines, lambda paragraph, line: paragraph.ends_with(re.compile("、$")))
    assert joined == ["一、" * 20_000]


def test_join_keeps_the_items_of_each_paragraph():
    found = paragraphs.join([1, 2, 10, 11], lambda paragraph, n: n == paragraph.last + 1, first=str)
    assert [(p.items, p.text, p.first, p.last, p.lines) for p in found] == [
        ([1, 2], "12", 1, 2, 2), ([10, 11], "1011", 10, 11, 2)
    ]

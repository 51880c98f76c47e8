"""A document body as an outline: headings by level, article markers, tables, linked numbers."""

import pytest

from issues.body import Segment, blocks_of, link_numbers


@pytest.mark.parametrize("line, kind, outline", [
    ("第一章 总 则", "heading", "chapter"),
    ("一、总体目标", "heading", "cn"),
    ("（一）实施居家和社区养老服务提质工程", "heading", "paren"),
    ("(二) 经费保障", "heading", "paren"),
    ("3．全面提升服务", "heading", "arabic"),
    ("19.加强监管力度。建立综合监管机制,落实属地管理职责。", "paragraph", ""),  # a numbered sentence, not a title
    ("一、本办法适用于市区范围内的征收补偿工作，具体由各区人民政府组织实施，市级部门予以指导和配合。", "paragraph", ""),
    ("2020年是全面建成小康社会之年。", "paragraph", ""),  # a year is not a list number
    ("各县（市、区）人民政府：", "paragraph", ""),
])
def test_outline_markers_make_headings_only_of_short_titles(line, kind, outline):
    [block] = blocks_of(line)
    assert (block.kind, block.outline) == (kind, outline)


@pytest.mark.parametrize("body, levels", [
    ("（一）先出现的小标题\n一、后出现的大标题\n（一）其下的小标题", [3, 3, 4]),
    ("1.只有数字标题\n2.第二个", [3, 3]),
    ("第一章 总则\n（一）跳过一级的标题", [3, 4]),
])
def test_heading_levels_never_skip(body, levels):
    assert [b.level for b in blocks_of(body)] == levels


def test_heading_levels_follow_the_kinds_the_body_uses():
    blocks = blocks_of("一、总体要求\n（一）基本原则\n1.坚持统筹\n二、主要任务")
    assert [b.level for b in blocks] == [3, 4, 5, 3]


def test_chapters_sit_above_numbered_items():
    blocks = blocks_of("第一章 总则\n一、目的\n第二章 程序")
    assert [b.level for b in blocks] == [3, 4, 3]


def test_article_keeps_its_text_with_the_marker_apart():
    [block] = blocks_of("第六条 征收范围确定后，应当公告。")
    assert (block.kind, block.marker, block.segments[0].text) == ("paragraph", "第六条", " 征收范围确定后，应当公告。")


def test_tab_separated_lines_become_one_table():
    blocks = blocks_of("附件\n序号\t任务\n1\t建设\n2\t改造\n以上任务按期完成。")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == [["序号", "任务"], ["1", "建设"], ["2", "改造"]]


def test_every_block_has_an_anchor():
    blocks = blocks_of("一、目标\n内容")
    assert [b.anchor for b in blocks] == ["p1", "p2"]


@pytest.mark.parametrize("text, links, expected", [
    ("根据温政办〔2020〕53号文件", {"温政办〔2020〕53号": "/a/"},
     [Segment("根据"), Segment("温政办〔2020〕53号", "/a/"), Segment("文件")]),
    ("温政办〔2020〕5号和温政办〔2020〕53号", {"温政办〔2020〕5号": "/b/", "温政办〔2020〕53号": "/a/"},
     [Segment("温政办〔2020〕5号", "/b/"), Segment("和"), Segment("温政办〔2020〕53号", "/a/")]),
    ("没有文号", {"温政办〔2020〕53号": "/a/"}, [Segment("没有文号")]),
    ("没有链接", {}, [Segment("没有链接")]),
])
def test_cited_numbers_are_split_out_with_their_links(text, links, expected):
    assert link_numbers(text, links) == expected

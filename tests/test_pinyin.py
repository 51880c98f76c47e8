"""Pinyin order for the people and posts indexes (issues/pinyin.py): surnames read as surnames."""

import pytest

from issues.pinyin import by_letter, name_syllables, text_syllables


@pytest.mark.parametrize("name, syllables", [
    ("曾伟", ["zeng1", "wei3"]),  # not céng
    ("单雄", ["shan4", "xiong2"]),  # not dān
    ("解放", ["xie4", "fang4"]),  # not jiě
    ("区志明", ["ou1", "zhi4", "ming2"]),  # not qū
    ("仇英", ["qiu2", "ying1"]),  # not chóu
    ("查良", ["zha1", "liang2"]),
    ("朴正", ["piao2", "zheng4"]),
    ("盖伟", ["ge3", "wei3"]),
    ("缪斌", ["miao4", "bin1"]),
    ("翟峰", ["zhai2", "feng1"]),
    ("覃明", ["qin2", "ming2"]),
    ("种师道", ["chong2", "shi1", "dao4"]),
    ("任正", ["ren2", "zheng4"]),
    ("纪云", ["ji3", "yun2"]),
    ("柏林", ["bai3", "lin2"]),
    ("尉迟恭", ["yu4", "chi2", "gong1"]),  # the compound surname, not 尉 Wèi
    ("尉青", ["wei4", "qing1"]),
    ("单于琳", ["chan2", "yu2", "lin2"]),
    ("长孙明", ["zhang3", "sun1", "ming2"]),
    ("王伟", ["wang2", "wei3"]),  # an ordinary surname as pypinyin reads it
    ("曾经", ["zeng1", "jing1"]),  # a name that is also a word is still read as a name
])
def test_a_name_is_read_surname_first(name, syllables):
    assert name_syllables(name) == syllables


@pytest.mark.parametrize("post, first", [
    ("温州市教育局局长", "wen1"),
    ("重庆市驻温办事处主任", "chong2"),  # a post is text: no surname rule for its first character
    ("曾经的职务", "ceng2"),
])
def test_a_post_is_read_as_text(post, first):
    assert text_syllables(post)[0] == first


def test_names_are_grouped_by_letter_in_pinyin_order_not_code_point_order():
    names = ["王伟", "曾伟", "蔡明", "单雄", "解放", "区志明", "仇英", "李娜", "陈杰", "Smith", "甲/乙"]
    groups = by_letter(names, str, name_syllables)
    assert [(g.letter, g.entries) for g in groups] == [
        ("C", ["蔡明", "陈杰"]),
        ("J", ["甲/乙"]),
        ("L", ["李娜"]),
        ("O", ["区志明"]),
        ("Q", ["仇英"]),
        ("S", ["单雄", "Smith"]),
        ("W", ["王伟"]),
        ("X", ["解放"]),
        ("Z", ["曾伟"]),
    ]


def test_tones_order_names_of_the_same_letters():
    assert [g.entries for g in by_letter(["李娜", "黎娜", "厉娜"], str, name_syllables)] == [["黎娜", "李娜", "厉娜"]]


def test_entries_without_a_letter_come_last_under_other():
    groups = by_letter(["王伟", "123", "（空）"], str, name_syllables)
    assert [(g.letter, g.label, g.anchor) for g in groups][-1] == ("#", "其他", "letter-other")
    assert groups[-1].entries == ["123", "（空）"]

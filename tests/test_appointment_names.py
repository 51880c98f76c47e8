"""Names in appointment lines (issues/parser/appointment_names.py): the real shapes of tests/test_parse_appointments.py
(sources there: quanzhou-2018-07, mengzhou-2011-06, npc-2014-03), one helper at a time."""

import pytest

from issues.parser import appointment_names


@pytest.mark.parametrize("text, expected", [
    pytest.param("戴源涌、林志海", ["戴源涌", "林志海"], id="names_joined_by_dun"),
    pytest.param("陈斯喜和王晓", ["陈斯喜", "王晓"], id="names_joined_by_he"),
    pytest.param("王和平", ["王和平"], id="a_name_holding_he"),
    pytest.param("以上五位", [], id="people_counted_are_no_names"),
    # 北京 2017-12 (tests/data/SOURCES.md "appt15"): a word of time opening a narrative, or glued to the name before it, is no name
    pytest.param("此前", [], id="ci_qian_is_no_name"),
    pytest.param("杨斌此前", [], id="a_name_glued_to_ci_qian_is_no_name"),
    pytest.param("同时", [], id="tong_shi_is_no_name"),
])
def test_people_are_the_names_a_piece_holds(text, expected):
    assert appointment_names.people(text) == expected


def test_the_person_acting_is_the_name_after_the_post_they_hold():
    assert appointment_names.acting_person("泉州市人民政府副市长王永礼") == "王永礼"


@pytest.mark.parametrize("text, expected", [
    pytest.param("汤文胜、王荔、买银朋孟州市人民政府副市长", (["汤文胜", "王荔", "买银朋"], "孟州市人民政府副市长"), id="last_name_glued"),
    pytest.param("卢炳椿泉州市人民政府副市长", (["卢炳椿"], "泉州市人民政府副市长"), id="one_name_glued"),
    pytest.param("陈斯喜和王晓的全国人民代表大会常务委员会委员", (["陈斯喜", "王晓"], "全国人民代表大会常务委员会委员"), id="two_names_before_de"),
])
def test_names_glued_to_the_post_after_them_are_cut_where_the_post_starts(text, expected):
    assert appointment_names.glued_names(text) == expected

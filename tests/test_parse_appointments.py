"""人事任免: one record per person, per action, per post (issue 2), from real lines of the issues."""

import pytest

from issues.parser import appointments
from issues.parser.records import ParsedAppointment

DECIDED = "市人民政府决定"


def appoint(person, position, qualifier=None, decided_by=DECIDED):
    return ParsedAppointment(person, "appoint", position, qualifier, decided_by)


def dismiss(person, position, qualifier=None, decided_by=DECIDED):
    return ParsedAppointment(person, "dismiss", position, qualifier, decided_by)


def concurrent(person, position, qualifier=None, decided_by=DECIDED):
    return ParsedAppointment(person, "concurrent", position, qualifier, decided_by)


CASES = [
    pytest.param(
        ["市人民政府决定：", "张建东任温州市经济和信息化局总工程师（试用期一年）；"],
        [appoint("张建东", "温州市经济和信息化局总工程师", "试用期一年")],
        id="appointment_with_probation_qualifier",  # 2020-06 line 848
    ),
    pytest.param(
        ["市人民政府决定：", "徐志宏任温州市公安局副局长，免去其温州市公安局交通管理局局长职务；"],
        [appoint("徐志宏", "温州市公安局副局长"), dismiss("徐志宏", "温州市公安局交通管理局局长")],
        id="appointment_and_dismissal_of_one_person",  # 2020-06 line 854
    ),
    pytest.param(
        ["市人民政府决定：", "戴源涌、林志海任温州市住房公积金管理", "中心副主任（试用期一年）；"],
        [
            appoint("戴源涌", "温州市住房公积金管理中心副主任", "试用期一年"),
            appoint("林志海", "温州市住房公积金管理中心副主任", "试用期一年"),
        ],
        id="two_people_one_post_broken_across_lines",  # 2020-06 lines 874-876
    ),
    pytest.param(
        ["市人民政府决定：", "倪士章任温州市瓯飞开发建设投资集团有限公司董事长、总经理（试用期一年）；"],
        [
            appoint("倪士章", "温州市瓯飞开发建设投资集团有限公司董事长", "试用期一年"),
            appoint("倪士章", "温州市瓯飞开发建设投资集团有限公司总经理", "试用期一年"),
        ],
        id="bare_second_title_borrows_the_company",  # 2020-06 line 880
    ),
    pytest.param(
        ["市人民政府决定：", "胡时进任温州建设集团有限公司副总经理，免去其温州市瓯飞开发建设投资集团有限公司董事长、总经理职务；"],
        [
            appoint("胡时进", "温州建设集团有限公司副总经理"),
            dismiss("胡时进", "温州市瓯飞开发建设投资集团有限公司董事长"),
            dismiss("胡时进", "温州市瓯飞开发建设投资集团有限公司总经理"),
        ],
        id="dismissal_from_two_titles_of_one_company",  # 2020-06 line 878
    ),
    pytest.param(
        ["市人民政府决定：", "季湘荣任温州高新技术产业开发区（浙南科技城）管委会副主任（试用期一年）；"],
        [appoint("季湘荣", "温州高新技术产业开发区（浙南科技城）管委会副主任", "试用期一年")],
        id="bracket_of_a_name_stays_in_the_post",  # 2020-06 line 872
    ),
    pytest.param(
        ["市人民政府决定：", "林朝进任温州浙南沿海先进装备产业集聚区瑞安阁巷分区管委会主任（副县级级）（试用期一年）；"],
        [appoint("林朝进", "温州浙南沿海先进装备产业集聚区瑞安阁巷分区管委会主任", "副县级级，试用期一年")],
        id="two_qualifier_brackets",  # 2020-06 line 882
    ),
    pytest.param(
        ["市人民政府决定：", "方培雷任温州市人民政府副秘书长（保留正县长级）；胡鸿明任温州市人民政府副秘书长（挂职）；"],
        [
            appoint("方培雷", "温州市人民政府副秘书长", "保留正县长级"),
            appoint("胡鸿明", "温州市人民政府副秘书长", "挂职"),
        ],
        id="two_people_on_one_line",  # 2020-11 line 892
    ),
    pytest.param(
        ["市人民政府决定：", "季洪海任温州市政务服务局副局长，市公共资源交易管委会办公室副主任；"],
        [
            appoint("季洪海", "温州市政务服务局副局长"),
            appoint("季洪海", "市公共资源交易管委会办公室副主任"),
        ],
        id="two_posts_joined_by_a_comma",  # 2020-11 line 894
    ),
    pytest.param(
        ["市人民政府决定：", "陈阿朋兼任温州市人民政府驻北京联络处副主任。"],
        [concurrent("陈阿朋", "温州市人民政府驻北京联络处副主任")],
        id="concurrent_post",  # 2020-11 line 900
    ),
    pytest.param(
        ["市人民政府决定：", "免去：", "季洪海的温州市人民政府驻北京联络处副主任（兼）职务；"],
        [dismiss("季洪海", "温州市人民政府驻北京联络处副主任", "兼")],
        id="dismissal_of_a_concurrent_post",  # 2020-11 line 908
    ),
    pytest.param(
        ["市人民政府决定：", "免去：", "方培雷的温州市人民政府办公室副主任职", "务；"],
        [dismiss("方培雷", "温州市人民政府办公室副主任")],
        id="dismissal_with_zhiwu_broken_across_lines",  # 2020-11 lines 904-906
    ),
    pytest.param(
        ["市人民政府决定：", "免去：", "高晓静的温州市政务服务局副局长，市公共资源交易管委会办公室副主任职务；"],
        [
            dismiss("高晓静", "温州市政务服务局副局长"),
            dismiss("高晓静", "市公共资源交易管委会办公室副主任"),
        ],
        id="dismissal_from_two_posts",  # 2020-11 line 914
    ),
    pytest.param(
        ["4月份市政府人事任免", "市政府决定免去：", "张力男的温州市生态环境局副局长职务；", "蔡文云的温州市卫生健康委员会调研员职务。", "政 务 简 讯"],
        [
            dismiss("张力男", "温州市生态环境局副局长", decided_by="市政府决定免去"),
            dismiss("蔡文云", "温州市卫生健康委员会调研员", decided_by="市政府决定免去"),
        ],
        id="decision_to_dismiss_and_a_trailing_column_label",  # 2019-04 lines 971-979
    ),
    pytest.param(
        ["市人民政府决定：", "免去：", "薛盛况的温州市珊溪水利枢纽管理中心主任职务；"],
        [dismiss("薛盛况", "温州市珊溪水利枢纽管理中心主任")],
        id="dismissed_post_containing_ren",  # 2020-09 lines 4005-4007, 主任 holds 任
    ),
    pytest.param(
        ["市人民政府决定：", "免去张力男的温州市生态环境局副局长职务；"],
        [dismiss("张力男", "温州市生态环境局副局长")],
        id="dismissal_naming_the_person_after_mianqu",  # the 2019-04 line 975 dismissal, written inline
    ),
    pytest.param(
        ["市人民政府决定：", "王造任温州市公安局常务副局长，兼任温州市公安局交通管理局局长；"],
        [appoint("王造", "温州市公安局常务副局长"), concurrent("王造", "温州市公安局交通管理局局长")],
        id="appointment_with_a_concurrent_clause",  # 2020-06 lines 852-854 combined
    ),
    pytest.param(
        ["市人民政府决定：", "王造任温州市委、市政府副秘书长；"],
        [appoint("王造", "温州市委、市政府副秘书长")],
        id="bodies_joined_by_a_pause_mark_share_one_post",  # the 2020-06 line 852 person, a joint post
    ),
    # 2020-09 (raw two-column extraction), as the raw helper hands the section over
    pytest.param(
        ["市人民政府决定：", "徐翔任温州系统流程装备科学研究院院长", "（试用期一年）；"],
        [appoint("徐翔", "温州系统流程装备科学研究院院长", "试用期一年")],
        id="raw_qualifier_on_the_next_line",  # 2020-09 lines 3985-3987
    ),
    pytest.param(
        ["市人民政府决定：", "陈栋任温州市民防局局长，免去其温州市", "人民政府副秘书长职务。"],
        [appoint("陈栋", "温州市民防局局长"), dismiss("陈栋", "温州市人民政府副秘书长")],
        id="raw_dismissal_broken_across_lines",  # 2020-09 lines 3989-3991
    ),
    pytest.param(
        ["市人民政府决定：", "免去：", "张祖新的温州市发展和改革委员会副主任", "9月份市政府人事任免", "职务；", "机构人事"],
        [dismiss("张祖新", "温州市发展和改革委员会副主任")],
        id="raw_interleaved_heading_never_joins_the_post",  # 2020-09 lines 3999-4003, 4021
    ),
    pytest.param(
        ["市人民政府决定：", "免去：", "吴雪梅的温州铁路南站综合管理中心主任", "职务;", "王道川的温州市交通发展集团有限公司总经济师职务;"],
        [
            dismiss("吴雪梅", "温州铁路南站综合管理中心主任"),
            dismiss("王道川", "温州市交通发展集团有限公司总经济师"),
        ],
        id="raw_ascii_semicolons",  # 2020-09 lines 3995-3997, 4015-4017
    ),
    pytest.param(
        [
            "章公华的温州市民防局局长职务。",
            "机构人事",
            " 陈伟俊主持召开",
            "高等教育发展工作座谈会 ",
            "9月11日，省委常委、市委书记陈伟俊主持召开高等教育发展工作座谈会。",
            "会议任务是研究部署。",
        ],
        [dismiss("章公华", "温州市民防局局长", decided_by=None)],
        id="raw_cut_running_into_the_news_stops_there",  # 2020-09 lines 4019-4026
    ),
]


@pytest.mark.parametrize("lines, expected", CASES)
def test_appointments(lines, expected):
    assert appointments.parse(lines) == expected


def test_appointments_without_a_decision_line_have_no_decider():
    assert appointments.parse(["王造任温州市公安局常务副局长；"]) == [
        ParsedAppointment("王造", "appoint", "温州市公安局常务副局长", None, None)
    ]


def test_running_text_holding_a_ren_gives_no_post_too_long_to_be_one():
    text = "会议任" + "要求各地各部门加快推进重点项目建设" * 10 + "；"
    assert appointments.parse(["市人民政府决定：", text]) == []


# --- shapes real 任免 notices print (issue 21 §1; tests/data/SOURCES.md, "appointment shapes") -------------

STUDY = "经市政府研究决定"
SHAPES = [
    pytest.param(
        ["经市政府研究决定：", "任命陈晓东为温州市交通运输局副局长；", "免去周建国的温州市水利局副局长职务。"],
        [appoint("陈晓东", "温州市交通运输局副局长", decided_by=STUDY), dismiss("周建国", "温州市水利局副局长", decided_by=STUDY)],
        id="jing_yan_jiu_jue_ding_heading",
    ),
    pytest.param(
        ["任命：", "陈晓东为温州市交通运输局副局长；", "王芳、李强为温州市科学技术局副局长（试用期一年）。"],
        [appoint("陈晓东", "温州市交通运输局副局长", decided_by=None),
         appoint("王芳", "温州市科学技术局副局长", "试用期一年", decided_by=None),
         appoint("李强", "温州市科学技术局副局长", "试用期一年", decided_by=None)],
        id="ren_ming_list_of_names_with_posts",
    ),
    pytest.param(
        ["市人民政府决定免去：", "周建国温州市水利局副局长职务；"],
        [dismiss("周建国", "温州市水利局副局长", decided_by="市人民政府决定免去")],
        id="mian_qu_list_name_glued_to_the_post",
    ),
    pytest.param(
        ["市人民政府决定：", "林小敏（女）任温州市教育局副局长（试用期一年）；", "任命王芳（女）、李强为温州市审计局副局长。"],
        [appoint("林小敏", "温州市教育局副局长", "试用期一年"), appoint("王芳", "温州市审计局副局长"),
         appoint("李强", "温州市审计局副局长")],
        id="women_marked_nv",
    ),
    pytest.param(
        ["市人民政府决定：", "阿不都·热合曼任温州市民族宗教事务局副局长（挂职）；"],
        [appoint("阿不都·热合曼", "温州市民族宗教事务局副局长", "挂职")],
        id="name_with_a_middle_dot",
    ),
    pytest.param(
        ["市人民政府决定：", "黄海波挂职任温州市经济和信息化局副局长，挂职期一年；", "郑伟挂职任温州市商务局副局长；"],
        [appoint("黄海波", "温州市经济和信息化局副局长", "挂职期一年"), appoint("郑伟", "温州市商务局副局长", "挂职")],
        id="gua_zhi_ren_with_its_term_after_a_comma",
    ),
    pytest.param(
        ["市人民政府决定：", "王建明任温州市审计局副局长；", "同日，市人民政府决定：", "同日，免去赵敏的温州市审计局总审计师职务。"],
        [appoint("王建明", "温州市审计局副局长"), dismiss("赵敏", "温州市审计局总审计师")],
        id="tong_ri_heading_and_item",
    ),
    pytest.param(
        ["市人民政府决定：", "张文杰任温州市副市长、代市长；", "接受李华辞去温州市卫生健康委员会主任职务的请求。"],
        [appoint("张文杰", "温州市副市长"), appoint("张文杰", "温州市代市长"),
         dismiss("李华", "温州市卫生健康委员会主任")],
        id="acting_mayor_and_a_resignation_accepted",
    ),
    pytest.param(
        ["市人民政府决定：", "批准任命陈晓东为温州市交通运输局副局长，免去其温州市港航管理局局长职务；"],
        [appoint("陈晓东", "温州市交通运输局副局长"), dismiss("陈晓东", "温州市港航管理局局长")],
        id="pi_zhun_ren_ming_then_mian_qu_qi",
    ),
    # 山西省人民政府 2024-09 (sxworker.com): a dismissal whose qualifier follows 职务
    pytest.param(
        ["省政府决定免去马志强的省太忻经济一体化发展促进中心副主任职务（终止试用期）。"],
        [dismiss("马志强", "省太忻经济一体化发展促进中心副主任", "终止试用期", decided_by="省政府决定")],
        id="qualifier_after_zhi_wu_and_decider_in_the_line",
    ),
]

CONGRESS = "市人大常委会第二十八次会议决定"
SHAPES += [
    pytest.param(
        ["市人大常委会第二十八次会议决定：任命项一鸣为温州市交通运输局局长，免去王二平的温州市交通运输局局长职务；"],
        [appoint("项一鸣", "温州市交通运输局局长", decided_by=CONGRESS),
         dismiss("王二平", "温州市交通运输局局长", decided_by=CONGRESS)],
        id="decision_and_its_items_on_one_line",
    ),
    pytest.param(
        ["市人大常委会第二十八次会议决定：免去陈一凡的市人大常委会办公室副主任职务，林小英的市人大常委会委员职务。"],
        [dismiss("陈一凡", "市人大常委会办公室副主任", decided_by=CONGRESS),
         dismiss("林小英", "市人大常委会委员", decided_by=CONGRESS)],
        id="several_dismissed_in_one_sentence",
    ),
    pytest.param(
        ["市人大常委会第二十八次会", "议决定：", "接受陈明同志因工作变动辞去温州市人民政府", "市长职务的请求；",
         "任命桑亮为温州市人民政府副市长、代理", "市长。"],
        [dismiss("陈明", "温州市人民政府市长", decided_by=CONGRESS),
         appoint("桑亮", "温州市人民政府副市长", decided_by=CONGRESS),
         appoint("桑亮", "温州市人民政府代理市长", decided_by=CONGRESS)],
        id="decision_broken_over_lines_and_a_resignation_with_its_reason",
    ),
]

SHAPES += [
    # 上海市人大常委会 2008 (a list of appointments in one sentence, as 人大常委会 decisions print them; written for
    # the test with invented names and Wenzhou bodies)
    pytest.param(
        ["市人大常委会第二十八次会议决定：", "任命王一为温州市经济和信息化局局长，沙二为温州市商务局局长，马三为温州市民政局局长。"],
        [appoint("王一", "温州市经济和信息化局局长", decided_by=CONGRESS), appoint("沙二", "温州市商务局局长", decided_by=CONGRESS),
         appoint("马三", "温州市民政局局长", decided_by=CONGRESS)],
        id="several_appointed_in_one_sentence",
    ),
    pytest.param(
        ["市人民政府决定：", "王建明任温州市审计局副局长；", "2008年第8期", "温州市人民政府公报", "李强任温州市商务局副局长。"],
        [appoint("王建明", "温州市审计局副局长"), appoint("李强", "温州市商务局副局长")],
        id="running_headers_between_items",
    ),
]

LISTED = "国务院任免国家工作人员"
SHAPES += [
    # the heading of the State Council's lists, printed over its decider line, as gazettes reprint them
    pytest.param(
        [LISTED, f"{LISTED}：", "任命单五为工业和信息化部副部长、部长助理；", "免去左六的司法部副部长职务。"],
        [appoint("单五", "工业和信息化部副部长", decided_by=LISTED), appoint("单五", "工业和信息化部部长助理", decided_by=LISTED),
         dismiss("左六", "司法部副部长", decided_by=LISTED)],
        id="list_title_over_its_decider",
    ),
    pytest.param(
        ["市人民政府决定：", "免去张三的中共温州市委副书记、常委、委员职务，另有任用；", "金四任市人民检察院副检察长、代理检察长。"],
        [dismiss("张三", "中共温州市委副书记"), dismiss("张三", "中共温州市委常委"), dismiss("张三", "中共温州市委委员"),
         appoint("金四", "市人民检察院副检察长"), appoint("金四", "市人民检察院代理检察长")],
        id="party_posts_and_prosecutors_sharing_their_body_and_another_post_to_come",
    ),
]

LINYI = "临沂市人民政府市长"
SHAPES += [
    # a decision a meeting adopted, named by its title (山西 2021-06 and 2020-12; 临沂 2015-02's proposal adopted)
    pytest.param(
        ["会议表决并通过了关于提请接受陈先运辞去临沂市人民政府市长职务的议案，接受陈先运辞去临沂市人民政府市长职务的请求。"],
        [dismiss("陈先运", LINYI, decided_by=None)],
        id="a_proposal_adopted_before_the_resignation_it_asks_gives_one_row",
    ),
    pytest.param(
        ["会议通过关于接受陈先运辞去临沂市人民政府市长职务的请求的决定。"],
        [dismiss("陈先运", LINYI, decided_by=None)],
        id="a_resignation_accepted_by_a_decision_named_by_its_title",
    ),
    pytest.param(
        ["会议表决通过了关于接受楼阳生辞去山西省人民代表大会常务委员会主任职务请求的决定，关于接受林武辞去山西省人民政府省长职务"
         "请求的决定，关于接受孙洪山辞去山西省高级人民法院院长职务请求的决定。"],
        [dismiss("楼阳生", "山西省人民代表大会常务委员会主任", decided_by=None), dismiss("林武", "山西省人民政府省长", decided_by=None),
         dismiss("孙洪山", "山西省高级人民法院院长", decided_by=None)],
        id="resignations_accepted_by_decisions_named_by_their_titles",
    ),
    pytest.param(
        ["会议表决通过了关于接受林武辞去山西省第十三届人民代表大会常务委员会主任职务请求的决定、关于接受蓝佛安辞去山西省人民政府"
         "省长职务请求的决定。"],
        [dismiss("林武", "山西省第十三届人民代表大会常务委员会主任", decided_by=None),
         dismiss("蓝佛安", "山西省人民政府省长", decided_by=None)],
        id="titled_decisions_joined_by_a_pause_mark",
    ),
    pytest.param(
        ["会议表决通过了关于接受陈先运辞去临沂市人民政府市长职务的请求的决定，决定张术平为临沂市人民政府代理市长。"],
        [dismiss("陈先运", LINYI, decided_by=None), appoint("张术平", "临沂市人民政府代理市长", decided_by=None)],
        id="a_titled_decision_before_an_acting_post_decided",
    ),
]

SHAANXI = "陕西省第十二届人民代表大会常务委员会第二十六次会议"
SHAPES += [
    # an agency's report dating the meeting's decision by its day alone (陕西 2016-04, its 4月1日 written as 1日)
    pytest.param(
        ["陕西省第十二届人民代表大会常务委员会第二十六次会议1日决定，接受娄勤俭辞去陕西省人民政府省长职务的请求，任命胡和平为陕西省"
         "人民政府副省长、代省长。"],
        [dismiss("娄勤俭", "陕西省人民政府省长", decided_by=SHAANXI), appoint("胡和平", "陕西省人民政府副省长", decided_by=SHAANXI),
         appoint("胡和平", "陕西省人民政府代省长", decided_by=SHAANXI)],
        id="a_decider_dated_by_its_day_alone",
    ),
]

NOTICE = ["温州市人民政府关于陈晓东等同志职务任免的通知", "温政人〔2008〕12号", "各县（市、区）人民政府，市政府直属各单位：",
          "经市政府研究决定：", "任命陈晓东为温州市交通运输局副局长；", "免去周建国的温州市水利局副局长职务。",
          "温州市人民政府", "二〇〇八年三月五日"]


@pytest.mark.parametrize("lines, expected", SHAPES)
def test_each_shape_of_a_decision_gives_its_rows_and_no_loss(lines, expected):
    warnings = []
    assert sorted(appointments.parse(lines, warnings=warnings), key=repr) == sorted(expected, key=repr)
    assert warnings == []


def test_a_notice_printing_its_decision_gives_its_rows_and_its_title_block_as_a_note():
    warnings = []
    assert appointments.parse(NOTICE, warnings=warnings) == [
        appoint("陈晓东", "温州市交通运输局副局长", decided_by=STUDY), dismiss("周建国", "温州市水利局副局长", decided_by=STUDY)]
    assert [(w.level, w.lines) for w in warnings] == [("note", NOTICE[:3] + NOTICE[-2:])]


# appt14 (tests/data/SOURCES.md block appt14): a city government's notice printed whole, written for the test with invented names
SUINING = "遂宁市人民政府"
SUINING_NOTICE = ["遂宁市人民政府关于林海等职务任免的通知", "遂府任〔2018〕12号", "各县（区）人民政府，市政府各部门，市直各单位：",
                  "根据工作需要，决定：", "王川任市财政局副局长；", "免去林海市人民政府副秘书长职务；",
                  "免去欧阳明华市科学技术局副局长职务；", "免去赵立新市商务局副局长职务。", "遂宁市人民政府", "2018年12月21日"]


def test_a_notice_printed_whole_is_decided_by_the_body_signing_it_and_names_end_where_its_own_level_begins():
    """'根据工作需要，决定：' names no body: the government issuing and signing the notice decided (the rows were decided by no one);
    its posts are written under the city's level alone ('市财政局副局长'), so a dismissal naming the person straight before such a
    post ends the name at that level, whatever its length ('林海' + '市人民政府…', '欧阳明华' + '市科学技术局…': a loss, or
    '欧阳' + '明华市…')."""
    warnings = []
    assert appointments.parse(SUINING_NOTICE, warnings=warnings) == [
        appoint("王川", "市财政局副局长", decided_by=SUINING), dismiss("林海", "市人民政府副秘书长", decided_by=SUINING),
        dismiss("欧阳明华", "市科学技术局副局长", decided_by=SUINING), dismiss("赵立新", "市商务局副局长", decided_by=SUINING)]
    assert [w.level for w in warnings] == ["note"]


def test_a_dismissal_glued_to_a_post_under_no_notice_stays_a_loss_quoting_it():
    """Without a notice telling the level its posts open with, '林海市…' may be a place: the line is quoted, never guessed."""
    warnings = []
    assert appointments.parse(["市人民政府决定：", "免去林海市人民政府副秘书长职务。"], warnings=warnings) == []
    assert [(w.level, w.lines) for w in warnings] == [("loss", ["免去林海市人民政府副秘书长职务。"])]


def test_a_line_of_no_known_shape_is_a_loss_quoting_it():
    warnings = []
    assert appointments.parse(["市人民政府决定：", "陈晓东同志另有任用。"], warnings=warnings) == []
    assert [(w.level, w.lines) for w in warnings] == [("loss", ["陈晓东同志另有任用。"])]


# --- more decisions as printed (issue 21 §1, appts21; tests/data/SOURCES.md, "appointment decisions, appts21") ----------

def rows(lines):
    """(person, action, position, qualifier, decided_by) of each row, and the loss warnings' quoted lines."""
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    return ([(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in found],
            [w.lines for w in warnings if w.level == "loss"])


SHAANXI = "陕西省第十二届人民代表大会常务委员会第二十六次会议"
NEIMENGGU = "内蒙古自治区第十三届人民代表大会常务委员会第二十八次会议"
DECISIONS = [
    # wujin-2025-07: 会议 before a verb names no decider and is no one's name; 并报…备案 after a resignation is no post
    pytest.param(["决定接受恽淇丞同志辞去常州市武进区人民政府区长职务的请求，并报常州市武进区第十七届人民代表大会第五次会议备案。",
                  "会议任命薛晔为常州市武进区人民政府副区长、代理区长。"],
                 [("恽淇丞", "dismiss", "常州市武进区人民政府区长", None, None),
                  ("薛晔", "appoint", "常州市武进区人民政府副区长", None, None), ("薛晔", "appoint", "常州市武进区人民政府代理区长", None, None)],
                 id="hui_yi_before_the_verb_and_bing_bao_bei_an"),
    # changning-2023-07: 报…备案 after the request, then the next decision after a semicolon
    pytest.param(["决定接受张伟同志辞去长宁区人民政府区长职务的请求，报区人民代表大会备案；决定任命侯继军同志为长宁区人民政府副区长、代理区长。"],
                 [("张伟", "dismiss", "长宁区人民政府区长", None, None), ("侯继军", "appoint", "长宁区人民政府副区长", None, None),
                  ("侯继军", "appoint", "长宁区人民政府代理区长", None, None)],
                 id="bao_bei_an_after_the_request"),
    # guangzhou-2024-10 (广州日报): how the meeting decided, between 会议 and 决定, names no one ('会议经表决，决定' -> '会议决定')
    pytest.param(["会议经表决，决定任命胡浩为广州市人民政府副市长。"],
                 [("胡浩", "appoint", "广州市人民政府副市长", None, None)], id="how_the_meeting_decided_is_no_decider"),
    # jinan-2018-01 (济南日报), a name ending in 为 written for the test in place of 卢江: the 为 before a 、 ends a name
    pytest.param(["决定任命卢有为、孙斌为济南市人民政府副市长。"],
                 [("卢有为", "appoint", "济南市人民政府副市长", None, None), ("孙斌", "appoint", "济南市人民政府副市长", None, None)],
                 id="a_name_ending_in_wei_in_a_list_of_names"),
    pytest.param(["决定任命卢有为为济南市人民政府副市长。"], [("卢有为", "appoint", "济南市人民政府副市长", None, None)],
                 id="a_name_ending_in_wei_before_the_wei_of_its_post"),
    # jinan-2018-01 (济南日报), its two sentences joined for the test: what the meeting did before 决定 names no one
    pytest.param(["会议听取并审议了市政府提请的有关人事事项，决定任命卢江、孙斌为济南市人民政府副市长。"],
                 [("卢江", "appoint", "济南市人民政府副市长", None, None), ("孙斌", "appoint", "济南市人民政府副市长", None, None)],
                 id="what_the_meeting_did_before_deciding_is_no_decider"),
    # zhongshan-2023-09 (凤凰网广东), its sentences 会议还表决通过其他人事任免事项 and 免去刘云梅的…职务 joined as a city's paper
    # reports a meeting in passing: the meeting named before the decision and its colon decided
    pytest.param(["在当天举行的会议上，还表决通过其他人事任免事项，决定：免去刘云梅的中山市人民政府副市长职务。"],
                 [("刘云梅", "dismiss", "中山市人民政府副市长", None, None)], id="a_meeting_named_in_passing_before_the_decision"),
    # chongming-2022-07: the decider and a comma before an X任Y statement
    pytest.param(["会议决定，李峻任崇明区副区长、代理区长。"],
                 [("李峻", "appoint", "崇明区副区长", None, None), ("李峻", "appoint", "崇明区代理区长", None, None)],
                 id="decider_and_a_comma_before_x_ren_y"),
    # shaanxi-2016-04: the meeting's date between its name and 决定, dropped from who decided
    pytest.param(["陕西省第十二届人民代表大会常务委员会第二十六次会议4月1日决定，接受赵正永辞去陕西省第十二届人民代表大会常务委员会"
                  "主任职务的请求，接受娄勤俭辞去陕西省人民政府省长职务的请求，任命胡和平为陕西省人民政府副省长、代省长。"],
                 [("赵正永", "dismiss", "陕西省第十二届人民代表大会常务委员会主任", None, SHAANXI),
                  ("娄勤俭", "dismiss", "陕西省人民政府省长", None, SHAANXI),
                  ("胡和平", "appoint", "陕西省人民政府副省长", None, SHAANXI), ("胡和平", "appoint", "陕西省人民政府代省长", None, SHAANXI)],
                 id="decider_with_its_date_and_a_comma"),
    # neimenggu-2021-08: the same shape, a region's 副主席、代理主席
    pytest.param(["内蒙古自治区第十三届人民代表大会常务委员会第二十八次会议8月5日决定，接受布小林辞去内蒙古自治区主席职务的请求，"
                  "任命王莉霞为内蒙古自治区副主席、代理主席。"],
                 [("布小林", "dismiss", "内蒙古自治区主席", None, NEIMENGGU),
                  ("王莉霞", "appoint", "内蒙古自治区副主席", None, NEIMENGGU),
                  ("王莉霞", "appoint", "内蒙古自治区代理主席", None, NEIMENGGU)],
                 id="region_decider_with_its_date"),
    # state-council-2024-05 (hkej): a list's title before its item, and the State Council before 免去
    pytest.param(["国务院任免国家工作人员，任命华春莹为外交部副部长。", "国务院免去曲云海的国家移民管理局副局长职务。"],
                 [("华春莹", "appoint", "外交部副部长", None, "国务院任免国家工作人员"),
                  ("曲云海", "dismiss", "国家移民管理局副局长", None, "国务院")],
                 id="list_title_and_body_before_the_verb"),
    # state-council-2008-09 (wenxuecity): （女） after the names of both an appointment and a dismissal
    pytest.param(["任命赵少华（女）为文化部副部长；免去孟晓驷（女）的文化部副部长职务。"],
                 [("赵少华", "appoint", "文化部副部长", None, None), ("孟晓驷", "dismiss", "文化部副部长", None, None)],
                 id="woman_marked_in_both_clauses"),
    # 上海 2020-03 (shfzb.com.cn: 接受应勇辞去市长职务请求 决定龚正为上海市代理市长), worded for the test as a decision naming the
    # one who stands in after the request (辞职请求), without 决定: a row each, never a post holding another person's name
    pytest.param(["上海市第十五届人大常委会第十九次会议决定，接受应勇辞去上海市人民政府市长职务的辞职请求，龚正代理上海市人民政府市长。"],
                 [("应勇", "dismiss", "上海市人民政府市长", None, "上海市第十五届人大常委会第十九次会议"),
                  ("龚正", "appoint", "上海市人民政府市长", "代理", "上海市第十五届人大常委会第十九次会议")],
                 id="acting_head_named_after_the_resignation_request"),
    # 上海 2020-03 as printed (exmoo.com, 力报): 并由 before the one who takes the post
    pytest.param(["上海市第十五届人大常委会第十九次会议昨日决定，接受应勇辞去市长职务请求，并由龚正任上海市副市长、代理市长。"],
                 [("应勇", "dismiss", "市长", None, "上海市第十五届人大常委会第十九次会议"),
                  ("龚正", "appoint", "上海市副市长", None, "上海市第十五届人大常委会第十九次会议"),
                  ("龚正", "appoint", "上海市代理市长", None, "上海市第十五届人大常委会第十九次会议")],
                 id="bing_you_before_the_one_taking_the_post"),
    # 上海 2015's 市检察二分院 (jizihe.com) and 上海 2023-01's list (澎湃新闻, 贾宇), worded for the test as a list names a branch:
    # the second post keeps the branch, not the parent procuratorate
    pytest.param(["上海市十五届人大常委会第四十八次会议决定：", "任命贾宇为上海市人民检察院第二分院检察委员会委员、检察员。"],
                 [("贾宇", "appoint", "上海市人民检察院第二分院检察委员会委员", None, "上海市十五届人大常委会第四十八次会议决定"),
                  ("贾宇", "appoint", "上海市人民检察院第二分院检察员", None, "上海市十五届人大常委会第四十八次会议决定")],
                 id="branch_procuratorate_keeps_its_branch"),
    # lucheng-2011-07: a 人大常委会 decision opening with its legal basis, and 报…备案 as a sentence of its own
    pytest.param(["根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条规定，经区七届人大常委会第三十六次会议"
                  "审议通过，决定接受王立彤辞去温州市鹿城区人民政府区长职务。", "报温州市鹿城区第八届人民代表大会第一次会议备案。"],
                 [("王立彤", "dismiss", "温州市鹿城区人民政府区长", None, "区七届人大常委会第三十六次会议")],
                 id="legal_basis_before_the_decider"),
]

WRITTEN = [
    # written for the test, in shapes 任免 lists print (invented names, Wenzhou bodies)
    pytest.param(["市人民政府决定：", "聘任王一为温州市人民政府参事；", "续聘李二、张三为温州市人民政府参事；",
                  "解聘赵四的温州市人民政府参事职务；", "撤销钱五的温州市审计局副局长职务。"],
                 [("王一", "appoint", "温州市人民政府参事", None, DECIDED), ("李二", "appoint", "温州市人民政府参事", None, DECIDED),
                  ("张三", "appoint", "温州市人民政府参事", None, DECIDED), ("赵四", "dismiss", "温州市人民政府参事", None, DECIDED),
                  ("钱五", "dismiss", "温州市审计局副局长", None, DECIDED)],
                 id="pin_ren_xu_pin_jie_pin_che_xiao"),
    pytest.param(["经市政府第23次常务会议研究，决定：", "王一任温州市审计局副局长；"],
                 [("王一", "appoint", "温州市审计局副局长", None, "经市政府第23次常务会议研究，决定")],
                 id="meeting_studied_comma_then_decided"),
    pytest.param(["任职：", "王一任温州市审计局副局长；", "免职：", "李二的温州市审计局副局长职务。"],
                 [("王一", "appoint", "温州市审计局副局长", None, None), ("李二", "dismiss", "温州市审计局副局长", None, None)],
                 id="ren_zhi_and_mian_zhi_lists"),
    pytest.param(["市政府第12次常务会议决定：", "任命王一为温州市审计局副局长（挂职）。"],
                 [("王一", "appoint", "温州市审计局副局长", "挂职", "市政府第12次常务会议决定")],
                 id="standing_meeting_numbered_in_digits"),
    pytest.param(["市人民政府决定：", "王一（女，回族）任温州市民族宗教事务局副局长；", "任命李二（满族）为温州市统计局副局长。"],
                 [("王一", "appoint", "温州市民族宗教事务局副局长", None, DECIDED), ("李二", "appoint", "温州市统计局副局长", None, DECIDED)],
                 id="woman_and_people_marks"),
    pytest.param(["市人民政府决定：", "任命王一为温州市人民政府副秘书长兼温州市人民政府办公室主任；",
                  "李二任温州市国有资产投资集团有限公司董事长兼总经理；", "免去张三的温州市审计局局长兼党组书记职务。"],
                 [("王一", "appoint", "温州市人民政府副秘书长", None, DECIDED),
                  ("王一", "concurrent", "温州市人民政府办公室主任", None, DECIDED),
                  ("李二", "appoint", "温州市国有资产投资集团有限公司董事长", None, DECIDED),
                  ("李二", "concurrent", "温州市国有资产投资集团有限公司总经理", None, DECIDED),
                  ("张三", "dismiss", "温州市审计局局长", None, DECIDED), ("张三", "dismiss", "温州市审计局党组书记", "兼", DECIDED)],
                 id="posts_joined_by_jian"),
    # two-character names padded to three, as 临政办函〔2013〕89号 prints its members (冯　镭, 李　震)
    pytest.param(["市人民政府决定：", "冯　镭任温州市审计局副局长；", "任命李　震、沈　慧为温州市统计局副局长；", "免去王  一的温州市统计局局长职务。"],
                 [("冯镭", "appoint", "温州市审计局副局长", None, DECIDED), ("李震", "appoint", "温州市统计局副局长", None, DECIDED),
                  ("沈慧", "appoint", "温州市统计局副局长", None, DECIDED), ("王一", "dismiss", "温州市统计局局长", None, DECIDED)],
                 id="two_character_names_padded_with_a_space"),
    pytest.param(["市人民政府决定：", "王一任温州市审计局副局长；", "免去其温州市统计局副局长职务。"],
                 [("王一", "appoint", "温州市审计局副局长", None, DECIDED), ("王一", "dismiss", "温州市统计局副局长", None, DECIDED)],
                 id="mian_qu_qi_as_an_entry_of_its_own"),
]


@pytest.mark.parametrize("lines, expected", DECISIONS + WRITTEN)
def test_each_decision_gives_its_rows_and_who_decided_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


# Resignations of several people, and without the closing '的请求' (issue 21 §1): every person named gives a row, the
# verb never glued to a name (sources: tests/data/SOURCES.md, "resignations accepted")
NPC_MEMBER = "全国人民代表大会常务委员会委员"
RESIGNATIONS = [
    # npc-2014-03: two people, one post, the closing clause printed
    pytest.param(["第十二届全国人民代表大会常务委员会第三次会议决定：", f"接受王晓、陈斯喜辞去{NPC_MEMBER}职务的请求。"],
                 [("王晓", "dismiss", NPC_MEMBER, None, "第十二届全国人民代表大会常务委员会第三次会议决定"),
                  ("陈斯喜", "dismiss", NPC_MEMBER, None, "第十二届全国人民代表大会常务委员会第三次会议决定")],
                 id="two_people_one_post_with_the_closing_clause"),
    # the same decision as wuhan-2024-05 prints its own, without '的请求'
    pytest.param(["会议决定：", f"接受王晓、陈斯喜辞去{NPC_MEMBER}职务。"],
                 [("王晓", "dismiss", NPC_MEMBER, None, None), ("陈斯喜", "dismiss", NPC_MEMBER, None, None)],
                 id="two_people_one_post_without_the_closing_clause"),
    # wuhan-2024-05: one person, no closing clause
    pytest.param(["会议决定：", "接受程用文辞去武汉市人民政府市长职务。"],
                 [("程用文", "dismiss", "武汉市人民政府市长", None, None)], id="one_person_without_the_closing_clause"),
    # fangxian-2016-05: the filing printed '并报送…备案、公告' after the request: no post
    pytest.param(["决定接受周明国辞去市、县人大代表职务的请求，并报送市人大常委会备案、公告。"],
                 [("周明国", "dismiss", "市、县人大代表", None, None)], id="filed_with_bao_song_and_gong_gao"),
]


RESIGNATIONS += [
    # suining-2018-12 (遂宁, re-worded for the test as the 宿州 decision words its reason): each resignation with its reason
    # set off by a comma before 辞去, in a comma-joined list
    pytest.param(["会议决定：", "接受杨自力因工作变动，辞去市人民政府市长职务，邓为因工作变动，辞去市人民政府副市长职务的请求。"],
                 [("杨自力", "dismiss", "市人民政府市长", None, None), ("邓为", "dismiss", "市人民政府副市长", None, None)],
                 id="reasons_set_off_by_a_comma_in_a_list"),
    # suzhou-anhui-2021-08 (宿州): the resignation printed on its own line without 接受, as a list of decisions prints it
    pytest.param(["会议决定：", "张晓东辞去宿州市人民政府副市长职务。"],
                 [("张晓东", "dismiss", "宿州市人民政府副市长", None, None)], id="resignation_without_jie_shou"),
    # zhengzhou-2003-02 (郑州): the acting head decided after the resignation, with 决定 and no verb of appointment
    pytest.param(["会议决定：", "接受陈义初辞去郑州市人民政府市长的职务，决定王文超代理郑州市市长。"],
                 [("陈义初", "dismiss", "郑州市人民政府市长", None, None), ("王文超", "appoint", "郑州市市长", "代理", None)],
                 id="acting_head_decided_after_the_resignation"),
    # suining-2018-12 (遂宁, re-worded for the test): '决定X同志为…代理市长' on its own line after the resignation
    pytest.param(["会议决定：", "接受杨自力辞去市人民政府市长职务；", "决定邓正权同志为遂宁市人民政府代理市长。"],
                 [("杨自力", "dismiss", "市人民政府市长", None, None), ("邓正权", "appoint", "遂宁市人民政府代理市长", None, None)],
                 id="jue_ding_x_wei_acting_head_after_the_resignation"),
    # the same, '任' without 为 and two posts joined by 、 (written for the test)
    pytest.param(["会议决定：", "邓正权同志任遂宁市人民政府副市长、代市长。"],
                 [("邓正权", "appoint", "遂宁市人民政府副市长", None, None), ("邓正权", "appoint", "遂宁市人民政府代市长", None, None)],
                 id="ren_a_and_acting_b"),
    # the same, under a decider printed with its full date (as a raw-typeset appointment list sets it; 遂宁 2018-12,
    # re-worded for the test): the dated decider was glued to the row under it, and both were lost
    pytest.param(["2018年12月21日，市人民政府决定：", "邓正权同志任遂宁市人民政府副市长、代市长；"],
                 [("邓正权", "appoint", "遂宁市人民政府副市长", None, "市人民政府决定"),
                  ("邓正权", "appoint", "遂宁市人民政府代市长", None, "市人民政府决定")],
                 id="ren_a_and_acting_b_under_a_decider_with_its_year"),
    # 济源 2023-05 (河南): the standing committee's decision, its date opening the decider line
    pytest.param(["2023年5月31日，济源市第十五届人民代表大会常务委员会第七次会议决定：",
                  "接受庄建球同志辞去济源市人民政府市长职务的请求；", "决定任命张宏义同志为济源市人民政府代理市长。"],
                 [("庄建球", "dismiss", "济源市人民政府市长", None, "济源市第十五届人民代表大会常务委员会第七次会议决定"),
                  ("张宏义", "appoint", "济源市人民政府代理市长", None, "济源市第十五届人民代表大会常务委员会第七次会议决定")],
                 id="decider_with_its_full_date"),
]


@pytest.mark.parametrize("lines, expected", RESIGNATIONS)
def test_each_person_of_an_accepted_resignation_gives_a_row_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


# gangu-2020-12 and npc-2013-06: '等' leaves people or posts unnamed: a row for each one named, the line quoted as a loss
UNNAMED = [
    pytest.param(["会议决定接受张定禄等辞去甘谷县第十八届人大代表职务。"],
                 [("张定禄", "dismiss", "甘谷县第十八届人大代表", None, None)],
                 [["会议决定接受张定禄等辞去甘谷县第十八届人大代表职务。", "接受张定禄等辞去甘谷县第十八届人大代表职务"]],
                 id="others_unnamed_after_the_first_name"),
    pytest.param(["会议决定：", "接受陈斯喜、王晓辞去常委会委员等职务的请求。"],
                 [("陈斯喜", "dismiss", "常委会委员", None, None), ("王晓", "dismiss", "常委会委员", None, None)],
                 [["接受陈斯喜、王晓辞去常委会委员等职务的请求。", "接受陈斯喜、王晓辞去常委会委员等职务的请求"]],
                 id="posts_unnamed_after_the_first_post"),
]


@pytest.mark.parametrize("lines, expected, losses", UNNAMED)
def test_people_or_posts_left_unnamed_by_deng_are_a_loss_quoting_the_line(lines, expected, losses):
    assert rows(lines) == (expected, losses)


LOUD = [
    # a verb the parser has no action for: never a row of a person named '提名王一'
    pytest.param(["市人民政府决定：", "提名王一为温州大学校长人选。"], [], [["提名王一为温州大学校长人选。"]],
                 id="a_nomination_is_no_appointment"),
    # the same after an appointment read: the rest of the line is quoted, the appointment kept
    pytest.param(["市人民政府决定：", "任命王一为温州市审计局副局长，提名李二为温州大学校长人选。"],
                 [("王一", "appoint", "温州市审计局副局长", None, DECIDED)],
                 [["任命王一为温州市审计局副局长，提名李二为温州大学校长人选。", "提名李二为温州大学校长人选"]],
                 id="part_of_a_line_unread"),
]


@pytest.mark.parametrize("lines, expected, losses", LOUD)
def test_what_is_not_read_is_quoted_in_a_loss(lines, expected, losses):
    assert rows(lines) == (expected, losses)


def test_a_decision_under_its_own_title_gives_its_row_and_its_title_block_as_a_note():
    """lucheng-2011-07 as the district printed it: title, adoption line, the decision, 报…备案, the date in Chinese numerals."""
    title = "温州市鹿城区人民代表大会常务委员会关于接受王立彤辞去温州市鹿城区人民政府区长职务的决定"
    adopted = "（2011年7月18日温州市鹿城区第七届人大常委会第三十六次会议通过）"
    warnings = []
    found = appointments.parse([title, adopted, *DECISIONS[-1].values[0], "二○一一年七月十八日"], warnings=warnings)
    assert [(a.person, a.action, a.position) for a in found] == [("王立彤", "dismiss", "温州市鹿城区人民政府区长")]
    assert [(w.level, w.lines) for w in warnings] == [("note", [title, adopted, "二○一一年七月十八日"])]


SHANGHAI_HIGH_COURT = "上海市高级人民法院"
JIYUAN = "济源市第十五届人民代表大会常务委员会第七次会议决定"
LISTS_AS_PRINTED = [
    # shanghai-2013-08: a court's later posts are the court's; 撤销 after 决定 dismisses; the decision covers the three
    pytest.param(["会议经无记名投票表决，决定撤销陈雪明的上海市高级人民法院审判委员会委员、民事审判第一庭庭长、审判员职务；"
                  "撤销倪政文的上海市高级人民法院审判员职务。"],
                 [("陈雪明", "dismiss", f"{SHANGHAI_HIGH_COURT}审判委员会委员", None, None),
                  ("陈雪明", "dismiss", f"{SHANGHAI_HIGH_COURT}民事审判第一庭庭长", None, None),
                  ("陈雪明", "dismiss", f"{SHANGHAI_HIGH_COURT}审判员", None, None),
                  ("倪政文", "dismiss", f"{SHANGHAI_HIGH_COURT}审判员", None, None)],
                 id="court_posts_after_the_first_are_the_courts"),
    # npc-2018-06: 任命…为最高人民法院副院长、审判委员会委员、审判员 and the dismissal of the same three posts
    pytest.param(["任命杨万明为最高人民法院副院长、审判委员会委员、审判员；", "免去沈德咏的最高人民法院副院长、审判委员会委员、审判员职务。"],
                 [("杨万明", "appoint", "最高人民法院副院长", None, None),
                  ("杨万明", "appoint", "最高人民法院审判委员会委员", None, None),
                  ("杨万明", "appoint", "最高人民法院审判员", None, None),
                  ("沈德咏", "dismiss", "最高人民法院副院长", None, None),
                  ("沈德咏", "dismiss", "最高人民法院审判委员会委员", None, None),
                  ("沈德咏", "dismiss", "最高人民法院审判员", None, None)],
                 id="supreme_court_posts_appointed_and_dismissed"),
    # state-council-2024-09: the list's title, an appointment and a dismissal, two sentences on one line
    pytest.param(["国务院任免国家工作人员，林涛任国务院副秘书长。免去郭玮的国务院副秘书长职务。"],
                 [("林涛", "appoint", "国务院副秘书长", None, "国务院任免国家工作人员"),
                  ("郭玮", "dismiss", "国务院副秘书长", None, "国务院任免国家工作人员")],
                 id="list_title_then_two_sentences_on_one_line"),
    # state-council-2015-05 (孟扬) and -2024-09 as a joined paragraph prints them: the title's colon, its first item after
    # it, the list going on
    pytest.param(["国务院任免国家工作人员：任命孟扬为国务院副秘书长；", "林涛任国务院副秘书长；", "免去郭玮的国务院副秘书长职务。"],
                 [("孟扬", "appoint", "国务院副秘书长", None, "国务院任免国家工作人员"),
                  ("林涛", "appoint", "国务院副秘书长", None, "国务院任免国家工作人员"),
                  ("郭玮", "dismiss", "国务院副秘书长", None, "国务院任免国家工作人员")],
                 id="list_title_joined_to_its_first_item"),
    # jiyuan-2023-05: an acting mayor named without 职务, 同志 after the name
    pytest.param([f"{JIYUAN}：张宏义同志代理济源市人民政府市长。"],
                 [("张宏义", "appoint", "济源市人民政府市长", "代理", JIYUAN)],
                 id="acting_without_zhiwu"),
    # fujian-2008 and npc-2014-07: a level and 专职 in one bracket after the post
    pytest.param(["任命左宇为省预防腐败局副局长（专职，副厅级）；", "任命钟山为商务部国际贸易谈判代表（正部长级）。"],
                 [("左宇", "appoint", "省预防腐败局副局长", "专职，副厅级", None),
                  ("钟山", "appoint", "商务部国际贸易谈判代表", "正部长级", None)],
                 id="level_and_zhuanzhi_in_one_bracket"),
    # lianghui-2014-03: two people joined by 和; a decider's title printed alone over the list, its own wording under it
    pytest.param(["省委决定", "经省委研究决定：", "接受陈斯喜和王晓辞去全国人民代表大会常务委员会委员职务的请求。"],
                 [("陈斯喜", "dismiss", "全国人民代表大会常务委员会委员", None, "经省委研究决定"),
                  ("王晓", "dismiss", "全国人民代表大会常务委员会委员", None, "经省委研究决定")],
                 id="names_joined_by_he_under_a_title_and_its_decider"),
    # lianghui-2014-03: each of two people resigning their own post (分别辞去)
    pytest.param(["会议决定：接受陈斯喜、王晓分别辞去全国人民代表大会常务委员会委员、青海省人民政府副省长职务的请求。"],
                 [("陈斯喜", "dismiss", "全国人民代表大会常务委员会委员", None, None),
                  ("王晓", "dismiss", "青海省人民政府副省长", None, None)],
                 id="each_resigning_their_own_post"),
    # lianghui-2014-03: the same two people joined by 和 before the 的 of a dismissal (written for the test)
    pytest.param(["会议决定：免去陈斯喜和王晓的全国人民代表大会常务委员会委员职务。"],
                 [("陈斯喜", "dismiss", "全国人民代表大会常务委员会委员", None, None),
                  ("王晓", "dismiss", "全国人民代表大会常务委员会委员", None, None)],
                 id="names_joined_by_he_before_the_de_of_a_dismissal"),
]

# zhongping-2010-02: generals each appointed to their own committee post (被分别任命为…：吴双战为全国人大内司委副主任委员，彭小枫为…),
# laid out with 分别 where decision lists print it: after the names, before 任命, or before 任
SEVERALLY = ["全国人大内司委副主任委员", "全国人大财经委副主任委员"]
LISTS_AS_PRINTED += [
    pytest.param([f"会议决定：{line}"], [("吴双战", "appoint", SEVERALLY[0], None, None),
                                       ("彭小枫", "appoint", SEVERALLY[1], None, None)], id=name)
    for name, line in [("fen_bie_after_the_names", f"任命吴双战、彭小枫分别为{SEVERALLY[0]}、{SEVERALLY[1]}。"),
                       ("fen_bie_before_ren_ming", f"分别任命吴双战、彭小枫为{SEVERALLY[0]}、{SEVERALLY[1]}。"),
                       ("fen_bie_before_ren", f"吴双战、彭小枫分别任{SEVERALLY[0]}、{SEVERALLY[1]}。")]
]


# Written for the test with the 中评社 names: a list headed by why it follows, a dismissal's reason and a secondment's months
# in brackets after the post, and a retirement after a comma
WORDED = [
    pytest.param(["市人民政府决定：", "试用期满，经考核合格，正式任命：", "吴双战为市财政局副局长；", "彭小枫为市审计局副局长。"],
                 [("吴双战", "appoint", "市财政局副局长", None, "市人民政府决定"), ("彭小枫", "appoint", "市审计局副局长", None, "市人民政府决定")],
                 id="list_headed_by_why_it_follows"),
    pytest.param(["市人民政府决定：", "免去吴双战的市财政局副局长职务（退休）；", "免去彭小枫的市审计局副局长职务，办理退休手续。"],
                 [("吴双战", "dismiss", "市财政局副局长", "退休", "市人民政府决定"), ("彭小枫", "dismiss", "市审计局副局长", None, "市人民政府决定")],
                 id="retirement_in_brackets_or_after_a_comma"),
    pytest.param(["市人民政府决定：", "吴双战任市财政局副局长（挂职一年，2010年1月至2010年12月）。"],
                 [("吴双战", "appoint", "市财政局副局长", "挂职一年，2010年1月至2010年12月", "市人民政府决定")],
                 id="secondment_with_its_months"),
]


@pytest.mark.parametrize("lines, expected", WORDED)
def test_a_list_worded_otherwise_gives_its_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


@pytest.mark.parametrize("lines, lost", [
    (["市人民政府决定：", "吴双战任市财政局副局长，免去其原任职务；"], ["吴双战任市财政局副局长，免去其原任职务", "免去其原任职务"]),
    (["市人民政府决定：", "吴双战、彭小枫任市财政局副局长；", "免去其原职务。"], ["免去其原职务。"]),
], ids=["after_an_appointment", "on_a_line_of_its_own"])
def test_a_dismissal_naming_no_post_is_a_loss_never_a_row_of_post_yuan_ren(lines, lost):
    found, losses = rows(lines)
    assert [row for row in found if row[1] == "dismiss"] == [] and losses == [lost]


def test_people_severally_appointed_to_fewer_posts_than_named_are_a_loss_never_a_row_of_fen_bie():
    line = f"会议决定：任命吴双战、彭小枫分别为{SEVERALLY[0]}。"
    found, losses = rows([line])
    assert found == [] and losses == [[line.removeprefix("会议决定：")]]


LISTS_AS_PRINTED += [
    # hangzhou-2010-07: the acting post after a comma is the post, qualified 代理
    pytest.param(["会议以无记名投票表决方式，决定任命邵占维为杭州市副市长，代理杭州市市长职务。"],
                 [("邵占维", "appoint", "杭州市副市长", None, None),
                  ("邵占维", "appoint", "杭州市市长", "代理", None)],
                 id="acting_post_after_a_comma"),
    # npc-2023-06: a vote before the first statement names no decider and is no statement of its own
    pytest.param(["会议经表决，任命郭振华为全国人大常委会代表工作委员会主任，免去其全国人大常委会副秘书长职务；任命宋锐为全国人大常委会副秘书长。"],
                 [("郭振华", "appoint", "全国人大常委会代表工作委员会主任", None, None),
                  ("郭振华", "dismiss", "全国人大常委会副秘书长", None, None),
                  ("宋锐", "appoint", "全国人大常委会副秘书长", None, None)],
                 id="a_vote_before_the_statements"),
]


ZHANGZHOU = "宣布芗城区主要领导任免决定"
LISTS_AS_PRINTED += [
    # zhangzhou-2019-08: 不再担任 ends the posts named (a dismissal), 同志 after the name; several people in one sentence
    pytest.param([f"{ZHANGZHOU}：胡栋良同志任中共漳州市芗城区委书记；侯为东同志不再担任中共漳州市芗城区委书记、常委职务。"],
                 [("胡栋良", "appoint", "中共漳州市芗城区委书记", None, ZHANGZHOU),
                  ("侯为东", "dismiss", "中共漳州市芗城区委书记", None, ZHANGZHOU),
                  ("侯为东", "dismiss", "中共漳州市芗城区委常委", None, ZHANGZHOU)],
                 id="no_longer_holding_a_post_is_a_dismissal"),
    pytest.param(["卢力同志不再担任漳州市人民政府党组成员，漳州古雷港经济开发区管委会主任职务。"],
                 [("卢力", "dismiss", "漳州市人民政府党组成员", None, None),
                  ("卢力", "dismiss", "漳州古雷港经济开发区管委会主任", None, None)],
                 id="no_longer_holding_posts_joined_by_a_comma"),
    # zhangzhou-2019-08 laid out as a gazette's list: two people appointed in one sentence, a post given up after a comma
    pytest.param(["市人民政府决定：", "胡栋良任漳州市芗城区人民政府副区长，石振棋任漳州市芗城区人民政府副区长。",
                  "沈志平兼任漳州古雷港经济开发区管委会主任，不再担任漳州市人民政府副秘书长职务。"],
                 [("胡栋良", "appoint", "漳州市芗城区人民政府副区长", None, DECIDED),
                  ("石振棋", "appoint", "漳州市芗城区人民政府副区长", None, DECIDED),
                  ("沈志平", "concurrent", "漳州古雷港经济开发区管委会主任", None, DECIDED),
                  ("沈志平", "dismiss", "漳州市人民政府副秘书长", None, DECIDED)],
                 id="two_people_in_one_sentence_and_a_post_given_up_after_a_comma"),
    # suining-2018-12: resignations joined by 、, each of its person; an acting post decided after the appointment
    pytest.param(["会议决定接受杨自力辞去市人民政府市长职务、邓为辞去市人民政府副市长职务、熊隆东辞去市监察委员会主任职务的请求。"
                  "会议决定任命邓正权为市人民政府副市长，并决定为代理市长。"],
                 [("杨自力", "dismiss", "市人民政府市长", None, None),
                  ("邓为", "dismiss", "市人民政府副市长", None, None),
                  ("熊隆东", "dismiss", "市监察委员会主任", None, None),
                  ("邓正权", "appoint", "市人民政府副市长", None, None),
                  ("邓正权", "appoint", "市人民政府代理市长", None, None)],
                 id="resignations_joined_by_a_pause_mark_and_an_acting_post_decided"),
    # the same dismissal list joined by 、 (written for the test with the 漳州 posts)
    pytest.param(["市人民政府决定：", "免去吴文团的漳州市芗城区人民政府副区长职务、卢力的漳州古雷港经济开发区管委会主任职务。"],
                 [("吴文团", "dismiss", "漳州市芗城区人民政府副区长", None, DECIDED),
                  ("卢力", "dismiss", "漳州古雷港经济开发区管委会主任", None, DECIDED)],
                 id="dismissals_joined_by_a_pause_mark"),
]


def test_a_proposal_that_someone_no_longer_hold_a_post_is_no_row_and_a_loss():
    """A party's proposal to the 人大 (提议…不再担任…) decides nothing: quoted in a loss, never a dismissal, never a person
    '提议张三' (written for the test, as the 景德镇 report above explains the procedure)."""
    proposal = "提议梅亦同志不再担任景德镇市人民政府副市长职务"
    found, losses = rows(["经省委研究决定：", proposal + "。"])
    assert found == [] and losses == [[proposal + "。"]]


def test_appointments_of_people_left_unnamed_are_a_loss_quoting_them():
    """npc-2023-06: '还任命了全国人大常委会代表工作委员会副主任' names no one: no row, the sentence quoted."""
    unnamed = "还任命了全国人大常委会代表工作委员会副主任。"
    found, losses = rows(["会议经表决，任命宋锐为全国人大常委会副秘书长；" + unnamed])
    assert [person for person, *_ in found] == ["宋锐"] and losses == [[unnamed]]


@pytest.mark.parametrize("lines, expected", LISTS_AS_PRINTED)
def test_each_list_as_printed_gives_its_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_two_people_severally_resigning_one_post_is_a_loss_quoting_it():
    line = "会议决定：接受陈斯喜、王晓分别辞去全国人民代表大会常务委员会委员职务的请求。"
    found, losses = rows([line])
    assert losses and any("分别辞去" in quoted for lost in losses for quoted in lost)


def test_a_name_holding_he_stays_one_name():
    assert rows(["会议决定：任命王和平为某市人民政府副市长。"])[0] == [("王和平", "appoint", "某市人民政府副市长", None, None)]


def test_a_sentence_about_a_posts_procedure_is_no_ones_row_and_a_loss():
    """景德镇 2018 (梅亦, the mayor's post filled by the 人大): a sentence after the decision about how the post is filled
    (written for the test) names no person: '市长职务的' is no name."""
    procedure = "市长职务的任免需依法办理。"
    found, losses = rows(["会议决定：任命梅亦为景德镇市人民政府副市长、代理市长。", procedure])
    assert {person for person, *_ in found} == {"梅亦"} and losses == [[procedure]]


# --- phrasings with 同志, 请求, 免除…一职, a roll adopted by a meeting (issue 21, news21; tests/data/SOURCES.md) -----------------

SHEXIAN = "县十六届人大常委会第三十一次会议决定"
WUJIN = "区十七届人大常委会第二十五次会议"
WUJIN_HEADING = WUJIN + "决定"  # a list's own heading, who decided as printed
NPC_2018 = "第十三届全国人民代表大会常务委员会第一次会议"
NANPI = "县十七届人大常委会第十七次会议决定"
COMRADES_AND_REQUESTS = [
    pytest.param(
        [SHEXIAN + "：", "免除路正阳同志常务副县长一职，免除孟凡哲同志副县长一职，任命邢晟同志为政府副县长，苑华东同志为政府副县长。"],
        [("路正阳", "dismiss", "常务副县长", None, SHEXIAN), ("孟凡哲", "dismiss", "副县长", None, SHEXIAN),
         ("邢晟", "appoint", "政府副县长", None, SHEXIAN), ("苑华东", "appoint", "政府副县长", None, SHEXIAN)],
        id="dismissals_worded_mianchu_yizhi_with_a_short_post",  # 涉县 2015-08
    ),
    pytest.param(
        [SHEXIAN + "：", "免去路正阳同志涉县人民政府常务副县长职务；", "免去孟凡哲副县长职务。"],
        [("路正阳", "dismiss", "涉县人民政府常务副县长", None, SHEXIAN), ("孟凡哲", "dismiss", "副县长", None, SHEXIAN)],
        id="dismissals_without_de_after_tongzhi_or_with_a_bare_title",  # 涉县 2015-08, worded with 免去
    ),
    pytest.param(
        [SHEXIAN + "：", "任命邢晟同志、苑华东同志为涉县人民政府副县长；", "免去路正阳同志、孟凡哲同志的涉县人民政府副县长职务。"],
        [("邢晟", "appoint", "涉县人民政府副县长", None, SHEXIAN), ("苑华东", "appoint", "涉县人民政府副县长", None, SHEXIAN),
         ("路正阳", "dismiss", "涉县人民政府副县长", None, SHEXIAN), ("孟凡哲", "dismiss", "涉县人民政府副县长", None, SHEXIAN)],
        id="several_people_each_with_tongzhi_joined_by_a_pause_mark",  # 涉县 2015-08, the two of each action in one clause
    ),
    pytest.param(
        ["免去：", "路正阳同志、孟凡哲同志的涉县人民政府副县长职务。"],
        [("路正阳", "dismiss", "涉县人民政府副县长", None, None), ("孟凡哲", "dismiss", "涉县人民政府副县长", None, None)],
        id="a_dismissal_list_item_of_two_people_with_tongzhi",  # 涉县 2015-08, as a 免去： list prints it
    ),
    pytest.param(
        [WUJIN_HEADING + "：", "接受恽淇丞同志辞去常州市武进区人民政府区长职务的请求，并报常州市武进区第十七届人民代表大会第五次会议备案。"],
        [("恽淇丞", "dismiss", "常州市武进区人民政府区长", None, WUJIN_HEADING)],
        id="a_resignation_with_tongzhi_and_its_request_and_filing",  # 武进 2025-07
    ),
    pytest.param(
        [WUJIN_HEADING + "：", "接受恽淇丞同志请求辞去常州市武进区人民政府区长职务。"],
        [("恽淇丞", "dismiss", "常州市武进区人民政府区长", None, WUJIN_HEADING)],
        id="a_resignation_with_its_request_before_the_verb",  # 武进 2025-07, 请求 before 辞去
    ),
    pytest.param(
        [NANPI + "：", "接受郑红云同志关于辞去县政府副县长职务的请求；", "同意郑红云同志辞去县政府副县长职务的请求；",
         "接受郑红云同志辞去县政府副县长职务请求。"],
        [("郑红云", "dismiss", "县政府副县长", None, NANPI)],  # each wording read; one decision, kept once (_once)
        id="resignations_with_guanyu_tongyi_or_a_request_without_de",  # 南皮 2019-03, worded three ways for the test
    ),
    pytest.param(
        ["全国人民代表大会常务委员会任命名单", "（2018年3月21日第十三届全国人民代表大会常务委员会第一次会议通过）",
         "任命信春鹰（女）、韩晓武为第十三届全国人民代表大会常务委员会副秘书长。"],
        [("信春鹰", "appoint", "第十三届全国人民代表大会常务委员会副秘书长", None, NPC_2018),
         ("韩晓武", "appoint", "第十三届全国人民代表大会常务委员会副秘书长", None, NPC_2018)],
        id="a_roll_decided_by_the_meeting_its_adoption_line_names",  # npc 2018-03-21 (Xinhua)
    ),
]


@pytest.mark.parametrize("lines, expected", COMRADES_AND_REQUESTS)
def test_phrasings_with_tongzhi_requests_and_rolls_give_their_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_people_counted_instead_of_named_are_no_row_and_a_loss():
    """榕江 2011-10: '同意以上五位同志辞去领导职务' names no one (it followed the names in the report): quoted, no row."""
    line = "同意以上五位同志辞去领导职务。"
    assert rows(["县十五届人大常委会第35次会议决定：", line]) == ([], [[line]])


def test_a_post_kept_after_tongzhi_is_no_dismissal_and_a_loss():
    """涉县 2015-08's people, worded for the test: '继续担任' keeps a post; 同志 before it is not read as 的 (no false row)."""
    line = "路正阳同志继续担任涉县人民政府常务副县长。"
    assert rows(["县十六届人大常委会第三十一次会议决定：", line]) == ([], [[line]])


# --- decision paragraphs as standing committees print them (issue 21 §1, docs21e; tests/data/SOURCES.md `docs21e`) -------
# Each opens with its grounds (the law, the request it answers) before who decided; a sentence telling who asked to resign
# may come first. The grounds and the request are no record: the decision gives the rows, and nothing is quoted as lost. The
# meeting deciding it is the decision's subject: decided_by is the meeting, without the 决定 after it (the held-out sets' rule).
XUANCHENG = "宣城市第四届人民代表大会常务委员会第十九次会议"
WUHAN_2021 = "武汉市第十四届人大常委会第三十五次会议"
BEIJING_2021 = "市第十五届人大常务委员会第三十五次会议"
SUZHOU_2021 = "宿州市第五届人民代表大会常务委员会第三十一次会议"
LAW = "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》"
DECISION_PARAGRAPHS = [
    # 宣城 2019-08: the acting mayor named after the post he holds; the bare title takes that post's body
    pytest.param([f"根据{LAW}第四十四条第九项的规定，{XUANCHENG}决定：宣城市人民政府副市长孔晓宏代理市长。"],
                 [("孔晓宏", "appoint", "宣城市人民政府市长", "代理", XUANCHENG)], id="xuancheng_acting_mayor_after_his_post"),
    # 武汉 2021-01: the request with its reason inside the grounds, the filing on a line of its own
    pytest.param([f"根据周先旺因工作需要向市人大常委会提出辞去所任职务的请求，依照{LAW}的规定，{WUHAN_2021}决定：接受周先旺辞去武汉市人民政府"
                  "市长职务的请求。", "报市人民代表大会备案。"],
                 [("周先旺", "dismiss", "武汉市人民政府市长", None, WUHAN_2021)], id="wuhan_request_and_law_as_grounds"),
    # 北京 2021-11: two laws as grounds, joined by 、, after the request
    pytest.param([f"根据卢映川同志的请求，按照{LAW}第二十七条的规定、《北京市人民代表大会常务委员会任免国家机关工作人员条例》第二十五条的规定，"
                  f"{BEIJING_2021}决定：接受卢映川辞去北京市副市长职务的请求，并报北京市人民代表大会备案。"],
                 [("卢映川", "dismiss", "北京市副市长", None, BEIJING_2021)], id="beijing_two_laws_after_the_request"),
    # 宿州 2021-08: the request told in a sentence of its own before the decision
    pytest.param([f"因工作变动，张晓东提出辞去宿州市人民政府副市长职务。根据{LAW}第二十七条和《宿州市人民代表大会常务委员会任免地方国家机关"
                  f"工作人员办法》第十七条的规定，{SUZHOU_2021}决定：接受张晓东辞去宿州市人民政府副市长职务的请求，报宿州市人民代表大会备案。"],
                 [("张晓东", "dismiss", "宿州市人民政府副市长", None, SUZHOU_2021)], id="suzhou_request_sentence_before_the_decision"),
    # 遂宁 2018-12: one paragraph accepting three resignations and appointing two people, each also acting head
    pytest.param(["会议决定接受杨自力辞去市人民政府市长职务、邓为辞去市人民政府副市长职务、熊隆东辞去市监察委员会主任职务的请求。会议决定任命"
                  "邓正权为市人民政府副市长，并决定为代理市长；任命谭晓政为市监察委员会副主任，并决定为代理主任。"],
                 [("杨自力", "dismiss", "市人民政府市长", None, None), ("邓为", "dismiss", "市人民政府副市长", None, None),
                  ("熊隆东", "dismiss", "市监察委员会主任", None, None),
                  ("邓正权", "appoint", "市人民政府副市长", None, None),
                  ("邓正权", "appoint", "市人民政府代理市长", None, None),
                  ("谭晓政", "appoint", "市监察委员会副主任", None, None),
                  ("谭晓政", "appoint", "市监察委员会代理主任", None, None)],
                 id="suining_three_resignations_and_two_acting_heads_in_one_paragraph"),
    # 武汉 2021-01 re-worded as a list line: the reason before 辞去, no 接受 (X因…辞去…职务)
    pytest.param(["会议决定：", "周先旺因工作需要辞去武汉市人民政府市长职务。"],
                 [("周先旺", "dismiss", "武汉市人民政府市长", None, None)], id="reason_before_ci_qu_is_no_name"),
]


@pytest.mark.parametrize("lines, expected", DECISION_PARAGRAPHS)
def test_a_decision_paragraph_gives_its_rows_and_its_grounds_and_request_are_no_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_a_resignation_accepted_without_its_post_is_a_loss_quoting_it():
    """郑州 2003-02: '决定接受陈义初的辞呈' names no post: no row, the line quoted."""
    line = "郑州市第十一届人大常委会第35次会议经审议表决，决定接受陈义初的辞呈，并报郑州市第十一届人大第七次会议备案。"
    assert rows([line]) == ([], [[line]])


# --- why someone leaves, and who stands in (issue 21 §1, docs21e) ------------------------------------------------------
# 武汉 2021-01's and 遂宁 2018-12's decisions (tests/data/SOURCES.md `docs21e`), re-worded for the test as list lines with the
# reasons and wordings other lists print: the reason is no part of a name or a post, whatever it holds (任 of 任职, brackets, a
# comma, 申请, 辞职), and a dismissal by 不再担任 after a reason is one too; 由 and 其 name no one
REASONS_AND_ACTING = [
    pytest.param(["会议决定：", "周先旺因达到任职年龄界限原因辞去武汉市人民政府市长职务。"],
                 [("周先旺", "dismiss", "武汉市人民政府市长", None, None)], id="reason_holding_ren_is_no_appointment"),
    pytest.param(["会议决定：", "周先旺因（年龄）原因辞去武汉市人民政府市长职务。"],
                 [("周先旺", "dismiss", "武汉市人民政府市长", None, None)], id="bracketed_reason"),
    pytest.param(["会议决定：", "周先旺同志因工作调动原因申请辞去武汉市人民政府市长职务，经研究，同意其辞职。"],
                 [("周先旺", "dismiss", "武汉市人民政府市长", None, None)], id="asked_for_and_agreed_to"),
    pytest.param(["会议决定：", "邓为因工作调动，不再担任市人民政府副市长职务；杨自力因个人原因辞职，不再担任市人民政府市长职务。"],
                 [("邓为", "dismiss", "市人民政府副市长", None, None), ("杨自力", "dismiss", "市人民政府市长", None, None)],
                 id="reason_before_bu_zai_dan_ren"),
    pytest.param(["会议决定：", "决定由邓正权代理遂宁市人民政府市长职务。"],
                 [("邓正权", "appoint", "遂宁市人民政府市长", "代理", None)], id="you_before_the_acting_person"),
    pytest.param(["会议决定：", "任命邓正权为市人民政府副市长，并决定其为代理市长。"],
                 [("邓正权", "appoint", "市人民政府副市长", None, None), ("邓正权", "appoint", "市人民政府代理市长", None, None)],
                 id="qi_wei_acting_head"),
]


@pytest.mark.parametrize("lines, expected", REASONS_AND_ACTING)
def test_why_someone_leaves_is_no_name_and_who_stands_in_is_read(lines, expected):
    assert rows(lines) == (expected, [])


# 遂宁 2018-12's report (tests/data/SOURCES.md `docs21e`): its first sentence names the meeting before 接受 and decides again
# after a comma; one line, re-worded for the test, appoints one person and accepts two resignations, each with its reason
SUINING_MEETING = "市七届人大常委会第二十三次会议"
ONE_LINE_MANY = [
    pytest.param([f"{SUINING_MEETING}接受杨自力辞去市人民政府市长职务，决定任命邓正权为市人民政府副市长，并决定为代理市长。"],
                 [("杨自力", "dismiss", "市人民政府市长", None, SUINING_MEETING),
                  ("邓正权", "appoint", "市人民政府副市长", None, SUINING_MEETING),
                  ("邓正权", "appoint", "市人民政府代理市长", None, SUINING_MEETING)],
                 id="meeting_before_jie_shou_then_jue_ding_after_a_comma"),
    pytest.param(["会议决定：", "邓正权同志任市人民政府副市长、代市长，杨自力因工作变动辞去市人民政府市长职务，邓为因工作变动辞去市人民政府"
                  "副市长职务。"],
                 [("邓正权", "appoint", "市人民政府副市长", None, None), ("邓正权", "appoint", "市人民政府代市长", None, None),
                  ("杨自力", "dismiss", "市人民政府市长", None, None), ("邓为", "dismiss", "市人民政府副市长", None, None)],
                 id="one_appointed_and_two_resignations_on_one_line"),
    pytest.param(["会议决定：", "邓正权同志任市人民政府副市长、代市长，杨自力、邓为因工作变动辞去市人民政府副市长职务。"],
                 [("邓正权", "appoint", "市人民政府副市长", None, None), ("邓正权", "appoint", "市人民政府代市长", None, None),
                  ("杨自力", "dismiss", "市人民政府副市长", None, None), ("邓为", "dismiss", "市人民政府副市长", None, None)],
                 id="one_appointed_and_two_people_resigning_one_post"),
    pytest.param(["会议决定：", "会议审议了市人民政府关于提请任命邓正权为市人民政府副市长的议案。", "任命邓正权为市人民政府副市长。"],
                 [("邓正权", "appoint", "市人民政府副市长", None, None)], id="the_motion_heard_is_no_row"),
]


@pytest.mark.parametrize("lines, expected", ONE_LINE_MANY)
def test_one_line_of_several_decisions_gives_every_row_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_a_reports_sentence_holding_ren_is_no_row_and_a_loss():
    """遂宁 2018-12: '…，并颁发了任命书' gave a row of a person '并颁发了' with a post '命书'."""
    line = "随后，会议进行了宪法宣誓仪式，并颁发了任命书。"
    assert rows(["会议决定：", line]) == ([], [[line]])


# 遂宁 2018-12 and 济源 2023-05's people and posts (tests/data/SOURCES.md `docs21e`) laid out for the test as other lists print
# them: numbered items, a decider dated as a brief's first line is (it cut the section before: its rows were lost), and 同志
# before a post of the city's own bodies named by their level alone
NUMBERED_AND_DATED = [
    pytest.param(["市人民政府决定：", "1.邓正权任市人民政府副秘书长；", "2.谭晓政任市监察委员会副主任。"],
                 [("邓正权", "appoint", "市人民政府副秘书长", None, DECIDED), ("谭晓政", "appoint", "市监察委员会副主任", None, DECIDED)],
                 id="items_numbered_with_digits"),
    pytest.param(["市人民政府决定：", "（一）邓正权任市人民政府副秘书长；", "（二）免去杨自力的市人民政府副秘书长职务。"],
                 [("邓正权", "appoint", "市人民政府副秘书长", None, DECIDED), ("杨自力", "dismiss", "市人民政府副秘书长", None, DECIDED)],
                 id="items_numbered_in_brackets"),
    pytest.param(["市人民政府决定：", "一、任命", "邓正权为市人民政府副秘书长；", "二、免去", "杨自力的市人民政府副秘书长职务。"],
                 [("邓正权", "appoint", "市人民政府副秘书长", None, DECIDED), ("杨自力", "dismiss", "市人民政府副秘书长", None, DECIDED)],
                 id="actions_numbered_over_their_items"),
    pytest.param(["5月31日，济源市人民政府第七次常务会议研究决定：", "张宏义任济源市人民政府副秘书长；"],
                 [("张宏义", "appoint", "济源市人民政府副秘书长", None, "济源市人民政府第七次常务会议研究决定")],
                 id="decider_dated_as_a_brief"),
    pytest.param(["市人民政府决定：", "免去庄建球同志市财政局副局长职务，退休；"],
                 [("庄建球", "dismiss", "市财政局副局长", None, DECIDED)], id="tong_zhi_before_a_city_bodys_post"),
    pytest.param(["根据工作需要，经市政府研究决定：", "张宏义任济源市人民政府副秘书长；"],
                 [("张宏义", "appoint", "济源市人民政府副秘书长", None, "经市政府研究决定")], id="why_the_list_follows_before_its_decider"),
    pytest.param(["市人民政府决定：", "邓正权任市人民政府副秘书长，谭晓政任市监察委员会副主任，以上同志试用期一年。"],
                 [("邓正权", "appoint", "市人民政府副秘书长", None, DECIDED), ("谭晓政", "appoint", "市监察委员会副主任", None, DECIDED)],
                 id="probation_of_the_list_after_it_is_no_post"),
    pytest.param(["市人民政府决定：", "邓正权挂任市人民政府副秘书长；"],
                 [("邓正权", "appoint", "市人民政府副秘书长", "挂职", DECIDED)], id="gua_ren_is_seconded"),
]


@pytest.mark.parametrize("lines, expected", NUMBERED_AND_DATED)
def test_numbered_items_and_a_dated_decider_give_their_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


# --- phrasings of issues nobody tuned on (issue 21, appt21f; tests/data/SOURCES.md, "appt21f") ----------------------------
# Each class as a 人大常委会 or government list prints it: 代理 after 、 (a post qualified 代理, as after a comma), 担任 for 任,
# a meeting alone over items that say 决定 themselves, a post that ends with its holder's mandate, and a list of several
# statements ending in an acting post.

YANGJIANG = "阳江市人民政府"
JIYUAN_MEETING = "济源市第十五届人民代表大会常务委员会第七次会议"
ZHUSHAN = "竹山县人民政府"
UNTUNED = [
    # 阳江 2021-10: 任命余金富为阳江市人民政府副市长，决定余金富代理阳江市人民政府市长职务, laid out with 、 and with a comma
    pytest.param(["会议决定：", f"任命余金富为{YANGJIANG}副市长、代理{YANGJIANG}市长职务。"],
                 [("余金富", "appoint", f"{YANGJIANG}副市长", None, None),
                  ("余金富", "appoint", f"{YANGJIANG}市长", "代理", None)],
                 id="acting_post_in_full_after_a_pause_mark"),
    pytest.param(["会议决定：", f"任命余金富为{YANGJIANG}副市长，代理市长职务。"],
                 [("余金富", "appoint", f"{YANGJIANG}副市长", None, None),
                  ("余金富", "appoint", f"{YANGJIANG}市长", "代理", None)],
                 id="acting_bare_title_after_a_comma_takes_the_body_of_its_deputy_post"),
    pytest.param(["会议决定：", f"任命余金富为{YANGJIANG}副市长、代理市长职务。"],
                 [("余金富", "appoint", f"{YANGJIANG}副市长", None, None),
                  ("余金富", "appoint", f"{YANGJIANG}市长", "代理", None)],
                 id="acting_bare_title_with_zhiwu_after_a_pause_mark"),
    pytest.param(["会议决定：", f"任命余金富为{YANGJIANG}副市长，决定余金富代理市长职务。"],
                 [("余金富", "appoint", f"{YANGJIANG}副市长", None, None),
                  ("余金富", "appoint", f"{YANGJIANG}市长", "代理", None)],
                 id="acting_bare_title_decided_in_a_statement_of_its_own"),
    # 金山 2024-12 (上海): 任命袁罡同志为金山区人民政府副区长、决定为代理区长
    pytest.param(["会议决定：", "任命袁罡同志为金山区人民政府副区长、决定为代理区长。"],
                 [("袁罡", "appoint", "金山区人民政府副区长", None, None),
                  ("袁罡", "appoint", "金山区人民政府代理区长", None, None)],
                 id="acting_title_decided_after_a_pause_mark"),
    # 党建网 2018-04 (中共中央决定：张庆伟同志任黑龙江省委委员、常委、书记，王宪魁同志不再担任…), re-worded with 担任 as the same
    # report words a career (此前担任审计署党组书记、审计长)
    pytest.param(["中共中央决定：", "张庆伟同志担任黑龙江省委委员、常委、书记，王宪魁同志不再担任黑龙江省委书记职务。"],
                 [("张庆伟", "appoint", "黑龙江省委委员", None, "中共中央决定"),
                  ("张庆伟", "appoint", "黑龙江省委常委", None, "中共中央决定"),
                  ("张庆伟", "appoint", "黑龙江省委书记", None, "中共中央决定"),
                  ("王宪魁", "dismiss", "黑龙江省委书记", None, "中共中央决定")],
                 id="dan_ren_for_ren"),
    pytest.param(["市人民政府决定：", "刘家义担任审计署审计长；"],
                 [("刘家义", "appoint", "审计署审计长", None, DECIDED)],
                 id="dan_ren_without_tongzhi"),
    # 济源 2023-05: the meeting alone over its decisions, each saying 决定 (laid out so for the test), with its day or broken
    pytest.param([f"{JIYUAN_MEETING}：", "决定接受庄建球同志辞去济源市人民政府市长职务的请求。",
                  "决定任命张宏义同志为济源市人民政府代理市长。"],
                 [("庄建球", "dismiss", "济源市人民政府市长", None, JIYUAN_MEETING),
                  ("张宏义", "appoint", "济源市人民政府代理市长", None, JIYUAN_MEETING)],
                 id="meeting_alone_over_decisions_saying_jue_ding"),
    pytest.param(["2023年5月31日，济源市第十五届人民代表大会常务委员会第", "七次会议：", "决定任命张宏义同志为济源市人民政府代理市长。"],
                 [("张宏义", "appoint", "济源市人民政府代理市长", None, JIYUAN_MEETING)],
                 id="meeting_alone_with_its_day_broken_over_two_lines"),
    # loss16: 东方日报 2020-03-28 (香港)'s 北京 appointment, its meeting and decision on one line as a joined column prints them
    # (worded for the test, tests/data/SOURCES.md "loss16")
    pytest.param(["北京市十五届人大常委会第二十次会议：决定任命崔述强为北京市人民政府副市长。"],
                 [("崔述强", "appoint", "北京市人民政府副市长", None, "北京市十五届人大常委会第二十次会议")],
                 id="meeting_and_its_first_decision_on_one_line"),
    pytest.param([JIYUAN_MEETING, "决定接受庄建球同志辞去济源市人民政府市长职务的请求。", "决定任命张宏义同志为济源市人民政府代理市长。"],
                 [("庄建球", "dismiss", "济源市人民政府市长", None, JIYUAN_MEETING),
                  ("张宏义", "appoint", "济源市人民政府代理市长", None, JIYUAN_MEETING)],
                 id="meeting_without_a_colon_decides_every_item_under_it"),
    pytest.param([f"{JIYUAN_MEETING}于2023年5月31日决定：", "决定任命张宏义同志为济源市人民政府代理市长。"],
                 [("张宏义", "appoint", "济源市人民政府代理市长", None, JIYUAN_MEETING + "决定")],
                 id="decider_with_its_day_inside"),
    pytest.param([f"{JIYUAN_MEETING} 决定：", "决定任命张宏义同志为济源市人民政府代理市长。"],
                 [("张宏义", "appoint", "济源市人民政府代理市长", None, JIYUAN_MEETING + "决定")],
                 id="decider_spaced_before_jue_ding"),
    # 全国人大常委会公告 2018-02-24: 孟伟的…副主任委员职务相应终止 (a dismissal); 自然终止 and 其 written for the test
    pytest.param(["全国人民代表大会常务委员会决定：", "孟伟的第十二届全国人民代表大会环境与资源保护委员会副主任委员职务相应终止。"],
                 [("孟伟", "dismiss", "第十二届全国人民代表大会环境与资源保护委员会副主任委员", None, "全国人民代表大会常务委员会决定")],
                 id="post_ending_with_its_holders_mandate"),
    pytest.param(["全国人民代表大会常务委员会决定：", "依照《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》的有关规定，"
                  "孟伟的第十二届全国人民代表大会环境与资源保护委员会副主任委员职务相应终止。"],
                 [("孟伟", "dismiss", "第十二届全国人民代表大会环境与资源保护委员会副主任委员", None, "全国人民代表大会常务委员会决定")],
                 id="post_ending_after_the_law_it_follows"),
    pytest.param(["会议决定：", "接受孟伟辞去全国人民代表大会代表职务的请求；", "其全国人民代表大会环境与资源保护委员会副主任委员职务自然终止。"],
                 [("孟伟", "dismiss", "全国人民代表大会代表", None, None),
                  ("孟伟", "dismiss", "全国人民代表大会环境与资源保护委员会副主任委员", None, None)],
                 id="post_of_the_person_before_ending_naturally"),
    # 竹山 2016-05 (任命陈建平为竹山县人民政府副县长、代理县长; 周玲, 龚举海): several statements, the last ending in an acting post
    # (written for the test with those names)
    pytest.param(["会议决定：", f"任命周玲、龚举海为{ZHUSHAN}副县长；任命陈建平为{ZHUSHAN}副县长、{ZHUSHAN}党组成员、竹山县公安局局长，"
                  "代理县长职务。"],
                 [("周玲", "appoint", f"{ZHUSHAN}副县长", None, None), ("龚举海", "appoint", f"{ZHUSHAN}副县长", None, None),
                  ("陈建平", "appoint", f"{ZHUSHAN}副县长", None, None),
                  ("陈建平", "appoint", f"{ZHUSHAN}党组成员", None, None),
                  ("陈建平", "appoint", "竹山县公安局局长", None, None),
                  ("陈建平", "appoint", f"{ZHUSHAN}县长", "代理", None)],
                 id="several_appointed_then_one_to_three_posts_and_an_acting_one"),
]


@pytest.mark.parametrize("lines, expected", UNTUNED)
def test_each_phrasing_of_an_untuned_issue_gives_its_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


def test_a_title_printed_with_dai_li_after_a_pause_mark_stays_the_post_printed():
    """'副县长、代理县长' (竹山 2016-05) names the title 代理县长: a row of its own, as before."""
    assert rows(["会议决定：", f"任命陈建平为{ZHUSHAN}副县长、代理县长。"])[0][1] == (
        "陈建平", "appoint", f"{ZHUSHAN}代理县长", None, None)


def test_a_post_kept_with_ji_xu_dan_ren_is_no_row_and_a_loss():
    """继续担任 keeps a post: never a person '刘家义继续' appointed (written for the test)."""
    line = "刘家义继续担任审计署审计长。"
    assert rows(["市人民政府决定：", line]) == ([], [[line]])


# --- lists nobody tuned on, second round (issue 21, appt21g; tests/data/SOURCES.md, "appt21g") ---------------------------
# 河南 2017-03 (东方今报), 安徽 2016-02 (安徽市场报) and 山东 2018-03 (齐鲁晚报) decisions of standing committees,
# as a gazette's list prints them (a text export) and as a raw two-column extraction gives them (lines wrapped mid-word,
# blank lines between them).

ANHUI_FINANCE = "省人大常委会财政经济工作委员会副主任"
ANHUI_JUSTICE = "省人大常委会内务司法工作委员会主任"
HENAN_AUDIT = "河南省审计厅厅长"
HENAN_COURT = "河南省高级人民法院副院长"
HENAN_OFFICE = "河南省人大常委会办公厅主任"
MEETING = None  # "会议决定", its meeting named nowhere in these lines: who decided is unknown

# class 1: several people in one 任命 or 免去 sentence, joined by 、 or a comma; a bracket after a post qualifies it
SEVERAL_IN_ONE_SENTENCE = [
    pytest.param(["会议决定：", f"任命纪冰为{ANHUI_FINANCE}（挂职，时间六个月）、王福宏为{ANHUI_JUSTICE}。"],
                 [("纪冰", "appoint", ANHUI_FINANCE, "挂职，时间六个月", MEETING), ("王福宏", "appoint", ANHUI_JUSTICE, None, MEETING)],
                 id="appointed_joined_by_a_pause_mark_after_a_secondment_with_its_time"),
    pytest.param(["会议决定：", f"任命汪中山为{HENAN_AUDIT}（试用期一年）、宋海萍为{HENAN_COURT}。"],
                 [("汪中山", "appoint", HENAN_AUDIT, "试用期一年", MEETING), ("宋海萍", "appoint", HENAN_COURT, None, MEETING)],
                 id="appointed_joined_by_a_pause_mark_after_a_probation"),
    pytest.param(["会议决定：", f"任命纪冰为{ANHUI_FINANCE}，王福宏为{ANHUI_JUSTICE}，吴旭军为省人大常委会内务司法工作委员会副主任。"],
                 [("纪冰", "appoint", ANHUI_FINANCE, None, MEETING), ("王福宏", "appoint", ANHUI_JUSTICE, None, MEETING),
                  ("吴旭军", "appoint", "省人大常委会内务司法工作委员会副主任", None, MEETING)],
                 id="appointed_joined_by_commas"),
    pytest.param(["会议决定：", f"免去米剑峰的河南省监察厅厅长职务、刘荃的{HENAN_AUDIT}职务。"],
                 [("米剑峰", "dismiss", "河南省监察厅厅长", None, MEETING), ("刘荃", "dismiss", HENAN_AUDIT, None, MEETING)],
                 id="dismissed_joined_by_a_pause_mark"),
    pytest.param(["会议决定：", f"任命纪冰为省人大常委会财政经济工作委员", "", "会副主任（挂职，时间六个月）、王福宏为省", "",
                  "人大常委会内务司法工作委员会主任。"],
                 [("纪冰", "appoint", ANHUI_FINANCE, "挂职，时间六个月", MEETING), ("王福宏", "appoint", ANHUI_JUSTICE, None, MEETING)],
                 id="raw_appointed_joined_by_a_pause_mark_wrapped_mid_word"),
]


@pytest.mark.parametrize("lines, expected", SEVERAL_IN_ONE_SENTENCE)
def test_each_person_of_one_sentence_gives_their_rows_and_a_bracket_qualifies_the_post(lines, expected):
    assert rows(lines) == (expected, [])


# class 2: a named decision among decisions that name no one (a roll elsewhere lists those people): the named one gives its row,
# the others a note quoting them, no row and no loss
UNNAMED_AMONG = ["决定任命杨汝北为河南省人大常委会办公厅主任。", "根据省高级人民法院院长提请，免去部分审判人员职务。",
                 "批准任命郑州市、开封市人民检察院检察长。"]
UNNAMED_AMONG_RAW = ["决定任命杨汝北为河南省人大常委会办公", "", "厅主任。", "", "根据省高级人民法院院长提请，免去部分审", "",
                     "判人员职务。", "", "批准任命郑州市、开封市人民检察院检", "", "察长。"]
SHANDONG_VOTE = "会议以无记名按表决器的方式表决，决定"
UNNAMED_DECISIONS = [
    pytest.param(UNNAMED_AMONG, [("杨汝北", "appoint", HENAN_OFFICE, None, None)], UNNAMED_AMONG[1:],
                 id="named_decision_among_decisions_naming_no_one"),
    pytest.param(UNNAMED_AMONG_RAW, [("杨汝北", "appoint", HENAN_OFFICE, None, None)], UNNAMED_AMONG[1:],
                 id="raw_named_decision_among_decisions_naming_no_one"),
    pytest.param(["会议还任免了人民法院有关审判人员职务，免去了人民检察院有关检察人员职务。"], [],
                 ["会议还任免了人民法院有关审判人员职务，免去了人民检察院有关检察人员职务。"], id="court_staff_decided_unnamed"),
    pytest.param([f"{SHANDONG_VOTE}接受李群辞去山东省副省长职务的请求；决定任命25名省政府组成人员。"],
                 [("李群", "dismiss", "山东省副省长", None, None)], ["决定任命25名省政府组成人员。"],
                 id="people_counted_not_named"),
    pytest.param([f"经大会表决通过，任命6人，其中任命纪冰为{ANHUI_FINANCE}，王福宏为{ANHUI_JUSTICE}。"],
                 [("纪冰", "appoint", ANHUI_FINANCE, None, None), ("王福宏", "appoint", ANHUI_JUSTICE, None, None)],
                 [f"经大会表决通过，任命6人，其中任命纪冰为{ANHUI_FINANCE}，王福宏为{ANHUI_JUSTICE}。"],
                 id="people_counted_then_named_after_qi_zhong"),
]


@pytest.mark.parametrize("lines, expected, noted", UNNAMED_DECISIONS)
def test_a_decision_naming_no_one_is_a_note_never_a_row_or_a_loss(lines, expected, noted):
    warnings = []
    found = appointments.parse(lines, warnings=warnings)
    assert [(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in found] == expected
    assert [(w.level, w.kind) for w in warnings] == [("note", "appointment_unnamed")] * len(noted)
    assert [w.lines[0] for w in warnings] == noted


# class 3: the list's end: a brief's headline and first lines after the last item (unpunctuated in a raw page) are no
# part of its post; the lines cut off are left for the next section (or the coverage check's unread lines)
LIST_THEN_A_BRIEF = [
    pytest.param(["会议决定：", "免去夏林的河南省人大常委会副秘书长、办公厅主任职务", "河南省人大常委会第二十七次会议闭幕",
                  "□东方今报·猛犸新闻记者 米方杰", "圆满完成各项议程后，省十二届人大常委会第二十七次会议于3月30日下午在郑州闭幕。"],
                 [("夏林", "dismiss", "河南省人大常委会副秘书长", None, MEETING), ("夏林", "dismiss", HENAN_OFFICE, None, MEETING)],
                 id="headline_byline_and_first_paragraph_after_an_unpunctuated_item"),
    pytest.param(["会议决定：", "任命杨汝北为河南省人大常委会办公", "", "厅主任", "", "省十三届人大常委会第二次会议", "", "闭会", "",
                  "本报济南3月29日讯(记者 范佳) 29日下午，省十三届人大常委会第二", "", "次会议在济南闭会。"],
                 [("杨汝北", "appoint", HENAN_OFFICE, None, MEETING)],
                 id="raw_headline_wrapped_over_two_lines_and_a_dateline"),
    pytest.param(["会议决定：", "任命杨汝北为河南省人大常委会办公厅主任；", "本报济南3月29日讯(记者 范佳) 29日下午，省十三届人大常委会第二次会议"
                  "在济南闭会。"],
                 [("杨汝北", "appoint", HENAN_OFFICE, None, MEETING)],
                 id="dateline_without_a_headline"),
]


@pytest.mark.parametrize("lines, expected", LIST_THEN_A_BRIEF)
def test_a_list_ends_before_the_brief_after_it(lines, expected):
    assert rows(lines) == (expected, [])


def test_a_section_title_naming_its_body_is_no_start_of_the_list_its_dated_report_ends():
    """'长宁区人大常委会人事任免' (上海长宁 2023-07-31, tests/data/SOURCES.md raw20) titles the section; the dated report under it
    ('7月31日下午，…') is the section's own, not a brief after a list begun at the title."""
    lines = ["长宁区人大常委会人事任免", "7月31日下午，区十七届人大常委会举行第十三次会议。会议审议和通过有关人事任免事项，"
             "决定任命侯继军同志为长宁区人民政府副区长。"]
    assert rows(lines) == ([("侯继军", "appoint", "长宁区人民政府副区长", None, "区十七届人大常委会第十三次会议")], [])


def test_a_post_wrapped_over_a_short_line_before_a_brief_stays_whole():
    """'…任命杨汝北为河南省人大常委会' over '办公厅主任' (no headline: the line above ends no post) keeps the post whole."""
    lines = ["会议决定：", "任命杨汝北为河南省人大常委会", "办公厅主任", "本报济南3月29日讯(记者 范佳) 29日下午，省十三届人大常委会第二次会议"
             "在济南闭会。"]
    assert rows(lines) == ([("杨汝北", "appoint", HENAN_OFFICE, None, MEETING)], [])


# class 4: other phrasings of the same decisions that were misread silently
PHRASINGS = [
    pytest.param([f"此外，经表决，决定免去米剑峰的河南省监察厅厅长职务，同时，决定免去刘荃的{HENAN_AUDIT}职务，决定任命刘荃为河南省监察厅"
                  f"厅长。同时，决定任命王东伟为河南省财政厅厅长，任命汪中山为{HENAN_AUDIT}，任命宋海萍为{HENAN_COURT}。"],
                 [("米剑峰", "dismiss", "河南省监察厅厅长", None, None), ("刘荃", "dismiss", HENAN_AUDIT, None, None),
                  ("刘荃", "appoint", "河南省监察厅厅长", None, None), ("王东伟", "appoint", "河南省财政厅厅长", None, None),
                  ("汪中山", "appoint", HENAN_AUDIT, None, None), ("宋海萍", "appoint", HENAN_COURT, None, None)],
                 id="tong_shi_between_statements_is_no_post"),
    pytest.param(["会议决定：", "免去夏林的河南省人大常委会副秘书长、办公厅主任职务，张国赞的河南省人大常委会副秘书长职务。"],
                 [("夏林", "dismiss", "河南省人大常委会副秘书长", None, MEETING), ("夏林", "dismiss", HENAN_OFFICE, None, MEETING),
                  ("张国赞", "dismiss", "河南省人大常委会副秘书长", None, MEETING)],
                 id="an_office_after_a_pause_mark_is_of_the_body_before"),
    pytest.param(["会议根据省人民政府省长提请，任命王东伟为河南省财政厅厅长。"],
                 [("王东伟", "appoint", "河南省财政厅厅长", None, None)], id="ti_qing_before_the_appointment"),
    pytest.param(["任命：", f"纪冰为{ANHUI_FINANCE}", f"王福宏为{ANHUI_JUSTICE}", "免去：", "朱勇的省人大常委会内务司法工作委员会主任职务"],
                 [("纪冰", "appoint", ANHUI_FINANCE, None, None), ("王福宏", "appoint", ANHUI_JUSTICE, None, None),
                  ("朱勇", "dismiss", ANHUI_JUSTICE, None, None)],
                 id="a_roll_printed_one_a_line_without_closing_marks"),
]


# A raw page that put a rule's passage note and articles before the list (their heading painted over the wrong column): the
# dated note opens no brief that ends the list, for the list has not begun; its lines are told unread, the list read whole.
# 包头市 立法条例 (tests/test_raw_extraction.py, tests/data/SOURCES.md) over the 河南 2017-03 decision above
BAOTOU_PASSAGE = ["（2001年4月29日包头市第十一届人民代表大会第四次会议通过 2001年6月3日内蒙古自治区第九届人民代表大会常务委员会",
                  "第二十三次会议批准）", "第一章 总则"]


def test_a_dated_line_before_the_list_begins_never_ends_it():
    found, losses = rows(BAOTOU_PASSAGE + ["会议决定：", "任命杨汝北为河南省人大常委会办公厅主任。"])
    assert found == [("杨汝北", "appoint", HENAN_OFFICE, None, MEETING)]
    assert losses == [["".join(BAOTOU_PASSAGE[:2]) + BAOTOU_PASSAGE[2]]]  # one entry, as the reader joins unended lines


@pytest.mark.parametrize("lines, expected", PHRASINGS)
def test_other_phrasings_of_a_decision_give_their_rows_without_a_loss(lines, expected):
    assert rows(lines) == (expected, [])


# A scan's reader takes the print's 「、」 or 「，」 for 「：」 (issue 12, ocr12f): read as printed, the colon glued two posts,
# two people or two clauses into one record, silently. Each line is a real one with the misread put in.
MISREAD_COLONS = [
    pytest.param(
        ["市人民政府决定：", "倪士章任温州市瓯飞开发建设投资集团有限公司董事长：总经理（试用期一年）；"],
        [appoint("倪士章", "温州市瓯飞开发建设投资集团有限公司董事长", "试用期一年"),
         appoint("倪士章", "温州市瓯飞开发建设投资集团有限公司总经理", "试用期一年")],
        id="colon_between_two_titles",  # 2020-06 line 880
    ),
    pytest.param(
        ["市人民政府决定：", "戴源涌：林志海任温州市住房公积金管理", "中心副主任（试用期一年）；"],
        [appoint("戴源涌", "温州市住房公积金管理中心副主任", "试用期一年"),
         appoint("林志海", "温州市住房公积金管理中心副主任", "试用期一年")],
        id="colon_between_two_names",  # 2020-06 lines 874-876
    ),
    pytest.param(
        ["市人民政府决定：", "徐志宏任温州市公安局副局长：免去其温州市公安局交通管理局局长职务；"],
        [appoint("徐志宏", "温州市公安局副局长"), dismiss("徐志宏", "温州市公安局交通管理局局长")],
        id="colon_before_a_dismissal_clause",  # 2020-06 line 854
    ),
    pytest.param(
        ["上海市人大常委会决定：", "任命郭芳：张小宏为上海市副市长，免去张为的上海市副市长职务。"],
        [appoint("郭芳", "上海市副市长", decided_by="上海市人大常委会决定"),
         appoint("张小宏", "上海市副市长", decided_by="上海市人大常委会决定"),
         dismiss("张为", "上海市副市长", decided_by="上海市人大常委会决定")],
        id="colon_between_names_after_ren_ming",  # 上海市人大常委会 2023-01-08 (tests/data/SOURCES.md)
    ),
]


@pytest.mark.parametrize("lines, expected", MISREAD_COLONS)
def test_a_colon_misread_for_a_pause_or_comma_is_read_as_it_and_told_quoting_the_line(lines, expected):
    warnings = []
    assert appointments.parse(lines, warnings=warnings) == expected
    assert [w.kind for w in warnings] == ["appointment_colon_misread"]
    assert "：" in warnings[0].lines[0]


def test_a_colon_opening_a_list_stays_a_colon_and_tells_nothing():
    warnings = []
    rows = appointments.parse(["市人民政府决定免去：", "张力男的温州市生态环境局副局长职务；"], warnings=warnings)  # 2019-04
    assert [(r.person, r.action, r.position) for r in rows] == [("张力男", "dismiss", "温州市生态环境局副局长")]
    assert warnings == []


# --- an acting post decided of 其, the person just appointed (issue 21, misc21i; tests/data/SOURCES.md, "misc21i") -----------
# 生活报 2012-01-09 (黑龙江): 省十一届人大常委会第三十一次会议决定任命徐明为省人民检察院副检察长、代理检察长; laid out for the test
# with 其 after a comma, as other decisions word it, the post in full or its title alone, the deputy post among two, and a raw
# column's lines without their comma under the decider printed without a colon
HLJ = "黑龙江省第十一届人民代表大会常务委员会第三十一次会议决定"
HLJ_DEPUTY = ("徐明", "appoint", "黑龙江省人民检察院副检察长", None, HLJ)
HLJ_ACTING = ("徐明", "appoint", "黑龙江省人民检察院代理检察长", None, HLJ)
ACTING_OF_QI = [
    pytest.param([HLJ + "：", "任命徐明为黑龙江省人民检察院副检察长，决定其为代理检察长。"], [HLJ_DEPUTY, HLJ_ACTING],
                 id="jue_ding_qi_wei_acting_prosecutor"),
    pytest.param([HLJ + "：", "任命徐明为黑龙江省人民检察院副检察长，任命其为代理检察长。"], [HLJ_DEPUTY, HLJ_ACTING],
                 id="ren_ming_qi_wei_acting_prosecutor"),
    pytest.param([HLJ + "：", "任命徐明为黑龙江省人民检察院副检察长，决定其为黑龙江省人民检察院代理检察长。"],
                 [HLJ_DEPUTY, HLJ_ACTING], id="acting_post_in_full_after_qi_wei"),
    pytest.param([HLJ + "：", "任命徐明为黑龙江省人民检察院副检察长、检察委员会委员，决定其为代理检察长。"],
                 [HLJ_DEPUTY, ("徐明", "appoint", "黑龙江省人民检察院检察委员会委员", None, HLJ), HLJ_ACTING],
                 id="acting_title_takes_the_body_of_the_deputy_post_not_of_the_last"),
    pytest.param([HLJ, "任命徐明为黑龙江省人民检察院副检察长", "决定其为代理检察长"], [HLJ_DEPUTY, HLJ_ACTING],
                 id="raw_lines_without_their_comma_under_a_decider_without_a_colon"),
    pytest.param([HLJ + "：", "决定任命徐明为黑龙江省人民检察院副检察长、决定其为代理检察长。"], [HLJ_DEPUTY, HLJ_ACTING],
                 id="jue_ding_qi_wei_after_a_pause_mark"),
]


@pytest.mark.parametrize("lines, expected", ACTING_OF_QI)
def test_an_acting_post_decided_of_qi_is_a_row_of_the_person_just_appointed(lines, expected):
    assert rows(lines) == (expected, [])


# --- who asked for a decision (提请), and how the vote went (issue 21, misc21k; tests/data/SOURCES.md, "misc21k") ------------
# 肇东 2018-12-15 (黑龙江, 0455zd.com): 根据表决结果，任命熊福春同志为肇东市文化广电新闻出版局局长，…; the mayor's 提请 (吕江同志代市长
# 李延春作…的提请报告) worded for the test as decisions name who asked: after 经, as grounds before who decided, of 其 after a comma
ZHAODONG = "肇东市第九届人民代表大会常务委员会第八次会议决定"
ZD_CULTURE = "肇东市文化广电新闻出版局局长"
ZD_COMMERCE = "肇东市商务局局长"
PROPOSED = [
    pytest.param(["根据表决结果，任命熊福春同志为肇东市文化广电新闻出版局局长，任命李连杰同志为肇东市商务局局长，任命徐晓峰同志为"
                  "肇东市人力资源和社会保障局局长。"],
                 [("熊福春", "appoint", ZD_CULTURE, None, None), ("李连杰", "appoint", ZD_COMMERCE, None, None),
                  ("徐晓峰", "appoint", "肇东市人力资源和社会保障局局长", None, None)], [],
                 id="gen_ju_biao_jue_jie_guo_before_the_appointments"),
    pytest.param(["会议决定：", "经市人民政府市长李延春提请，任命熊福春为肇东市文化广电新闻出版局局长；"],
                 [("熊福春", "appoint", ZD_CULTURE, None, MEETING)], [], id="jing_ti_qing_before_the_appointment"),
    pytest.param(["根据市人民政府市长李延春的提请，会议决定：", "任命熊福春为肇东市文化广电新闻出版局局长；", "免去李连杰的肇东市商务局局长职务。"],
                 [("熊福春", "appoint", ZD_CULTURE, None, MEETING), ("李连杰", "dismiss", ZD_COMMERCE, None, MEETING)], [],
                 id="gen_ju_de_ti_qing_before_who_decided"),
    pytest.param([f"根据市人民政府市长李延春的提请，{ZHAODONG}：", "任命熊福春为肇东市文化广电新闻出版局局长。"],
                 [("熊福春", "appoint", ZD_CULTURE, None, ZHAODONG)], [], id="gen_ju_de_ti_qing_before_a_standing_committee"),
    pytest.param(["会议决定：", "任命熊福春为肇东市文化广电新闻出版局局长，提请其为局党组书记；"],
                 [("熊福春", "appoint", ZD_CULTURE, None, MEETING)],
                 [["任命熊福春为肇东市文化广电新闻出版局局长，提请其为局党组书记", "提请其为局党组书记"]],
                 id="ti_qing_qi_wei_is_a_request_quoted_never_a_person_named_ti_qing_qi"),
]


@pytest.mark.parametrize("lines, expected, losses", PROPOSED)
def test_who_asked_and_how_the_vote_went_are_no_post_and_a_request_is_no_row(lines, expected, losses):
    assert rows(lines) == (expected, losses)


# A second post held concurrently (兼 / 兼任), the 肇东 posts above worded for the test: after a comma, without one, for two people
JIAN = [
    pytest.param(["会议决定：", "任命熊福春为肇东市商务局局长，兼任肇东市文化广电新闻出版局局长。"],
                 [("熊福春", "appoint", ZD_COMMERCE, None, MEETING), ("熊福春", "concurrent", ZD_CULTURE, None, MEETING)],
                 id="jian_ren_after_a_comma_keeps_the_second_post"),
    pytest.param(["会议决定：", "任命熊福春、李连杰为肇东市商务局副局长兼肇东市文化广电新闻出版局副局长。"],
                 [("熊福春", "appoint", "肇东市商务局副局长", None, MEETING),
                  ("熊福春", "concurrent", "肇东市文化广电新闻出版局副局长", None, MEETING),
                  ("李连杰", "appoint", "肇东市商务局副局长", None, MEETING),
                  ("李连杰", "concurrent", "肇东市文化广电新闻出版局副局长", None, MEETING)],
                 id="two_people_each_with_both_posts_joined_by_jian"),
    pytest.param(["会议决定：", "任命熊福春为肇东市商务局局长兼任肇东市文化广电新闻出版局局长。"],
                 [("熊福春", "appoint", ZD_COMMERCE, None, MEETING), ("熊福春", "concurrent", ZD_CULTURE, None, MEETING)],
                 id="jian_ren_without_a_comma_is_no_part_of_the_first_post"),
    pytest.param(["会议决定：", "任命熊福春为肇东市商务局局长兼任职业教育中心主任。"],
                 [("熊福春", "appoint", ZD_COMMERCE, None, MEETING), ("熊福春", "concurrent", "职业教育中心主任", None, MEETING)],
                 id="jian_ren_before_a_post_opening_with_zhi_keeps_it_whole"),
]


@pytest.mark.parametrize("lines, expected", JIAN)
def test_a_post_held_concurrently_is_a_row_of_its_own(lines, expected):
    assert rows(lines) == (expected, [])


def test_an_acting_post_in_a_decision_the_report_names_is_a_row_of_its_own():
    """太原 2019-01-15 (太原日报; tests/data/SOURCES.md, "misc21k"): '作出关于李晓波代理太原市市长的决定' was read as a post."""
    lines = ["会议决定任命李晓波为太原市副市长，作出关于李晓波代理太原市市长的决定。"]
    assert rows(lines) == ([("李晓波", "appoint", "太原市副市长", None, MEETING), ("李晓波", "appoint", "太原市市长", "代理", MEETING)], [])


# --- who decided, when the decision names no body (issue 21, appt23; tests/data/SOURCES.md, "appt23") -------------------
# '会议决定', '决定', '会议任命…' name no one: their rows were decided by the meeting the section named before them, in the report's
# opening sentence ('…第二十五次会议召开', '…举行第二十次会议', '…在贵阳召开'), in a decision of the report ('…第二十三次会议表决通过，
# 决定…') or in a heading; a body the line names ('省政府决定免去…') decided whatever meeting the section named. Where the section
# named none, who decided is unknown (None; the rows above). A meeting a report's sentence names is decided_by as the meeting
# alone ('…第二十次会议'); a list's own heading ('…第二十三次会议决定：') as printed.
TAIYUAN_20 = "市十四届人大常委会第二十次会议"
GUIZHOU_21 = "贵州省第十三届人民代表大会常务委员会第二十一次会议"
HUBEI_23 = "湖北省十三届人大常委会第二十三次会议决定"
WUJIN_OPENING = "今天上午，区十七届人大常委会召开第二十五次会议。"
TAIYUAN_OPENING = "1月15日下午，市十四届人大常委会第二十次会议举行。"
GUIZHOU_OPENING = "11月24日，贵州省第十三届人民代表大会常务委员会第二十一次会议在贵阳召开"
TAIYUAN_DECISION = "会议决定任命李晓波为太原市副市长，作出关于李晓波代理太原市市长的决定。"
WUJIN_APPOINTED = "会议任命薛晔为常州市武进区人民政府副区长、代理区长。"
HUBEI_DECISIONS = ["任命王忠林为湖北省副省长、代理省长。", "会议决定，接受王晓东辞去湖北省省长职务的请求。"]
HUBEI_ROWS = [("王忠林", "appoint", "湖北省副省长", None, HUBEI_23), ("王忠林", "appoint", "湖北省代理省长", None, HUBEI_23),
              ("王晓东", "dismiss", "湖北省省长", None, HUBEI_23)]
TAIYUAN_ROWS = [("李晓波", "appoint", "太原市副市长", None, TAIYUAN_20), ("李晓波", "appoint", "太原市市长", "代理", TAIYUAN_20)]
WUJIN_ROWS = [("薛晔", "appoint", "常州市武进区人民政府副区长", None, WUJIN), ("薛晔", "appoint", "常州市武进区人民政府代理区长", None, WUJIN)]
MEETING_NAMED_BEFORE = [
    pytest.param([WUJIN_OPENING, "会议审议了人事任免案，决定接受恽淇丞同志辞去常州市武进区人民政府区长职务的请求，并报常州市武进区第十七届"
                  "人民代表大会第五次会议备案。", WUJIN_APPOINTED],
                 [("恽淇丞", "dismiss", "常州市武进区人民政府区长", None, WUJIN), *WUJIN_ROWS],
                 id="meeting_named_as_the_committee_holds_it_in_the_opening_sentence"),
    pytest.param([TAIYUAN_OPENING + TAIYUAN_DECISION], TAIYUAN_ROWS, id="meeting_held_then_its_decision_on_one_line"),
    pytest.param([GUIZHOU_OPENING + "。", "会议经表决通过，决定任命李炳军为贵州省人民政府副省长。"],
                 [("李炳军", "appoint", "贵州省人民政府副省长", None, GUIZHOU_21)], id="meeting_held_at_its_place"),
    pytest.param([GUIZHOU_OPENING + "，会议经表决通过，决定任命李炳军为贵州省人民政府副省长。"],
                 [("李炳军", "appoint", "贵州省人民政府副省长", None, GUIZHOU_21)], id="meeting_held_and_its_decision_after_a_comma"),
    pytest.param(["5月7日下午，湖北省十三届人大常委会第二十三次会议表决通过，决定" + HUBEI_DECISIONS[0], HUBEI_DECISIONS[1]],
                 [(*row[:4], HUBEI_23.removesuffix("决定")) for row in HUBEI_ROWS],  # a report's sentence: the meeting alone
                 id="meeting_named_in_the_reports_first_decision_with_its_day"),
    pytest.param(["湖北省十三届人大常委会第二十三次会议决定：", *HUBEI_DECISIONS], HUBEI_ROWS, id="meeting_named_in_a_heading"),
    pytest.param(["10月29日，广州市第十六届人大常委会召开第三十二次会议。", "会议经表决，决定任命胡浩为广州市人民政府副市长。"],
                 [("胡浩", "appoint", "广州市人民政府副市长", None, "广州市第十六届人大常委会第三十二次会议")],
                 id="committee_convening_its_meeting"),
    pytest.param(["25日上午，郑州市第十一届人大常委会举行第35次会议。会议接受陈义初辞去郑州市人民政府市长的职务，决定王文超代理郑州市市长。"],
                 [("陈义初", "dismiss", "郑州市人民政府市长", None, "郑州市第十一届人大常委会第35次会议"),
                  ("王文超", "appoint", "郑州市市长", "代理", "郑州市第十一届人大常委会第35次会议")],
                 id="meeting_numbered_in_digits_held_by_the_committee"),
    pytest.param(["9月29日下午，中山市十六届人大常委会第二十二次会议召开，决定任命陈晖东为中山市人民政府副市长。",
                  "免去刘云梅的中山市人民政府副市长职务。"],
                 [("陈晖东", "appoint", "中山市人民政府副市长", None, "中山市十六届人大常委会第二十二次会议"),
                  ("刘云梅", "dismiss", "中山市人民政府副市长", None, "中山市十六届人大常委会第二十二次会议")],
                 id="meeting_convened_and_its_decision_after_a_comma"),
    pytest.param(["昨天，揭阳市四届人大常委会召开第四十三次会议，决定任命陈绿平为揭阳市人民政府副市长，并决定陈绿平为揭阳市代理市长。"],
                 [("陈绿平", "appoint", "揭阳市人民政府副市长", None, "揭阳市四届人大常委会第四十三次会议"),
                  ("陈绿平", "appoint", "揭阳市代理市长", None, "揭阳市四届人大常委会第四十三次会议")],
                 id="meeting_of_yesterday"),
    pytest.param(["湖北省十三届人大常委会第二十三次会议决", "", "定：", "", *HUBEI_DECISIONS], HUBEI_ROWS,
                 id="raw_heading_broken_before_its_last_character"),
    pytest.param([WUJIN_OPENING, WUJIN_APPOINTED, TAIYUAN_OPENING, TAIYUAN_DECISION], WUJIN_ROWS + TAIYUAN_ROWS,
                 id="each_report_its_own_meeting"),
    pytest.param(["湖北省十三届人大常委会第二十三次会议决定：", *HUBEI_DECISIONS,
                  "市十五届人大常委会第十八次会议，审议了程用文提出的辞去所任职务的请求。依照《中华人民共和国地方各级人民代表大会和地方"
                  "各级人民政府组织法》的规定，决定接受程用文辞去武汉市人民政府市长职务。"],
                 [*HUBEI_ROWS, ("程用文", "dismiss", "武汉市人民政府市长", None, "市十五届人大常委会第十八次会议")],
                 id="a_later_paragraph_naming_its_meeting_as_what_reviewed_the_request"),
    pytest.param([TAIYUAN_OPENING, TAIYUAN_DECISION, "省政府决定免去马志强的省太忻经济一体化发展促进中心副主任职务（终止试用期）。"],
                 [*TAIYUAN_ROWS, ("马志强", "dismiss", "省太忻经济一体化发展促进中心副主任", "终止试用期", "省政府决定")],
                 id="a_body_named_on_the_line_decided_whatever_meeting_was_named"),
]


@pytest.mark.parametrize("lines, expected", MEETING_NAMED_BEFORE)
def test_a_decision_naming_no_body_was_taken_by_the_meeting_named_before_it(lines, expected):
    assert rows(lines) == (expected, [])


def test_an_opening_sentence_saying_more_than_its_meeting_is_a_note_quoting_it_and_still_names_it():
    """武进 2025-07 as printed: who chaired follows the meeting in its opening sentence; the sentence decides nothing (a report's
    narrative: a note quoting it whole, no loss), the meeting it names still decides the rows after it."""
    opening = "今天上午，区十七届人大常委会召开第二十五次会议，会议由区人大常委会主任石伟东主持。"
    assert rows([opening, WUJIN_APPOINTED]) == (WUJIN_ROWS, [])
    warnings = []
    appointments.parse([opening, WUJIN_APPOINTED], warnings=warnings)
    assert [(w.kind, w.lines) for w in warnings] == [("appointment_narrative", [opening])]


# 武穴 (湖北) 12月15日 brief of the raw extraction rows (tests/data/raw/build.py WUXUE; tests/data/SOURCES.md), its closing
# sentence cut at a column's top (no date opens it, its heading lost), run into the 安徽 decision above
WUXUE_SENTENCE = "进一步明晰工作思路，确定工作任务，推动工作落实。"


def test_a_briefs_sentence_run_into_a_list_gives_no_row_and_is_a_loss_quoting_it():
    """Measured before: 确定工作 appointed 务 and 推动工作落实, stored (a warning said the posts were odd, the rows stayed)."""
    lines = ["会议决定：", f"任命纪冰为{ANHUI_FINANCE}（挂职，时间六个月）、王福宏为{ANHUI_JUSTICE}。", WUXUE_SENTENCE]
    assert rows(lines) == ([("纪冰", "appoint", ANHUI_FINANCE, "挂职，时间六个月", MEETING),
                            ("王福宏", "appoint", ANHUI_JUSTICE, None, MEETING)],
                           [[WUXUE_SENTENCE, "确定工作：务", "确定工作：推动工作落实"]])


def test_a_report_retelling_the_list_it_follows_gives_each_decision_once():
    """The 湖北 heading and decisions above, then the report's own sentence retelling the first (as a brief read inside the
    section on a raw page does): one row per person, action and post; the repeat is a note, not a loss."""
    retold = "5月7日下午，湖北省十三届人大常委会第二十三次会议表决通过，决定" + HUBEI_DECISIONS[0]
    warnings = []
    found = appointments.parse(["湖北省十三届人大常委会第二十三次会议决定：", *HUBEI_DECISIONS, retold], warnings=warnings)
    assert [(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in found] == HUBEI_ROWS
    assert [(w.level, w.kind) for w in warnings] == [("note", "appointment_repeated")]

"""人事任免 as real pages of national bodies, 北京, 上海 and their districts print them, laid out as an issue's column (issue 21
§1): the State Council's heads decided without a verb of appointment, who nominated them after 会议, a day named in brackets
after 今天, people elected (当选), a roll grouped by post, a roll's title over its adoption line, a body's list title. Each page
gives its rows and no loss warning. Sources: tests/data/SOURCES.md, "wild16"."""

import pytest

from issues.parser import parse_issue
from tests.printed_issues import issue_text

LOSS_KINDS = ("appointment_unread", "appointment_part_unread", "appointment_post_unusual", "unread_line", "toc_entry_empty")


def read(lines, year=2023, month=3):
    """The rows (person, action, position, decided_by) of the lines printed as a month's 人事任免, and the loss warnings' kinds."""
    parsed = parse_issue(issue_text(year, month, [("人事任免", f"{month}月份人事任免", lines)]))
    rows = [(a.person, a.action, a.position, a.decided_by) for a in parsed.appointments]
    return rows, [w.kind for w in parsed.warnings if w.level == "loss" and w.kind in LOSS_KINDS]


VICE_PREMIERS = [(name, "appoint", "国务院副总理", None) for name in ("丁薛祥", "何立峰", "张国清", "刘国中")]
COUNCILLORS = [(name, "appoint", "国务委员", None) for name in ("李尚福", "王小洪", "吴政隆", "谌贻琴", "秦刚")]
SHIJINGSHAN = "石景山区第十五届人民代表大会第一次会议"
NPC_FOURTH = "全国人大常委会第四次会议"
SHANGHAI_MEETING = "上海市第十五届人民代表大会常务委员会第四十八次会议"
BEIJING_35TH, BEIJING_21ST = "北京市十四届人大常委会第三十五次会议", "北京市十五届人大常委会第二十一次会议"
BEIJING_34TH = "北京市第十三届人民代表大会常务委员会第三十四次会议"
STATE_COUNCIL_BATCH, VICE_MINISTERS = "国务院任免一批国家工作人员", "国务院任免一批副部级国家工作人员"
PAGES = [
    # 全国人大 2023-03-12 (人民日报): who nominated after 会议, the vote, then people for two posts, no verb of appointment
    pytest.param(["会议根据国务院总理李强的提名，经投票表决决定，丁薛祥、何立峰、张国清、刘国中为国务院副总理，李尚福、王小洪、吴政隆、"
                  "谌贻琴、秦刚为国务委员。"], VICE_PREMIERS + COUNCILLORS, id="premiers_nominee_decided_for_two_posts_without_a_verb"),
    # the same laid out for the test without the comma after 决定: 决定 straight before several names
    pytest.param(["会议决定丁薛祥、何立峰为国务院副总理，李尚福为国务委员。"], VICE_PREMIERS[:2] + COUNCILLORS[:1],
                 id="several_names_straight_after_jue_ding"),
    # 全国人大常委会 2023-07-25 (etnet.com.hk, in traditional characters, laid out in simplified; 人行行长 written out): the meeting's
    # day and place before 举行, the vote before 决定, a post held besides the main one dismissed (兼任的)
    pytest.param(["全国人大常委会25日在北京举行第四次会议，表决决定免去秦刚兼任的外交部部长职务，任命王毅为外交部部长；同时，免去易纲的"
                  "中国人民银行行长职务，任命潘功胜为中国人民银行行长。"],
                 [("秦刚", "dismiss", "外交部部长", NPC_FOURTH), ("王毅", "appoint", "外交部部长", NPC_FOURTH),
                  ("易纲", "dismiss", "中国人民银行行长", NPC_FOURTH), ("潘功胜", "appoint", "中国人民银行行长", NPC_FOURTH)],
                 id="a_post_held_besides_dismissed_at_a_meeting_dated_before_held"),
    # 北京 2023-12-27 (15jw.com): the day named in brackets after 今天
    pytest.param(["今天（12月27日）上午，市十六届人大常委会第七次会议决定：接受刘宇辉辞去北京市副市长职务的请求，并报北京市人民代表大会备案。"],
                 [("刘宇辉", "dismiss", "北京市副市长", "市十六届人大常委会第七次会议决定")], id="a_day_in_brackets_after_jin_tian"),
    # 石景山 2011-12 (北京日报): people elected, one sentence for each post; then those who no longer hold a post
    pytest.param(["夏林茂当选为石景山区人民政府区长，文献、田利跃、李艳当选为副区长。", "廉果、邱思达不再担任区人大常委会副主任职务。"],
                 [("夏林茂", "appoint", "石景山区人民政府区长", None), ("文献", "appoint", "副区长", None),
                  ("田利跃", "appoint", "副区长", None), ("李艳", "appoint", "副区长", None),
                  ("廉果", "dismiss", "区人大常委会副主任", None), ("邱思达", "dismiss", "区人大常委会副主任", None)],
                 id="people_elected"),
    # the same election laid out for the test as a roll grouped by post under its results' heading
    pytest.param([f"{SHIJINGSHAN}选举结果：", "区人民政府区长：夏林茂", "区人民政府副区长：文献、田利跃、李艳"],
                 [("夏林茂", "appoint", "区人民政府区长", SHIJINGSHAN), ("文献", "appoint", "区人民政府副区长", SHIJINGSHAN),
                  ("田利跃", "appoint", "区人民政府副区长", SHIJINGSHAN), ("李艳", "appoint", "区人民政府副区长", SHIJINGSHAN)],
                 id="a_roll_grouped_by_post"),
    # 上海 2023-01-08 (澎湃新闻)'s decisions laid out for the test as the roll a 人大常委会 prints, its title over its adoption line
    pytest.param(["上海市人民代表大会常务委员会任免名单", f"（2023年1月8日{SHANGHAI_MEETING}通过）", "任命郭芳、张小宏为上海市副市长；",
                  "免去张为的上海市副市长职务；", "决定贾宇为上海市高级人民法院代理院长。"],
                 [("郭芳", "appoint", "上海市副市长", SHANGHAI_MEETING), ("张小宏", "appoint", "上海市副市长", SHANGHAI_MEETING),
                  ("张为", "dismiss", "上海市副市长", SHANGHAI_MEETING),
                  ("贾宇", "appoint", "上海市高级人民法院代理院长", SHANGHAI_MEETING)], id="a_rolls_title_over_its_adoption_line"),
    # 国务院 2022-06-19 (as news accounts report it) laid out for the test as a list under the body's title
    pytest.param(["国务院任命香港特别行政区第六届政府主要官员：", "任命陈国基为政务司司长；", "任命卓永兴为政务司副司长。"],
                 [("陈国基", "appoint", "政务司司长", "国务院"), ("卓永兴", "appoint", "政务司副司长", "国务院")],
                 id="a_list_under_the_title_naming_the_body_appointing"),
    # 北京 2017-02-24 (中新社): the meeting named with its day and 举行, then 接受了; the same decision told again with the vote's manner
    pytest.param(["北京市十四届人大常委会第三十五次会议24日举行。会议接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。",
                  "当天会议以按表决器的方式，接受了李士祥、陈刚、林克庆辞去北京市副市长职务的请求。"],
                 [(name, "dismiss", "北京市副市长", BEIJING_35TH) for name in ("李士祥", "陈刚", "林克庆")],
                 id="resignations_accepted_told_again_with_the_votes_manner"),
    # the same worded for the test as a report shortens the meeting: no 第, the day, 正式接受了, a second 接受 over two people
    pytest.param(["24日下午，北京市十四届人大常委会三十五次会议正式接受了李士祥辞去北京市副市长职务的请求，接受陈刚、林克庆辞去北京市"
                  "副市长职务的请求。"],
                 [(name, "dismiss", "北京市副市长", "北京市十四届人大常委会三十五次会议") for name in ("李士祥", "陈刚", "林克庆")],
                 id="meeting_without_di_accepting_for_good_then_accepting_two_more"),
    # 北京 2020-03-28 (东方日报, traditional characters laid out in simplified): held 昨日, voted and appointed without a comma
    pytest.param(["北京市十五届人大常委会第二十次会议昨日召开，会议经表决通过任命崔述强为北京市人民政府副市长。"],
                 [("崔述强", "appoint", "北京市人民政府副市长", "北京市十五届人大常委会第二十次会议")],
                 id="held_yesterday_then_voted_and_appointed_without_a_comma"),
    # the same meeting's decision worded for the test straight after its name, the vote between
    pytest.param(["北京市十五届人大常委会第二十次会议经表决通过任命崔述强为北京市人民政府副市长。"],
                 [("崔述强", "appoint", "北京市人民政府副市长", "北京市十五届人大常委会第二十次会议")],
                 id="meeting_voted_straight_before_its_verb"),
    # 北京 2012-07 (新京报 2012-11-30: "…第三十四次会议，…同时任命王安顺为北京市副市长、代理市长"), worded for the test as an agency's
    # dispatch prints a decision: the day before 决定, its colon, no verb of appointment, the acting post after 、
    pytest.param(["北京市第十三届人民代表大会常务委员会第三十四次会议25日决定：王安顺为北京市副市长、代理市长。"],
                 [("王安顺", "appoint", "北京市副市长", BEIJING_34TH), ("王安顺", "appoint", "北京市代理市长", BEIJING_34TH)],
                 id="decided_after_a_colon_without_a_verb_and_an_acting_post_after_a_pause"),
    # 通州 2023-03-10 (运河商报): the person decided on named with the title they hold, the vote's manner before 决定
    pytest.param(["会议决定接受孟景伟辞去通州区人民政府区长职务的请求，报通州区人民代表大会备案。",
                  "会议以按表决器表决方式，决定郑皓副区长代理通州区人民政府区长职务。"],
                 [("孟景伟", "dismiss", "通州区人民政府区长", None), ("郑皓", "appoint", "通州区人民政府区长", None)],
                 id="acting_head_named_with_the_title_held_after_the_votes_manner"),
    # 国务院 2012-02 (新华网): the list's title as a report's sentence, its source and 日前 before it, 其中 opening the list
    pytest.param(["据中国政府网消息，国务院日前任免一批国家工作人员。其中，任命励小捷为国家文物局局长，免去单霁翔的国家文物局局长职务。"],
                 [("励小捷", "appoint", "国家文物局局长", STATE_COUNCIL_BATCH), ("单霁翔", "dismiss", "国家文物局局长", STATE_COUNCIL_BATCH)],
                 id="list_title_as_a_reports_sentence"),
    # 国务院 2024 (澎湃新闻 as cn.bg3.co printed it): the title naming the rank, a person named after the post they hold
    pytest.param(["国务院任免一批副部级国家工作人员。", "任命南京航空航天大学党委书记单忠德为工业和信息化部副部长；任命张政为文化和旅游部副部长。",
                  "免去左力（女）的司法部副部长职务。"],
                 [("单忠德", "appoint", "工业和信息化部副部长", VICE_MINISTERS), ("张政", "appoint", "文化和旅游部副部长", VICE_MINISTERS),
                  ("左力", "dismiss", "司法部副部长", VICE_MINISTERS)], id="a_person_named_after_the_post_they_hold"),
    # 北京 2020-04-24 (财新网): the vote heading its items on its line
    pytest.param(["4月24日，北京市十五届人大常委会第二十一次会议表决任命：杨晋柏任北京市副市长，亓延军任北京市副市长、市公安局局长。"],
                 [("杨晋柏", "appoint", "北京市副市长", BEIJING_21ST), ("亓延军", "appoint", "北京市副市长", BEIJING_21ST),
                  ("亓延军", "appoint", "市公安局局长", BEIJING_21ST)], id="the_vote_heading_its_items_on_its_line"),
    # 国务院 2018-04 (中新网): what a published notice showed, an agency's 署长
    pytest.param(["4日，人社部网站公布的国务院任免消息显示，王晓涛任国家国际发展合作署署长。"],
                 [("王晓涛", "appoint", "国家国际发展合作署署长", None)], id="what_a_notice_showed_and_an_agencys_head"),
    # 上海 2016-09 (于秀芬 left the committee's office for a bureau, as 澎湃 reported it), worded for the test as a standing committee
    # words a member leaving it: 其 for the person of the dismissal before
    pytest.param(["免去于秀芬的上海市人民代表大会常务委员会副秘书长职务，并接受其辞去上海市人民代表大会常务委员会委员职务的请求。"],
                 [("于秀芬", "dismiss", "上海市人民代表大会常务委员会副秘书长", None),
                  ("于秀芬", "dismiss", "上海市人民代表大会常务委员会委员", None)], id="bing_jie_shou_qi_of_the_person_dismissed"),
]


@pytest.mark.parametrize("lines, expected", PAGES)
def test_each_page_gives_its_rows_without_a_loss(lines, expected):
    assert read(lines) == (expected, [])


def test_a_list_of_holders_printed_without_punctuation_is_a_loss_never_a_row():
    """香港 2022-08-24 (行政长官办公室, as a site flattens it): posts and holders one a line under headings, no mark between them; read
    as printed it glues every line into one: told, never a row."""
    rows, losses = read(["新获委任的副局长和政治助理为：", "副局长", "环境及生态局副局长黄淑娴", "发展局副局长林智文"])
    assert rows == [] and {"appointment_post_unusual", "appointment_unread"} & set(losses)


TOLD = [
    # 通州 2023-03-10 (运河商报): people left unnamed by 等18人: rows for those named, the statement quoted
    pytest.param(["会议以无记名投票方式，任命李春雨、何娇、徐莉等18人为通州区人民法院审判员。"],
                 [(name, "appoint", "通州区人民法院审判员", None) for name in ("李春雨", "何娇", "徐莉")], ["appointment_part_unread"],
                 id="people_left_unnamed_by_deng_n_ren"),
    # 上海 2020-03 (上海法治报): the draft the meeting reviewed, a party committee's decision told as the reason, then the decision
    pytest.param(["会议审议了市人大常委会《关于接受廖国勋同志辞去上海市监察委员会主任职务的请求的决定（草案）》。根据中共中央决定，廖国勋任"
                  "上海市委副书记，不再担任上海市监察委员会主任职务。会议经表决，决定接受廖国勋辞去上海市监察委员会主任职务的请求。"],
                 [("廖国勋", "dismiss", "上海市监察委员会主任", None)], ["appointment_background"],
                 id="a_party_committees_decision_told_is_a_loss_never_rows"),
    # 北京 2007-11 (中评社): the party's decision announced before its colon
    pytest.param(["沈跃跃受中央委派宣布中央决定：王岐山同志不再兼任北京市委副书记、常委、委员职务，郭金龙同志任北京市委委员、常委、副书记。"],
                 [], ["appointment_background"], id="a_party_decision_announced_is_a_loss_never_rows"),
    # 国务院 2018-04 (中新网): a career told after what a report showed
    pytest.param(["公开报道显示，他此前担任国家发展和改革委员会党组成员、副主任。"], [], ["appointment_background"],
                 id="a_career_told_after_what_reports_showed"),
]


@pytest.mark.parametrize("lines, expected, losses", TOLD)
def test_what_a_page_tells_besides_its_decisions_is_a_loss_quoting_it(lines, expected, losses):
    """Its rows, and the losses quoting the rest (a column left without rows also tells its TOC entry empty)."""
    parsed = parse_issue(issue_text(2023, 3, [("人事任免", "3月份人事任免", lines)]))
    assert [(a.person, a.action, a.position, a.decided_by) for a in parsed.appointments] == expected
    told = [w for w in parsed.warnings if w.level == "loss" and w.kind != "toc_entry_empty"]
    assert [w.kind for w in told] == losses
    assert all(any(w.lines[0].strip("。") in line for line in lines) for w in told)

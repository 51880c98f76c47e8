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
]


@pytest.mark.parametrize("lines, expected", PAGES)
def test_each_page_gives_its_rows_without_a_loss(lines, expected):
    assert read(lines) == (expected, [])


def test_a_list_of_holders_printed_without_punctuation_is_a_loss_never_a_row():
    """香港 2022-08-24 (行政长官办公室, as a site flattens it): posts and holders one a line under headings, no mark between them; read
    as printed it glues every line into one: told, never a row."""
    rows, losses = read(["新获委任的副局长和政治助理为：", "副局长", "环境及生态局副局长黄淑娴", "发展局副局长林智文"])
    assert rows == [] and {"appointment_post_unusual", "appointment_unread"} & set(losses)

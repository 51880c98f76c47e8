"""政务简讯: title (re-joined across breaks), date of the event, body, from real lines of the issues."""

from datetime import date

import pytest

from issues.parser import news
from issues.parser.records import ParsedNews

CASES = [
    pytest.param(
        [
            "全市数字经济发展推进会暨 政府数字化转型工作部署会召开",
            "4月2日，全市数字经济发展推进会暨政府数字化转型工作部署会召开。",
            "姚高员强调，基础要做强，加快产业园区智慧化改造。项目",
            "要招引，着重招引一批数字经济核心制造业大项目。",
        ],
        2019,
        [
            ParsedNews(
                "全市数字经济发展推进会暨政府数字化转型工作部署会召开",
                date(2019, 4, 2),
                "4月2日，全市数字经济发展推进会暨政府数字化转型工作部署会召开。\n"
                "姚高员强调，基础要做强，加快产业园区智慧化改造。项目要招引，着重招引一批数字经济核心制造业大项目。",
            )
        ],
        id="title_space_of_a_line_break_and_paragraph_cut_by_a_page",  # 2019-04 lines 981-991
    ),
    pytest.param(
        [
            "## 市委常委会会议研究部署非公企业 党建和安全发展有关工作",
            "5月27日，市委常委会召开会议。",
            "### 我市开展粤港澳地区温商家乡行活动",
            "5月27日，我市开展粤港澳地区温商家乡行活动。",
        ],
        2021,
        [
            ParsedNews("市委常委会会议研究部署非公企业党建和安全发展有关工作", date(2021, 5, 27), "5月27日，市委常委会召开会议。"),
            ParsedNews("我市开展粤港澳地区温商家乡行活动", date(2021, 5, 27), "5月27日，我市开展粤港澳地区温商家乡行活动。"),
        ],
        id="markdown_heading_marks_on_titles",  # 2021-05 lines 874-890
    ),
    pytest.param(
        [
            "长三角粮食和物资 发展与合作会议在温召开",
            "为深入贯彻国家粮食安全战略和长三角一体化发展战略，推进沪、苏、浙、皖四地粮食和物资一体化高质量发展，"
            "切实提升长三角地区粮食和物资安全保障水平，11月25日，第十五届长三角粮食和物资发展与合作会议在浙江温州召开。",
        ],
        2020,
        [
            ParsedNews(
                "长三角粮食和物资发展与合作会议在温召开",
                date(2020, 11, 25),
                "为深入贯彻国家粮食安全战略和长三角一体化发展战略，推进沪、苏、浙、皖四地粮食和物资一体化高质量发展，"
                "切实提升长三角地区粮食和物资安全保障水平，11月25日，第十五届长三角粮食和物资发展与合作会议在浙江温州召开。",
            )
        ],
        id="date_after_an_opening_clause",  # 2020-11 lines 992-994
    ),
    pytest.param(
        ["温州市—嘉黎县 对口支援座谈会在温召开", "11月26日至29日，西藏自治区那曲市嘉黎县党政代表团来温对接对口支援工作。"],
        2020,
        [
            ParsedNews(
                "温州市—嘉黎县对口支援座谈会在温召开",
                date(2020, 11, 26),
                "11月26日至29日，西藏自治区那曲市嘉黎县党政代表团来温对接对口支援工作。",
            )
        ],
        id="event_over_several_days_dated_by_its_first",  # 2020-11 lines 942-944
    ),
    pytest.param(
        [
            "2020浙江·台湾合作周 温州会场主活动举行",
            "11月4日上午，2020“浙江·台湾合作周”温州会场主活动在温举行。",
            "“浙江·台湾合作周”是浙江省面向台湾",
            "同胞举办的综合性经贸交流活动，自2013年以来每年举办一届。",
        ],
        2020,
        [
            ParsedNews(
                "2020浙江·台湾合作周温州会场主活动举行",
                date(2020, 11, 4),
                "11月4日上午，2020“浙江·台湾合作周”温州会场主活动在温举行。\n"
                "“浙江·台湾合作周”是浙江省面向台湾同胞举办的综合性经贸交流活动，自2013年以来每年举办一届。",
            )
        ],
        id="broken_line_without_a_comma_is_no_title",  # 2020-11 lines 966-972
    ),
    pytest.param(
        [
            "政务简讯",
            "市政府常务会议研究",
            "高校毕业生招引“510计划” ",
            "9月15日，我市召开市政府常务会议，审议通过《方案》。",
            "会议指出，当前正处于全球人才流动的“窗口期”。",
            "政 务 简 讯",
            "市政府部署秋冬季疫情防控工作 ",
            "抓好常态化精密智控 交出防疫高分报表",
            "9月24日，市委副书记、市长姚高员召开会议对秋冬季疫情防控工作再动员、再部署。",
        ],
        2020,
        [
            ParsedNews(
                "市政府常务会议研究高校毕业生招引“510计划”",
                date(2020, 9, 15),
                "9月15日，我市召开市政府常务会议，审议通过《方案》。\n会议指出，当前正处于全球人才流动的“窗口期”。",
            ),
            ParsedNews(
                "市政府部署秋冬季疫情防控工作抓好常态化精密智控交出防疫高分报表",
                date(2020, 9, 24),
                "9月24日，市委副书记、市长姚高员召开会议对秋冬季疫情防控工作再动员、再部署。",
            ),
        ],
        id="raw_titles_over_two_lines_and_column_labels",  # 2020-09 lines 4124-4126, 4289-4299, 4422-4425
    ),
    pytest.param(
        [
            "陈伟俊主持召开",
            "高等教育发展工作座谈会 ",
            "9月11日，省委常委、市委书记陈伟俊主持召开高等教育发展工作座谈会。",
            "发挥高校平台育才引才留才作用，让温州成为各路英才",
            "政 务 简 讯",
            "政务简讯",
            "的向往地、创业地、圆梦地。",
        ],
        2020,
        [
            ParsedNews(
                "陈伟俊主持召开高等教育发展工作座谈会",
                date(2020, 9, 11),
                "9月11日，省委常委、市委书记陈伟俊主持召开高等教育发展工作座谈会。\n"
                "发挥高校平台育才引才留才作用，让温州成为各路英才的向往地、创业地、圆梦地。",
            )
        ],
        id="raw_paragraph_cut_by_column_labels_at_a_page_turn",  # 2020-09 lines 4022-4026, 4122-4134
    ),
    pytest.param(
        ["我市部署推进全国文明城市创建工作 ", "9月8日，我市召开推进会。", "到位、工作达标见效。", " 1日", "△  市长姚高员参加全省领导干部会议。"],
        2020,
        [ParsedNews("我市部署推进全国文明城市创建工作", date(2020, 9, 8), "9月8日，我市召开推进会。\n到位、工作达标见效。")],
        id="raw_cut_running_into_the_chronicle_stops_there",  # 2020-09 lines 4150-4152, 4216, 4506-4508
    ),
    pytest.param(
        [
            "陈伟俊主持召开高等教育发展工作座谈会",
            "9月11日，省委常委、市委书记陈伟俊主持召开高等教育发展工作座谈会。",
            "陈伟俊指出，高校在建设“重要窗口”",
            "中具有十分重要的作用，是自觉践行“两个维护”的重要阵地。",
        ],
        2020,
        [
            ParsedNews(
                "陈伟俊主持召开高等教育发展工作座谈会",
                date(2020, 9, 11),
                "9月11日，省委常委、市委书记陈伟俊主持召开高等教育发展工作座谈会。\n"
                "陈伟俊指出，高校在建设“重要窗口”中具有十分重要的作用，是自觉践行“两个维护”的重要阵地。",
            )
        ],
        id="raw_column_line_ending_in_a_closing_quote_continues",  # 2020-09 lines 4052-4058
    ),
]


@pytest.mark.parametrize("lines, year, expected", CASES)
def test_news(lines, year, expected):
    assert news.parse(lines, year=year) == expected


@pytest.mark.parametrize(
    "issue_month, paragraph, expected",
    [
        pytest.param(1, "12月30日，市政府召开会议。", date(2020, 12, 30), id="december_brief_in_a_january_issue"),
        pytest.param(12, "1月2日，市政府召开会议。", date(2022, 1, 2), id="january_brief_in_a_december_issue"),
        pytest.param(6, "6月3日，市政府召开会议。", date(2021, 6, 3), id="brief_of_the_issue_month"),
        # 人民网 2010-12-16 (湖北): six months after the issue's month either way, a brief is of the year before (news12)
        pytest.param(6, "12月16日，湖北省第十一届人大常委会第二十次会议决定，接受李鸿忠因工作变动辞去湖北省省长职务的请求，"
                        "任命王国生为湖北省副省长、代理省长。", date(2020, 12, 16), id="december_brief_in_a_june_issue"),
        pytest.param(12, "6月16日，湖北省第十一届人大常委会第二十次会议决定，接受李鸿忠因工作变动辞去湖北省省长职务的请求。",
                     date(2021, 6, 16), id="june_brief_in_a_december_issue"),
        pytest.param(6, "6月31日，市政府召开会议。", None, id="impossible_date_gives_none"),
    pytest.param(6, "近日，市政府召开会议。", None, id="undated_brief_has_no_date"),
    ],
)
def test_news_year_around_the_turn_of_the_year(issue_month, paragraph, expected):
    (brief,) = news.parse(["市政府召开会议", paragraph], year=2021, issue_month=issue_month)
    assert brief.date == expected


def test_news_without_issue_month_reads_the_sections_commonest_month():
    lines = ["甲会议召开", "1月5日，甲会议召开。", "乙会议召开", "12月30日，乙会议召开。", "丙会议召开", "1月8日，丙会议召开。"]
    assert [brief.date for brief in news.parse(lines, year=2021)] == [
        date(2021, 1, 5),
        date(2020, 12, 30),
        date(2021, 1, 8),
    ]


# 三明市统计局 2021-07: a brief on the economy, its first paragraph opening with a part of the year (shortened)
SANMING_TITLE = "上半年全市经济稳中加固稳中向好"
SANMING = "上半年，在以习近平同志为核心的党中央坚强领导下，全市上下认真贯彻落实各项决策部署，全市经济呈现稳中加固、稳中向好的发展态势。"


@pytest.mark.parametrize("lead", ["上半年，", "一季度，", "前三季度，"])
def test_a_brief_opening_with_a_part_of_the_year_is_a_brief_without_a_date(lead):
    warnings = []
    (brief,) = news.parse([SANMING_TITLE, lead + SANMING.removeprefix("上半年，")], year=2021, issue_month=7, warnings=warnings)
    assert (brief.title, brief.date, warnings) == (SANMING_TITLE, None, [])


def test_a_first_brief_whose_first_paragraph_is_not_read_is_a_loss_quoting_it():
    """The 三明 brief with its first paragraph opening in a way no rule reads ('在党中央坚强领导下，…'), before a dated one."""
    paragraph = SANMING.removeprefix("上半年，")
    warnings = []
    found = news.parse([SANMING_TITLE, paragraph, "甲会议召开", "7月5日，甲会议召开。"], year=2021, issue_month=7, warnings=warnings)
    assert [brief.title for brief in found] == ["甲会议召开"]
    assert [(w.level, w.kind, w.lines) for w in warnings] == [("loss", "news_unread", [SANMING_TITLE, paragraph])]


# 新华社 2023-06-28 (十四届全国人大常委会第三次会议闭幕), its first sentence; a relay's dateline of the day after and a
# closing on the last day of the month before are laid out as reports relayed the next day print them
NPC_CLOSING = "十四届全国人大常委会第三次会议28日下午在北京人民大会堂闭幕。"


@pytest.mark.parametrize("paragraph, expected", [
    pytest.param("新华社北京6月28日电 " + NPC_CLOSING, date(2023, 6, 28), id="dateline_and_event_of_one_day"),
    pytest.param("中评社北京6月29日电/据新华网报道，" + NPC_CLOSING, date(2023, 6, 28), id="relayed_the_day_after"),
    pytest.param("新华社北京7月1日电 " + NPC_CLOSING.replace("28日", "30日"), date(2023, 6, 30), id="event_of_the_month_before"),
    pytest.param("人民网北京6月28日电 今天上午，十四届全国人大常委会第三次会议闭幕。", date(2023, 6, 28), id="dateline_alone_dates_it"),
])
def test_a_brief_after_a_dateline_is_dated_by_its_event(paragraph, expected):
    (brief,) = news.parse(["全国人大常委会会议闭幕", paragraph], year=2023, issue_month=6)
    assert brief.date == expected


@pytest.mark.parametrize("paragraph", [
    "1—5月，规上服务业营业收入增长11.5%，其中现代服务业增势较好。",  # 2025-07 report (cqzpit.com)
    "1至6月，全市固定资产投资完成232.88亿元，同比增长34.5%。",  # 2015-07 report (xna8.com)
])
def test_a_brief_opening_with_the_months_since_the_years_start_is_a_brief_without_a_date(paragraph):
    warnings = []
    found = news.parse(["市政府召开常务会议", "6月2日，市政府召开常务会议。", "全市经济运行稳中向好", paragraph],
                       year=2021, issue_month=6, warnings=warnings)
    assert [(brief.title, brief.date) for brief in found] == [("市政府召开常务会议", date(2021, 6, 2)),
                                                              ("全市经济运行稳中向好", None)] and warnings == []


# --- briefs after a source's dateline or a byline, ending with one, dated by 号, titled in two parts (issue 21, news21;
# tests/data/SOURCES.md, "news21") ------------------------------------------------------------------------------------
XIUSHAN = ["县十七届人大常委会召开第三十六次会议", "秀山网讯 8月12日上午，县十七届人大常委会召开第三十六次会议，听取审议了有关议案和报告。"]
SHEXIAN = "8月14日，县十六届人大常委会召开第三十一次会议。"
ZHEJIANG = "证券时报e公司讯，28日至30日，浙江省省长袁家军专题调研温州都市区建设工作。袁家军指出，温州是改革开放先行地。（浙江日报）"
ZHANGZHOU = "8月27日上午，漳州市十六届人大常委会召开第二十三次会议。"
SOURCES_AND_BYLINES = [
    pytest.param(
        [*XIUSHAN, "县十六届人大常委会召开第三十一次会议", "本网讯(何晓芳)" + SHEXIAN],
        [("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12)), ("县十六届人大常委会召开第三十一次会议", date(2015, 8, 14))],
        id="website_datelines_with_a_bracketed_byline",  # 秀山 2021-08, 涉县 2015-08
    ),
    pytest.param(
        [*XIUSHAN, "县十六届人大常委会召开第三十一次会议", "本报综合消息 为听取审议有关议案，" + SHEXIAN[:-1].replace("8月14日，", "")
         + "。", "县十七届人大常委会召开第三十七次会议", "本报综合讯 " + SHEXIAN.replace("14日", "28日")],
        [("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12)), ("县十六届人大常委会召开第三十一次会议", None),
         ("县十七届人大常委会召开第三十七次会议", date(2015, 8, 28))],
        id="a_papers_report_put_together_from_several",  # 涉县 2015-08 under 本报综合消息 / 本报综合讯 (泉州晚报's form)
    ),
    pytest.param(
        [*XIUSHAN, "浙江：高起点谋划建设温州都市区", ZHEJIANG, "漳州市十六届人大常委会召开第二十三次会议",
         "台海网8月28日讯(海峡导报记者 张雄敏 刘龙 通讯员 郑文典 薛敏灵) " + ZHANGZHOU],
        [("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12)), ("浙江：高起点谋划建设温州都市区", date(2015, 8, 28)),
         ("漳州市十六届人大常委会召开第二十三次会议", date(2015, 8, 27))],
        id="a_companys_dateline_a_range_of_days_and_a_closing_paper",  # 证券时报 2019-05, 台海网 2019-08
    ),
    pytest.param(
        [*XIUSHAN, "县十六届人大常委会召开第三十一次会议", "温州网讯 为听取审议有关议案，县十六届人大常委会召开第三十一次会议。"],
        [("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12)), ("县十六届人大常委会召开第三十一次会议", None)],
        id="a_dateline_over_an_opening_clause_that_names_no_date",  # 涉县 2015-08, its date left out
    ),
    pytest.param(
        ["漳州市十六届人大常委会召开第二十三次会议", ZHANGZHOU + "（记者 张雄敏 刘龙）", "县十六届人大常委会召开第三十一次会议",
         "（记者 何晓芳 通讯员 王一）" + SHEXIAN],
        [("漳州市十六届人大常委会召开第二十三次会议", date(2015, 8, 27)), ("县十六届人大常委会召开第三十一次会议", date(2015, 8, 14))],
        id="a_byline_closing_a_brief_and_one_opening_the_next",  # 台海网 2019-08 (its byline moved to the end), 涉县 2015-08
    ),
    pytest.param(
        ["漳州市十六届人大常委会召开第二十三次会议", ZHANGZHOU, "（记者 张雄敏 刘龙）", "县十七届人大常委会召开第三十六次会议",
         "12号上午，县十七届人大常委会召开第三十六次会议。"],
        [("漳州市十六届人大常委会召开第二十三次会议", date(2015, 8, 27)), ("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12))],
        id="a_byline_alone_on_its_line_and_a_day_spoken_with_hao",  # 台海网 2019-08, 秀山 2021-08 (its day as 12号)
    ),
    pytest.param(
        [*XIUSHAN, "县十六届人大常委会召开第三十一次会议", "审议人事任免，听取工作报告", SHEXIAN,
         "县十六届人大常委会召开第三十二次会议：", "审议人事任免事项", "昨天，县十六届人大常委会召开第三十二次会议。"],
        [("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12)),
         ("县十六届人大常委会召开第三十一次会议审议人事任免，听取工作报告", date(2015, 8, 14)),
         ("县十六届人大常委会召开第三十二次会议：审议人事任免事项", None)],
        id="titles_in_two_parts",  # 涉县 2015-08, its title's second part written for the test
    ),
    pytest.param(
        [*XIUSHAN, "县十六届人大常委会召开第三十一次会议", "县十六届人大常委会14号上午召开第三十一次会议。",
         "县十七届人大常委会召开第三十七次会议", "县十七届人大常委会28日召开第三十七次会议，听取审议了有关议案和报告。"],
        [("县十七届人大常委会召开第三十六次会议", date(2015, 8, 12)), ("县十六届人大常委会召开第三十一次会议", date(2015, 8, 14)),
         ("县十七届人大常委会召开第三十七次会议", date(2015, 8, 28))],
        id="a_day_without_its_month_inside_the_first_sentence",  # 涉县 2015-08 and 秀山 2021-08, their days so worded for the test
    ),
]


@pytest.mark.parametrize("lines, expected", SOURCES_AND_BYLINES)
def test_briefs_after_a_dateline_or_byline_are_split_and_dated_without_a_loss(lines, expected):
    warnings = []
    found = news.parse(lines, year=2015, issue_month=8, warnings=warnings)
    assert [(brief.title, brief.date) for brief in found] == expected
    assert [w for w in warnings if w.kind != "news_day_alone"] == []  # a day printed without its month: a note (test_news_dates)
    assert all("记者" not in brief.title for brief in found)


def test_a_first_brief_whose_title_is_printed_over_two_lines_is_found_by_its_toc_entry():
    """The 目录 names the first brief's whole title; a print breaks it where the text export keeps a
    space ('全市数字经济发展推进会暨' over '政府数字化转型工作部署会召开', 2019-04), and a reader keeps
    centred title lines apart: the section is still found, with the same briefs."""
    from issues.parser import parse_issue
    from tests.conftest import fixture_text

    text = fixture_text("2019-04")
    title = "全市数字经济发展推进会暨 政府数字化转型工作部署会召开"
    assert text.count(title) == 1
    printed = text.replace(title, title.replace(" ", "\n\n"))
    assert parse_issue(printed).to_export()["news"] == parse_issue(text).to_export()["news"]


# --- a source line under the title, and a title broken inside quotation marks (issue 21, misc21i; tests/data/SOURCES.md, "misc21i")
# 国际在线 2019-03-15 (its lead as printed, the title written for the test); 中评社 2024-03-11 (四川, 据四川日报报导); 和平县 2020-08
# (广东, its first sentence; the headlines written for the test); the source and reporter lines laid out on their own line under the
# title, as a raw column prints them
CRI = "15日闭幕的十三届全国人大二次会议批准了政府工作报告，同意报告提出的2019年经济社会发展总体要求、政策取向、目标任务和重点工作。"
SICHUAN = "3月10日，省委书记、省人大常委会主任、代表团团长王晓辉，省委副书记、省长、代表团副团长黄强在驻地看望慰问参加全国两会报导的部分中央媒体和我省媒体记者。"
HEPING = "8月3日晚，县长黄海生主持召开专题会议，研究广东省文化科技卫生“三下乡”主场活动(和平县)筹备工作。"
HEPING_TITLE = "和平县交通、产业、文旅、民生“四箭齐发”"
SOURCE_LINES_AND_QUOTES = [
    pytest.param(["政府工作报告共修改83处", "国际在线报道(记者 乔全兴):", CRI], [("政府工作报告共修改83处", date(2019, 3, 15))],
                 id="a_sites_report_and_its_reporter_before_a_colon"),
    pytest.param(["政府工作报告共修改83处", "央视记者李宁报道：", CRI], [("政府工作报告共修改83处", date(2019, 3, 15))],
                 id="a_stations_reporter_before_a_colon"),
    pytest.param(["省领导看望慰问全国两会报导记者", "据四川日报报导，", SICHUAN], [("省领导看望慰问全国两会报导记者", date(2019, 3, 10))],
                 id="what_the_brief_is_taken_from"),
    pytest.param(["政府工作报告共修改83处", CRI, "和平县交通、产业、文旅、民生“四箭", "齐发”", HEPING],
                 [("政府工作报告共修改83处", date(2019, 3, 15)), (HEPING_TITLE, date(2019, 8, 3))],
                 id="a_title_broken_inside_quotation_marks"),
    pytest.param(["政府工作报告共修改83处", CRI, "和平县交通、产业、文旅、民生“四箭", "齐发”" + HEPING],
                 [("政府工作报告共修改83处", date(2019, 3, 15)), (HEPING_TITLE, date(2019, 8, 3))],
                 id="the_close_of_the_quotation_glued_to_the_first_paragraph"),
    pytest.param(["政府工作报告共修改83处", CRI, "和平县文化科技卫生《三下", "乡》主场活动筹备就绪", HEPING],
                 [("政府工作报告共修改83处", date(2019, 3, 15)), ("和平县文化科技卫生《三下乡》主场活动筹备就绪", date(2019, 8, 3))],
                 id="a_book_title_mark_left_open"),
]


@pytest.mark.parametrize("lines, expected", SOURCE_LINES_AND_QUOTES)
def test_a_source_line_under_a_title_opens_the_body_and_a_title_goes_on_to_its_closing_quote(lines, expected):
    warnings = []
    found = news.parse(lines, year=2019, issue_month=3, warnings=warnings)
    assert [(brief.title, brief.date) for brief in found] == expected
    assert [w.lines for w in warnings if w.level == "loss"] == []


# 澎湃新闻 2022-01-19 (上海市十五届人大六次会议主席团举行第一次会议): the brief, and the list it reports set under it as a gazette prints
# such a list, its heading and passage line written for the test from the brief's words (tests/data/SOURCES.md)
SHANGHAI_PRESIDIUM = ["上海市人代会举行主席团会议",  # the headline's first part
                      "1月19日，上海市十五届人大六次会议主席团举行第一次会议。市十五届人大常委会主任蒋卓庆主持会议。",  # date first
                      "上海市第十五届人民代表大会第六次会议主席团常务主席名单",
                      "（2022年1月19日上海市第十五届人民代表大会第六次会议主席团第一次会议通过）",
                      "李强 于绍良 蒋卓庆 徐泽洲 蔡威 高小玫 肖贵玉 莫负春 陈靖"]


@pytest.mark.parametrize("shape", ["text_export", "raw_extraction"])
def test_a_list_under_its_passage_line_inside_a_brief_stays_in_it_without_a_loss(shape):
    """The list's heading ('…名单') over its passage line, which names a day, read as a brief's title over its first line: an
    extra brief and the first one cut short (a raw column glues the names to the passage line)."""
    from tests.test_news_brief_openings import raw_extraction, text_export

    parsed, losses = (text_export if shape == "text_export" else raw_extraction)(2022, 1, SHANGHAI_PRESIDIUM)
    assert [(brief.title, brief.date) for brief in parsed.news] == [(SHANGHAI_PRESIDIUM[0], date(2022, 1, 19))]
    assert parsed.news[0].body.replace("\n", "").endswith("陈靖") and losses == []

"""The date of a brief (issues/parser/news_dates.py) under a dateline or a relative day (issue 21, news21h class 3): the
date is the one the text names, or null. A dateline gives the day the report was filed, never the event's when the text
says 昨日 or names another day ('央广网北京4月17日消息…国家统计局16日发布…'); 昨日 counts from a dateline's day (told as a
loss to check) and from nothing else ('本报讯（记者…）昨日，…' is null, whatever day comes later in the sentence).

Rows are real reports of other provinces and the nation (tests/data/SOURCES.md, "news21h"), laid out as the gazette's
政务简讯 print them; a row written for the test says so.
"""

from datetime import date

import pytest

from issues.parser import news

# 央广网 2024-04-17 (北京): a radio's dateline '…消息', the day the text names after it
CNR = ("央广网北京4月17日消息（记者王逸群）据中央广播电视总台中国之声《新闻和报纸摘要》报道，国家统计局16日发布的数据显示，初步核算，"
       "一季度国内生产总值318758亿元，按不变价格计算，同比增长5.4%。")
CNR_TITLE = "国家统计局：一季度国内生产总值同比增长5.4%"
# 中新社 2008-01-31 (上海): an agency's dateline in Chinese numerals, 今天 the dateline's day
CNS = "中新社上海一月三十一日电（记者 许晓青）上海市市长韩正今天在其连任后的第一个工作日与近二百位中外记者见面。"
CNS_TITLE = "上海市市长韩正在其连任后举行首场中外记者招待会"
# 西江网 2022-10-08 (贵港, 广西): 今天 with its date in brackets
GUIGANG = ("今天（10月8日）上午，全市“防疫情、抓安全、保稳定、稳增长、促发展”工作推进会在市区召开，会议贯彻落实党中央“疫情要防住、"
           "经济要稳住、发展要安全”重要要求。市委副书记、市长朱会东出席会议并讲话。")
GUIGANG_TITLE = "全市“防疫情、抓安全、保稳定、稳增长、促发展”工作推进会召开"
# 焦作日报 2022-03-31 (河南): a paper's dateline without a date, its bracketed byline
JIAOZUO = ("本报讯（记者朱晓琳）3月30日，市新冠肺炎疫情防控工作新闻发布会（第十二场）在市会议中心举行。市卫健委、市发改委、"
           "市交通运输局、市住建局、市商务局相关负责人出席新闻发布会并回答了记者提问。")
JIAOZUO_TITLE = "市新冠肺炎疫情防控工作新闻发布会（第十二场）举行"
# 千龙网 2026-01-25 (北京): a web paper's dateline, the day its text names
QIANLONG = ("千龙网北京1月25日讯（记者 刘美君）1月25日，北京市第十六届人民代表大会第四次会议在北京会议中心开幕。北京市市长殷勇在会上作"
            "政府工作报告，总结过去一年重点工作。")


def dated(title, first, year, month):
    warnings = []
    found = news.parse([title, first], year=year, issue_month=month, warnings=warnings)
    return [(brief.title, brief.date) for brief in found], [(w.kind, w.lines) for w in warnings]


DATES = [
    pytest.param(CNR_TITLE, CNR, 2024, 4, date(2024, 4, 16), [], id="a_radios_xiaoxi_dateline_dates_the_day_its_text_names"),
    pytest.param(CNR_TITLE, CNR.replace("国家统计局16日发布", "国家统计局昨日发布"), 2024, 4, date(2024, 4, 16),
                 [("news_relative_date", [CNR_TITLE])], id="yesterday_after_a_xiaoxi_dateline_counts_from_it_and_is_told"),
    pytest.param(CNR_TITLE, CNR.replace("4月17日消息", "4月17日专电").replace("国家统计局16日发布", "国家统计局昨日发布"), 2024, 4,
                 date(2024, 4, 16), [("news_relative_date", [CNR_TITLE])], id="yesterday_after_an_agencys_zhuandian"),
    pytest.param(CNR_TITLE, CNR.replace("4月17日消息", "4月17日新媒体专电").replace("国家统计局16日发布", "国家统计局昨日发布"),
                 2024, 4, date(2024, 4, 16), [("news_relative_date", [CNR_TITLE])], id="yesterday_after_a_new_media_zhuandian"),
    pytest.param(CNS_TITLE, CNS, 2008, 1, date(2008, 1, 31), [], id="today_after_a_dateline_in_chinese_numerals_is_its_day"),
    pytest.param(GUIGANG_TITLE, GUIGANG, 2022, 10, date(2022, 10, 8), [], id="today_with_its_date_in_brackets"),
    pytest.param(JIAOZUO_TITLE, JIAOZUO.replace("3月30日，市新冠", "昨日，市新冠").replace("在市会议中心举行。",
                                                                                         "在市会议中心举行，通报3月29日18时至30日18时疫情。"),
                 2022, 3, None, [], id="yesterday_without_a_dated_dateline_is_null_whatever_date_follows"),
    pytest.param(JIAOZUO_TITLE, JIAOZUO, 2022, 3, date(2022, 3, 30), [], id="a_papers_dateline_without_a_date_then_the_date"),
    pytest.param(JIAOZUO_TITLE, JIAOZUO.replace("3月30日，", "昨日（30日），"), 2022, 3, date(2022, 3, 30),
                 [("news_day_alone", [JIAOZUO_TITLE])], id="yesterday_as_zuori_with_its_day_in_brackets_is_that_day"),  # the bracket written for the test, as '今天（3日）'
    # loss16: 千龙网 2026-01-25 (北京, tests/data/SOURCES.md "loss16"), its first sentence without the day it names (worded for the
    # test): the dateline alone dates the brief, the day the report was filed, told; as printed, the day named, nothing told
    pytest.param("北京市十六届人大四次会议开幕", QIANLONG.replace("1月25日，北京市", "北京市"), 2026, 1, date(2026, 1, 25),
                 [("news_dateline_date", ["北京市十六届人大四次会议开幕"])], id="a_dateline_alone_dates_the_brief_and_is_told"),
    pytest.param("北京市十六届人大四次会议开幕", QIANLONG, 2026, 1, date(2026, 1, 25), [],
                 id="a_dateline_then_the_day_its_text_names_is_not_told"),
]


@pytest.mark.parametrize("title, first, year, month, expected, warnings", DATES)
def test_a_briefs_date_is_the_day_its_text_names_or_null(title, first, year, month, expected, warnings):
    """Before news21h: the 消息 and 专电 datelines' own days were taken (4-17, never the 16th the text names or 昨日 counts);
    '昨日…3月29日…' without a dated dateline took the 29th; '今天（10月8日）' opened no brief in a raw column."""
    assert dated(title, first, year, month) == ([(title, expected)], warnings)


# A day printed without its month (raw20): a paper dates its report by the day alone, in its own month, which the gazette
# reprinting it does not print. The day is the latest one the issue can report: on or before its publication date, never
# after its month's end; a note says the month was inferred. Rows from 北京 and national reports (tests/data/SOURCES.md, raw20),
# each report's day set as its paper prints a day of its own month (the dateline and 昨天 of the pages left out for the test).
# 京华时报 as 中新网 2004-03-29 reports it: the committee told the press on the 28th
BEIJING_2004 = "本报讯 北京市人大常委会28日透露，北京市十二届人大常委会第十次会议将听取市人民政府关于城市近期建设规划情况的报告。"
BEIJING_2004_TITLE = "市十二届人大常委会第十次会议将于3月31日召开"
# 北京日报 2020-10-29 (bjrd.gov.cn): '昨天上午，…' of the 28th, as the day alone
BEIJING_2020 = "本报讯 28日上午，市十五届人大常委会召开第二十五次会议，听取审议北京市历史文化名城保护条例修订草案等议题。"
BEIJING_2020_TITLE = "市人大常委会召开会议审议历史文化名城保护条例修订草案等议题"
# 新华社 2019-02-27: the chairmen's meeting of the NPC standing committee, its dateline left out
NPC_2019 = "十三届全国人大常委会第二十六次委员长会议27日下午在北京人民大会堂举行，栗战书委员长主持会议。"
NPC_2019_TITLE = "十三届全国人大常委会举行第二十六次委员长会议"

DAYS_ALONE = [
    pytest.param(BEIJING_2004_TITLE, BEIJING_2004, 2004, 4, date(2004, 4, 10), date(2004, 3, 28),
                 id="a_day_after_the_publication_day_is_of_the_month_before"),
    pytest.param(BEIJING_2020_TITLE, BEIJING_2020, 2020, 11, date(2020, 11, 15), date(2020, 10, 28),
                 id="a_day_at_the_start_of_its_sentence_after_the_papers_source"),
    pytest.param(NPC_2019_TITLE, NPC_2019, 2019, 3, date(2019, 3, 5), date(2019, 2, 27),
                 id="a_day_after_the_subject_before_its_verb"),
    pytest.param(BEIJING_2020_TITLE, BEIJING_2020, 2020, 10, date(2020, 10, 30), date(2020, 10, 28),
                 id="a_day_before_the_publication_day_is_of_the_issues_month"),
    pytest.param(BEIJING_2020_TITLE, BEIJING_2020.replace("28日上午", "3日上午"), 2020, 10, date(2020, 11, 5),
                 date(2020, 10, 3), id="an_issue_published_the_month_after_still_reports_its_own_month"),
    pytest.param(BEIJING_2020_TITLE, BEIJING_2020, 2020, 11, None, date(2020, 11, 28),
                 id="without_a_publication_date_the_issues_month"),
]


@pytest.mark.parametrize("title, first, year, month, published, expected", DAYS_ALONE)
def test_a_day_named_without_its_month_is_the_latest_the_issue_can_report_and_is_noted(title, first, year, month, published,
                                                                                       expected):
    """Before raw20: the issue's month, whatever its publication date ('28日' in an issue published on 11-15 was 11-28)."""
    warnings = []
    found = news.parse([title, first], year=year, issue_month=month, published=published, warnings=warnings)
    assert [(brief.title, brief.date) for brief in found] == [(title, expected)]
    assert [(w.level, w.kind, w.lines) for w in warnings] == [("note", "news_day_alone", [title])]

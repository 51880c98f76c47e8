"""Briefs whose first paragraph names no day (issue 21, news12): a lede under its outlet in square brackets ('【财新网】（记者
于海荣）…'), dated by the paragraph below it and told; a round-up's item under a title its first sentence repeats, its own
brief with no date, never running text of the brief before; and a title whose first paragraph is not read, after which the
paragraphs of its report open no untitled briefs (issues/parser/news.py, issues/parser/news_lines.py).

Rows are real reports of other provinces and the nation (tests/data/SOURCES.md, "news12"), laid out as the gazette's 政务简讯
print them, in a text export and a raw two-column extraction.
"""

from datetime import date

import pytest

from tests.test_news_brief_openings import HANCHUAN, HANCHUAN_TITLE, SHAPES

# 财新网 2018-11-22 (财政部, 北京): a lede naming no day under the outlet and its reporter, the day in the paragraph below
CAIXIN_TITLE = "焦小平：合规的10%限额内的PPP支出责任不是隐性债务"
CAIXIN_LEDE = ("【财新网】（记者 于海荣）在地方债清理规范过程中，政府和社会资本合作（PPP）项目支出责任是否计入隐性债务，一直争议较大。"
               "财政部PPP中心主任焦小平表示，财政部即将下发文件，明确依法合规的、10%限额以内的PPP支出责任不是隐性债务。")
CAIXIN_BELOW = ("焦小平11月22日在“2018第四届中国PPP融资论坛”上表示，过去五年来，PPP在国家深化全面改革中起到了先行先试的探索作用，"
                "但部分地方在PPP发展中出现泛化、异化等不规范现象。")
# 君山区 (岳阳, 湖南) 简报 2023-03: two items of a round-up, each titled by its first sentence, their days left out as a weekly
# round-up prints them (the 简报 prints 3月13日， and 3月16日，)
JUNSHAN = [("全区“4·25”系列活动及项目建设调度会召开",
            "全区“4·25”系列活动及项目建设调度会召开，区委书记雷欣，区委副书记、区长陈淼出席。区领导田军、朱平、庞域建、沈澍、"
            "李伟、叶凯文、杨曙东、周振及相关单位负责人参加。"),
           ("五洲先进视界传媒有限公司来区考察",
            "五洲先进视界传媒有限公司来区考察，区委书记雷欣，区委常委、宣传部部长朱平，副区长周振及相关单位负责人参加。考察团先后来到"
            "江豚湾体育公园、华龙码头、“守护好一江碧水”首倡地展陈馆等地，实地了解我区特色旅游产品打造。")]
# 中新网 2003-03-30 (湖南): the report's second paragraph laid out as the first under a title written from its text, its
# dateline paragraph after it
HUNAN_TITLE = "湖南省十届人大常委会第一次会议举行第七次全体会议"
HUNAN_UNREAD = "全体会议之前，常委会组成人员分组审议了张云川同志关于辞去省人民政府省长职务的报告。"
HUNAN_DATELINE = "中新网3月30日电 据红网消息：今天上午，湖南省十届人大常委会第一次会议举行第七次全体会议。"


def _briefs(parsed):
    return {n.title: (n.date, n.body) for n in parsed.news}


@pytest.mark.parametrize("read", SHAPES)
@pytest.mark.parametrize("first", [True, False], ids=["first_brief", "after_a_brief"])
def test_a_lede_under_its_outlet_in_brackets_opens_its_brief_dated_by_the_paragraph_below(read, first):
    """The lede opens the brief, which the paragraph below dates, told as a loss to check; without the outlet read, the title
    and lede were unread lines (or merged into the brief before)."""
    caixin = [CAIXIN_TITLE, CAIXIN_LEDE, CAIXIN_BELOW]
    hanchuan = [HANCHUAN_TITLE, HANCHUAN.replace("6月", "11月")]
    parsed, losses = read(2018, 11, caixin + hanchuan if first else hanchuan + caixin)
    found = _briefs(parsed)
    assert set(found) == {CAIXIN_TITLE, HANCHUAN_TITLE}
    assert found[CAIXIN_TITLE][0] == date(2018, 11, 22)
    assert found[CAIXIN_TITLE][1].startswith("【财新网】（记者 于海荣）在地方债") and "焦小平11月22日" in found[CAIXIN_TITLE][1]
    assert found[HANCHUAN_TITLE][0] == date(2018, 11, 15)
    below = [quoted for kind, quoted in losses if kind == "news_date_below"]
    assert len(below) == 1 and "".join(below[0]).startswith("焦小平11月22日")
    assert "news_unread" not in [kind for kind, _ in losses]


@pytest.mark.parametrize("read", SHAPES)
def test_a_round_ups_items_under_titles_their_text_repeats_are_briefs_without_a_date(read):
    """Each item is its own brief, with no date and no loss; they were merged into the brief before, told."""
    lines = [HANCHUAN_TITLE, HANCHUAN.replace("6月", "3月")] + [line for item in JUNSHAN for line in item]
    parsed, losses = read(2023, 3, lines)
    found = _briefs(parsed)
    assert list(found) == [HANCHUAN_TITLE] + [title for title, _ in JUNSHAN]
    assert found[HANCHUAN_TITLE] == (date(2023, 3, 15), HANCHUAN.replace("6月", "3月"))
    assert [found[title] for title, _ in JUNSHAN] == [(None, text) for _, text in JUNSHAN]
    assert losses == []


@pytest.mark.parametrize("read", SHAPES)
def test_a_reports_dated_paragraph_under_an_unread_title_opens_no_untitled_brief(read):
    """The title and both paragraphs are quoted unread, and the brief after is read; the dateline's paragraph was made a brief
    of its own, titled by its first sentence, beside the titled one: the column prints titles."""
    lines = [HUNAN_TITLE, HUNAN_UNREAD, HUNAN_DATELINE, HANCHUAN_TITLE, HANCHUAN.replace("6月", "3月")]
    parsed, losses = read(2003, 3, lines)
    assert list(_briefs(parsed)) == [HANCHUAN_TITLE]
    unread = [quoted for kind, quoted in losses if kind == "news_unread"]
    assert len(unread) == 1 and "".join(unread[0]).endswith("湖南省十届人大常委会第一次会议举行第七次全体会议。")
    assert "".join(unread[0]).startswith(HUNAN_TITLE)

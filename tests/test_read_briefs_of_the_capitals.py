"""A column of briefs as 北京's and 上海's papers, sites and national agencies print them (issue 21 §1): a headline of three
lines, a dateline in Chinese numerals (中新社上海一月三十一日电), a site's 讯 and 消息 and an agency's 电 naming the day, a paper's 本报讯 before a subject who acted 昨天 (no day to count from: none), a headline worded as a
sentence with commas (东方网), a closing writer in brackets. Read from a text export and from a raw two-column extraction, every
brief with its title and the date its text names in a June 2024 issue. Sources: tests/data/SOURCES.md, "wild16"."""

import pytest

from tests.test_read_briefs_of_many_papers import expected, raw_extraction, read, text_export

# (name, the headline's lines as printed, the paragraphs (shortened), the date its text names in a June 2024 issue)
BRIEFS = [
    ("BEIJING_2016", ["市政府召开常务会议", "传达国务院《政府工作报告》主要内容", "市长王安顺主持会议"],
     ["3月22日下午，市政府召开常务会议，传达国务院《政府工作报告》主要内容，并就贯彻落实提出要求。市委副书记、市长王安顺主持会议。",
      "会议传达了国务院《政府工作报告》主要内容，强调，北京作为首都，必须在贯彻落实国务院年度“总纲”方面自觉当好表率。"], "2024-03-22"),
    ("CHINANEWS_SHANGHAI", ["韩正连任后首次与中外记者见面"],
     ["中新社上海一月三十一日电 （记者 许晓青）上海市市长韩正今天在其连任后的第一个工作日与近二百位中外记者见面。韩正亮相后的第一件事就是"
      "“侃大雪”。", "在记者招待会现场，韩正动情地呼吁，上海市民节约每一度电，支援兄弟省市抗灾减灾。"], "2024-01-31"),
    ("QIANLONG", ["北京市十六届人大四次会议开幕"],
     ["千龙网北京1月25日讯（记者 刘美君）1月25日，北京市第十六届人民代表大会第四次会议在北京会议中心开幕。北京市市长殷勇在会上作政府工作"
      "报告，总结过去一年重点工作。"], "2024-01-25"),
    ("CRNTT", ["殷勇作政府工作报告"],
     ["中评社北京1月25日电（记者 海涵）北京市十六届人大四次会议1月25日上午在北京会议中心开幕。北京市市长殷勇作市人民政府工作报告。",
      "主席团常务主席、大会执行主席李秀领主持会议。"], "2024-01-25"),
    ("BJBUSINESS", ["北京市十六届人大三次会议开幕"],
     ["北京商报讯（记者 金朝力 卓洋）1月14日，北京市第十六届人民代表大会第三次会议开幕，北京市市长殷勇作《政府工作报告》（以下简称"
      "《报告》）。"], "2024-01-14"),
    ("SHANGHAI_TAIWAN", ["韩正会见在沪驻点台湾媒体"],
     ["4月2日，上海市市长韩正在市政府贵宾厅集体会见11家在沪驻点台湾媒体的负责人和记者，介绍上海市政府访问团赴台访问行程，并回答台湾媒体"
      "关心的问题。", "中共上海市委常委、宣传部部长杨振武会见时在座。（唐玮婕）"], "2024-04-02"),
    ("BEIJING_DAILY", ["市政府召开常务会议"],
     ["昨天下午，市政府召开常务会议，研究上半年经济社会发展情况和下半年工作安排报告。市委副书记、市长王安顺主持会议。", "会议还研究了其他事项。"],
     None),
    ("XINMIN", ["市政府召开常务会议"],
     ["本报讯 市委副书记、市长龚正昨天主持召开市政府常务会议，传达学习推动长江经济带发展领导小组会议精神。"], None),
    ("BAOSHAN", ["区政府常务会议召开 研究《政府工作报告》完善等事宜"],
     ["12月15日上午，区政府常务会议召开，听取关于《政府工作报告》起草的情况汇报。区委副书记、区长高奕奕主持会议并讲话。", "会议还研究了其他事项。"],
     "2023-12-15"),
    ("EASTDAY", ["龚正主持上海市政府党组会、常务会，推动长三角一体化发展，推进对口援藏工作"],
     ["东方网8月31日消息：上海市委副书记、市长、市政府党组书记龚正今天主持召开市政府党组会议、常务会议，传达学习习近平总书记在扎实推进"
      "长三角一体化发展座谈会上的重要讲话精神。", "会后，市政府还举行了经济形势讲座。"], "2024-08-31"),
    ("XINHUA", ["国务院召开全国稳住经济大盘电视电话会议"],
     ["据新华社北京5月25日电 5月25日，国务院召开全国稳住经济大盘电视电话会议。中共中央政治局常委、国务院总理李克强作重要讲话。",
      "中共中央政治局常委、国务院副总理韩正主持会议。"], "2024-05-25"),
]
BY_NAME = {brief[0]: brief for brief in BRIEFS}


@pytest.mark.parametrize("shape", [text_export, raw_extraction], ids=["text_export", "raw_extraction"])
def test_a_column_of_the_capitals_briefs_is_read_whole_with_the_dates_their_texts_name(shape):
    assert read(shape(BRIEFS)) == (expected(BRIEFS), [])


@pytest.mark.parametrize("before", ["BAOSHAN", "BEIJING_DAILY"])
def test_a_headline_worded_as_a_sentence_wrapped_by_a_raw_column_over_its_dateline_opens_its_brief(before):
    """东方网's headline, two clauses after its subject, cut over two column lines under a brief whose last paragraph is one short
    sentence ('会议还研究了其他事项。'): it once ran on into that brief with no word, its own first paragraph with it."""
    column = [BY_NAME[before], BY_NAME["EASTDAY"], BY_NAME["XINHUA"]]
    assert read(raw_extraction(column)) == (expected(column), [])

"""Briefs and chronicles as other provinces' papers and government sites print them (issue 21, news21j): a writer's name
alone under a black mark, a photograph's giver between a brief's paragraphs, a lead dated with its year or by 今天; a quarter's
chronicle, a chronicle named before or after its month, dates printed in full and glued to their entry.

Rows are real text of 河南, 山东, 广东, 重庆, 天津, 陕西, 湖南, 四川 pages (tests/data/SOURCES.md, "news21j"), laid out as the
gazette's 政务简讯 and 政府记事 print them, as a text export (`layout`) and as a raw two-column extraction (`raw_layout`).
"""

import pytest

from issues.parser import kinds, news, parse_issue
from tests.test_read_variations import YONGDENG, YONGDENG_TOC, layout, raw_layout

# 惠济区 (郑州, 2023-12-26): a lead dated with its year
HUIJI = ["区政府召开第16次常务会议", "2023年12月26日，区长李伟光在区政府一楼东会议室主持召开区政府第16次常务会议。传达学习习近平总书记近期"
         "重要讲话指示精神、重要会议及重要文件精神，研究审议了黄河生态保护、粮食生产、区长质量奖等有关事项。", "张振中、陈伟森、安龙、王保国等参加会议。"]
# 南岸区 (重庆, 2017-12-15): 近日 and the mayor's words as paragraphs
NANAN = ["王俊主持召开区长办公会", "近日，区委副书记、区长兼经开区党工委书记、管委会主任王俊主持召开区长办公会，讨论研究《政府工作报告》（征求意见稿）。"
         "与会区领导和各部门负责人对报告进行了认真讨论，并结合自身工作提出了意见建议。", "王俊要求，要认真梳理吸纳意见和建议，会后还要广泛征求各方面"
         "的意见，进一步修改完善。"]
# 东丽区 (天津, 2015-06-25): 本报讯 and its correspondents before 日前
DONGLI = ["杨茂荣到华明街调研", "本报讯（通讯员戴忠祥邱新玲）日前，区委副书记、区长杨茂荣带领有关部门负责人到华明街，就上半年的经济指标完成情况"
          "进行了调研并座谈。"]
# 新泰 (山东, 2025-06-10): a title, its deck, the writer's name alone under a black mark
XINTAI = ["区政府常务会议召开", "宋华东主持", "■田冲", "6月6日，区政府第70次常务会议召开。区委副书记、区长宋华东主持；副区长王胜男、李强、"
          "盛振亮出席。", "会议听取了关于全区招商引资工作情况的汇报。会议强调，要不断扩展渠道，坚持“走出去、请进来”双向发力，开展精准招商。",
          "会议还研究了其他事项。"]
# a 广东 district government (2024-01-11, its 百千万工程; printed in traditional characters, laid out in simplified): who gave the
# photographs, between paragraphs
GUANGDONG_DISTRICT = ["王锋主持召开区政府常务会议", "1月11日上午，区委副书记、区长王锋主持召开区政府党组（扩大）会议和区政府常务会议，深入学习贯彻习近平总书记"
           "近期系列重要讲话精神，传达省市相关会议、文件精神，研究审议有关事项。", "区委新闻办供图", "会议强调，各级各部门要深入贯彻落实习近平总书记"
           "近期系列重要讲话精神，深刻领会其核心要义和实践要求。", "区委新闻办供图", "会议还研究审议了其他事项。"]
# 金台区 (宝鸡, 2024-03-26)
JINTAI = ["区政府召开稳增长工作第3次调度会", "3月25日下午，区政府常务副区长闫启东召开稳增长工作第3次调度会，分析研判当前经济运行情况，研究部署下一步重点工作。"]
# 陕西新闻联播 (2020-03-03): the subject first, 今天 after it, the lead's only day
SHAANXI = ["刘国中主持召开省政府第五次常务会议", "省长刘国中今天主持召开省政府第五次常务会议，传达学习习近平总书记在中央政治局常委会上关于疫情防控工作的重要"
           "讲话精神，研究统筹推进疫情防控和经济社会发展等工作。"]

# what no brief read right gives: lines in no brief, a title over no first paragraph, fewer briefs than the TOC says
LOST = ("news_unread", "news_merged", "unread_line", "toc_count", "toc_entry_not_found", "news_untitled")


def briefs(text):
    parsed = parse_issue(text)
    return [(n["title"], n["date"]) for n in parsed.to_export()["news"]], [w.lines for w in parsed.warnings if w.kind in LOST]


def printed(year, month, lines):
    return layout(year, month, [("政务简讯", f"{lines[0]}等简讯1则"), YONGDENG_TOC], ["政 务 简 讯"] + lines + YONGDENG)


NEWS = [
    pytest.param(XINTAI + JINTAI, [("区政府常务会议召开宋华东主持", "2024-06-06"), (JINTAI[0], "2024-03-25")],
                 id="a_name_alone_under_a_black_mark_is_the_briefs_byline_never_the_end_of_the_column"),
    pytest.param(HUIJI + JINTAI, [(HUIJI[0], "2023-12-26"), (JINTAI[0], "2024-03-25")], id="a_lead_dated_with_its_year"),
    pytest.param(GUANGDONG_DISTRICT + JINTAI, [(GUANGDONG_DISTRICT[0], "2024-01-11"), (JINTAI[0], "2024-03-25")],
                 id="a_photographs_giver_between_paragraphs_is_no_title"),
    pytest.param(SHAANXI + JINTAI, [(SHAANXI[0], None), (JINTAI[0], "2024-03-25")], id="today_after_the_subject_opens_an_undated_brief"),
    pytest.param(NANAN + DONGLI + JINTAI, [(NANAN[0], None), (DONGLI[0], None), (JINTAI[0], "2024-03-25")],
                 id="recent_days_after_a_source_and_its_correspondents"),
]


@pytest.mark.parametrize("lines, expected", NEWS)
def test_each_brief_of_a_text_export_is_found_with_its_date_and_nothing_is_lost(lines, expected):
    assert briefs(printed(2024, 3, lines)) == (expected, [])


def test_each_brief_of_a_raw_column_is_found_with_its_date_and_nothing_is_lost():
    lines = HUIJI + NANAN + DONGLI + XINTAI + GUANGDONG_DISTRICT + JINTAI
    found, lost = briefs(raw_layout(2024, 3, [["政务简讯"] + lines]))
    assert found == [(HUIJI[0], "2023-12-26"), (NANAN[0], None), (DONGLI[0], None), ("区政府常务会议召开宋华东主持", "2024-06-06"),
                     (GUANGDONG_DISTRICT[0], "2024-01-11"), (JINTAI[0], "2024-03-25")]
    assert lost == []


def test_a_name_under_a_black_mark_opening_the_column_leaves_the_column_readable():
    """'■田冲' as the column's first line, its title lost: the brief it makes had no first paragraph (an IndexError, the whole
    column told unreadable)."""
    parsed = parse_issue(printed(2024, 6, ["■田冲", XINTAI[3]] + JINTAI))
    assert "section_unreadable" not in [w.kind for w in parsed.warnings]
    assert (JINTAI[0], "2024-03-25") in [(n["title"], n["date"]) for n in parsed.to_export()["news"]]


@pytest.mark.parametrize("paragraph, opens", [
    pytest.param(SHAANXI[1], True, id="today_after_the_subject"),
    # written for the test: 如今 (nowadays) before 日益 or 天然气 names no day of an event
    pytest.param("如今日益完善的城市交通网络，让市民出行更加便捷。", False, id="rujin_before_riyi_is_nowadays"),
    pytest.param("如今天然气管网已通达全部乡镇，群众用气更加方便。", False, id="rujin_before_tianranqi_is_nowadays"),
])
def test_today_opens_a_brief_but_nowadays_does_not(paragraph, opens):
    assert news.leads_a_brief(paragraph) is opens


def test_the_name_under_a_black_mark_stays_in_its_briefs_body():
    parsed = parse_issue(printed(2024, 6, XINTAI))
    assert parsed.to_export()["news"][0]["body"].split("\n")[:2] == ["■田冲", XINTAI[3]]


# --- chronicles -----------------------------------------------------------------------------------------------------------

# 开福区 (长沙, 2021-10-11): a quarter's chronicle, a month line over its days (its 8日 of July laid out as 8月 2日 for the test)
KAIFU_1 = "在全市防汛视频调度会议后，开福区立即召开全区防汛工作部署会，分析研判当前雨情汛情，安排部署下阶段防汛工作。开福区委副书记、代区长高伟出席并讲话。"
KAIFU_2 = "开福区委副书记、代区长高伟率队深入浏阳河街道、月湖街道，实地调研街道经济社会发展情况。区领导朱江、杨光华以及相关部门、企业负责人参加。"
KAIFU_8 = "开福区委副书记、代区长高伟主持召开政府常务会，研究并审议全区乡村振兴、政务服务、公办幼儿园建设、校园安全等工作。"
KAIFU = ["7月", "1日 " + KAIFU_1, "2日 " + KAIFU_2, "8月", "2日 " + KAIFU_8]
# 罗湖区 (深圳, 2021-11-03): the chronicle's name before its month, entries under the month alone, dates printed in full
LUOHU_MONTH = ["9月，广东省电影创作培训基地落户我区，该基地是目前我市唯一一个正式授牌的广东省电影创作培训基地。",
               "9月，第十七届中国（深圳）国际文化产业博览交易会开幕。"]
LUOHU_1 = "罗湖“二线插花地”棚户区改造项目选房活动收官，8236户业主选房率达99.21%，首批业主将于今年年底前完成回迁。"
LUOHU_2 = "罗湖区召开区委审计委员会第四次会议，深入学习贯彻习近平总书记关于审计工作的重要论述精神，研究部署下一步工作。"
LUOHU = LUOHU_MONTH + ["9月1日，" + LUOHU_1, "9月2日，" + LUOHU_2]
# 济宁 (山东, 2007-05, published 2009-08-25): the government's name before the year and month, ranges with a dash
JINING_1 = "市委副书记、市长张振川，市委常委、政法委书记步士金，副市长韩军等走访慰问公安干警。"
JINING_8 = "全市加快市属困难工业企业改革脱困动员大会召开，市委副书记、市长张振川讲话，副市长周洪主持。"
JINING_8B = "市委常委、副市长崔洪刚等到济宁日报社考察指导工作。"
JINING_10 = "省人大常委会副主任鲍志强率省人大执法检查组一行在济宁检查指导贯彻实施《义务教育法》工作情况。"
JINING = ["1日 " + JINING_1, "8日 " + JINING_8, "△ " + JINING_8B, "10—12日 " + JINING_10]
# 四川要闻 2023年第8期 (四川省地方志工作办公室): each entry under its date in full, some glued to it, one a photograph's caption
SC_20 = "四川省高速公路项目招商推介会在成都举行。省委书记王晓晖分别会见出席推介会的中国中铁董事长陈云、中国铁建董事长汪建平一行。"
SC_20B = "省发展改革委公布，1月31日，重庆市人民政府办公厅、四川省人民政府办公厅印发《推动成渝地区双城经济圈市场一体化建设行动方案》。"
SC_21 = "省委副书记、省长黄强在成都会见空中客车全球执行副总裁、中国公司首席执行官徐岗一行，欢迎他们来川考察。"
SC_21_CAPTION = "省委副书记、省长黄强在成都会见空中客车全球执行副总裁、中国公司首席执行官徐岗一行，欢迎他们来川考察（田为 摄）"
SC_21B = "成渝地区双城经济圈建设工作推进会召开。"
SICHUAN = ["2月20日" + SC_20, "2月20日 " + SC_20B, "2月21日" + SC_21, "2月21日，" + SC_21_CAPTION, "2月21日" + SC_21B]

# 呼和浩特 (内蒙古, 政府公报 2018年第2期): a record of the mayors' work, a month line, each day's items numbered under it
HOHHOT_1A = "冯玉臻市长参加自治区第十三届全国人大代表进京前集中学习。"
HOHHOT_1B = "罗青副市长听取和林格尔新区考核工作、人事调动工作进展情况汇报。"
HOHHOT_1C = "刘文玉副市长参加“关爱老年人、贫困人光明行”活动。"
HOHHOT_2A = "罗青副市长主持召开金盛快速路建设推进协调会议。"
HOHHOT_2B = "刘文玉副市长按照财政部92号文件要求，研究我市重点项目进入PPP项目库事宜。赴大学路街道办事处督导环境卫生综合整治工作。"
HOHHOT_5A = "罗青副市长听取和林格尔新区专项规划汇报；参加全市干部大会。"
HOHHOT = ["3月", "1日", "1、" + HOHHOT_1A, "2、" + HOHHOT_1B, "3、" + HOHHOT_1C, "2日", "1、" + HOHHOT_2A, "2、" + HOHHOT_2B,
          "5日", "1、" + HOHHOT_5A]
# 武汉 (湖北, 武汉党史 2019年1月大事记): the year in the heading, each entry under its date in full, ranges with a dash, two entries a day
WUHAN_1 = "市发改委发布最新统计，2018年，全市有24个100亿元及以上项目落地开工，武汉“心”引擎动力强劲。"
WUHAN_2A = "市委十三届六次全体（扩大）会议暨全市经济工作会议召开。"
WUHAN_2B = "为开好2018年度省委和市委常委班子民主生活会，省委副书记、市委书记马国强主持召开征求意见座谈会，听取基层代表意见建议。"
WUHAN_4 = "政协武汉市第十三届委员会第三次会议召开。"
WUHAN_5 = "武汉市第十四届人民代表大会第四次会议召开。会议听取市人大常委会工作报告、市中级人民法院工作报告、市人民检察院工作报告。"
WUHAN = ["1月1日，" + WUHAN_1, "1月2日，" + WUHAN_2A, "1月2日，" + WUHAN_2B, "1月4—8日，" + WUHAN_4, "1月5—8日，" + WUHAN_5]
# 张掖 (甘肃, 政府公报 2024年第7期): the chronicle's name over its month in brackets, △ items after the day's first entry
ZHANGYE_1 = "我市在高台县举行重温习近平总书记视察甘肃视察张掖重要讲话重要指示精神“七一”主题党日活动。"
ZHANGYE_1B = "第二届甘肃省分析测试技术与仪器学会学术年会开幕。市委副书记、市长赵立香，省科学技术协会副主席冯永成致辞。"
ZHANGYE_2 = "张掖市整改中央生态环保督察典型案例工作领导小组会议召开。卢小亨主持会议，赵立香安排整改工作。"
ZHANGYE_2B = "卢小亨主持召开市级领导招商引资情况汇报会。赵立香出席并讲话。"
ZHANGYE = ["（2024年5月）", "1日，" + ZHANGYE_1, "△  " + ZHANGYE_1B, "2日，" + ZHANGYE_2, "△  " + ZHANGYE_2B]
# 青岛 (山东, the city's yearbook chronicle of February 2004): ranges with ～, entries hard-wrapped as printed, △ items, a range
# whose entry names an earlier day inside it ('9～11日 …在青举行。7日，…会见…'; the heading written for the test)
QD_1 = "市委副书记、市长夏耕，市人大常委会副主任马论业分别会见意大利威内托大区主席吉安卡洛·加兰率领的代表团一行。"
QD_2 = "全市防治禽流感工作会议召开。市委副书记、市长夏耕到会并讲话。"
QD_2B = "《青岛日报》消息：青岛市4位中医专家被山东省人事厅、山东省卫生厅授予“山东省名中医药专家”称号。"
QD_2C = "市纪委举行第三次全体会议。"
QD_3 = "中宣部副部长李从军、广电总局副局长张海涛一行在青考察“数字电视”及文化设施建设。省委常委、宣传部部长朱正昌，市领导王永生、杨军、王修林等陪同考察。"
QD_9 = "第七届海峡两岸旅行业联谊会在青举行。7日，省委常委、市委书记杜世成会见出席联谊会的台湾旅行业代表。"
QINGDAO = ["1～2日 " + QD_1[:42], QD_1[42:], "2日 " + QD_2, "△" + QD_2B[:44], QD_2B[44:], "2～3日 " + QD_2C, "3～4日 " + QD_3[:41],
           QD_3[41:], "9～11日 " + QD_9]

# 四川党史文献网 (中国共产党四川历史大事记, 2020年8月): ranges with a dash; worded for the test (raw14) with a headline before each
# day on the entry's line (as a province's 大事月记 sets them, the headline no part of the entry), a further entry of a day under a
# white mark (□), and an entry under 是月 (the page prints 同日 so)
SC8_1 = "省十三届人大常委会举行第二十一次会议。会议决定任命罗强、李刚为四川省人民政府副省长。会议还举行了宪法宣誓和颁发任命书仪式。"
SC8_3 = "省委常委、组织部部长王正谱先后到华西集团、能投集团、港投集团、川煤集团、旅投集团、商投集团、博览集团、川航集团调研。"
SC8_4 = "省委副书记邓小刚在甘孜州宣讲和督导落实省委十一届七次全会精神。"
SC8_5 = "省委副书记、省长尹力在成都市宣讲省委十一届七次全会精神，督导落实重点工作。"
SC8_HEADLINED = ["省人大常委会举行会议 8月1日， " + SC8_1, "王正谱到省属企业调研 8月3日-6日，" + SC8_3,
                 "邓小刚宣讲全会精神 8月4日—5日，" + SC8_4]
SC8_MARKED = ["8月3日—6日  " + SC8_3, "□ " + SC8_4, "8月5日  " + SC8_5, "是月  " + SC8_1]
# its 2020年2月 page's first entry, laid out for the test under a heading naming the months of two of its pages
SC2_1 = "省委书记、省委应对新型冠状病毒感染肺炎疫情工作领导小组组长彭清华前往内江市，检查督导高速公路收费站、乡镇卫生院和村组疫情防控工作。"

# the same entries written for the test in two more shapes: an entry printed without its stop over a range's marker (the raw
# column glued them), and a range whose entry names a day of its own range inside it ('7～11日 …在青举行。7日，…会见…')
QINGDAO_RANGES = ["2日 " + QD_2[:-1], "2～3日 " + QD_2C, "7～11日 " + QD_9]


def chronicle(text):
    parsed = parse_issue(text)
    losses = [(w.kind, w.lines) for w in parsed.warnings if w.level == "loss"]
    return [(c["date"], c["text"]) for c in parsed.to_export()["chronicle"]], losses


def chronicle_printed(year, month, heading, lines):
    return layout(year, month, [("政府记事", heading)], [heading] + lines)


CHRONICLES = [
    pytest.param(2021, 9, "2021年7-9月区政府大事记", KAIFU,
                 [("2021-07-01", KAIFU_1), ("2021-07-02", KAIFU_2), ("2021-08-02", KAIFU_8)], id="a_quarters_chronicle"),
    pytest.param(2007, 5, "济宁市人民政府2007年5月大事记", JINING,
                 [("2007-05-01", JINING_1), ("2007-05-08", JINING_8), ("2007-05-08", JINING_8B), ("2007-05-10", JINING_10)],
                 id="the_governments_name_before_the_year_and_month"),
    pytest.param(2018, 3, "3月至4月大事记", HOHHOT,
                 [("2018-03-01", HOHHOT_1A), ("2018-03-01", HOHHOT_1B), ("2018-03-01", HOHHOT_1C), ("2018-03-02", HOHHOT_2A),
                  ("2018-03-02", HOHHOT_2B), ("2018-03-05", HOHHOT_5A)], id="items_numbered_under_their_day"),
    pytest.param(2019, 1, "2019年1月大事记", WUHAN,
                 [("2019-01-01", WUHAN_1), ("2019-01-02", WUHAN_2A), ("2019-01-02", WUHAN_2B), ("2019-01-04", WUHAN_4),
                  ("2019-01-05", WUHAN_5)], id="dates_in_full_ranges_with_a_dash_and_two_entries_a_day"),
    pytest.param(2024, 5, "市政府工作要事记", ZHANGYE,
                 [("2024-05-01", ZHANGYE_1), ("2024-05-01", ZHANGYE_1B), ("2024-05-02", ZHANGYE_2), ("2024-05-02", ZHANGYE_2B)],
                 id="the_chronicles_name_over_its_month_in_brackets"),
    pytest.param(2004, 2, "2004年2月青岛大事记", QINGDAO,
                 [("2004-02-01", QD_1), ("2004-02-02", QD_2), ("2004-02-02", QD_2B), ("2004-02-02", QD_2C), ("2004-02-03", QD_3),
                  ("2004-02-09", QD_9)], id="a_range_whose_entry_names_an_earlier_day_inside_it"),
    pytest.param(2020, 8, "2020年8月四川大事月记", SC8_HEADLINED,
                 [("2020-08-01", SC8_1), ("2020-08-03", SC8_3), ("2020-08-04", SC8_4)], id="a_headline_before_each_day"),
    pytest.param(2020, 8, "2020年8月大事纪要", SC8_MARKED,
                 [("2020-08-03", SC8_3), ("2020-08-03", SC8_4), ("2020-08-05", SC8_5), (None, SC8_1)],
                 id="a_white_mark_before_an_entry_of_the_day_and_an_entry_under_the_month_alone"),
    pytest.param(2004, 2, "2004年2月青岛大事记", QINGDAO_RANGES,
                 [("2004-02-02", QD_2[:-1]), ("2004-02-02", QD_2C), ("2004-02-07", QD_9)],
                 id="a_range_after_an_entry_without_its_stop_and_naming_a_day_of_its_own_range"),
]


@pytest.mark.parametrize("year, month, heading, lines, expected", CHRONICLES)
def test_a_chronicle_under_its_heading_is_read_in_both_shapes_without_a_loss(year, month, heading, lines, expected):
    assert chronicle(chronicle_printed(year, month, heading, lines)) == (expected, [])
    assert chronicle(raw_layout(year, month, [[heading] + lines])) == (expected, [])


@pytest.mark.parametrize("shape", ["text_export", "raw"])
def test_a_chronicle_whose_heading_names_its_months_keeps_their_days_as_printed_in_a_later_issue(shape):
    """'2020年2—8月四川大事记' in a September issue: its February and August days are the heading's, no date misread (each was a
    loss, '离本期月份太远' or '不在本栏目的月份', on entries read right)."""
    heading, lines = "2020年2—8月四川大事记", ["2月1日  " + SC2_1, "8月1日  " + SC8_1]
    text = chronicle_printed(2020, 9, heading, lines) if shape == "text_export" else raw_layout(2020, 9, [[heading] + lines])
    assert chronicle(text) == ([("2020-02-01", SC2_1), ("2020-08-01", SC8_1)], [])


def test_a_sentence_naming_an_earlier_day_inside_an_entry_stays_in_it_with_a_note_quoting_it():
    parsed = parse_issue(chronicle_printed(2004, 2, "2004年2月青岛大事记", QINGDAO))
    assert [(w.level, w.lines) for w in parsed.warnings if w.kind == "chronicle_earlier_day"] == [
        ("note", [QD_9[QD_9.index("7日"):]])]


@pytest.mark.parametrize("shape", ["text_export", "raw"])
def test_a_chronicle_named_before_its_month_reads_its_days_and_each_entry_under_the_month_alone_undated_with_a_note(shape):
    """An entry under its month alone ('9月，…') is an entry of no date (its month the chronicle's), its marker no part of
    its text, told in a note (it was a loss, the entry dropped: a 年鉴's '是月' entries were lost so)."""
    heading = "大事记-2021年9月"
    text = chronicle_printed(2021, 9, heading, LUOHU) if shape == "text_export" else raw_layout(2021, 9, [[heading] + LUOHU])
    entries, losses = chronicle(text)
    assert entries == [(None, line.removeprefix("9月，")) for line in LUOHU_MONTH] + [("2021-09-01", LUOHU_1), ("2021-09-02", LUOHU_2)]
    assert losses == []
    notes = [w.kind for w in parse_issue(text).warnings if w.level == "note" and w.kind.startswith("chronicle")]
    assert notes == ["chronicle_month_only"] * len(LUOHU_MONTH)


def test_dates_printed_in_full_and_glued_to_their_entries_each_open_one():
    assert chronicle(chronicle_printed(2023, 2, "2月份市政府记事", SICHUAN)) == ([
        ("2023-02-20", SC_20), ("2023-02-20", SC_20B), ("2023-02-21", SC_21), ("2023-02-21", SC_21_CAPTION),
        ("2023-02-21", SC_21B)], [])


def test_a_full_date_alone_at_the_end_of_the_line_before_opens_the_entry_under_it():
    """A marker alone on its line after a line that fills the column is joined to that line by a PDF's reader ('…一行。　
    2月21日' over the entry's text), as a text export puts a bare day at a line's end ('…讲话。 5日'): the date, month and
    all, still opens the entry under it."""
    lines = ["2月20日 " + SC_20 + "\u30002月21日", SC_21, "2月21日 " + SC_21B]
    assert chronicle(chronicle_printed(2023, 2, "2月份市政府记事", lines)) == (
        [("2023-02-20", SC_20), ("2023-02-21", SC_21), ("2023-02-21", SC_21B)], [])


def test_a_date_of_another_month_glued_to_its_entry_is_no_marker_and_is_a_loss_quoting_it():
    """A full date of the month before glued to a line's text is never read as the day's marker: the line stays an entry of
    the day above, told as a loss (the 四川 entry's 1月31日 moved so for the test)."""
    lines = ["2月20日 " + SC_20, "1月31日" + SC_21B]
    assert chronicle(chronicle_printed(2023, 2, "2月份市政府记事", lines)) == (
        [("2023-02-20", SC_20), ("2023-02-20", "1月31日" + SC_21B)], [("chronicle_day_unread", ["1月31日" + SC_21B])])


@pytest.mark.parametrize("heading", ["2021年7-9月区政府大事记", "2021年7月—9月区政府大事记", "大事记-2021年9月", "区政府大事记（2021年9月）",
                                     "济宁市人民政府2007年5月大事记", "山东省人民政府大事记（2011年6月）", "2020年8月四川大事月记",
                                     "2020年8月大事纪要", "2020年8月政务大事", "大事纪-2020年8月"])
def test_a_chronicle_heading_worded_as_other_governments_word_it_names_the_chronicle(heading):
    assert kinds.heading_category(heading) == "政府记事"


# 四川 (2022-10-25, 四川省人民政府 常务会议): a paragraph a raw column cut after its first line, title-like, over its last piece
SICHUAN_BRIEF = ["黄强主持召开省政府常务会议", "10月25日，省委副书记、省长黄强主持召开省政府第113次常务会议，研究部署全省经济运行、浙川东西部协作和"
                 "涉藏州县对口支援等工作。"]
SICHUAN_CUT = ["会议听取前三季度全省经济运行情况及", "下一步工作建议的汇报。"]


def test_a_paragraphs_first_column_line_over_its_last_piece_is_no_title_and_no_merge():
    warnings = []
    found = news.parse(SICHUAN_BRIEF + SICHUAN_CUT, year=2022, issue_month=10, warnings=warnings)
    assert [(brief.title, brief.body) for brief in found] == [(SICHUAN_BRIEF[0], SICHUAN_BRIEF[1] + "\n" + "".join(SICHUAN_CUT))]
    assert warnings == []


@pytest.mark.parametrize("title, paragraph", [
    # (news19: '会议听取了…' under a meeting's title is that meeting's brief, its decision first; tests/test_news_meeting_briefs.py)
    pytest.param("常务会议召开", "省政府听取了前三季度全省经济运行情况及下一步工作建议的汇报。", id="paragraph_longer_than_the_title"),
    pytest.param("区政府召开安全生产工作会议", "会议部署了下一步工作。", id="short_paragraph_under_a_title_ending_as_titles_do"),
])
def test_a_title_over_a_first_paragraph_that_opens_no_brief_is_still_told(title, paragraph):
    """A title over a paragraph that names no date (written for the test): a merge told, whether the paragraph is longer
    than the title or shorter (a title ends with its noun or verb, never where a column cuts a sentence)."""
    warnings = []
    news.parse(SICHUAN_BRIEF + [title, paragraph], year=2022, issue_month=10, warnings=warnings)
    assert [w.kind for w in warnings] == ["news_merged"]


@pytest.mark.parametrize("shape", ["text_export", "raw"])
def test_a_paragraph_naming_who_attended_stays_in_the_entry_before(shape):
    """张掖's entry with the names of those who attended printed as a paragraph of its own under it (written for the test, as a
    record sets them): no item of its own (it was read as the day's second entry)."""
    attended = "卢小亨、赵立香、张晓东出席会议。"
    lines = ["（2024年5月）", "1日，" + ZHANGYE_1, "2日，" + ZHANGYE_2, attended]
    heading = "市政府工作要事记"
    text = chronicle_printed(2024, 5, heading, lines) if shape == "text_export" else raw_layout(2024, 5, [[heading] + lines])
    entries, losses = chronicle(text)
    assert [date for date, _ in entries] == ["2024-05-01", "2024-05-02"] and losses == []
    assert entries[1][1].replace("\n", "").endswith(attended)

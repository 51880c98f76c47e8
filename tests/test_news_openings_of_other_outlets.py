"""First paragraphs as other outlets open them (issue 21, news14): a byline in square brackets naming the reporter's desk
('【全媒体记者 吴刚】'), a county media centre's name before its reporters' brackets ('仪陇融媒（记者 …）', '…融媒体中心讯'), an
outlet's reporter run into the first sentence ('川报观察记者 胡彦殊8月21日，…'), a Hong Kong paper's dateline in square brackets
naming its day alone ('【本报…记者…珠海28日电】'), an agency's dateline naming no day ('新华社北京电'), a year alone ('2023年，…'),
an opening clause before it ('在…带动下，2023年，…'), the occasion a report was told at ('在…新闻发布会上，…'), and a year named as
the first sentence's subject ('2024年是…', the section's first brief only): each opens its brief between two others, in a text
export and a raw two-column extraction, with the date its text names (none for a year, or for 今天 with no dateline to count from).

Rows are real text of 湖北, 四川, 广东 and 北京 pages (tests/data/SOURCES.md, "news14"), shortened; rows marked "written for
the test" there re-word a real one (its day left out, its clause or title written from the page's words).
"""

from datetime import date

import pytest

from issues.parser import news
from tests.test_read_briefs_of_many_papers import BY_NAME as PAPERS
from tests.test_read_briefs_of_many_papers import expected, raw_extraction, read, text_export

# (name, the headline's lines, the paragraphs, the date its text names in a June 2024 issue)
TONGCHENG_FIRST = "【全媒体记者 吴刚】4月7日，县委副书记、县长刘明灯在县委小礼堂主持召开2020年第6次县政府常务会议。"
YILONG_FIRST = ("仪陇融媒（记者 肖蒙/文 汪泽宇/图）7月27日，县第十八届人民代表大会第二次会议各代表团召集人会议在花园酒店一会议室召开。"
                "县人大常委会主任李斌主持会议并讲话。")
YILONG_SECOND = "会议通报了县第十八届人民代表大会第二次会议指导思想、主要议程和日程安排、出席列席人员、后勤保障等相关工作安排。"
SICHUAN_INDUSTRY = "2023年，四川工业生产回升向好，全年全省规模以上工业增加值比上年增长6.1%，规模以上工业企业产品销售率为95.2%。"
CHUANBAO_FIRST = ("川报观察记者 胡彦殊8月21日，省委副书记、省长尹力主持召开省政府第53次常务会议，学习贯彻习近平总书记等中央领导重要指示"
                  "批示和近期党中央国务院重要会议精神，对全省防汛减灾工作进行再安排再部署。")
BRIEFS = [
    ('TONGCHENG', ['2020年第6次县政府常务会召开'],
     [TONGCHENG_FIRST, '会议传达学习了3月27日中央政治局会议精神，审议了《通城县森林防火指挥部2020年重点工作安排》。'],
     '2024-04-07'),
    ('TONGCHENG_UNDATED', ['县政府常务会召开'],
     [TONGCHENG_FIRST.replace("4月7日，", ""), '会议传达学习了全国进一步加强当前安全防范工作视频会议精神。'],
     None),
    ('YILONG', ['县十八届人大二次会议各代表团召集人会议召开'], [YILONG_FIRST, YILONG_SECOND], '2024-07-27'),
    ('YILONG_UNDATED', ['各代表团召集人会议召开'], [YILONG_FIRST.replace("7月27日，", ""), YILONG_SECOND], None),
    ('YILONG_CENTRE', ['各代表团召集人会议在花园酒店召开'],
     [YILONG_FIRST.replace("仪陇融媒（记者 肖蒙/文 汪泽宇/图）7月27日，", "仪陇县融媒体中心讯（记者 肖蒙）"), YILONG_SECOND], None),
    ('CHUANBAO', ['尹力主持召开省政府常务会议'], [CHUANBAO_FIRST, '会议听取近期全省防汛减灾工作情况的汇报。'], '2024-08-21'),
    ('CHUANBAO_UNDATED', ['省政府常务会议对防汛减灾工作再安排再部署'],
     [CHUANBAO_FIRST.replace("胡彦殊8月21日，", "胡彦殊 "), '会议听取近期全省防汛减灾工作情况的汇报。'], None),
    ('WENWEIPO', ['甘霖当选珠海市人大主任'],
     ['【本报珠三角新闻中心记者黄殿晶、欧晓红珠海28日电】今天结束的珠海市第七届人大三次会议上，珠海市委书记甘霖当选为该市人大常委会主任。',
      '甘霖当选后在闭幕大会上表示，珠海要抓住思想大解放机遇，认真科学的认识珠海、规划珠海、建设珠海。'],
     '2024-06-28'),
    ('QILU_PLACE', ['济郑高铁山东段首标段贯通'],
     ['齐鲁晚报聊城讯 济郑铁路山东段施工三标最后一榀预制箱梁顺利落在莘县特大桥标尾桥墩上。',
      '该标段起于聊城市莘县尹营村，止于山东与河南省界，全线27.7千米。'],
     None),
    ('XINHUA', ['国务院召开新一届第一次全体会议'],
     ['新华社北京电 国务院总理李强主持召开新一届国务院第一次全体会议。会议宣布国务院领导同志分工和国务院机构设置，审议通过新修订的'
      '《国务院工作规则》，对政府工作作出部署。'],
     None),
    ('SICHUAN_YEAR', ['四川经济总量迈上6万亿台阶'],
     [SICHUAN_INDUSTRY, '值得一提的是，2023年，四川省经济总量突破6万亿元，是全国第六个、西部第一个迈上6万亿台阶的省份。'],
     None),
    ('SICHUAN_CLAUSE', ['四川工业生产回升向好'],
     ["在电子信息、装备制造等六大优势产业带动下，" + SICHUAN_INDUSTRY],
     None),
    ('CHENGDU_METRO', ['2023年成都都市圈实现GDP2.78万亿元'],
     ['2023年，成都都市圈共实现社会消费品零售总额12231.8亿元，同比增长9.2%，增速与全省持平，占全省的比重为46.5%。'],
     None),
    ('SICHUAN_PRESS', ['国企支持“四类地区”振兴发展新闻发布会举行'],
     ['在四川省政府新闻办举行的国企支持“四类地区”振兴发展新闻发布会上，四川省国资委党委书记、主任冯文生表示，下一步将制定国资国企'
      '支持革命老区脱贫地区民族地区盆周山区振兴发展实施方案。'],
     None),
]
BY_NAME = {row[0]: row for row in BRIEFS}
SHAPES = [pytest.param(text_export, id="text_export"), pytest.param(raw_extraction, id="raw_extraction")]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", list(BY_NAME))
def test_each_opening_opens_its_brief_between_two_briefs(name, shape):
    """Each first paragraph after a plain brief: it was read into that brief (its title quoted in a loss, the brief lost), or
    dated by a day it does not name."""
    plain = PAPERS["YUNCHENG"]
    column = [plain, BY_NAME[name], plain]
    assert read(shape(column)) == (expected(column), [])


@pytest.mark.parametrize("shape", SHAPES)
def test_a_column_of_these_briefs_is_read_whole(shape):
    assert read(shape(BRIEFS)) == (expected(BRIEFS), [])


@pytest.mark.parametrize("name", ["TONGCHENG_UNDATED", "YILONG", "YILONG_CENTRE", "CHUANBAO", "CHUANBAO_UNDATED", "WENWEIPO",
                                  "XINHUA", "SICHUAN_YEAR", "SICHUAN_CLAUSE", "SICHUAN_PRESS"])
def test_each_opening_first_under_the_raw_columns_heading_opens_the_section(name):
    """The brief first under '政务简讯' in a raw extraction: the heading, painted after the page's columns, goes over a title
    standing over such a first line; it found none, and the brief was read into nothing (its lines told unread)."""
    column = [BY_NAME[name], PAPERS["YUNCHENG"]]
    assert read(raw_extraction(column)) == (expected(column), [])


@pytest.mark.parametrize("month, first, expected_date", [
    pytest.param(3, BY_NAME["WENWEIPO"][2][0], date(2008, 3, 28), id="today_is_the_datelines_day_of_the_issues_month"),
    pytest.param(1, "【本报记者广州11日电】广东省十四届人大一次会议主席团今日上午举行第一次会议，表决通过十四届人大一次会议日程。",
                 date(2008, 1, 11), id="today_in_the_morning_after_a_dateline_in_digits"),
    pytest.param(3, BY_NAME["WENWEIPO"][2][0].replace("今天", "昨天"), date(2008, 3, 27), id="yesterday_counts_from_the_datelines_day"),
])
def test_a_dateline_in_square_brackets_naming_its_day_alone_dates_the_brief(month, first, expected_date):
    """A Hong Kong paper's dateline with its reporter, its day alone ('…珠海28日电】今天结束的…'): the day of the issue's month
    that 今天 or 昨天 counts from (the brief was dated by nothing)."""
    warnings = []
    found = news.parse(["甘霖当选珠海市人大主任", first], year=2008, issue_month=month, warnings=warnings)
    assert [brief.date for brief in found] == [expected_date]
    assert [w.kind for w in warnings] == (["news_relative_date"] if "昨天" in first else [])


# 2024-01 commentary on the new year's address (北京, national): a year named as its first sentence's subject; title written for the test
YEAR_SUBJECT = ("新年贺词凝聚奋进力量", "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。习近平主席2024年新年贺词"
                "提到“2023年，我们接续奋斗、砥砺前行，经历了风雨洗礼，看到了美丽风景，取得了沉甸甸的收获。”")


@pytest.mark.parametrize("shape", SHAPES)
def test_a_year_named_as_the_first_sentences_subject_opens_the_sections_first_brief(shape):
    """'2024年是…' under the column's first title: the brief (its lines were told unread, the brief lost)."""
    column = [("YEAR", [YEAR_SUBJECT[0]], [YEAR_SUBJECT[1]], None), PAPERS["YUNCHENG"]]
    assert read(shape(column)) == (expected(column), [])


def test_a_year_named_as_the_first_sentences_subject_after_a_brief_opens_none_and_is_told():
    """After a brief, a report's own part opens so under its sub-heading ('新年贺词凝聚奋进力量' over '2024年是…'): no brief of its
    own (it was one, titled by the sub-heading); the lines are quoted in a loss, the brief they may open never silently merged."""
    plain = PAPERS["YUNCHENG"]
    found, lost = read(text_export([plain, ("YEAR", [YEAR_SUBJECT[0]], [YEAR_SUBJECT[1]], None)]))
    assert found == expected([plain])
    assert [YEAR_SUBJECT[0], YEAR_SUBJECT[1]] in lost

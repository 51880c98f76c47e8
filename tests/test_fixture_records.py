"""Per-fixture pins for the record sections of the four issues with a printed table of contents.

Every expected value comes from reading the fixture text (the comment names the line in
fixtures/issues/<issue>.txt), never from the parser's output.
"""

from datetime import date
from decimal import Decimal

import pytest

# ------------------------------------------------------------------------------------------------
# Counts
# ------------------------------------------------------------------------------------------------
COUNTS = {
    # appointments, news, chronicle, issued list, statistics rows
    "2019-04": (2, 6, 109, 11, 9),  # lines 975-977; TOC line 99 "简讯6则"; 109 △ lines 1077-1339; 1343-1353; 1358-1366
    # lines 848-886 give 26 rows (13 one-row lines; 徐志宏, 林姜歆, 戚速, 戴源涌/林志海, 倪士章 two each, 胡时进 three),
    # 888-900 six dismissals; news 904-962; chronicle 978-1118; issued 1122-1129; statistics 1134-1142
    "2020-06": (32, 6, 49, 8, 9),
    "2020-11": (16, 6, 77, 6, 9),  # lines 892-920 (7 appointed, 9 dismissed); 924-992; 1000-1202; 1206-1211; 1216-1224
    # no 机构人事 in the TOC (lines 88-102); TOC line 90 "简讯5则"; 940-1042; 1046-1050; 1055-1063
    "2021-05": (0, 5, 33, 5, 9),
}


@pytest.mark.parametrize("issue", COUNTS)
def test_record_counts(parsed_issues, issue):
    parsed = parsed_issues[issue]
    counts = (
        len(parsed.appointments),
        len(parsed.news),
        len(parsed.chronicle),
        len(parsed.issued_list),
        len(parsed.statistics.rows),
    )
    assert counts == COUNTS[issue]


# ------------------------------------------------------------------------------------------------
# Appointments
# ------------------------------------------------------------------------------------------------
def _rows(parsed):
    return [(a.person, a.action, a.position, a.qualifier, a.decided_by) for a in parsed.appointments]


def test_appointments_2019_04(parsed_issues):
    assert _rows(parsed_issues["2019-04"]) == [
        ("张力男", "dismiss", "温州市生态环境局副局长", None, "市政府决定免去"),  # lines 973-975
        ("蔡文云", "dismiss", "温州市卫生健康委员会调研员", None, "市政府决定免去"),  # line 977
    ]


@pytest.mark.parametrize(
    "row",
    [
        ("张建东", "appoint", "温州市经济和信息化局总工程师", "试用期一年", "市人民政府决定"),  # lines 846-848
        ("徐志宏", "appoint", "温州市公安局副局长", None, "市人民政府决定"),  # line 854
        ("徐志宏", "dismiss", "温州市公安局交通管理局局长", None, "市人民政府决定"),  # line 854
        ("季湘荣", "appoint", "温州高新技术产业开发区（浙南科技城）管委会副主任", "试用期一年", "市人民政府决定"),  # line 872
        ("戴源涌", "appoint", "温州市住房公积金管理中心副主任", "试用期一年", "市人民政府决定"),  # lines 874-876
        ("林志海", "appoint", "温州市住房公积金管理中心副主任", "试用期一年", "市人民政府决定"),  # lines 874-876
        ("胡时进", "dismiss", "温州市瓯飞开发建设投资集团有限公司总经理", None, "市人民政府决定"),  # line 878
        ("倪士章", "appoint", "温州市瓯飞开发建设投资集团有限公司董事长", "试用期一年", "市人民政府决定"),  # line 880
        ("倪士章", "appoint", "温州市瓯飞开发建设投资集团有限公司总经理", "试用期一年", "市人民政府决定"),  # line 880
        ("陈先夏", "appoint", "南麂列岛国家级海洋自然保护区管理局局长", "试用期一年", "市人民政府决定"),  # line 886
        ("苏志炜", "dismiss", "南麂列岛国家级海洋自然保护区管理局局长", None, "市人民政府决定"),  # lines 888, 900
    ],
)
def test_appointment_rows_2020_06(parsed_issues, row):
    assert row in _rows(parsed_issues["2020-06"])


def test_appointments_2020_06_keep_printed_order(parsed_issues):
    people = [a.person for a in parsed_issues["2020-06"].appointments]
    assert people[:3] == ["张建东", "丁加力", "王造"]  # lines 848-852
    assert people[-6:] == ["张伟", "董旭辉", "郑照明", "吴胜巧", "施巨耀", "苏志炜"]  # lines 890-900


def test_appointments_2020_11(parsed_issues):
    decided = "市人民政府决定"  # line 890
    assert _rows(parsed_issues["2020-11"]) == [
        ("方培雷", "appoint", "温州市人民政府副秘书长", "保留正县长级", decided),  # line 892
        ("胡鸿明", "appoint", "温州市人民政府副秘书长", "挂职", decided),  # line 892
        ("季洪海", "appoint", "温州市政务服务局副局长", None, decided),  # line 894
        ("季洪海", "appoint", "市公共资源交易管委会办公室副主任", None, decided),  # line 894
        ("何哲宇", "appoint", "温州市住房公积金管理中心副主任", None, decided),  # line 896
        ("林海涵", "appoint", "温州瓯江口产业集聚区管委会常务副主任", "正县长级", decided),  # line 898
        ("陈阿朋", "concurrent", "温州市人民政府驻北京联络处副主任", None, decided),  # line 900
        ("方培雷", "dismiss", "温州市人民政府办公室副主任", None, decided),  # lines 902-906
        ("季洪海", "dismiss", "温州市人民政府驻北京联络处副主任", "兼", decided),  # line 908
        ("陈伟忠", "dismiss", "温州市公安局副局长", "兼", decided),  # line 910
        ("李建业", "dismiss", "温州市司法局副局长", None, decided),  # line 912
        ("高晓静", "dismiss", "温州市政务服务局副局长", None, decided),  # line 914
        ("高晓静", "dismiss", "市公共资源交易管委会办公室副主任", None, decided),  # line 914
        ("林曙红", "dismiss", "温州市住房公积金管理中心副主任", None, decided),  # line 916
        ("李长江", "dismiss", "温州市交通运输集团有限公司董事长", None, decided),  # line 918
        ("陈桂雷", "dismiss", "温州市农业农村局副局长", None, decided),  # line 920
    ]


# ------------------------------------------------------------------------------------------------
# News briefs: every title and date
# ------------------------------------------------------------------------------------------------
NEWS = {
    "2019-04": [
        ("全市数字经济发展推进会暨政府数字化转型工作部署会召开", date(2019, 4, 2)),  # lines 981-983
        ("全市法治政府建设工作领导小组（扩大）会议召开", date(2019, 4, 2)),  # lines 995-997
        ("温州出台为基层减负18条措施", date(2019, 4, 23)),  # lines 1011-1013
        ("市委市政府召开全市一季度经济形势分析会", date(2019, 4, 23)),  # lines 1027-1029
        ("我市纪念“五四”运动100周年暨“奋斗青春·建功‘两区’”主题实践活动启动仪式举行", date(2019, 4, 26)),  # 1045-1047
        ("我市隆重举行庆祝“五一”国际劳动节暨劳动模范先进表彰大会", date(2019, 4, 30)),  # lines 1059-1061
    ],
    "2020-06": [
        ("市政府常务会议学习《民法典》学懂弄通学深悟透提高政府依法行政能力水平", date(2020, 6, 3)),  # lines 904-906
        ("我市召开交通强国建设试点暨全市综合交通攻坚推进会", date(2020, 6, 5)),  # lines 910-912
        ("市政府常务会议部署危化品运输安全工作把“铁拳整治”专项行动抓紧抓细抓实", date(2020, 6, 19)),  # lines 922-924
        ("市政府召开争先创优行动月度工作例会加快实现经济高质量回升奋力交出二季度高分报表", date(2020, 6, 23)),  # 934-936
        ("市政府召开“三强两促”重点专项工作视频会", date(2020, 6, 23)),  # lines 950-952
        ("全市美丽城镇建设推进会召开", date(2020, 6, 24)),  # lines 962-964
    ],
    "2020-11": [
        ("2020中国（温州）新时代“两个健康”论坛成功举办", date(2020, 11, 1)),  # lines 924-926
        ("温州市—嘉黎县对口支援座谈会在温召开", date(2020, 11, 26)),  # lines 942-944 "11月26日至29日"
        ("我市召开四季度工作（争先创优行动）部署会议", date(2020, 11, 2)),  # lines 954-956 "11月2日下午"
        ("2020浙江·台湾合作周温州会场主活动举行", date(2020, 11, 4)),  # lines 966-968
        ("市政府召开党组会议学习贯彻习近平总书记重要讲话精神和省委全会精神", date(2020, 11, 23)),  # lines 980-982
        ("长三角粮食和物资发展与合作会议在温召开", date(2020, 11, 25)),  # lines 992-994, date after an opening clause
    ],
    "2021-05": [
        ("市委常委会会议研究部署非公企业党建和安全发展有关工作", date(2021, 5, 27)),  # lines 874-876
        ("我市开展粤港澳地区温商家乡行活动", date(2021, 5, 27)),  # lines 888-890
        ("我市举行2021年第一场市直部门督政汇报会", date(2021, 5, 12)),  # lines 898-900
        ("姚高员部署安全生产大排查大整治专项行动", date(2021, 5, 14)),  # lines 914-916
        ("我市动员部署全国版权示范城市创建工作", date(2021, 5, 28)),  # lines 924-926
    ],
}


@pytest.mark.parametrize("issue", NEWS)
def test_news_titles_and_dates(parsed_issues, issue):
    assert [(n.title, n.date) for n in parsed_issues[issue].news] == NEWS[issue]


@pytest.mark.parametrize(
    "issue, index, paragraphs, first, last",
    [
        # lines 983-993: 989 + 991 are one paragraph cut by a page ("…智慧化改造。项目" + "要招引，…")
        ("2019-04", 0, 5, "4月2日，全市数字经济发展推进会", "增强群众满意度和获得感。"),
        # lines 1061-1071: 1065 + 1067 are one paragraph ("向全市广大劳动" + "者，致以节日的问候")
        ("2019-04", 5, 5, "4月30日，我市隆重举行庆祝", "构建企业与职工命运共同体。"),
        # lines 994 only: the last brief before the chronicle heading (line 996)
        ("2020-11", 5, 1, "为深入贯彻国家粮食安全战略", "提升保障能力。"),
        # lines 926-934: 930 + 932 are one paragraph ("…健康”先行区金字招" + "牌，…")
        ("2021-05", 0, 4, "5月27日，市委常委会召开会议", "切实维护群众合法权益、社会和谐稳定。"),
    ],
)
def test_news_bodies(parsed_issues, issue, index, paragraphs, first, last):
    body = parsed_issues[issue].news[index].body
    assert len(body.split("\n")) == paragraphs
    assert body.startswith(first) and body.endswith(last)


def test_news_body_rejoins_a_word_cut_by_a_page(parsed_issues):
    body = parsed_issues["2019-04"].news[5].body
    assert "向全市广大劳动者，致以节日的问候" in body  # lines 1065-1067


# ------------------------------------------------------------------------------------------------
# Chronicle
# ------------------------------------------------------------------------------------------------
CHRONICLE = [
    # (issue, date, text as printed without △), each the whole item
    ("2019-04", date(2019, 4, 1), "市长姚高员参加中央专项督导浙江省工作动员会。"),  # lines 1075-1077
    (
        "2019-04",
        date(2019, 4, 18),
        "副市长苗伟伦参加全省法院知识产权宣传周启动仪式暨2019年温州市知识产权保护联席会议、“加快推进浙江省康养体系建设”专题工作会。",
    ),  # lines 1229, 1235-1237: one item across a page break
    (
        "2019-04",
        date(2019, 4, 23),
        "市长姚高员，副市长苗伟伦、汪驰、殷志军、孙维国、娄绍光、李无文参加国务院第二次廉政工作会议和省政府第二次廉政工作会议。",
    ),  # lines 1265, 1269-1271
    ("2019-04", date(2019, 4, 30), "副市长殷志军拜访意大利驻沪总领馆、德国驻沪总领馆、德国商会。"),  # lines 1331, 1339
    ("2020-06", date(2020, 6, 5), "市长姚高员、副市长汤筱疏参加国家卫生城市复查反馈会。"),  # lines 1000, 1004-1006
    ("2020-06", date(2020, 6, 19), "市长姚高员，常务副市长陈建明，副市长汪驰、殷志军、李无文参加市政府党组会议。"),  # 1070, 1076-1078
    (
        "2020-11",
        date(2020, 11, 5),
        "市长姚高员、常务副市长陈建明参加第二届交通强国智慧物流高端论坛和第十二届中国物流与供应链信息化大会。",
    ),  # lines 1020, 1022-1024
    ("2020-11", date(2020, 11, 20), "副市长陈应许参加政府数字化转型领导小组会议。"),  # lines 1132, 1148-1150
    ("2020-11", date(2020, 11, 27), "副市长娄绍光参加2020两岸（温州）文创与民宿交流大会。"),  # lines 1186, 1190-1192
    ("2021-05", date(2021, 5, 13), "市长姚高员、副市长汪驰参加第二届国际工业与能源互联网创新发展大会组委会第一次全体会议。"),  # 964-968
]


@pytest.mark.parametrize("issue, day, text", CHRONICLE)
def test_chronicle_items(parsed_issues, issue, day, text):
    assert (day, text) in [(entry.date, entry.text) for entry in parsed_issues[issue].chronicle]


@pytest.mark.parametrize(
    "issue, days, first_day, last_day",
    [
        ("2019-04", 22, date(2019, 4, 1), date(2019, 4, 30)),  # day lines 1075-1331
        ("2020-06", 21, date(2020, 6, 1), date(2020, 6, 30)),  # day lines 976-1112
        ("2020-11", 21, date(2020, 11, 2), date(2020, 11, 30)),  # day lines 998-1198
        ("2021-05", 19, date(2021, 5, 6), date(2021, 5, 31)),  # day lines 938-1040
    ],
)
def test_chronicle_days(parsed_issues, issue, days, first_day, last_day):
    dates = [entry.date for entry in parsed_issues[issue].chronicle]
    assert (len(set(dates)), dates[0], dates[-1]) == (days, first_day, last_day)
    assert dates == sorted(dates)


# ------------------------------------------------------------------------------------------------
# Issued list
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "issue, index, doc_number, title",
    [
        ("2019-04", 0, "温政发〔2019〕5号", "温州市人民政府关于做好当前就业创业工作的补充通知"),  # line 1343
        ("2019-04", 10, "温政办〔2019〕40号", "温州市人民政府办公室关于印发2019年省政府十方面民生实事项目实施计划的通知"),  # 1353
        ("2020-06", 1, "温政办〔2020〕53号", "温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见"),  # 1123
        ("2020-11", 1, "温政发〔2020〕27号", "关于温州市市区征收农民集体所有土地管理办法实施后有关政策衔接的意见"),  # 1207
        ("2021-05", 4, "温政办〔2021〕32号", "温州市人民政府办公室关于印发温州市政府职能向社会组织转移办法的通知"),  # line 1050
    ],
)
def test_issued_rows(parsed_issues, issue, index, doc_number, title):
    row = parsed_issues[issue].issued_list[index]
    assert (row.doc_number, row.title) == (doc_number, title)


# ------------------------------------------------------------------------------------------------
# Statistics
# ------------------------------------------------------------------------------------------------
SUB_ROWS = [False, False, False, True, False, True, False, False, True]  # '#' rows: 一般公共预算收入, 住户存款, 食品烟酒类


@pytest.mark.parametrize(
    "issue, title",
    [
        ("2019-04", "温州市2019年4月份国民经济主要统计指标"),  # line 1355, producer line 1368
        ("2020-06", "温州市2020年6月份国民经济主要统计指标"),  # line 1131, producer line 1144
        ("2020-11", "温州市2020年11月份国民经济主要统计指标"),  # line 1213, producer line 1226
        ("2021-05", "温州市2021年5月份国民经济主要统计指标"),  # line 1052 ("## "), producer line 1065
    ],
)
def test_statistics_table(parsed_issues, issue, title):
    table = parsed_issues[issue].statistics
    assert (table.title, table.producer) == (title, "温州市统计局制")
    assert [row.sub_row for row in table.rows] == SUB_ROWS
    assert table.rows[0].indicator == "一、规模以上工业增加值" and table.rows[3].indicator == "一般公共预算收入"


@pytest.mark.parametrize(
    "issue, index, values",
    [
        ("2019-04", 1, ("亿元", "69.17", "-2.0", "302.14", "5.3")),  # line 1359
        ("2019-04", 5, ("亿元", None, None, "7258.82", "23.0")),  # line 1363 "——"
        ("2020-06", 0, ("亿元", "101.29", "5.0", "466.99", "-3.2")),  # line 1134
        ("2020-11", 4, ("亿元", None, None, "14969.40", "15.4")),  # line 1220 "—"
        ("2021-05", 1, ("亿元", "81.80", "0.0", "407.48", "22.5")),  # line 1056
        ("2021-05", 8, ("%", "101.7", None, "101.5", None)),  # line 1063
    ],
)
def test_statistics_values(parsed_issues, issue, index, values):
    row = parsed_issues[issue].statistics.rows[index]
    expected = (values[0], *(Decimal(v) if v is not None else None for v in values[1:]))
    assert (row.unit, row.month, row.month_yoy, row.cumulative, row.cumulative_yoy) == expected


# ------------------------------------------------------------------------------------------------
# Back matter
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "issue, caption",
    [
        ("2019-04", "4月4日，温州市市场监管局举行护航“两区”建设暨“亮剑2019”综合执法行动启动仪式。"),  # line 1425
        ("2020-11", "11月2日，我市与浙江省机场集团举行温州龙湾国际机场三期扩建项目建设合作协议签约仪式"),  # line 1277
        ("2021-05", "苍南县做好“四个加法” 打造医共体“苍南样板”"),  # line 1148 ("# ")
        # lines 1124-1125: the credit printed below its caption (after a Markdown line break)
        ("2021-05", "5月8日，全国国际式摔跤锦标赛暨第十四届全国运动会摔跤项目预赛在温州奥体中心体育馆举行，"
                    "来自全国各地近100支队伍，近2000名运动员参赛 (苏巧将/摄)"),
    ],
)
def test_back_matter_keeps_captions_and_features_out_of_the_records(parsed_issues, issue, caption):
    parsed = parsed_issues[issue]
    assert parsed.back_matter[0] == "《温州市人民政府公报》赠阅范围："  # e.g. 2019-04 line 1370
    assert caption in parsed.back_matter
    assert all(caption not in n.body for n in parsed.news)
    assert all(caption not in c.text for c in parsed.chronicle)


def test_back_matter_feature_paragraph_cut_by_a_page_is_one_line(parsed_issues):
    # 2020-11 lines 1309/1311: '…同时,建立城乡公交服务质' + '量考核机制,…“满意通”。'
    back_matter = parsed_issues["2020-11"].back_matter
    joined = [line for line in back_matter if "建立城乡公交服务质量考核机制" in line]
    assert len(joined) == 1 and joined[0].startswith("三、突出普惠共享") and joined[0].endswith("“满意通”。")
    assert not any(line.startswith("量考核机制") for line in back_matter)

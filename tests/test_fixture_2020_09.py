"""2020-09, the raw two-column extraction: counts and fields pinned from a reading of the fixture.

Every expected value names the line of fixtures/issues/2020-09.txt it was read from. Pages come
from the page footers (lines 2949 '·28·', 3979 '·37·', 4130 '·39·', each closing its page)
and the page breaks counted from them: the first document starts 25 page breaks before the
footer of page 28, on page 3.
"""

from datetime import date
from decimal import Decimal

import pytest


@pytest.fixture(scope="module")
def issue(parsed_issues):
    return parsed_issues["2020-09"]


def by_number(issue, doc_number):
    return next(d for d in issue.documents if d.doc_number == doc_number)


def test_identity_comes_from_running_headers(issue):
    # 3981 '温州市人民政府公报（总第217期）', 2951 '2020年第9 期文件发布'; no cover, so no 出版日期
    assert (issue.year, issue.issue_no, issue.total_no, issue.publish_date) == (2020, 9, 217, None)


def test_counts_of_each_kind(issue):
    assert len(issue.documents) == 7  # title blocks at 101, 652, 759, 997, 1644, 1978, 2961
    assert len(issue.interpretations) == 1  # 3836-3838
    assert len(issue.news) == 6  # titles at 4022, 4150, 4218, 4289, 4343, 4422
    assert len(issue.chronicle) == 52  # the △ items, 4508-4794
    assert len(issue.issued_list) == 6  # 4797-4813 (温政发〔2020〕22号 is not in the printed list)
    assert len(issue.statistics.rows) == 9  # 4828-4844


def test_missing_table_of_contents_is_derived_and_warned(issue):
    assert any(w.kind == "no_toc" and "没有目录" in w.message and not w.is_loss for w in issue.warnings)
    assert [(e.category, e.doc_number, e.page) for e in issue.toc] == [
        ("市政府文件", "温政发〔2020〕22号", 3),
        ("市政府文件", "温政发〔2020〕23号", 8),
        ("市政府文件", "温政发〔2020〕24号", 9),
        ("市府办文件", "温政办〔2020〕73号", 12),
        ("市府办文件", "温政办〔2020〕74号", 17),
        ("市府办文件", "温政办〔2020〕75号", 21),
        ("市府办文件", "温政办〔2020〕76号", 29),  # 2949 '·28·' then the document
        ("政策解读", None, 36),  # 3724, the page before 3979 '·37·'
        ("机构人事", None, 38),  # 3983, after 3979 '·37·'
        ("政务简讯", None, 39),  # 4022, the page 4130 '·39·' closes
        ("政府记事", None, 43),
        ("发文目录", None, 46),
        ("统计资料", None, 47),
    ]


DOCUMENTS = [
    # doc number, ZJCC code, title (issuer + title lines of the block), page
    ("温政发〔2020〕22号", "ZJCC00-2020-0010", "温州市人民政府关于打造千万级常住人口城市的若干意见", 3),  # 101-107
    ("温政发〔2020〕23号", "ZJCC00-2020-0011", "温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的决定", 8),  # 652-660
    ("温政发〔2020〕24号", "ZJCC00-2020-0012", "温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见", 9),  # 759-766
    ("温政办〔2020〕73号", "ZJCC01-2020-0013",
     "温州市人民政府办公室关于印发加快推进3岁以下婴幼儿照护服务发展实施方案的通知", 12),  # 997-1005
    ("温政办〔2020〕74号", "ZJCC01-2020-0015", "温州市人民政府办公室关于鼓励社会力量投资建设与运营体育场所的意见", 17),  # 1644-1652
    ("温政办〔2020〕75号", "ZJCC01-2020-0017", "温州市人民政府办公室关于印发温州市突发事件应急预案管理办法的通知", 21),  # 1978-1986
    ("温政办〔2020〕76号", "ZJCC01-2020-0018", "温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的通知", 29),  # 2961-2969
]


def test_documents_in_printed_order_with_title_block_fields(issue):
    found = [(d.doc_number, d.registration_code, d.title, d.page) for d in issue.documents]
    assert found == DOCUMENTS


@pytest.mark.parametrize(("doc_number", "category"), [
    ("温政发〔2020〕22号", "市政府文件"),
    ("温政办〔2020〕76号", "市府办文件"),
])
def test_category_follows_the_doc_number(issue, doc_number, category):
    assert by_number(issue, doc_number).category == category


@pytest.mark.parametrize(("doc_number", "piece", "line"), [
    ("温政发〔2020〕22号", "保障农业人口向城镇有序转移", "99-108: cut by the title block and a page break"),
    ("温政发〔2020〕24号", "（十六）其他安置房（政府自建安置房）。组建安置房源超市", "865-867: letter-spaced line"),
    ("温政办〔2020〕73号", "婴幼儿照护服务政策体系、覆盖城乡的服务体系基本健全", "1053-1058: cut by the enclosed title"),
    ("温政办〔2020〕73号", "执行《财政部 税务总局 发展改革委 民政部 商务部 卫生健康委关于", "1186-1190"),
    ("温政办〔2020〕75号", "建立健全“横向到边、纵向到底”的应急预案体系", "2036-2039: cut by the enclosed title"),
    ("温政办〔2020〕76号", "（温政办〔2016〕138号）同时废止", "3721-3723"),
])
def test_body_rejoined_where_columns_and_pages_cut_it(issue, doc_number, piece, line):
    assert piece in by_number(issue, doc_number).body


def test_letter_spaced_item_is_a_paragraph_of_its_own(issue):
    paragraphs = by_number(issue, "温政发〔2020〕24号").body.split("\n")  # 865-867
    assert any(p.startswith("（十六）其他安置房（政府自建安置房）。组建安置房源超市") for p in paragraphs)


def test_heading_stays_apart_from_the_paragraph_after_it(issue):
    paragraphs = by_number(issue, "温政办〔2020〕73号").body.split("\n")  # 1231-1233 heading, 1235 paragraph
    assert "（三）加快建设婴幼儿照护服务多元供给体系" in paragraphs


@pytest.mark.parametrize("doc_number", [number for number, *_ in DOCUMENTS])
def test_no_running_header_or_heading_left_in_a_body(issue, doc_number):
    body = by_number(issue, doc_number).body
    assert "温州市人民政府公报" not in body and "期文件发布" not in body and "ZJCC" not in body


# Fields the documents parser reads from the lines this layout feeds it.
DOCUMENT_FIELDS = [
    ("温政发〔2020〕22号", "issuer", "温州市人民政府"),  # 597
    ("温政发〔2020〕22号", "signed_date", date(2020, 9, 11)),  # 599
    ("温政发〔2020〕22号", "addressees", "各县（市、区）人民政府，市各有关单位"),  # 1
    ("温政发〔2020〕22号", "effective_until", date(2025, 12, 31)),  # 583-585 有效期至2025年12月31日
    ("温政发〔2020〕23号", "signed_date", date(2020, 9, 24)),  # 650
    ("温政发〔2020〕23号", "effective_from", date(2020, 11, 1)),  # 632 本决定自2020年11月1日起施行
    ("温政发〔2020〕23号", "attachments", [  # 634-646
        "继续有效的市政府行政规范性文件目录", "修改后继续有效的市政府行政规范性文件目录",
        "宣布失效的市政府行政规范性文件目录", "废止的市政府行政规范性文件目录"]),
    ("温政发〔2020〕24号", "addressees", "各区人民政府，市各有关单位"),  # 663
    ("温政发〔2020〕24号", "signed_date", date(2020, 9, 28)),  # 986
    ("温政发〔2020〕24号", "valid_years", 3),  # 980-982 有效期3年
    ("温政发〔2020〕24号", "cited_doc_numbers", ["温州市人民政府令第1号", "温政办〔2015〕66号", "财税〔2005〕45号",
                                               "财税〔2012〕82号"]),  # 673, 677, 910, 914
    ("温政办〔2020〕73号", "issuer", "温州市人民政府办公室"),  # 993
    ("温政办〔2020〕73号", "signed_date", date(2020, 9, 1)),  # 995
    ("温政办〔2020〕73号", "effective_from", date(2020, 10, 1)),  # 1545
    ("温政办〔2020〕73号", "valid_years", 10),  # 1545-1547 有效期10年
    ("温政办〔2020〕74号", "signed_date", date(2020, 9, 9)),  # 1969
    ("温政办〔2020〕74号", "effective_from", date(2020, 10, 20)),  # 1965
    ("温政办〔2020〕75号", "signed_date", date(2020, 9, 16)),  # 1976
    ("温政办〔2020〕75号", "effective_until", date(2029, 9, 30)),  # 2937-2939
    ("温政办〔2020〕76号", "signed_date", date(2020, 9, 29)),  # 2959
    ("温政办〔2020〕76号", "effective_from", date(2020, 10, 1)),  # 3717
    ("温政办〔2020〕76号", "effective_until", date(2022, 9, 30)),  # 3719
    # cited numbers, also those cut by a column end ('…（浙政办发〔2019〕64' + '号）')
    ("温政发〔2020〕22号", "cited_doc_numbers", []),
    ("温政发〔2020〕23号", "cited_doc_numbers", ["省政府令第372号"]),  # 606
    ("温政办〔2020〕73号", "cited_doc_numbers", ["国办发〔2019〕15号", "浙政办发〔2019〕64号",
                                               "财政部公告2019年第76号"]),  # 1015, 1019-1021, 1192
    ("温政办〔2020〕74号", "cited_doc_numbers", ["浙交〔2017〕93号"]),  # 1685
    ("温政办〔2020〕75号", "cited_doc_numbers", ["国办发〔2013〕101号", "浙政办发〔2016〕139号", "教基一厅〔2014〕2号",
                                               "温政办〔2009〕19号"]),  # 1998, 2002, 2669, 2943-2945
    ("温政办〔2020〕76号", "cited_doc_numbers", ["国发〔2016〕51号", "省政府令第354号", "省政府令第381号", "浙数局发〔2020〕4号",
                                               "浙数局发〔2020〕6号", "温政办〔2016〕138号"]),  # 2981-2995, 3721-3723
    ("温政办〔2020〕74号", "addressees", "各县（市、区）人民政府，市各有关单位"),  # 1548
    ("温政办〔2020〕76号", "addressees", "各县（市、区）人民政府，市政府直属各单位"),  # 2953
    ("温政办〔2020〕76号", "issuer", "温州市人民政府办公室"),  # 2957
]


@pytest.mark.parametrize(("doc_number", "field", "expected"), DOCUMENT_FIELDS)
def test_document_field(issue, doc_number, field, expected):
    assert getattr(by_number(issue, doc_number), field) == expected


def test_interpretation_title_and_unit(issue):
    (interpretation,) = issue.interpretations
    assert interpretation.title == "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读"  # 3836-3838
    assert interpretation.unit == "市体育局"  # 3975
    assert interpretation.body.startswith("日前，温州市出台《关于鼓励社会力量投资建设与运营体育场所的意见》")  # 3724
    assert "结合“大建大美”“全域谋划”，加快体育设施建设。" in interpretation.body  # 3834-3839, title in between


def test_interpretation_names_the_document_it_explains(issue):
    assert issue.interpretations[0].interprets == "温政办〔2020〕74号"  # the title names 1650-1652's document


APPOINTMENTS = [  # decided by 市人民政府决定 (3983)
    ("徐翔", "appoint", "温州系统流程装备科学研究院院长", "试用期一年"),  # 3985-3987
    ("陈栋", "appoint", "温州市民防局局长", None),  # 3989
    ("陈栋", "dismiss", "温州市人民政府副秘书长", None),  # 3989-3991 免去其…职务
    ("吴雪梅", "dismiss", "温州铁路南站综合管理中心主任", None),  # 3995-3997
    ("张祖新", "dismiss", "温州市发展和改革委员会副主任", None),  # 3999-4003, heading 4001 in between
    ("薛盛况", "dismiss", "温州市珊溪水利枢纽管理中心主任", None),  # 4005-4007
    ("张亨利", "dismiss", "温州市渔业局局长", None),  # 4009
    ("金炳松", "dismiss", "温州市粮食和物资储备局副局长", None),  # 4011-4013
    ("王道川", "dismiss", "温州市交通发展集团有限公司总经济师", None),  # 4015-4017
    ("章公华", "dismiss", "温州市民防局局长", None),  # 4019
]


def test_appointments_one_row_per_person_action_and_post(issue):
    found = [(a.person, a.action, a.position, a.qualifier) for a in issue.appointments]
    assert found == APPOINTMENTS
    assert {a.decided_by for a in issue.appointments} == {"市人民政府决定"}


def test_no_heading_inside_an_appointment(issue):
    assert all("人事任免" not in a.position and "机构人事" not in a.position for a in issue.appointments)


def test_news_titles_rejoined_with_their_dates(issue):
    # compared without spaces: whether the space between headline and subtitle (4422-4423) stays is the
    # news parser's call
    assert [("".join(n.title.split()), n.date) for n in issue.news] == [
        ("陈伟俊主持召开高等教育发展工作座谈会", date(2020, 9, 11)),  # 4022-4026
        ("我市部署推进全国文明城市创建工作", date(2020, 9, 8)),  # 4150-4152
        ("我市召开消防安全“百日攻坚”督查推进会", date(2020, 9, 11)),  # 4218-4222
        ("市政府常务会议研究高校毕业生招引“510计划”", date(2020, 9, 15)),  # 4289-4293
        ("国家发改委体改司在温召开支持民营企业改革发展工作交流会", date(2020, 9, 24)),  # 4343-4347 9月24日至25日
        ("市政府部署秋冬季疫情防控工作抓好常态化精密智控交出防疫高分报表", date(2020, 9, 24)),  # 4422-4425
    ]


def test_news_brief_continues_across_the_page_footer(issue):
    # 4122-4134: '让温州成为各路英才' + column title, footer ·39·, header + '的向往地、创业地、圆梦地。'
    assert "让温州成为各路英才的向往地、创业地、圆梦地。" in issue.news[0].body


def test_chronicle_dates_and_an_item_cut_by_the_heading(issue):
    first, last = issue.chronicle[0], issue.chronicle[-1]
    assert (first.date, first.text) == (date(2020, 9, 1), "市长姚高员参加全省领导干部会议。")  # 4506-4508
    assert (last.date, last.text) == (date(2020, 9, 30), "副市长汤筱疏陪同国家体育总局一行调研。")  # 4794-4796
    cut = "市长姚高员，常务副市长陈建明，副市长汪驰、娄绍光、李无文、陈应许参加市委常委扩大会议。"  # 4602-4609
    assert [(e.date, e.text) for e in issue.chronicle if e.text == cut] == [(date(2020, 9, 11), cut)]
    assert not any("记事" in e.text for e in issue.chronicle)


def test_issued_list_rows_with_wrapped_titles_rejoined(issue):
    assert [(r.doc_number, r.title) for r in issue.issued_list] == [
        ("温政发〔2020〕23号", "温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的决定"),  # 4797-4799
        ("温政发〔2020〕24号", "温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见"),  # 4801
        ("温政办〔2020〕73号", "温州市人民政府办公室关于印发加快推进3岁以下婴幼儿照护服务发展实施方案的通知"),  # 4803-4805
        ("温政办〔2020〕74号", "温州市人民政府办公室关于鼓励社会力量投资建设与运营体育场所的意见"),  # 4807
        ("温政办〔2020〕75号", "温州市人民政府办公室关于印发温州市突发事件应急预案管理办法的通知"),  # 4809
        ("温政办〔2020〕76号", "温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的通知"),  # 4811-4813
    ]


def test_statistics_table_from_space_separated_rows(issue):
    table = issue.statistics
    assert table.title == "温州市2020年9月份国民经济主要统计指标"  # 4816
    assert table.producer == "温州市统计局制"  # 4814, printed before the table
    rows = {row.indicator: row for row in table.rows}
    first = rows["一、规模以上工业增加值"]  # 4828
    assert (first.unit, first.month, first.month_yoy, first.cumulative, first.cumulative_yoy, first.sub_row) == (
        "亿元", Decimal("110.45"), Decimal("8.1"), Decimal("757.74"), Decimal("0.2"), False)
    assert rows["二、限额以上消费品零售总额"].month_yoy == Decimal("-3.0")  # 4830
    budget = rows["一般公共预算收入"]  # 4834 '　　#一般公共预算收入'
    assert (budget.sub_row, budget.cumulative) == (True, Decimal("507.56"))
    deposits = rows["四、金融机构人民币存款余额"]  # 4836 '—— ——'
    assert (deposits.month, deposits.month_yoy, deposits.cumulative) == (None, None, Decimal("14804.29"))
    assert rows["六、居民消费价格总指数"].unit == "%"  # 4842


def test_photo_captions_and_feature_are_back_matter(issue):
    back = "\n".join(issue.back_matter)
    assert "永嘉点亮楠溪江夜经济 秀出美丽新“夜”态" in back  # 4870
    assert "183位桨板爱好者参赛" in back  # 4847-4848
    assert not any("楠溪江" in n.body for n in issue.news)


# Paragraph starts read off the column widths (an indented first line after a short last line).
PARAGRAPH_COUNTS = [
    # 3, 9, 11, 45, 47, 75, 126, 162, 164, 208, 249, 291, 321, 345, 367, 369, 408, 446, 472, 500, 527, 529,
    # 559, 583, then the signer 597 and the date 599
    ("温政发〔2020〕22号", 26),
    # 665 … 980 (the headings 一、 to 八、 and items （一） to （二十四）), signer 984, date 986
    ("温政发〔2020〕24号", 37),
    # notice 989, signer 993, date 995, enclosed title 1055-1057, then 1007 … 1545; the heading
    # 1231-1233 '（三）加快建设婴幼儿照护服务多元供给体系' and the paragraph 1235 after it are two
    ("温政办〔2020〕73号", 48),
]


@pytest.mark.parametrize(("doc_number", "count"), PARAGRAPH_COUNTS)
def test_paragraphs_neither_glued_nor_split(issue, doc_number, count):
    assert len(by_number(issue, doc_number).body.split("\n")) == count


def test_interpretation_paragraphs(issue):
    # 3724, 3732, 3734, 3744, 3768, 3784, 3786, 3792, 3794, 3810, 3841, 3863, 3901, 3955, 3971, 3973
    assert len(issue.interpretations[0].body.split("\n")) == 16


def test_statistics_rows_in_printed_order_with_sub_rows(issue):
    assert [(row.indicator, row.sub_row) for row in issue.statistics.rows] == [
        ("一、规模以上工业增加值", False),  # 4828
        ("二、限额以上消费品零售总额", False),  # 4830
        ("三、财政总收入", False),  # 4832
        ("一般公共预算收入", True),  # 4834 '　　#一般公共预算收入'
        ("四、金融机构人民币存款余额", False),  # 4836
        ("住户存款", True),  # 4838
        ("五、金融机构人民币贷款余额", False),  # 4840
        ("六、居民消费价格总指数", False),  # 4842
        ("食品烟酒类", True),  # 4844 '　　#食品烟酒类 % 104.9 —— 107.9 ——'
    ]
    food = issue.statistics.rows[-1]
    assert (food.unit, food.month, food.month_yoy, food.cumulative, food.cumulative_yoy) == (
        "%", Decimal("104.9"), None, Decimal("107.9"), None)


def test_chronicle_items_of_one_day(issue):
    assert [e.text for e in issue.chronicle if e.date == date(2020, 9, 24)] == [
        "市长姚高员、常务副市长陈建明、副市长汪驰参加“六比争先”专项工作视频会。",  # 4727-4729
        "市长姚高员参加全省未来社区建设视频会议，民政高质量发展督查汇报会。",  # 4731-4733
        "常务副市长陈建明参加全省审计整改工作视频会议。",  # 4735-4737
        "副市长李无文参加全省治理规范长租公寓市场专项行动部署会。",  # 4739-4740, across a page break
    ]

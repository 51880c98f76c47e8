"""Tables, issued lists and documents as 北京's and 上海's pages print them, laid out as an issue (issue 21 §1): a statistics
table headed by its periods with its unit printed once over it ('单位:万元'), a 发文目录 printing each row's date after its title,
and a title whose year a raw column cut ('(2020-202' + '2年)'). Sources: tests/data/SOURCES.md, "wild17"."""

from decimal import Decimal

import pytest

from issues.parser import issued, parse_issue
from issues.parser.records import ParsedIssuedRow as Row
from tests.test_painted_table_titles import BRIEF, BRIEF_TITLE, boxed_issue
from tests.test_read_variations import layout, raw_layout

# 北京市统计局 2018-08 (tjj.beijing.gov.cn): 社会消费品零售总额 by district, no unit column, its heading row the periods
RETAIL_TITLE = "2018年1-8月北京市社会消费品零售总额"
RETAIL = [RETAIL_TITLE, "单位:万元", "项 目\t2018年8月\t同比增长(%)\t2018年1-8月\t同比增长(%)",
          "全 市\t9915023\t5.7\t73555170\t4.4", "东城区\t893416\t5.7\t6361906\t4.6", "西城区\t851562\t5.8\t6707682\t4.1",
          "北京市统计局"]
# 北京市统计局 2017-06 (bjstats.gov.cn): 规模以上工业总产值 by district, printed space-separated as a raw extraction gives it
INDUSTRY_TITLE = "2017年1-5月北京市规模以上工业总产值"
INDUSTRY = [INDUSTRY_TITLE, "（单位：万元）", "项目 2017年5月 同比增长(%) 2017年1-5月 同比增长(%)",
            "首都功能核心区 838149 4.4 5184444 1.1", "东城区 145171 -10.2 664382 -4.3", "北京市统计局"]


def statistics_of(text):
    parsed = parse_issue(text)
    rows = [(r["indicator"], r["unit"], r["month"], r["cumulative_yoy"]) for r in parsed.to_export()["statistics"]["rows"]]
    return rows, [(w.kind, w.lines) for w in parsed.warnings if w.level == "loss"]


@pytest.mark.parametrize("lines, expected", [
    pytest.param(RETAIL, [("全 市", "万元", Decimal("9915023"), Decimal("4.4")), ("东城区", "万元", Decimal("893416"), Decimal("4.6")),
                          ("西城区", "万元", Decimal("851562"), Decimal("4.1"))], id="unit_over_a_tab_separated_table"),
    pytest.param(INDUSTRY, [("首都功能核心区", "万元", Decimal("838149"), Decimal("1.1")),
                            ("东城区", "万元", Decimal("145171"), Decimal("-4.3"))], id="unit_in_brackets_over_a_spaced_table"),
])
def test_a_unit_printed_over_the_table_is_each_rows_and_the_period_heading_is_furniture(lines, expected):
    rows, losses = statistics_of(layout(2018, 9, [("统计资料", lines[0])], lines))
    assert [(i, u, Decimal(str(m)), Decimal(str(y))) for i, u, m, y in rows] == expected
    assert losses == []


def pages_without_contents(pages):
    """An issue printing no 目录 (its sections found by their shapes), each page headed by the gazette's name over its number."""
    lines = ["温州市人民政府公报", "— 2 —", "2017.6", "总第300期（月刊）"]
    for number, page in enumerate(pages, start=3):
        lines += ["温州市人民政府公报", f"— {number} —"] + page
    return "\n\n".join(lines)


def raw_pages(pages):
    """The same pages as a raw two-column extraction gives them, a brief's column lines over the table (新华社's, the raw16 row)."""
    brief = [BRIEF[k : k + 20] for k in range(0, len(BRIEF), 20)]
    return boxed_issue([["政务简讯", BRIEF_TITLE] + brief + pages[0]] + pages[1:])


@pytest.mark.parametrize("text", [
    pytest.param(pages_without_contents([["统计资料"] + INDUSTRY[:4], INDUSTRY[4:]]), id="rows_running_on"),
    pytest.param(pages_without_contents([["统计资料"] + INDUSTRY[:4], [INDUSTRY[2]] + INDUSTRY[4:]]),
                 id="heading_row_printed_again"),
    pytest.param(pages_without_contents([["统计资料"] + INDUSTRY[:4], INDUSTRY[1:3] + INDUSTRY[4:]]),
                 id="unit_and_heading_row_printed_again"),
    pytest.param(raw_pages([["统计资料"] + INDUSTRY[:4], INDUSTRY[4:]]), id="raw_extraction_rows_running_on"),
    pytest.param(raw_pages([["统计资料"] + INDUSTRY[:4], [INDUSTRY[2]] + INDUSTRY[4:]]),
                 id="raw_extraction_heading_row_printed_again"),
])
def test_a_table_printing_its_unit_once_runs_on_over_a_page_break(text):
    """A table without a unit column cut by a page turn: the rows on the next page are the table's, in the unit printed once
    over it (they went to the back matter with its producer line, unread and untold; a raw extraction joined its rows)."""
    rows, losses = statistics_of(text)
    assert [(i, u, Decimal(str(m))) for i, u, m, _ in rows] == [("首都功能核心区", "万元", Decimal("838149")),
                                                                 ("东城区", "万元", Decimal("145171"))]
    assert losses == []


# 上海市人民政府 沪府〔2020〕27号 (dragongams.com, as mirrored): a title naming a plan by its years
XINJIJIAN_TITLE = "上海市人民政府关于印发《上海市推进新型基础设施建设行动方案(2020-2022年)》的通知"
XINJIJIAN = [XINJIJIAN_TITLE, "沪府〔2020〕27号", "各区人民政府,市政府各委、办、局:",
             "现将《上海市推进新型基础设施建设行动方案(2020-2022年)》印发给你们,请认真按照执行。", "上海市人民政府", "2020年4月29日"]
# 浦东新区人民政府 浦府〔2022〕1号 (pudong.gov.cn): its title on two lines, 此件公开发布 under the signature (the page's figures
# garbled: number and date as its heading table gives them, the date of the signature as its digits read)
PUDONG_TITLE = "浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知"
PUDONG = ["浦东新区人民政府关于印发", "《浦东新区人民政府工作规则》的通知", "浦府〔2022〕1号",
          "区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府:",
          "《浦东新区人民政府工作规则》已经1月25日召开的区政府第1次常务会议审议通过,现予印发。", "浦东新区人民政府", "2022年1月28日",
          "(此件公开发布)"]
EXPECTED = [("沪府〔2020〕27号", XINJIJIAN_TITLE, "上海市人民政府", "2020-04-29"),
            ("浦府〔2022〕1号", PUDONG_TITLE, "浦东新区人民政府", "2022-01-28")]


def documents(text):
    return [(d["doc_number"], d["title"], d["issuer"], d["signed_date"]) for d in parse_issue(text).to_export()["documents"]]


@pytest.mark.parametrize("text", [
    pytest.param(layout(2022, 2, [("市政府文件", XINJIJIAN_TITLE), ("区政府文件", PUDONG_TITLE)], XINJIJIAN + PUDONG),
                 id="text_export"),
    pytest.param(raw_layout(2022, 2, [XINJIJIAN, PUDONG]), id="raw_extraction_cutting_a_year_in_the_title"),
])
def test_documents_of_shanghai_read_with_their_titles_whole(text):
    assert documents(text) == EXPECTED


def test_an_issued_list_printing_each_rows_date_keeps_it_out_of_the_title_and_says_so():
    # 沪府发〔2017〕92号 (htgfsre.cn) and 沪府〔2020〕27号 (above) laid out as a list's rows with their signed dates
    lines = ["12月份市政府发文目录", "沪府发〔2017〕92号\t上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知\t2017年12月20日",
             f"沪府〔2020〕27号　　{XINJIJIAN_TITLE}　　2020-04-29"]
    warnings = []
    assert issued.parse(lines, warnings) == [
        Row("沪府发〔2017〕92号", "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"), Row("沪府〔2020〕27号", XINJIJIAN_TITLE)]
    assert [(w.level, w.kind, len(w.lines)) for w in warnings] == [("note", "issued_date_not_kept", 2)]


# 国务院 国函〔2010〕55号 (维基文库, in traditional characters, laid out in simplified): a 批复 to one body, dated in Chinese numerals
REPLY_TITLE = "国务院关于同意北京市调整部分行政区划的批复"
REPLY = [REPLY_TITLE, "国函〔2010〕55号", "北京市人民政府:",
         "你市《关于调整首都功能核心区行政区划的请示》(京政文〔2010〕48号)收悉。现批复如下:",
         "一、同意撤销北京市东城区、崇文区,设立新的北京市东城区,以原东城区、崇文区的行政区域为东城区的行政区域。",
         "二、撤销北京市西城区、宣武区,设立新的北京市西城区,以原西城区、宣武区的行政区域为西城区的行政区域。",
         "三、尽快明确新设区政府驻地位置,并按程序报批。", "中华人民共和国国务院", "二〇一〇年六月二十八日"]
# 北京市人民政府令第293号 (beijing.gov.cn, in traditional characters, laid out in simplified): the order over the rules it enacts
ORDER = ["北京市建筑垃圾处置管理规定", "北京市人民政府令", "第293号",
         "《北京市建筑垃圾处置管理规定》已经2020年7月21日市人民政府第77次常务会议审议通过,现予公布,自2020年10月1日起施行。",
         "市长 陈吉宁", "2020年7月29日", "北京市建筑垃圾处置管理规定", "第一章 总 则",
         "第一条 为了加强建筑垃圾管理,保护和改善生态环境,促进循环经济发展,结合本市实际情况,制定本规定。"]


def documents_with_addressees(text):
    parsed = parse_issue(text)
    found = [(d["doc_number"], d["title"], d["issuer"], d["signed_date"], d["addressees"])
             for d in parsed.to_export()["documents"]]
    return found, [(w.kind, w.lines) for w in parsed.warnings if w.level == "loss"]


@pytest.mark.parametrize("text", [
    pytest.param(layout(2020, 8, [("市政府令", ORDER[0]), ("国务院文件", REPLY_TITLE)], ORDER + REPLY), id="text_export"),
    pytest.param(raw_layout(2020, 8, [ORDER, REPLY]), id="raw_extraction"),
])
def test_a_state_council_reply_is_its_own_document_addressed_to_the_one_body_it_answers(text):
    assert documents_with_addressees(text) == ([
        ("北京市人民政府令第293号", ORDER[0], "北京市人民政府", "2020-07-29", None),
        ("国函〔2010〕55号", REPLY_TITLE, "中华人民共和国国务院", "2010-06-28", "北京市人民政府")], [])


@pytest.mark.parametrize("heading", [
    pytest.param("7月份市政府、市政府办公室发文目录", id="the_gazettes_month_heading"),
    pytest.param("2012年7月份市政府、市政府办公室发文目录", id="its_year_before_it_wrapped_by_the_column"),
    pytest.param("2012年7月发文目录", id="its_year_and_month_alone"),
])
def test_an_issued_lists_heading_printed_in_the_column_is_no_line_of_the_document_before_it(heading):
    """h18fix: the reply, then the month's list under its heading in the same column of a raw extraction (the heading was read
    into the reply's body, told nowhere)."""
    parsed = parse_issue(raw_layout(2012, 7, [[*REPLY, heading, "国函〔2010〕55号　　" + REPLY_TITLE]]))
    assert parsed.to_export()["documents"][0]["body"].split("\n")[-1] == "二〇一〇年六月二十八日"
    assert [(row.doc_number, row.title) for row in parsed.issued_list] == [("国函〔2010〕55号", REPLY_TITLE)]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []

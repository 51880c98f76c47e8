"""issues/parser/spliced_checks.py: a column's heading or a table's title read into a record are loss warnings naming the
record's section and quoting the line (a table without its title, a note); a record as printed raises none.

Records as literal data from real texts (tests/data/SOURCES.md, "warn17"), with the line another column would bring in.
"""

import pytest

from issues.parser import spliced_checks
from issues.parser.records import (ParsedChronicleEntry, ParsedDocument, ParsedIssue, ParsedNews, ParsedStatistics,
                                   ParsedStatisticsRow)

# 上海 沪府〔2020〕27号 (dragongams.com mirror): the notice, its signature, the enclosed plan's title and first paragraph
XINJIJIAN = ["现将《上海市推进新型基础设施建设行动方案（2020-2022年）》印发给你们，请认真按照执行。", "上海市人民政府", "2020年4月29日",
             "上海市推进新型基础设施建设行动方案（2020-2022年）",
             "新型基础设施是以新发展理念为引领，以技术创新为驱动，以信息网络为基础，面向高质量发展需要，提供数字转型、智能升级、"
             "融合创新等服务的基础设施体系。", "一、总体要求"]
# 北京 2017-02-24, 中新社: a brief; 力报 2020-03-24 (exmoo.com): a day of 上海's, laid out as a chronicle entry
BEIJING_BRIEF = ("北京市人大常委会接受三位副市长辞职",
                 "中新社北京2月24日电（记者 曾鼐）北京市十四届人大常委会第三十五次会议24日举行。会议接受了李士祥、陈刚、林克庆辞去"
                 "北京市副市长职务的请求。")
SHANGHAI_DAY = "上海市第十五届人大常委会第十九次会议决定，接受应勇辞去市长职务请求，并由龚正任上海市副市长、代理市长。"
# 上海市统计局 2022-07 (traditional characters there): 2022年上半年上海市生产总值, two of its rows; 北京市统计局 2023-11: its table
# 规模以上工业增加值增速 of 2023年1-10月, headed as a gazette heads a table
SHANGHAI_TABLE = "2022年上半年上海市生产总值"
BEIJING_TABLE = "2023年1-10月北京市规模以上工业增加值增速"
ROWS = [ParsedStatisticsRow("地区生产总值", unit="亿元"), ParsedStatisticsRow("第一产业", unit="亿元")]


def _notice(*after: str) -> ParsedDocument:
    return ParsedDocument(category="市政府文件", title="上海市人民政府关于印发《上海市推进新型基础设施建设行动方案（2020-2022年）》的通知",
                          doc_number="沪府〔2020〕27号", page=3, body="\n".join([*XINJIJIAN, *after]))


def _told(parsed: ParsedIssue) -> list[tuple[str, str, str]]:
    """(kind, section, the line quoted) of each warning, '(note)' after the kind of a note."""
    warnings = spliced_checks.heading_in_record(parsed) + spliced_checks.table_untitled(parsed)
    return [(w.kind + ("" if w.is_loss else " (note)"), w.section, w.lines[-1]) for w in warnings]


HEADINGS = [
    pytest.param(ParsedIssue(2020, 5, documents=[_notice()]), [], id="notice_and_its_plan_as_printed"),
    pytest.param(ParsedIssue(2020, 5, documents=[_notice("2020年5月发文目录")]),
                 [("heading_in_record", "市政府文件", "2020年5月发文目录")], id="issued_lists_heading_after_the_plan"),
    pytest.param(ParsedIssue(2020, 5, documents=[_notice("人事任免")]),
                 [("heading_in_record", "市政府文件", "人事任免")], id="appointments_heading_after_the_plan"),
    pytest.param(ParsedIssue(2017, 2, news=[ParsedNews(*BEIJING_BRIEF)]), [], id="brief_as_printed"),
    pytest.param(ParsedIssue(2017, 2, news=[ParsedNews(BEIJING_BRIEF[0], body=f"{BEIJING_BRIEF[1]}\n政务简讯")]),
                 [("heading_in_record", "政务简讯", "政务简讯")], id="briefs_heading_as_a_paragraph_of_a_brief"),
    pytest.param(ParsedIssue(2020, 3, chronicle=[ParsedChronicleEntry(None, SHANGHAI_DAY)]), [], id="chronicle_day_as_printed"),
    pytest.param(ParsedIssue(2020, 3, chronicle=[ParsedChronicleEntry(None, SHANGHAI_DAY + SHANGHAI_TABLE)],
                             statistics=ParsedStatistics(title=SHANGHAI_TABLE, rows=ROWS)),
                 [("heading_in_record", "政府记事", SHANGHAI_TABLE)], id="table_title_after_the_entrys_last_sentence"),
]


@pytest.mark.parametrize("parsed, told", HEADINGS)
def test_a_heading_read_into_a_record_is_a_loss_quoting_it(parsed, told):
    assert _told(parsed) == told


def _brief(body: str) -> ParsedNews:
    return ParsedNews(BEIJING_BRIEF[0], body=body)


GLUED = BEIJING_BRIEF[1].replace("接受了", f"接受了{BEIJING_TABLE}")
TABLES = [
    pytest.param(ParsedStatistics(title=SHANGHAI_TABLE, rows=ROWS), _brief(BEIJING_BRIEF[1]), [], id="titled_table"),
    pytest.param(ParsedStatistics(title=None, rows=ROWS), _brief(BEIJING_BRIEF[1]),
                 [("table_untitled (note)", "统计资料", "第一产业")], id="untitled_table_its_title_nowhere"),
    pytest.param(ParsedStatistics(title=None, rows=ROWS), _brief(GLUED),
                 [("table_untitled (note)", "统计资料", "第一产业"), ("table_title_in_record", "政务简讯", BEIJING_TABLE)],
                 id="untitled_table_its_title_glued_into_a_brief"),
    pytest.param(ParsedStatistics(title=None, rows=ROWS),
                 _brief(BEIJING_BRIEF[1].replace("接受了", f"接受了{SHANGHAI_TABLE}")),
                 [("table_untitled (note)", "统计资料", "第一产业"), ("table_title_in_record", "政务简讯", SHANGHAI_TABLE)],
                 id="untitled_table_a_half_years_title_glued_into_a_brief"),
    # 北京市统计局 2023-08: a sentence naming the figure (its months set off by a comma) is no title
    pytest.param(ParsedStatistics(title=None, rows=ROWS), _brief("2023年1-7月，北京市规模以上工业增加值比上年同期下降1.6%。"),
                 [("table_untitled (note)", "统计资料", "第一产业")], id="untitled_table_a_brief_naming_the_figure"),
    pytest.param(ParsedStatistics(title=SHANGHAI_TABLE, rows=ROWS), _brief(GLUED), [], id="titled_table_looked_for_nowhere"),
]


@pytest.mark.parametrize("table, brief, told", TABLES)
def test_a_table_without_its_title_is_a_note_and_where_its_title_went_a_loss(table, brief, told):
    assert _told(ParsedIssue(2023, 11, news=[brief], statistics=table)) == told

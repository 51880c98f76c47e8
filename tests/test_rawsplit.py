"""Sections of an issue without a table of contents (issues/parser/rawsplit.py), from 2020-09 cases:
found by their shapes, their printed lines read by the same kind parsers as with a TOC."""

import pytest

from issues.parser import clean, issued, rawsplit, statistics
from issues.parser.lines import page_break as page
from issues.parser.records import ParsedIssue
from tests.conftest import as_lines


def test_sections_found_by_their_shapes_each_on_its_page():
    lines = [
        page(29), "ZJCC01-2020-0018", "温州市人民政府办公室", "关于印发温州市公共数据共享开放管理暂行办法的通知",
        "温政办〔2020〕76号", "各县（市、区）人民政府，市政府直属各单位：", "第一条 为加强公共数据统一管理。",
        page(36), "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读", "日前，温州市出台《意见》。",
        "解读单位：市体育局", page(38), "机构人事", "9月份市政府人事任免", "市人民政府决定：",
        page(39), "政务简讯", "陈伟俊主持召开", "高等教育发展工作座谈会", "9月11日，陈伟俊主持召开座谈会。",
        page(46), "温政发〔2020〕23号　　温州市人民政府关于公布…的", "决定",
        page(47), "温州市统计局制", "温州市2020年9月份国民经济主要统计指标",
        "一、规模以上工业增加值 亿元 110.45 8.1 757.74 0.2", page(48), "9月26日，楠溪江桨板公开赛（赵用/摄）",
    ]
    found = [(s.category, s.title, s.doc_number, s.page, s.start, s.end)
             for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found == [  # start and end index the lines without their page breaks
        ("市府办文件", "温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的通知", "温政办〔2020〕76号", 29, 0, 6),
        ("政策解读", "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读", None, 36, 6, 9),
        ("机构人事", "9月份市政府人事任免", None, 38, 9, 12),
        ("政务简讯", "", None, 39, 12, 16),
        ("发文目录", "", None, 46, 16, 18),
        ("统计资料", "温州市2020年9月份国民经济主要统计指标", None, 47, 18, 21),
        ("back_matter", "", None, 48, 21, 22),
    ]


def test_issued_rows_read_as_printed_with_wrapped_titles():
    lines = ["温政发〔2020〕23号　　温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的", "决定",
             "温政发〔2020〕24号　　温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见"]
    assert [(row.doc_number, row.title) for row in issued.parse(lines, warnings=[])] == [
        ("温政发〔2020〕23号", "温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的决定"),
        ("温政发〔2020〕24号", "温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见"),
    ]


def test_statistics_read_as_printed_producer_before_the_title_and_header_words_cut():
    lines = ["温州市统计局制", "温州市2020年9月份国民经济主要统计指标", "指标 单位 当月同比", "±%累计",
             "三、财政总收入 亿元 81.72 1.1 805.23 1.4", "#住户存款 亿元 —— —— 8447.98 12.0"]
    table = statistics.parse(lines)
    assert (table.title, table.producer) == ("温州市2020年9月份国民经济主要统计指标", "温州市统计局制")
    assert [(r.indicator, r.sub_row, r.unit, r.month_printed, r.cumulative_printed) for r in table.rows] == [
        ("三、财政总收入", False, "亿元", "81.72", "805.23"), ("住户存款", True, "亿元", None, "8447.98")]


def test_title_block_in_printed_order_is_one_document_start():
    # a PDF export that keeps the printed order: ZJCC code, doc number, issuer, title (lines 101-107)
    lines = [page(3), "ZJCC00-2020-0010", "温政发〔2020〕22号", "温州市人民政府", "关于打造千万级常住人口城市的若干意见",
             "各县（市、区）人民政府，市各有关单位：", "为加快实现人口规模适度、结构优化、素质提升。"]
    (section,) = rawsplit.find_sections(clean.paged(as_lines(lines)))
    assert (section.category, section.title, section.doc_number, section.page, section.start, section.end) == (
        "市政府文件", "温州市人民政府关于打造千万级常住人口城市的若干意见", "温政发〔2020〕22号", 3, 0, 6)

def test_a_statistics_table_begun_by_its_heading_row_inside_the_chronicle_keeps_its_rows_across_a_page():
    """Two column labels at a page's top, then a chronicle under its own heading, and the table's heading row
    where the chronicle's column ends: the rows are the table's, also after its title and a page turn."""
    lines = ["政府记事", "统计资料", "2008年6月政府大事记", "1日 市长出席全市安全生产工作会议。",
             "指标 单位 当月 同比±% 累计 同比±%", "社会消费品零售总额 亿元 1543.42 -4.3 7590.96 -16.1",
             "2008年6月社会消费品零售总额", page(6), "住宿餐饮业 亿元 79.01 -37.1 483.40 -33.1", "市统计局",
             page(7), "本刊编辑部"]
    found = [(s.category, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found[-3:] == [("政府记事", 2), ("统计资料", 4), ("back_matter", 9)]
    table = statistics.parse([line for line in lines[4:10] if isinstance(line, str)])
    assert (table.title, table.producer) == ("2008年6月社会消费品零售总额", "市统计局")
    assert [row.indicator for row in table.rows] == ["社会消费品零售总额", "住宿餐饮业"]


def test_a_statistics_table_printed_before_its_label_and_title_keeps_them():
    """A raw extraction may print the table's rows first, then its producer, its spaced label and its title."""
    lines = ["指标 单位 当月 同比±% 累计 同比±%", "一、规模以上工业增加值 亿元 —— —— —— 9.2",
             "#五大传统支柱产业增加值 亿元 —— —— —— 9.9", "温州市统计局制", "统 计 资 料",
             "温州市2008年6月份国民经济主要统计指标", page(7), "本刊编辑部"]
    found = [(s.category, s.title, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found == [("统计资料", "温州市2008年6月份国民经济主要统计指标", 0), ("back_matter", "", 6)]


def test_a_statistics_table_read_from_a_pdf_with_tabs_between_cells_ends_where_the_back_matter_begins():
    """2020-09's table as the PDF reader gives a printed table (cells apart by tabs), its producer under the rows:
    the back matter's first caption after it is no part of the table."""
    lines = ["温州市2020年9月份国民经济主要统计指标", "指标 单位 当月", "一、规模以上工业增加值\t亿元\t110.45\t8.1\t757.74\t0.2",
             "#住户存款\t亿元\t——\t——\t8447.98\t12.0", "温州市统计局制",
             "9月19日，我市2020年秋季人才交流大会开幕，吸引了大批温州本土优质企业前来现场招才 （陈翔/摄）"]
    found = [(s.category, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found == [("统计资料", 0), ("back_matter", 5)]


@pytest.mark.parametrize(
    "last_row",
    ["#食品烟酒类\t%\t104.9\t——\t107.9\t——", "食品烟酒类\t\t104.9\t——\t107.9\t——"],
    ids=["as-printed", "scan-lost-its-unit-and-mark"],
)
def test_a_statistics_row_whose_unit_ocr_lost_does_not_end_the_table(last_row):
    """2020-09's scan: OCR found neither the small '%' nor the '#' of the last row; the table ended there, and its
    producer under it began a second, empty table that took the section's place."""
    lines = ["温州市2020年9月份国民经济主要统计指标", "指标 单位 当月", "六、居民消费价格总指数\t%\t101.8\t——\t102.3\t——",
             last_row, "温州市统计局制", "9月26日，为期两天的第四届楠溪江桨板公开赛在永嘉县楠溪江落下帷幕"]
    found = [(s.category, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found == [("统计资料", 0), ("back_matter", 5)]


def test_a_letter_spaced_column_label_starts_its_section():
    lines = [page(5), "人 事 任 免", "市人民政府决定：", "王建明任温州市审计局副局长；",
             "政 务 简 讯", "市政府召开常务会议", "4月2日，市政府召开常务会议。"]
    assert [(s.category, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))] == [("人事任免", 0), ("政务简讯", 3)]


def test_briefs_after_the_appointments_whose_label_was_lost_are_their_own_section():
    lines = [page(5), "人事任免", "市人民政府决定：", "王建明任温州市审计局副局长；",
             "市政府召开常务会议", "4月2日，市政府召开常务会议，研究部署安全生产工作。"]
    assert [(s.category, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))] == [("人事任免", 0), ("政务简讯", 3)]


def test_an_unknown_letter_spaced_column_is_cut_off_the_briefs_and_quoted_with_its_page():
    brief = ["市政府召开常务会议", "4月2日，市政府召开常务会议，研究部署安全生产工作。"]
    unknown = ["专 题 报 道", "我市召开民营经济高质量发展大会", "会上，市领导为获奖企业颁奖。"]
    parsed = ParsedIssue(year=2019, issue_no=4)
    rawsplit.parse_sections(clean.paged(as_lines([page(5), "政务简讯", *brief, page(6), *unknown])), parsed)
    assert [(n.title, n.body) for n in parsed.news] == [(brief[0], brief[1])]
    [told] = [w for w in parsed.warnings if getattr(w, "kind", "") == "unknown_section"]
    assert (told.page, told.section, told.lines) == (6, "专题报道", unknown)


def test_an_interpretation_title_a_reader_gives_on_two_lines_starts_its_section():
    lines = [page(42), "资本共同投资建设；结合“大建大美”“全域", "《关于鼓励社会力量投资建设与运营",
             "体育场所的意见》政策解读", "谋划”，加快体育设施建设。"]
    [found] = rawsplit.find_sections(clean.paged(as_lines(lines)))
    assert (found.category, found.start, found.title) == ("政策解读", 1, "《关于鼓励社会力量投资建设与运营体育场所的意见》政策解读")


# 2020-09 (fixture lines 4480-4620) as its printed PDF's and its scan's readers give it: the chronicle's heading,
# painted over the columns, stands after September 1-11, inside the 11th's item, its column label under it
BRIEF_END = ["政务简讯", "陈伟俊主持召开", "高等教育发展工作座谈会", "9月11日，陈伟俊主持召开座谈会。", "意识和防护能力。"]
DAYS_BEFORE_HEADING = ["1日", "△ 市长姚高员参加全省领导干部会议。", "2日", "△ 市长姚高员、常务副市长陈建明研究开",
                       "发区（园区）整合提升、未来社区建设推进工作。", "11日", "△ 市长姚高员，常务副市长陈建明，副市",
                       "长汪驰、娄绍光、李无文、陈应许参加市委常"]
HEADING_AND_REST = ["9月份市政府记事", "政府记事", "委扩大会议。", "△ 副市长汤筱疏参加上海旅游节长三角分会场新闻发布会。",
                    "14日", "△ 常务副市长陈建明参加全市迎接全国营商环境评价工作部署会。"]


def test_a_chronicle_heading_read_after_its_first_days_heads_them():
    lines = [page(48), *BRIEF_END, *DAYS_BEFORE_HEADING, page(49), *HEADING_AND_REST]
    found = [(s.category, s.start, s.end, s.page) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found == [("政务简讯", 0, 5, 48), ("政府记事", 5, 19, 48)]  # the label under the heading heads nothing
    parsed = ParsedIssue(year=2020, issue_no=9)
    rawsplit.parse_sections(clean.paged(as_lines(lines)), parsed)
    assert [(e.date.day, e.text[:12]) for e in parsed.chronicle] == [
        (1, "市长姚高员参加全省领导干"), (2, "市长姚高员、常务副市长陈"), (11, "市长姚高员，常务副市长陈"),
        (11, "副市长汤筱疏参加上海旅游"), (14, "常务副市长陈建明参加全市")]
    assert parsed.chronicle[2].text.endswith("参加市委常委扩大会议。")


def test_lone_days_not_in_order_before_a_chronicle_heading_stay_where_they_are():
    lines = [page(48), *BRIEF_END, "11日", "△ 市长姚高员参加全省领导干部会议。", "2日", "△ 副市长汪驰参加会议。",
             page(49), *HEADING_AND_REST]
    found = [(s.category, s.start) for s in rawsplit.find_sections(clean.paged(as_lines(lines)))]
    assert found == [("政务简讯", 0), ("政府记事", 7)]


# A list of appointments printed right after a document's '（此件公开发布）' or its attachment, its heading lost or painted
# under its decider (issue 21, appt21f): the 宿迁 notice of tests/test_raw_extraction.py (SUQIAN, shortened) and the 济源 2023-05
# decisions (tests/data/SOURCES.md, "appt21f"), the decider broken over two lines as a column prints it
SUQIAN_NOTICE = [page(3), "宿迁市人民政府", "关于印发宿迁市城乡医疗救助暂行办法的通知", "宿政发〔2008〕65号",
                 "各县、区人民政府，市各委、办、局，市各直属单位：", "现将《宿迁市城乡医疗救助暂行办法》印发给你们，请认真贯彻执行。",
                 "宿迁市人民政府", "二○○八年六月四日"]
JIYUAN_LIST = ["济源市第十五届人民代表大会常务委员会第", "七次会议决定：", "接受庄建球同志辞去济源市人民政府市长职", "务的请求；",
               "决定任命张宏义同志为济源市人民政府代理市长。"]
JIYUAN_DECIDED = "济源市第十五届人民代表大会常务委员会第七次会议决定"


@pytest.mark.parametrize("lines, body_end", [
    pytest.param(SUQIAN_NOTICE + ["（此件公开发布）"] + JIYUAN_LIST, "（此件公开发布）", id="after_ci_jian_gong_kai_fa_bu"),
    pytest.param(SUQIAN_NOTICE + ["（此件公开发布）"] + JIYUAN_LIST[:2] + ["人事任免"] + JIYUAN_LIST[2:], "（此件公开发布）",
                 id="its_heading_painted_under_the_decider"),
    pytest.param(SUQIAN_NOTICE + ["附件", "宿迁市城乡医疗救助暂行办法", "第一条 为建立城乡医疗救助制度，制定本办法。"] + JIYUAN_LIST,
                 "制定本办法。", id="after_the_attachment"),
])
def test_appointments_after_a_signed_document_start_at_their_decider_line(lines, body_end):
    parsed = ParsedIssue(year=2008, issue_no=6)
    rawsplit.parse_sections(clean.paged(as_lines(lines)), parsed)
    [notice] = parsed.documents
    assert notice.body.endswith(body_end)
    assert [(a.person, a.action, a.position, a.decided_by) for a in parsed.appointments] == [
        ("庄建球", "dismiss", "济源市人民政府市长", JIYUAN_DECIDED), ("张宏义", "appoint", "济源市人民政府代理市长", JIYUAN_DECIDED)]


def test_a_decision_inside_a_document_before_its_signature_stays_its_text():
    """'经市政府研究，决定：' in a notice's own text (written for the test): no list starts before the document is signed."""
    lines = SUQIAN_NOTICE[:5] + ["经市政府研究，决定：", "任命张宏义为宿迁市民政局副局长。"] + SUQIAN_NOTICE[5:]
    assert [s.category for s in rawsplit.find_sections(clean.paged(as_lines(lines)))] == ["市政府文件"]


def test_a_column_label_over_a_chronicle_heading_starts_the_chronicle_not_the_document_before():
    """'大 事 记' printed over '6月份大事记' (words no category has, so no section starts at it) was left at the end of
    the document before, in its body. 劳社厅函〔2007〕120号 cut after its first paragraph, then 济宁's 大事记 of June 2008
    (tests/test_read_variations.py), as a PDF's reader gives them in print order."""
    from issues.parser import parse_issue
    from tests.test_read_variations import JINING_1, JINING_2, LAOSHE, raw_layout

    export = parse_issue(raw_layout(2008, 6, [LAOSHE[:5] + ["大 事 记", "6月份大事记", "1日 " + JINING_1, "2日 " + JINING_2]]))
    export = export.to_export()
    assert [d["body"] for d in export["documents"]] == [LAOSHE[4]]
    assert [(c["date"], c["text"]) for c in export["chronicle"]] == [("2008-06-01", JINING_1), ("2008-06-02", JINING_2)]


# --- appt20: a 任免 decision under its own title block, and a column heading naming its body (tests/data/SOURCES.md, "appt20") ---

def _issue_without_toc(body):
    from issues.parser import parse_issue

    return parse_issue("\n\n".join(["温州市人民政府公报", "3", *body]), year=2023, issue_no=3)


def test_a_decision_under_its_own_title_block_after_a_table_is_an_appointment_and_the_producer_stays_the_tables():
    """A standing committee's decision printed under its own title block after a table (通州 2023-03's, laid out as
    tests/test_appointment_wording.py DECISION_BLOCK; the table the 上海 farm rows of test_parse_statistics): an appointment row,
    never a 部门文件; the table's producer line over it stays the table's, never glued into the decision's title."""
    from tests.test_appointment_wording import DECISION_BLOCK, TONGZHOU_11
    from tests.test_parse_statistics import SHANGHAI_FARM

    parsed = _issue_without_toc(["统计资料", *SHANGHAI_FARM, "上海市统计局", *DECISION_BLOCK])
    export = parsed.to_export()
    assert export["documents"] == []
    assert [(a["person"], a["position"], a["qualifier"], a["decided_by"]) for a in export["appointments"]] == [
        ("郑皓", "北京市通州区人民政府区长", "代理", TONGZHOU_11)]
    assert export["statistics"]["producer"] == "上海市统计局"


def test_a_column_heading_naming_its_body_opens_the_appointments_after_a_brief():
    """'北京市通州区人大常委会人事任免' (通州 2023-03's decisions laid out for the test under such a heading) after a brief: the
    appointments' column, never the brief's next paragraph, and no line of its own."""
    from tests.test_appointment_wording import PASSIVE, PASSIVE_ROWS

    brief = ["政务简讯", "通州区七届人大常委会召开第十一次会议", "3月9日，区七届人大常委会召开第十一次会议。区人大常委会主任赵玉影出席。"]
    parsed = _issue_without_toc([*brief, "北京市通州区人大常委会人事任免", PASSIVE])
    export = parsed.to_export()
    assert [(a["person"], a["action"], a["position"], a["qualifier"]) for a in export["appointments"]] == PASSIVE_ROWS
    assert [n["title"] for n in export["news"]] == ["通州区七届人大常委会召开第十一次会议"]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []

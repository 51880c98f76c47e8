"""发文目录: doc number as printed without spaces, title re-joined across wrapped lines."""

import pytest

from issues.parser import issued
from issues.parser.records import ParsedIssuedRow as Row

CASES = [
    # 2019-04's scan (issue 12, ocr12f): a ruled table's title cell wrapped, each piece read as a line of its own
    pytest.param(
        ["4月份市政府、市政府办公室发文目录", "- 温政发〔2019〕5号温州市人民政府关于", "做好当前就业创业工作的补充通知"],
        [Row("温政发〔2019〕5号", "温州市人民政府关于做好当前就业创业工作的补充通知")],
        id="scanned_title_cell_wrapped_after_guan_yu",  # 2019-04 lines 1341-1343
    ),
    pytest.param(
        ["- 温政办〔2019〕33号 温州市人民政府办公室关于印发温州电网建设三年攻坚行动计划（201", "9—2021年）的通知"],
        [Row("温政办〔2019〕33号", "温州市人民政府办公室关于印发温州电网建设三年攻坚行动计划（2019—2021年）的通知")],
        id="scanned_title_cell_wrapped_inside_a_year",  # 2019-04 line 1346
    ),
    pytest.param(
        ["4月份市政府、市政府办公室发文目录", "- 温政发〔2019〕5号 温州市人民政府关于做好当前就业创业工作的补充通知"],
        [Row("温政发〔2019〕5号", "温州市人民政府关于做好当前就业创业工作的补充通知")],
        id="markdown_bullet_row",  # 2019-04 lines 1341-1343
    ),
    pytest.param(
        ["## 5月份市政府、市政府办公室发文目录", "- 温政发〔2021〕8号 \xa0\xa0\xa0\xa0 温州市人民政府关于进一步完善和落实劳动模范待遇的通知"],
        [Row("温政发〔2021〕8号", "温州市人民政府关于进一步完善和落实劳动模范待遇的通知")],
        id="non_breaking_spaces_between_number_and_title",  # 2021-05 lines 1044-1046
    ),
    pytest.param(
        ["11月份市政府、市政府办公室发文目录", "- 温政发〔2020〕27号 关于温州市市区征收农民集体所有土地管理办法实施后有关政策衔接的意见"],
        [Row("温政发〔2020〕27号", "关于温州市市区征收农民集体所有土地管理办法实施后有关政策衔接的意见")],
        id="title_without_issuer",  # 2020-11 line 1207
    ),
    # 2020-09 (raw two-column extraction): no heading, ideographic spaces, wrapped titles
    pytest.param(
        [
            " 温政发〔2020〕23号\u3000\u3000温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的",
            "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000决定",
            "温政发〔2020〕24号\u3000\u3000温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见",
            "温政办〔2020〕73号\u3000\u3000温州市人民政府办公室关于印发加快推进3岁以下婴幼儿照护服务发展实施",
            "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000方案的通知",
        ],
        [
            Row("温政发〔2020〕23号", "温州市人民政府关于公布市政府及市政府办公室行政规范性文件清理结果的决定"),
            Row("温政发〔2020〕24号", "温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见"),
            Row("温政办〔2020〕73号", "温州市人民政府办公室关于印发加快推进3岁以下婴幼儿照护服务发展实施方案的通知"),
        ],
        id="raw_titles_wrapped_onto_indented_lines",  # 2020-09 lines 4797-4805
    ),
    pytest.param(
        ["温政办〔2020〕76号　　温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的　　　　　　　　通知"],
        [Row("温政办〔2020〕76号", "温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的通知")],
        id="raw_wrapped_title_already_joined_by_the_layout_step",  # 2020-09 lines 4811-4813
    ),
    pytest.param(
        ["温政办〔2020〕76号　　温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的", "　　　　通知", " 温州市统计局制"],
        [Row("温政办〔2020〕76号", "温州市人民政府办公室关于印发温州市公共数据共享开放管理暂行办法的通知")],
        id="raw_cut_running_into_the_statistics_stops_there",  # 2020-09 lines 4811-4814
    ),
    pytest.param(
        ["温政办〔2021〕28号 温州市人民政府办公室关于印发温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（", "2021-2023年）的通知"],
        [Row("温政办〔2021〕28号", "温州市人民政府办公室关于印发温州市水环境质量“达Ⅲ消Ⅴ”行动实施方案（2021-2023年）的通知")],
        id="title_wrapped_before_digits",  # 2021-05 line 1047, wrapped as a raw extraction would
    ),
]


@pytest.mark.parametrize("lines, expected", CASES)
def test_issued_list(lines, expected):
    assert issued.parse(lines) == expected


def test_a_long_line_after_the_rows_ends_the_list():
    body = (  # 2020-09 lines 4140ff: a document's paragraph
        "为加强行政规范性文件管理，切实推进依法行政，加快法治政府建设，按照《浙江省行政规范性文件管理办法》"
        "（省政府令第372号）的要求，我市对2018年12月31日以前市政府及市政府办公室制定的行政规范性文件进行了全面清理。"
    )
    rows = issued.parse(["温政发〔2020〕24号\u3000\u3000温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见", body, "决定"])
    assert rows == [Row("温政发〔2020〕24号", "温州市人民政府关于推进市区房屋征收补偿房票安置的实施意见")]


# --- orders listed by their number (issue 21, misc21f; tests/data/SOURCES.md) -------------------------------------------
# neimenggu-1997-82: 内蒙古自治区人民政府令 第82号, 内蒙古自治区村庄和集镇规划建设管理实施办法 · guowuyuan-1997-238: 中华人民共和国
# 国务院令 第238号, 生猪屠宰管理条例 · shanghai-2017-92 (a doc number beside them); laid out as rows of a 发文目录, the
# order's year written for the test in the bracketed form some cities print ('〔1997〕第82号')
ORDER_ROWS = [
    pytest.param("内蒙古自治区人民政府令第82号　　内蒙古自治区村庄和集镇规划建设管理实施办法",
                 Row("内蒙古自治区人民政府令第82号", "内蒙古自治区村庄和集镇规划建设管理实施办法"), id="government_order"),
    pytest.param("中华人民共和国国务院令 第238号 生猪屠宰管理条例", Row("中华人民共和国国务院令第238号", "生猪屠宰管理条例"),
                 id="state_council_order_spaced"),
    pytest.param("内蒙古自治区人民政府令〔1997〕第82号　内蒙古自治区村庄和集镇规划建设管理实施办法",
                 Row("内蒙古自治区人民政府令〔1997〕第82号", "内蒙古自治区村庄和集镇规划建设管理实施办法"), id="order_with_its_year"),
]


@pytest.mark.parametrize("line, expected", ORDER_ROWS)
def test_an_order_listed_by_its_number_is_a_row(line, expected):
    warnings = []
    heading = "12月份市政府、市政府办公室发文目录"
    doc_row = "沪府发〔2017〕92号　上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"
    assert issued.parse([heading, line, doc_row], warnings=warnings) == [
        expected, Row("沪府发〔2017〕92号", "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知")]
    assert warnings == []


def test_an_issue_listing_an_order_reads_every_row_without_a_loss():
    from issues.parser import parse_issue
    from tests.test_read_variations import layout

    heading = "12月份市政府、市政府办公室发文目录"
    parsed = parse_issue(layout(2017, 12, [("发文目录", heading)], [heading] + [row.values[0] for row in ORDER_ROWS[:2]]))
    assert [r["doc_number"] for r in parsed.to_export()["issued_list"]] == ["内蒙古自治区人民政府令第82号", "中华人民共和国国务院令第238号"]
    assert [w for w in parsed.warnings if w.is_loss] == []


# A scan's reader takes a title's 「、」 or 「，」 for 「：」, which titles do not print (issue 12, ocr12f): the title is kept as
# read and quoted in a loss warning. 国发〔2020〕10号 (tests/data/SOURCES.md, ocr12f), its first 「、」 read as 「：」.
MISREAD_TITLE = "国务院关于印发北京：湖南、安徽自由贸易试验区总体方案及浙江自由贸易试验区扩展区域方案的通知"


def test_a_colon_in_an_issued_title_is_a_loss_quoting_the_row():
    warnings = []
    rows = issued.parse(["9月份市政府、市政府办公室发文目录", f"- 国发〔2020〕10号 {MISREAD_TITLE}"], warnings=warnings)
    assert rows == [Row("国发〔2020〕10号", MISREAD_TITLE)]
    assert [(w.kind, w.lines) for w in warnings] == [("issued_title_colon", [f"国发〔2020〕10号 {MISREAD_TITLE}"])]


def test_a_title_as_printed_tells_nothing():
    warnings = []
    issued.parse(["9月份市政府、市政府办公室发文目录", f"- 国发〔2020〕10号 {MISREAD_TITLE.replace('：', '、', 1)}"], warnings=warnings)
    assert warnings == []


# A raw page of two briefs and a year's list of a province's documents, both headings painted after the columns, the list's
# title wrapped ('2018年省政府及省政府办公厅文件目' + '录') and rows cut after the issuer ('鲁政办发〔2010〕21号 山东省人民政府'
# over '办公厅转发…'): rows from laodongfa.com (晋政发〔2018〕13号) and jyzd.jnmc.edu.cn (鲁政办发〔2010〕21号), the briefs
# 天津's and 汉川's (tests/test_news_brief_openings.py); written as the raw extraction prints such a page (heldout8/2016-01's shape)
PROVINCE_ROWS = [
    ("晋政发〔2018〕13号", "山西省人民政府关于印发山西省激发重点群体活力带动城乡居民增收的实施方案的通知"),
    ("鲁政办发〔2010〕21号", "山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知"),
]


def _raw_page_of_briefs_and_a_list(list_title):
    """The page between two of tests/test_read_variations.py's raw pages, its column lines as a raw extraction gives them:
    19 characters, a row's number and issuer on one line (its figures are narrow), the rest of its title under it."""
    from tests.test_news_brief_openings import HANCHUAN, HANCHUAN_TITLE, TIANJIN, TIANJIN_FIRST
    from tests.test_read_variations import QINGYUAN, YONGDENG, raw_layout

    def column(text):
        return [text[k : k + 19] for k in range(0, len(text), 19)]

    page = [line for title in TIANJIN for line in column(title)] + column(TIANJIN_FIRST) + column(HANCHUAN_TITLE) + column(HANCHUAN.replace("6月15日", "15日") + "（汉川日报 记者王敏）") + column(list_title)
    for number, title in PROVINCE_ROWS:
        issuer = title[: title.index("人民政府") + 4]
        page += [f"{number} {issuer}"] + column(title[len(issuer) :])
    page += ["政务简讯", "发文目录"]
    return raw_layout(2015, 1, [QINGYUAN, ["@"], YONGDENG]).replace("\n@\n", "\n" + "\n\n".join(page) + "\n")


@pytest.mark.parametrize("list_title", ["2018年省政府及省政府办公厅文件目录", "2018年省政府文件目录"])
def test_a_raw_page_of_briefs_and_a_list_with_both_headings_painted_after_it(list_title):
    """Each heading goes where its section opens: the briefs under 政务简讯, the list (its own title, wrapped or not, is no
    row and no loss) under 发文目录. The list took the whole page (the brief lost) and the row cut after '山东省人民政府' lost
    its title to a frame read as a document's."""
    from issues.parser import parse_issue
    from tests.test_news_brief_openings import HANCHUAN_TITLE, TIANJIN

    parsed = parse_issue(_raw_page_of_briefs_and_a_list(list_title))
    assert [n.title for n in parsed.news] == ["".join(TIANJIN), HANCHUAN_TITLE]
    assert parsed.news[1].body.endswith("（汉川日报 记者王敏）")
    assert [(r.doc_number, r.title) for r in parsed.issued_list] == PROVINCE_ROWS
    assert [d.title for d in parsed.documents] == ["清远市人民政府关于印发《清远市人民政府工作规则》的通知",
                                                   "永登县公安局关于对县城部分道路实施临时交通管制的通告"]
    assert [w.lines for w in parsed.warnings if w.is_loss] == []

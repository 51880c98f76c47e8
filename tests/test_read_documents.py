"""Documents as real issues print them (issue 21 §1, documents): title blocks over three lines, a notice
without doc number under its issuer's line, a notice signed by its seal (the date alone), a joint
document signed by each issuer, columns other issues add, in both shapes (a text export with its 目录
and a raw two-column extraction without one).

Rows are real public documents of other places and years (tests/data/SOURCES.md names them) laid out
by the helpers of tests/test_read_variations.py. Never rows from bench/heldout*: that is the yardstick.
"""

import pytest

from issues.parser import parse_issue
from tests.test_read_briefs_and_chronicles import JINTAI, SHAANXI
from tests.test_read_variations import (LAOSHE, LAOSHE_TOC, LINHAI, LINHAI_TOC, NEIMENGGU, NEIMENGGU_TOC, SHANGHAI, SHANGHAI_TOC,
                                        WUHAN, WUHAN_TOC, layout, raw_layout)

# lechang-2021-notice: a county bureau's notice without doc number, its issuer on its own line above 关于…
LECHANG = [
    "乐昌市教育局",
    "关于下达2021年城乡义务教育公用经费补助资金的通知",
    "各义务教育学校：",
    "根据市财政局《关于下达2021年城乡义务教育公用经费补助资金的通知》（乐财教〔2021〕2号）文件精神，现下达你校2021年"
    "春季学期城乡义务教育公用经费补助资金。",
    "一、本次下达2021春季学期城乡义务教育公用经费补助资金，待上级清算资金下达后再下达2021年秋季学期城乡义务教育公用经费补助资金。",
    "附件：2021年春季学期义务教育公用经费补助资金",
    "乐昌市教育局",
    "2021年3月1日",
]
LECHANG_TOC = ("部门文件", "乐昌市教育局关于下达2021年城乡义务教育公用经费补助资金的通知")
# the same title block as a narrow column wraps it: the issuer's line, then the title over two lines
LECHANG_WRAPPED = LECHANG[:1] + ["关于下达2021年城乡义务教育", "公用经费补助资金的通知"] + LECHANG[2:]

# suqian-2008-65: a city government's 印发 notice signed by its seal: the date alone, 二OO八年 with letters O
SUQIAN = [
    "宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知",
    "宿政发〔2008〕65号",
    "各县、区人民政府，宿迁经济开发区、市湖滨新城开发区、苏州宿迁工业园区，市各委、办、局，市各直属单位：",
    "《宿迁市城乡医疗救助暂行办法》已经市政府三届三次常务会议审议通过，现印发给你们，请认真贯彻执行。",
    "二OO八年六月四日",
    "宿迁市城乡医疗救助暂行办法",
    "第一章　总　则",
    "第一条　为加快新型社会救助体系建设，缓解城乡特困居民医疗困难，结合本市实际，制定本办法。",
]
SUQIAN_TOC = ("市政府文件", "宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知（宿政发〔2008〕65号）")
# its title over three lines, the issuer's line first, as a title block of GB/T 9704 prints a long title
SUQIAN_THREE_LINES = ["宿迁市人民政府", "关于印发宿迁市城乡医疗救助", "暂行办法的通知"] + SUQIAN[1:]

# joint-2010-price: a joint notice (联合发文) of three bureaus, its title naming none of them, signed by each
JOINT = [
    "关于明确义务教育学校收费政策的通知",
    "温价〔2010〕12号",
    "各县（市、区）物价局、财政局、教育局：",
    "为规范义务教育学校收费行为，经研究，现就有关事项通知如下：",
    "一、义务教育学校不得向学生收取借读费。",
    "附件：义务教育学校收费项目和标准",
    "温州市物价局",
    "温州市财政局",
    "温州市教育局",
    "二〇一〇年三月二十三日",
    "抄送：省物价局，省财政厅，省教育厅。",
]
JOINT_TOC = ("部门文件", "关于明确义务教育学校收费政策的通知（温价〔2010〕12号）")

# shanghai-2017-92: the issuer's line over a title opening 印发 without 关于 (TITLE_START_UNDER_ISSUER), as GB/T 9704 sets
# the block, the number under it
SHANGHAI_UNDER_ISSUER = ["上海市人民政府", SHANGHAI[1].removeprefix("上海市人民政府"), SHANGHAI[0]] + SHANGHAI[2:]

FIELDS = ("doc_number", "category", "title", "issuer", "signed_date")


def documents(text):
    return [tuple(d[name] for name in FIELDS) for d in parse_issue(text).to_export()["documents"]]


LAOSHE_READ = ("劳社厅函〔2007〕120号", "部门文件", "劳动和社会保障部办公厅关于印发社会保险基金安全宣传教育活动工作方案的通知",
               "劳动和社会保障部办公厅", "2007-03-26")
LINHAI_READ = ("临安委〔2011〕3号", "部门文件", "临海市安全生产委员会关于印发《2011年度市级单位安全生产综合目标管理责任制考核办法》的通知",
               "临海市安全生产委员会", "2011-05-18")
LECHANG_READ = ("", "部门文件", "乐昌市教育局关于下达2021年城乡义务教育公用经费补助资金的通知", "乐昌市教育局", "2021-03-01")
SUQIAN_READ = ("宿政发〔2008〕65号", "市政府文件", "宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知", "宿迁市人民政府",
               "2008-06-04")
SHANGHAI_READ = ("沪府发〔2017〕92号", "市政府文件", SHANGHAI[1], "上海市人民政府", "2017-12-20")
JOINT_READ = ("温价〔2010〕12号", "部门文件", "关于明确义务教育学校收费政策的通知", "温州市物价局 温州市财政局 温州市教育局",
              "2010-03-23")

WITH_TOC = [
    pytest.param([LAOSHE_TOC, LECHANG_TOC], LAOSHE + LECHANG_WRAPPED, [LAOSHE_READ, LECHANG_READ],
                 id="unnumbered_notice_under_its_issuer_line_with_its_title_wrapped"),
    pytest.param([SUQIAN_TOC], SUQIAN, [SUQIAN_READ], id="signed_by_its_seal_with_the_date_alone"),
    pytest.param([SUQIAN_TOC], SUQIAN_THREE_LINES, [SUQIAN_READ], id="title_over_three_lines"),
    pytest.param([SUQIAN_TOC], SUQIAN_THREE_LINES[:2] + ["— 4 —", "温州市人民政府公报（总第300期）"] + SUQIAN_THREE_LINES[2:],
                 [SUQIAN_READ], id="three_line_title_cut_by_a_page_break"),
    pytest.param([JOINT_TOC, LECHANG_TOC], JOINT + LECHANG, [JOINT_READ, LECHANG_READ],
                 id="joint_document_signed_by_three_issuers_then_an_unnumbered_notice"),
    pytest.param([LECHANG_TOC, SHANGHAI_TOC], LECHANG + SHANGHAI_UNDER_ISSUER,
                 [LECHANG_READ, SHANGHAI_READ[:1] + ("部门文件",) + SHANGHAI_READ[2:]],  # the 目录's column
                 id="yin_fa_title_without_guan_yu_under_its_issuer_line_after_an_unnumbered_notice"),
    pytest.param([("省政府文件", LINHAI_TOC[1]), LECHANG_TOC], LINHAI + ["部门文件"] + LECHANG,
                 [LINHAI_READ[:1] + ("省政府文件",) + LINHAI_READ[2:], LECHANG_READ], id="a_column_other_issues_add"),
]


# running headers of other wordings, left between the lines of a title block by a page break
PAGE_BREAKS = [["— 4 —", "温州市人民政府公报"], ["- 4 -", "2021年第3期"], ["第4页", "温州市人民政府公报 2021年第3期 部门文件"],
               ["第4页", "二○○八年第六期"]]  # the issue in Chinese numerals, as covers before 2012 print it
WITH_TOC += [
    pytest.param([SUQIAN_TOC], SUQIAN_THREE_LINES[:2] + page_break + SUQIAN_THREE_LINES[2:], [SUQIAN_READ],
                 id=f"running_header_{n}_between_the_title_lines") for n, page_break in enumerate(PAGE_BREAKS)
] + [
    pytest.param([LAOSHE_TOC, LECHANG_TOC], LAOSHE + LECHANG[:1] + page_break + LECHANG[1:], [LAOSHE_READ, LECHANG_READ],
                 id=f"running_header_{n}_between_the_issuer_line_and_the_title") for n, page_break in enumerate(PAGE_BREAKS)
]


@pytest.mark.parametrize("toc, body, expected", WITH_TOC)
def test_each_document_of_a_text_export_is_read_whole(toc, body, expected):
    assert documents(layout(2021, 3, toc, body)) == expected


RAW = [
    pytest.param([LINHAI, LECHANG], [LINHAI_READ, LECHANG_READ], id="unnumbered_notice_under_its_issuer_line"),
    pytest.param([LINHAI + LECHANG], [LINHAI_READ, LECHANG_READ], id="unnumbered_notice_on_the_same_page"),
    pytest.param([SUQIAN_THREE_LINES, LINHAI], [SUQIAN_READ, LINHAI_READ],
                 id="title_over_three_lines_signed_by_its_seal"),
    pytest.param([JOINT, LECHANG], [JOINT_READ, LECHANG_READ], id="title_over_its_number_without_issuer_line"),
    pytest.param([LECHANG, SHANGHAI_UNDER_ISSUER], [LECHANG_READ, SHANGHAI_READ],
                 id="yin_fa_title_without_guan_yu_under_its_issuer_line"),
    # a heading (or a page's running header) names no column over a document that tells its own (issue 21 §4, docs21d)
    pytest.param([["省政府文件"] + LINHAI, ["部门文件"] + LECHANG], [LINHAI_READ, LECHANG_READ],
                 id="column_headings_are_no_document_and_each_documents_own_issuer_tells_its_column"),
]


@pytest.mark.parametrize("pages, expected", RAW)
def test_each_document_of_a_raw_extraction_is_read_whole(pages, expected):
    assert documents(raw_layout(2021, 3, pages)) == expected


# the 办法's next articles (the same source): enough column text for the page to read as a raw extraction
SUQIAN_ARTICLES = [
    "第二条　城乡医疗救助是指患病的城乡困难群众，在获得城镇职工和居民基本医疗保险、新型农村合作医疗补偿以后，个人医药费支出"
    "负担仍然较重的，由政府提供补充性医疗救助。医疗救助由民政部门主管，实行政府主导与社会参与相结合，坚持因地制宜、突出重点，"
    "统筹兼顾、分类施救，公正合理、公开公平，努力实现救助水平与本地经济社会发展水平和财政支付能力相适应，确保城乡医疗救助规范运行。",
    "第二章　医疗救助对象",
    "第三条　具有本市常住户口，参加城镇职工和居民基本医疗保险或新型农村合作医疗，且符合下列条件之一的人员，可以申请城乡医疗救助：",
]


def framed_layout(year, month, pages):
    """A raw extraction as a typesetter's PDF gives it: each page's column text (19 characters a line),
    then its title block, a positioned frame painted (and so extracted) after the columns, then the footer."""
    lines = ["温州市人民政府公报", f"{year}.{month}", "总第300期（月刊）", "— 2 —"]
    for number, (column, frame) in enumerate(pages, start=3):
        for line in column:
            lines += [line[k : k + 19] for k in range(0, len(line), 19)]
        lines += frame + [f"— {number} —"]
    return "\n\n".join(lines)


FRAMED = [
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES, SUQIAN[:2]), (LECHANG[2:], LECHANG[:2])],
                 [SUQIAN_READ, LECHANG_READ],
                 id="title_naming_its_issuer_then_an_unnumbered_notice_each_after_its_page"),
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES, SUQIAN_THREE_LINES[:4]), (JOINT[2:], JOINT[:2])],
                 [SUQIAN_READ, JOINT_READ],
                 id="three_line_title_then_a_title_without_issuer_each_after_its_page"),
]


# npc-2022-final-accounts: a resolution printed alone (no number, issuer line or signature), its passage line under its title; the
# closing paragraph is the same source's decision sentence repeated, for enough column text
NPC_RESOLUTION = [
    "全国人民代表大会常务委员会关于批准2021年中央决算的决议",
    "（2022年6月24日第十三届全国人民代表大会常务委员会第三十五次会议通过）",
    "第十三届全国人民代表大会常务委员会第三十五次会议听取了财政部部长刘昆受国务院委托作的《国务院关于2021年中央决算的报告》和审计署"
    "审计长侯凯受国务院委托作的《国务院关于2021年度中央预算执行和其他财政收支的审计工作报告》。会议结合审议审计工作报告，对2021年中央决算"
    "（草案）和中央决算报告进行了审查。会议同意全国人民代表大会财政经济委员会提出的审查结果报告，决定批准2021年中央决算。",
]
NPC_RESOLUTION_READ = ("", "部门文件", NPC_RESOLUTION[0], "全国人民代表大会常务委员会", None)
NPC_TWO_LINES = ["全国人民代表大会常务委员会关于批准2021年中央", "决算的决议"]
# npc-2021-budget: a congress session's resolution, the session named in its title instead of an issuer (the congress is its
# issuer), its title a frame over two lines
BUDGET_RESOLUTION = [
    "第十三届全国人民代表大会第四次会议关于2020年中央和地方预算执行情况与2021年中央和地方预算的决议",
    "（2021年3月11日第十三届全国人民代表大会第四次会议通过）",
    "第十三届全国人民代表大会第四次会议审查了国务院提出的《关于2020年中央和地方预算执行情况与2021年中央和地方预算草案的报告》及2021年"
    "中央和地方预算草案，同意全国人民代表大会财政经济委员会的审查结果报告。会议决定，批准《关于2020年中央和地方预算执行情况与2021年中央和"
    "地方预算草案的报告》，批准2021年中央预算。",
]
BUDGET_FRAME = ["第十三届全国人民代表大会第四次会议关于2020年中央和地方预算执行", "情况与2021年中央和地方预算的决议"]
# shenzhen-2001-hearings: a city congress's regulation as printed after its announcement, its passage line under its title
SHENZHEN_REGULATION = [
    "深圳市人民代表大会常务委员会听证条例",
    "（2001年10月17日深圳市第三届人民代表大会常务委员会第十一次会议通过　2001年12月3日广东省第九届人民代表大会常务委员会第二十九次"
    "会议批准）",
    "第一章　总　则",
    "第一条　为了规范深圳市人民代表大会常务委员会（以下简称常委会）的听证活动，促进常委会工作的民主化和科学化，根据《中华人民共和国地方各级"
    "人民代表大会和地方各级人民政府组织法》和《中华人民共和国立法法》的规定，结合深圳市的实际情况，制定本条例。",
    "第二条　常委会、市人民代表大会专门委员会（以下简称专门委员会）、常委会工作委员会（以下简称工作委员会）或者常委会特定问题调查委员会"
    "举行听证活动，适用本条例。",
]
# shanwei-2023-traffic: a police unit's 通告 whose title names no issuer ('关于对…的通告'), signed by the unit, no number (shortened)
SHANWEI = [
    "关于对汕尾体育馆周边道路实施临时交通管制的通告",
    "“广东家乡迎新年”暨“山海湖城 冬养汕尾”文化惠民贺新春文艺晚会活动将在市城区举办，为保障广大群众人身安全和活动的顺利进行，根据《中华人民"
    "共和国道路交通安全法》第三十九条的有关规定，我支队决定对市城区汕尾体育馆周边道路实施临时交通管制。现通告如下：",
    "一、临时交通管制时间",
    "2023年1月20日17:00-22:30",
    "二、交通管制路段",
    "体育支路、公园路体育馆路段双向。",
    "特此通告",
    "汕尾市公安局交通警察支队",
    "2023年1月20日",
]
SHANWEI_READ = ("", "部门文件", SHANWEI[0], "汕尾市公安局交通警察支队", "2023-01-20")
BUDGET_READ = ("", "部门文件", BUDGET_RESOLUTION[0], "全国人民代表大会", None)
FRAMED += [
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES, SUQIAN[:2]), (NPC_RESOLUTION[1:] + NPC_RESOLUTION[2:], NPC_RESOLUTION[:1])],
                 [SUQIAN_READ, NPC_RESOLUTION_READ], id="a_resolution_without_number_or_signature_on_the_next_page"),
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES + NPC_RESOLUTION[1:], SUQIAN[:2] + NPC_TWO_LINES)],
                 [SUQIAN_READ, NPC_RESOLUTION_READ], id="a_resolution_titled_over_two_lines_on_the_same_page"),
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES, SUQIAN[:2]), (BUDGET_RESOLUTION[1:] + BUDGET_RESOLUTION[2:], BUDGET_FRAME)],
                 [SUQIAN_READ, BUDGET_READ], id="a_sessions_resolution_on_the_next_page"),
    # the page before ends with a sentence of the enclosed 办法: the regulation's passage line opening the page is its beginning
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES[:1], SUQIAN[:2]), (SHENZHEN_REGULATION[1:], SHENZHEN_REGULATION[:1])],
                 [SUQIAN_READ, ("", "部门文件", SHENZHEN_REGULATION[0], None, None)],
                 id="a_regulation_without_number_whose_passage_line_opens_the_next_page"),
    # under the enclosed 办法's last sentence, on the same page: the 通告's text begins after the notice's signature's enclosure
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES[:1] + SHANWEI[1:], SUQIAN[:2] + SHANWEI[:1])], [SUQIAN_READ, SHANWEI_READ],
                 id="a_units_notice_whose_title_names_no_issuer_under_the_enclosure_of_the_notice_before"),
    pytest.param([(SUQIAN[2:] + SUQIAN_ARTICLES[:1], SUQIAN[:2]), (SHANWEI[1:], SHANWEI[:1])], [SUQIAN_READ, SHANWEI_READ],
                 id="a_units_notice_whose_title_names_no_issuer_on_the_next_page"),
]


def test_a_sessions_resolution_over_the_briefs_of_its_page_is_its_own_document_and_the_briefs_stay_briefs():
    parsed = parse_issue(framed_layout(2021, 3, [(BUDGET_RESOLUTION[1:] + BUDGET_RESOLUTION[2:] + JINTAI, BUDGET_FRAME + ["政务简讯"])]))
    export = parsed.to_export()
    assert [tuple(d[name] for name in FIELDS) for d in export["documents"]] == [BUDGET_READ]
    assert [(n["title"], n["date"]) for n in export["news"]] == [(JINTAI[0], "2021-03-25")]


@pytest.mark.parametrize("pages, expected", FRAMED)
def test_a_title_block_printed_after_its_pages_columns_heads_its_document(pages, expected):
    assert documents(framed_layout(2021, 3, pages)) == expected


def test_a_resolution_titled_over_two_lines_before_its_passage_line_as_a_pdfs_reader_gives_it():
    """A PDF's reader keeps a title's lines broken on purpose as lines of their own, and the title block before its text:
    the resolution's title over two lines, then its passage line, is its own document (until now read as no title, its
    first line told unread and the resolution lost)."""
    from issues.parser.lines import Line

    lines = [Line(text, page=3) for text in ["2021年第3期　温州市人民政府公报", *BUDGET_FRAME, *BUDGET_RESOLUTION[1:]]]
    found = parse_issue(lines, year=2021, issue_no=3).to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found] == [BUDGET_READ]


def test_a_personnel_decision_under_its_issuer_line_is_no_document():
    decision = ["温州市人民代表大会常务委员会", "关于接受张三辞去温州市人民政府副市长职务的决定",
                "温州市第十二届人民代表大会常务委员会第三十次会议决定：接受张三辞去温州市人民政府副市长职务的请求。"]
    assert documents(raw_layout(2021, 3, [LINHAI, decision])) == [LINHAI_READ]


@pytest.mark.parametrize("page_break", PAGE_BREAKS, ids=["plain_gazette_name", "issue_alone", "name_issue_and_column",
                                                         "issue_in_chinese_numerals"])
def test_a_running_header_inside_a_paragraph_stays_out_of_the_body(page_break):
    cover_notice = SUQIAN[3]
    body = SUQIAN[:3] + [cover_notice[:20]] + page_break + [cover_notice[20:]] + SUQIAN[4:]
    found = parse_issue(layout(2008, 6, [SUQIAN_TOC], body)).to_export()["documents"][0]
    assert found["body"].split("\n")[0] == cover_notice


def test_addressees_wrapped_over_several_column_lines_stay_out_of_the_body():
    found = parse_issue(raw_layout(2008, 6, [SUQIAN])).to_export()["documents"][0]
    assert found["addressees"] == SUQIAN[2][:-1]
    assert found["body"].startswith("《宿迁市城乡医疗救助暂行办法》")


def test_attachments_and_the_copy_line_of_a_joint_document():
    found = parse_issue(layout(2010, 3, [JOINT_TOC], JOINT)).to_export()["documents"][0]
    assert found["attachments"] == ["义务教育学校收费项目和标准"]
    assert found["body"].endswith("抄送：省物价局，省财政厅，省教育厅。")


def test_a_notice_merged_after_a_seal_signed_one_is_a_loss_warning_quoting_both_dates_and_its_title():
    # the second notice prints neither issuer line, number nor addressees, under the enclosed rule's last article (no
    # signature's date over it): nothing tells it apart but its signature, and its title is where it probably begins
    parsed = parse_issue(layout(2008, 6, [SUQIAN_TOC], SUQIAN + LECHANG[1:2] + LECHANG[3:]))
    merged = [w for w in parsed.warnings if w.kind == "document_two_signatures"]
    assert [w.lines for w in merged] == [["二OO八年六月四日", "乐昌市教育局 2021年3月1日", LECHANG[1]]] and merged[0].is_loss
    assert f"「{LECHANG[1]}」" in merged[0].message and merged[0].section == "市政府文件"


def test_a_notice_under_its_letterhead_after_a_seal_signed_one_is_its_own_document_the_toc_does_not_list():
    # its title '关于…的通知' over its addressees, after the enclosed rule's last sentence, begins a document (docs21e)
    parsed = parse_issue(layout(2008, 6, [SUQIAN_TOC], SUQIAN + LECHANG[1:]))
    found = [(d["title"], d["issuer"], d["signed_date"]) for d in parsed.to_export()["documents"]]
    assert found[1:] == [(LECHANG[1], "乐昌市教育局", "2021-03-01")]
    assert [w.kind for w in parsed.warnings] == ["toc_unlisted_document"]


def test_a_line_warning_of_a_text_without_page_numbers_gives_its_sections_toc_page():
    # a text export prints no page numbers: the 目录 gives the page the section begins on ('……（03）')
    unread = ["专 题 报 道", "市政府召开常务会议，研究部署近期工作。"]  # a column the parser does not know
    text = layout(2007, 4, [LAOSHE_TOC, LECHANG_TOC], LAOSHE + unread + LECHANG).replace("· 3 ·", "")
    parsed = parse_issue(text)
    quoting = [w for w in parsed.warnings if getattr(w, "is_loss", False) and unread[0] in w.lines]
    assert quoting and all(w.page == 3 for w in quoting)


# yueyang-2017-2 (tests/data/SOURCES.md `YUEYANG_RULES`): a registration code of another province's form over the issuer's
# line, as a text export prints the title block after the document before
YUEYANG = ["YYCR—2017—00002", "岳阳市人民政府", "关于印发《岳阳市人民政府工作规则》的通知", "岳政发〔2017〕2号",
           "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区，市直各单位，中央、省属驻岳各单位：",
           "《岳阳市人民政府工作规则》已经市人民政府同意，现印发给你们，请认真遵照执行。", "岳阳市人民政府", "2017年1月20日"]
YUEYANG_TOC = ("市政府文件", "岳阳市人民政府关于印发《岳阳市人民政府工作规则》的通知（岳政发〔2017〕2号）")


@pytest.mark.parametrize("before", [[], LECHANG], ids=["first_document", "after_an_unnumbered_notice"])
def test_another_provinces_registration_code_over_the_title_block_is_the_documents(before):
    toc = [LECHANG_TOC] * bool(before) + [YUEYANG_TOC]
    found = parse_issue(layout(2021, 3, toc, before + YUEYANG)).to_export()["documents"]
    assert [(d["doc_number"], d["registration_code"]) for d in found][-1] == ("岳政发〔2017〕2号", "YYCR—2017—00002")
    assert "YYCR" not in "".join(d["body"] for d in found)



# neimenggu-1997-82 (tests/test_read_variations.py NEIMENGGU): the order signed as GB/T 9704 §7.3.5.3 sets a signature seal,
# the signer's title printed left of the seal, which a text extraction loses ('自治区主席' alone), or with the name's text
# glued to it where the extraction drops the space ('自治区主席乌力吉'); its date also in Chinese numerals
HEAD_SIGNATURES = [("自治区主席", "1997年7月23日"), ("自治区主席乌力吉", "1997年7月23日"), ("自治区主席", "一九九七年七月二十三日")]


@pytest.mark.parametrize("signer, signed", HEAD_SIGNATURES, ids=["title_alone", "name_glued", "title_alone_chinese_date"])
def test_an_order_signed_by_the_governors_title_with_or_without_a_name_keeps_its_date(signer, signed):
    body = [signer if line == NEIMENGGU[4] else signed if line == NEIMENGGU[5] else line for line in NEIMENGGU]
    read = ("内蒙古自治区人民政府令第82号", "市政府令", NEIMENGGU[0], "内蒙古自治区人民政府", "1997-07-23")
    assert documents(layout(1997, 7, [NEIMENGGU_TOC], body)) == [read]


# guowuyuan-1997-227 (tests/data/SOURCES.md): the State Council's order as a law site prints it, spaces dropped ('总理李鹏')
GUOWUYUAN = ["国务院行政机构设置和编制管理条例", "中华人民共和国国务院令", "第227号",
             "现发布《国务院行政机构设置和编制管理条例》，自发布之日起施行。", "总理李鹏", "1997年8月3日", "第一章总则",
             "第一条为了规范国务院行政机构的设置，加强编制管理，提高行政效率，根据宪法和国务院组织法，制定本条例。"]
GUOWUYUAN_TOC = ("市政府令", "国务院行政机构设置和编制管理条例（中华人民共和国国务院令第227号）")


def test_a_premiers_signature_printed_without_a_space_dates_the_order():
    read = ("中华人民共和国国务院令第227号", "市政府令", GUOWUYUAN[0], "中华人民共和国国务院", "1997-08-03")
    assert documents(layout(1997, 8, [GUOWUYUAN_TOC], GUOWUYUAN)) == [read]


# guizhou-2005-fishery (tests/data/SOURCES.md): a regulation without number or signature, its passage line under its title;
# laid out opening a raw issue, with and without a 目录 of its chapters ('目　　录' over '第一章　总　则' …, as 条例 print one)
GUIZHOU = ["贵州省渔业条例", "（2005年11月25日贵州省第十届人民代表大会常务委员会第十八次会议通过）", "第一章　总　则",
           "第一条　为加强渔业资源的保护、增殖、开发和合理利用，发展人工养殖，保障渔业生产者的合法权益，促进渔业生产的发展，"
           "适应社会主义建设和人民生活的需要，根据《中华人民共和国渔业法》及有关法律、法规的规定，结合本省实际，制定本条例。",
           "第二条　在本省行政区域内从事养殖、捕捞水生动物、水生植物等渔业生产活动，适用本条例。"]
GUIZHOU_CONTENTS = GUIZHOU[:2] + ["目　　录", "第一章　总　则", "第二章　养殖生产"] + GUIZHOU[2:]
GUIZHOU_TITLE = ("", "部门文件", "贵州省渔业条例")
APPOINTMENTS_PAGE = ["人事任免", "会议决定：", "任命王永礼为泉州市人民政府副市长、代理市长。"]  # QUANZHOU_LIST's first lines
RULE_OPENING_THE_ISSUE = [
    pytest.param([GUIZHOU, LINHAI], [GUIZHOU_TITLE, LINHAI_READ[:3]], id="then_a_document"),
    pytest.param([GUIZHOU_CONTENTS, LINHAI], [GUIZHOU_TITLE, LINHAI_READ[:3]], id="with_its_contents_then_a_document"),
    pytest.param([GUIZHOU_CONTENTS, APPOINTMENTS_PAGE], [GUIZHOU_TITLE], id="with_its_contents_then_appointments"),
]


@pytest.mark.parametrize("pages, expected", RULE_OPENING_THE_ISSUE)
def test_a_regulation_opening_a_raw_issue_is_its_first_document(pages, expected):
    assert [found[:3] for found in documents(raw_layout(2021, 3, pages))] == expected


# chengdu-2025-embedded: a joint notice of four departments without doc number, signed by each in full; its issuers laid out
# over the title as the body names them (short forms, one space apart), a line a raw column wraps in two
CHENGDU = ["市住建局 市委社会工作部 市发展改革委 市规划和自然资源局",
           "关于印发《成都市城市社区嵌入式服务设施建设运营管理办法（试行）》的通知",
           "各区（市）县住建、社会工作、发展改革、规划和自然资源等部门，市级相关部门，市属国有企业：",
           "为规范我市城市社区嵌入式服务设施规划建设和运营管理，按照国家、省、市有关要求，市住建局、市委社会工作部、市发展改革委、"
           "市规划和自然资源局联合制定了《成都市城市社区嵌入式服务设施建设运营管理办法（试行）》，现印发你们，请认真贯彻执行。",
           "成都市住房和城乡建设局", "中共成都市委社会工作部", "成都市发展和改革委员会", "成都市规划和自然资源局", "2025年8月27日",
           "成都市城市社区嵌入式服务设施建设运营管理办法（试行）", "第一章　总　则", "第一条（目的依据）",
           "为规范城市社区嵌入式服务设施建设、运营和管理，按照《国务院办公厅关于转发国家发展改革委〈城市社区嵌入式服务设施建设工程"
           "实施方案〉的通知》（国办函〔2023〕121号）等文件精神，结合我市实际，制定本办法。"]
CHENGDU_TITLE = f"{CHENGDU[0]}{CHENGDU[1]}"
CHENGDU_READ = ("", "部门文件", CHENGDU_TITLE, " ".join(CHENGDU[4:8]), "2025-08-27")  # the issuers as the signature prints them
JOINT_ISSUERS = [
    pytest.param(layout(2021, 3, [LINHAI_TOC, ("部门文件", CHENGDU_TITLE)], LINHAI + CHENGDU), id="text_export"),
    pytest.param(raw_layout(2021, 3, [LINHAI, CHENGDU]), id="raw_issuers_wrapped_over_two_lines"),
    pytest.param(raw_layout(2021, 3, [LECHANG + CHENGDU]), id="raw_after_an_unnumbered_notice_on_the_same_page"),
]


@pytest.mark.parametrize("text", JOINT_ISSUERS)
def test_a_joint_notices_issuers_over_its_title_are_its_title_and_its_signature_names_them_in_full(text):
    assert documents(text)[1:] == [CHENGDU_READ]


# xiamen-2018-credit-draft (tests/data/SOURCES.md): a standing committee office's 公告 asking for comments on a draft, titled
# '关于《…（草案…）》公开征求意见的公告' with neither issuer line nor number; its title fills two whole column lines
XIAMEN = ["关于《厦门经济特区社会信用条例（草案修改二稿征求意见稿）》公开征求意见的公告",
          "《厦门经济特区社会信用条例（草案）》已经市人大常委会两次审议。为了进一步提高立法质量，广泛征求社会各界意见，现将草案修改"
          "二稿征求意见稿向社会公开征求意见，欢迎社会各界人士踊跃参与，建言献策。意见建议请于11月23日前，以信件或者电子邮件等方式书面"
          "寄至厦门市人大法制委，并请注明建议人姓名和联系方式。",
          "厦门市人大常委会办公厅", "2018年11月12日", "厦门经济特区社会信用条例", "（草案修改二稿征求意见稿）", "第一章　总　则",
          "第一条（立法目的）为了规范社会信用管理，创新社会治理机制，提高社会信用水平，增强诚信意识，培育社会信用服务产业，营造诚实"
          "守信的社会环境，践行社会主义核心价值观，遵循有关法律、行政法规的基本原则，结合厦门经济特区实际，制定本条例。"]
XIAMEN_READ = ("", "部门文件", XIAMEN[0], "厦门市人大常委会办公厅", "2018-11-12")
DRAFT_NOTICES = [
    pytest.param([LINHAI, XIAMEN], [LINHAI_READ, XIAMEN_READ], id="on_its_own_page"),
    pytest.param([LECHANG + XIAMEN], [LECHANG_READ, XIAMEN_READ], id="after_an_unnumbered_notice_on_the_same_page"),
]


@pytest.mark.parametrize("pages, expected", DRAFT_NOTICES)
def test_a_notice_asking_for_comments_on_a_draft_is_a_document_whose_title_fills_whole_column_lines(pages, expected):
    assert documents(raw_layout(2021, 3, pages)) == expected


# JOINT above signed as GB/T 9704—2012 §7.3.5.1 lets joint issuers sign, side by side: a text extraction gives one or two lines of names
JOINT_SIDE_BY_SIDE = [["温州市物价局 温州市财政局 温州市教育局"], ["温州市物价局 温州市财政局", "温州市教育局"]]


@pytest.mark.parametrize("signers", JOINT_SIDE_BY_SIDE, ids=["all_on_one_line", "two_then_one"])
def test_joint_issuers_signing_side_by_side_sign_the_document_and_date_it(signers):
    body = JOINT[:6] + signers + JOINT[9:]
    assert documents(layout(2010, 3, [JOINT_TOC], body)) == [JOINT_READ]
    assert documents(raw_layout(2021, 3, [LINHAI, body])) == [LINHAI_READ, JOINT_READ]


# the 宿迁 notice's enclosed 办法 running over a page turn, a department's notice (LAOSHE) under its last article on the new
# page: the notice's title block, over addressees the column wraps ('…保障厅（' + '局）：'), stays where it is printed
ENCLOSURE_TURNS = [
    pytest.param([SUQIAN + SUQIAN_ARTICLES[:1], SUQIAN_ARTICLES[1:] + LAOSHE], id="then_a_notice"),
    pytest.param([SUQIAN + SUQIAN_ARTICLES[:1], SUQIAN_ARTICLES[1:] + LAOSHE + LECHANG], id="then_two_notices"),
]


@pytest.mark.parametrize("pages", ENCLOSURE_TURNS)
def test_an_enclosure_turning_a_page_keeps_its_tail_and_the_next_notice_its_own_addressees_and_body(pages):
    found = parse_issue(raw_layout(2021, 3, pages)).to_export()["documents"]
    assert found[0]["body"].endswith(SUQIAN_ARTICLES[-1])
    assert (found[1]["addressees"], found[1]["body"].split("\n")[0]) == (LAOSHE[3][:-1], LAOSHE[4])


# --- docs21g (issue 21): a document printed under another's signature with neither number, issuer line nor addressees, and
# signatures laid out unusually (tests/data/SOURCES.md `docs21g`) --------------------------------------------------------
# changzhou-2024-repeal: a government's 决定 published to all, no addressees; its title written from its text, its signature
# (常州市人民政府, the date) laid out for the test
CHANGZHOU = ["关于废止部分市政府规章的决定",
             "为维护法治统一，及时清理与改革决策和经济社会发展不相适应的市政府规章，市政府决定对以下2件市政府规章予以废止：",
             "一、《常州市城市市容管理办法》（2016年12月1日常州市人民政府令第2号发布）",
             "二、《常州市生活垃圾分类管理办法》（2018年11月23日常州市人民政府令第8号发布）",
             "本决定自公布之日起施行。", "常州市人民政府", "2024年12月20日"]
CHANGZHOU_READ = (CHANGZHOU[0], "常州市人民政府", "2024-12-20", CHANGZHOU[1][:10], "2024年12月20日")
# kezuo-2016-notice: a traffic police unit's 公告, its text shortened, titled by its kind alone (laid out '公　告' for the test)
KEZUO = ["公　告", "按照科左中旗“四城共创”工作的具体安排部署，科左中旗公安局交警大队决定从2016年即日起至5月31日对保康镇内所有交通参与者"
         "开展交通安全劝导活动。", "希望广大居民及驾驶人朋友们，自觉遵守道路交通法律法规，珍爱生命，遵章守法，文明出行。", "此公告",
         "科左中旗公安局交警大队", "2016年5月1日"]
KEZUO_READ = ("公告", "科左中旗公安局交警大队", "2016-05-01", KEZUO[1][:10], "2016年5月1日")
# lechang-2021-notice (LECHANG above) printed without its issuer's line and its addressees: its title, then its text
LECHANG_BARE = LECHANG[1:2] + LECHANG[3:]
LECHANG_BARE_READ = (LECHANG[1], "乐昌市教育局", "2021-03-01", LECHANG[3][:10], "2021年3月1日")
# jinan-1991-rule: a government's rule printed alone, its title over its passage line and first articles (shortened); it
# prints no signature: its issuer and date stay empty, told in a loss warning
JINAN = ["济南市文化娱乐市场管理规定", "（1991年3月26日济南市人民政府令19号发布）",
         "第一条　为加强本市文化娱乐市场管理，促进社会主义精神文明建设，根据国家有关规定和《山东省文化市场管理条例》，结合本市实际情况，"
         "制定本规定。",
         "第二条　本规定所称文化娱乐经营活动系指营业性文艺演出、电影放映、文化艺术品展销、文化艺术培训等经营活动。"]
JINAN_READ = (JINAN[0], None, None, "（1991年3月2", "培训等经营活动。")
# sichuan-2025-18: a government's 印发 notice under its issuer's line, the rule it encloses under its date (shortened to its
# first item)
SICHUAN = ["四川省人民政府", "关于印发《四川省人民政府工作规则》的通知", "川府发〔2025〕18号",
           "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", "现将《四川省人民政府工作规则》印发给你们，请认真贯彻执行。",
           "四川省人民政府", "2025年9月28日", "四川省人民政府工作规则", "第一章　总　则",
           "一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》等有关法律法规，参照《国务院"
           "工作规则》，结合四川工作实际，制定本规则。"]
SICHUAN_READ = ("四川省人民政府关于印发《四川省人民政府工作规则》的通知", "四川省人民政府", "2025-09-28", SICHUAN[4][:10],
                "结合四川工作实际，制定本规则。")
WUHAN_AFTER = ("武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知", "武汉市人民政府", "2005-06-17")


def after_wuhan(text, read):
    """The issue of WUHAN then one more document, parsed; the second document compared with `read`."""
    parsed = parse_issue(text)
    found = parsed.to_export()["documents"]
    assert [(d["title"], d["issuer"], d["signed_date"]) for d in found[:1]] == [WUHAN_AFTER]
    assert len(found) == 2, [d["title"] for d in found]
    second = found[1]
    title, issuer, signed, opening, ending = read
    assert (second["title"], second["issuer"], second["signed_date"]) == (title, issuer, signed)
    assert second["body"].startswith(opening) and second["body"].replace("\n", "").endswith(ending)
    assert not found[0]["body"].endswith(ending)  # the document before keeps none of it
    return parsed


UNDER_A_SIGNATURE = [
    pytest.param(CHANGZHOU, CHANGZHOU_READ, id="a_decision_without_addressees"),
    pytest.param(KEZUO, KEZUO_READ, id="a_notice_titled_by_its_kind_alone"),
    pytest.param(LECHANG_BARE, LECHANG_BARE_READ, id="a_notice_without_issuer_line_or_addressees"),
    pytest.param(JINAN, JINAN_READ, id="a_rule_titled_over_its_passage_and_first_article"),
]


@pytest.mark.parametrize("shape", ["text_export", "raw_on_the_same_page", "raw_on_the_next_page"])
@pytest.mark.parametrize("document, read", UNDER_A_SIGNATURE)
def test_a_document_printed_under_anothers_signature_without_number_issuer_or_addressees_is_its_own(document, read, shape):
    text = {"text_export": lambda: layout(2024, 12, [WUHAN_TOC], WUHAN + document),
            "raw_on_the_same_page": lambda: raw_layout(2024, 12, [WUHAN + document]),
            "raw_on_the_next_page": lambda: raw_layout(2024, 12, [WUHAN, document])}[shape]()
    parsed = after_wuhan(text, read)
    losses = [w for w in parsed.warnings if w.is_loss]
    # a rule printing no signature says so; nothing else is lost (the text export's unlisted document is a note)
    assert [w.kind for w in losses] == (["document_field_missing"] if read[1] is None else [])


@pytest.mark.parametrize("pages", [[SICHUAN], [SICHUAN, CHANGZHOU]], ids=["alone", "then_a_decision_atop_the_next_page"])
def test_a_rule_a_cover_notice_names_stays_its_enclosure_under_its_date(pages):
    found = parse_issue(raw_layout(2025, 10, pages)).to_export()["documents"]
    first = found[0]
    assert (first["title"], first["issuer"], first["signed_date"]) == SICHUAN_READ[:3]
    assert first["body"].replace("\n", "").endswith(SICHUAN_READ[4])
    assert [d["title"] for d in found[1:]] == [CHANGZHOU[0]] * (len(pages) - 1)


def test_a_decision_under_an_enclosed_rules_last_article_is_a_loss_warning_naming_where_it_begins():
    # on the same page, under the enclosure's last sentence, nothing but its signature tells the decision apart
    parsed = parse_issue(raw_layout(2025, 10, [SICHUAN + CHANGZHOU]))
    merged = [w for w in parsed.warnings if w.kind == "document_two_signatures"]
    assert len(merged) == 1 and merged[0].is_loss and merged[0].lines[-1] == CHANGZHOU[0]
    assert f"「{CHANGZHOU[0]}」" in merged[0].message and merged[0].section


# Signatures as other offices print them: the issuer and its date on one line, the date over the issuer, the seal's note on
# its line or after the issuer, the issuer wrapped over two lines, dates in Chinese numerals with 〇, ○, O or 0 for zero
SIGNATURES = [
    pytest.param(CHANGZHOU, ["常州市人民政府　2024年12月20日"], "常州市人民政府", "2024-12-20", id="issuer_and_date_on_one_line"),
    pytest.param(KEZUO, ["2016年5月1日", "科左中旗公安局交警大队"], "科左中旗公安局交警大队", "2016-05-01", id="date_over_the_issuer"),
    pytest.param(KEZUO, ["科左中旗公安局交警大队", "（盖章）", "2016年5月1日"], "科左中旗公安局交警大队", "2016-05-01",
                 id="seal_note_between_issuer_and_date"),
    pytest.param(CHANGZHOU, ["常州市人民政府（盖章）", "2024年12月20日"], "常州市人民政府", "2024-12-20", id="seal_note_after_the_issuer"),
    pytest.param(KEZUO, ["科左中旗公安局", "交警大队", "2016年5月1日"], "科左中旗公安局交警大队", "2016-05-01",
                 id="issuer_wrapped_over_two_lines"),
    pytest.param(CHANGZHOU, ["常州市人民政府", "二〇二四年十二月二十日"], "常州市人民政府", "2024-12-20", id="chinese_numerals_ling"),
    pytest.param(CHANGZHOU, ["常州市人民政府", "二○二四年十二月二十日"], "常州市人民政府", "2024-12-20", id="chinese_numerals_circle"),
    pytest.param(CHANGZHOU, ["常州市人民政府", "二O二四年十二月二十日"], "常州市人民政府", "2024-12-20", id="chinese_numerals_letter_o"),
    pytest.param(CHANGZHOU, ["常州市人民政府", "二0二四年十二月二十日"], "常州市人民政府", "2024-12-20", id="chinese_numerals_digit_zero"),
]


@pytest.mark.parametrize("raw", [False, True], ids=["text_export", "raw"])
@pytest.mark.parametrize("document, signature, issuer, signed", SIGNATURES)
def test_a_signature_laid_out_unusually_gives_the_issuer_and_date(document, signature, issuer, signed, raw):
    body = document[:-2] + signature
    text = raw_layout(2024, 12, [WUHAN + body]) if raw else layout(2024, 12, [WUHAN_TOC], WUHAN + body)
    parsed = parse_issue(text)
    found = parsed.to_export()["documents"]
    assert [(d["issuer"], d["signed_date"]) for d in found] == [WUHAN_AFTER[1:], (issuer, signed)]
    assert not [w for w in parsed.warnings if w.is_loss]  # every line of the signature read


def test_an_order_cited_after_the_date_it_was_published_on_is_cited_without_the_dates_last_character():
    from issues.parser.document_fields import cited_doc_numbers

    assert cited_doc_numbers(CHANGZHOU[2] + CHANGZHOU[3]) == ["常州市人民政府令第2号", "常州市人民政府令第8号"]


# suining-2019-flood-plan: a headquarters office's 函 without number, its title naming its issuer, wrapped by a column right
# after its 关于; its addressees and sentence (shortened), its contact line; its signature's date laid out for the test
SUINING = ["遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案（征求意见稿）》修改意见的函", "市直有关部门：",
           "为切实做好防汛减灾工作，按照市政府安排部署，市防汛办修订完善形成了《遂宁市防汛应急预案（征求意见稿）》。请各单位结合部门"
           "职能职责，将修改意见经单位主要负责人签字并盖章后，通过邮箱或者传真方式反馈至市防汛办，无修改意见也请反馈。",
           "联系人：邓长青，电话：2710900，传真：2710028", "遂宁市人民政府防汛抗旱指挥部办公室", "2019年6月11日"]


@pytest.mark.parametrize("pages", [[WUHAN, SUINING], [SUINING]], ids=["after_a_document", "opening_the_text"])
def test_a_title_naming_its_issuer_wrapped_right_after_its_guan_yu_heads_its_document(pages):
    found = parse_issue(raw_layout(2019, 6, pages)).to_export()["documents"]
    assert [(d["title"], d["issuer"], d["signed_date"], d["addressees"]) for d in found[-1:]] == [
        (SUINING[0], SUINING[4], "2019-06-11", SUINING[1][:-1])]


def test_a_column_heading_painted_with_a_resolutions_title_heads_the_brief_printed_after_it():
    """A brief the resolution's page prints after it, its title over a paragraph naming no date ('省长刘国中今天主持…'): the heading
    painted with the resolution's title heads it (news21m reads a first sentence naming its day after its subject), and the
    brief no longer runs on in the resolution's body; its date, which the text does not name, is told. (Before, the heading
    found no brief to head and the empty column was told.)"""
    parsed = parse_issue(framed_layout(2021, 3, [(BUDGET_RESOLUTION[1:] + BUDGET_RESOLUTION[2:] + SHAANXI, BUDGET_FRAME + ["政务简讯"])]))
    assert [(n.title, n.date) for n in parsed.news] == [(SHAANXI[0], None)]
    assert SHAANXI[1][:10] not in parsed.documents[0].body
    assert [(w.kind, w.lines) for w in parsed.warnings if w.section == "政务简讯"] == [("news_undated", [SHAANXI[0]])]


def test_a_regulation_glued_to_its_passage_line_in_a_column_and_read_into_the_notice_before_is_a_loss_quoting_its_title():
    """In a column the regulation's title runs on into its passage line, so no title block heads it: the notice before reads it
    as its tail. The notice names no such rule (its enclosure is the 办法): the title is quoted in a loss warning."""
    parsed = parse_issue(raw_layout(2021, 3, [SUQIAN + SUQIAN_ARTICLES[:1], SHENZHEN_REGULATION]))
    warned = [w for w in parsed.warnings if w.kind == "rule_in_document"]
    assert [(w.section, w.lines[0][:20]) for w in warned] == [("市政府文件", SHENZHEN_REGULATION[0] + "（2")]


def test_the_rule_a_notice_encloses_is_no_rule_of_another_document():
    parsed = parse_issue(raw_layout(2021, 3, [SUQIAN + SUQIAN_ARTICLES]))
    assert not [w for w in parsed.warnings if w.kind == "rule_in_document"]


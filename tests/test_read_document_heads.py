"""Where a document begins and who issues it, as other places' issues print them (issue 21 §1, documents, docs21c):
an order printed under a document that ends without its signature, an order at the top of the text's first page or under
a brief, a title opening 贯彻 without 关于 or naming its government short ('南京市政府关于…'), a page's header over a title
without issuer, a government's office signing for its government, and a small issue of such documents in both shapes.

Rows are real public documents of other provinces (tests/data/SOURCES.md `docs21c`) laid out by the helpers of
tests/test_read_variations.py and tests/test_read_documents.py. Never rows from bench/heldout*: that is the yardstick.
"""

import pytest

from issues.parser import parse_issue
from tests.test_read_documents import (CHENGDU, JOINT, JOINT_READ, JOINT_TOC, LECHANG, LECHANG_READ, SUQIAN, SUQIAN_ARTICLES,
                                        SUQIAN_TOC, XIAMEN, framed_layout)
from tests.test_read_variations import (JIANCHENG, NEIMENGGU, NEIMENGGU_TOC, QINGYUAN, QINGYUAN_TOC, SHANGHAI, WUHAN, WUHAN_TOC,
                                        layout, raw_layout)

FIELDS = ("doc_number", "category", "title", "issuer", "signed_date")

# neimenggu-1997-82 (tests/test_read_variations.py NEIMENGGU): an order, its promulgation sentence naming its rule, then the
# rule's first chapter and article
ORDER_READ = ("内蒙古自治区人民政府令第82号", "市政府令", NEIMENGGU[0], "内蒙古自治区人民政府", "1997-07-23")
# suqian-2008-65 (tests/test_read_documents.py SUQIAN): a 印发 notice and the 办法 it encloses; UNSIGNED is its cover printed
# without its signature (the seal's date a text export may drop)
UNSIGNED = SUQIAN[:4]
UNSIGNED_READ = ("宿政发〔2008〕65号", "市政府文件", SUQIAN[0], "宿迁市人民政府", None)
# wuzheng-2005-32 (tests/test_read_variations.py WUHAN): a city government's notice, the page before in the rows below
WUHAN_READ = ("武政〔2005〕32号", "部门文件", "武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知", "武汉市人民政府",
              "2005-06-17")


def documents(text):
    return [tuple(d[name] for name in FIELDS) for d in parse_issue(text).to_export()["documents"]]


# --- 1. an order under a document that ends without a signature ------------------------------------------------------
ORDER_AFTER_UNSIGNED = [
    pytest.param(layout(2008, 6, [SUQIAN_TOC, NEIMENGGU_TOC], UNSIGNED + NEIMENGGU),
                 [UNSIGNED_READ, ORDER_READ], id="text_export"),
    pytest.param(raw_layout(2008, 6, [UNSIGNED + NEIMENGGU]), [UNSIGNED_READ, ORDER_READ], id="raw_on_the_same_page"),
    pytest.param(raw_layout(2008, 6, [UNSIGNED, NEIMENGGU]), [UNSIGNED_READ, ORDER_READ], id="raw_on_the_next_page"),
]


@pytest.mark.parametrize("text, expected", ORDER_AFTER_UNSIGNED)
def test_an_order_under_a_document_without_signature_is_its_own_document(text, expected):
    assert documents(text) == expected


def test_the_unsigned_document_before_an_order_is_a_loss_warning_quoting_its_title():
    parsed = parse_issue(raw_layout(2008, 6, [UNSIGNED + NEIMENGGU]))
    missing = [w for w in parsed.warnings if w.kind == "document_field_missing"]
    assert [w.lines[0] for w in missing] == [f"{SUQIAN[0]}（{SUQIAN[1]}）"] and missing[0].is_loss


def test_an_order_under_an_unsigned_notice_without_number_keeps_its_text_and_the_notice_is_a_loss_warning():
    # xiamen-2018-credit-draft (tests/test_read_documents.py XIAMEN) laid out without its signature: atop the text's first
    # page, its bare title begins a document (misc21k) that names no issuer nor date; the order's block, in its place over the
    # sentence publishing its rule, stays there
    parsed = parse_issue(raw_layout(2018, 11, [XIAMEN[:2] + NEIMENGGU]))
    found = parsed.to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found] == [("", "部门文件", XIAMEN[0], None, None), ORDER_READ]
    assert found[1]["body"].startswith(f"《{NEIMENGGU[0]}》")
    quoted = [line for w in parsed.warnings if w.is_loss for line in w.lines]
    assert any(line.startswith(XIAMEN[0][:10]) for line in quoted)


def test_a_rule_a_cover_notice_encloses_stays_its_enclosure():
    found = parse_issue(layout(2008, 6, [SUQIAN_TOC], SUQIAN + SUQIAN_ARTICLES)).to_export()["documents"]
    assert [d["title"] for d in found] == [SUQIAN[0]] and found[0]["body"].endswith(SUQIAN_ARTICLES[-1])


# --- 5. the text's first page: a document begins at its top only when nothing else is printed there -----------------
# zhongwei-2025-brief (tests/data/SOURCES.md, `full_width_digits`): a brief under its column's heading, opening the page
BRIEF = ["政务简讯", "4月14日，市政府召开第107次常务会议。"]
FIRST_PAGE = [
    pytest.param(NEIMENGGU[3:] + SUQIAN_ARTICLES, id="the_order_opens_the_page"),
    pytest.param(BRIEF + NEIMENGGU[3:] + SUQIAN_ARTICLES, id="a_brief_opens_the_page"),
]


@pytest.mark.parametrize("column", FIRST_PAGE)
def test_an_orders_frame_on_the_first_page_heads_the_sentence_publishing_its_rule(column):
    pages = [(column, NEIMENGGU[:3]), (LECHANG[2:] + SUQIAN_ARTICLES, LECHANG[:2])]
    found = parse_issue(framed_layout(1997, 8, pages)).to_export()["documents"]
    assert [tuple(d[name] for name in FIELDS) for d in found][:1] == [ORDER_READ]
    assert found[0]["body"].startswith(f"《{NEIMENGGU[0]}》")
    assert [d["title"] for d in found][1:] == [LECHANG_READ[2]]


# --- 3. a title opening 贯彻 without 关于 ---------------------------------------------------------------------------
# shanghai-2009-25: '市政府贯彻…的实施意见', the government named short; the signature (上海市人民政府, the date) is laid out
# for the test (the page prints none)
SHANGHAI_2009 = ["市政府贯彻国务院关于推进上海加快发展现代服务业和先进制造业建设国际金融中心和国际航运中心意见的实施意见",
                 "沪府发〔2009〕25号", "各区、县人民政府，市政府各委、办、局：",
                 "为贯彻《国务院关于推进上海加快发展现代服务业和先进制造业建设国际金融中心和国际航运中心的意见》（国发〔2009〕19号，"
                 "以下简称国务院《意见》），把握历史机遇，应对国际金融危机，加快建设“四个中心”，努力实现“四个率先”，结合上海实际，"
                 "现提出如下实施意见：", "一、深刻认识贯彻国务院《意见》的重大意义", "上海市人民政府", "2009年4月14日"]
SHANGHAI_2009_READ = ("沪府发〔2009〕25号", "市政府文件", SHANGHAI_2009[0], "上海市人民政府", "2009-04-14")
# the same under its issuer's line, as GB/T 9704 sets a title block: '上海市人民政府' over '贯彻…'
UNDER_ISSUER = ["上海市人民政府", SHANGHAI_2009[0].removeprefix("市政府")] + SHANGHAI_2009[1:]
UNDER_ISSUER_READ = SHANGHAI_2009_READ[:2] + ("上海市人民政府" + UNDER_ISSUER[1],) + SHANGHAI_2009_READ[3:]
GUANCHE = [
    pytest.param(layout(2009, 5, [WUHAN_TOC, ("市政府文件", f"{SHANGHAI_2009[0]}（{SHANGHAI_2009[1]}）")],
                        WUHAN + SHANGHAI_2009), SHANGHAI_2009_READ, id="text_export"),
    pytest.param(raw_layout(2009, 5, [WUHAN, SHANGHAI_2009]), SHANGHAI_2009_READ, id="raw_on_its_own_page"),
    pytest.param(raw_layout(2009, 5, [WUHAN + SHANGHAI_2009]), SHANGHAI_2009_READ, id="raw_under_a_signature"),
    pytest.param(layout(2009, 5, [WUHAN_TOC, ("市政府文件", f"{UNDER_ISSUER_READ[2]}（{SHANGHAI_2009[1]}）")],
                        WUHAN + UNDER_ISSUER), UNDER_ISSUER_READ, id="text_export_under_its_issuer_line"),
    pytest.param(raw_layout(2009, 5, [WUHAN + UNDER_ISSUER]), UNDER_ISSUER_READ, id="raw_under_its_issuer_line"),
]


@pytest.mark.parametrize("text, expected", GUANCHE)
def test_a_title_opening_guan_che_is_a_document_issued_by_its_signer(text, expected):
    found = documents(text)
    assert [d[2] for d in found] == [WUHAN_READ[2], expected[2]] and found[1] == expected


def test_addressees_a_raw_column_ran_on_into_the_body_stay_out_of_it():
    found = parse_issue(raw_layout(2009, 5, [WUHAN + SHANGHAI_2009])).to_export()["documents"][1]
    assert found["addressees"] == SHANGHAI_2009[2][:-1] and found["body"].startswith("为贯彻《国务院")


# the page as printed (SHANGHAI_2009 without the signature laid out for the test): the title names its government short,
# '市政府', and no line names which: issuer null, told as missing (it was '市政府', silently)
UNSIGNED_SHORT_READ = SHANGHAI_2009_READ[:3] + (None, None)
UNSIGNED_SHORT = [
    pytest.param(layout(2009, 5, [WUHAN_TOC, ("市政府文件", f"{SHANGHAI_2009[0]}（{SHANGHAI_2009[1]}）")],
                        WUHAN + SHANGHAI_2009[:-2]), id="text_export"),
    pytest.param(raw_layout(2009, 5, [WUHAN, SHANGHAI_2009[:-2]]), id="raw_on_its_own_page"),
]


@pytest.mark.parametrize("text", UNSIGNED_SHORT)
def test_a_title_naming_its_government_short_and_no_signature_names_no_issuer(text):
    parsed = parse_issue(text)
    found = parsed.to_export()["documents"][1]
    assert tuple(found[name] for name in FIELDS) == UNSIGNED_SHORT_READ
    assert any(w.is_loss and "发文机关" in w.message and SHANGHAI_2009[0] in w.lines[0] for w in parsed.warnings)

# --- 2. a page's header over a title without issuer -------------------------------------------------------------------
# the joint notice (tests/test_read_documents.py JOINT) at the top of a page whose header prints a government's name
# (a provincial gazette's short name, '湖南省人民政府'), or an office's
PAGE_HEADERS = ["湖南省人民政府", "省人民政府办公厅"]


@pytest.mark.parametrize("header", PAGE_HEADERS)
def test_a_page_header_over_a_title_without_issuer_is_no_part_of_the_title(header):
    parsed = parse_issue(raw_layout(2010, 4, [WUHAN, [header] + JOINT]))
    found = parsed.to_export()["documents"][1]
    assert (found["title"], found["issuer"], found["signed_date"]) == JOINT_READ[2:]
    assert any(w.is_loss and header in w.lines for w in parsed.warnings)  # the header is quoted, never silently dropped


def test_a_page_header_in_a_text_export_stays_out_of_the_title():
    text = layout(2010, 4, [WUHAN_TOC, JOINT_TOC], WUHAN + ["— 4 —", "湖南省人民政府"] + JOINT)
    assert documents(text)[1] == JOINT_READ


# --- 4. the issuer follows the doc number's series when a government's office signs ----------------------------------
# shanghai-2017-92 (tests/test_read_variations.py SHANGHAI): a government's 印发 notice, laid out signed by its office
# (上海市人民政府办公厅) under each series' number: the government's (沪府发, as 温政发 is 温州市人民政府's) and its office's
# (沪府办发, as 温政办 is 温州市人民政府办公室's)
SERIES = [
    pytest.param("沪府发〔2017〕92号", "上海市人民政府", id="government_series"),
    pytest.param("沪府办发〔2017〕92号", "上海市人民政府办公厅", id="office_series"),
    pytest.param("温政发〔2017〕92号", "上海市人民政府", id="wenzhou_government_series"),
    pytest.param("温政办〔2017〕92号", "上海市人民政府办公厅", id="wenzhou_office_series"),
]


@pytest.mark.parametrize("number, issuer", SERIES)
def test_an_office_signing_for_its_government_issues_only_a_number_of_its_own_series(number, issuer):
    body = [number] + SHANGHAI[1:4] + ["上海市人民政府办公厅"] + SHANGHAI[5:]
    text = layout(2017, 12, [("市政府文件", f"{SHANGHAI[1]}（{number}）")], body)
    assert parse_issue(text).to_export()["documents"][0]["issuer"] == issuer
    assert parse_issue(raw_layout(2017, 12, [WUHAN, body])).to_export()["documents"][1]["issuer"] == issuer


def test_a_government_signing_its_own_document_is_its_issuer_whatever_the_series():
    text = layout(2017, 12, [("市政府文件", f"{SHANGHAI[1]}（沪府办发〔2017〕92号）")], ["沪府办发〔2017〕92号"] + SHANGHAI[1:])
    assert parse_issue(text).to_export()["documents"][0]["issuer"] == "上海市人民政府"


# --- 6. an issue laid out from other places' documents, 1997-2025, in both shapes -------------------------------------
# nanjing-2006-275: '南京市政府关于…', the government named short after its place; the signature (南京市人民政府, the date) is
# laid out for the test (the page prints none)
NANJING = ["南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知", "宁政发〔2006〕275号",
           "各区县人民政府，市府各委办局，市各直属单位：",
           "《南京市国民经济和社会发展第十一个五年规划纲要》（以下简称《纲要》）是未来五年南京经济社会发展的宏伟蓝图，是全市人民"
           "共同奋斗的行动纲领，是政府履行经济调节、市场监管、社会管理和公共服务职责的重要依据。为切实做好《纲要》实施工作，市政府"
           "决定将《纲要》提出的主要目标和任务分解落实到各区县政府、各部门。现将有关事项通知如下：",
           "一、分工原则", "南京市人民政府", "二○○六年十二月十八日"]
ISSUE_TOC = [NEIMENGGU_TOC, ("市政府文件", f"{NANJING[0]}（{NANJING[1]}）"), ("市政府文件", f"{SHANGHAI_2009[0]}（{SHANGHAI_2009[1]}）"),
             ("部门文件", CHENGDU[0] + CHENGDU[1]), ("部门文件", XIAMEN[0])]
ISSUE_READ = [  # (doc_number, title, issuer, signed_date, addressees, cited numbers)
    ("内蒙古自治区人民政府令第82号", NEIMENGGU[0], "内蒙古自治区人民政府", "1997-07-23", None, []),
    (NANJING[1], NANJING[0], "南京市人民政府", "2006-12-18", NANJING[2][:-1], []),
    (SHANGHAI_2009[1], SHANGHAI_2009[0], "上海市人民政府", "2009-04-14", SHANGHAI_2009[2][:-1], ["国发〔2009〕19号"]),
    ("", CHENGDU[0] + CHENGDU[1], " ".join(CHENGDU[4:8]), "2025-08-27", CHENGDU[2][:-1], ["国办函〔2023〕121号"]),
    ("", XIAMEN[0], "厦门市人大常委会办公厅", "2018-11-12", None, []),
]
WHOLE_ISSUE = [
    pytest.param(layout(2025, 9, ISSUE_TOC, ["市政府令"] + NEIMENGGU + ["市政府文件"] + NANJING + SHANGHAI_2009 + ["部门文件"]
                        + CHENGDU + XIAMEN), id="text_export"),
    # the 成都 notice's enclosed rule ends its page; the 厦门 公告 opens the next, with neither number nor issuer line
    pytest.param(raw_layout(2025, 9, [NEIMENGGU + SUQIAN_ARTICLES, NANJING + SHANGHAI_2009, CHENGDU, XIAMEN]), id="raw"),
]


@pytest.mark.parametrize("text", WHOLE_ISSUE)
def test_an_issue_of_other_places_documents_reads_each_whole(text):
    found = parse_issue(text).to_export()["documents"]
    fields = ("doc_number", "title", "issuer", "signed_date", "addressees", "cited_doc_numbers")
    assert [tuple(d[name] for name in fields) for d in found] == ISSUE_READ


# --- a 公示, and a bare '关于…' title atop the text's first page (issue 21, misc21k; tests/data/SOURCES.md, "misc21k") -------
# guizhou-2025-publicity: 贵州省功勋荣誉表彰工作领导小组办公室's 公示 of 2025-04-14 (chacewang.com), its title opening 关于, no
# number, no addressees; 公示 was no title ending the parser knew, so a raw page lost it (or merged it into the notice above)
PUBLICITY = [
    "关于市（州）、县（市、区）2025年度拟开展评比表彰项目初审情况的公示",
    "根据《国家功勋荣誉表彰条例》《评比达标表彰活动管理办法（试行）》规定，经省功勋荣誉表彰工作领导小组办公室初审，并报省功勋荣誉"
    "表彰工作领导小组审核，拟原则同意市、县级党委和政府2025年开展表彰项目共108项，具体见附件。为充分发扬民主，加强监督管理，从严控制"
    "评比达标表彰活动，现对拟开展表彰活动项目进行公示（5个工作日），如有不同意见，请于2025年4月21日前以电话、传真等方式实名向省功勋"
    "荣誉表彰工作领导小组办公室反映。",
    "联系电话：0851-85837320（兼传真）",
    "附件：市（州）、县（市、区）2025年度拟开展评比达标项目",
    "省功勋荣誉表彰工作领导小组办公室",
    "2025年4月14日",
]
PUBLICITY_READ = ("", "部门文件", PUBLICITY[0], "省功勋荣誉表彰工作领导小组办公室", "2025-04-14")
QINGYUAN_READ = ("", "市政府文件", QINGYUAN[0], "清远市人民政府", "2019-11-29")
SHANGHAI_READ = ("沪府发〔2017〕92号", "市政府文件", SHANGHAI[1], "上海市人民政府", "2017-12-20")
JIANCHENG_READ = ("建城综函〔2011〕18号", "部门文件", JIANCHENG[0], "中华人民共和国住房和城乡建设部城市建设司", "2011-02-23")
PUBLICITY_ROWS = [
    pytest.param(layout(2025, 4, [QINGYUAN_TOC, ("部门文件", PUBLICITY[0])], QINGYUAN + PUBLICITY),
                 [QINGYUAN_READ[:1] + ("部门文件",) + QINGYUAN_READ[2:], PUBLICITY_READ], id="text_export_after_a_notice"),
    pytest.param(raw_layout(2025, 4, [PUBLICITY, QINGYUAN]), [PUBLICITY_READ, QINGYUAN_READ], id="raw_atop_the_first_page"),
    pytest.param(raw_layout(2025, 4, [QINGYUAN + PUBLICITY]), [QINGYUAN_READ, PUBLICITY_READ],
                 id="raw_under_a_notices_signature_on_its_page"),
    # jiancheng-2011-18 (tests/test_read_variations.py): '关于印发…的通知' over its number, atop the first page
    pytest.param(raw_layout(2011, 3, [JIANCHENG, SHANGHAI]), [JIANCHENG_READ, SHANGHAI_READ], id="raw_numbered_bare_title_first"),
]


@pytest.mark.parametrize("text, expected", PUBLICITY_ROWS)
def test_a_publicity_notice_and_a_bare_title_atop_the_first_page_are_documents_of_their_own(text, expected):
    assert documents(text) == expected

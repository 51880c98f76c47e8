"""A department's unit signing its own notice, a subtitle under a title, addressees wrapped over two lines, orders cited
with the state's name (issue 21 §1, documents, docs21e), in both shapes (a text export with its 目录 and a raw two-column
extraction without one).

Rows are real public documents of other provinces (tests/data/SOURCES.md `docs21e`), laid out by the helpers of
tests/test_read_variations.py. Never rows from bench/heldout*: that is the yardstick.
"""

import pytest

from issues.parser import parse_issue
from issues.parser.document_fields import cited_doc_numbers
from tests.test_read_variations import WUHAN, WUHAN_TOC, layout, raw_layout

FIELDS = ("doc_number", "category", "title", "issuer", "signed_date", "addressees")


def documents(text):
    """The documents' fields, and the loss warnings but the one of the layout helpers' own cover lines."""
    parsed = parse_issue(text)
    losses = [w for w in parsed.warnings if w.is_loss and "总第300期（月刊）" not in w.lines]
    return [tuple(d[name] for name in FIELDS) for d in parsed.to_export()["documents"]], losses


# --- 1. a department's unit (中心, 站) signing its own notice ---------------------------------------------------------
# yichang-2026-gjj: the city's housing fund centre's notice (its title as its site lists it; the addressees, sentence and the
# signature's date laid out for the test), signed by the centre over the date
YICHANG = ["宜昌住房公积金中心关于调整2026年度住房公积金缴存基数的通知", "各缴存单位：",
           "根据住房公积金管理有关规定，现就调整2026年度住房公积金缴存基数有关事项通知如下。", "特此通知。",
           "宜昌住房公积金中心", "2026年6月23日"]
YICHANG_READ = ("", "部门文件", YICHANG[0], "宜昌住房公积金中心", "2026-06-23", "各缴存单位")
# the same notice under its issuer's line, its title opening 关于 (GB/T 9704's issuer line over the title)
YICHANG_LINED = ["宜昌住房公积金中心", YICHANG[0][len("宜昌住房公积金中心"):]] + YICHANG[1:]
# the centre signing as a station would (written for the test: '北京市水文总站' is a unit of that name)
STATION = [line.replace("宜昌住房公积金中心", "北京市水文总站") for line in YICHANG]
STATION_READ = ("", "部门文件", STATION[0], "北京市水文总站", "2026-06-23", "各缴存单位")

# the same notice under the unit's letterhead: its title without the issuer ('关于…的通知'), the unit named only by its signature;
# signed also by a unit known by two names and by a school (those names written for the test)
BARE = [YICHANG[0][len("宜昌住房公积金中心"):]] + YICHANG[1:]
BARE_READ = ("", "部门文件", BARE[0], "宜昌住房公积金中心", "2026-06-23", "各缴存单位")
TWO_NAMES = [line.replace("宜昌住房公积金中心", "宜昌市公共资源交易中心（宜昌市政府采购中心）") for line in BARE]
SCHOOL = [line.replace("宜昌住房公积金中心", "中共宜昌市委党校") for line in BARE]

UNITS = [
    pytest.param(layout(2026, 6, [WUHAN_TOC, ("部门文件", YICHANG[0])], WUHAN + YICHANG), YICHANG_READ, id="centre_text_export"),
    pytest.param(raw_layout(2026, 6, [WUHAN, YICHANG]), YICHANG_READ, id="centre_raw_on_its_own_page"),
    pytest.param(raw_layout(2026, 6, [WUHAN + YICHANG]), YICHANG_READ, id="centre_raw_under_a_signature"),
    pytest.param(raw_layout(2026, 6, [WUHAN, YICHANG_LINED]), YICHANG_READ, id="centre_raw_under_its_issuer_line"),
    pytest.param(layout(2026, 6, [WUHAN_TOC, ("部门文件", STATION[0])], WUHAN + STATION), STATION_READ, id="station_text_export"),
    pytest.param(raw_layout(2026, 6, [WUHAN, STATION]), STATION_READ, id="station_raw"),
    pytest.param(layout(2026, 6, [WUHAN_TOC, ("部门文件", BARE[0])], WUHAN + BARE), BARE_READ, id="letterhead_text_export"),
    pytest.param(raw_layout(2026, 6, [WUHAN, BARE]), BARE_READ, id="letterhead_raw_on_its_own_page"),
    pytest.param(layout(2026, 6, [WUHAN_TOC, ("部门文件", BARE[0])], WUHAN + TWO_NAMES),
                 BARE_READ[:3] + ("宜昌市公共资源交易中心（宜昌市政府采购中心）",) + BARE_READ[4:], id="two_names_text_export"),
    pytest.param(raw_layout(2026, 6, [WUHAN, TWO_NAMES]),  # the name wrapped by the column over its date
                 BARE_READ[:3] + ("宜昌市公共资源交易中心（宜昌市政府采购中心）",) + BARE_READ[4:], id="two_names_raw_wrapped"),
    pytest.param(layout(2026, 6, [WUHAN_TOC, ("部门文件", BARE[0])], WUHAN + SCHOOL),
                 BARE_READ[:3] + ("中共宜昌市委党校",) + BARE_READ[4:], id="school_text_export"),
    pytest.param(raw_layout(2026, 6, [WUHAN, SCHOOL]), BARE_READ[:3] + ("中共宜昌市委党校",) + BARE_READ[4:], id="school_raw"),
]


@pytest.mark.parametrize("text, expected", UNITS)
def test_a_units_notice_is_its_own_document_signed_by_the_unit(text, expected):
    found, losses = documents(text)
    assert found[1:] == [expected] and losses == []


# --- 2. a subtitle printed under a title without a dash ----------------------------------------------------------------
# meizhou-2004-18: a city government's 印发 notice (梅市府〔2004〕18号), its title under the issuer's line; the subtitle
# line under the title is written for the test, in the shapes other titles print one ('（2021年修订）', '（试行）')
MEIZHOU = ["梅州市人民政府", "印发梅州市社会养老保险市级统筹实施办法的通知", "梅市府〔2004〕18号",
           "各县（市、区）人民政府，市府直属各单位：", "现将《梅州市社会养老保险市级统筹实施办法》印发给你们，请认真贯彻执行。",
           "梅州市人民政府", "二○○四年四月三十日"]
MEIZHOU_TITLE = "梅州市人民政府印发梅州市社会养老保险市级统筹实施办法的通知"
MEIZHOU_TOC = ("市政府文件", f"{MEIZHOU_TITLE}（梅市府〔2004〕18号）")


def subtitled(subtitle):
    return MEIZHOU[:2] + [subtitle] + MEIZHOU[2:]


SUBTITLES = [
    pytest.param(layout(2004, 5, [WUHAN_TOC, MEIZHOU_TOC], WUHAN + subtitled(subtitle)), subtitle, id=f"{name}_text_export")
    for subtitle, name in (("（2021年修订）", "revision"), ("（试行）", "trial"), ("——以养老保险为重点逐步实现市级统筹", "dashed"),
                           ("以养老保险为重点逐步实现市级统筹", "plain"))
] + [
    pytest.param(raw_layout(2004, 5, [WUHAN, subtitled(subtitle)]), subtitle, id=f"{name}_raw")
    for subtitle, name in (("（2021年修订）", "revision"), ("（试行）", "trial"))
]


@pytest.mark.parametrize("text, subtitle", SUBTITLES)
def test_a_subtitle_under_a_title_stays_in_the_title_and_out_of_the_body(text, subtitle):
    found, losses = documents(text)
    assert [row[:3] for row in found[1:]] == [("梅市府〔2004〕18号", "市政府文件", MEIZHOU_TITLE + subtitle)]
    assert losses == []


def test_a_date_under_a_title_is_no_subtitle():
    text = layout(2004, 5, [MEIZHOU_TOC], MEIZHOU[:2] + ["（2004年4月30日）"] + MEIZHOU[2:])
    assert documents(text)[0][0][2] == MEIZHOU_TITLE


# --- 5. addressees wrapped over two lines ------------------------------------------------------------------------------
# datong-2021-19 (大同市人民政府公报 2021年第3期): an office's 印发 notice, its addressees '各县区人民政府、开发区管委会，市直相关部门及
# 企事业单位：' (a pause mark and a comma between its groups), wrapped after the comma as a narrow column does; 梅州's too
DATONG = ["大同市人民政府办公室", "关于印发《大同市空气质量巩固提升", "2021年行动计划》的通知", "同政办发〔2021〕19号",
          "各县区人民政府、开发区管委会，", "市直相关部门及企事业单位：",
          "《大同市空气质量巩固提升2021年行动计划》已经市人民政府同意，现印发给你们，请认真贯彻落实。",
          "大同市人民政府办公室", "2021年5月28日", "（此件公开发布）"]
DATONG_READ = ("同政办发〔2021〕19号", "市府办文件", "大同市人民政府办公室关于印发《大同市空气质量巩固提升2021年行动计划》的通知",
               "大同市人民政府办公室", "2021-05-28", "各县区人民政府、开发区管委会，市直相关部门及企事业单位")
DATONG_TOC = ("市府办文件", f"{DATONG_READ[2]}（同政办发〔2021〕19号）")
MEIZHOU_WRAPPED = MEIZHOU[:3] + ["各县（市、区）人民政府，", "市府直属各单位："] + MEIZHOU[4:]
MEIZHOU_READ = ("梅市府〔2004〕18号", "市政府文件", MEIZHOU_TITLE, "梅州市人民政府", "2004-04-30", "各县（市、区）人民政府，市府直属各单位")

ADDRESSEES = [
    pytest.param(layout(2021, 6, [WUHAN_TOC, DATONG_TOC], WUHAN + DATONG), DATONG_READ, id="pause_mark_and_comma_text_export"),
    pytest.param(raw_layout(2021, 6, [WUHAN, DATONG]), DATONG_READ, id="pause_mark_and_comma_raw"),
    pytest.param(layout(2004, 5, [WUHAN_TOC, MEIZHOU_TOC], WUHAN + MEIZHOU_WRAPPED), MEIZHOU_READ, id="comma_text_export"),
    pytest.param(raw_layout(2004, 5, [WUHAN + MEIZHOU_WRAPPED]), MEIZHOU_READ, id="comma_raw_under_a_signature"),
]


@pytest.mark.parametrize("text, expected", ADDRESSEES)
def test_addressees_wrapped_after_a_comma_are_the_documents_addressees_not_its_body(text, expected):
    found, losses = documents(text)
    assert found[1:] == [expected] and losses == []
    assert not parse_issue(text).to_export()["documents"][1]["body"].startswith(("各", "市"))


# --- 6. an order cited by a ministry's or the State Council's number ---------------------------------------------------
# state-council-1997-238 (tests/test_read_orders.py PIGS): the order cited as the State Council prints its number, with the
# state's name; the sentences citing it are written for the test
CITED = [
    pytest.param("根据《生猪屠宰管理条例》（中华人民共和国国务院令第238号），制定本办法。", ["中华人民共和国国务院令第238号"],
                 id="state_name_in_brackets"),
    pytest.param("依据中华人民共和国国务院令第238号和财政部令第41号，制定本办法。", ["中华人民共和国国务院令第238号", "财政部令第41号"],
                 id="state_name_in_running_text_its_he_no_function_word"),
    # suqian-2008-65 (tests/test_read_documents.py SUQIAN) cited with 第 before its serial, as some gazettes print a number,
    # and without: one number, cited once as first printed
    pytest.param("根据《企业财务通则》（财政部令第41号）和《宿迁市城乡医疗救助暂行办法》（宿政发〔2008〕第65号），按照宿政发〔2008〕65号要求，"
                 "制定本办法。", ["财政部令第41号", "宿政发〔2008〕第65号"], id="a_ministrys_order_and_a_number_with_di_cited_once"),
]


@pytest.mark.parametrize("text, expected", CITED)
def test_an_order_cited_by_its_number_is_a_cited_doc_number(text, expected):
    assert cited_doc_numbers(text) == expected

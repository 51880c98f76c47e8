"""What OCR reads in a shape print never sets, mended by its context (issues/ocr_mends.py): one table per mend.

The readings are rapidocr's of degraded scans of 上海's, 北京's and 国务院's text (tests/data/SOURCES.md, block
"ocrtext"), printed in the gazette's three faces; no OCR runs here.
"""

from __future__ import annotations

import pytest

from issues import ocr_mends
from issues.ocr import ScanPage, warnings_of
from issues.ocr_boxes import Box
from issues.ocr_spaces import spaceable


@pytest.mark.parametrize(
    "read, printed",
    [
        ("国务院办公厅 二00六年二月七日", "国务院办公厅 二〇〇六年二月七日"),  # a letter O typed for 〇, read as figures
        ("国务院办公厅 二OO六年二月七日", "国务院办公厅 二〇〇六年二月七日"),
        ("上海市人民政府 二○○九年四月十四日", "上海市人民政府 二〇〇九年四月十四日"),  # the ring U+25CB
        ("上海市二0一七年十二月份记事", "上海市二〇一七年十二月份记事"),
        ("上海市人民政府 二〇〇九年四月十四日", "上海市人民政府 二〇〇九年四月十四日"),
        ("上海市人民政府 2017年12月20日", "上海市人民政府 2017年12月20日"),
        ("二十年来", "二十年来"),
    ],
    ids=["zeros-read-as-figures", "zeros-read-as-letters", "zeros-printed-as-rings", "one-zero-read-as-a-figure",
         "numeral-zeros-stay", "arabic-year-stays", "a-count-of-years-stays"],
)
def test_a_chinese_numeral_years_zeros_are_the_numeral(read, printed):
    assert ocr_mends.chinese_year_zeros(read) == printed


@pytest.mark.parametrize(
    "read, printed",
    [
        ("上海市人民政府 二一七年十二月二十日", "上海市人民政府 二〇一七年十二月二十日"),
        ("二一〇年三月", "二〇一〇年三月"),
        ("上海市人民政府 二九年四月十四日", "上海市人民政府 二九年四月十四日"),  # 二〇〇九 or 二〇九〇: told in a warning
        ("二十九年", "二十九年"),
        ("二一九", "二一九"),
    ],
    ids=["three-numerals-before-a-month", "three-numerals-one-a-zero", "two-numerals-are-no-guess",
         "a-count-of-years-stays", "numerals-before-no-year-stay"],
)
def test_a_years_lost_ring_after_er_is_put_back_where_only_one_place_is_left(read, printed):
    assert ocr_mends.chinese_year_ring(read) == printed


@pytest.mark.parametrize(
    "read, lost",
    [("上海市人民政府 二九年四月十四日", True), ("上海市人民政府 二 九年四月十四日", True), ("二六年二月七日", True),
     ("二〇〇六年二月七日", False), ("二十年", False), ("2006年2月7日", False)],
)
def test_a_year_left_with_two_numerals_is_quoted_never_guessed(read, lost):
    assert ocr_mends.lost_year_rings(read) is lost


def test_a_year_left_with_two_numerals_is_quoted_in_a_loss_warning():
    line = Box("上海市人民政府 二 九年四月十四日", 1.0, [(100, 100), (900, 100), (900, 140), (100, 140)])
    scan = ScanPage(0, 595, 842, 200, [line], covered=1.0)
    (warning,) = warnings_of([scan])
    assert warning["kind"] == "ocr_unsure" and warning["lines"] == ["上海市人民政府 二 九年四月十四日"]


@pytest.mark.parametrize(
    "read, printed",
    [
        ("上海市城市总体规划（201.7—2035年）", "上海市城市总体规划（2017—2035年）"),
        ("（201.7一2035年）", "（2017一2035年）"),  # the dash read as 一: range_dash's
        ("201.7年12月20日", "2017年12月20日"),
        ("201·7年", "2017年"),
        ("2017年12月20日", "2017年12月20日"),
        ("期限缩短1.5年", "期限缩短1.5年"),
        ("增长201.7亿元", "增长201.7亿元"),
        ("2017.12年", "2017.12年"),
    ],
    ids=["before-a-ranges-dash", "before-a-dash-read-as-yi", "before-nian", "a-middle-dot", "a-year-read-right-stays",
         "a-span-of-years-stays", "a-figure-before-no-year-stays", "five-figures-are-no-year"],
)
def test_a_speck_between_a_years_figures_goes(read, printed):
    assert ocr_mends.year_without_speck(read) == printed


@pytest.mark.parametrize(
    "read, printed",
    [
        ("北京市国民经济和社会发展第十四个五年规划（20212025年）", "北京市国民经济和社会发展第十四个五年规划（2021—2025年）"),
        ("上海市城市总体规划（20172035年）", "上海市城市总体规划（2017—2035年）"),
        ("（20252021年）", "（20252021年）"),
        ("编号20212025", "编号20212025"),
    ],
    ids=["a-five-year-plans-years", "a-city-plans-years", "years-out-of-order-stay", "figures-before-no-nian-stay"],
)
def test_a_range_of_years_read_as_one_figure_gets_its_dash(read, printed):
    assert ocr_mends.year_range_dash(read) == printed


@pytest.mark.parametrize(
    "read, printed",
    [("（2006一2020年）", "（2006—2020年）"), ("5月2日一3日", "5月2日—3日"), ("每年一次", "每年一次")],
    ids=["years", "days", "yi-before-no-figure-stays"],
)
def test_a_ranges_dash_read_as_yi_is_a_dash(read, printed):
    assert ocr_mends.range_dash(read) == printed


@pytest.mark.parametrize(
    "read, printed",
    [
        ("把握历史机遇 , 应对国际金融危机", "把握历史机遇，应对国际金融危机"),
        ("2021年3月30日上午 , 区七届人大常委会", "2021年3月30日上午，区七届人大常委会"),
        ("国务院《意见》） , 把握历史机遇", "国务院《意见》），把握历史机遇"),
        ("决定接受孟景伟辞去区长职务的请求 ; 决定", "决定接受孟景伟辞去区长职务的请求；决定"),
        ("Shanghai , China", "Shanghai , China"),
        ("2021 , 2022", "2021 , 2022"),
    ],
    ids=["comma-spaced-between-ideographs", "comma-after-a-date", "comma-after-a-closing-bracket",
         "semicolon-spaced", "latin-text-stays", "figures-stay"],
)
def test_an_ascii_mark_spaced_between_cjk_text_is_full_width(read, printed):
    assert ocr_mends.spaced_half_width_marks(read) == printed


@pytest.mark.parametrize(
    "read, printed",
    [
        ("上海市人民政府印发《关于贯彻 < 国务院关于加强政务诚信建设的指导意见> 的实施意见》",
         "上海市人民政府印发《关于贯彻＜国务院关于加强政务诚信建设的指导意见＞的实施意见》"),
        ("上海市人民政府印发《关于贯彻<国务院关于加强政务诚信建设的指导意见>的实施意见》",
         "上海市人民政府印发《关于贯彻＜国务院关于加强政务诚信建设的指导意见＞的实施意见》"),
        ("《国务院关于实施 < 国家中长期科学和技术发展规划纲要（2006—2020年）> 若干配套政策的通知》",
         "《国务院关于实施＜国家中长期科学和技术发展规划纲要（2006—2020年）＞若干配套政策的通知》"),
        ("《关于贯彻〈国务院关于加强政务诚信建设的指导意见〉的实施意见》",
         "《关于贯彻〈国务院关于加强政务诚信建设的指导意见〉的实施意见》"),
        ("由<市、区>人民政府负责落实", "由<市、区>人民政府负责落实"),
    ],
    ids=["read-a-space-apart", "read-close", "a-title-holding-a-range", "angle-brackets-read-right-stay",
         "brackets-in-no-title-stay"],
)
def test_a_title_cited_in_a_title_read_ascii_takes_its_full_width_marks(read, printed):
    assert ocr_mends.inner_title_marks(read) == printed


@pytest.mark.parametrize("before, after", [("彻", "〈"), ("〉", "的"), ("彻", "＜"), ("＞", "的")])
def test_no_space_is_read_beside_an_inner_title_mark(before, after):
    assert not spaceable(before, after)  # 「贯彻 〈国务院…意见〉 的」: the mark's glyph holds its own blank


@pytest.mark.parametrize(
    "read, printed",
    [
        ("请认真按照°执行", "请认真按照执行"),
        ("主持会议∵会议审议", "主持会议会议审议"),
        ("以下简称国务院《意见》），。把握历史机遇", "以下简称国务院《意见》），把握历史机遇"),
        ("决定任命郭芳。、张小宏为上海市副市长", "决定任命郭芳、张小宏为上海市副市长"),
        ("任命李春雨、：何娇、徐莉", "任命李春雨、何娇、徐莉"),
        ("现提出如下实施意见：一、总体要求", "现提出如下实施意见：一、总体要求"),
        ("气温25°，", "气温25°，"),
        ("组成部分。2017年", "组成部分。2017年"),
    ],
    ids=["degree-sign-between-ideographs", "because-sign-between-ideographs", "stop-after-a-comma",
         "stop-before-an-enumeration-comma", "colon-after-an-enumeration-comma", "a-colon-read-right-stays",
         "a-degree-after-a-figure-stays", "a-stop-before-a-figure-stays"],
)
def test_a_speck_read_as_a_mark_where_print_sets_none_goes(read, printed):
    assert ocr_mends.specks_as_marks(read) == printed


def test_every_mend_runs_on_a_line():
    assert ocr_mends.mended("上海市人民政府 , 二00九年四月十四日（201.7—2035年）") == "上海市人民政府，二〇〇九年四月十四日（2017—2035年）"

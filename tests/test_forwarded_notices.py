"""A 转发 notice and the document it forwards, printed after its signature with its own title block, number, addressees and
text (issues/parser/forwarded.py): one document, the forwarding notice, whose body holds the forwarded one; never a
document of the forwarded number instead. In a text export, a raw extraction whose title blocks stand in the columns,
and one whose frames a typesetter painted after the page's columns (a long 转发 title wrapped by the frame's width).

Rows are real public documents of other places (tests/data/SOURCES.md `docs12`). Never rows from bench/heldout*.
"""

import pytest

from issues.parser import parse_issue
from issues.parser.forwarded import forwards
from tests.test_painted_title_blocks import printed_layout
from tests.test_read_variations import layout, raw_layout

# shantou-2015-29: a city office's notice forwarding the province's 粤府办〔2015〕22号 (its addressees, its first two
# sentences); its title, signature and date written for the test
SHANTOU = [
    "汕头市人民政府办公室转发广东省人民政府办公厅转发国务院办公厅转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知",
    "汕府办〔2015〕29号",
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "现将《广东省人民政府办公厅转发国务院办公厅转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知》"
    "（粤府办〔2015〕22号）转发给你们，经市人民政府同意，结合我市实际，提出以下意见，请一并贯彻执行。",
    "各县（市、区）人民政府和市直有关单位要认真开展本地区、本单位驻省会城市办事机构的清查登记工作，并如实填写“驻省会城市"
    "办事机构清理情况表”送市编办，市编办负责审核汇总我市驻省会办事机构情况，于2015年5月18日前报市政府。",
    "汕头市人民政府办公室",
    "2015年5月4日",
]
SHANTOU_TOC = ("市府办文件", f"{SHANTOU[0]}（{SHANTOU[1]}）")
# guangdong-2015-22: the forwarded notice as the province printed it: its title over three lines, its number, addressees,
# its first paragraph, its first heading and paragraph
GUANGDONG = [
    "广东省人民政府办公厅转发国务院办公厅转发",
    "国家机关事务管理局关于清理规范驻省会",
    "城市办事机构指导意见的通知",
    "粤府办〔2015〕22号",
    "各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：",
    "现将《国务院办公厅转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知》（国办发〔2015〕8号，以下简称"
    "《通知》）转发给你们，经省人民政府同意，结合我省实际提出以下意见，请一并贯彻执行。",
    "一、切实加强对驻省会城市办事机构清理规范工作的组织领导",
    "各地、各有关单位要高度重视，认真贯彻《通知》精神，切实落实清理规范工作各项要求，尽快摸清底数，按照“全面清理、严格把关、"
    "积极稳妥”的原则，迅速开展各类驻省会城市（含计划单列市、经济特区及其他城市，下同）办事机构的清理规范工作，确保在规定时限内"
    "完成清理任务。",
]
SHANTOU_READ = {"doc_number": "汕府办〔2015〕29号", "title": SHANTOU[0], "issuer": "汕头市人民政府办公室", "signed_date": "2015-05-04",
                "addressees": SHANTOU[2][:-1], "cited_doc_numbers": ["粤府办〔2015〕22号", "国办发〔2015〕8号"]}
# the 汕头 title as a typist breaks it over three lines, two of them a little wider than the frame across both columns (24
# characters of its type): the frame wraps each again, and the extraction prints the title over five lines
FRAME_CHARS = 24
SHANTOU_TYPED = ["汕头市人民政府办公室转发广东省人民政府办公厅转发国务院", "办公厅转发国家机关事务管理局关于清理规范驻省会城市",
                 "办事机构指导意见的通知"]
SHANTOU_FRAME = [line[k : k + FRAME_CHARS] for line in SHANTOU_TYPED for k in range(0, len(line), FRAME_CHARS)] + SHANTOU[1:2]

SHAPES = {
    "text_export": lambda: layout(2015, 5, [SHANTOU_TOC], SHANTOU + GUANGDONG),
    "raw_title_blocks_in_the_columns": lambda: raw_layout(2015, 5, [SHANTOU + GUANGDONG]),
    "raw_forwarding_title_painted_after_the_columns": lambda: printed_layout(2015, 5, [(SHANTOU[2:] + GUANGDONG, SHANTOU[:2])]),
    "raw_forwarding_title_wrapped_by_its_frame": lambda: printed_layout(2015, 5, [(SHANTOU[2:] + GUANGDONG, SHANTOU_FRAME)]),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_forwarded_notice_printed_under_the_forwarding_notices_signature_is_its_body(shape):
    found = parse_issue(SHAPES[shape]()).to_export()["documents"]
    assert [{name: d[name] for name in SHANTOU_READ} for d in found] == [SHANTOU_READ]
    body = found[0]["body"].replace("\n", "")
    assert "粤府办〔2015〕22号各地级以上市人民政府" in body and body.endswith(GUANGDONG[-1])


FORWARDINGS = [
    pytest.param(SHANTOU[3], "粤府办〔2015〕22号", True, id="cited_in_brackets_then_zhuan_fa_gei_ni_men"),
    pytest.param(GUANGDONG[5], "国办发〔2015〕8号", True, id="cited_with_a_short_name_in_its_brackets"),
    # the number after the closing 》 without brackets, 〈〉 inside the quoted title (the 汕头 sentence reworded for the test)
    pytest.param("现将《广东省人民政府办公厅关于转发〈关于清理规范驻省会城市办事机构的指导意见〉的通知》粤府办〔2015〕22号转发你们，"
                 "请结合各自职责，认真贯彻执行。", "粤府办〔2015〕22号", True, id="cited_after_the_quoted_title_without_brackets"),
    pytest.param(SHANTOU[3], "国办发〔2015〕8号", False, id="another_number"),
    # a title naming a forwarding, cited as the ground of a sentence that forwards nothing
    pytest.param("根据《广东省人民政府办公厅转发国务院办公厅转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知》"
                 "（粤府办〔2015〕22号）精神，结合我市实际，提出以下意见。", "粤府办〔2015〕22号", False,
                 id="a_quoted_title_naming_a_forwarding_forwards_nothing"),
]


@pytest.mark.parametrize("text, doc_number, forwarded", FORWARDINGS)
def test_a_notice_forwards_the_number_a_sentence_passes_on(text, doc_number, forwarded):
    assert forwards(text, doc_number) is forwarded

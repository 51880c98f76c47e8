"""A joint document (联合发文) signed by each of its bodies (issue 21 §1, documents): its issuer is every body its signature
names, however many (the ministries sign by eight), one a line, two a line, a line a narrow column wraps, a body's name
printed over two lines, a party committee first; in both shapes (a text export with its 目录, a raw two-column
extraction). Sources: tests/data/SOURCES.md, "docs17"."""

import pytest

from tests.test_read_documents import documents
from tests.test_read_variations import layout, raw_layout

# 教体艺〔2018〕3号: 教育部等八部门关于印发《综合防控儿童青少年近视实施方案》的通知, its cover notice, signed two a line
EDUCATION_HEAD = ["教育部等八部门关于印发《综合防控儿童青少年近视实施方案》的通知", "教体艺〔2018〕3号",
                  "各省、自治区、直辖市人民政府，新疆生产建设兵团：",
                  "为贯彻落实习近平总书记关于学生近视问题的重要指示批示精神，切实加强新时代儿童青少年近视防控工作，教育部会同国家卫生健康委员会"
                  "等八部门制定了《综合防控儿童青少年近视实施方案》，经国务院同意，现予以印发，请遵照执行。"]
EDUCATION_SIGNED = ["教育部 国家卫生健康委员会", "国家体育总局 财政部", "人力资源和社会保障部 国家市场监督管理总局",
                    "国家新闻出版署 国家广播电视总局"]
EDUCATION_TAIL = ["2018年8月30日", "综合防控儿童青少年近视实施方案", "儿童青少年是祖国的未来和民族的希望。"]
EDUCATION_TOC = ("部门文件", EDUCATION_HEAD[0] + "（教体艺〔2018〕3号）")
EIGHT = " ".join(EDUCATION_SIGNED).split()
EDUCATION_READ = ("教体艺〔2018〕3号", "部门文件", EDUCATION_HEAD[0], " ".join(EIGHT), "2018-08-30")

# 京发〔2017〕19号: the city's party committee and its government, the committee first, one a line
BEIJING = ["中共北京市委 北京市人民政府关于印发《“健康北京2030”规划纲要》的通知", "京发〔2017〕19号",
           "各区委、区政府，市委、市政府各部委办局，各总公司，各人民团体，各高等院校：",
           "经市委、市政府同意，现将《“健康北京2030”规划纲要》印发给你们，请结合实际认真贯彻落实。",
           "中共北京市委", "北京市人民政府", "2017年9月7日", "“健康北京2030”规划纲要",
           "为贯彻落实全国卫生与健康大会精神和《“健康中国2030”规划纲要》，全面推进健康北京建设，进一步提高人民群众健康水平，建设健康中国首善"
           "之区，制定本规划纲要。"]
BEIJING_TOC = ("市政府文件", BEIJING[0] + "（京发〔2017〕19号）")
BEIJING_READ = ("京发〔2017〕19号", "市政府文件", BEIJING[0], "中共北京市委 北京市人民政府", "2017-09-07")

SIGNATURES = [
    pytest.param(EDUCATION_SIGNED, id="eight_ministries_two_a_line_as_printed"),
    pytest.param(EIGHT, id="eight_ministries_one_a_line"),
    pytest.param(EDUCATION_SIGNED[:2] + ["人力资源和社会保障部", "国家市场监督管理总局"] + EDUCATION_SIGNED[3:],
                 id="two_a_line_the_longest_pair_wrapped_into_five_lines"),
    pytest.param(EIGHT[:5] + ["国家市场监督管理", "总局"] + EIGHT[6:], id="a_ministrys_name_over_two_lines_among_them"),
    pytest.param(EIGHT[:7] + ["国家广播电视", "总局"], id="the_last_name_over_two_lines_over_the_date"),
]


@pytest.mark.parametrize("signers", SIGNATURES)
def test_each_body_a_joint_document_is_signed_by_is_its_issuer(signers):
    body = EDUCATION_HEAD + signers + EDUCATION_TAIL
    assert documents(layout(2018, 8, [EDUCATION_TOC], body)) == [EDUCATION_READ]
    assert documents(raw_layout(2018, 8, [body])) == [EDUCATION_READ]


# the first five of the eight alone, as a joint notice of five bodies signs (written for the test from 教体艺〔2018〕3号)
def test_a_joint_notice_of_five_bodies_one_a_line_keeps_its_first_body():
    body = EDUCATION_HEAD + EIGHT[:5] + EDUCATION_TAIL
    read = EDUCATION_READ[:3] + (" ".join(EIGHT[:5]),) + EDUCATION_READ[4:]
    assert documents(layout(2018, 8, [EDUCATION_TOC], body)) == [read]
    assert documents(raw_layout(2018, 8, [body])) == [read]


@pytest.mark.parametrize("signers", [["中共北京市委", "北京市人民政府"], ["中共北京市委 北京市人民政府"]],
                         ids=["one_a_line_as_printed", "side_by_side"])
def test_a_party_committee_signing_first_is_the_first_issuer(signers):
    body = BEIJING[:4] + signers + BEIJING[6:]
    assert documents(layout(2017, 9, [BEIJING_TOC], body)) == [BEIJING_READ]
    assert documents(raw_layout(2017, 9, [body])) == [BEIJING_READ]

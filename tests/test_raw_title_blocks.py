"""A title block found anywhere in a raw extraction (issues/parser/raw_title_blocks.py): its title lines are a title's,
never a sentence's. A PDF's reader gives a paragraph a line: an enclosed text's title that ends in no kind of document
('…若干政策措施'), its first sentence and heading under it, then the next document's title block, must not read as one
title over its number.

Rows are real public documents (tests/data/SOURCES.md `docs12`). Never rows from bench/heldout*.
"""

from issues.parser import raw_title_blocks
from issues.parser.lines import Line
from tests.test_read_documents import SUQIAN

# huaian-2022-rules: the policy of 江苏省人民政府 (苏政发〔2022〕1号) named as 淮安's 实施细则 quotes it (its title ends in 措施, no
# kind of document), laid out for the test over the 细则's first sentence and heading; then the 宿迁 notice's title block
JIANGSU_POLICY = "关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施"
HUAIAN = ["为深入贯彻落实省政府《关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施》（苏政发〔2022〕1号）精神，坚持稳字"
          "当头、稳中求进，把稳增长摆在更加突出位置，进一步帮助市场主体纾困解难，提振信心、稳定预期，着力稳定经济增长，结合淮安实际，"
          "制定如下实施细则。",
          "一、落实财税支持政策"]


def test_a_title_never_takes_a_sentences_line_on_to_the_next_documents_number():
    lines = [Line(text) for text in [JIANGSU_POLICY, *HUAIAN, *SUQIAN[:2]]]
    assert raw_title_blocks.read_printed(lines, 0) is None
    block = raw_title_blocks.read_printed(lines, 3)
    assert (block.title, block.doc_number) == (SUQIAN[0], SUQIAN[1])

"""tests/pdfgen/unwrap.py (and the steps it calls: moved_titles.py, column_headings.py): a hard-wrapped copy of a
two-column print read back into its paragraphs.

Rows are lines of fixtures/issues/2020-09.txt (温州市人民政府公报 2020年第9期, a raw copy of the print: tests/data/
SOURCES.md), as the copy gives them, 20 characters to a column line.
"""

import pytest

from tests.conftest import database_independent, fixture_text
from tests.pdfgen import column_headings, moved_titles, unwrap
from tests.pdfgen.copy_lines import Alone

pytestmark = database_independent  # the PDF generator's own reading: no database in it

COLUMN = (20,)

JOINS = [
    pytest.param(["为加快实现人口规模适度、结构优化、素", "质提升，进一步促进温州人口与经济、社会、", "资源、环境协调发展，现提出如下若干意见。",
                  "一、工作目标"],
                 ["为加快实现人口规模适度、结构优化、素质提升，进一步促进温州人口与经济、社会、资源、环境协调发展，现提出如下若干意见。",
                  "一、工作目标"], id="lines_filling_the_column_run_on_a_heading_opens_its_own"),
    pytest.param(["动态管理。", "第五条  应急预案按照制定主体划分，分为"], ["动态管理。", "第五条  应急预案按照制定主体划分，分为"],
                 id="an_article_opens_its_own_paragraph"),
    pytest.param(["△ 市长姚高员参加省第十三次人代会第四", "次会议。", "29日", "△ 市长姚高员、副市长汤筱疏参加全国社"],
                 ["△ 市长姚高员参加省第十三次人代会第四次会议。", "29日", "△ 市长姚高员、副市长汤筱疏参加全国社"],
                 id="a_day_marker_stands_alone_an_entry_opens"),
    pytest.param(["张祖新的温州市发展和改革委员会副主任", "9月份市政府人事任免", "职务；"],
                 ["张祖新的温州市发展和改革委员会副主任职务；", "9月份市政府人事任免"],
                 id="a_column_heading_that_cut_a_paragraph_follows_it"),
    pytest.param(["附件：1.继续有效的市政府行政规范性文件", "\u3000\u3000\u3000   目录 ", "\u3000\u3000\u30002.修改后继续有效的市政府行政规范",
                  "\u3000\u3000\u3000   性文件目录 "],
                 ["附件：1.继续有效的市政府行政规范性文件目录", "2.修改后继续有效的市政府行政规范性文件目录"],
                 id="attachment_titles_under_a_hanging_indent"),
    pytest.param(["温政办〔2020〕73号\u3000\u3000温州市人民政府办公室关于印发加快推进3岁以下婴幼儿照护服务发展实施",
                  "\u3000" * 11 + "方案的通知", "温政办〔2020〕74号\u3000\u3000温州市人民政府办公室关于鼓励社会力量投资建设与运营体育场所的意见"],
                 ["温政办〔2020〕73号\u3000\u3000温州市人民政府办公室关于印发加快推进3岁以下婴幼儿照护服务发展实施方案的通知",
                  "温政办〔2020〕74号\u3000\u3000温州市人民政府办公室关于鼓励社会力量投资建设与运营体育场所的意见"],
                 id="issued_list_rows_with_their_wrapped_titles"),
    pytest.param(["9月10日，韧性城市国际研讨会暨长三角一体化地下空间高质量发展论坛在我市举办，来自联合国人居署以及中国、英国",
                  "（刘伟/摄）", "9月10日，我市召开庆祝第36个教师节大会", "永嘉点亮楠溪江夜经济 秀出美丽新“夜”态"],
                 ["9月10日，韧性城市国际研讨会暨长三角一体化地下空间高质量发展论坛在我市举办，来自联合国人居署以及中国、英国 （刘伟/摄）",
                  "9月10日，我市召开庆祝第36个教师节大会", "永嘉点亮楠溪江夜经济 秀出美丽新“夜”态"],
                 id="a_credit_set_apart_a_title_broken_on_purpose_stands_alone"),
    pytest.param(["健身和体育消费推动体育产业高质量发展的意", "见》《国家体育总局 浙江省人民政府联合在温"],
                 ["健身和体育消费推动体育产业高质量发展的意见》《国家体育总局 浙江省人民政府联合在温"],
                 id="a_space_between_issuers_inside_a_paragraph_is_no_title_break"),
    pytest.param(["第二十三条 应急预案修订涉及组织指挥体", "系与职责、应急处置程序、主要处置措施"],
                 ["第二十三条 应急预案修订涉及组织指挥体系与职责、应急处置程序、主要处置措施"], id="an_article_with_a_space_runs_on"),
    pytest.param(["省级示范单位，婴幼儿健康管理率达90%以上，", "婴幼儿家长科学育儿知识普及率达80%以上。", "到2025年，婴幼儿照护服务政策体系、覆",
                  "盖城乡的服务体系基本健全，服务能力明显提"],
                 ["省级示范单位，婴幼儿健康管理率达90%以上，婴幼儿家长科学育儿知识普及率达80%以上。",
                  "到2025年，婴幼儿照护服务政策体系、覆盖城乡的服务体系基本健全，服务能力明显提"],
                 id="a_sentence_ending_at_the_columns_end_before_a_line_two_characters_short_ends_its_paragraph"),
    pytest.param(["出席会议并讲话，市委副书记陈浩主持会议。", "姚高员指出，全国文明城市是反映一座", "城市文明程度的最高综合性荣誉。要以志在必"],
                 ["出席会议并讲话，市委副书记陈浩主持会议。", "姚高员指出，全国文明城市是反映一座城市文明程度的最高综合性荣誉。要以志在必"],
                 id="an_opening_line_a_character_narrower_where_quotes_widened_it"),
    pytest.param(["7.减免托育企业相关税费。执行《财政部 ", "税务总局 发展改革委 民政部 商务部 卫生健康"],
                 ["7.减免托育企业相关税费。执行《财政部 税务总局 发展改革委 民政部 商务部 卫生健康"],
                 id="a_space_the_copy_kept_at_a_lines_end_stays_between_the_words"),
]


@pytest.mark.parametrize("lines, paragraphs", JOINS)
def test_lines_of_a_column_are_joined_into_the_paragraphs_they_were_printed_as(lines, paragraphs):
    assert unwrap.join_paragraphs(lines, COLUMN) == paragraphs


def test_a_title_block_at_the_foot_of_its_documents_first_page_is_set_back_before_the_document():
    lines = ["2020年9月11日", "各县（市、区）人民政府，市政府直属各单位：", "为加强行政规范性文件管理，切实推进依", "予以公布。",
             "温州市人民政府", "2020年9月24日", "ZJCC00-2020-0011", "温政发〔2020〕23号", "温州市人民政府",
             "关于公布市政府及市政府办公室行政规范性", "文件清理结果的决定", "（扫以上二维码，阅读附件内容）"]
    assert moved_titles.restore_title_blocks(lines) == lines[:1] + lines[6:11] + lines[1:6] + lines[11:]


def test_a_column_heading_painted_over_its_page_heads_the_columns_first_line():
    lines = ["《意见》自2020年10月20日起施行。", "市人民政府决定：", "徐翔任温州系统流程装备科学研究院院长（试用期一年）；",
             "张祖新的温州市发展和改革委员会副主任", "9月份市政府人事任免", "职务；", "机构人事"]
    assert column_headings.restore_column_headings(lines) == [lines[0], "机构人事", "9月份市政府人事任免"] + lines[1:4] + [lines[5]]


def test_a_producer_line_met_before_its_table_is_set_under_its_rows():
    lines = ["温州市统计局制", "温州市2020年9月份国民经济主要统计指标", "指标 单位 当月",
             "一、规模以上工业增加值\t亿元\t110.45\t8.1\t757.74\t0.2", "#住户存款\t亿元\t——\t——\t8447.98\t12.0", "9月26日，为期两天"]
    assert moved_titles.producer_under_table(lines) == lines[1:5] + lines[:1] + lines[5:]


def test_a_briefs_title_on_two_short_lines_is_one_title():
    lines = ["境。", "我市召开消防安全", "“百日攻坚”督查推进会", "9月11日，市委副书记、市长姚高员主持召"]
    assert column_headings.brief_titles(lines, 20) == ["境。", "我市召开消防安全“百日攻坚”督查推进会", lines[3]]
    assert isinstance(column_headings.brief_titles(lines, 20)[1], Alone)


@pytest.mark.parametrize("line, row", [
    pytest.param("三、财政总收入 亿元 81.72 1.1 805.23 1.4 ", "三、财政总收入\t亿元\t81.72\t1.1\t805.23\t1.4", id="row"),
    pytest.param("\u3000\u3000#住户存款 亿元 —— —— 8447.98 12.0 ", "#住户存款\t亿元\t——\t——\t8447.98\t12.0", id="sub_row"),
    pytest.param("（六）房票安置的货币奖励。被征收人选", "（六）房票安置的货币奖励。被征收人选", id="text_is_no_row"),
])
def test_a_row_of_figures_with_spaces_between_its_cells_is_a_table_row(line, row):
    assert unwrap.figures_row(line) == row


@pytest.mark.parametrize("line, solid", [
    pytest.param("（ 十 六 ） 其 他 安 置 房 （ 政 府 自 建 安 置", "（十六）其他安置房（政府自建安置", id="spread_line"),
    pytest.param("9 月 7 日 ， 长 三 角 四 省 市 “ 中 国 书 法 名", "9月7日，长三角四省市“中国书法名", id="with_digits"),
    pytest.param("政 务 简 讯", "政 务 简 讯", id="letter_spaced_heading_stays"),
])
def test_a_line_spread_out_character_by_character_is_set_solid(line, solid):
    assert unwrap.unspaced(line) == solid


@pytest.mark.parametrize("name, hard_wrapped", [("2019-04", False), ("2020-06", False), ("2020-09", True),
                                                ("2020-11", False), ("2021-05", False)])
def test_only_a_copy_of_column_lines_is_read_as_hard_wrapped(name, hard_wrapped):
    lines = [line for line in fixture_text(name).splitlines() if line.strip()]
    assert bool(unwrap.measures(lines)) == hard_wrapped

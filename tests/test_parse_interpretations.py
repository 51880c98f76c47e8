"""Policy interpretations: title, the document explained (linked by title), 解读单位, body."""

import pytest

from issues.parser import clean, interpretations, regexes
from issues.parser.records import ParsedDocument, TocEntry

# 2020-11, lines 826-856 (abridged): a question-and-answer interpretation
QA_INTERPRETATION = """《关于改革城乡最低生活保障标准调整机制的通知》政策解读

三、问：城乡最低生活保障标准调整机制具体如何执行

答：从2020年12月1日起，低保标准按上年度全市居民人均生活消费支出的25%—35%确定，且不得高于当地执行的月最低工资标准

的2/3。

六、调整后的最低生活保障资金如何保障

答：调整后城乡居民最低生活保障金支出，按原渠道给予保障。

解读单位：温州市民政局
"""
QA_TITLE = "《关于改革城乡最低生活保障标准调整机制的通知》政策解读"

ISSUE_DOCUMENTS = [
    ParsedDocument(category="市政府令", title="温州市市区征收农民集体所有土地管理办法", doc_number="温政令〔2020〕7号"),
    ParsedDocument(
        category="市政府文件",
        title="温州市人民政府关于温州市市区征收农民集体所有土地管理办法实施后有关政策衔接的意见",
        doc_number="温政发〔2020〕27号",
    ),
    ParsedDocument(
        category="市政府文件", title="温州市人民政府关于改革城乡居民最低生活保障标准调整机制的通知", doc_number="温政发〔2020〕28号"
    ),
    ParsedDocument(category="市府办文件", title="温州市人民政府办公室关于印发温州市医疗救助办法的通知", doc_number="温政办〔2020〕78号"),
]


def parse(text: str, title: str):
    return interpretations.parse(clean.cleaned_texts(text), TocEntry(category="政策解读", title=title, page=25))


def test_unit_is_read_from_the_last_line_and_left_out_of_the_body():
    interpretation = parse(QA_INTERPRETATION, QA_TITLE)
    assert interpretation.unit == "温州市民政局"
    assert "解读单位" not in interpretation.body


def test_answer_cut_by_a_page_break_is_rejoined_and_question_kept_apart():
    body = parse(QA_INTERPRETATION, QA_TITLE).body.split("\n")
    assert body == [
        "三、问：城乡最低生活保障标准调整机制具体如何执行",
        "答：从2020年12月1日起，低保标准按上年度全市居民人均生活消费支出的25%—35%确定，且不得高于当地执行的月最低工资标准的2/3。",
        "六、调整后的最低生活保障资金如何保障",
        "答：调整后城乡居民最低生活保障金支出，按原渠道给予保障。",
    ]


@pytest.mark.parametrize(
    "title, named",
    [
        ("《温州市医疗救助办法》政策解读", "温州市医疗救助办法"),
        (QA_TITLE, "关于改革城乡最低生活保障标准调整机制的通知"),
        ("温州市数字经济促进办法政策解读", "温州市数字经济促进办法"),
    ],
    ids=["book_title_marks", "notice_named_without_issuer", "no_book_title_marks"],
)
def test_named_title(title, named):
    assert interpretations.named_title(title) == named


LINK_CASES = {
    # 2020-11 line 780 names the order by its exact title
    "order_named_by_its_title": ("《温州市市区征收农民集体所有土地管理办法》政策解读", "温政令〔2020〕7号"),
    # 2020-11 line 826 drops 居民 from the notice's title (温政发〔2020〕28号, line 312)
    "notice_named_with_a_slightly_different_title": (QA_TITLE, "温政发〔2020〕28号"),
    # 2020-11 line 858 names the 办法 enclosed by 温政办〔2020〕78号
    "enclosed_measures_named": ("《温州市医疗救助办法》政策解读", "温政办〔2020〕78号"),
    "document_not_in_the_issue_keeps_its_name": ("《温州市养老服务条例》政策解读", "温州市养老服务条例"),
}


@pytest.mark.parametrize("title, interprets", LINK_CASES.values(), ids=LINK_CASES.keys())
def test_link_to_the_explained_document(title, interprets):
    interpretation = parse(title + "\n\n正文。\n\n解读单位：温州市民政局\n", title)
    interpretations.link([interpretation], ISSUE_DOCUMENTS)
    assert interpretation.interprets == interprets


def test_title_printed_over_two_lines_stays_out_of_the_body():
    text = "《温州市市区征收农民集体所有土地\n管理办法》政策解读\n一、出台背景\n解读单位：温州市自然资源和规划局\n"
    interpretation = parse(text, "《温州市市区征收农民集体所有土地管理办法》政策解读")
    assert interpretation.body == "一、出台背景"


# h18fix (tests/data/SOURCES.md "h18fix"): the titles interpretations are printed under, national and 上海
NHSA_TITLE = "《关于建立完善国家医保谈判药品“双通道”管理机制的指导意见》政策解读"  # 国家医保局 2021-05-10
DRAFT_NOTE_TITLE = "《关于深化会计人员职称制度改革的指导意见（征求意见稿）》起草说明"  # 财政部 人力资源社会保障部 2019, 附件2
TAX_TITLE = "关于《个人所得税综合所得汇算清缴管理办法》的解读"  # 国家税务总局
LINGANG_TITLE = "一图读懂《上海市临港地区领军型人才直接贡献奖励实施细则》"  # 上海临港 2018-01-10
# 北京市人大常委会 2024-01-08: a paper the standing committee hears (HEARD_TITLE), read as a document, never an interpretation
HEARD_PAPER_TITLE = "关于《关于北京市人民代表大会常务委员会有关工作机构更名的决定（草案）》的说明"


@pytest.mark.parametrize("title, interpretation", [
    pytest.param(NHSA_TITLE, True, id="policy_interpretation"),
    pytest.param(DRAFT_NOTE_TITLE, True, id="drafting_note_of_a_draft_for_comments"),
    pytest.param(TAX_TITLE, True, id="guan_yu_the_rule_de_jie_du"),
    pytest.param(LINGANG_TITLE, True, id="one_picture_reads_the_rule"),
    pytest.param(HEARD_PAPER_TITLE, False, id="a_paper_a_congress_hears_is_no_interpretation"),
])
def test_the_titles_of_interpretations_are_told(title, interpretation):
    assert bool(regexes.INTERPRETATION_TITLE.match(title)) is interpretation


@pytest.mark.parametrize("title, named", [
    pytest.param(DRAFT_NOTE_TITLE, "关于深化会计人员职称制度改革的指导意见（征求意见稿）", id="drafting_note"),
    pytest.param(TAX_TITLE, "个人所得税综合所得汇算清缴管理办法", id="guan_yu_the_rule_de_jie_du"),
    pytest.param(LINGANG_TITLE, "上海市临港地区领军型人才直接贡献奖励实施细则", id="one_picture_reads_the_rule"),
    pytest.param("一图读懂上海市临港地区领军型人才直接贡献奖励实施细则", "上海市临港地区领军型人才直接贡献奖励实施细则",
                 id="one_picture_without_book_title_marks"),
])
def test_the_explained_rule_is_named_by_every_title_form(title, named):
    assert interpretations.named_title(title) == named


# the unit lines of each label, worded for the test with the body that published each title
UNIT_LINES = {
    "drafter_at_the_end": (DRAFT_NOTE_TITLE, ["正文。", "起草单位：财政部"], "财政部"),
    "interpreting_body_at_the_end": (NHSA_TITLE, ["正文。", "解读机关：国家医疗保障局"], "国家医疗保障局"),
    "source_under_the_title": (TAX_TITLE, ["来源：国家税务总局", "正文。"], "国家税务总局"),
    "publisher_under_the_title": (LINGANG_TITLE, ["发布机构：中国（上海）自由贸易试验区临港新片区管理委员会", "正文。"],
                                  "中国（上海）自由贸易试验区临港新片区管理委员会"),
}


@pytest.mark.parametrize("title, lines, unit", UNIT_LINES.values(), ids=UNIT_LINES.keys())
def test_the_unit_line_of_each_label_is_the_unit_at_the_top_or_the_end(title, lines, unit):
    interpretation = parse("\n".join([title, *lines]) + "\n", title)
    assert (interpretation.unit, interpretation.body) == (unit, "正文。")


def test_a_line_so_labelled_inside_the_text_stays_in_the_body():
    body = ["第一段。", "解读单位：国家税务总局", "第二段。", "第三段。", "第四段。", "第五段。"]
    interpretation = parse("\n\n".join([TAX_TITLE, *body]) + "\n", TAX_TITLE)
    assert (interpretation.unit, interpretation.body.split("\n")) == (None, body)


def test_a_drafting_note_keeps_the_drafts_name_when_the_draft_printed_has_no_number():
    """The call for comments printing the draft has no doc number: the 起草说明 still names the draft (it took its empty number)."""
    draft = ParsedDocument(category="部门文件", title="《关于深化会计人员职称制度改革的指导意见（征求意见稿）》公开征求意见",
                           doc_number="")
    interpretation = parse(DRAFT_NOTE_TITLE + "\n\n正文。\n\n起草单位：财政部\n", DRAFT_NOTE_TITLE)
    interpretations.link([interpretation], [draft])
    assert interpretation.interprets == "关于深化会计人员职称制度改革的指导意见（征求意见稿）"

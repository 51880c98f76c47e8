"""Policy interpretations: title, the document explained (linked by title), 解读单位, body."""

import pytest

from issues.parser import clean, interpretations
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

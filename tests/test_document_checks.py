"""issues/parser/document_checks.py: what a document's body shows of another document read into it."""

import pytest

from issues.parser import document_checks
from issues.parser.records import ParsedDocument, ParsedIssue

# gongwen-regulations-2012: 中办发〔2012〕14号, the notice (its addressees shortened) and the first lines of the regulations it
# encloses, printed after its signature; the heading of its fourth chapter
GONGWEN_NOTICE = ["各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：",
                  "《党政机关公文处理工作条例》已经中央同意，现印发给你们，请遵照执行。",
                  "中共中央办公厅　国务院办公厅", "2012年4月16日", "党政机关公文处理工作条例", "第一章　总则",
                  "第一条　为了适应中国共产党机关和国家行政机关（以下简称党政机关）工作需要，推进党政机关公文处理工作科学化、"
                  "制度化、规范化，制定本条例。"]


def _rule_warnings(chapter_heading: str) -> list:
    notice = ParsedDocument(category="国务院文件", title="关于印发《党政机关公文处理工作条例》的通知", doc_number="中办发〔2012〕14号",
                            body="\n".join([*GONGWEN_NOTICE, chapter_heading]))
    return [w for w in document_checks.documents(ParsedIssue(year=2012, issue_no=5, documents=[notice]))
            if w.kind == "rule_in_document"]


@pytest.mark.parametrize("chapter_heading", ["第四章　行文规则"], ids=["chapter_of_the_enclosed_regulations"])
def test_a_chapter_heading_of_the_enclosed_rule_is_no_title_of_another_rule(chapter_heading):
    assert _rule_warnings(chapter_heading) == []


def test_a_rule_title_the_notice_does_not_name_is_still_told():
    assert [w.lines for w in _rule_warnings("深圳市人民代表大会常务委员会听证条例")] == [["深圳市人民代表大会常务委员会听证条例"]]


# loss16: 上海 沪府发〔2017〕92号 (tests/data/SOURCES.md, raw extraction rows): its addressees as printed, and as a raw column glues a
# line of an enclosed plan's contents into them (the line written for the test, in the shape of a 应急预案's contents)
SHANGHAI_ADDRESSEES = "各区人民政府，市政府各委、办、局"


@pytest.mark.parametrize("addressees, told", [
    pytest.param(SHANGHAI_ADDRESSEES, False, id="as_printed"),
    pytest.param("各区人民政府，市政府各委、2.2现场应急救援指挥部组成与职责办、局", True, id="a_contents_line_glued_into_them"),
    pytest.param("各区人民政府，市政府各委、办、局。第三条 本意见自印发之日起施行", True, id="a_sentence_and_an_article_after_them"),
])
def test_addressees_holding_what_no_addressee_is_are_a_loss_quoting_them(addressees, told):
    notice = ParsedDocument(category="市政府文件", title="上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知",
                            doc_number="沪府发〔2017〕92号", addressees=addressees,
                            body="现将《关于本市加强政务诚信建设的实施意见》印发给你们，请认真按照执行。")
    found = [w for w in document_checks.documents(ParsedIssue(year=2018, issue_no=1, documents=[notice]))
             if w.kind == "document_addressees_mixed"]
    assert [(w.level, w.section, w.lines[-1]) for w in found] == ([("loss", "市政府文件", addressees)] if told else [])


# warn17: 财科教〔2017〕6号 (tests/data/SOURCES.md, "warn17"): its four issuers signing one line each, as its title names them
# (the notice's sentence and date laid out for the test); 中办发〔2012〕14号 above, its two issuers side by side on one line
CAIKEJIAO = ["各省、自治区、直辖市财政厅（局）、科技厅（委、局）、教育厅（委、局）、发展改革委：",
             "为贯彻落实《关于进一步完善中央财政科研项目资金管理等政策的若干意见》，现就有关事项通知如下：",
             "财政部", "科技部", "教育部", "发展改革委", "2017年3月6日"]
CAIKEJIAO_TITLE = "财政部 科技部 教育部 发展改革委关于进一步做好中央财政科研项目资金管理等政策贯彻落实工作的通知"
SIGNERS = [
    pytest.param(CAIKEJIAO, "财政部 科技部 教育部 发展改革委", [], id="four_issuers_one_a_line_all_read"),
    pytest.param(CAIKEJIAO, "科技部 教育部 发展改革委", ["财政部"], id="four_issuers_one_a_line_the_first_not_read"),
    pytest.param(CAIKEJIAO, "财政部 科技部", ["教育部", "发展改革委"], id="four_issuers_one_a_line_two_not_read"),
    pytest.param(GONGWEN_NOTICE, "中共中央办公厅 国务院办公厅", [], id="two_issuers_side_by_side_read"),
    pytest.param(GONGWEN_NOTICE, "国务院办公厅", ["中共中央办公厅 国务院办公厅"], id="two_issuers_side_by_side_one_read"),
]


@pytest.mark.parametrize("body, issuer, told", SIGNERS)
def test_an_issuer_the_signature_prints_and_the_issuer_lacks_is_a_loss_quoting_it(body, issuer, told):
    notice = ParsedDocument(category="部门文件", title=CAIKEJIAO_TITLE, doc_number="财科教〔2017〕6号", issuer=issuer,
                            body="\n".join(body))
    found = [w for w in document_checks.documents(ParsedIssue(year=2017, issue_no=3, documents=[notice]))
             if w.kind == "document_signer_not_issuer"]
    assert [(w.level, w.section, w.lines[1:]) for w in found] == ([("loss", "部门文件", told)] if told else [])

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

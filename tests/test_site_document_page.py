"""The document page: metadata, citation line, linked citations, 被引用, interpretations, escaping."""

from datetime import date

import pytest

from issues.models import Document
from tests.factories import ParsedInterpretation, document, make_issue

pytestmark = pytest.mark.django_db

BODY = """各县（市、区）人民政府，市政府直属各单位：
根据《温州市人民政府办公室关于工业用地的意见》（温政办〔2020〕53号）精神，结合实际，制定本办法。
一、总体要求
（一）基本原则
坚持统筹推进。
序号\t任务\t责任单位
1\t建设养老中心\t市民政局"""


@pytest.fixture
def cited():
    return make_issue(2020, 6, documents=[document("温政办〔2020〕53号", "温州市人民政府办公室关于工业用地的意见", page=4)])


@pytest.fixture
def citing(cited):
    issue = make_issue(2020, 11, documents=[document(
        "温政办〔2020〕78号", "温州市人民政府办公室关于印发温州市医疗救助办法的通知",
        registration_code="ZJCC01-2020-0008", signed_date=date(2020, 11, 2), effective_from=date(2020, 12, 1),
        valid_years=5, page=14, body=BODY, attachments=["温州市医疗救助办法"],
        cited_doc_numbers=["温政办〔2020〕53号", "浙政发〔2019〕3号"],
    )], interpretations=[ParsedInterpretation("《温州市医疗救助办法》政策解读", "温政办〔2020〕78号", "市医保局", "一、起草背景")])
    return issue.document_set.get()


def test_metadata_panel_shows_every_known_fact(client, citing):
    page = client.get(citing.get_absolute_url()).content.decode()
    for fact in ("温政办〔2020〕78号", "ZJCC01-2020-0008", "温州市人民政府办公室", "2020年11月2日", "2020年12月1日",
                 "5年", "2025年11月30日", "市府办文件", "第14页"):
        assert fact in page, fact


def test_citation_line_carries_title_number_issue_page_and_an_absolute_permanent_link(client, citing):
    response = client.get(citing.get_absolute_url())
    line = ("温州市人民政府办公室关于印发温州市医疗救助办法的通知（温政办〔2020〕78号），"
            "《温州市人民政府公报》2020年第11期（总第219期）第14页，http://testserver/doc/温政办〔2020〕78号")
    assert response.context["citation"].text == line
    page = response.content.decode()
    assert f'<p class="cite-line">{line}</p>' in page
    assert '<a href="http://testserver/doc/%E6%B8%A9%E6%94%BF%E5%8A%9E%E3%80%942020%E3%80%9578%E5%8F%B7">' in page


def test_the_permanent_link_of_a_document_without_number_is_its_own_page(client):
    make_issue(documents=[document("", "温州市人民政府关于某事的通告", page=3)])
    doc = Document.objects.get()
    citation = client.get(doc.get_absolute_url()).context["citation"]
    assert citation.text == ("温州市人民政府关于某事的通告，《温州市人民政府公报》2020年第6期（总第214期）第3页，"
                             "http://testserver/issues/2020/6/doc/n1/")


def test_cited_number_in_the_body_links_to_the_archived_document(client, citing, cited):
    target = cited.document_set.get().get_absolute_url()
    page = client.get(citing.get_absolute_url()).content.decode()
    assert f'<a class="cited" href="{target}">温政办〔2020〕53号</a>' in page


def test_cited_number_not_in_the_archive_is_listed_without_a_link(client, citing):
    response = client.get(citing.get_absolute_url())
    assert ("浙政发〔2019〕3号", None) in response.context["cited"]


def test_cited_document_lists_the_documents_citing_it(client, citing, cited):
    response = client.get(cited.document_set.get().get_absolute_url())
    assert response.context["cited_by"] == [citing]
    assert "被引用" in response.content.decode()


def test_document_links_to_its_interpretation_and_back(client, citing):
    interpretation = citing.issue.interpretation_set.get()
    assert interpretation.get_absolute_url() in client.get(citing.get_absolute_url()).content.decode()
    assert citing.get_absolute_url() in client.get(interpretation.get_absolute_url()).content.decode()


def test_interpretation_naming_the_document_by_title_still_links_back(client):
    issue = make_issue(2020, 11, documents=[document("温政办〔2020〕78号", "温州市人民政府办公室关于印发温州市医疗救助办法的通知")],
                       interpretations=[ParsedInterpretation("《温州市医疗救助办法》政策解读", "《温州市医疗救助办法》")])
    page = client.get(issue.interpretation_set.get().get_absolute_url()).content.decode()
    assert issue.document_set.get().get_absolute_url() in page


def test_body_structure_shows_headings_and_tables(client, citing):
    page = client.get(citing.get_absolute_url()).content.decode()
    assert ">一、总体要求</h3>" in page
    assert ">（一）基本原则</h4>" in page
    assert '<th scope="col">责任单位</th>' in page and "<td>建设养老中心</td>" in page


def test_attachments_are_listed(client, citing):
    page = client.get(citing.get_absolute_url()).content.decode()
    assert "<li>温州市医疗救助办法</li>" in page


def test_document_text_is_escaped_never_markup(client):
    issue = make_issue(documents=[document("温政办〔2020〕1号", "<b>标题</b>", body="<script>alert(1)</script>\n甲\t<i>乙</i>")])
    page = client.get(issue.document_set.get().get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>标题</b>" not in page and "<i>乙</i>" not in page


def test_document_without_number_has_a_positional_permalink(client):
    issue = make_issue(documents=[document("", "温州市人民政府关于某事的通告")])
    doc = Document.objects.get()
    assert doc.key == "n1"
    assert client.get(doc.get_absolute_url()).status_code == 200
    assert issue.get_absolute_url() in client.get(doc.get_absolute_url()).content.decode()


def test_number_printed_in_two_issues_links_to_its_newest_printing(client):
    make_issue(2020, 6, documents=[document("温政发〔2020〕10号")])
    newest = make_issue(2020, 9, documents=[document("温政发〔2020〕10号")]).document_set.get()
    citing = make_issue(2020, 11, documents=[document("温政办〔2020〕78号", body="按温政发〔2020〕10号执行。",
                                                      cited_doc_numbers=["温政发〔2020〕10号"])]).document_set.get()
    assert dict(client.get(citing.get_absolute_url()).context["cited"]) == {"温政发〔2020〕10号": newest.get_absolute_url()}


def test_document_page_leads_to_the_previous_and_next_document_of_its_issue(client):
    issue = make_issue(documents=[document("温政办〔2020〕53号"), document("温政办〔2020〕57号"), document("温政办〔2020〕59号")])
    first, middle, last = issue.document_set.order_by("order")
    response = client.get(middle.get_absolute_url())
    assert (response.context["previous"], response.context["following"]) == (first, last)
    assert client.get(last.get_absolute_url()).context["following"] is None


def test_document_page_names_its_canonical_url_and_describes_itself(client, citing):
    page = client.get(citing.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="http://testserver{citing.get_absolute_url()}">' in page
    assert '<meta name="description" content="温州市人民政府办公室关于印发温州市医疗救助办法的通知（温政办〔2020〕78号）' in page


def test_an_interpretation_is_cited_by_its_title_issue_and_absolute_address(client):
    issue = make_issue(interpretations=[ParsedInterpretation("《温州市医疗救助办法》政策解读", "温政办〔2020〕78号")])
    url = issue.interpretation_set.get().get_absolute_url()
    citation = client.get(url).context["citation"]
    assert citation.text == ("《温州市医疗救助办法》政策解读，《温州市人民政府公报》2020年第6期（总第214期），"
                             f"http://testserver{url}")

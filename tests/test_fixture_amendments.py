"""The amending side in the sample issues: 2019-04's 温市监规〔2019〕1号 amends 温市监〔2015〕52号 (not
archived); 2020-11's 温政办〔2020〕79号 is the 2020 revision of the 市长质量奖 rules. No other document
of the fixtures amends anything."""

import pytest

from issues.models import Issue
from issues.sources import SourceInfo

AMENDING = {
    # 2019-04 line 589: "现将《温州市药品零售（连锁）经营许可实施细则》（温市监〔2015〕52号）部分条款予以修订"
    ("2019-04", "温市监规〔2019〕1号"): (["温市监〔2015〕52号"], ["温州市药品零售（连锁）经营许可实施细则"]),
    # 2020-11 line 634: "关于印发温州市市长质量奖评审管理办法 (2020年修订)的通知"
    ("2020-11", "温政办〔2020〕79号"): ([], ["温州市市长质量奖评审管理办法"]),
}


def test_only_the_amending_documents_amend(parsed_issues):
    found = {(name, d.doc_number): (d.amended_doc_numbers, d.amended_titles)
             for name, parsed in parsed_issues.items() for d in parsed.documents
             if d.amended_doc_numbers or d.amended_titles}
    assert found == AMENDING


@pytest.mark.django_db
def test_unarchived_amended_number_page_names_what_amended_it(parsed_issues, client):
    source = SourceInfo(name="2019-04.txt", path="2019-04.txt", sha256="0" * 64, parser_version="test")
    issue = Issue.objects.save_parsed(parsed_issues["2019-04"], source=source)
    amender = issue.document_set.get(doc_number="温市监规〔2019〕1号")
    response = client.get("/doc/温市监〔2015〕52号")
    page = response.content.decode()
    assert response.status_code == 404
    assert "档案中修改或废止该文件的文件" in page
    assert f'已被 <a href="{amender.get_absolute_url()}">' in page and "2019年4月3日起施行" in page

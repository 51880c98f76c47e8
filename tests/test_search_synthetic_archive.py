"""The synthetic benchmark archive: shifted identities, and never written over real data by accident."""

from datetime import date

import pytest
from django.core.management import CommandError, call_command

from issues import numbers
from issues.models import Document, Issue
from search.synthetic import shifted_issue
from tests.search_issues import issue_2022_3


def test_a_shifted_issue_moves_years_dates_and_numbers():
    issue = shifted_issue(issue_2022_3(), 2005, 4)
    doc = issue.documents[0]
    assert (issue.year, issue.issue_no, issue.publish_date) == (2005, 4, date(2005, 3, 31))
    assert (doc.doc_number, doc.registration_code, doc.signed_date) == ("温政发〔2005〕3007号", "ZJCC01-2005-1503",
                                                                        date(2005, 3, 1))
    assert doc.cited_doc_numbers == ["温政办〔2004〕3099号"]
    assert issue.interpretations[0].interprets == "温政发〔2005〕3007号"
    assert issue_2022_3().documents[0].doc_number == "温政发〔2022〕7号"  # the template is untouched


@pytest.mark.django_db
def test_the_command_refuses_a_database_with_issues(save_issue):
    save_issue(issue_2022_3())
    with pytest.raises(CommandError, match="拒绝写入合成数据"):
        call_command("build_synthetic_archive", "--issues", "2")
    assert Issue.objects.count() == 1


@pytest.mark.django_db
def test_the_command_builds_issues_with_unique_numbers(capsys):
    call_command("build_synthetic_archive", "--issues", "6", "--first-year", "2001")
    assert Issue.objects.count() == 6
    keys = [numbers.doc_key(n) for n in Document.objects.values_list("doc_number", flat=True) if numbers.doc_key(n)]
    assert len(keys) == len(set(keys)) > 0
    assert "已生成 6 期" in capsys.readouterr().out

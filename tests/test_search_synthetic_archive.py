"""The synthetic benchmark archive: shifted identities, and never written over real data by accident."""

from datetime import date

import pytest
from django.core.management import CommandError, call_command

from issues import numbers
from issues.models import ChronicleEntry, Document, Issue, NewsBrief
from search import synthetic
from search.management.commands import build_synthetic_archive
from search.synthetic import Variation, shifted_issue, synthetic_identities
from tests.search_issues import issue_2022_3, issue_2023_1


def test_a_shifted_issue_moves_years_dates_and_numbers():
    issue = shifted_issue(issue_2022_3(), 2005, 4)
    doc = issue.documents[0]
    assert (issue.year, issue.issue_no, issue.publish_date) == (2005, 4, date(2005, 3, 31))
    assert (doc.doc_number, doc.registration_code, doc.signed_date) == ("温政发〔2005〕3007号", "ZJCC01-2005-1503",
                                                                        date(2005, 3, 1))
    assert doc.cited_doc_numbers == ["温政办〔2004〕3099号"]
    assert issue.interpretations[0].interprets == "温政发〔2005〕3007号"
    assert issue_2022_3().documents[0].doc_number == "温政发〔2022〕7号"  # the template is untouched


def test_amended_numbers_move_with_the_copy():
    template = issue_2022_3()
    template.documents[0].amended_doc_numbers = ["温政发〔2020〕15号"]
    assert shifted_issue(template, 2005, 4).documents[0].amended_doc_numbers == ["温政发〔2003〕3015号"]


# (issue_no, doc number of 温政发〔2022〕7号's copy in 2005): issue k of a year is month (k-1) % 12
# of gazette (k-1) // 12, each gazette with its own prefix
GAZETTE_NUMBERS = [(1, "温政发〔2005〕7号"), (12, "温政发〔2005〕11007号"), (13, "杭政发〔2005〕7号"),
                   (1200, "河政发〔2005〕11007号")]


@pytest.mark.parametrize(("issue_no", "doc_number"), GAZETTE_NUMBERS, ids=[str(n) for n, _ in GAZETTE_NUMBERS])
def test_each_gazette_of_a_year_numbers_its_own_documents(issue_no, doc_number):
    assert shifted_issue(issue_2022_3(), 2005, issue_no).documents[0].doc_number == doc_number


def test_the_gazettes_have_distinct_prefixes():
    assert len(set(synthetic.GAZETTES)) == synthetic.MAX_PER_YEAR // 12


# (issues, years spanned, most issues in a year)
SPANS = [(6, 6, 1), (240, 20, 12), (2400, 20, 120), (24_000, 20, 1200)]


@pytest.mark.parametrize(("count", "years", "per_year"), SPANS, ids=[str(c) for c, _, _ in SPANS])
def test_an_archive_spans_at_most_twenty_years(count, years, per_year):
    identities = list(synthetic_identities(count, 2001))
    assert len(set(identities)) == count
    assert len({year for year, _ in identities}) == years
    assert max(issue_no for _, issue_no in identities) == per_year


def test_more_than_1200_issues_a_year_is_refused():
    with pytest.raises(ValueError, match="1200"):
        list(synthetic_identities(24_001, 2001))


def test_no_varied_body_repeats():
    templates = [issue_2022_3(), issue_2023_1()]
    variation = Variation(templates)
    bodies = [text for n in range(300) for text in synthetic._bodies(shifted_issue(templates[n % 2], 2001, 1, variation))]
    assert len(bodies) == len(set(bodies)) == 150 * sum(len(list(synthetic._bodies(t))) for t in templates)
    vocabulary = set(variation.vocabulary)
    varied = variation.vary(templates[0].news[0].body)
    assert varied != templates[0].news[0].body and len(varied) > 0
    assert set(variation._tokenised(varied)[0]) - set(variation._tokenised(templates[0].news[0].body)[0]) <= vocabulary


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
    bodies = [*Document.objects.values_list("body", flat=True), *NewsBrief.objects.values_list("body", flat=True),
              *ChronicleEntry.objects.values_list("text", flat=True)]
    assert len(bodies) == len(set(bodies))


@pytest.mark.django_db
def test_the_command_refuses_when_the_disk_is_too_small(monkeypatch):
    monkeypatch.setattr(build_synthetic_archive.diskspace, "free_bytes", lambda path: 10 * 1024 ** 2)
    with pytest.raises(CommandError, match="磁盘空间不足"):
        call_command("build_synthetic_archive", "--issues", "240")
    assert Issue.objects.count() == 0

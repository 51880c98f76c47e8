"""Migration 0005 reads what archived documents amend from their saved titles and bodies."""

import importlib

import pytest
from django.apps import apps

from issues.models import Document, DocumentReference, Issue
from issues.sources import SourceInfo

migration = importlib.import_module("issues.migrations.0005_amendments")


@pytest.mark.django_db
def test_archived_documents_get_their_amendments_without_a_reingest(parsed_issues):
    source = SourceInfo(name="2019-04.txt", path="2019-04.txt", sha256="0" * 64, parser_version="test")
    Issue.objects.save_parsed(parsed_issues["2019-04"], source=source)
    DocumentReference.objects.filter(kind="amends").delete()
    Document.objects.update(amended_doc_numbers=[], amended_titles=[], rule_key="")  # as before 0004

    migration.read_amendments(apps, None)
    migration.read_amendments(apps, None)  # and again, after a rollback: no duplicate rows

    amender = Document.objects.get(doc_number="温市监规〔2019〕1号")
    assert (amender.amended_doc_numbers, amender.amended_titles) == (["温市监〔2015〕52号"],
                                                                      ["温州市药品零售（连锁）经营许可实施细则"])
    assert list(Document.objects.published().amending("温市监〔2015〕52号")) == [amender]
    assert DocumentReference.objects.filter(kind="amends").count() == 2
    assert not Document.objects.filter(rule_key="").exists()

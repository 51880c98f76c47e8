"""The registry of record kinds (issues/parser/kinds.py) is the one list the other parts follow."""

import pytest

from issues.parser import kinds, regexes
from issues.parser.records import ParsedIssue


def test_kinds_are_in_the_printed_order_of_the_export():
    export = ParsedIssue(year=2020, issue_no=6).to_export()
    assert [kind.key for kind in kinds.KINDS] == [key for key in export if key in kinds.BY_KEY]


@pytest.mark.parametrize("category", kinds.CATEGORIES)
def test_every_category_is_a_heading_the_toc_reads(category):
    assert regexes.CATEGORY_HEADING.match(category)["category"] == category


@pytest.mark.parametrize(
    "category, key",
    [("市府办文件", "documents"), ("部门规范性文件", "documents"), ("机构人事", "appointments"),
     ("政务简讯", "news"), ("统计资料", "statistics"), ("封底", None)],
)
def test_a_category_names_its_kind(category, key):
    kind = kinds.of_category(category)
    assert (kind.key if kind else None) == key


def test_records_of_the_statistics_kind_are_the_table_rows(parsed_issues):
    parsed = parsed_issues["2020-09"]
    assert kinds.BY_KEY["statistics"].records(parsed) is parsed.statistics.rows
    assert kinds.BY_KEY["news"].records(parsed) is parsed.news


@pytest.mark.django_db
def test_every_kind_has_its_model_and_every_record_model_a_kind():
    from issues import models

    assert set(models.RECORD_MODELS) == set(kinds.BY_KEY)
    for key, model in models.RECORD_MODELS.items():
        assert model.parsed_class is kinds.BY_KEY[key].record

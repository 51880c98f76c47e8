"""Indexing reads only the fields it indexes (issue 19, finding 5): never an issue's back matter or warnings.

A back matter of 1.9M characters, loaded with every record by select_related("issue"), cost +1 GB
resident memory on publishing; the captured SQL shows those columns are never selected. Statements
are captured by an execute wrapper, not CaptureQueriesContext: haystack's update_index calls
reset_queries() between batches, which empties the log that context reads.
"""

import pytest
from django.core.management import call_command
from django.db import connection

from issues.models import Document
from search.indexing import index_issue, index_record
from search.search_indexes import ISSUE_FIELDS_NOT_INDEXED

pytestmark = pytest.mark.django_db


def columns_read(statements: list[str]) -> set[str]:
    """Which of the issue's unindexed columns any captured SELECT names."""
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    return {name for name in ISSUE_FIELDS_NOT_INDEXED for sql in selects if f'"{name}"' in sql}


def capture(statements):
    def wrapper(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)
    return wrapper


def index_one_issue(issue):
    index_issue(issue)


def index_one_record(issue):
    index_record(Document.objects.filter(issue=issue).first())


def rebuild(issue):
    call_command("rebuild_index", interactive=False, verbosity=0)


@pytest.mark.parametrize("indexing", [index_one_issue, index_one_record, rebuild],
                         ids=["ingest_or_publish", "admin_correction", "rebuild_index"])
def test_indexing_never_selects_the_back_matter_or_warnings(save_issue, parsed_issues, indexing):
    issue = save_issue(parsed_issues["2020-06"])
    assert issue.back_matter and issue.warnings is not None  # the fixture has what must not be read
    statements = []
    with connection.execute_wrapper(capture(statements)):
        indexing(issue)
    assert any('"issues_document"' in sql for sql in statements)  # the records were read
    assert columns_read(statements) == set()

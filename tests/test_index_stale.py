"""index_stale: a published issue is marked from its commit until the search index has caught up."""

import pytest
from django.core.management import call_command

from issues.ingest import update_index
from issues.models import Issue
from tests.conftest import whoosh_only
from tests.factories import document, make_issue


def stale(issue: Issue) -> bool:
    return Issue.objects.get(pk=issue.pk).index_stale


@pytest.mark.django_db
@pytest.mark.parametrize("status, marked", [("published", True), ("draft", False)])
def test_save_parsed_marks_only_a_published_issue_stale(status, marked):
    assert stale(make_issue(status=status, documents=[document("温政办〔2020〕53号")])) is marked


@pytest.mark.django_db
def test_a_successful_index_update_clears_the_mark(index_calls):
    issue = make_issue(documents=[document("温政办〔2020〕53号")])
    assert update_index(issue) == ""
    assert stale(issue) is False and issue.index_stale is False


@pytest.mark.django_db
def test_publishing_a_draft_indexes_it_and_clears_the_mark(index_calls):
    draft = make_issue(status="draft", documents=[document("温政办〔2020〕53号")])
    assert draft.publish() == ""
    assert index_calls == [("issue", 2020, 6, "published")]
    assert stale(draft) is False


@whoosh_only  # on PostgreSQL the index is written in the publishing transaction: there is no "after"
@pytest.mark.django_db
def test_a_publish_killed_before_indexing_leaves_the_issue_marked(monkeypatch):
    draft = make_issue(status="draft", documents=[document("温政办〔2020〕53号")])
    monkeypatch.setattr("search.indexing.index_after_commit", lambda issue: "")  # the process dies here
    draft.publish()
    assert stale(draft) is True


@pytest.mark.django_db
def test_rebuild_index_clears_the_mark():
    issue = make_issue(documents=[document("温政办〔2020〕53号")])
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert stale(issue) is False

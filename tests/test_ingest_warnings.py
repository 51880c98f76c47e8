"""manage.py ingest and loss warnings (issue 21 §3): told line by line, the issue held as a draft."""

import pytest

from issues.models import Issue
from tests.conftest import ISSUE_FILES, fixture_text, run_ingest

pytestmark = pytest.mark.django_db

LOST_OPENING = "6月5日，我市召开交通强国"  # the first paragraph of 2020-06's second brief


@pytest.fixture
def brief_lost(tmp_path):
    """2020-06 without its second brief's dated first paragraph: 5 briefs read where the TOC says 6."""
    path = tmp_path / "2020-06-cut.txt"
    lines = [line for line in fixture_text("2020-06").split("\n") if not line.startswith(LOST_OPENING)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_an_issue_with_loss_warnings_is_held_as_a_draft(brief_lost, capsys):
    code, out, _ = run_ingest(capsys, brief_lost)
    draft = Issue.objects.get()
    assert code == 0 and draft.status == Issue.Status.DRAFT
    assert "损失警告 ［政务简讯］" in out and "「我市召开交通强国建设试点暨 全市综合交通攻坚推进会」" in out
    assert "损失警告 2，" in out
    assert f"已存为草稿，请审核后发布：/admin/issues/issue/{draft.pk}/review/" in out


def test_publish_publishes_it_all_the_same(brief_lost, capsys):
    code, out, _ = run_ingest(capsys, brief_lost, "--publish")
    assert code == 0 and Issue.objects.get().status == Issue.Status.PUBLISHED
    assert "损失警告 2，" in out and "草稿" not in out


def test_a_held_draft_leaves_the_published_issue_alone(brief_lost, capsys):
    run_ingest(capsys, ISSUE_FILES["2020-06"])
    run_ingest(capsys, brief_lost)
    assert Issue.objects.published().get().newsbrief_set.count() == 6
    assert Issue.objects.drafts().get().newsbrief_set.count() == 5


def test_the_fixtures_have_no_loss_warnings_and_publish(capsys):
    code, out, _ = run_ingest(capsys, *ISSUE_FILES.values())  # what `make run` does
    assert code == 0 and Issue.objects.published().count() == 5
    assert out.count("损失警告 0，") == 5 and "草稿" not in out

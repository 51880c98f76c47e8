"""The review page and loss warnings (issue 21 §3): grouped and quoted, ticked 已核对, asked about."""

import pytest
from django.urls import reverse

from issues.models import Issue
from tests.conftest import fixture_text, run_ingest

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(tmp_path, capsys):
    """2020-06 without its second brief's first paragraph, held as a draft by ingest (2 loss warnings)."""
    path = tmp_path / "2020-06-cut.txt"
    path.write_text("\n".join(line for line in fixture_text("2020-06").split("\n")
                              if not line.startswith("6月5日，我市召开交通强国")), encoding="utf-8")
    run_ingest(capsys, path)
    return Issue.objects.drafts().get()


def review(client, issue):
    return client.get(reverse("admin:issues_issue_review", args=[issue.pk])).content.decode()


def publish(client, issue, **data):
    return client.post(reverse("admin:issues_issue_publish", args=[issue.pk]), data)


def test_the_page_opens_with_loss_warnings_by_section_beside_the_toc_counts(staff_client, draft):
    page = review(staff_client, draft)
    assert page.index("损失警告（2，未核对 2）") < page.index("期刊信息")
    assert "<h3>政务简讯（2）</h3>" in page
    assert "<q>我市召开交通强国建设试点暨 全市综合交通攻坚推进会</q>" in page
    assert '<tr class="short"><td>政务简讯</td><td>6</td><td>5（少于目录）</td></tr>' in page
    assert page.count('type="checkbox" name="checked"') == 2


def test_ticks_are_saved_with_the_draft(staff_client, draft):
    [(first, _), (second, _)] = draft.loss_warnings
    staff_client.post(reverse("admin:issues_issue_check_warnings", args=[draft.pk]),
                      {"warnings_form": "1", "checked": [str(first)]})
    draft.refresh_from_db()
    assert [w.checked for _, w in draft.loss_warnings] == [True, False]
    assert "损失警告（2，未核对 1）" in review(staff_client, draft)


def test_publishing_with_unchecked_warnings_asks_first(staff_client, draft):
    asked = publish(staff_client, draft, warnings_form="1")
    assert asked.status_code == 200 and "尚有 2 条警告未核对，仍要发布吗？" in asked.content.decode()
    assert Issue.objects.get(pk=draft.pk).status == Issue.Status.DRAFT
    publish(staff_client, draft, confirm_unchecked="1")
    assert Issue.objects.get(pk=draft.pk).status == Issue.Status.PUBLISHED


def test_publishing_with_every_warning_ticked_does_not_ask(staff_client, draft):
    ticked = [str(position) for position, _ in draft.loss_warnings]
    assert publish(staff_client, draft, warnings_form="1", checked=ticked).status_code == 302
    assert Issue.objects.get(pk=draft.pk).status == Issue.Status.PUBLISHED


def test_cancel_asks_before_deleting_the_draft_and_its_files(staff_client, draft):
    cancel = reverse("admin:issues_issue_cancel", args=[draft.pk])
    asked = staff_client.post(cancel)
    assert "草稿及其源文件将被删除" in asked.content.decode() and Issue.objects.filter(pk=draft.pk).exists()
    staff_client.post(cancel, {"confirm_cancel": "1"})
    assert not Issue.objects.filter(pk=draft.pk).exists()

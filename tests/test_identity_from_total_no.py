"""An issue that prints only its 总第N期 (a back issue's cover, 温州市人民政府公报 总第61期, with no year or
number anywhere) is placed among the archive's issues by that number, loudly: a loss warning asks staff
to check, so the upload is held as a draft; with no archived issue near that number it is refused as before."""

import pytest

from issues.ingest import ingest_bytes
from issues.models import Issue
from issues.sources import IngestError
from tests.factories import make_issue

pytestmark = pytest.mark.django_db

ONLY_TOTAL_NO = """温州市人民政府公报

总第61期（月刊）

政府记事

3日，市政府召开常务会议，研究部署春节前后安全生产工作。

5日，市长会见来温考察的客商。
"""


@pytest.mark.parametrize(
    "archived, expected",
    [
        ([(2010, 12, 60)], (2011, 1)),
        ([(2011, 3, 63)], (2011, 1)),
        ([(2009, 1, 37), (2010, 11, 59)], (2011, 1)),
        ([(2008, 1, 25), (2010, 10, 58)], (2011, 1)),
        ([(2012, 12, 84)], (2011, 1)),
    ],
    ids=["the-issue-before", "an-issue-after", "the-nearest-of-two", "the-nearer-one-counts", "two-years-after"],
)
def test_total_number_is_counted_in_months_from_the_nearest_published_issue(archived, expected):
    for year, issue_no, total_no in archived:
        make_issue(year, issue_no, total_no=total_no)
    year, issue_no, _nearest = Issue.objects.placed_by_total_no(61)
    assert (year, issue_no) == expected


@pytest.mark.parametrize(
    "archived",
    [[], [(2008, 1, 25)], [(2010, 12, 60, "draft")], [(2010, 12, None)]],
    ids=["empty-archive", "too-far-to-count", "a-draft-is-not-evidence", "an-issue-without-total-number"],
)
def test_nothing_near_to_count_from_places_nothing(archived):
    for year, issue_no, total_no, *status in archived:
        issue = make_issue(year, issue_no, status=status[0] if status else "published")
        Issue.objects.filter(pk=issue.pk).update(total_no=total_no)
    assert Issue.objects.placed_by_total_no(61) is None


def test_upload_printing_only_its_total_number_is_held_with_a_warning_to_check():
    make_issue(2010, 12, total_no=60)
    result = ingest_bytes(ONLY_TOTAL_NO.encode(), "upload.txt", hold_losses=True)
    issue = Issue.objects.drafts().get()
    assert (issue.year, issue.issue_no, issue.total_no, result.held) == (2011, 1, 61, True)
    [warning] = [w for w in issue.parse_warnings if w.kind == "identity_from_total_no"]
    assert warning.is_loss
    assert "2010年第12期（总第60期）" in warning.message and "2011年第1期" in warning.message


def test_upload_printing_only_its_total_number_is_refused_without_a_neighbour():
    with pytest.raises(IngestError) as refused:
        ingest_bytes(ONLY_TOTAL_NO.encode(), "upload.txt")
    assert refused.value.reason == "no_identity"
    assert "只找到总第61期" in refused.value.message
    assert not Issue.objects.exists()

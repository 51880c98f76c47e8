"""The JSON API of the issues: /api/issues/ and one issue exactly as export_issue writes it."""

from __future__ import annotations

from django.http import Http404

from gazette.api import error_response, json_response, read_only_api
from issues.models import Issue
from issues.versions import one_version
from issues.views.common import published_issue


def issue_summary(request, issue: Issue) -> dict:
    """An issue as /api/issues/ lists it."""
    return {
        "year": issue.year,
        "issue_no": issue.issue_no,
        "total_no": issue.total_no,
        "publish_date": issue.publish_date.isoformat() if issue.publish_date else None,
        "url": request.build_absolute_uri(issue.get_api_url()),
        "html_url": request.build_absolute_uri(issue.get_absolute_url()),
    }


@read_only_api
def api_issue_list(request):
    return json_response([issue_summary(request, issue) for issue in Issue.objects.published().newest_first()])


@read_only_api
@one_version
def api_issue_detail(request, year: int, issue_no: int):
    try:
        issue = published_issue(year, issue_no)
    except Http404:
        return error_response(404, "not_found", f"档案中没有{year}年第{issue_no}期")
    return json_response(issue.to_parsed().to_export())

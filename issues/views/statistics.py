"""The economic statistics (统计资料): a chart per indicator across issues, all figures as CSV, one issue's table."""

from __future__ import annotations

import csv

from django.db.models import F
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from issues import charts
from issues.models import StatisticsRow
from issues.versions import one_version
from issues.views.common import cached_page, issue_context, published_issue


@cached_page
def statistics(request):
    rows = list(StatisticsRow.objects.published().in_issue_order()
                .values(*charts.ROW_FIELDS, year=F("issue__year"), issue_no=F("issue__issue_no")))
    issues = {(row["year"], row["issue_no"]) for row in rows}
    return render(request, "issues/statistics.html", {
        "charts": [(series, charts.draw(series)) for series in charts.indicator_series(rows)],
        "issue_urls": {issue: reverse("issues:statistics_issue", args=issue) for issue in issues},
    })


def statistics_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="wenzhou-gazette-statistics.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read the Chinese as UTF-8
    writer = csv.writer(response)
    writer.writerow(["年份", "期号", "总期号", "统计表", "指标", "其中项", "单位", "当月", "当月同比%", "累计", "累计同比%"])
    rows = (StatisticsRow.objects.published().in_issue_order().select_related("issue")
            .defer("issue__warnings", "issue__back_matter"))  # per-row copies of JSON nobody reads here
    for row in rows:
        writer.writerow([
            row.issue.year, row.issue.issue_no, row.issue.total_no or "", row.issue.statistics_title,
            row.indicator, "是" if row.sub_row else "", row.unit,
            *[getattr(row, f"{name}_printed") for name in StatisticsRow.FIGURES],
        ])
    return response


@one_version
def issue_statistics(request, year: int, issue_no: int):
    issue = published_issue(year, issue_no)
    rows = list(issue.statisticsrow_set.all())
    if not rows:
        raise Http404("本期没有统计资料")
    return render(request, "issues/issue_statistics.html", issue_context(
        issue, rows=[(row, _series_anchor(row)) for row in rows],
    ))


def _series_anchor(row: StatisticsRow) -> str:
    return reverse("issues:statistics") + "#" + charts.anchor(charts.indicator_name(row.indicator), row.unit)

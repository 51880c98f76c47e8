"""The home page, the lists of issues, an issue's page and original file, and its lists of records."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from issues import contents
from issues.models import RECORD_MODELS, Document, Issue
from issues.parser import kinds
from issues.versions import one_version
from issues.views.common import cached_page, issue_context, published_issue


def _by_year(issues) -> list[tuple[int, list[Issue]]]:
    years: dict[int, list[Issue]] = {}
    for issue in issues:
        years.setdefault(issue.year, []).append(issue)
    return list(years.items())


@cached_page
@one_version
def home(request):
    issues = list(Issue.objects.published().newest_first().defer("warnings", "back_matter"))
    latest = issues[0] if issues else None
    counts = [("期刊", len(issues), reverse("issues:issue_list"))] + _record_counts()
    toc = []
    if latest:
        toc = contents.table_of_contents(latest, list(latest.section_set.all()), list(latest.document_set.all()),
                                         list(latest.interpretation_set.all()))
    return render(request, "issues/home.html", {
        "latest": latest, "toc": toc, "years": _by_year(issues), "counts": counts,
    })


def canonical_issue_url(request, prefix: str, numbers: str, rest: str):
    """301 from a zero-padded year or issue number (/issues/02020/06/…) to the one spelling of the URL."""
    canonical = "".join(f"{number.lstrip('0') or '0'}/" for number in numbers.rstrip("/").split("/"))
    query = f"?{request.META['QUERY_STRING']}" if request.META.get("QUERY_STRING") else ""
    return redirect(f"/{prefix}{canonical}{rest}{query}", permanent=True)


# Where the home page links each kind's count (issues.parser.kinds): a list page ('issues:…'), else the
# search page filtered by that record type; and the label when it is not the kind's own. Kinds absent
# here are not counted on the home page.
_HOME_LISTS = {
    "documents": ("issues:documents", None),
    "interpretations": ("interpretation", None),
    "appointments": ("issues:people", None),
    "news": ("news", None),
    "chronicle": ("chronicle", None),
    "statistics": ("issues:statistics", "统计指标"),  # it counts the table's rows
}


def _record_counts() -> list[tuple[str, int, str]]:
    """(label, published records, list URL) per kind, in printed order."""
    counts = []
    for kind in kinds.KINDS:
        if kind.key not in _HOME_LISTS:
            continue
        view, label = _HOME_LISTS[kind.key]
        published = RECORD_MODELS[kind.key].objects.published().count()
        url = reverse(view) if ":" in view else _newest_of(view)
        counts.append((label or kind.label, published, url))
    return counts


def _newest_of(record_type: str) -> str:
    """The list of every record of a kind that has no index page of its own: the search page filtered by type."""
    return reverse("search:page") + "?" + urlencode({"type": record_type, "sort": "date"})


def issue_list(request):
    return render(request, "issues/issue_list.html", {"years": _by_year(Issue.objects.published().newest_first())})


def issue_year(request, year: int):
    issues = list(Issue.objects.published().filter(year=year).order_by("issue_no"))
    if not issues:
        raise Http404(f"档案中没有{year}年的公报")
    return render(request, "issues/issue_year.html", {"year": year, "issues": issues})


@one_version
def issue_detail(request, year: int, issue_no: int):
    issue = published_issue(year, issue_no)
    published = Issue.objects.published()
    previous = (published.filter(year=year, issue_no__lt=issue_no) | published.filter(year__lt=year)) \
        .order_by("-year", "-issue_no").first()
    following = (published.filter(year=year, issue_no__gt=issue_no) | published.filter(year__gt=year)) \
        .order_by("year", "issue_no").first()
    toc = contents.table_of_contents(issue, list(issue.section_set.all()), list(issue.document_set.all()),
                                     list(issue.interpretation_set.all()))
    return render(request, "issues/issue_detail.html", issue_context(
        issue, toc=toc, previous=previous, following=following, source_available=issue.source_file.is_file(),
    ))


def issue_source(request, year: int, issue_no: int):
    """The original file the issue was ingested from, under its original name."""
    issue = published_issue(year, issue_no)
    path = issue.source_file
    if not issue.source_path or not path.is_file():
        raise Http404("原始文件不在档案中")
    return FileResponse(path.open("rb"), as_attachment=True, filename=issue.source_name or path.name)


def issue_pdf(request, year: int, issue_no: int):
    """The issue's original PDF shown in the browser, so that "source.pdf#page=N" opens it at page N."""
    issue = published_issue(year, issue_no)
    path = issue.original_pdf
    if path is None or not path.is_file():
        raise Http404("本期的原版 PDF 不在档案中")
    return FileResponse(path.open("rb"), content_type="application/pdf")


@one_version
def news_list(request, year: int, issue_no: int):
    issue = published_issue(year, issue_no)
    return render(request, "issues/news.html", issue_context(issue, news=list(issue.newsbrief_set.all())))


@one_version
def chronicle_list(request, year: int, issue_no: int):
    issue = published_issue(year, issue_no)
    days: dict = {}
    undated = []  # entries under their month alone ('是月 …'), after the days
    for entry in issue.chronicleentry_set.all():
        if entry.date:
            days.setdefault(entry.date, []).append(entry)
        else:
            undated.append(entry)
    return render(request, "issues/chronicle.html", issue_context(issue, days=sorted(days.items()), undated=undated))


@one_version
def appointment_list(request, year: int, issue_no: int):
    issue = published_issue(year, issue_no)
    return render(request, "issues/appointments.html",
                  issue_context(issue, appointments=list(issue.appointment_set.all())))


@one_version
def issued_list(request, year: int, issue_no: int):
    issue = published_issue(year, issue_no)
    rows = list(issue.issuedlistentry_set.all())
    archived = {}
    for document in (Document.objects.published().filter(doc_key__in=[r.doc_key for r in rows if r.doc_key])
                     .select_related("issue")):
        archived.setdefault(document.doc_key, document)
    return render(request, "issues/issued.html", issue_context(
        issue, rows=[(row, archived.get(row.doc_key)) for row in rows],
    ))

"""Public pages of the archive, its JSON API, and the number permalinks.

Every page reads only published issues (drafts are the staff's). Records are looked up by their
issue and stable key, so URLs survive re-ingest; unknown years, issues, keys and people are 404s.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
from dataclasses import dataclass
from datetime import date
from functools import wraps
from urllib.parse import unquote, urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from gazette.api import error_response, json_response, read_only_api
from issues import body, charts, contents, numbers, pinyin
from issues.models import CHRONOLOGICAL, RECORD_MODELS, Appointment, Document, Interpretation, Issue, StatisticsRow
from issues.parser import amendments, kinds, regexes
from issues.validity import Validity
from issues.versions import one_version

SUGGESTIONS = 5


def _published_issue(year: int, issue_no: int) -> Issue:
    return get_object_or_404(Issue.objects.published(), year=year, issue_no=issue_no)


def _issue_context(issue: Issue, **extra) -> dict:
    return {"issue": issue, "issue_pages": contents.list_pages(issue), **extra}


def _by_year(issues) -> list[tuple[int, list[Issue]]]:
    years: dict[int, list[Issue]] = {}
    for issue in issues:
        years.setdefault(issue.year, []).append(issue)
    return list(years.items())


# ------------------------------------------------------------------ cached pages


def cached_page(view):
    """Serve the page's HTML from the cache while the archive has not changed.

    For pages that show only published records and depend on nothing in the request but its path:
    requests with a query string (the header's search box echoes `q`) are rendered as usual, and
    answers other than 200 (a 404 for an unknown name) are never cached.
    """
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.GET:
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.path.encode()).hexdigest()  # any name in the URL makes a safe key
        key = f"page:{view.__name__}:{path}:{Issue.objects.published().version()}"
        content = cache.get(key)
        if content is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            cache.set(key, response.content)
            return response
        return HttpResponse(content)

    return wrapper


# ------------------------------------------------------------------ home and issues


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
        published = RECORD_MODELS[kind.key].objects.filter(issue__status=Issue.Status.PUBLISHED).count()
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
    issue = _published_issue(year, issue_no)
    published = Issue.objects.published()
    previous = (published.filter(year=year, issue_no__lt=issue_no) | published.filter(year__lt=year)) \
        .order_by("-year", "-issue_no").first()
    following = (published.filter(year=year, issue_no__gt=issue_no) | published.filter(year__gt=year)) \
        .order_by("year", "issue_no").first()
    toc = contents.table_of_contents(issue, list(issue.section_set.all()), list(issue.document_set.all()),
                                     list(issue.interpretation_set.all()))
    return render(request, "issues/issue_detail.html", _issue_context(
        issue, toc=toc, previous=previous, following=following, source_available=issue.source_file.is_file(),
    ))


def issue_source(request, year: int, issue_no: int):
    """The original file the issue was ingested from, under its original name."""
    issue = _published_issue(year, issue_no)
    path = issue.source_file
    if not issue.source_path or not path.is_file():
        raise Http404("原始文件不在档案中")
    return FileResponse(path.open("rb"), as_attachment=True, filename=issue.source_name or path.name)


def issue_pdf(request, year: int, issue_no: int):
    """The issue's original PDF shown in the browser, so that "source.pdf#page=N" opens it at page N."""
    issue = _published_issue(year, issue_no)
    path = issue.original_pdf
    if path is None or not path.is_file():
        raise Http404("本期的原版 PDF 不在档案中")
    return FileResponse(path.open("rb"), content_type="application/pdf")


def _original_pdf_link(issue, printed_page: int | None) -> tuple[str, int | None]:
    """Link to the issue's PDF opened at the page of the file that printed page is on ('' without a PDF)."""
    path = issue.original_pdf
    if path is None or not path.is_file():
        return "", None
    page = issue.pdf_page_of(printed_page)
    url = reverse("issues:issue_pdf", args=[issue.year, issue.issue_no])
    return (f"{url}#page={page}" if page else url), page


# ------------------------------------------------------------------ documents


def _document_links(numbers_printed: list[str]) -> dict[str, str]:
    """Printed doc number -> URL of the archived document it names (numbers not archived are left out)."""
    keys = {printed: numbers.doc_key(printed) for printed in numbers_printed}
    found = {}
    for document in (Document.objects.published().filter(doc_key__in=[k for k in keys.values() if k])
                     .select_related("issue").order_by("-issue__year", "-issue__issue_no")):
        found.setdefault(document.doc_key, document.get_absolute_url())  # a reprinted number: its newest printing
    return {printed: found[key] for printed, key in keys.items() if key in found}


@dataclass
class Citation:
    """The line a reader copies to cite a record, and its permanent link (absolute, so it works in print)."""

    text: str
    url: str  # percent-encoded, for the href
    shown_url: str  # the same address readable: /doc/温政办〔2020〕53号


def citation(request, issue: Issue, *, title: str, permanent_path: str, doc_number: str = "",
             page: int | None = None) -> Citation:
    """标题（温政办〔2020〕53号），《温州市人民政府公报》2020年第6期（总第214期）第4页，http://…/doc/温政办〔2020〕53号"""
    url = request.build_absolute_uri(permanent_path)
    shown_url = unquote(url)
    head = f"{title}（{doc_number}）" if doc_number else title
    where = f"《温州市人民政府公报》{issue.label}" + (f"第{page}页" if page else "")
    return Citation(f"{head}，{where}，{shown_url}", url, shown_url)


def _amended(document: Document) -> list[tuple[str, Document | None]]:
    """修改了: each number or rule name the document amends, with the archived document it names (or None)."""
    archived = document.amended_documents()
    by_number = {d.doc_key: d for d in archived}
    by_rule = {d.rule_key: d for d in archived}  # the newest earlier version: archived is oldest first
    return ([(n, by_number.get(numbers.doc_key(n))) for n in document.amended_doc_numbers]
            + [(t, by_rule.get(amendments.rule_key(t))) for t in document.amended_titles])


def _interpretations_of(document: Document):
    if not document.doc_key:
        return Interpretation.objects.none()
    return Interpretation.objects.filter(issue__status="published", interprets_key=document.doc_key) \
        .select_related("issue")


@one_version
def document_detail(request, year: int, issue_no: int, key: str):
    issue = _published_issue(year, issue_no)
    document = get_object_or_404(issue.document_set, key=key)
    links = _document_links([*document.cited_doc_numbers, *document.repealed_doc_numbers])
    blocks = body.blocks_of(document.body, links)
    pdf_url, pdf_page = _original_pdf_link(issue, document.page)
    cited_by = []
    if document.doc_key:
        cited_by = list(Document.objects.published().citing(document.doc_key).exclude(pk=document.pk)
                        .select_related("issue").order_by("-issue__year", "-issue__issue_no", "order"))
    changes = Document.objects.published().changes([document])
    return render(request, "issues/document_detail.html", _issue_context(
        issue,
        document=document,
        validity=document.validity(timezone.localdate(), changes),
        amended_by=[c for c in changes[document.pk] if c.kind == "amends"],
        amends=_amended(document),
        versions=list(Document.objects.published().versions_of(document)),
        blocks=blocks,
        headings=body.outline(blocks),
        cited=[(n, links.get(n)) for n in document.cited_doc_numbers],
        repeals=[(n, links.get(n)) for n in document.repealed_doc_numbers],
        cited_by=cited_by,
        interpretations=list(_interpretations_of(document)),
        pdf_url=pdf_url,
        pdf_page=pdf_page,
        citation=citation(request, issue, title=document.title, doc_number=document.doc_number, page=document.page,
                          permanent_path=document.permanent_path()),
        canonical_url=request.build_absolute_uri(document.get_absolute_url()),
        previous=issue.document_set.filter(order__lt=document.order).order_by("-order").first(),
        following=issue.document_set.filter(order__gt=document.order).order_by("order").first(),
    ))


# What the documents list reads of each document and its issue (never the bodies).
DOCUMENT_LIST_FIELDS = ("key", "category", "title", "doc_number", "doc_key", "rule_key", "signed_date",
                        "effective_from", "effective_until", "valid_years", "order", "issue__year", "issue__issue_no",
                        "issue__total_no", "issue__publish_date")
DOCUMENTS_PER_PAGE = 100
AS_OF_FORMAT = "日期格式应为 YYYY-MM-DD"


def document_list(request):
    """Every archived document, newest first, filterable by 栏目 and by validity on a day (today unless ?as_of=).

    With ?as_of=2021-01-01 and no status chosen, only what may have been in force that day is listed.
    """
    as_of_text = request.GET.get("as_of", "").strip()
    as_of = _as_of(as_of_text)
    documents = list(Document.objects.published().select_related("issue").only(*DOCUMENT_LIST_FIELDS)
                     .order_by("-issue__year", "-issue__issue_no", "order"))
    changes = Document.objects.published().changes(documents)
    day = as_of or timezone.localdate()
    rows = [(d, d.validity(day, changes)) for d in documents]
    category, status = request.GET.get("category", ""), request.GET.get("status", "")
    wanted = (status,) if status else Validity.IN_FORCE if as_of else None
    shown = [(d, v) for d, v in rows if (not category or d.category == category) and (not wanted or v.status in wanted)]
    page = Paginator(shown, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    filters = {"category": category, "status": status, "as_of": as_of.isoformat() if as_of else ""}
    return render(request, "issues/document_list.html", {
        "rows": page.object_list, "page": page, "shown": len(shown), "total": len(rows),
        "categories": list(dict.fromkeys(d.category for d in documents)),
        "statuses": Validity.LABELS.items(), "category": category, "status": status, "as_of": as_of,
        "as_of_error": AS_OF_FORMAT if as_of_text and not as_of else "", "as_of_text": as_of_text,
        "page_link": "?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": ""}),
    }, status=400 if as_of_text and not as_of else 200)


def _as_of(text: str):
    """The day of ?as_of=2021-01-01, or None when absent or not a real YYYY-MM-DD date."""
    if not regexes.ISO_DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@cached_page
def issuer_detail(request, name: str):
    """Every archived document of one issuing body (发文机关), newest first."""
    documents = list(Document.objects.published().filter(issuer=name).select_related("issue")
                     .only(*DOCUMENT_LIST_FIELDS, "issuer").order_by("-issue__year", "-issue__issue_no", "order"))
    if not documents:
        raise Http404(f"档案中没有“{name}”发布的文件")
    repealers = Document.objects.published().repealers(d.doc_key for d in documents if d.doc_key)
    today = timezone.localdate()
    return render(request, "issues/issuer_detail.html", {
        "name": name, "rows": [(d, d.validity(today, repealers)) for d in documents],
    })


def _document_interpreted(interpretation: Interpretation) -> Document | None:
    """The archived document an interpretation explains: by doc number, else by the 《title》 it names."""
    published = Document.objects.published().select_related("issue")
    if interpretation.interprets_key:
        found = published.filter(doc_key=interpretation.interprets_key).first()
        if found:
            return found
    for text in (interpretation.interprets, interpretation.title):
        start, end = text.find("《"), text.find("》")
        if 0 <= start < end:
            name = text[start + 1:end]
            same_issue = published.filter(issue=interpretation.issue, title__contains=name).first()
            return same_issue or published.filter(title__contains=name).first()
    return None


@one_version
def interpretation_detail(request, year: int, issue_no: int, key: str):
    issue = _published_issue(year, issue_no)
    interpretation = get_object_or_404(issue.interpretation_set, key=key)
    return render(request, "issues/interpretation_detail.html", _issue_context(
        issue, interpretation=interpretation, document=_document_interpreted(interpretation),
        blocks=body.blocks_of(interpretation.body),
        citation=citation(request, issue, title=interpretation.title, permanent_path=interpretation.get_absolute_url()),
    ))


@one_version
def doc_permalink(request, number: str):
    """/doc/<number>: any spelling of a doc number or ZJCC code redirects to the document page."""
    number = number.strip().rstrip("/")  # people add a slash to URLs by habit
    document = (Document.objects.published().by_number(number).select_related("issue")
                .order_by("-issue__year", "-issue__issue_no", "order").first())
    if document:
        return redirect(document.get_absolute_url())
    published = Document.objects.published()
    key = numbers.doc_key(number)
    return render(request, "issues/doc_not_found.html", {
        "number": number, "suggestions": _closest_documents(number),
        "amended_by": list(published.amending(number).select_related("issue").order_by(*CHRONOLOGICAL)),
        "repealed_by": published.repealers([key]).get(key) if key else None,
    }, status=404)


def _closest_documents(text: str) -> list[Document]:
    """Archived documents whose numbers read most like `text` (a typo, a wrong year or serial).

    Only numbers sharing two of the three parts with `text` (issuer code and year, issuer code and
    serial, year and serial) are compared, so a mistyped number costs the same whatever the size of
    the archive; text that reads as no number gets no suggestions (the page offers a search).
    """
    published = Document.objects.published()
    if (key := numbers.doc_key(text)) and (parts := regexes.DOC_NUMBER_FULL.match(key)):
        prefix, year, serial = parts["prefix"], parts["year"], parts["serial"]
        field, wanted = "doc_key", key
        nearby = published.filter(Q(doc_key__startswith=f"{prefix}〔{year}〕")
                                  | Q(doc_key__endswith=f"〔{year}〕{serial}号")
                                  | Q(doc_key__startswith=f"{prefix}〔", doc_key__endswith=f"〕{serial}号"))
    elif (code := numbers.registration_key(text)) and (parts := regexes.REGISTRATION_CODE_FULL.match(code)):
        a, b, c = parts["a"], parts["b"], parts["c"]
        field, wanted = "registration_code", code
        nearby = published.filter(Q(registration_code__startswith=f"ZJCC{a}-{b}-")
                                  | Q(registration_code__endswith=f"-{b}-{c}")
                                  | Q(registration_code__startswith=f"ZJCC{a}-", registration_code__endswith=f"-{c}"))
    else:
        return []
    names = dict(nearby.values_list(field, "pk"))
    close = difflib.get_close_matches(wanted, list(names), n=SUGGESTIONS, cutoff=0.5)
    found = Document.objects.select_related("issue").in_bulk([names[name] for name in close])
    return [found[names[name]] for name in close]


# ------------------------------------------------------------------ per-issue lists


@one_version
def news_list(request, year: int, issue_no: int):
    issue = _published_issue(year, issue_no)
    return render(request, "issues/news.html", _issue_context(issue, news=list(issue.newsbrief_set.all())))


@one_version
def chronicle_list(request, year: int, issue_no: int):
    issue = _published_issue(year, issue_no)
    days: dict = {}
    for entry in issue.chronicleentry_set.all():
        days.setdefault(entry.date, []).append(entry)
    return render(request, "issues/chronicle.html", _issue_context(issue, days=sorted(days.items())))


@one_version
def appointment_list(request, year: int, issue_no: int):
    issue = _published_issue(year, issue_no)
    return render(request, "issues/appointments.html",
                  _issue_context(issue, appointments=list(issue.appointment_set.all())))


@one_version
def issued_list(request, year: int, issue_no: int):
    issue = _published_issue(year, issue_no)
    rows = list(issue.issuedlistentry_set.all())
    archived = {}
    for document in (Document.objects.published().filter(doc_key__in=[r.doc_key for r in rows if r.doc_key])
                     .select_related("issue")):
        archived.setdefault(document.doc_key, document)
    return render(request, "issues/issued.html", _issue_context(
        issue, rows=[(row, archived.get(row.doc_key)) for row in rows],
    ))


@one_version
def issue_statistics(request, year: int, issue_no: int):
    issue = _published_issue(year, issue_no)
    rows = list(issue.statisticsrow_set.all())
    if not rows:
        raise Http404("本期没有统计资料")
    return render(request, "issues/issue_statistics.html", _issue_context(
        issue, rows=[(row, _series_anchor(row)) for row in rows],
    ))


def _series_anchor(row: StatisticsRow) -> str:
    return reverse("issues:statistics") + "#" + charts.anchor(charts.indicator_name(row.indicator), row.unit)


# ------------------------------------------------------------------ people


@cached_page
def people(request):
    names = (Appointment.objects.filter(issue__status="published").exclude(person="").values("person")
             .annotate(records=Count("id")))
    return render(request, "issues/people.html", {
        "letters": pinyin.by_letter(names, lambda n: n["person"], pinyin.name_syllables),
    })


# What a person's or a post's page shows of each record and its issue (the rest is never read).
APPOINTMENT_FIELDS = ("order", "person", "action", "position", "qualifier", "decided_by",
                      "issue__year", "issue__issue_no", "issue__total_no", "issue__publish_date")


def _appointments(**where) -> list[Appointment]:
    """Published appointments in issue order, each with .record_url, .person_url and .post_url.

    A long career or a busy post lists hundreds of records: each URL is reversed once per issue,
    name and post rather than once per row, and only the fields shown are read.
    """
    appointments = list(Appointment.objects.filter(issue__status="published", **where).select_related("issue")
                        .only(*APPOINTMENT_FIELDS).order_by("issue__year", "issue__issue_no", "order"))
    urls: dict[tuple, str] = {}

    def url(name: str, *args) -> str:
        if (name, args) not in urls:
            urls[name, args] = reverse(name, args=args)
        return urls[name, args]

    for a in appointments:
        a.record_url = url("issues:appointments", a.issue.year, a.issue.issue_no) + a.anchor
        a.person_url = url("issues:person", a.person) if a.person else ""
        a.post_url = url("issues:post", a.position) if a.position else ""
    return appointments


@cached_page
def person_detail(request, name: str):
    appointments = _appointments(person=name)
    if not appointments:
        raise Http404(f"档案中没有{name}的任免记录")
    held: dict[str, list] = {}  # post -> [its page, how many records], most records first
    for a in appointments:
        held.setdefault(a.position, [a.post_url, 0])[1] += 1
    return render(request, "issues/person_detail.html", {
        "name": name, "appointments": appointments,
        "posts": sorted(((post, url, n) for post, (url, n) in held.items()), key=lambda p: -p[2]),
    })


@cached_page
def posts(request):
    rows = (Appointment.objects.filter(issue__status="published").exclude(position="").values("position")
            .annotate(records=Count("id"), people=Count("person", distinct=True)))
    return render(request, "issues/posts.html", {"letters": pinyin.by_letter(rows, lambda p: p["position"])})


def post_detail(request, position: str):
    """Who was appointed to and removed from one post, in issue order."""
    appointments = _appointments(position=position)
    if not appointments:
        raise Http404(f"档案中没有“{position}”的任免记录")
    return render(request, "issues/post_detail.html", {"position": position, "appointments": appointments})


# ------------------------------------------------------------------ statistics


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


# ------------------------------------------------------------------ API, robots


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
        issue = _published_issue(year, issue_no)
    except Http404:
        return error_response(404, "not_found", f"档案中没有{year}年第{issue_no}期")
    return json_response(issue.to_parsed().to_export())


def favicon(request):
    """/favicon.ico: browsers that ignore the pages' <link rel="icon"> and feed readers ask for it here."""
    return redirect(static("favicon.ico"))


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('issues:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def not_found(request, exception=None):
    """The site's 404 page: shows the reason when a view gave one in Chinese, never Django's internals."""
    message = exception.args[0] if exception and exception.args and isinstance(exception.args[0], str) else ""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in message):
        message = ""
    return render(request, "404.html", {"message": message}, status=404)

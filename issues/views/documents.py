"""A document's page and its citation line, the documents list, an issuer's documents, an
interpretation's page, and /doc/<文号>, which finds a document by its number in any spelling."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from issues import body, numbers
from issues.models import Document, Interpretation, Issue
from issues.parser import amendments, regexes
from issues.validity import Validity
from issues.versions import one_version
from issues.views.common import cached_page, issue_context, published_issue

SUGGESTIONS = 5


def _original_pdf_link(issue, printed_page: int | None) -> tuple[str, int | None]:
    """Link to the issue's PDF opened at the page of the file that printed page is on ('' without a PDF)."""
    path = issue.original_pdf
    if path is None or not path.is_file():
        return "", None
    page = issue.pdf_page_of(printed_page)
    url = reverse("issues:issue_pdf", args=[issue.year, issue.issue_no])
    return (f"{url}#page={page}" if page else url), page


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
    return Interpretation.objects.published().filter(interprets_key=document.doc_key).select_related("issue")


@one_version
def document_detail(request, year: int, issue_no: int, key: str):
    issue = published_issue(year, issue_no)
    document = get_object_or_404(issue.document_set, key=key)
    links = _document_links([*document.cited_doc_numbers, *document.repealed_doc_numbers])
    blocks = body.blocks_of(document.body, links)
    pdf_url, pdf_page = _original_pdf_link(issue, document.page)
    cited_by = []
    if document.doc_key:
        cited_by = list(Document.objects.published().citing(document.doc_key).exclude(pk=document.pk)
                        .select_related("issue").newest_first())
    changes = Document.objects.published().changes([document])
    return render(request, "issues/document_detail.html", issue_context(
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
                     .newest_first())
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
                     .only(*DOCUMENT_LIST_FIELDS, "issuer").newest_first())
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
    issue = published_issue(year, issue_no)
    interpretation = get_object_or_404(issue.interpretation_set, key=key)
    return render(request, "issues/interpretation_detail.html", issue_context(
        issue, interpretation=interpretation, document=_document_interpreted(interpretation),
        blocks=body.blocks_of(interpretation.body),
        citation=citation(request, issue, title=interpretation.title, permanent_path=interpretation.get_absolute_url()),
    ))


@one_version
def doc_permalink(request, number: str):
    """/doc/<number>: any spelling of a doc number or ZJCC code redirects to the document page."""
    number = number.strip().rstrip("/")  # people add a slash to URLs by habit
    document = (Document.objects.published().by_number(number).select_related("issue")
                .newest_first().first())
    if document:
        return redirect(document.get_absolute_url())
    published = Document.objects.published()
    key = numbers.doc_key(number)
    return render(request, "issues/doc_not_found.html", {
        "number": number, "suggestions": _closest_documents(number),
        "amended_by": list(published.amending(number).select_related("issue").in_issue_order()),
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

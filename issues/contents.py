"""What an issue contains: its table of contents as the issue prints it (its categories under their printed
names: '人事任免' where another issue prints '机构人事'), each entry linked to the record it announces, and the
per-issue list pages it has records for.

Documents are found by their normalised doc number, else by title; interpretations by title;
the per-issue lists (人事任免, 政务简讯, 政府记事, 发文目录, 统计资料) by their page. An entry
whose record the archive does not hold keeps its title without a link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse

from issues import numbers
from issues.parser.kinds import of_category

PAGE_OF_KIND = {  # the per-issue list page of a kind's records (kinds.KINDS' keys)
    "appointments": "issues:appointments",
    "news": "issues:news",
    "chronicle": "issues:chronicle",
    "issued_list": "issues:issued",
    "statistics": "issues:statistics_issue",
}


@dataclass
class TocLine:
    title: str
    doc_number: str = ""
    page: int | None = None
    url: str | None = None


@dataclass
class TocGroup:
    category: str
    lines: list[TocLine] = field(default_factory=list)


def table_of_contents(issue, sections, documents, interpretations) -> list[TocGroup]:
    """The printed TOC grouped by category; falls back to the records when no TOC was parsed."""
    if not sections:
        return _from_records(documents, interpretations)
    by_key = {d.doc_key: d for d in documents if d.doc_key}
    by_title = {d.title: d for d in documents}
    interpretation_by_title = {i.title: i for i in interpretations}
    groups: list[TocGroup] = []
    for section in sections:
        if not groups or groups[-1].category != section.category:
            groups.append(TocGroup(section.category))
        record = (by_key.get(numbers.doc_key(section.doc_number) or "") or by_title.get(section.title)
                  or interpretation_by_title.get(section.title))
        url = record.get_absolute_url() if record is not None else _list_page(issue, section.category)
        groups[-1].lines.append(TocLine(section.title, section.doc_number, section.page, url))
    return groups


def _list_page(issue, category: str) -> str | None:
    """The issue's list page of the records a TOC category announces, under whichever name the TOC prints it
    ('人事任免' or '机构人事': the appointments)."""
    kind = of_category(category)
    if kind is None or kind.key not in PAGE_OF_KIND:
        return None
    return reverse(PAGE_OF_KIND[kind.key], args=[issue.year, issue.issue_no])


def _from_records(documents, interpretations) -> list[TocGroup]:
    groups: dict[str, TocGroup] = {}
    for record in [*documents, *interpretations]:
        category = getattr(record, "category", "政策解读")
        groups.setdefault(category, TocGroup(category)).lines.append(
            TocLine(record.title, getattr(record, "doc_number", ""), getattr(record, "page", None),
                    record.get_absolute_url())
        )
    return list(groups.values())


LIST_PAGES = [  # label, URL name, the issue's related manager holding the records
    ("人事任免", "issues:appointments", "appointment_set"),
    ("政务简讯", "issues:news", "newsbrief_set"),
    ("政府记事", "issues:chronicle", "chronicleentry_set"),
    ("发文目录", "issues:issued", "issuedlistentry_set"),
    ("统计资料", "issues:statistics_issue", "statisticsrow_set"),
]


def list_pages(issue) -> list[tuple[str, str, int]]:
    """The per-issue list pages this issue has records for: (label, url, count), counted in one query.

    An issue replaced since the page read it has none (issues.versions renders that page again).
    """
    counts = type(issue).objects.filter(pk=issue.pk).values(**{
        related: Coalesce(Subquery(
            getattr(issue, related).model.objects.filter(issue=OuterRef("pk")).order_by().values("issue")
            .annotate(n=Count("pk")).values("n")
        ), 0)
        for _, _, related in LIST_PAGES
    }).first() or {}
    return [(label, reverse(name, args=[issue.year, issue.issue_no]), counts[related])
            for label, name, related in LIST_PAGES if counts.get(related)]

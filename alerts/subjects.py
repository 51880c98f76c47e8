"""What a reader can follow, listed once: every form, mail, view and feed iterates SUBJECTS.

A subject kind knows how to describe its target in Chinese, where its page and feed are, how to
clean what a form sent, and which records of some issues concern it (`items`), as plain Items
that mails and feeds show alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import NoReverseMatch, reverse

from issues import numbers
from issues.models import CATEGORIES, Appointment, Document, Interpretation, Issue

PUBLISHER = "温州市人民政府"  # the author of what has no issuing body of its own


@dataclass
class Item:
    """One record as alerts and feeds show it."""

    ref: str  # its address on the site, stable across re-ingests (alerts.models)
    title: str
    doc_number: str
    issue: Issue
    author: str
    printed_date: date | None  # signed or published, as printed; never the ingest time
    note: str = ""  # why it concerns the subject, e.g. 引用 for a followed doc number


def _document_item(document: Document, note: str = "") -> Item:
    return Item(document.get_absolute_url(), document.title, document.doc_number, document.issue,
                document.issuer or PUBLISHER, document.signed_date or document.issue.publish_date, note)


def _appointment_item(appointment: Appointment) -> Item:
    return Item(appointment.get_absolute_url(), str(appointment), "", appointment.issue,
                appointment.decided_by or PUBLISHER, appointment.issue.publish_date)


def _newest_first(queryset, issues):
    return queryset.filter(issue__in=issues).select_related("issue").newest_first()


def _reverse(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:  # a name no URL can carry
        return None


class Subject:
    key = ""
    noun = ""  # what the target is, e.g. 人员
    page_name = ""  # the URL name of its page, taking the target
    feed_name = ""
    max_length = 100

    def describe(self, target: str) -> str:
        return f"{self.noun}：{target}"

    def clean(self, target: str) -> str:
        target = target.strip()
        if not target or len(target) > self.max_length or "\x00" in target:
            raise ValidationError(f"{self.noun}无效")
        return target

    def page_url(self, target: str) -> str | None:
        return _reverse(self.page_name, target)

    def feed_url(self, target: str) -> str | None:
        return _reverse(self.feed_name, target)

    def items(self, target: str, issues, limit: int | None = None) -> list[Item]:
        """The records of `issues` (published Issues) that concern `target`, newest first."""
        raise NotImplementedError


class PersonSubject(Subject):
    key, noun, page_name, feed_name, max_length = "person", "人员", "issues:person", "alerts:person_feed", 50

    def items(self, target, issues, limit=None):
        return [_appointment_item(a) for a in _newest_first(Appointment.objects.filter(person=target), issues)[:limit]]


class PostSubject(Subject):
    key, noun, page_name, feed_name, max_length = "post", "职务", "issues:post", "alerts:post_feed", 300

    def items(self, target, issues, limit=None):
        return [_appointment_item(a) for a in _newest_first(Appointment.objects.filter(position=target), issues)[:limit]]


class IssuerSubject(Subject):
    key, noun, page_name, feed_name, max_length = "issuer", "发文机关", "issues:issuer", "alerts:issuer_feed", 200

    def items(self, target, issues, limit=None):
        return [_document_item(d) for d in _newest_first(Document.objects.filter(issuer=target), issues)[:limit]]


class CategorySubject(Subject):
    """A 栏目 of the documents list (/documents/?category=…)."""

    key, noun = "category", "栏目"

    def clean(self, target):
        if target not in CATEGORIES:
            raise ValidationError("栏目无效")
        return target

    def page_url(self, target):
        return f"{reverse('issues:documents')}?{urlencode({'category': target})}"

    def feed_url(self, target):
        return f"{reverse('alerts:category_feed')}?{urlencode({'category': target})}"

    def items(self, target, issues, limit=None):
        return [_document_item(d) for d in _newest_first(Document.objects.filter(category=target), issues)[:limit]]


class DocNumberSubject(Subject):
    """A doc number: tell me when it is printed, cited, amended (修改), repealed or interpreted."""

    key, noun, page_name, feed_name = "doc", "文号", "issues:doc_permalink", "alerts:doc_feed"

    def describe(self, target):
        return f"文号：{target}（刊登、引用、修改、废止或解读时）"

    def clean(self, target):
        key = numbers.doc_key(target)
        if not key:
            raise ValidationError("请填写有效的文号，如 温政办〔2020〕53号")
        return key

    def items(self, target, issues, limit=None):
        found: dict[str, Item] = {}
        for document in _newest_first(Document.objects.filter(doc_key=target), issues):
            found.setdefault(document.get_absolute_url(), _document_item(document, "刊登"))
        for document in _newest_first(Document.objects.filter(references__doc_key=target).distinct(), issues):
            if document.doc_key != target:
                kinds = {r.kind for r in document.references.all() if r.doc_key == target}
                note = "废止" if "repeals" in kinds else ("修改" if "amends" in kinds else "引用")
                found.setdefault(document.get_absolute_url(), _document_item(document, note))
        for interpretation in _newest_first(Interpretation.objects.filter(interprets_key=target), issues):
            found.setdefault(interpretation.get_absolute_url(), Item(
                interpretation.get_absolute_url(), interpretation.title, "", interpretation.issue,
                interpretation.unit or PUBLISHER, interpretation.issue.publish_date, "解读"))
        items = sorted(found.values(), key=lambda i: (i.issue.year, i.issue.issue_no), reverse=True)
        return items[:limit]


class IssuesSubject(Subject):
    """Every new issue."""

    key, noun = "issues", "每期新公报"

    def describe(self, target):
        return "每期新公报"

    def clean(self, target):
        return ""

    def page_url(self, target):
        return reverse("issues:issue_list")

    def feed_url(self, target):
        return reverse("issues:feed")

    def items(self, target, issues, limit=None):
        return [Item(issue.get_absolute_url(), f"温州市人民政府公报{issue.label}", "", issue, PUBLISHER,
                     issue.publish_date) for issue in issues.order_by("-year", "-issue_no")[:limit]]


class SearchSubject(Subject):
    """A search of the archive with its filters: exactly what /search/ finds, through the same form and search."""

    key, noun = "search", "检索"
    FIELDS = ("q", "scope", "match", "type", "year", "category", "issuer", "date_from", "date_to")
    DEFAULTS = {"scope": "all", "match": "words"}  # left out: the same search as without them

    def _form(self, target: str):
        from search.forms import SearchForm  # the search app loads its index backend on import

        return SearchForm(QueryDict(target))

    def clean(self, target):
        """The search's parameters as one canonical query string (no page, sort or snippets)."""
        form = self._form(target)
        if not form.is_valid():
            raise ValidationError("检索条件无效")
        data = {name: form.data.get(name, "").strip() for name in self.FIELDS}
        if not data["q"] and not form.params().has_filters():
            raise ValidationError("请先输入检索词或选择筛选条件")
        return urlencode({name: value for name, value in data.items() if value and value != self.DEFAULTS.get(name)})

    def describe(self, target):
        query, fields = QueryDict(target), self._form("").fields
        words = f"“{query['q']}”" if query.get("q") else "全部记录"
        filters = "；".join(f"{fields[name].label}：{dict(getattr(fields[name], 'choices', ())).get(query[name], query[name])}"
                           for name in self.FIELDS[1:] if query.get(name))
        return f"检索：{words}" + (f"（{filters}）" if filters else "")

    def page_url(self, target):
        return f"{reverse('search:page')}?{target}"

    def feed_url(self, target):
        return f"{reverse('alerts:search_feed')}?{target}"

    def items(self, target, issues, limit=None):
        """What the search page lists for this search, among `issues`, newest first.

        The search runs once per year of `issues` (the year is a filter the page has too), page by
        page as the page would show them, so that both engines answer alike.
        """
        from search.query import run_search

        form = self._form(target)
        if not form.is_valid():
            return []
        wanted = {(i.year, i.issue_no): i for i in issues}
        params = form.params()
        params.sort, params.snippets, params.facets = "date", False, False
        years = sorted({year for year, _ in wanted}, reverse=True)
        if params.year:
            years = [params.year] if params.year in years else []
        found = []
        for year in years:
            params.year, params.page = year, 1
            while limit is None or len(found) < limit:
                outcome = run_search(params)
                found += [r for r in outcome.results if (r["issue"]["year"], r["issue"]["issue_no"]) in wanted]
                if params.page >= outcome.pages:
                    break
                params.page += 1
        return [self._item(result, wanted) for result in found[:limit]]

    def _item(self, result: dict, issues: dict) -> Item:
        issue = issues[result["issue"]["year"], result["issue"]["issue_no"]]
        return Item(result["url"], result["title"], result["doc_number"] or "", issue, PUBLISHER,
                    issue.publish_date)


SUBJECTS: dict[str, Subject] = {subject.key: subject for subject in (
    SearchSubject(), PersonSubject(), PostSubject(), IssuerSubject(), CategorySubject(), DocNumberSubject(),
    IssuesSubject(),
)}


def cleaned(kind: str, target: str) -> str | None:
    """The target as `kind` keeps it, or None when the kind is unknown or refuses it."""
    if kind not in SUBJECTS:
        return None
    try:
        return SUBJECTS[kind].clean(target)
    except ValidationError:
        return None

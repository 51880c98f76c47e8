"""Running a search: what people type, turned into a Whoosh query, with filters, sort and pages.

User text never reaches a query parser. It is read by a tiny scanner (words, "quoted phrases",
OR, NOT / -word), each piece analysed by the index's own jieba analyzer, and the Whoosh query
built from objects; so `((`, `*`, `:`, a stray quote or a bracketed doc number is just text.
A whole query that is a doc number or ZJCC code is looked up by its normalised key instead.
"""

from __future__ import annotations

import pickle
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.urls import NoReverseMatch, reverse
from whoosh import query as wq
from whoosh.index import IndexError as WhooshIndexError

from issues.models import Appointment, Document, Issue
from search import lookup
from search.backend import Phrase, analyse
from search.indexing import backend
from search.snippets import snippet

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
PHRASE_QUOTES = {'"', "“", "”"}


@dataclass
class SearchParams:
    """The parameters of the page and the API (validated by search.forms.SearchForm)."""

    q: str = ""
    type: str = ""
    year: int | None = None
    category: str = ""
    issuer: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    snippets: bool = True

    def has_filters(self) -> bool:
        return bool(self.type or self.year or self.category or self.issuer or self.date_from or self.date_to)


@dataclass
class Piece:
    """One thing typed: a word or a quoted phrase, maybe negated, maybe OR-ed with the previous one."""

    text: str
    phrase: bool = False
    negated: bool = False
    or_previous: bool = False


@dataclass
class SearchOutcome:
    query: str
    total: int = 0
    page: int = 1
    pages: int = 0
    results: list[dict] = field(default_factory=list)
    resolved: Document | None = None
    unarchived: lookup.Unarchived | None = None
    person: str | None = None
    number: str | None = None  # the key, when the query was a doc number or ZJCC code

    def to_json(self) -> dict:
        resolved = None
        if self.resolved:
            doc = self.resolved
            resolved = {"doc_number": doc.doc_number, "title": doc.title, "url": doc.get_absolute_url()}
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "resolved": resolved,
            "unarchived": self.unarchived.to_json() if self.unarchived else None,
            "person": {"name": self.person, "url": person_url(self.person)} if self.person else None,
            "results": self.results,
        }


def person_url(name: str) -> str | None:
    """The person page, or None for a name no URL can carry (e.g. one with a slash)."""
    try:
        return reverse("issues:person", args=[name])
    except NoReverseMatch:
        return None


# -- reading what was typed --------------------------------------------------------------------


def read_pieces(text: str) -> list[Piece]:
    """Words and quoted phrases; an unmatched quote runs to the end. OR, AND, NOT, -word understood."""
    pieces: list[Piece] = []
    for chunk, quoted in _chunks(unicodedata.normalize("NFKC", text)):
        if quoted:
            pieces.append(Piece(chunk, phrase=True))
            continue
        pieces.extend(Piece(word) for word in chunk.split())
    return _apply_operators(pieces)


def _chunks(text: str):
    """(chunk, quoted) pairs: text outside and inside quotes."""
    current, quoted = [], False
    for char in text:
        if char in PHRASE_QUOTES:
            yield "".join(current), quoted
            current, quoted = [], not quoted
        else:
            current.append(char)
    yield "".join(current), quoted


def _apply_operators(pieces: list[Piece]) -> list[Piece]:
    result: list[Piece] = []
    negate_next = or_next = False
    for piece in pieces:
        if not piece.phrase and piece.text in {"AND", "OR", "NOT"}:
            negate_next = negate_next or piece.text == "NOT"
            or_next = or_next or (piece.text == "OR" and bool(result))
            continue
        if not piece.phrase and piece.text.startswith("-") and len(piece.text) > 1:
            piece.text, piece.negated = piece.text[1:], True
        piece.negated = piece.negated or negate_next
        piece.or_previous = or_next and not piece.negated
        negate_next = or_next = False
        result.append(piece)
    return result


# -- building the Whoosh query ------------------------------------------------------------------


def piece_query(piece: Piece) -> wq.Query | None:
    tokens = analyse(piece.text)
    if not tokens:
        return None
    if piece.phrase and len(tokens) > 1:
        return Phrase("text", tokens)
    return wq.And([wq.Term("text", t) for t in tokens]) if len(tokens) > 1 else wq.Term("text", tokens[0])


def text_query(pieces: list[Piece]) -> wq.Query | None:
    """AND of the pieces (OR where asked), minus the negated ones; None if nothing searchable."""
    groups: list[list[wq.Query]] = []
    excluded: list[wq.Query] = []
    for piece in pieces:
        q = piece_query(piece)
        if q is None:
            continue
        if piece.negated:
            excluded.append(q)
        elif piece.or_previous and groups:
            groups[-1].append(q)
        else:
            groups.append([q])
    if not groups:
        return None
    positive = wq.And([wq.Or(g) if len(g) > 1 else g[0] for g in groups])
    return wq.AndNot(positive, wq.Or(excluded)) if excluded else positive


def filter_query(params: SearchParams) -> wq.Query | None:
    terms: list[wq.Query] = []
    if params.type:
        terms.append(wq.Term("record_type", params.type))
    if params.year:
        terms.append(wq.NumericRange("year", params.year, params.year))
    if params.category:
        terms.append(wq.Term("category", params.category))
    if params.issuer:
        terms.append(wq.Term("issuer", params.issuer))
    if params.date_from or params.date_to:
        start = datetime.combine(params.date_from, time.min) if params.date_from else None
        end = datetime.combine(params.date_to, time.max) if params.date_to else None
        terms.append(wq.DateRange("date", start, end))
    return wq.And(terms) if terms else None


# -- running it -----------------------------------------------------------------------------------


@dataclass
class Plan:
    """What to ask the index, and what to mark in snippets."""

    query: wq.Query | None
    terms: set[str] = field(default_factory=set)  # index tokens to mark
    needles: list[str] = field(default_factory=list)  # literal strings that locate the best passage
    literals: list[str] = field(default_factory=list)  # marked as typed where no term is marked


def run_search(params: SearchParams) -> SearchOutcome:
    outcome = SearchOutcome(query=params.q, page=params.page)
    key = lookup.number_key(params.q)
    plan = number_plan(key, params.q, outcome) if key else text_plan(params.q, outcome)
    if plan.query is None:
        if not params.has_filters():
            return outcome
        plan.query = wq.Every()
    _run(plan, params, outcome)
    return outcome


def number_plan(key: str, typed: str, outcome: SearchOutcome) -> Plan:
    """A doc number or ZJCC code: the document itself first, then the records naming it."""
    outcome.number = key
    outcome.resolved = lookup.archived_document(typed)
    if outcome.resolved is None:
        outcome.unarchived = lookup.unarchived(key, typed)
    query = wq.Or([wq.Term("numbers", key, boost=10.0), wq.Term("related_numbers", key)])
    return Plan(query, set(analyse(key)), [key, typed.strip()], [key, typed.strip()])


def text_plan(typed: str, outcome: SearchOutcome) -> Plan:
    """Words and phrases; a person's name also matches their appointments by name."""
    pieces = read_pieces(typed)
    query = text_query(pieces)
    positive = [p for p in pieces if not p.negated]
    terms = {t for p in positive for t in analyse(p.text)}
    typed_pieces = [p.text.strip() for p in positive]
    needles = typed_pieces + sorted(terms, key=len, reverse=True)
    name = typed.strip()
    if query is not None and len(positive) == 1 and _is_person(name):
        outcome.person = name
        query = wq.Or([query, wq.Term("person", name, boost=5.0)])
    return Plan(query, terms, needles, [p for p in typed_pieces if len(p) > 1])


def _is_person(name: str) -> bool:
    return bool(name) and Appointment.objects.filter(person=name, issue__status=Issue.Status.PUBLISHED).exists()


def words_with_hits(typed: str, limit: int = 6) -> list[str]:
    """The words of a query (as the index segments them) that occur in the index on their own:
    what an empty result suggests trying instead of the whole query."""
    words = list(dict.fromkeys(t for p in read_pieces(typed) if not p.negated for t in analyse(p.text)))
    if len(words) < 2:
        return []
    searcher = backend().searcher()
    return [w for w in words if searcher.doc_frequency("text", w)][:limit]


class IndexUnavailable(Exception):
    """The index cannot be opened (being rebuilt, missing or damaged): a temporary condition."""


# What opening a missing or damaged index raises: OSError for missing files; whoosh.index.IndexError
# (EmptyIndexError is one) for no index or a garbage table of contents ("created on different
# architecture"); UnpicklingError for zeroed segment files. `rebuild_index` repairs all of them.
INDEX_UNAVAILABLE_ERRORS = (OSError, WhooshIndexError, pickle.UnpicklingError)


def _run(plan: Plan, params: SearchParams, outcome: SearchOutcome) -> None:
    try:
        searcher = backend().searcher()
    except INDEX_UNAVAILABLE_ERRORS as exc:
        raise IndexUnavailable(str(exc)) from exc
    by_date = params.sort == "date" or isinstance(plan.query, wq.Every)
    page = searcher.search_page(
        plan.query,
        params.page,
        pagelen=PAGE_SIZE,
        filter=filter_query(params),
        sortedby="date" if by_date else None,
        reverse=by_date,
        optimize=False,  # count every match while collecting, instead of a second pass to count
    )
    outcome.total = page.total
    outcome.pages = page.pagecount
    if page.pagenum < params.page:  # Whoosh answers a page past the end with the last page
        return
    outcome.results = [_result(hit.fields(), params.snippets, plan) for hit in page]


def _result(fields: dict, with_snippet: bool, plan: Plan) -> dict:
    return {
        "type": fields["record_type"],
        "title": fields.get("title", ""),
        "doc_number": fields.get("doc_number") or None,
        "person": fields.get("person") or None,
        "issue": {"year": fields["year"], "issue_no": fields["issue_no"]},
        "date": fields.get("shown_date") or None,
        "url": fields["url"],
        "snippet": snippet(fields.get("body", ""), plan.terms, plan.needles, literals=plan.literals)
        if with_snippet else "",
    }

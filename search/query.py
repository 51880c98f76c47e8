"""Running a search: what people type, turned into search.criteria, with filters, sort and pages.

User text never reaches a query parser. It is read by a tiny scanner (words, "quoted phrases",
OR, NOT / -word), each piece segmented as the index is (search.segment), and the criteria built
as plain values that the engine's backend compiles (Whoosh query objects or PostgreSQL SQL); so
`((`, `*`, `:`, a stray quote or a bracketed doc number is just text.
A whole query that is a doc number or ZJCC code is looked up by its normalised key instead.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.urls import NoReverseMatch, reverse

from issues.models import Appointment, Document
from search import lookup
from search.criteria import TEXT, TITLE, All, Any, DateRange, Every, Exact, Not, Search, Words
from search.indexing import backend
from search.search_indexes import RECORD_TYPES
from search.segment import analyse
from search.snippets import snippet

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10  # results a page, unless asked otherwise (page_size, up to MAX_PAGE_SIZE)
MAX_PAGE_SIZE = 100
PHRASE_QUOTES = {'"', "“", "”"}
# The facets as the page and the API name them (their filter parameters), with the index field counted
FACET_FIELDS = {"type": "record_type", "year": "year", "category": "category", "issuer": "issuer"}
MAX_FACET_VALUES = 20  # the issuers most often matched; every type, year and 栏目 is listed


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
    page_size: int = PAGE_SIZE
    snippets: bool = True
    scope: str = "all"  # or "title": words in the title only
    match: str = "words"  # or "exact": the whole query as one phrase
    facets: bool = True  # count the matches by type, year, 栏目 and issuer too

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
    page_size: int = PAGE_SIZE
    pages: int = 0
    results: list[dict] = field(default_factory=list)
    facets: dict[str, list[tuple]] = field(default_factory=lambda: {name: [] for name in FACET_FIELDS})
    # {"year": [(2020, 12), ...], "type": [("document", 3), ...], ...}
    resolved: Document | None = None
    unarchived: lookup.Unarchived | None = None
    person: str | None = None
    number: str | None = None  # the key, when the query was a doc number or ZJCC code

    @property
    def past_the_end(self) -> bool:
        return self.page > max(self.pages, 1)

    def to_json(self) -> dict:
        resolved = None
        if self.resolved:
            doc = self.resolved
            resolved = {"doc_number": doc.doc_number, "title": doc.title, "url": doc.get_absolute_url()}
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "page_size": self.page_size,
            "pages": self.pages,
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


# -- what to ask the index ------------------------------------------------------------------------


def piece_criteria(piece: Piece, scope: str = TEXT) -> Words | None:
    tokens = tuple(analyse(piece.text))
    if not tokens:
        return None
    return Words(tokens, phrase=piece.phrase and len(tokens) > 1, field=scope)


def exact_pieces(text: str) -> list[Piece]:
    """Match "exact": what was typed is one phrase, quotes and operators included as text."""
    phrase = "".join(c for c in unicodedata.normalize("NFKC", text) if c not in PHRASE_QUOTES).strip()
    return [Piece(phrase, phrase=True)] if phrase else []


def text_criteria(pieces: list[Piece], scope: str = TEXT):
    """AND of the pieces (OR where asked), minus the negated ones; None if nothing searchable."""
    groups: list[list] = []
    excluded: list = []
    for piece in pieces:
        c = piece_criteria(piece, scope)
        if c is None:
            continue
        if piece.negated:
            excluded.append(Not(c))
        elif piece.or_previous and groups:
            groups[-1].append(c)
        else:
            groups.append([c])
    if not groups:
        return None
    return All(tuple(Any(tuple(g)) if len(g) > 1 else g[0] for g in groups) + tuple(excluded))


def filter_criteria(params: SearchParams) -> list:
    filters: list = []
    if params.type:
        filters.append(Exact("record_type", params.type))
    if params.year:
        filters.append(Exact("year", params.year))
    if params.category:
        filters.append(Exact("category", params.category))
    if params.issuer:
        filters.append(Exact("issuer", params.issuer))
    if params.date_from or params.date_to:
        filters.append(DateRange(params.date_from, params.date_to))
    return filters


# -- running it -----------------------------------------------------------------------------------


@dataclass
class Plan:
    """What to ask the index, and what to mark in snippets."""

    criteria: object | None
    terms: set[str] = field(default_factory=set)  # index tokens to mark
    needles: list[str] = field(default_factory=list)  # literal strings that locate the best passage
    literals: list[str] = field(default_factory=list)  # marked as typed where no term is marked


def run_search(params: SearchParams) -> SearchOutcome:
    outcome = SearchOutcome(query=params.q, page=params.page, page_size=params.page_size)
    key = lookup.number_key(params.q)
    plan = number_plan(key, params.q, outcome) if key else text_plan(params, outcome)
    if plan.criteria is None:
        if not params.has_filters():
            return outcome
        plan.criteria = Every()
    _run(plan, params, outcome)
    return outcome


def number_plan(key: str, typed: str, outcome: SearchOutcome) -> Plan:
    """A doc number or ZJCC code: the document itself first, then the records naming it."""
    outcome.number = key
    outcome.resolved = lookup.archived_document(typed)
    if outcome.resolved is None:
        outcome.unarchived = lookup.unarchived(key, typed)
    criteria = Any((Exact("numbers", key, boost=10.0), Exact("related_numbers", key)))
    return Plan(criteria, set(analyse(key)), [key, typed.strip()], [key, typed.strip()])


def text_plan(params: SearchParams, outcome: SearchOutcome) -> Plan:
    """Words and phrases (in the title only, or all as one phrase, if asked); a person's name also
    matches their appointments by name."""
    typed = params.q
    pieces = exact_pieces(typed) if params.match == "exact" else read_pieces(typed)
    criteria = text_criteria(pieces, TITLE if params.scope == "title" else TEXT)
    positive = [p for p in pieces if not p.negated]
    terms = {t for p in positive for t in analyse(p.text)}
    typed_pieces = [p.text.strip() for p in positive]
    needles = typed_pieces + sorted(terms, key=len, reverse=True)
    name = typed.strip()
    if criteria is not None and len(positive) == 1 and _is_person(name):
        outcome.person = name
        criteria = Any((criteria, Exact("person", name, boost=5.0)))
    return Plan(criteria, terms, needles, [p for p in typed_pieces if len(p) > 1])


def _is_person(name: str) -> bool:
    return bool(name) and Appointment.objects.published().filter(person=name).exists()


def words_with_hits(typed: str, limit: int = 6) -> list[str]:
    """The words of a query (as the index segments them) that occur in the index on their own:
    what an empty result suggests trying instead of the whole query."""
    words = list(dict.fromkeys(t for p in read_pieces(typed) if not p.negated for t in analyse(p.text)))
    if len(words) < 2:
        return []
    index = backend()
    return [w for w in words if index.has_word(w)][:limit]


def _run(plan: Plan, params: SearchParams, outcome: SearchOutcome) -> None:
    size = params.page_size
    search = Search(plan.criteria, filter_criteria(params), by_date=params.sort == "date"
                    or isinstance(plan.criteria, Every), offset=(params.page - 1) * size, limit=size,
                    facets=params.facets)
    found = backend().find(search)
    outcome.total = found.total
    outcome.pages = math.ceil(found.total / size)
    outcome.results = [_result(fields, params.snippets, plan) for fields in found.hits]
    outcome.facets = {name: facet_values(name, found.facets.get(index_field, {}))
                      for name, index_field in FACET_FIELDS.items()}


def facet_values(name: str, counts: dict) -> list[tuple]:
    """(value, count) pairs as shown: years newest first, types in their registry's order, the rest
    most frequent first (the issuers cut to MAX_FACET_VALUES)."""
    if name == "year":
        return sorted(counts.items(), reverse=True)
    if name == "type":
        return [(t, counts[t]) for t in RECORD_TYPES if counts.get(t)]
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:MAX_FACET_VALUES] if name == "issuer" else ranked


def _result(fields: dict, with_snippet: bool, plan: Plan) -> dict:
    title = fields.get("title", "")
    return {
        "type": fields["record_type"],
        "title": title,
        "title_html": snippet(title, plan.terms, plan.needles, width=max(len(title), 1), literals=plan.literals),
        "doc_number": fields.get("doc_number") or None,
        "person": fields.get("person") or None,
        "issue": {"year": fields["year"], "issue_no": fields["issue_no"]},
        "date": fields.get("shown_date") or None,
        "url": fields["url"],
        "snippet": snippet(fields.get("body", ""), plan.terms, plan.needles, literals=plan.literals)
        if with_snippet else "",
    }

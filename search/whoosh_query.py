"""Searching the Whoosh index: search.criteria compiled to Whoosh query objects (user text never
reaches a query parser), a faster Phrase query, and the facet counts (Whoosh's own grouping).

The backend (search.backend) runs them with its per-thread searcher.
"""

from __future__ import annotations

from datetime import datetime, time

from whoosh import query as wq
from whoosh import sorting
from whoosh.matching import NullMatcher
from whoosh.query import Term
from whoosh.query import Phrase as WhooshPhrase
from whoosh.query.spans import Span, SpanNear2

from search.criteria import FACETS, All, Any, DateRange, Every, Exact, Not, Words


def whoosh_query(criteria) -> wq.Query:
    """The Whoosh query of search.criteria values."""
    match criteria:
        case Words(tokens=tokens, phrase=True, field=name):
            return Phrase(name, list(tokens))
        case Words(tokens=(token,), field=name):
            return wq.Term(name, token)
        case Words(tokens=tokens, field=name):
            return wq.And([wq.Term(name, t) for t in tokens])
        case Exact(field="year" | "issue_no" as name, value=value):
            return wq.NumericRange(name, value, value)
        case Exact(field=name, value=value, boost=boost):
            return wq.Term(name, value, boost=boost)
        case DateRange(low=low, high=high):
            return wq.DateRange("date", datetime.combine(low, time.min) if low else None,
                                datetime.combine(high, time.max) if high else None)
        case Every():
            return wq.Every()
        case All(items=items):
            return wq.And([whoosh_query(item) for item in items])
        case Any(items=items):
            return wq.Or([whoosh_query(item) for item in items])
        case Not(item=item):
            return wq.Not(whoosh_query(item))
    raise TypeError(f"not a search criterion: {criteria!r}")


def facet_counts(searcher, query: wq.Query) -> dict[str, dict]:
    """How many documents matching `query` have each value of each facet: Whoosh's grouping, in one
    unscored pass over every match (the unscored collector skips none, unlike the top-N one)."""
    facets = {name: ListFacet(name) if name == "issuer" else sorting.FieldFacet(name) for name in FACETS}
    grouped = searcher.search(query, limit=None, scored=False, groupedby=facets, maptype=sorting.Count)
    return {name: {value: count for value, count in grouped.groups(name).items() if value is not None}
            for name in FACETS}


class ListFacet(sorting.FieldFacet):
    """A facet of a field of several values a document (issuers): each value counted once per document.

    Whoosh's own (FieldFacet with allow_overlap) re-reads every posting of the field on every search
    to list each document's values; here the lists are kept with the searcher (which is replaced
    when the index changes), as Whoosh keeps its single-value facets' tables.
    """

    def __init__(self, fieldname):
        super().__init__(fieldname, allow_overlap=True)

    def categorizer(self, global_searcher):
        return _KeptListsCategorizer(global_searcher, self.fieldname)


class _KeptListsCategorizer(sorting.OverlappingCategorizer):
    def __init__(self, global_searcher, fieldname):
        super().__init__(global_searcher, fieldname)
        self._kept = global_searcher._field_caches  # noqa: SLF001 - Whoosh's own per-searcher cache

    def set_searcher(self, segment_searcher, docoffset):
        segment = getattr(segment_searcher.reader(), "segment", lambda: None)()  # none in an empty index
        key = ("lists", self._fieldname, segment.segment_id()) if segment is not None else None
        if key not in self._kept:
            super().set_searcher(segment_searcher, docoffset)
            if key:
                self._kept[key] = self._lists
            return
        self._segment_searcher, self._lists = segment_searcher, self._kept[key]


class Phrase(WhooshPhrase):
    """Whoosh's Phrase query, with the position check done on sets of start positions.

    Whoosh builds a Span object for every position of every word in every candidate document,
    which made a phrase of common words (温州市人民政府) cost ~90 ms on 240 issues.
    """

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        field = searcher.schema[self.fieldname]
        matchers = []
        for word in self.words:
            word = field.to_bytes(word)
            if (self.fieldname, word) not in reader:
                return NullMatcher()
            matchers.append(Term(self.fieldname, word).matcher(searcher, context))
        return _PhraseMatcher(matchers)


class _PhraseMatcher(SpanNear2.SpanNear2Matcher):
    """Matches documents where word i occurs at position p + i for some p."""

    def _get_spans(self):
        starts = None
        for offset, matcher in enumerate(self.ms):
            positions = {p - offset for p in matcher.value_as("positions")}
            starts = positions if starts is None else starts & positions
            if not starts:
                return []
        last = len(self.ms) - 1
        return [Span(start, start + last) for start in sorted(starts)]

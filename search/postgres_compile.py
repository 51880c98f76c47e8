"""search.criteria compiled to SQL pieces over search_entry: lexemes and tsqueries, the pairs index of a
phrase, a row's condition for a filter, and Compiler, which turns a criterion into the HAVING clause of a
record's rows with its probe and boosts. search.postgres_query assembles them into a search.
"""

from __future__ import annotations

import json

from django.db import connections, router

from search.criteria import TITLE, All, Any, DateRange, Every, Exact, Not, Words
from search.models import IndexEntry

MAX_WORD_BYTES = 2046  # a longer lexeme is refused
LIST_FIELDS = {"issuer", "numbers", "related_numbers"}
SCALAR_FIELDS = {"record_type", "category", "person", "issue_key", "year", "issue_no"}


def reader():
    """The connection searches read (gazette.db_router: a healthy replica for a public request)."""
    return connections[router.db_for_read(IndexEntry)]


def lexeme(word: str) -> str:
    """A word quoted for tsvector and tsquery input."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(words: Words) -> str | None:
    """The tsquery of the words (all of them, or the phrase), in the title only if asked (weight A);
    None if one can never be in the index."""
    if any(len(t.encode()) > MAX_WORD_BYTES for t in words.tokens):
        return None
    weight = ":A" if words.field == TITLE else ""
    return "(" + (" <-> " if words.phrase else " & ").join(lexeme(t) + weight for t in words.tokens) + ")"


def phrase_pairs(words: Words) -> tuple[str, bool] | None:
    """A phrase's adjacent words as a tsquery over search_pairs(words) (migration search 0005), and
    whether it asks exactly what the phrase does (two words, anywhere in the text); None if not a
    phrase. `a <-> b` holds where b is at the position after one of a's: the pair "a b"."""
    if not words.phrase or len(words.tokens) < 2:
        return None
    pairs = [f"{a} {b}" for a, b in zip(words.tokens, words.tokens[1:])]
    if any(len(pair.encode()) > MAX_WORD_BYTES for pair in pairs):
        return None
    return "(" + " & ".join(map(lexeme, pairs)) + ")", len(words.tokens) == 2 and words.field != TITLE


def _text_probe(query: str, pairs: tuple[str, bool] | None) -> tuple[str, list]:
    """A row condition true exactly on rows matching `query`: a phrase is found by its pairs' GIN index
    (no row's tsvector re-checked), and re-checked only when longer than two words or in the title."""
    if pairs is None:
        return "words @@ %s::tsquery", [query]
    if pairs[1]:
        return "search_pairs(words) @@ %s::tsquery", [pairs[0]]
    # The positions are checked on a copy (ts_filter keeps every weight): `words @@ phrase` is an index
    # condition of its own, and a bitmap scan re-checking it re-computed every candidate's pairs (5 s).
    return "search_pairs(words) @@ %s::tsquery AND ts_filter(words, '{a,b,c,d}') @@ %s::tsquery", [pairs[0], query]


def row_condition(criterion) -> tuple[str, list]:
    """SQL true on a row of a record meeting an Exact or DateRange (the same on all its rows)."""
    match criterion:
        case Exact(field=name, value=value) if name in LIST_FIELDS:
            return f"{name} @> %s::jsonb", [json.dumps([value])]
        case Exact(field=name, value=value) if name in SCALAR_FIELDS:
            return f"{name} = %s", [value]
        case DateRange(low=low, high=high):
            conditions = [c for c, v in (("date >= %s", low), ("date <= %s", high)) if v]
            return " AND ".join(conditions) or "TRUE", [v for v in (low, high) if v]
    raise ValueError(f"cannot search by {criterion!r}")


class Compiler:
    """search.criteria as a HAVING clause over one record's candidate rows.

    What a row is judged by (a tsquery match, an exact value) is computed once per row, in the
    candidate rows' own columns (c0, c1 ...), so that grouping sorts small rows, not tsvectors.
    It also notes what any match must meet, for the GIN probe, and how to order the matches.
    """

    def __init__(self):
        self.columns: list[tuple[str, list]] = []  # per-row values the groups are judged by
        self.tsqueries: list[str] = []  # the text a match may have (the GIN probe, the rank)
        self.pairs: list[tuple[str, bool] | None] = []  # per tsquery: its phrase's pairs (phrase_pairs)
        self.tokens: list[str] = []  # their words (the title hits of the first ordering)
        self.exact: list[tuple[str, list]] = []  # the exact values it may have
        self.boosts: list[tuple[str, list]] = []
        self.text_columns: list[int] = []

    def column(self, sql: str, params: list) -> str:
        self.columns.append((sql, params))
        return f"c{len(self.columns) - 1}"

    def having(self, criterion, negated: bool = False) -> tuple[str, list]:
        match criterion:
            case Words():
                query = tsquery(criterion)
                if query is None:
                    return "FALSE", []
                if negated:  # the rows it is on may not be candidates: look for them
                    return ("EXISTS (SELECT 1 FROM search_entry other WHERE other.identifier = "
                            "candidates.identifier AND other.words @@ %s::tsquery)", [query])
                self.tsqueries.append(query)
                self.pairs.append(phrase_pairs(criterion))
                self.tokens += criterion.tokens
                self.text_columns.append(len(self.columns))
                return f"bool_or({self.column('words @@ %s::tsquery', [query])})", []
            case Exact() | DateRange():
                sql, params = row_condition(criterion)
                met = f"bool_or({self.column(sql, params)})"
                if not negated:
                    self.exact.append((sql, params))
                    if isinstance(criterion, Exact) and criterion.boost != 1.0:
                        self.boosts.append((f"CASE WHEN {met} THEN %s ELSE 0 END", [criterion.boost]))
                return met, []
            case Every():
                return "TRUE", []
            case All(items=items) | Any(items=items):
                parts = [self.having(item, negated) for item in items]
                joiner = " AND " if isinstance(criterion, All) else " OR "
                return joiner.join(f"({sql})" for sql, _ in parts) or "TRUE", [p for _, ps in parts for p in ps]
            case Not(item=item):
                sql, params = self.having(item, not negated)
                return f"NOT ({sql})", params
        raise TypeError(f"not a search criterion: {criterion!r}")

    def probe(self) -> tuple[str, list]:
        """A row condition some row of every match meets (what the GIN indexes answer)."""
        conditions, params = [], []
        if any(self.pairs):  # each text by its own probe, a phrase by its pairs
            probes = [_text_probe(query, pairs) for query, pairs in zip(self.tsqueries, self.pairs)]
            conditions.append(" OR ".join(f"({sql})" for sql, _ in probes))
            params += [p for _, ps in probes for p in ps]
        elif self.tsqueries:
            conditions.append("words @@ %s::tsquery")
            params.append(self.any_text())
        for sql, ps in self.exact:
            conditions.append(sql)
            params += ps
        return " OR ".join(f"({c})" for c in conditions), params

    def probed_alone(self) -> None:
        """The probe is this one text criterion: every candidate row meets it, no need to ask again
        (each question reads the row's tsvector again: 40-60 ms for 3,640 rows at 240 issues)."""
        if len(self.tsqueries) == 1 and not self.exact:
            for n in self.text_columns:
                self.columns[n] = ("TRUE", [])

    def any_text(self) -> str:
        return " | ".join(self.tsqueries)

    def title_hits(self) -> tuple[str, list]:
        """SQL counting the query's words in a row's title (a column of every part): no tsvector is read
        (reading them, ts_filter(words, '{a}'), made 市长 会议 at 2,400 issues 2x slower: TOAST)."""
        if not self.tokens:
            return "0", []
        return " + ".join(["(strpos(title, %s) > 0)::int"] * len(self.tokens)), list(self.tokens)

    def boost(self) -> tuple[str, list]:
        return " + ".join(sql for sql, _ in self.boosts) or "0", [p for _, ps in self.boosts for p in ps]


def must_meet_some(criterion) -> bool:
    """Whether a record meeting `criterion` meets one of its positive parts (then a probe can find it)."""
    match criterion:
        case Words() | Exact() | DateRange():
            return True
        case All(items=items):
            return any(must_meet_some(item) for item in items)
        case Any(items=items):
            return all(must_meet_some(item) for item in items)
    return False  # Every, Not

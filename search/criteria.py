"""What a search asks for, as plain values that either engine compiles (search.backend, search.postgres).

search.query reads what people type into these; each engine's backend turns them into its own
query (Whoosh query objects, or SQL over tsvectors) and answers with a Found. Text is already
segmented here (token lists), so both engines match the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


# The searchable text of a record: all of it, or its title only (search scope).
TEXT, TITLE = "text", "title"
# The fields results are counted by (facets): record type, year, 栏目, issuing body.
FACETS = ("record_type", "year", "category", "issuer")


@dataclass(frozen=True)
class Words:
    """Every token present in the record's text (or title); with phrase=True, in this order, side by side."""

    tokens: tuple[str, ...]
    phrase: bool = False
    field: str = TEXT


@dataclass(frozen=True)
class Exact:
    """A field holding exactly `value` (record_type, category, issuer, person, numbers ...)."""

    field: str
    value: str | int
    boost: float = 1.0


@dataclass(frozen=True)
class DateRange:
    low: date | None
    high: date | None


@dataclass(frozen=True)
class Every:
    """Every record."""


@dataclass(frozen=True)
class All:
    items: tuple


@dataclass(frozen=True)
class Any:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


@dataclass
class Search:
    """Records matching `criteria` and every one of `filters`: `limit` of them (None: all) after `offset`."""

    criteria: object
    filters: list = field(default_factory=list)
    by_date: bool = False  # newest first, else by relevance
    offset: int = 0
    limit: int | None = 10
    facets: bool = False  # count the matches by each of FACETS too


@dataclass
class Found:
    """How many records match (exactly), the stored fields of the page's records, and (if asked)
    how many matches have each value of each facet: {"year": {2020: 12, ...}, ...}."""

    total: int
    hits: list[dict] = field(default_factory=list)
    facets: dict[str, dict] = field(default_factory=dict)


class IndexUnavailable(Exception):
    """The index cannot be opened (being rebuilt, missing or damaged): a temporary condition."""


class IndexMissing(IndexUnavailable):
    """There is no index at all (never built): `rebuild_index` makes one."""

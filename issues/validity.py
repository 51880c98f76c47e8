"""Whether a document is in force on a given day, as the legal databases show it.

A document is 已废止 when a later archived document declares it repealed, and 已修改 when a later
archived document amends it; either counts from the day that document takes effect (a repeal or
amendment printed in 2022 does not touch the state on 2021-01-01). Otherwise its state follows from
its dates: 尚未施行 before it takes effect, 已失效 after its end date, 现行有效 in between, and
未注明有效期 when the archive knows no end date for it. 已废止 and 已失效 win over 已修改, which wins
over 现行有效 and 未注明有效期. The end date is effective_until when printed, else the start plus
valid_years ("有效期5年" from 2020-07-01 runs to 2025-06-30). The start is effective_from, or the
signing date when only a period is printed ("自印发之日起施行，有效期3年"); a document signed (or,
printing no date at all, published) after `today` did not exist yet and is 尚未施行. `today` is
always passed in, so tests never read the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Change:
    """A later archived document acting on this one from the day `on` (None: no date known, so at once)."""

    kind: str  # repeals | amends
    by: object  # the acting Document
    on: date | None = None

    def in_effect(self, today: date) -> bool:
        return self.on is None or self.on <= today


@dataclass(frozen=True)
class NextChange:
    """When the state changes next, for the sentence on a document page: '2025年6月30日失效'."""

    on: date
    what: str  # 起施行 | 失效 | 废止 | 修改生效

    def __str__(self) -> str:
        return f"{self.on.year}年{self.on.month}月{self.on.day}日{self.what}"


@dataclass(frozen=True)
class Validity:
    status: str  # not_yet | in_force | amended | expired | repealed | unknown
    start: date | None = None
    end: date | None = None
    repealed_by: object | None = None  # the archived Document whose repeal of this one is in effect
    amended_by: tuple[Change, ...] = ()  # the amendments in effect, earliest first
    next_change: NextChange | None = None

    LABELS = {
        "not_yet": "尚未施行",
        "in_force": "现行有效",
        "amended": "已修改",
        "expired": "已失效",
        "repealed": "已废止",
        "unknown": "未注明有效期",
    }
    # On /documents/?as_of=…: what may have been in force that day (未注明有效期: nothing says it ended)
    IN_FORCE = ("in_force", "amended", "unknown")

    @property
    def label(self) -> str:
        return self.LABELS[self.status]


def add_years(start: date, years: int) -> date:
    """The same day `years` later; from 29 February, 1 March (so a period's last day is 28 February)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


def end_date(*, effective_from: date | None, effective_until: date | None, valid_years: int | None,
             signed_date: date | None = None) -> date | None:
    """The last day a document is in force, or None when nothing says so."""
    if effective_until:
        return effective_until
    start = effective_from or signed_date
    if valid_years and start:
        return add_years(start, valid_years) - timedelta(days=1)
    return None


def validity_on(today: date, *, effective_from: date | None = None, effective_until: date | None = None,
                valid_years: int | None = None, signed_date: date | None = None, printed_on: date | None = None,
                repealed_by=None, changes=()) -> Validity:
    """The state of a document on `today` from its dates and the archived documents acting on it.

    `changes` are Change rows (repeals and amendments); `repealed_by` alone is a repeal with no date.
    `printed_on` (its issue's date) dates a document that prints neither a start nor a signing date.
    """
    issued = signed_date or (None if effective_from else printed_on)
    changes = [*changes, *([Change("repeals", repealed_by)] if repealed_by is not None else [])]
    start = effective_from or (signed_date if valid_years else None)
    end = end_date(effective_from=effective_from, effective_until=effective_until, valid_years=valid_years,
                   signed_date=signed_date)
    repeal = next((c for c in changes if c.kind == "repeals" and c.in_effect(today)), None)
    amended = tuple(sorted((c for c in changes if c.kind == "amends" and c.in_effect(today)),
                           key=lambda c: c.on or date.min))
    if repeal is not None:
        status = "repealed"
    elif (start and today < start) or (issued and today < issued):
        status = "not_yet"
    elif end and today > end:
        status = "expired"
    elif amended:
        status = "amended"
    elif end:
        status = "in_force"
    else:
        status = "unknown"
    return Validity(status, start=start, end=end, repealed_by=repeal.by if repeal else None, amended_by=amended,
                    next_change=next_change(today, status, start or issued, end, changes))


def next_change(today: date, status: str, start: date | None, end: date | None, changes) -> NextChange | None:
    """The first change of state after `today`: taking effect, a pending repeal or amendment, the end of its term."""
    if status in ("repealed", "expired"):
        return None
    coming = [NextChange(c.on, "废止" if c.kind == "repeals" else "修改生效") for c in changes if c.on and c.on > today]
    if start and start > today:
        coming.append(NextChange(start, "起施行"))
    if end and end >= today:
        coming.append(NextChange(end, "失效"))  # printed as the last day, as the documents print it
    return min(coming, key=lambda c: c.on, default=None)

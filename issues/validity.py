"""Whether a document is in force on a given day.

A document is 已废止 when a later archived document declares it repealed; otherwise its state
follows from its dates: 尚未施行 before it takes effect, 已失效 after its end date, 现行有效
in between, and 未注明有效期 when the archive knows no end date for it. The end date is
effective_until when printed, else the start plus valid_years ("有效期5年" from 2020-07-01 runs
to 2025-06-30). The start is effective_from, or the signing date when only a period is printed
("自印发之日起施行，有效期3年"). `today` is always passed in, so tests never read the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Validity:
    status: str  # not_yet | in_force | expired | repealed | unknown
    start: date | None = None
    end: date | None = None
    repealed_by: object | None = None  # the archived Document that repeals this one

    LABELS = {
        "not_yet": "尚未施行",
        "in_force": "现行有效",
        "expired": "已失效",
        "repealed": "已废止",
        "unknown": "未注明有效期",
    }

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
                valid_years: int | None = None, signed_date: date | None = None,
                repealed_by=None) -> Validity:
    """The state of a document on `today` from its dates and the archived document repealing it."""
    start = effective_from or (signed_date if valid_years else None)
    end = end_date(effective_from=effective_from, effective_until=effective_until, valid_years=valid_years,
                   signed_date=signed_date)
    if repealed_by is not None:
        status = "repealed"
    elif start and today < start:
        status = "not_yet"
    elif end and today > end:
        status = "expired"
    elif end:
        status = "in_force"
    else:
        status = "unknown"
    return Validity(status, start=start, end=end, repealed_by=repealed_by)

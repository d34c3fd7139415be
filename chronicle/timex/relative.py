"""Arithmetic for relative expressions: shifting a reference date and formatting the result.

A reference is a (date, granularity) pair: the publication date in news mode, or the last
resolved expression (narrative mode and anaphora such as `three years later`, `that year`).
Tense is -1 (past), +1 (future) or 0 (unknown); unknown behaves like the past, which is what
news text overwhelmingly means (`said Friday` -> the Friday of the publication week).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from chronicle.timex.dates import OutOfRange, add_months, iso_week, quarter_of

#: Tense of the clause around an expression (`anchoring.tense_at`). PRESENT (a plain present
#: tense verb: `meets Monday`) resolves weekdays to the nearest one; elsewhere it counts as UNKNOWN.
PAST, UNKNOWN, FUTURE, PRESENT = -1, 0, 1, 2


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference point: a day plus the granularity it was known at."""

    day: date
    granularity: str = "day"


#: The granularity at which `n <unit>` arithmetic is reported.
UNIT_GRAN = {
    "S": "second", "M": "month", "H": "hour", "D": "day", "W": "week", "WE": "week",
    "Q": "quarter", "Y": "year", "E": "decade", "C": "century", "L": "century", "TM": "minute",
}  # fmt: skip


def shift(d: date, n: float, unit: str) -> date:
    """`d` moved by `n` units (unit letters as in TIMEX3 durations; `TM` = minutes)."""
    whole = int(n)
    if unit in ("D",):
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    if unit == "M":
        return add_months(d, whole) + timedelta(days=round((n - whole) * 30))
    if unit == "Q":
        return add_months(d, 3 * whole)
    if unit == "Y":
        return add_months(d, 12 * whole + round((n - whole) * 12))
    if unit == "E":
        return add_months(d, 120 * whole)
    if unit in ("C", "L"):
        return add_months(d, 1200 * whole)
    return d  # hours, minutes, seconds: the day does not change at date level


def fmt(d: date, gran: str) -> str:
    """Format a day at a granularity as a TIMEX3 value."""
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "week":
        return iso_week(d)
    if gran == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def shifted_value(ref: Ref, n: float, unit: str) -> str:
    """The value of `n units` from `ref` (negative n = earlier), e.g. `a year earlier` after
    `the third quarter` keeps quarter granularity (TimeBank: 1989-Q3 -> 1988-Q3)."""
    gran = UNIT_GRAN.get(unit, "day")
    if gran in ("hour", "minute", "second"):
        gran = "day"
    if ref.granularity in ("quarter", "half") and gran == "year":
        gran = ref.granularity
    return fmt(shift(ref.day, n, unit), gran)


def closest_year(ref: date, month: int, day: int | None, tense: int) -> int:
    """Year for a date given without one (`March 5`, `March`): the closest to the reference
    among the previous, same and next year, allowed to lie after it by about two months (four
    months when the tense is unknown: news announce dates to come) unless the clause is in the
    future tense, and before it only a little when the clause is in the future tense."""
    if tense == PRESENT:  # `funding runs through Sept. 30`: a schedule; a bare month is not
        tense = FUTURE if day else UNKNOWN  # (`worth $130 million in October`)
    best: tuple[int, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not 1 <= y <= 9999:
            continue  # at the calendar's edges only the years that exist
        try:
            cand = date(y, month, day or 15)
        except ValueError:
            cand = date(y, month, 28)
        delta = (cand - ref).days
        if tense < 0 and delta > (60 if day else 62):
            continue
        if tense == 0 and delta > 120:
            continue
        if tense > 0 and delta < -(3 if day else 20):
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), y)
    return best[1] if best else ref.year


def unit_value(ref: date, unit: str, offset: int) -> str:
    """`this/last/next <unit>` relative to `ref` (offset 0/-1/+1)."""
    if unit == "week":
        return iso_week(ref + timedelta(weeks=offset))
    if unit == "weekend":
        return iso_week(ref + timedelta(weeks=offset)) + "-WE"
    if unit == "month":
        return fmt(add_months(ref, offset), "month")
    if unit == "quarter":
        return fmt(add_months(ref, 3 * offset), "quarter")
    if unit == "half":
        return fmt(add_months(ref, 6 * offset), "half")
    if unit == "decade":
        return _in_range(ref.year // 10 + offset, 0, 999, 3)
    if unit == "century":
        return _in_range(ref.year // 100 + offset, 0, 99, 2)
    return _in_range(ref.year + offset, 1, 9999, 4)  # year, fiscal year


def _in_range(n: int, low: int, high: int, width: int) -> str:
    """`n` zero-padded to `width` digits; out of the calendar (`10000`, `-1`): OutOfRange."""
    if not low <= n <= high:
        raise OutOfRange(f"{n} is outside the calendar")
    return f"{n:0{width}d}"

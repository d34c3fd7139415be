"""Calendar arithmetic and the mapping from a TIMEX3 value to the interval it covers.

All functions are pure and take their reference date as an argument: nothing here reads the
clock or the machine's time zone.

Conventions (TimeML 1.2.1 / TimeBank):

* `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www` (ISO week), `YYYY-Qn`, `YYYY-Hn`, `YYYY-SP|SU|FA|WI`,
  decades `YYY` (``199`` = the 1990s), centuries `YY` (``19`` = 1900-1999, the 20th century),
  `FYYYYY` (fiscal year; the interval given is the calendar year, fiscal calendars vary),
  times `YYYY-MM-DDTHH:MM` and parts of day `YYYY-MM-DDTMO|TAF|TEV|TNI|TDT`.
* Seasons are meteorological (northern hemisphere): spring = March-May, summer = June-August,
  fall = September-November, winter = December of the year to February of the next.
* Named events use the ISO 8601 interval of their days, e.g. World War II ->
  ``1939-09-01/1945-09-02`` (the start and end dates of the reference-event table).
* Weekends `YYYY-Www-WE` are the Saturday and Sunday of that ISO week.
* Every value is checked by `checked_value`: a calendar value whose year is not in 1..9999
  (`10000`, `-001-WI`, `0000`) is not valid TIMEX3 and becomes None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_VALUE = re.compile(
    r"^(?:FY)?(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T(?P<t>MO|AF|EV|NI|DT|\d\d(?::\d\d){0,2}))?$"
)


class OutOfRange(ValueError):
    """A computed date before year 1 or after year 9999: the expression keeps no value."""


#: The leading year (or decade/century digits) of a calendar value.
_LEAD = re.compile(r"^(?:FY)?(?P<digits>-?\d+)(?=$|[-T])")


def checked_value(value: str | None) -> str | None:
    """`value` unless it is a calendar value outside years 1..9999 (`10000`, `-001-WI`,
    `0000-03`): those are not valid TIMEX3, and the expression gets no value."""
    if not value:
        return value
    for part in value.split("/"):
        m = _LEAD.match(part)
        if m is None:
            if part.startswith("-"):
                return None
            continue  # durations, sets, PRESENT_REF, XXXX-..: no year to check
        digits = m["digits"]
        if digits.startswith("-") or not 2 <= len(digits) <= 4 or interval(part) is None:
            return None  # `10000`, `-001-WI`, `0000`, `9999-W52-WE` (a Saturday in 10000)
    if "/" in value and interval(value) is None:
        return None  # an interval that ends before it starts
    return value


def add_months(d: date, months: int) -> date:
    """`d` shifted by whole months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1 or year > 9999:
        raise OutOfRange("date out of range")
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def last_quarter_day(d: date) -> date:
    """The last day of the last completed quarter before `d` (what a report is about)."""
    return date(d.year, 3 * (quarter_of(d) - 1) + 1, 1) - timedelta(days=1)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday (0 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Eastern Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2  # 13 days in 1900-2099
    return date(year, month, day + 1) + timedelta(days=julian_to_gregorian)


def weekday_near(ref: date, weekday: int, direction: int) -> date:
    """The given weekday on or before `ref` (direction -1) or on or after it (+1)."""
    if direction < 0:
        return ref - timedelta(days=(ref.weekday() - weekday) % 7)
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


@lru_cache(maxsize=4096)
def interval(value: str | None) -> tuple[date, date, str] | None:
    """The inclusive (start, end, granularity) a TIMEX3 DATE/TIME value covers, or None."""
    if not value:
        return None
    try:
        if value.isdigit() and len(value) == 3:
            y = int(value) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
        if value.isdigit() and len(value) == 2:
            y = int(value) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
        if "/" in value:
            first, last = value.split("/", 1)
            a, b = interval(first), interval(last)
            if a is None or b is None:
                return None
            return (a[0], b[1], a[2]) if a[0] <= b[1] else None
        m = _VALUE.match(value)
        if m is None:
            return None
        return _interval_of_match(m)
    except (ValueError, OverflowError):
        return None


def _interval_of_match(m: re.Match[str]) -> tuple[date, date, str]:
    y = int(m["y"])
    if m["t"]:
        d = date(y, int(m["m"]), int(m["d"]))
        t = m["t"]
        gran = "part_of_day" if t.isalpha() else ("minute" if ":" in t else "hour")
        return d, d, gran
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        return d, d, "day"
    if m["m"]:
        return date(y, int(m["m"]), 1), month_end(y, int(m["m"])), "month"
    if m["w"]:
        start = date.fromisocalendar(y, int(m["w"]), 6 if m["we"] else 1)
        return start, _days_after(start, 1 if m["we"] else 6), "week"
    if m["q"]:
        q = int(m["q"])
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
    if m["h"]:
        h = int(m["h"])
        return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half"
    if m["s"]:
        first, last = SEASON_MONTHS[m["s"]]
        if m["s"] == "WI":  # December to February; winter 9999 ends with the calendar
            return date(y, 12, 1), month_end(y + 1, 2) if y < 9999 else date.max, "season"
        return date(y, first, 1), month_end(y, last), "season"
    return date(y, 1, 1), date(y, 12, 31), "year"


def _days_after(start: date, days: int) -> date:
    """`start` + `days`, clamped to the last day of the calendar (9999-12-31)."""
    return start + timedelta(days=days) if start <= date.max - timedelta(days=days) else date.max

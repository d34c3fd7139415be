"""TIMEX3 values for calendar dates written with a month: `2023-11-06`, `3/4/2021`, `March 5`,
`5 March 1990`, `last Oct. 23`, `the week of March 6`, `March`, `that July`, `the following
March`.

A day or month without its year takes the year closest to the reference in the direction of the
clause's tense (`relative.closest_year`); a day of a month right after a date of another year in
the same sentence takes that date's year instead (`began March 20, 2003, and reached Baghdad
on April 9`), unless that contradicts the clause's tense against the reference.
"""

from __future__ import annotations

from datetime import date, timedelta

from chronicle.timex.dates import iso_week
from chronicle.timex.lexicon import MONTHS
from chronicle.timex.normbase import Norm, day_date, mod_of, year_of
from chronicle.timex.relative import FUTURE, PAST, UNKNOWN, Ref, closest_year


def _iso(g, ref, prev, tense, day_first):
    d = date(int(g["y"]), int(g["m"]), int(g["d"]))
    if g.get("hh"):
        return Norm("TIME", f"{d.isoformat()}T{g['hh']}:{g['mi']}")
    return Norm("DATE", d.isoformat())


def _numeric(g, ref, prev, tense, day_first):
    a, b = int(g["a"]), int(g["b"])
    month_first = (not day_first and a <= 12) or (day_first and b > 12)
    mon, day = (a, b) if month_first else (b, a)
    return Norm("DATE", date(year_of(g["y"], ref), mon, day).isoformat())


def _near(g, ref, prev):
    """The reference for a date without its year: the previous date when it is in the same
    sentence (`began March 20, 2003, and troops reached Baghdad on April 9` -> 2003), else
    `ref`."""
    if g.get("prev_near") and prev is not None and prev.granularity in ("day", "month") and (
        ref is None or abs((prev.day - ref.day).days) > 90
    ):  # (a previous date near the reference says no more than the reference and the tense)
        return Ref(prev.day, "day")
    return ref


def _following(g, prev: Ref) -> Norm | None:
    """A day read after a date of the same sentence: that date's year (`second in April 2012
    and tested positive on Aug. 17` -> 2012-08-17; `arrested in June 2012 after a shooting on
    March 3` -> 2012-03-03), or the next one when that is just across a new year (`in December
    2011 ... on Jan. 5` -> 2012)."""
    if g.get("y") or g.get("y3"):
        return day_date(g, prev, UNKNOWN)  # the written year, whatever it is
    y = prev.day.year
    try:
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        if date(y, mon, 1) < prev.day - timedelta(days=60) and date(y + 1, mon, 1) - prev.day \
                <= timedelta(days=92):  # fmt: skip
            y += 1  # (only across a new year: `after a shooting on March 3` stays behind June)
    except (KeyError, ValueError, OverflowError):
        return day_date(g, prev, UNKNOWN)
    return day_date({**g, "y": str(y)}, prev, UNKNOWN) if 1 <= y <= 9999 else None


def _agrees(norm: Norm | None, ref: Ref | None, tense: int) -> bool:
    """Whether a value read against a previous date still fits the clause's tense against the
    reference (`will join NATO on March 12` after `July 1997` is not 1997)."""
    if norm is None or not norm.value or ref is None or not norm.value[:4].isdigit():
        return True
    here = norm.value[:7] if len(norm.value) == 7 else norm.value[:10]
    now = ref.day.isoformat()[: len(here)]
    return not ((tense == FUTURE and here < now) or (tense == PAST and here > now))


_OF_YEAR = {"last": -1, "this": 0, "next": 1, "that": 0, "the same": 0, "the following": 1,
            "the previous": -1}  # fmt: skip


def _mdy(g, ref, prev, tense, day_first):
    if g.get("ofy") and ref is not None:  # `Sept. 15 of that year`, `Jan. 12 of last year`
        rel = " ".join(g["ofy"].lower().split())
        if rel in ("the following", "the previous") and prev is None:
            return Norm("DATE", None)  # `of the following year` with no year before it
        base = prev if rel.startswith(("that", "the")) and prev is not None else ref
        norm = day_date({**g, "y": str(base.day.year + _OF_YEAR[rel])}, ref, tense)
        if norm is not None and base is prev:
            norm = Norm(norm.type, norm.value, norm.mod, "previous")
        return norm
    near = _near(g, ref, prev)
    norm = _following(g, near) if near is not ref else None
    if norm is None or not _agrees(norm, ref, tense):
        norm = day_date(g, ref, tense)
    if g.get("prev_year") and prev is not None and prev.granularity == "year" and ref is not \
            None and prev.day.year < ref.day.year and tense != FUTURE and norm is not None \
            and (norm.value or "") > ref.day.isoformat():  # fmt: skip
        # `four starts in 2012 before feeling pain on May 2` (said in March 2013): a day still
        # ahead of the DCT outside a future clause is that year's (`Born in 1950, he died on
        # March 12` stays this year's)
        norm = day_date({**g, "y": str(prev.day.year)}, ref, tense)
    if g.get("wk") and norm is not None and norm.value and norm.value[:1].isdigit():
        # `the week of March 6`: the ISO week holding that day
        return Norm("DATE", iso_week(date.fromisoformat(norm.value)), norm.mod, norm.uses)
    return norm


def _month(g, ref, prev, tense, day_first):
    mon = MONTHS[g["mon"].lower().rstrip(".")]
    mod = mod_of(g.get("mod"))
    rel = (g.get("rel") or "").lower()
    if rel in ("each", "every"):
        return Norm("SET", f"XXXX-{mon:02d}")
    if (rel == "that" or g.get("ofthat")) and prev is not None and not g.get("y"):
        # `that July`, `in March of that year`: the year of the previous expression
        return Norm("DATE", f"{prev.day.year:04d}-{mon:02d}", mod, "previous")
    if rel in ("the following", "the next", "the previous") and prev is not None:
        # `the following March` after `Dec. 12, 2011` -> 2012-03
        step = -1 if rel == "the previous" else 1
        y = prev.day.year
        if (step > 0 and mon <= prev.day.month) or (step < 0 and mon >= prev.day.month):
            y += step
        return Norm("DATE", f"{y:04d}-{mon:02d}", mod, "previous")
    if g.get("y"):
        return Norm("DATE", f"{year_of(g['y'], ref):04d}-{mon:02d}", mod)
    if ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}", mod)
    r = ref.day
    if g.get("yrel"):
        y = r.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    elif rel in ("last", "past", "this past"):
        y = r.year if mon < r.month else r.year - 1
    elif rel in ("next", "coming"):
        y = r.year if mon > r.month else r.year + 1
    elif rel == "this":
        y = r.year
    elif ref.granularity in ("year", "quarter", "half", "season"):
        y = r.year
    else:
        y = closest_year(r, mon, None, tense)
    return Norm("DATE", f"{y:04d}-{mon:02d}", mod, "ref")


def _monquarter(g, ref, prev, tense, day_first):
    """`the December quarter`: the calendar quarter that month closes, the nearest one (`will
    report results for the December quarter`, said in January, is the one just ended)."""
    m = MONTHS[g["mon"].lower().rstrip(".")]
    if ref is None:
        return Norm("DATE", f"XXXX-Q{(m - 1) // 3 + 1}")
    y = closest_year(ref.day, m, 28, UNKNOWN)
    return Norm("DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}", None, "ref")


DATE_RULES = {"iso": _iso, "numeric": _numeric, "mdy": _mdy, "dmy": _mdy, "month": _month,
              "monquarter": _monquarter}  # fmt: skip

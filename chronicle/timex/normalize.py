"""TIMEX3 values for matched extents (TimeML 1.2.1 conventions as found in TimeBank).

Numeric dates: `a/b/yyyy` is read month-first (US news convention) unless the first number
cannot be a month (> 12) or the tagger is configured with `day_first=True`, in which case it is
read day-first unless the second number cannot be a month. Two-digit years are 19xx unless that
would put them more than 10 years after the reference (then 20xx); `1.2.2015` follows the same
policy as `1/2/2015`.

Durations use TIMEX3 units (`P3D`, `PT36H`, `P3Y`) with decades as `DE` and centuries as `CE`
(`P2DE`), vague quantities as `X` (`several years` -> `PXY`). Sets use a period (`daily` ->
`P1D`, `annually` -> `P1Y`) or an underspecified date (`every Tuesday` -> `XXXX-WXX-2`).
Expressions that need a reference the caller does not have get `value` None or an
underspecified value, never an invented date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from chronicle.timex.dates import OutOfRange, checked_value, iso_week, last_quarter_day, quarter_of
from chronicle.timex.lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SMALL,
)
from chronicle.timex.normalize_dates import DATE_RULES
from chronicle.timex.normalize_sets import SET_RULES, _count
from chronicle.timex.normalize_time import TIME_RULES
from chronicle.timex.normbase import Norm, mod_of, year_of
from chronicle.timex.relative import (
    FUTURE,
    PAST,
    Ref,
    closest_year,
    fmt,
    shift,
    shifted_value,
    unit_value,
)


@lru_cache(maxsize=20000)
def normalise(
    rule: str, items: tuple[tuple[str, str], ...], ref: Ref | None, prev: Ref | None,
    tense: int, day_first: bool,
) -> Norm | None:  # fmt: skip
    """The TIMEX3 normalisation of one candidate; cached per (groups, reference, tense)."""
    g = dict(items)
    fn = _RULES[rule]
    try:
        norm = fn(g, ref, prev, tense, day_first)
    except (OutOfRange, OverflowError):  # past year 9999 or before year 1: no value
        return Norm(_TYPE_OF.get(rule, "TIME" if g.get("pod") else "DATE"), None)
    except ValueError as exc:
        if str(exc).startswith("year "):  # `date(0, 1, 1)`: a year outside the calendar
            return Norm(_TYPE_OF.get(rule, "TIME" if g.get("pod") else "DATE"), None)
        return None  # an impossible calendar date (Feb 30): not a date at all
    if norm is not None and norm.value != checked_value(norm.value):
        return Norm(norm.type, None, norm.mod, norm.uses)
    return norm


#: The type of a rule's expressions when its value cannot be computed.
_TYPE_OF = {"time": "TIME", "pod": "TIME", "duration": "DURATION", "set": "SET"}


def _year_rule(g, ref, prev, tense, day_first):
    return Norm("DATE", None if g.get("bc") else g["y"], mod_of(g.get("mod")))


def _year_words(g, ref, prev, tense, day_first):
    words = re.split(r"[\s-]+", g["w"].lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        n = sum(SMALL.get(w, 0) for w in rest)
        return Norm("DATE", f"{2000 + n:04d}")
    rest = [SMALL.get(w) for w in words[1:]]
    if any(v is None for v in rest) or not rest:
        return None
    return Norm("DATE", f"{1900 + sum(rest):04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


def _decade(g, ref, prev, tense, day_first):
    dec = g["dec"].lower().replace("'", "")
    if dec in _DECADE_WORDS:
        value = f"19{_DECADE_WORDS[dec]}"
    elif len(dec) == 3:  # 80s
        value = f"19{dec[0]}"
    else:
        value = dec[:3]
    return Norm("DATE", value, mod_of(g.get("mod")))


def _century(g, ref, prev, tense, day_first):
    n_text = g["n"].lower()
    n = ORDINALS.get(n_text) or int(re.sub(r"\D", "", n_text) or 0)
    if n <= 0:
        return None
    if g.get("bc") or n > 100:  # `the 5th century BC`: no TIMEX3 value before year 1
        return Norm("DATE", None, mod_of(g.get("mod")))
    return Norm("DATE", f"{n - 1:02d}", mod_of(g.get("mod")))


def _season(g, ref, prev, tense, day_first):
    code = SEASONS[g["s"].lower()]
    mod = mod_of(g.get("mod"))
    if g.get("y"):
        return Norm("DATE", f"{year_of(g['y'], ref):04d}-{code}", mod)
    if ref is None:
        return Norm("DATE", f"XXXX-{code}", mod)
    det = re.sub(r"\s+", " ", (g.get("det") or "").lower())
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if prev is not None and ((det == "that" and prev.granularity != "day") or g.get("ofthat")):
        return Norm("DATE", f"{prev.day.year:04d}-{code}", mod, "previous")  # `that winter`
    if det.startswith("the ") and prev is not None:  # `the autumn of 1919 to the following
        p = prev.day  # summer` -> 1920-SU: the first such season after (before) the previous
        if det in ("the following", "the next"):
            y = p.year if (p.month, p.day) < (start_month, 1) else p.year + 1
        else:
            y = p.year if p.month >= start_month + 3 else p.year - 1
        return Norm("DATE", f"{y:04d}-{code}", mod, "previous")
    r = ref.day
    # a winter is named by the year it starts in (December); it lasts into March
    current = r.month >= start_month or (code == "WI" and r.month <= 3)
    base = r.year - 1 if code == "WI" and r.month <= 3 else r.year
    if det in ("last", "past", "this past"):
        y = base if r.month > start_month + 2 and code != "WI" else base - 1
    elif det in ("next", "coming", "this coming"):
        y = base if not current else base + 1
    elif (det == "the" and ("since" in g or tense == PAST) or ("record" in g and tense != FUTURE)
          ) and not current:  # fmt: skip
        # `cut jobs since/over the summer` (said in March): last summer; `the driest summer
        # in 40 years`: a record is set by a season that is over
        y = base - 1
    elif det in ("this", "the", "that") or tense >= 0:
        y = base
    else:
        y = base if current else base - 1
    return Norm("DATE", f"{y:04d}-{code}", mod, "ref")


def _quarter(g, ref, prev, tense, day_first):
    unit = g["unit"].lower()
    n_text = g["n"].lower()
    per_year = 4 if unit == "quarter" else 2
    letter = "Q" if unit == "quarter" else "H"
    year: int | None = year_of(g["y"], ref) if g.get("y") else None
    yr = (g.get("yr") or "").lower()
    if yr and re.match(r"\d|'", yr):
        year = year_of(yr, ref)
    if ref is None and year is None:
        n = ORDINALS.get(n_text) or int(re.sub(r"\D", "", n_text) or 0)
        return Norm("DATE", f"XXXX-{letter}{n}" if n > 0 else None)
    r = ref.day if ref else date(year or 1, 6, 30)
    cur = quarter_of(r) if per_year == 4 else (1 if r.month <= 6 else 2)
    reported = quarter_of(last_quarter_day(r)) if per_year == 4 else cur
    reported_year = last_quarter_day(r).year if per_year == 4 else r.year
    if n_text in ("latest", "comparable", "year-ago", "year-earlier"):
        n, y = reported, reported_year
        if n_text in ("year-ago", "year-earlier"):
            y -= 1
    elif n_text == "current":
        n, y = cur, r.year
    else:
        n = {"front": 1, "back": 2}.get(n_text) or ORDINALS.get(n_text) or int(
            re.sub(r"\D", "", n_text))  # fmt: skip  (`the back half of the year`)
        n = per_year if n == -1 else n
        y = r.year
        if n > cur and (tense == PAST or (tense != FUTURE and n == per_year and cur == 1)):
            y -= 1  # a later quarter in a past clause; in March, `the fourth quarter` is 2012's
    ofyr = (g.get("ofyr") or "").lower()
    if ofyr and ref is not None:
        y = ref.day.year + {"last": -1, "next": 1}.get(ofyr, 0)
    elif "year-" in yr or "last year" in yr:
        y -= 1
    elif "next year" in yr:
        y += 1
    if year is not None:
        y = year
    uses = "none" if year is not None else "ref"
    return Norm("DATE", f"{y:04d}-{letter}{n}", mod_of(g.get("qmod")), uses)


def _qshort(g, ref, prev, tense, day_first):
    """`Q3 2012`, `H2 2013`, `1Q13`, `in 2Q`: a quarter or a half, of the reference's year
    when no year is written."""
    letter = (g.get("u") or "Q").upper()
    if letter == "H" and int(g["n"]) > 2:
        return None
    y = g.get("y") or g.get("y1")
    if not y:
        return Norm("DATE", f"XXXX-{letter}{g['n']}") if ref is None else Norm(
            "DATE", f"{ref.day.year:04d}-{letter}{g['n']}", None, "ref"
        )
    return Norm("DATE", f"{year_of(y, ref):04d}-{letter}{g['n']}")


def _fiscal(g, ref, prev, tense, day_first):
    return Norm("DATE", f"{year_of(g.get('y') or g['y2'], ref):04d}")  # tbaq: `1989`, never FY


def _unit_key(unit: str) -> str:
    return re.sub(r"\s+", " ", unit.lower())


def _relunit(g, ref, prev, tense, day_first):
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = _unit_key(g["unit"])
    mod = mod_of(g.get("mod") or g.get("el"))
    anaphoric = rel in ("following", "previous", "prior") or (
        rel == "next" and g.get("the") is not None and tense == PAST and prev is not None
    )  # `was arrested in June 2012 ... dropped the next month` (2012-07)
    base = prev if anaphoric and prev is not None else ref
    if base is None:
        return Norm("DATE", None, mod)
    offset = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
              "latest": -1, "next": 1, "coming": 1, "following": 1, "this past": -1,
              "this coming": 1}[rel]  # fmt: skip
    uses = "previous" if anaphoric and prev is not None else "ref"
    if g.get("orso"):
        mod = "APPROX"
    if unit == "decade" and g.get("the") is not None and rel in ("past", "next", "coming"):
        # `over the past decade`, `the next decade` (said in 2013): ten years back or ahead
        # of now, not the calendar decade `200`/`202` (`the last decade` stays one: tbaq;
        # so does `we leave next decade`)
        return Norm("DURATION", "P1DE", mod)
    return Norm("DATE", unit_value(base.day, unit, offset), mod, uses)


def _reported_quarter(ref: Ref) -> Ref:
    """The quarter a financial report written at `ref` is about (the one before)."""
    if ref.granularity == "quarter":
        return ref
    return Ref(last_quarter_day(ref.day), "quarter")


def _current_quarter(prev: Ref | None, ref: Ref) -> Ref:
    """The quarter being reported on: the previous expression when it is a quarter of the
    reference year, else the last completed quarter before the reference."""
    if prev is not None and prev.granularity == "quarter" and abs((ref.day - prev.day).days) < 200:
        return prev
    return _reported_quarter(ref)


def _thenoun(g, ref, prev, tense, day_first):
    unit = re.sub(r"[\s-]+", " ", (g.get("unit") or g.get("adj") or "").lower())
    if "forx" in g and unit in ("year", "fiscal year") and not g.get("y"):
        return Norm("DURATION", "P1Y")  # `for the year` (ended Sept. 30): a span of a year
    base = prev or ref
    if base is None:
        return Norm("DATE", None)
    if "ago" in unit or "earlier" in unit or "prior" in unit or unit.endswith("last year"):
        q = _current_quarter(prev, ref or base)
        return Norm("DATE", shifted_value(q, -1, "Y"), None, "previous" if prev else "ref")
    if g.get("y") or unit in ("quarter", "latest period"):
        q = _reported_quarter(ref or base)
        value = shifted_value(q, -1 if g.get("ya") else 0, "Y" if g.get("ya") else "Q")
        if g.get("y"):
            value = f"{g['y']}{value[4:]}"
        return Norm("DATE", value, None, "ref")
    if unit == "week":  # `For the week, the index fell 3.8%`: the week of the report
        return Norm("DATE", iso_week((ref or base).day), None, "ref")
    if unit == "weekend":  # the last one; the next one in a future clause (`will ... over
        r = (ref or base).day  # the weekend`), as weekdays are resolved
        back = (r.weekday() + 2) % 7
        if tense == FUTURE and r.weekday() != 6:
            back = -((5 - r.weekday()) % 7)
        return Norm("DATE", iso_week(r - timedelta(days=back)) + "-WE", None, "ref")
    # `the year` may take up a year just named; `the full year` is the current one
    anaphoric = prev and (prev.granularity == "year" or g.get("that")) and unit != "full year"
    year_base = prev if anaphoric else ref or base
    value = fmt(year_base.day, "year")
    return Norm("DATE", value, None, "ref")


def _endof(g, ref, prev, tense, day_first):
    mod = "END" if g.get("ye") else mod_of(g.get("mod"))
    if g.get("mod2") or (g.get("mod") or "").lower() == "around":
        mod = "APPROX"
    unit = (g.get("unit") or "year").lower()
    if g.get("that") and prev is not None and unit in ("year", "month", "decade", "century"):
        return Norm("DATE", fmt(prev.day, unit), mod, "previous")  # `the end of that year`
    if ref is None:
        return Norm("DATE", None, mod)
    if tense == PAST and mod == "END" and unit in ("year", "month"):
        # `closed at the end of the year` (said in March): that end is behind us, so the last
        # year's; after `that October` (2011) in this or the previous sentence, that year's
        r = ref.day
        if unit == "year" and r.month <= 9:
            year = prev.day.year if prev is not None and g.get("prev_close") and prev.day.year \
                < r.year and prev.granularity in ("year", "month", "day", "season", "quarter") \
                else r.year - 1  # fmt: skip
            return Norm("DATE", f"{year:04d}", mod, "previous" if year != r.year - 1 else "ref")
        if unit == "month" and r.day <= 10:
            return Norm("DATE", unit_value(r, "month", -1), mod, "ref")
    return Norm("DATE", unit_value(ref.day, unit, 0), mod, "ref")


def _dayword(g, ref, prev, tense, day_first):
    w = (g.get("w") or "").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(w, 0)
    if g.get("ba"):
        offset = -2 if g["ba"].lower().startswith("before") else 2
    mod = mod_of(g.get("mod"))
    if g.get("generic"):
        return Norm("DATE", "PRESENT_REF")  # `Today, about 360 drive-ins remain.`
    pod = PARTS_OF_DAY.get((g.get("pod") or ("tonight" if w == "tonight" else "")).lower())
    if ref is None:
        return Norm("TIME" if pod else "DATE", None, mod)
    d = (ref.day + timedelta(days=offset)).isoformat()
    if pod:
        return Norm("TIME", f"{d}T{pod}", mod, "ref")
    return Norm("DATE", d, mod, "ref")


def _ago(g, ref, prev, tense, day_first):
    n, unit = _count(g)
    direction = g["dir"].lower()
    sign = -1 if direction in ("ago", "earlier") else 1
    mod = mod_of(g.get("dmod"))
    mod = "APPROX" if mod in ("LESS_THAN",) else mod
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if n != int(n) and unit in ("E", "C", "L"):  # `half a century ago`: 1963, not a century
        n, unit = n * {"E": 10, "C": 100, "L": 1000}[unit], "Y"
    anaphoric = direction in ("earlier", "later")
    this = (g.get("this") or "").lower()
    if this and ref is not None:  # `ten years ago this week`: that week, N units back
        day = shift(ref.day, sign * n, unit.lstrip("T"))
        gran = "day" if this == "today" else this.split()[-1]
        return Norm("DATE", fmt(day, gran), mod, "ref")
    if anaphoric and "cmp" in g and prev is not None and ref is not None and not g.get(
            "prev_near") and prev.granularity in ("year", "decade", "century") and abs(
            prev.day.year - ref.day.year) > 1:  # fmt: skip
        prev = None  # `lowest since 1979. Earnings rose 2.1% from a year earlier`: a comparison
        anaphoric = False  # with the time of the report, not with that old year
    base = prev if anaphoric and prev is not None else ref
    if unit == "Y" and prev is not None and prev.granularity == "quarter" and ref is not None:
        # financial reports: `a year ago` means the same quarter of the previous year
        base, anaphoric = _current_quarter(prev, ref), True
    if base is None:
        return Norm("DATE", None, mod)
    uses = "previous" if anaphoric and prev is not None else "ref"
    if unit == "Y" and anaphoric and g.get("prev_near") and base is prev and (
        prev.granularity == "month"
    ):  # `rose in January from a year earlier`: that month a year before (`2012-01`)
        return Norm("DATE", fmt(shift(prev.day, sign * n, "Y"), "month"), mod, uses)
    return Norm("DATE", shifted_value(base, sign * n, unit.lstrip("T")), mod, uses)


def _weekof(g, ref, prev, tense, day_first):
    """`the first week of March` -> the ISO week holding its 4th day; `the last week of` ->
    the week holding the month's fourth-last day."""
    mon = MONTHS[g["mon"].lower().rstrip(".")]
    if g.get("y"):
        y = year_of(g["y"], ref)
    elif ref is not None:
        y = closest_year(ref.day, mon, None, tense)
    else:
        return Norm("DATE", f"XXXX-{mon:02d}")
    n = ORDINALS.get(g["n"].lower(), 1)
    if n == -1:
        nxt = date(y + mon // 12, mon % 12 + 1, 1)
        day = nxt - timedelta(days=4)
    else:
        day = date(y, mon, min(28, 7 * (n - 1) + 4))
    week = iso_week(day)
    return Norm("DATE", week + "-WE" if g["unit"].lower() == "weekend" else week, None,
                "none" if g.get("y") else "ref")  # fmt: skip


_RULES = {
    **DATE_RULES, "year": _year_rule, "year_words": _year_words, "decade": _decade,
    "century": _century,
    "season": _season, "quarter": _quarter, "qshort": _qshort, "qcompact": _qshort,
    "fiscal": _fiscal,
    "relunit": _relunit, "thenoun": _thenoun, "endof": _endof, "dayword": _dayword, "ago": _ago,
    "weekof": _weekof, **SET_RULES,
    **TIME_RULES,
}  # fmt: skip

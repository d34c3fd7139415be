"""Values for clock times, parts of day, weekdays, reference words and anaphora (holidays:
`holidays.py`), and for named parts of a year (`the last three months of 2012`, `the first
Monday in February`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicle.timex.dates import add_months, add_years, nth_weekday, weekday_near
from chronicle.timex.holidays import holiday
from chronicle.timex.lexicon import MONTHS, PARTS_OF_DAY, SMALL, UNITS, WEEKDAYS, number_value
from chronicle.timex.normbase import Norm, day_date, mod_of, year_of
from chronicle.timex.relative import (
    FUTURE,
    PAST,
    PRESENT,
    Ref,
    closest_year,
    fmt,
    shifted_value,
    unit_value,
)

_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])?", re.IGNORECASE)
_PRESENT = ("now", "currently", "nowadays", "these days", "at present", "presently", "current",
            "right now", "just now")  # fmt: skip
_PAST = ("recently", "lately", "more recently", "until recently", "previously", "formerly",
         "the past", "recent", "then-current", "then current")  # fmt: skip


def _weekday_date(name: str, ref: date, rel: str, tense: int) -> date:
    wd = WEEKDAYS[name.lower().rstrip(".").rstrip("s") if name.lower() not in WEEKDAYS
                  else name.lower()]  # fmt: skip
    if rel in ("last", "past", "previous", "this past", "the previous", "the past"):
        return weekday_near(ref - timedelta(days=1), wd, -1)
    if rel in ("next", "coming", "this coming", "the following", "the next"):
        return weekday_near(ref + timedelta(days=1), wd, 1)
    if tense == PRESENT:  # `meet separately Monday`, `pre-orders open Friday`: a schedule
        return weekday_near(ref, wd, 1)
    return weekday_near(ref, wd, 1 if tense == FUTURE else -1)


def _day_of(word: str | None, ref: Ref, tense: int) -> date | None:
    """The day a qualifier (`Friday`, `yesterday`, `Nov. 6`) names, relative to `ref`."""
    if not word:
        return None
    w = word.lower().strip()
    if w in ("today", "tonight"):
        return ref.day
    if w == "yesterday":
        return ref.day - timedelta(days=1)
    if w == "tomorrow":
        return ref.day + timedelta(days=1)
    rel, _, name = w.rpartition(" ")  # `this Friday`, `next Monday`
    if name.rstrip(".") in WEEKDAYS and rel in ("", "this", "next", "last"):
        return _weekday_date(name, ref.day, rel, tense)
    m = re.match(r"([a-z]+)\.?\s*(\d+)(?:,?\s+(\d{4}))?", w)
    if m and m.group(1) in MONTHS:
        g = {"mon": m.group(1), "d": m.group(2)} | ({"y": m.group(3)} if m.group(3) else {})
        norm = day_date(g, ref, tense)
        return date.fromisoformat(norm.value) if norm and norm.value else None
    return None


def _time(g, ref, prev, tense, day_first):
    clock = g["clock"].lower()
    mod = mod_of(g.get("mod"))
    if "noon" in clock:
        hh, mm = 12, 0
    elif "midnight" in clock:  # the end of its day (`midnight Friday`: ISO 8601 `T24:00`),
        after = "after" in (g.get("mod") or "").lower() or "since" in g  # but `just after
        # midnight`, `since midnight`: 00:00
        hh, mm = (0, 0) if after else (24, 0)
    elif g.get("mil"):  # `0600 GMT`
        hh, mm = int(g["mil"][:2]), int(g["mil"][2:])
    elif g.get("oh"):
        oh = g["oh"].lower()
        hh, mm = (int(oh) if oh.isdigit() else SMALL.get(oh, 0)), 0
        pod = (g.get("pod") or "").lower()
        if pod in ("afternoon", "evening", "night") and hh < 12:
            hh += 12
        elif hh == 12 and pod in ("night", "morning"):
            hh = 24 if pod == "night" else 0  # `12 at night` is midnight, not noon
    else:
        m = _CLOCK.match(clock)
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3):
            if hh > 12 or hh == 0:
                return None
            hh = hh % 12 + (12 if m.group(3).lower() == "p" else 0)
        pod = (g.get("pod") or "").lower()
        if not m.group(3) and pod in ("afternoon", "evening", "night") and hh < 12:
            hh += 12
    if hh > 24 or mm > 59 or (hh == 24 and mm):
        return None  # `24:30` is no clock time (ISO 8601 allows 24:00 only)
    if ref is None:
        return Norm("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", mod)
    day = _day_of(g.get("day"), ref, tense) or ref.day
    return Norm("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}", mod, "ref")


def _pod(g, ref, prev, tense, day_first):
    pod_word = g["pod"].lower()
    code = PARTS_OF_DAY[pod_word]
    det = (g.get("det") or "").lower()
    mod = mod_of(g.get("mod"))
    if ref is None:
        return Norm("TIME", None, mod)
    if det == "last" or (pod_word == "overnight" and not det and not g.get("day2")
                         and tense == PAST):  # fmt: skip
        day = ref.day - timedelta(days=1)  # (`bodies were recovered overnight`: the night
        # that ended this morning, named by its evening)
    else:
        day = _day_of(g.get("day2") or det, ref, tense) or ref.day
    if (det == "that" or (det == "the" and g.get("prev_near"))) and prev is not None \
            and prev.granularity in ("day", "part_of_day", "hour", "minute"):
        # `that evening` after a day (not after `since 1998`: a year says no day); `On Good
        # Friday he will preside ... in the afternoon`: that day's afternoon
        return Norm("TIME", f"{prev.day.isoformat()}T{code}", mod, "previous")
    return Norm("TIME", f"{day.isoformat()}T{code}", mod, "ref")


def _weekday(g, ref, prev, tense, day_first):
    name = g["wd"]
    rel = (g.get("rel") or "").lower()
    pod_word = (g.get("pod") or "").lower()
    if name.lower().endswith("s") and name.lower().rstrip("s") in WEEKDAYS and not rel:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[name.lower().rstrip('s')] + 1}")
    if pod_word.endswith("s"):  # `Monday nights`: every Monday night
        wd = WEEKDAYS[name.lower().rstrip(".")]
        return Norm("SET", f"XXXX-WXX-{wd + 1}T{PARTS_OF_DAY[pod_word[:-1]]}")
    rel = rel or (g.get("post") or "").lower()  # `Monday next`
    mod = mod_of(rel) if rel in ("early", "late", "earlier", "later") else None
    code = PARTS_OF_DAY.get((g.get("pod") or "").lower())
    base = ref
    uses = "ref"
    if rel in ("the following", "the next", "the previous") and prev is not None:
        base, uses = prev, "previous"
    if base is None:
        wd = WEEKDAYS[name.lower().rstrip(".")]
        return Norm("TIME" if code else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code
                    else ""), mod)  # fmt: skip
    if (g.get("wk") or g.get("wkon")) and tense >= 0:  # `Tuesday week`: a week after the
        # coming Tuesday (a past clause reads the weekday alone)
        day = weekday_near(base.day, WEEKDAYS[name.lower().rstrip(".")], 1) + timedelta(days=7)
    else:
        day = _weekday_date(name, base.day, "" if mod else rel, tense)
    if code:
        return Norm("TIME", f"{day.isoformat()}T{code}", mod, uses)
    return Norm("DATE", day.isoformat(), mod, uses)


def _ordday(g, ref, prev, tense, day_first):
    if ref is None:
        return Norm("DATE", f"XXXX-XX-{int(g['d']):02d}")
    month = add_months(ref.day.replace(day=1), {"last": -1, "next": 1}.get(
        (g.get("mrel") or "").lower(), 0))  # fmt: skip  (`the 15th of last month`)
    try:
        return Norm("DATE", month.replace(day=int(g["d"])).isoformat(), None, "ref")
    except ValueError:
        return None  # `the 31st of last month` in a short month


def _thistime(g, ref, prev, tense, day_first):
    """`this time last year`: the reference's month, a year away."""
    if ref is None:
        return Norm("DATE", None)
    return Norm("DATE", fmt(add_years(ref.day, -1 if g["yrel"].lower() == "last" else 1),
                            "month"), None, "ref")  # fmt: skip


def _unitstime(g, ref, prev, tense, day_first):
    """`in 10 days' time`, `in a fortnight's time`: the day, week, ... that far ahead."""
    unit = g["unit"].lower().rstrip("s")
    n = number_value(g["n"])
    if ref is None or n is None or unit not in UNITS:
        return Norm("DATE", None)
    if unit == "fortnight":
        unit, n = "week", n * 2
    return Norm("DATE", shifted_value(ref, n, UNITS[unit]), None, "ref")


def _afternext(g, ref, prev, tense, day_first):
    """`the week after next`, `the weekend before last`: two units away."""
    if ref is None:
        return Norm("DATE", None)
    return Norm("DATE", unit_value(ref.day, g["unit"].lower(), 2 if "next" in g["ba"].lower()
                                   else -2), None, "ref")  # fmt: skip


def _ref(g, ref, prev, tense, day_first):
    w = re.sub(r"\s+", " ", g["w"].lower())
    if w in _PRESENT:
        return Norm("DATE", "PRESENT_REF")
    if w in _PAST:
        return Norm("DATE", "PAST_REF")
    return Norm("DATE", "FUTURE_REF")


def _anaphor(g, ref, prev, tense, day_first):
    det = re.sub(r"\s+", " ", g["det"].lower())
    unit = (g.get("unit") or "day").lower()
    base = prev or ref
    if base is None:
        return Norm("DATE", None)
    uses = "previous" if prev is not None else "ref"
    code = PARTS_OF_DAY.get(unit)
    letter = "D" if code else UNITS.get(unit, "D")
    offset = 0
    if det in ("the following", "the next") or det.endswith("later"):
        offset = 1
    elif det in ("the previous", "the preceding", "the prior", "the day before") or det.endswith(
        "earlier"
    ):
        offset = -1
    if det in ("the day before", "a day later", "a day earlier"):
        letter, code = "D", None
    if letter == "D" and base.granularity not in ("day", "part_of_day", "hour", "minute"):
        return Norm("DATE", None)  # `that day` after `1990`: the day is unknown
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year", "E": "decade",
            "WE": "week"}.get(letter, "day")  # fmt: skip
    if offset == 0:
        value = fmt(base.day, gran)
    else:
        value = shifted_value(base, offset, letter)
    if code:
        return Norm("TIME", f"{value}T{code}", None, uses)
    return Norm("DATE", value, None, uses)


def _inthe(g, ref, prev, tense, day_first):
    """`earlier in the day`, `later in the year`: the current unit, mod START/END."""
    if ref is None:
        return Norm("DATE", None, mod_of(g["mod"]))
    unit = g["unit"].lower()
    value = ref.day.isoformat() if unit == "day" else unit_value(ref.day, unit, 0)
    return Norm("DATE", value, mod_of(g["mod"]), "ref")


def _unitba(g, ref, prev, tense, day_first):
    """`the year before`, `the day after`, `the night before`: anaphoric, one unit away."""
    det = "the previous" if g["ba"].lower() in ("before", "earlier") else "the following"
    return _anaphor({"det": det, "unit": g["unit"]}, ref, prev, tense, day_first)


_ENT_POD = {**PARTS_OF_DAY, "dawn": "MO", "dusk": "EV", "sunrise": "MO", "sunset": "EV"}
_ENT_PLURAL = re.compile(r"\b(seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades"
                         r"|centuries)\b", re.IGNORECASE)  # fmt: skip
_ENT_ORDINAL = re.compile(r"\b(?:\w+(?:st|nd|rd|th)|first|second|third|last|final)\s+"
                          r"(?:\w+\s+)?(?:day|night|week|month|year)\b", re.IGNORECASE)
#: Granularities within a day: `on Sunday night, the third day of ...` names that day.
_CLOCK_GRAINS = frozenset(("part_of_day", "hour", "minute", "second"))
_ENT_DAY = re.compile(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b")


def _entity(g, ref, prev, tense, day_first):
    """An NER DATE/TIME span no rule reads (`entities.py`): valued from its words; an
    expression we cannot value keeps value None (never a guess)."""
    text = g["text"]
    low = text.lower()
    kind = "TIME" if g.get("label") == "TIME" else "DATE"
    if re.match(r"(?:the\s+)?(?:near\s+)?(?:future|upcoming)\b", low):
        return Norm("DATE", "FUTURE_REF")  # `future quarters`
    pods = [code for w, code in _ENT_POD.items() if re.search(rf"\b{w}\b", low)]
    wd = next((w for w in re.findall(r"[a-z]+", low) if w in WEEKDAYS), None)
    if pods and (wd or not _ENT_ORDINAL.search(low)):  # (`the first night of Hanukkah`: a
        # night we cannot date, not tonight)
        if ref is None:
            return Norm("TIME", None)
        day = _day_of(wd, ref, tense) or ref.day
        return Norm("TIME", f"{day.isoformat()}T{pods[0]}", mod_of(low), "ref")
    plural = _ENT_PLURAL.search(low)
    if plural is not None:
        unit = plural.group(1).rstrip("s").replace("centurie", "century")
        letter = UNITS.get(unit, "D")
        if unit in ("second", "minute", "hour"):
            return Norm("DURATION", f"PTX{letter}")
        return Norm("DURATION", f"PX{ {'E': 'DE', 'C': 'CE'}.get(letter, letter)}")
    nth_day = re.search(r"\bday$", low) and _ENT_ORDINAL.search(low) and not re.search(
        r"\b(?:last|final)\b", low)  # `it is the last day to register`: not necessarily today
    if ref is not None and g.get("today") and nth_day:
        return Norm("DATE", ref.day.isoformat(), None, "ref")  # `it's the second day of ...`
    nth = _ENT_ORDINAL.search(low)
    if nth is not None and g.get("apposed") and prev is not None and not re.search(
            r"\b(?:last|final)\b", low):  # fmt: skip
        unit = nth.group(0).split()[-1].lower()
        gran = {"night": "day"}.get(unit, unit)
        if prev.granularity == gran or (gran == "day" and prev.granularity in _CLOCK_GRAINS):
            return Norm("DATE", fmt(prev.day, gran), None, "previous")
    if nth is not None or ref is None:
        return Norm(kind, None)
    from chronicle.timex.dateparse import parse_date  # the dateparser fallback, loaded lazily

    day = parse_date(text, ref.day, day_first=day_first)
    if day is None:
        return Norm(kind, None)
    if any(m in low for m in MONTHS) and _ENT_DAY.search(low):
        return Norm("DATE", day.isoformat(), None, "ref")
    if any(re.search(rf"\b{m}\b", low) for m in MONTHS):
        return Norm("DATE", f"{day.year:04d}-{day.month:02d}", None, "ref")
    return Norm(kind, None)


def _partyear(g, ref, prev, tense, day_first):
    """`the first two quarters of 1990` -> `1990-H1` (tbaq), `the last three months of 2012`
    -> `2012-Q4`: a span that is a calendar half or quarter is that half or quarter (any other,
    `the first nine months of 1997`, is two expressions, as in tbaq)."""
    first = g["pos"].lower() == "first"
    kind = re.sub(r"\s+", " ", g["k"].lower())
    value = ("Q1" if first else "Q4") if kind == "three months" else ("H1" if first else "H2")
    if g.get("y"):
        return Norm("DATE", f"{year_of(g['y'], ref):04d}-{value}", mod_of(g.get("dmod")))
    if ref is None:
        return Norm("DATE", f"XXXX-{value}", mod_of(g.get("dmod")))
    y = ref.day.year + {"last": -1, "next": 1}.get(g["ofyr"].lower(), 0)
    return Norm("DATE", f"{y:04d}-{value}", mod_of(g.get("dmod")), "ref")


def _nthwd(g, ref, prev, tense, day_first):
    """`the first Monday in February` -> `2013-02-04`."""
    mon = MONTHS[g["mon"].lower().rstrip(".")]
    wd = WEEKDAYS[g["wd"].lower()]
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}[g["n"].lower()]
    if g.get("y"):
        y = year_of(g["y"], ref)
    elif ref is None:
        return Norm("DATE", None)
    else:
        y = closest_year(ref.day, mon, None, tense)
    uses = "none" if g.get("y") else "ref"
    return Norm("DATE", nth_weekday(y, mon, wd, n).isoformat(), None, uses)


TIME_RULES = {
    "time": _time, "pod": _pod, "weekday": _weekday, "ordday": _ordday, "ref": _ref,
    "thistime": _thistime, "unitstime": _unitstime, "afternext": _afternext,
    "anaphor": _anaphor, "inthe": _inthe, "holiday": holiday, "entity": _entity, "unitba": _unitba,
    "partyear": _partyear, "nthwd": _nthwd,
}  # fmt: skip

"""TIMEX3 values for holidays (`Christmas`, `Easter Monday`, `Thanksgiving weekend`, `the Ides
of March`): fixed days, days counted from Easter or from Thanksgiving, nth weekdays of a
month; a holiday without a year takes the year the clause's tense and the reference suggest."""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicle.timex.dates import easter, iso_week, nth_weekday
from chronicle.timex.normbase import Norm


def holiday_date(name: str, year: int) -> date:
    """The day of holiday `name` in `year`."""
    n = re.sub(r"\s+", " ", name.lower()).replace("\u2019", "'").replace("saint ", "st. ")
    if n.startswith("christmas"):
        return date(year, 12, 24 if "eve" in n else 25)
    if n.startswith("new year"):
        return date(year, 12, 31) if "eve" in n else date(year, 1, 1)
    fixed = {"independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
             "veterans day": (11, 11), "boxing day": (12, 26), "bastille day": (7, 14),
             "st. patrick's day": (3, 17), "st. joseph's day": (3, 19), "may day": (5, 1),
             "fourth of july": (7, 4), "africa day": (5, 25), "tax day": (4, 15),
             "anzac day": (4, 25), "bloomsday": (6, 16), "hogmanay": (12, 31),
             "burns night": (1, 25), "groundhog day": (2, 2), "earth day": (4, 22),
             "the ides of march": (3, 15), "the feast of st. joseph": (3, 19),
             "the feast of st. patrick": (3, 17)}  # fmt: skip
    if n in fixed:
        return date(year, *fixed[n])
    if n.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if n in ("black friday", "cyber monday"):  # the day after Thanksgiving; its Monday
        return nth_weekday(year, 11, 3, 4) + timedelta(days=1 if n == "black friday" else 4)
    if n == "easter monday":
        return easter(year) + timedelta(days=1)
    if n.startswith("easter"):
        return easter(year)
    before_easter = {"good friday": 2, "palm sunday": 7, "ash wednesday": 46,
                     "maundy thursday": 3, "holy thursday": 3, "holy saturday": 1,
                     "holy week": 3, "shrove tuesday": 47}  # (Holy Week: its ISO week, that
    # of Holy Thursday)
    if n in before_easter:
        return easter(year) - timedelta(days=before_easter[n])
    if n == "pentecost":
        return easter(year) + timedelta(days=49)
    if n.startswith("martin luther king"):
        return nth_weekday(year, 1, 0, 3)
    if n.startswith("president"):
        return nth_weekday(year, 2, 0, 3)
    if n == "mother's day":
        return nth_weekday(year, 5, 6, 2)
    if n == "father's day":
        return nth_weekday(year, 6, 6, 3)
    if n == "columbus day":
        return nth_weekday(year, 10, 0, 2)
    if n == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if n == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    return nth_weekday(year, 11, 0, 1) + timedelta(days=1)  # US Election Day


def holiday(g, ref, prev, tense, day_first):
    name = g["h"]
    week = name.lower().endswith("week")  # `Easter week`: the ISO week ending on Easter Sunday
    if g.get("y"):
        d = holiday_date(name, int(g["y"]))
        return Norm("DATE", iso_week(d) if week else _weekend_of(d) if g.get("we")
                    else d.isoformat())  # fmt: skip
    if ref is None:
        return Norm("DATE", None)
    rel = (g.get("rel") or "").lower()
    y = ref.day.year
    d = holiday_date(name, y)
    hyr = (g.get("hyr") or "").lower()
    if hyr:  # `Thanksgiving Day this year`, `Christmas last year`: that year's
        d = holiday_date(name, y + {"last": -1, "next": 1}.get(hyr, 0))
        return Norm("DATE", iso_week(d) if week else _weekend_of(d) if g.get("we")
                    else d.isoformat(), None, "ref")  # fmt: skip
    # a past clause may name a holiday of the coming days (`as Easter week began`)
    late = d - ref.day
    ahead = 7 if tense < 0 else 14 if tense == 0 else None  # how far ahead the clause may mean
    if (rel == "last" and late.days > 2) or (not rel and ahead is not None and late.days > ahead):
        d = holiday_date(name, y - 1)
    elif (rel == "next" or (not rel and tense > 0)) and d < ref.day:
        d = holiday_date(name, y + 1)
    if week:
        return Norm("DATE", iso_week(d), None, "ref")
    if g.get("we"):  # `Memorial Day weekend`: the weekend beside the holiday
        return Norm("DATE", _weekend_of(d), None, "ref")
    return Norm("DATE", d.isoformat(), None, "ref")


def _weekend_of(d: date) -> str:
    """The weekend nearest a day (`Labor Day weekend`: the one before that Monday;
    `Thanksgiving weekend`: the one after that Thursday) as `YYYY-Www-WE`."""
    back = {0: 1, 1: 2}.get(d.weekday(), 0)  # Monday, Tuesday: the weekend just before
    ahead = {3: 2, 4: 1, 2: 3}.get(d.weekday(), 0)
    return iso_week(d - timedelta(days=back) + timedelta(days=ahead)) + "-WE"


__all__ = ["holiday", "holiday_date"]

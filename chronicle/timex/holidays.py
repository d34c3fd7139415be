"""TIMEX3 values for holidays (`Christmas`, `Easter Monday`, `Thanksgiving weekend`, `the Ides
of March`, `Lunar New Year`, `Passover`, `Eid al-Fitr`): fixed days, days counted from Easter or
from Thanksgiving, nth weekdays of a month, and the days of lunar and lunisolar calendars looked
up in `seeds/movable_holidays.csv`; a holiday without a year takes the year the clause's tense
and the reference suggest."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import cache
from importlib.resources import files

from chronicle.timex.dates import easter, iso_week, nth_weekday, orthodox_easter
from chronicle.timex.normbase import Norm

#: Names in text -> the holiday's name in `seeds/movable_holidays.csv`.
_MOVABLE_NAMES = {"lunar new year": "Lunar New Year", "chinese new year": "Lunar New Year",
                  "passover": "Passover", "rosh hashanah": "Rosh Hashanah",
                  "rosh hashana": "Rosh Hashanah", "yom kippur": "Yom Kippur",
                  "hanukkah": "Hanukkah", "chanukah": "Hanukkah", "hanukah": "Hanukkah",
                  "purim": "Purim",
                  "eid al-fitr": "Eid al-Fitr", "eid al-adha": "Eid al-Adha",
                  "diwali": "Diwali", "deepavali": "Diwali", "holi": "Holi"}  # fmt: skip


@cache
def movable_dates() -> dict[tuple[str, int], tuple[date, ...]]:
    """(holiday, year) -> its days that year, from the packaged `movable_holidays.csv` (an
    Islamic holiday falls twice in some Gregorian years)."""
    text = files("chronicle.seeds").joinpath("movable_holidays.csv").read_text(encoding="utf-8")
    out: dict[tuple[str, int], tuple[date, ...]] = {}
    for row in csv.DictReader(text.splitlines()):
        d = date.fromisoformat(row["date"])
        out[(row["holiday"], d.year)] = out.get((row["holiday"], d.year), ()) + (d,)
    return out


def holiday_date(name: str, year: int, near: date | None = None) -> date | None:
    """The day of holiday `name` in `year` (the one nearest `near` when it falls twice), or
    None for a lunar holiday in a year the table does not cover."""
    days = holiday_days(name, year)
    return min(days, key=lambda d: abs((d - (near or d)).days), default=None)


def holiday_days(name: str, year: int) -> tuple[date, ...]:
    """Every day of holiday `name` in `year`: one, two for an Islamic holiday in some years,
    none for a lunar holiday outside the table."""
    n = re.sub(r"\s+", " ", name.lower()).replace("\u2019", "'").replace("saint ", "st. ")
    n = re.sub(r"^eid[-\s]+(?:al|ul)[-\s]?", "eid al-", n)
    n = re.sub(r"\bst\.?\s", "st. ", n)  # British `St George's Day`
    eve = re.match(r"(lunar new year|chinese new year)'s (day|eve)$", n)
    if eve:  # `Chinese New Year's Eve`: the day before
        back = timedelta(days=1 if eve.group(2) == "eve" else 0)
        return tuple(d - back for d in holiday_days(eve.group(1), year))
    if n in _MOVABLE_NAMES:
        return movable_dates().get((_MOVABLE_NAMES[n], year), ())
    return (_computed_date(n, year),)


def _computed_date(n: str, year: int) -> date:
    """The day of a holiday computed from the Gregorian calendar or from Easter (`n` normalised)."""
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
             "the feast of st. patrick": (3, 17), "juneteenth": (6, 19), "canada day": (7, 1),
             "australia day": (1, 26), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
             "st. george's day": (4, 23), "st. andrew's day": (11, 30),
             "st. david's day": (3, 1), "orthodox christmas": (1, 7)}  # fmt: skip
    # (Orthodox Christmas: 25 December of the Julian calendar, 7 January in 1901-2099)
    if n in fixed:
        return date(year, *fixed[n])
    if n.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if n in ("black friday", "cyber monday"):  # the day after Thanksgiving; its Monday
        return nth_weekday(year, 11, 3, 4) + timedelta(days=1 if n == "black friday" else 4)
    if n == "orthodox easter":
        return orthodox_easter(year)
    if n == "easter monday":
        return easter(year) + timedelta(days=1)
    if n.startswith("easter"):
        return easter(year)
    before_easter = {"good friday": 2, "palm sunday": 7, "ash wednesday": 46,
                     "maundy thursday": 3, "holy thursday": 3, "holy saturday": 1,
                     "holy week": 3, "shrove tuesday": 47, "mardi gras": 47}
    # (Holy Week: its ISO week, that of Holy Thursday)
    if n in before_easter:
        return easter(year) - timedelta(days=before_easter[n])
    after_easter = {"pentecost": 49, "whit monday": 50, "ascension day": 39}
    if n in after_easter:
        return easter(year) + timedelta(days=after_easter[n])
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

    def value(d: date | None, uses: str = "none") -> Norm:
        if d is None:  # a lunar holiday outside the table's years: no false date
            return Norm("DATE", None)
        return Norm("DATE", iso_week(d) if week else _weekend_of(d) if g.get("we")
                    else d.isoformat(), None, uses)  # fmt: skip

    near = ref.day if ref is not None else None
    if g.get("y"):
        return value(holiday_date(name, int(g["y"]), near))
    if ref is None:
        return Norm("DATE", None)
    rel = (g.get("rel") or "").lower()
    y = ref.day.year
    hyr = (g.get("hyr") or "").lower()
    if hyr:  # `Thanksgiving Day this year`, `Christmas last year`: that year's
        return value(holiday_date(name, y + {"last": -1, "next": 1}.get(hyr, 0), near), "ref")

    def days(*years: int) -> list[date]:
        return sorted(d for yy in years for d in holiday_days(name, yy))

    if rel == "next" or (not rel and tense > 0):  # the first one from the reference on
        return value(next((d for d in days(y, y + 1) if d >= ref.day), None), "ref")
    ahead = 2 if rel == "last" else 7 if tense < 0 else 14  # how far ahead the clause may mean
    if rel in ("last", ""):  # the latest one, up to a few days ahead (`as Easter week began`)
        return value(max((d for d in days(y - 1, y) if (d - ref.day).days <= ahead),
                         default=None), "ref")  # fmt: skip
    return value(holiday_date(name, y, near), "ref")  # `this Christmas`


def _weekend_of(d: date) -> str:
    """The weekend nearest a day (`Labor Day weekend`: the one before that Monday;
    `Thanksgiving weekend`: the one after that Thursday) as `YYYY-Www-WE`."""
    back = {0: 1, 1: 2}.get(d.weekday(), 0)  # Monday, Tuesday: the weekend just before
    ahead = {3: 2, 4: 1, 2: 3}.get(d.weekday(), 0)
    return iso_week(d - timedelta(days=back) + timedelta(days=ahead)) + "-WE"


__all__ = ["holiday", "holiday_date", "holiday_days", "movable_dates"]

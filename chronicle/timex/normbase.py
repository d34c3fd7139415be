"""Shared pieces of normalisation: the result record, modifier words and year parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from chronicle.timex.lexicon import DAY_WORDS, MONTHS
from chronicle.timex.relative import Ref, closest_year

MOD_WORDS = {
    "early": "START", "beginning": "START", "start": "START", "earlier": "START",
    "late": "END", "end": "END", "close": "END", "later": "END", "mid": "MID", "middle": "MID",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "estimated": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "under": "LESS_THAN", "less": "LESS_THAN", "fewer": "LESS_THAN", "more": "MORE_THAN",
    "over": "MORE_THAN",
    "least": "EQUAL_OR_MORE", "up": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "most": "EQUAL_OR_LESS", "no": "EQUAL_OR_LESS",
}  # fmt: skip
DURATION_LETTER = {"E": "DE", "C": "CE", "L": "ML"}


@dataclass(frozen=True, slots=True)
class Norm:
    type: str
    value: str | None
    mod: str | None = None
    #: none: from the text alone; ref: from the reference passed in; previous: anaphoric
    uses: str = "none"


def mod_of(words: str | None) -> str | None:
    if not words:
        return None
    for w in re.findall(r"[a-z]+", words.lower()):
        if w in MOD_WORDS:
            return MOD_WORDS[w]
    return None


def year_of(text: str, ref: Ref | None) -> int:
    t = text.strip().lstrip("'")
    if len(t) in (3, 4):  # `October 12, 1492`, `March 4, 2150`, `Jan. 1, 0001`, `June 15, 800`
        return int(t)
    century = 1900 if ref is None or int(t) > ref.day.year % 100 + 10 else 2000
    return century + int(t)


def _valid_day(y: int, mon: int, day: int) -> bool:
    try:
        date(y, mon, day)
    except ValueError:
        return False
    return True


def day_date(g: dict[str, str], ref: Ref | None, tense: int) -> Norm | None:
    mon = MONTHS[g["mon"].lower().rstrip(".")]
    day = DAY_WORDS.get(g["d"].lower()) or int(re.sub(r"\D", "", g["d"]))
    mod = mod_of(g.get("mod"))
    if g.get("bc"):  # `March 15, 1000 BC`: no TIMEX3 value before year 1
        return Norm("DATE", None, mod)
    y_text = g.get("y") or g.get("y3")
    if y_text:  # the written year, whatever it is (never the reference year instead)
        return Norm("DATE", date(year_of(y_text, ref), mon, day).isoformat(), mod)
    if ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", mod)
    rel = (g.get("rel") or "").lower()
    if not _valid_day(2000, mon, day):
        return None  # `last Feb. 30`: no such day, as a plain `Feb. 30`
    if rel in ("last", "past", "this past", "next", "coming", "this coming"):
        # `last Oct. 23`: the latest such day before the ref; `next Feb. 29`: the next leap day
        step = -1 if rel in ("last", "past", "this past") else 1
        y = ref.day.year
        for _ in range(9):
            if _valid_day(y, mon, day) and (date(y, mon, day) - ref.day).days * step > 0:
                return Norm("DATE", date(y, mon, day).isoformat(), mod, "ref")
            y += step
        return Norm("DATE", None, mod)
    if ref.granularity == "day":
        y = closest_year(ref.day, mon, day, tense)
    else:
        y = ref.day.year
    if (mon, day) == (2, 29):  # `Feb. 29` without a year: the closest leap year in its direction
        step = 1 if tense > 0 else -1
        for _ in range(8):
            if _valid_day(y, mon, day):
                break
            y += step
    return Norm("DATE", date(y, mon, day).isoformat(), mod, "ref")

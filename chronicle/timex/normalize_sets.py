"""TIMEX3 values for durations and sets (`P3D`, `PT36H`, `P2DE`, `PXY`; `P1W`, `XXXX-WXX-2`).

Decades are `DE` (`two decades` -> `P2DE`, vague `PXDE`), as TIMEX2/TIMEX3 and the
issue's spec write them, centuries `CE`; vague quantities get an `X` (`several years` -> `PXY`).
Sets use a period (`daily` -> `P1D`) or an underspecified date (`every Tuesday` ->
`XXXX-WXX-2`).
"""

from __future__ import annotations

import re

from chronicle.timex.lexicon import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, number_value
from chronicle.timex.normbase import DURATION_LETTER, Norm, mod_of


def _count(g: dict[str, str]) -> tuple[float | None, str]:
    unit_word = g["unit"].lower().rstrip("s")
    unit_word = {"centurie": "century", "millennia": "millennium"}.get(unit_word, unit_word)
    unit = UNITS.get(unit_word, "D")
    if unit_word in ("minute", "second") or unit == "H":
        unit = "T" + ("M" if unit_word == "minute" else unit)
    n_text = g["n"].lower()
    if n_text in ("a", "an") and g["unit"].lower().endswith("s"):
        return None, unit  # `a decades-long feud`
    # `two to three weeks` -> P2W, its lower end (tbaq); `two or three days` -> PXD
    n = None if " or " in n_text else number_value(re.split(r"\s+to\s+", n_text)[0])
    if n is not None and g.get("half"):
        n += 0.5
    if unit_word == "fortnight" and n is not None:
        n *= 2  # `a fortnight`: P2W
    return n, unit


def duration_value(n: float | None, unit: str, decimal: bool = False) -> str:
    time = unit.startswith("T")
    letter = DURATION_LETTER.get(unit.lstrip("T"), unit.lstrip("T"))
    prefix = "PT" if time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if n != int(n) and letter in ("DE", "CE", "ML"):  # `half a century`: P50Y
        n, letter = n * {"DE": 10, "CE": 100, "ML": 1000}[letter], "Y"
    if n != int(n) and decimal:  # `9.6 years` -> P9.6Y, as written (ISO 8601 decimals)
        return f"{prefix}{n:g}{letter}"
    if n != int(n):
        whole = int(n)
        sub = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "M": (60, "S")}
        if letter in sub and not (letter == "M" and not time):
            factor, small = sub[letter]
            part = f"{whole}{letter}" if whole else ""
            if letter == "D":
                return f"P{part}T{round((n - whole) * factor)}{small}"
            return f"{prefix}{part}{round((n - whole) * factor)}{small}"
        return f"{prefix}{n:g}{letter}"
    return f"{prefix}{int(n)}{letter}"


_RANK = {"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}


def _joined(first: str, second: str) -> str | None:
    """Two durations as one (`P6Y` + `P10M` -> `P6Y10M`), or None unless the second's unit is
    smaller than the first's."""
    def rank(v: str) -> int:
        return _RANK.get(("T" if "T" in v else "") + v[-1], -1)

    if "X" in first + second or "." in first or rank(first) < 0 or rank(second) <= rank(first):
        return None
    if first.endswith("W") and second.endswith("D"):  # ISO 8601 puts no weeks beside days
        return f"P{int(first[1:-1]) * 7 + int(second[1:-1])}D"
    tail = second[1:]
    return first + (tail[1:] if "T" in first and tail.startswith("T") else tail)


def _duration(g, ref, prev, tense, day_first):
    n, unit = _count(g)
    if unit == "WE":
        n, unit = (n * 2 if n is not None else None), "D"
    if unit == "Q" and n is not None:  # `the next three quarters` -> P9M (tbaq)
        n, unit = n * 3, "M"
    mod = mod_of(g.get("dmod"))
    if g.get("ormod") and mod is None:  # `a year or more`, `five hours or less`
        mod = "EQUAL_OR_LESS" if g["ormod"].rstrip().endswith("less") else "EQUAL_OR_MORE"
    decimal = "." in g["n"]
    value = duration_value(n, unit, decimal)
    if g.get("n2"):  # `six years and 10 months` -> P6Y10M, `a day and two hours` -> P1DT2H
        n2, unit2 = _count({"n": g["n2"], "unit": g["unit2"]})
        if n2 is not None and n2 == int(n2):
            value = _joined(value, duration_value(n2, unit2)) or value
    return Norm("DURATION", value, mod)


def _qcentury(g, ref, prev, tense, day_first):
    """`a quarter-century`: 25 years; `a quarter-century ago`: the year 25 years back;
    `the past half-century`: 50 years."""
    direction = (g.get("dir") or "").strip().lower()
    years = 50 if (g.get("frac") or "").lower() == "half" else 25
    if not direction:
        return Norm("DURATION", f"P{years}Y", mod_of(g.get("dmod")))
    base = prev if direction != "ago" and prev is not None else ref
    if base is None:
        return Norm("DATE", None)
    sign = 1 if direction == "later" else -1
    return Norm("DATE", f"{base.day.year + sign * years:04d}", None,
                "previous" if base is prev else "ref")  # fmt: skip


def _vague(g, ref, prev, tense, day_first):
    if (g.get("q") or "").lower() == "recent" and g["unit"].lower() == "years":
        return Norm("DATE", "PAST_REF")  # `in recent years` (tbaq 3:2; `recent weeks` PXW)
    return Norm("DURATION", duration_value(None, _count({"unit": g["unit"], "n": "x"})[1]))


def _bare_plural(g, ref, prev, tense, day_first):
    unit = g.get("unit") or g["unit2"]
    letter = _count({"unit": unit, "n": "x"})[1]
    return Norm("DURATION", duration_value(None, letter))


def _pl_ago(g, ref, prev, tense, day_first):
    """`days earlier`, `months ago`, `years later`: a vague point before or after."""
    return Norm("DATE", "FUTURE_REF" if g["dir"].lower() == "later" else "PAST_REF")


_ADVERB_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "quarterly": "P1Q", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M",
}  # fmt: skip


def _set(g, ref, prev, tense, day_first):
    if g.get("adv"):
        return Norm("SET", _ADVERB_SETS[g["adv"].lower()])
    if g.get("unit2") or g.get("per"):
        unit = UNITS[(g.get("unit2") or g["per"]).lower()]
        return Norm("SET", duration_value(1, "T" + unit if unit == "H" else unit))
    what = g["what"].lower().rstrip(".")
    n = number_value(g["n"]) if g.get("n") else 1
    if what.rstrip("s") in WEEKDAYS:
        pod = PARTS_OF_DAY.get((g.get("spod") or "").lower())
        part = f"T{pod}" if pod and not pod[0].isdigit() else ""  # `every Saturday night`
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[what.rstrip('s')] + 1}{part}")
    if what in MONTHS:
        return Norm("SET", f"XXXX-{MONTHS[what]:02d}")
    if what in PARTS_OF_DAY:
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}")
    if what in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[what]}")
    if what.rstrip("s") == "weekend":  # `every weekend`
        return Norm("SET", "XXXX-WXX-WE")
    _, unit = _count({"unit": what, "n": "1"})
    return Norm("SET", duration_value(n, unit))


SET_RULES = {
    "duration": _duration, "qcentury": _qcentury, "vague": _vague, "bare_plural": _bare_plural,
    "set": _set, "pl_ago": _pl_ago,
}  # fmt: skip

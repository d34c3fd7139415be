"""News vs narrative mode: what an underspecified expression resolves against.

Modes
-----
* **news**: deictic expressions (`yesterday`, `last week`, `Friday`, `two weeks ago`, `March`)
  resolve against the document creation time (`doc._.dct`).
* **narrative** (history, biographies): underspecified expressions (`March`, `Friday`,
  `May 5`) resolve against the last resolved expression (`In 1950 ... in March` -> 1950-03);
  the DCT is used only before the first one. Expressions that point at the time of writing
  (`today`, `yesterday`, `last year`, `this week`, `two weeks ago`, `last Tuesday`) keep the
  DCT when there is one: a biography's `last year` is the year before it was written. A
  weekday needs a previous expression of a day or a week, else it takes the DCT too.
* **auto** (default) picks per document: narrative when the text has at least three absolute
  years more than ten years away from the DCT (or any year when there is no DCT) and they
  outnumber the deictic news expressions (`today`, `yesterday`, weekdays, `this/last/next
  <unit>`, `... ago`; not the anaphoric `... later/earlier`) at least four to one; news
  otherwise (a news story that looks back on history still dates `Tuesday` from its DCT).

Anaphoric expressions (`three years later`, `a year earlier`, `that year`, `the following
month`) always resolve against the previous expression, in both modes.
"""

from __future__ import annotations

from datetime import date

from chronicle.timex.extents import Candidate
from chronicle.timex.relative import Ref

_DEICTIC = {"dayword", "weekday", "relunit", "ago", "pod"}
_SPEECH_REL = frozenset(("this", "last", "next", "past", "coming", "current", "this past",
                         "this coming"))  # fmt: skip


def speech_time(c: Candidate) -> bool:
    """Whether a candidate points at the time of writing, whatever the narrative before it."""
    g = c.groups
    rel = " ".join((g.get("rel") or g.get("det") or "").lower().split())
    if c.rule == "dayword":
        return True
    if c.rule in ("ago", "pl_ago"):
        return (g.get("dir") or "").lower() not in ("earlier", "later")
    if c.rule in ("relunit", "weekday"):
        return rel in _SPEECH_REL
    if c.rule == "pod":
        return rel in ("this", "last", "tomorrow", "yesterday")
    return False


def narrative_ref(c: Candidate, dct: Ref | None, prev: Ref) -> Ref:
    """What a candidate resolves against in narrative mode: the previous expression, except
    for the time of writing's own words, and for a weekday when the previous expression is
    coarser than a week (`In 1952 ... last year ... on Tuesday` dates Tuesday from the DCT)."""
    if dct is None:
        return prev
    if speech_time(c) or (c.rule == "weekday" and prev.granularity not in ("day", "week")):
        return dct
    return prev


def choose_mode(cands: list[Candidate], dct: date | None) -> str:
    """`news` or `narrative` for a document (the `auto` heuristic in the module docstring)."""
    far_years = 0
    deictic = 0
    for c in cands:
        if c.rule == "year" and "y" in c.groups:
            if dct is None or abs(int(c.groups["y"]) - dct.year) > 10:
                far_years += 1
        elif c.rule in _DEICTIC and c.groups.get("dir", "ago").lower() not in ("earlier", "later"):
            deictic += 1
    return "narrative" if far_years >= 3 and far_years >= 4 * deictic else "news"

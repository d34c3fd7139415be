"""Ranges and coordinations: each end is its own TIMEX3 and shares what the other one states.

TimeML annotates a range as two expressions (the range itself is a relation, not a TIMEX3),
and an end written without its month or year takes them from the other end:

* years: `2008-2009`, `1850-58`, `the 2011-12 season`, `from 1990 to 1995` -> `2008` and
  `2009`, `1850` and `58` (1858), `2011` and `12` (2012);
* days: `March 9-10`, `Sept. 14 and 18, 2012`, `June 3 to 5` -> `March 9` and `10`
  (2013-03-10); the year written after the second day belongs to both; day first, `26-27 May`,
  `from 20 to 28 May` -> `26` (2013-05-26) and `27 May`;
* months: `May and June 2012`, `March to May 1999` -> `May` (2012-05) and `June 2012`;
  `between May and October last year` -> `May` is last year's.

The second end must come after the first (`a 12-3 vote`, `89-52` are not ranges) and lie
within a century of it, except a descending pair of full years after `from`/`between`
(`from 1999 to 1990`: two years); a year range must not be money, a count or a score (the
year rule's guards apply to its first year). `from 1800 to 1750 BC`: both years, no value.
"""

from __future__ import annotations

from chronicle.timex.lexicon import BC, DAY, MONTH, NOT_COUNT, YEAR, compile_rx

_DASH = r"\s?(?:-|–|—|to|through|thru|and|or)\s?"
_YEAR_RANGE = compile_rx(
    rf"(?<![\w$£€#.,/-])(?P<y1>(?:1[6-9]|20)\d\d)(?P<sep>{_DASH})(?P<y2>(?:1[6-9]|20)\d\d|\d\d)"
    r"(?![\w%/]|[.,]\d|-\d|\s*(?:percent|per\s+cent))"
    rf"(?P<bc>{BC})?"
)
#: `from 1999 to 1990`, `between 2020 and 2019`: a descending pair is still two years.
_FROM_BEFORE = compile_rx(r"\b(?:from|between)\s+$")
_DAY_RANGE = compile_rx(
    rf"(?P<mon>{MONTH})\s*(?P<d1>{DAY})(?P<sep>{_DASH})(?P<d2>{DAY})(?!\s*[:%.]\d)"
    rf"(?P<ytail>,?\s+(?P<y>{YEAR}|\d{{4}}\b{NOT_COUNT}))?"
)
#: `26-27 May`, `22 and 23 May`, `from 20 to 28 May 2013`: day first.
_DMY_RANGE = compile_rx(
    rf"(?<![\w$£€#.,/-])(?P<d1>[12]\d|3[01]|0?[1-9])(?P<sep>{_DASH})(?P<d2>{DAY})\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
_DAYS_BEFORE = compile_rx(r"(?:\b(?:on|from|between|for|until|till|by|and|of|to|held|dates?)\s+"
                          r"|^\s*|[(,]\s*)$")
_MONTH_PAIR = compile_rx(
    rf"(?P<m1>{MONTH})\s+(?:and|or|to|through|until|-|–)\s+(?P<m2>{MONTH})(?:,?\s+(?:of\s+)?"
    rf"(?P<y>{YEAR})|\s+(?P<yrel>this|last|next)\s+year\b)"
)
_NUMBER_BEFORE = compile_rx(r"(?:\$|£|€|#|\bno\.|\bnumber|\bsection|\broom|\bflight|\bvote[sd]?"
                            r"|\bscore[sd]?)\s*$")  # fmt: skip
_COUNT_AFTER = compile_rx(r"\s+(?:people|employees|workers|votes|points|shares|units|feet|meters"
                          r"|miles|km|tons|tonnes|dollars|yards|runs|goals|victory|win|loss)\b")


def range_candidates(text: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """(start, end, rule, groups) for both ends of every range and coordination in `text`."""
    out: list[tuple[int, int, str, dict[str, str]]] = []
    for m in _YEAR_RANGE.finditer(text):
        y1, y2 = m.group("y1"), m.group("y2")
        full = y2 if len(y2) == 4 else y1[:2] + y2
        before = text[max(0, m.start() - 20) : m.start()]
        descending = (len(y2) == 4 and m.group("sep").strip().lower() in ("to", "and", "through")
                      and _FROM_BEFORE.search(before) is not None)  # fmt: skip
        gap = int(full) - int(y1)
        if not (0 < gap <= 100 or (descending and -100 <= gap < 0)):
            continue
        if _NUMBER_BEFORE.search(before) or _COUNT_AFTER.match(text, m.end()):
            continue
        bc = {"bc": m.group("bc")} if m.group("bc") else {}  # `from 1800 to 1750 BC`: no value
        out.append((m.start("y1"), m.end("y1"), "year", {"y": y1} | bc))
        out.append((m.start("y2"), m.end(), "year", {"y": full} | bc))
    for m in _DAY_RANGE.finditer(text):
        d1, d2 = (int("".join(ch for ch in m.group(k) if ch.isdigit())) for k in ("d1", "d2"))
        if d2 <= d1:
            continue
        first = {"mon": m.group("mon"), "d": m.group("d1")}
        # the second end is read in the first one's clause (`April 24 and 25`: one tense)
        second = {"mon": m.group("mon"), "d": m.group("d2"), "tense_at": str(m.start("mon"))}
        if m.group("y"):
            first["y"] = second["y"] = m.group("y")
        out.append((m.start("mon"), m.end("d1"), "mdy", first))
        out.append((m.start("d2"), m.end(), "mdy", second))
    for m in _DMY_RANGE.finditer(text):
        d1, d2 = int(m.group("d1")), int("".join(ch for ch in m.group("d2") if ch.isdigit()))
        if d2 <= d1 or not _DAYS_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # (`on 26-27 May`, not `The score was 3-4 May ...`)
        year = {"y": m.group("y")} if m.group("y") else {}
        out.append((m.start("d1"), m.end("d1"), "dmy", {"d": m.group("d1"), "mon": m.group("mon"),
                                                         "tense_at": str(m.start("d2"))} | year))
        out.append((m.start("d2"), m.end(), "dmy", {"d": m.group("d2"), "mon": m.group("mon")}
                    | year))  # fmt: skip
    for m in _MONTH_PAIR.finditer(text):
        year = {"y": m.group("y")} if m.group("y") else {"yrel": m.group("yrel")}
        out.append((m.start("m1"), m.end("m1"), "month", {"mon": m.group("m1")} | year))
    return out


__all__ = ["range_candidates"]

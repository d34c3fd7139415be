"""Clock times without a day of their own (`at 2 p.m.`): the day they take from their sentence
or the sentences before it (`Tuesday ... at 2 p.m.`), or no day at all when their clause
describes a routine (`open daily from 8 a.m. to 6 p.m.` -> `XXXX-XX-XXT08:00`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from chronicle.timex.anchoring import CLAUSE_BREAK, SENT_BREAK, within
from chronicle.timex.lexicon import RESTATED_BEFORE, compile_rx
from chronicle.timex.types import Timex

#: How many expressions on each side of a clock time may share its sentence.
_NEAR = 12
#: Words that make a clause's clock times a routine rather than one day's (`daily` in lower
#: case only: `the Daily Mail`; `every` only before a unit of time).
_ROUTINE = re.compile(r"(?-i:\b(?:daily|nightly)\b)|\b(?:usually|regularly|typically|normally"
                      r"|routinely|generally|always|every\s+(?:single\s+|other\s+)?(?:day|night"
                      r"|morning|afternoon|evening|weekday|week|(?:Mon|Tues|Wednes|Thurs|Fri"
                      r"|Satur|Sun)day)s?)\b", re.IGNORECASE)  # fmt: skip


#: `officials said on Sunday that the Mass would begin at 9:30 a.m.`: when it was said.
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated)\s+"
                      r"(?:on\s+)?$", re.IGNORECASE)  # fmt: skip
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: What may stand between a part of day and its clock time (`Wednesday afternoon at around`).
_BESIDE = re.compile(r"[\s,]*(?:(?:at|around|about|on|shortly|just|after|before|until|till"
                     r"|from|by)\s+)*", re.IGNORECASE)
#: `at 10:30 local time (1520 GMT Tuesday)`: the day of a time restated in another zone.
_RESTATED = compile_rx(RESTATED_BEFORE)


def _said_on(text: str, tx: Timex) -> bool:
    """Whether `tx` says when something was said (`officials said on Sunday`)."""
    return _SAID_ON.search(text, max(0, tx.start_char - 25), tx.start_char) is not None


def _restated(text: str, tx: Timex) -> bool:
    """Whether `tx` restates a clock time in another zone (`(1520 GMT Tuesday)`) or is the day
    of one: never another clock time's day."""
    return _in_parentheses(text, tx) and tx.type == "TIME" or \
        _RESTATED.search(text, max(0, tx.start_char - 25), tx.start_char) is not None


def _in_parentheses(text: str, tx: Timex) -> bool:
    """Whether `tx` opens a parenthesis (`(0735 GMT)`)."""
    return text[max(0, tx.start_char - 1) : tx.start_char] == "("


def _routine(text: str, start: int, end: int, near: bool = False) -> bool:
    """Whether the clause around a dayless clock time describes a routine: `the doors open at
    6 a.m. daily`, `sittings regularly run until 10 at night`; with `near`, only a routine word
    right beside the time counts (`open daily from 8 a.m. to 6 p.m. ... beginning April 29`)."""
    lo, hi = within(text, start, end, 30 if near else 160, 30 if near else 120, CLAUSE_BREAK)
    return _ROUTINE.search(text, lo, hi) is not None


def clock_days(text: str, timexes: list[Timex], clocks: list[int], dct: date | None = None,
               past: frozenset[int] = frozenset(), ahead: frozenset[int] = frozenset(),
               firm: frozenset[int] = frozenset()) -> list[Timex]:  # fmt: skip
    """A clock time without its own day (`at 2 p.m.`) takes the day of the nearest
    day-granularity date in the same sentence (`Tuesday ... at 2 p.m.`,
    `at 5:46 a.m. (0546 GMT) on Monday`), else the last day of the two sentences before it,
    instead of the DCT; none when its clause describes a routine and is not past. A clock time
    whose clause is past (its index in `past`) does not take a later day than the DCT from an
    earlier sentence (`... until Monday to decide. A standstill took effect at midnight.`).
    A clock time whose clause looks ahead (its index in `ahead`) does not take the day
    something was said on (`officials said on Sunday that the Mass would begin at 9:30 a.m.`)
    nor a day of its sentence after it and before the DCT (`set for 10 a.m., ... the first
    since talks broke off on March 7`); one whose verb is a plain future (in `firm`: `will
    start at 09:00`) takes no day before the DCT from the sentences before either.

    `timexes` are in text order; only neighbours within 120 characters can count, so only a
    few on each side are looked at (a text of thousands of clock times stays linear)."""
    dayless = set(clocks)
    for i in clocks:
        tx = timexes[i]
        best: Timex | None = None
        for j in range(max(0, i - _NEAR), min(len(timexes), i + _NEAR + 1)):
            other = timexes[j]
            if other.start_date is None or j in dayless or not (
                (other.type == "DATE" and other.granularity == "day")
                or (other.type == "TIME" and other.granularity in ("minute", "hour"))
                or (other.granularity == "part_of_day" and "overnight" not in other.text.lower()
                    and _beside(text, tx, other))
            ):
                continue  # a day-level date, or a time with its own day (`5 p.m. Tuesday`), or a
                # part of day right beside it (`Wednesday afternoon at around 2 p.m.`)
            if _restated(text, other) or (other.start_char < tx.start_char and i in ahead
                                           and _said_on(text, other)):  # fmt: skip
                continue  # (`Police said Sunday that the shooting happened at 2 a.m.`: Sunday)
            if i in ahead and dct is not None and other.start_date < dct and \
                    other.start_char > tx.start_char:  # fmt: skip
                continue  # `The session, set for 10 a.m., will be the first since March 7`
            lo, hi = sorted((other.end_char, tx.start_char)) if other.start_char < tx.start_char \
                else sorted((tx.end_char, other.start_char))
            if hi - lo > 120 or CLAUSE_BREAK.search(text, max(0, lo - 1), hi):
                continue
            if best is None or abs(other.start_char - tx.start_char) < abs(
                best.start_char - tx.start_char
            ):
                best = other
        if tx.value and i not in past and _routine(text, tx.start_char, tx.end_char,
                                                   near=best is not None):  # fmt: skip
            timexes[i] = replace(tx, value="XXXX-XX-XX" + tx.value[10:], start_date=None,
                                 end_date=None, anchor="none")  # fmt: skip
            continue
        if best is None:  # no day in its sentence: the day the text was just talking about
            best = _previous_day(text, timexes, i, i in ahead)
            if best is not None and i in firm and dct is not None and best.start_date is not None \
                    and best.start_date < dct:  # fmt: skip
                best = None
            if best is not None and i in past and dct is not None and best.start_date is not None \
                    and best.start_date > dct:  # fmt: skip
                best = None
        if best is not None and tx.value and best.start_date is not None:
            day = best.start_date
            if best.start_char < tx.start_char and (_hour(best.value) >= 21 or (
                    best.value or "").endswith(("TNI", "TEV"))) and 0 <= _hour(tx.value) < 6 \
                    and day < date.max:  # fmt: skip
                day += timedelta(days=1)  # `shortly after 11 p.m. ... at around 1:15 a.m.`,
                # `late Saturday night, at about 2 a.m.`
            timexes[i] = replace(tx, value=day.isoformat() + tx.value[10:], start_date=day,
                                 end_date=day)  # fmt: skip
    for i in clocks:
        _restated_day(text, timexes, i)
    return timexes


def _restated_day(text: str, timexes: list[Timex], i: int) -> None:
    """A clock time restated in another zone right after another (`2106 GMT (0506 HKT) March
    20`, `2:30 a.m. local time (2100 GMT)`) is on that one's day, or on the day before or
    after when the hours lie more than 12 apart."""
    tx = timexes[i]
    if i == 0 or not _in_parentheses(text, tx) or not tx.value:
        return
    main = timexes[i - 1]
    h_main, h_here = _hour(main.value), _hour(tx.value)
    if main.type != "TIME" or main.start_date is None or tx.start_char - main.end_char > 16 \
            or h_main < 0 or h_here < 0 or not tx.value[:4].isdigit():  # fmt: skip
        return
    try:
        day = main.start_date + timedelta(days=-1 if h_here - h_main > 12 else
                                          1 if h_main - h_here > 12 else 0)  # fmt: skip
    except OverflowError:  # (past the calendar's last day: no value rather than a wrong one)
        timexes[i] = replace(tx, value=None, start_date=None, end_date=None, granularity=None)
        return
    timexes[i] = replace(tx, value=day.isoformat() + tx.value[10:], start_date=day, end_date=day)


def _hour(value: str | None) -> int:
    """The hour of a clock value (`...T23:05` -> 23); -1 for anything else."""
    m = re.search(r"T(\d\d):\d\d$", value or "")
    return int(m.group(1)) if m else -1


def _beside(text: str, tx: Timex, other: Timex) -> bool:
    """Whether only a few prepositions stand between two expressions (either way round)."""
    lo, hi = (other.end_char, tx.start_char) if other.start_char < tx.start_char else (
        tx.end_char, other.start_char)  # fmt: skip
    return lo <= hi and _BESIDE.fullmatch(text, lo, hi) is not None


def _previous_day(text: str, timexes: list[Timex], i: int, ahead: bool = False
                  ) -> Timex | None:  # fmt: skip
    """The last day-granularity date before expression `i` within the two sentences before
    its own; a day something was said on only when no other day is there (`a quake that struck
    early Friday ..., officials said Monday. The quake hit at 2:47 a.m.` is Friday's)."""
    tx = timexes[i]
    said: Timex | None = None
    for j in range(i - 1, max(-1, i - 1 - _NEAR), -1):
        o = timexes[j]
        if o.end_char > tx.start_char or o.start_date is None or not (
            (o.type == "DATE" and o.granularity == "day")
            or (o.type == "TIME" and o.granularity in ("part_of_day", "hour", "minute"))
        ) or _restated(text, o) or (ahead and _said_on(text, o)) or _SINCE.search(
                text, max(0, o.start_char - 7), o.start_char):  # fmt: skip
            continue  # (`since New Year`: where a span starts, not a day events happen on)
        if tx.start_char - o.end_char > 2000:
            break  # farther than two sentences
        breaks = len(SENT_BREAK.findall(text, o.end_char, tx.start_char))  # (`.\n\n`: 2)
        # a clock time goes on from an earlier one a little farther back (`The quake hit at
        # 2:47 a.m. ... . ... .\n\nAn aftershock rattled the region at 3:15 a.m.`)
        if not 1 <= breaks <= (3 if o.type == "TIME" and o.granularity == "minute" else 2):
            break
        if said is None and _said_on(text, o):
            said = o  # keep looking for the day the events happened on
            continue
        return o
    return said

"""The record the temporal tagger attaches to every temporal expression it finds."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
#: What the value was computed from.
#: dct: the document creation (publication) date; previous: the last expression mentioned
#: (narrative mode); reference_event: a row of seeds/reference_events.csv or a date the same
#: article gave for the event; none: the text alone (an absolute date) or nothing at all.
Anchor = Literal["dct", "previous", "reference_event", "none"]
#: How the date was obtained, as the timeline reports it (`timeline.date_basis`).
Basis = Literal["explicit", "anniversary", "named_event"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: its extent in the document text and its TIMEX3 normalisation.

    `start_date`/`end_date` are the inclusive calendar interval the value covers (None when the
    value is not a calendar interval: durations, sets, PRESENT_REF, or unresolved expressions).
    An expression the tagger cannot resolve keeps its text and type, gets `value` None (or an
    underspecified TIMEX3 value such as ``XXXX-03``) and no dates: never a false date.
    """

    start_char: int
    end_char: int
    text: str
    type: TimexType
    value: str | None
    mod: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    #: century | decade | year | half | quarter | season | month | week | day | part_of_day |
    #: hour | minute | second | None (durations, sets, refs)
    granularity: str | None = None
    anchor: Anchor = "none"
    basis: Basis = "explicit"
    confidence: float = 1.0
    #: For `basis == "named_event"` / `"anniversary"`: the reference event's name.
    event_name: str | None = None


_DECADES = re.compile(r"P(\d+(?:\.\d+)?|X)DE")


def timeml_view(timexes: list[Timex]) -> list[Timex]:
    """The expressions as TimeML annotators write them (TimeML mode): a TIMEX3 needs a value,
    so an expression without one is left out; decades in a duration or set are years
    (`two decades` -> `P20Y`, `decades` -> `PXY`), as TimeBank and AQUAINT write them (5 of
    their 6 decade durations, none in `DE`). Chronicle's own output keeps `P2DE` (TIMEX2)."""
    out = []
    for tx in timexes:
        m = _DECADES.fullmatch(tx.value or "")
        if m is not None:
            n = m.group(1)
            years = "X" if n == "X" else format((Decimal(n) * 10).normalize(), "f")
            tx = replace(tx, value=f"P{years}Y")
        if tx.value:
            out.append(tx)
    return out

"""The one wrapper around dateparser: explicit reference date, English, UTC, exact offsets.

The tagger's rules find extents and compute values themselves; this wrapper is a fallback that
parses the text of a candidate the rules did not normalise (for instance an NER DATE span in an
unusual format). It never reads the clock: callers pass the reference date, and without one it
returns nothing for relative text.
"""

from __future__ import annotations

from datetime import date, datetime

import dateparser
from dateparser.search import search_dates

_BASE_SETTINGS = {
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": False,
}


def _settings(reference: date, day_first: bool) -> dict[str, object]:
    settings = dict(_BASE_SETTINGS)
    settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    settings["DATE_ORDER"] = "DMY" if day_first else "MDY"
    return settings


def parse_date(text: str, reference: date, *, day_first: bool = False) -> date | None:
    """The day `text` (the whole string) denotes relative to `reference`, or None."""
    result = dateparser.parse(text, languages=["en"], settings=_settings(reference, day_first))
    return result.date() if result is not None else None


def find_dates(text: str, reference: date, *, day_first: bool = False
               ) -> list[tuple[int, int, date]]:  # fmt: skip
    """(start, end, day) for every date dateparser finds in `text`, with exact offsets.

    dateparser returns matched substrings, not offsets: each is located left to right from the
    end of the previous one, so repeated strings get their own positions. Returns [] when
    nothing is found.
    """
    found = search_dates(text, languages=["en"], settings=_settings(reference, day_first))
    out: list[tuple[int, int, date]] = []
    pos = 0
    for substring, when in found or []:
        start = text.find(substring, pos)
        if start < 0:
            continue
        end = start + len(substring)
        out.append((start, end, when.date()))
        pos = end
    return out

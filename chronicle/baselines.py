"""Two reference systems the evaluation reports beside Chronicle's tagger.

* `spacy_dateparser`: the trained pipeline's DATE/TIME entities, normalised by `dateparser`.
* `search_dates`: `dateparser.search.search_dates` over the whole text.

Both return ``(start, end, type, value)`` tuples with exact character offsets into the text
they were given, resolve relative expressions against the document creation date (DCT) and
never touch the network. They are deliberately naive: they show what the libraries give
without our rules.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime
from typing import Any

import dateparser
from dateparser.search import search_dates

BaselineTimex = tuple[int, int, str, str | None]

LANGUAGES = ["en"]
_MONTH = (r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_MONTH_RE = re.compile(_MONTH, re.I)
_YEAR_RE = re.compile(r"\b(?:1[0-9]|20)\d{2}\b|'\d{2}\b")
_DAY_RE = re.compile(
    r"\b(?:[0-3]?\d(?:st|nd|rd|th)?)\b(?!\s*(?:%|percent|years?|months?|weeks?))"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow)\b"
    r"|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b",
    re.I,
)
_UNIT_RE = re.compile(r"\b(year|month|week)s?\b", re.I)
_CLOCK_RE = re.compile(r"\b\d{1,2}(?::\d{2}|\s*[ap]\.?m\b\.?)|\b(?:noon|midnight)\b", re.I)


def dateparser_settings(dct: date) -> dict[str, Any]:
    """dateparser settings: relative to the DCT at midnight, UTC, naive results."""
    return {
        "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day),
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def guess_value(text: str, moment: datetime, *, time: bool = False) -> str:
    """Format `moment` at the granularity the expression's words suggest.

    A clock time -> ``YYYY-MM-DDTHH:MM``; a year alone (or the word year) -> ``YYYY``; a month
    without a day (or the word month) -> ``YYYY-MM``; the word week -> ``YYYY-Www``; otherwise
    ``YYYY-MM-DD``.
    """
    if time or _CLOCK_RE.search(text):
        return moment.strftime("%Y-%m-%dT%H:%M")
    has_year = bool(_YEAR_RE.search(text))
    has_month = bool(_MONTH_RE.search(text))
    without_year = _YEAR_RE.sub(" ", text)
    has_day = bool(_DAY_RE.search(without_year))
    unit = _UNIT_RE.search(text)
    if unit and not has_month and not has_day:
        word = unit.group(1).lower()
        if word == "week":
            iso_year, iso_week, _ = moment.isocalendar()
            return f"{iso_year:04d}-W{iso_week:02d}"
        return f"{moment.year:04d}" if word == "year" else f"{moment.year:04d}-{moment.month:02d}"
    if has_year and not has_month and not has_day:
        return f"{moment.year:04d}"
    if has_month and not has_day:
        return f"{moment.year:04d}-{moment.month:02d}"
    return moment.strftime("%Y-%m-%d")


def parse_value(text: str, dct: date, *, time: bool = False) -> str | None:
    """The baseline value of one expression, or None when dateparser finds no date."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation chatter
        moment = dateparser.parse(text, languages=LANGUAGES, settings=dateparser_settings(dct))
    if moment is None:
        return None
    return guess_value(text, moment, time=time)


def entities_baseline(doc: Any, dct: date) -> list[BaselineTimex]:
    """DATE/TIME entities of an already processed spaCy `Doc`, valued by dateparser."""
    found: list[BaselineTimex] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        value = parse_value(ent.text, dct, time=ent.label_ == "TIME")
        found.append((ent.start_char, ent.end_char, ent.label_, value))
    return found


def spacy_dateparser_baseline(text: str, dct: date, *, nlp: Any) -> list[BaselineTimex]:
    """Baseline (a): run `nlp` (a trained pipeline with NER) on `text`; see `entities_baseline`."""
    return entities_baseline(nlp(text), dct)


def search_dates_baseline(text: str, dct: date) -> list[BaselineTimex]:
    """Baseline (b): `search_dates` over `text`, each result located after the previous one."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = search_dates(text, languages=LANGUAGES, settings=dateparser_settings(dct))
    found: list[BaselineTimex] = []
    cursor = 0
    for substring, moment in results or []:
        start = text.find(substring, cursor)
        if start < 0:
            continue  # dateparser normalised the substring: it cannot be located exactly
        end = start + len(substring)
        cursor = end
        is_time = bool(_CLOCK_RE.search(substring))
        found.append((start, end, "TIME" if is_time else "DATE",
                      guess_value(substring, moment, time=is_time)))
    return found

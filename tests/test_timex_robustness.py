"""Robustness of the temporal tagger: long numbers, years outside 1600-2099, BC, calendar edges.

Every expression either gets a value inside years 1..9999 whose interval matches its dates, or
value None: never a fallback to the reference year.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import run_tagger, triples

import chronicle.timex.component  # noqa: F401  (registers the factory)
from chronicle.timex.dates import checked_value, interval
from chronicle.timex.events import RefEvent

DCT = date(2020, 3, 5)  # a Thursday
FIRST, LAST = date(1, 1, 1), date(9999, 12, 31)


def tag(nlp, text: str, dct: date | None = DCT) -> list[tuple[str, str, str | None]]:
    return triples(nlp, text, dct)


CASES = [
    # 1. thousands separators: one number, never its tail; out-of-calendar results: no value
    ("10,000 years ago the ice retreated.", DCT, [("10,000 years ago", "DATE", None)]),
    ("It began about 3,500 years ago.", DCT, [("about 3,500 years ago", "DATE", None)]),
    ("It happened 1,200 days ago.", DCT, [("1,200 days ago", "DATE", "2016-11-21")]),
    ("It lasted 1,500 years.", DCT, [("1,500 years", "DURATION", "P1500Y")]),
    ("It happened 10,000 years ago.", None, [("10,000 years ago", "DATE", None)]),
    ("It will end 12,000 days later.", LAST, [("12,000 days later", "DATE", None)]),
    ("They marked the 1,000th anniversary of World War II.", DCT,
     [("the 1,000th anniversary of World War II", "DATE", "2939-09-01")]),
    # 2. a year after a month and day is that year, whatever it is
    ("Columbus landed on October 12, 1492.", DCT, [("October 12, 1492", "DATE", "1492-10-12")]),
    ("The charter was sealed on June 15, 1215.", DCT, [("June 15, 1215", "DATE", "1215-06-15")]),
    ("The probe arrives March 4, 2150.", DCT, [("March 4, 2150", "DATE", "2150-03-04")]),
    ("The count starts Jan. 1, 0001.", DCT, [("Jan. 1, 0001", "DATE", "0001-01-01")]),
    ("The count starts Jan. 1, 0000.", DCT, [("Jan. 1, 0000", "DATE", None)]),
    ("Results for Q4 9999 were late.", DCT, [("Q4 9999", "DATE", "9999-Q4")]),
    ("It is the week of Dec 31 9999.", DCT, [("the week of Dec 31 9999", "DATE", "9999-W52")]),
    ("He was crowned on Dec. 25, 800, in Rome.", DCT, [("Dec. 25, 800", "DATE", "0800-12-25")]),
    ("He died on 12 October 1492 at sea.", DCT, [("12 October 1492", "DATE", "1492-10-12")]),
    ("Columbus landed on October 12, 1492.", None, [("October 12, 1492", "DATE", "1492-10-12")]),
    ("Columbus landed on October 12, 1492.", FIRST,
     [("October 12, 1492", "DATE", "1492-10-12")]),
    ("At 2 p.m. on March 11, 1492 they landed.", DCT,
     [("2 p.m.", "TIME", "1492-03-11T14:00"), ("March 11, 1492", "DATE", "1492-03-11")]),
    ("It ran March 9-10, 1492.", DCT,
     [("March 9", "DATE", "1492-03-09"), ("10, 1492", "DATE", "1492-03-10")]),
    ("On June 15, 800 knights rode out.", DCT, [("June 15", "DATE", "2020-06-15")]),  # a count
    # 3. anniversaries: any written ordinal; the 0th or one past 9999 has no value
    ("They held the 10000th anniversary of World War II.", DCT,
     [("the 10000th anniversary of World War II", "DATE", None)]),
    ("They held the 0th anniversary of World War II.", DCT,
     [("the 0th anniversary of World War II", "DATE", None)]),
    ("They held the 10,000th anniversary of World War II.", None,
     [("the 10,000th anniversary of World War II", "DATE", None)]),
    # 4. before Christ: no TIMEX3 value
    ("It dates from the 1st century BC.", DCT, [("the 1st century BC", "DATE", None)]),
    ("It dates from the 5th century B.C.", DCT, [("the 5th century B.C.", "DATE", None)]),
    ("It dates from the 5th century BCE.", None, [("the 5th century BCE", "DATE", None)]),
    ("It dates from the 5th century.", DCT, [("the 5th century", "DATE", "04")]),
    ("The city fell in 1800 BC.", DCT, [("1800 BC", "DATE", None)]),
    ("Caesar's heir died March 15, 1044 BC.", DCT, [("March 15, 1044 BC", "DATE", None)]),
    # 5. a year-like number before a time unit is a quantity
    ("It happened 2000 years earlier.", DCT, [("2000 years earlier", "DATE", "0020")]),
    ("The tree lived 2000 years.", DCT, [("2000 years", "DURATION", "P2000Y")]),
    ("It happened 2000 years earlier.", LAST, [("2000 years earlier", "DATE", "7999")]),
    # 6. a descending pair after from/between is two years
    ("Sales fell from 1999 to 1990.", DCT, [("1999", "DATE", "1999"), ("1990", "DATE", "1990")]),
    ("It ran from 2020 to 2019.", DCT, [("2020", "DATE", "2020"), ("2019", "DATE", "2019")]),
    ("Prices fell between 2020 and 2019.", None,
     [("2020", "DATE", "2020"), ("2019", "DATE", "2019")]),
    # 7. the calendar's edges: no value outside years 1..9999
    ("It snowed last winter.", FIRST, [("last winter", "DATE", None)]),
    ("We leave next year.", LAST, [("next year", "DATE", None)]),
    ("We leave at the end of next year.", LAST, [("the end of next year", "DATE", None)]),
    ("We leave next winter.", LAST, [("next winter", "DATE", None)]),
    ("We leave next decade.", LAST, [("next decade", "DATE", None)]),
    ("We leave next month.", LAST, [("next month", "DATE", None)]),
    ("We meet this weekend.", LAST, [("this weekend", "DATE", None)]),
    ("We met last year.", FIRST, [("last year", "DATE", None)]),
    ("We met last year.", LAST, [("last year", "DATE", "9998")]),
    ("We leave next month.", FIRST, [("next month", "DATE", "0001-02")]),
    ("We met on March 4.", FIRST, [("March 4", "DATE", "0001-03-04")]),
    ("We met on March 4.", LAST, [("March 4", "DATE", "9999-03-04")]),
    ("It snowed last winter.", None, [("last winter", "DATE", "XXXX-WI")]),
    # 8. named events: the ISO 8601 interval of their days
    ("World War II ended.", DCT, [("World War II", "DATE", "1939-09-01/1945-09-02")]),
    # 9. weekends
    ("We meet this weekend.", DCT, [("this weekend", "DATE", "2020-W10-WE")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_robust_values(blank_nlp, text, dct, expected):
    assert tag(blank_nlp, text, dct) == expected


def test_named_event_dates(blank_nlp):
    (war,) = run_tagger(blank_nlp, "World War II ended.", DCT)
    assert (war.start_date, war.end_date, war.granularity, war.basis) == (
        date(1939, 9, 1), date(1945, 9, 2), "day", "named_event")
    assert interval(war.value) == (war.start_date, war.end_date, "day")


@pytest.mark.parametrize(
    ("start", "end", "value"),
    [
        (date(1939, 9, 1), date(1945, 9, 2), "1939-09-01/1945-09-02"),
        (date(1950, 6, 25), date(1950, 6, 25), "1950-06-25"),
        (date(44, 3, 15), date(44, 3, 16), "0044-03-15/0044-03-16"),
    ],
)
def test_event_value_is_a_day_interval(start, end, value):
    assert RefEvent("x", start, end).value == value
    assert interval(value) == (start, end, "day")


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2020", date(2020, 1, 1), date(2020, 12, 31), "year"),
        ("2020-03", date(2020, 3, 1), date(2020, 3, 31), "month"),
        ("2020-03-05", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("2020-W10", date(2020, 3, 2), date(2020, 3, 8), "week"),
        ("2020-W10-WE", date(2020, 3, 7), date(2020, 3, 8), "week"),
        ("2020-Q1", date(2020, 1, 1), date(2020, 3, 31), "quarter"),
        ("2020-H2", date(2020, 7, 1), date(2020, 12, 31), "half"),
        ("2020-WI", date(2020, 12, 1), date(2021, 2, 28), "season"),
        ("202", date(2020, 1, 1), date(2029, 12, 31), "decade"),
        ("000", date(1, 1, 1), date(9, 12, 31), "decade"),
        ("00", date(1, 1, 1), date(99, 12, 31), "century"),
        ("FY2020", date(2020, 1, 1), date(2020, 12, 31), "year"),
        ("2020-03-05TNI", date(2020, 3, 5), date(2020, 3, 5), "part_of_day"),
        ("2020-03-05T12:00", date(2020, 3, 5), date(2020, 3, 5), "minute"),
        ("2020-03-05T14", date(2020, 3, 5), date(2020, 3, 5), "hour"),
        ("1939-09-01/1945-09-02", date(1939, 9, 1), date(1945, 9, 2), "day"),
        ("0001-W01", date(1, 1, 1), date(1, 1, 7), "week"),
        ("9999-W52", date(9999, 12, 27), date(9999, 12, 31), "week"),  # ends with the calendar
        ("9999-WI", date(9999, 12, 1), date(9999, 12, 31), "season"),
    ],
)
def test_every_value_form_has_an_interval(value, start, end, granularity):
    assert interval(value) == (start, end, granularity)
    assert checked_value(value) == value


@pytest.mark.parametrize(
    "value", ["10000", "10000-WI", "-001-WI", "-01", "0000", "0000-03", "9999-W52-WE",
              "2020/2019"],
)  # fmt: skip
def test_values_outside_the_calendar_are_rejected(value):
    assert checked_value(value) is None


@pytest.mark.parametrize(
    "value", [None, "P2000Y", "PXY", "XXXX-WXX-2", "XXXX-03", "PRESENT_REF", "PAST_REF", "199"],
)
def test_values_without_a_year_to_check_pass(value):
    assert checked_value(value) == value


EDGE_TEXT = (
    "Talks ended yesterday. We meet next week, next month, next quarter and next weekend. "
    "He left last year, last decade and last century. It ended a year ago, two decades ago "
    "and 3 centuries later. We met last Monday, on Friday, tomorrow morning and tonight. "
    "It snowed last spring and next winter. It was the first half of next year and the "
    "fourth quarter of last year, the last week of December, Christmas and next Christmas. "
    "Late next year, the end of the month, earlier this month, at 5 p.m. A week earlier. "
    "That year. The following month. Three years later. It happened 9,999 years ago and "
    "12,000 days later. The 78th anniversary of the Korean War. This weekend we rest."
)


@pytest.mark.parametrize("dct", [FIRST, date(1, 1, 7), LAST, date(9999, 12, 25), None, DCT])
def test_values_always_in_the_calendar(blank_nlp, dct):
    found = run_tagger(blank_nlp, EDGE_TEXT, dct)
    assert len(found) > 30
    for tx in found:
        assert checked_value(tx.value) == tx.value, tx
        span = interval(tx.value) if tx.type in ("DATE", "TIME") else None
        if span is None:
            assert tx.start_date is None and tx.end_date is None, tx
        else:
            assert (tx.start_date, tx.end_date) == span[:2], tx


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10,000 years ago the ice retreated.", [("10,000 years ago", "DATE", None)]),
        ("Columbus landed on October 12, 1492.", [("October 12, 1492", "DATE", "1492-10-12")]),
        ("They held the 10000th anniversary of World War II.",
         [("the 10000th anniversary of World War II", "DATE", None)]),
        ("It dates from the 5th century BC.", [("the 5th century BC", "DATE", None)]),
        ("It happened 2000 years earlier.", [("2000 years earlier", "DATE", "0020")]),
        ("Sales fell from 1999 to 1990.", [("1999", "DATE", "1999"), ("1990", "DATE", "1990")]),
        ("We meet this weekend.", [("this weekend", "DATE", "2020-W10-WE")]),
    ],
)
def test_robust_values_trained(trained_nlp, text, expected):
    assert tag(trained_nlp, text) == expected

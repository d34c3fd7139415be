"""Round 4 families (guideline conventions, HeidelTime-style coverage): ranges, coordinated
months, rates as sets, weekday-part sets, `the weekend` by tense, `... period/term`, ordinal
day words, `earlier in the day`, clock times with a full date. Fixed DCT, blank pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import triples

import chronicle.timex.component  # noqa: F401  (registers the factory)
from chronicle.timex.ranges import range_candidates

DCT = date(2013, 3, 20)  # a Wednesday


def tag(blank_nlp, text: str, dct: date | None = DCT):
    return triples(blank_nlp, text, dct)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranges: two expressions, the second end completed from the first (TimeML)
        ("Exports grew in 2008-2009.", [("2008", "DATE", "2008"), ("2009", "DATE", "2009")]),
        ("The mill ran from 1850-58.", [("1850", "DATE", "1850"), ("58", "DATE", "1858")]),
        ("The 2011-12 budget passed.", [("2011", "DATE", "2011"), ("12", "DATE", "2012")]),
        ("He taught from 1990 to 1995.", [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
        ("The fair runs March 9-10 this year.",
         [("March 9", "DATE", "2013-03-09"), ("10", "DATE", "2013-03-10"),
          ("this year", "DATE", "2013")]),
        ("Talks were held Sept. 14 and 18, 2011.",
         [("Sept. 14", "DATE", "2011-09-14"), ("18, 2011", "DATE", "2011-09-18")]),
        ("The summit will be held on April 24 and 25.",
         [("April 24", "DATE", "2013-04-24"), ("25", "DATE", "2013-04-25")]),
        ("The shop closed in May and June 2011.",
         [("May", "DATE", "2011-05"), ("June 2011", "DATE", "2011-06")]),
        # rates are sets (`$5 million a year` = each year), spans stay durations
        ("The firm earns $5 million a year.", [("a year", "SET", "P1Y")]),
        ("There are four flights a week.", [("a week", "SET", "P1W")]),
        ("The repair took a week.", [("a week", "DURATION", "P1W")]),
        ("The club meets Monday nights.", [("Monday nights", "SET", "XXXX-WXX-1TNI")]),
        # `the weekend`: the last one, the next one in a future clause
        ("He played golf over the weekend.", [("the weekend", "DATE", "2013-W11-WE")]),
        ("The team will play over the weekend.", [("the weekend", "DATE", "2013-W12-WE")]),
        # `a three-year period`, `a one-year term` (the head noun belongs to the duration)
        ("He served a one-year term.", [("a one-year term", "DURATION", "P1Y")]),
        ("Sales rose over a three-year period.", [("a three-year period", "DURATION", "P3Y")]),
        # ordinal day words, `earlier in the day`, a clock time with a full date
        ("He arrived on January nineteenth.", [("January nineteenth", "DATE", "2013-01-19")]),
        ("The vote is June twenty-first, 2014.",
         [("June twenty-first, 2014", "DATE", "2014-06-21")]),
        ("The minister spoke earlier in the day.",
         [("earlier in the day", "DATE", "2013-03-20")]),
        ("The quake struck at 2:46 p.m. on March 11, 2011.",
         [("2:46 p.m.", "TIME", "2011-03-11T14:46"), ("March 11, 2011", "DATE", "2011-03-11")]),
    ],
)  # fmt: skip
def test_round4_families(blank_nlp, text, expected):
    assert tag(blank_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed 12-3 on a voice vote.",
        "Delegates voted 89-52 for a republic.",
        "He paid $1990-2000 for the car.",
        "Room 1990-2010 is closed.",
        "The plant employs 1850-1900 people.",
        "She is 10 years older than her brother.",
    ],
)
def test_round4_traps(blank_nlp, text):
    assert tag(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("in 2008-2009", [("2008", "2008"), ("2009", "2009")]),
        ("in 1998-99", [("1998", "1998"), ("99", "1999")]),
        ("in 2009-2008", []),  # the second end must come later
        ("June 5-3", []),
    ],
)
def test_range_candidates(text, ends):
    got = [(text[s:e], g.get("y") or g.get("d")) for s, e, _, g in range_candidates(text)]
    assert got == ends

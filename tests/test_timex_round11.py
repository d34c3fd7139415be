"""Round 11 of the tagger: `recent years`, relative days after a coarser date, months after a
decade, counting in a past clause from a day that is not ahead of the DCT, `Sunday, the third
day of ...`, a headline's `to`, clock times looking ahead. Fixed DCTs; each case names what it
follows."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import triples

MON = date(2013, 3, 18)
WED = date(2013, 3, 20)
THU = date(2013, 3, 21)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # `in recent years` is PAST_REF (tbaq 3:2); the other `recent` units stay vague
        # durations (`recent months` PXM 2:0, `recent weeks` PXW)
        (
            "Sales of existing homes have recovered steadily in recent years.",
            WED,
            [("recent years", "DATE", "PAST_REF")],
        ),
        (
            "Strokes have become more common in recent weeks.",
            WED,
            [("recent weeks", "DURATION", "PXW")],
        ),
        # `two days later` counts from the last day named, not from a year just mentioned
        (
            "On March 5, a former auditor testified that she had raised concerns as early as"
            " 2007 but was told the gaps would be cleared up by the end of that year. Two days"
            " later, an FBI accountant took the stand.",
            WED,
            [
                ("March 5", "DATE", "2013-03-05"),
                ("2007", "DATE", "2007"),
                ("the end of that year", "DATE", "2007"),
                ("Two days later", "DATE", "2013-03-07"),
            ],
        ),
        # ... and a year with nothing finer before it still anchors `two years later`
        (
            "The firm was founded in 2001. Two years later, it went public.",
            WED,
            [("2001", "DATE", "2001"), ("Two years later", "DATE", "2003")],
        ),
        # a month after a decade takes the year named just before the decade
        (
            "The society converted into a bank in 1997, at the height of the demutualisation"
            " wave of the 1990s, and listed its shares that July.",
            WED,
            [
                ("1997", "DATE", "1997"),
                ("the 1990s", "DATE", "199"),
                ("that July", "DATE", "1997-07"),
            ],
        ),
        # ... but what counts in decades still counts from the decade
        (
            "The band formed in 1994, peaked in the 1990s and split up a decade later.",
            WED,
            [
                ("1994", "DATE", "1994"),
                ("the 1990s", "DATE", "199"),
                ("a decade later", "DATE", "200"),
            ],
        ),
        # a past clause counting from a day ahead of the DCT counts from the last past day
        (
            "A man was shot late Saturday outside a tavern. His first court appearance is"
            " scheduled for Tuesday. By the next day, friends had built a memorial.",
            MON,
            [
                ("late Saturday", "DATE", "2013-03-16"),
                ("Tuesday", "DATE", "2013-03-19"),
                ("the next day", "DATE", "2013-03-17"),
            ],
        ),
        # ... a future clause still counts from the day ahead
        (
            "Opening statements are set for Wednesday, and the first witnesses will be called"
            " the next day.",
            MON,
            [("Wednesday", "DATE", "2013-03-20"), ("the next day", "DATE", "2013-03-21")],
        ),
        (
            "His hearing is set for Tuesday, and a ruling is expected two days later.",
            MON,
            [("Tuesday", "DATE", "2013-03-19"), ("two days later", "DATE", "2013-03-21")],
        ),
        # ... and `the same day` is the day just named, whatever the clause
        (
            "Lee was charged on March 11. The judge said she hoped to seat a jury by Tuesday"
            " afternoon, with opening statements Wednesday and the first witnesses called the"
            " same day.",
            MON,
            [
                ("March 11", "DATE", "2013-03-11"),
                ("Tuesday afternoon", "TIME", "2013-03-19TAF"),
                ("Wednesday", "DATE", "2013-03-20"),
                ("the same day", "DATE", "2013-03-20"),
            ],
        ),
        # an ordinal day or week set off by a comma after a date is that date
        (
            "Protesters clashed with police on Sunday, the third day of demonstrations.",
            WED,
            [("Sunday", "DATE", "2013-03-17"), ("the third day", "DATE", "2013-03-17")],
        ),
        (
            "Tension rose last week, the sixth week of the strike, when the company began"
            " busing in replacement workers.",
            THU,
            [("last week", "DATE", "2013-W11"), ("the sixth week", "DATE", "2013-W11")],
        ),
        # ... not without the comma, nor when the units differ
        (
            "Protesters returned on the third day of demonstrations.",
            WED,
            [("the third day", "DATE", None)],
        ),
        (
            "Tension rose last week, the sixth day of the strike.",
            THU,
            [("last week", "DATE", "2013-W11"), ("the sixth day", "DATE", None)],
        ),
        # a headline's `to` + verb is the future (`Talks to resume Tuesday`)
        (
            "Talks to resume Tuesday in brass plant strike\n\nNegotiators last met on Monday.",
            THU,
            [("Tuesday", "DATE", "2013-03-26"), ("Monday", "DATE", "2013-03-18")],
        ),
        # a clock time looking ahead does not take a past day of its sentence
        (
            "The session, set for 10 a.m. at a hotel in Hartford, will be the first since talks"
            " broke off on March 7.",
            THU,
            [("10 a.m.", "TIME", "2013-03-21T10:00"), ("March 7", "DATE", "2013-03-07")],
        ),
    ],
)
def test_round11_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected

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
        # `That evening` after a year named since the day: the day
        (
            "The Hawks won Sunday's final, their first title since 1998. That evening, the"
            " committee made them the No. 14 seed.",
            MON,
            [
                ("Sunday", "DATE", "2013-03-17"),
                ("1998", "DATE", "1998"),
                ("That evening", "TIME", "2013-03-17TEV"),
            ],
        ),
        # a sentence's first `The` is no name before a month (`The October deadline`)
        (
            "The September meeting will decide the rate.",
            WED,
            [("September", "DATE", "2013-09")],
        ),
        (
            "Rita May said the vote was close.",
            WED,
            [],
        ),
        # results a company will report are for a quarter that has begun
        (
            "The company will report fourth-quarter results on Thursday.",
            date(2013, 3, 22),
            [("fourth-quarter", "DATE", "2012-Q4"), ("Thursday", "DATE", "2013-03-28")],
        ),
        (
            "Economists expect growth to accelerate in the fourth quarter.",
            date(2013, 3, 22),
            [("the fourth quarter", "DATE", "2013-Q4")],
        ),
        # `By ... could not` is a past inability; `could not leave until Friday` still ahead
        (
            "The first operation, in June 2011, did not work. By the end of the year she could"
            " not lift a kettle.",
            date(2013, 3, 22),
            [("June 2011", "DATE", "2011-06"), ("the end of the year", "DATE", "2011")],
        ),
        (
            "Hotel rooms went to those who could not leave until Friday.",
            THU,
            [("Friday", "DATE", "2013-03-22")],
        ),
        # holidays: Easter's Monday, Shrove Tuesday, the days after Thanksgiving, fixed days
        ("The Owls host Leeds on Easter Monday.", WED, [("Easter Monday", "DATE", "2013-04-01")]),
        (
            "Pancake races were held across the county on Shrove Tuesday.",
            WED,
            [("Shrove Tuesday", "DATE", "2013-02-12")],
        ),
        (
            "The chain will open at 5 a.m. on Black Friday.",
            WED,
            [("5 a.m.", "TIME", "2013-11-29T05:00"), ("Black Friday", "DATE", "2013-11-29")],
        ),
        (
            "Parcel volume peaked on Cyber Monday, the carrier said.",
            WED,
            [("Cyber Monday", "DATE", "2012-11-26")],
        ),
        (
            "Investors who sold on the Ides of March missed a late rally.",
            WED,
            [("the Ides of March", "DATE", "2013-03-15")],
        ),
        (
            "She has trained in Kenya since New Year.",
            WED,
            [("New Year", "DATE", "2013-01-01")],
        ),
        # ... and a holiday's weekend is that weekend
        (
            "Gasoline touched its highest level since the Labor Day weekend.",
            WED,
            [("the Labor Day weekend", "DATE", "2012-W35-WE")],
        ),
        (
            "Workers complained about shifts over Thanksgiving weekend.",
            WED,
            [("Thanksgiving weekend", "DATE", "2012-W47-WE")],
        ),
        # British clock times (`4.15pm`), never a price or a rate
        (
            "The race will have a 4.15pm start. The verdict is due at 10.30am IST on Friday.",
            WED,
            [
                ("4.15pm", "TIME", "2013-03-20T16:15"),
                ("10.30am IST", "TIME", "2013-03-22T10:30"),
                ("Friday", "DATE", "2013-03-22"),
            ],
        ),
        ("Shares rose 4.15 percent to $10.30 a share.", WED, []),
        # financial shorthand for quarters and halves (`H1N1` is a virus)
        (
            "It warned that 1Q13 sales would trail, and expects capacity to be flat in 1H13.",
            WED,
            [("1Q13", "DATE", "2013-Q1"), ("1H13", "DATE", "2013-H1")],
        ),
        (
            "The company will take a charge in 2Q; bookings for H2 2013 are ahead.",
            WED,
            [("2Q", "DATE", "2013-Q2"), ("H2 2013", "DATE", "2013-H2")],
        ),
        ("The H1N1 virus spread, and he drove a 4Q model.", WED, []),
        # durations: `a quarter of a century`, `the better part of a decade`
        (
            "The theatre marks a quarter of a century in the city.",
            WED,
            [("a quarter of a century", "DURATION", "P25Y")],
        ),
        (
            "He was on the list for the better part of a decade.",
            WED,
            [("the better part of a decade", "DURATION", "P1DE")],
        ),
        (
            "The company reaffirmed its outlook for the back half of the year.",
            WED,
            [("the back half of the year", "DATE", "2013-H2")],
        ),
        # bare `past` before a date is a preposition; `last` after a modal is a verb
        (
            "She would back a bill to keep the government open past March 27.",
            MON,
            [("March 27", "DATE", "2013-03-27")],
        ),
        (
            "The strike will last 24 hours; such patches typically last six months.",
            MON,
            [("24 hours", "DURATION", "PT24H"), ("six months", "DURATION", "P6M")],
        ),
        (
            "Prices rose over the last two years.",
            MON,
            [("the last two years", "DURATION", "P2Y")],
        ),
        # `called ... for` a day: a plan
        (
            "The school board has called an emergency meeting for 7 p.m. Monday.",
            date(2013, 3, 22),
            [("7 p.m. Monday", "TIME", "2013-03-25T19:00")],
        ),
        # `the early hours of Sunday`: the day alone (tbaq), never a number of hours
        (
            "Police were called to a flat in the early hours of Sunday.",
            WED,
            [("Sunday", "DATE", "2013-03-17")],
        ),
        # the period compared with is the quarter just reported (`the same period last year`)
        (
            "Prices rose 1.8 percent so far in the first quarter, accelerating from the turn of"
            " the year. They are 2.5 percent higher than in the same period last year.",
            WED,
            [
                ("the first quarter", "DATE", "2013-Q1"),
                ("the turn of the year", "DATE", "2013"),
                ("the same period last year", "DATE", "2012-Q1"),
            ],
        ),
        (
            "Revenue for the first quarter of fiscal 2013 rose 9% from the prior-year period.",
            MON,
            [
                ("the first quarter of fiscal 2013", "DATE", "2013-Q1"),
                ("the prior-year period", "DATE", "2012-Q1"),
            ],
        ),
        # a holiday with `this/last/next year` after it is that year's
        (
            "The chain will keep stores closed on Thanksgiving Day this year.",
            date(2013, 3, 19),
            [("Thanksgiving Day", "DATE", "2013-11-28"), ("this year", "DATE", "2013")],
        ),
        # days, months and weeks counted in British and American idiom
        (
            "The files went missing on the 15th of last month.",
            date(2013, 3, 22),
            [("the 15th of last month", "DATE", "2013-02-15")],
        ),
        (
            "Occupancy reached 96 per cent, up from 81 per cent this time last year.",
            date(2013, 3, 22),
            [("this time last year", "DATE", "2012-03")],
        ),
        (
            "The minister will return in a fortnight's time; a memorial opens in 10 days' time.",
            date(2013, 3, 22),
            [("a fortnight's time", "DATE", "2013-W14"), ("10 days' time", "DATE", "2013-04-01")],
        ),
        (
            "The first round was held the weekend before last. The second closes the week after"
            " next.",
            MON,
            [
                ("the weekend before last", "DATE", "2013-W10-WE"),
                ("the week after next", "DATE", "2013-W14"),
            ],
        ),
        ("It's time to move on, a matter of time.", MON, []),
        # a part of day with a modifier and no day of its own takes the day talked about
        (
            "Forecasters expect snow to start around dawn Thursday and change to rain by midday.",
            date(2013, 3, 19),
            [("Thursday", "DATE", "2013-03-21"), ("midday", "TIME", "2013-03-21T12:00")],
        ),
        # ... a clock time whose verb looks ahead takes no day before the DCT
        (
            "She has trained in Kenya since New Year. Organisers said the race would start at"
            " 09:00 BST.",
            date(2013, 3, 22),
            [("New Year", "DATE", "2013-01-01"), ("09:00 BST", "TIME", "2013-03-22T09:00")],
        ),
        # `end-March`, `the tail end of 2012`, `the trailing 12 months`
        (
            "Ministers hope to agree by end-March, after sales slumped at the tail end of 2012.",
            date(2013, 3, 22),
            [("end-March", "DATE", "2013-03"), ("the tail end of 2012", "DATE", "2012")],
        ),
        (
            "Revenue over the trailing 12 months reached $4 billion.",
            date(2013, 3, 22),
            [("the trailing 12 months", "DURATION", "P12M")],
        ),
        (
            "The strike will begin on Friday and last 24 hours.",
            MON,
            [("Friday", "DATE", "2013-03-22"), ("24 hours", "DURATION", "PT24H")],
        ),
        # a clock time restated in another zone is tagged, on its own day
        (
            "The quake struck at about 10:35 a.m. (0735 GMT) Friday.",
            WED,
            [
                ("10:35 a.m.", "TIME", "2013-03-15T10:35"),
                ("0735 GMT", "TIME", "2013-03-15T07:35"),
                ("Friday", "DATE", "2013-03-15"),
            ],
        ),
        (
            "Updated 2106 GMT (0506 HKT) March 20, 2013",
            WED,
            [
                ("2106 GMT", "TIME", "2013-03-20T21:06"),
                ("0506 HKT", "TIME", "2013-03-21T05:06"),
                ("March 20, 2013", "DATE", "2013-03-20"),
            ],
        ),
        (
            "The coaches left the tracks at about 2:30 a.m. local time (2100 GMT Monday).",
            date(2013, 3, 19),
            [
                ("2:30 a.m.", "TIME", "2013-03-19T02:30"),
                ("2100 GMT Monday", "TIME", "2013-03-18T21:00"),
            ],
        ),
        (
            "Pope Francis will be installed on Tuesday, the Feast of St. Joseph.",
            MON,
            [("Tuesday", "DATE", "2013-03-19"), ("the Feast of St. Joseph", "DATE", "2013-03-19")],
        ),
        # a past clause hung on a later `expected` keeps its past; `was not reported until`
        (
            "Shareholders met Tuesday and rejected the merger; a second vote is expected Tuesday.",
            date(2013, 3, 22),
            [("Tuesday", "DATE", "2013-03-19"), ("Tuesday", "DATE", "2013-03-26")],
        ),
        (
            "The burglary took place on March 9, but it was not reported until Wednesday.",
            date(2013, 3, 22),
            [("March 9", "DATE", "2013-03-09"), ("Wednesday", "DATE", "2013-03-20")],
        ),
    ],
)
def test_round11_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected


@pytest.fixture(scope="module")
def timeml_rules():
    """The tagger's rules alone in TimeML mode (`named_events` off), as `blank_nlp` otherwise."""
    import spacy

    import chronicle.timex.component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("chronicle_timex", config={"named_events": False})
    return nlp


def test_timeml_mode_leaves_anniversaries_to_events(timeml_rules, blank_nlp):
    """With `named_events` off (TimeML), an anniversary is an EVENT, as in tbaq (0 of 7 tagged);
    the pipeline itself still dates it from the article."""
    text = (
        "Iraqis on Wednesday marked the 10th anniversary of the US-led invasion. The first US"
        " missiles struck Baghdad on March 20, 2003."
    )
    assert triples(timeml_rules, text, WED) == [
        ("Wednesday", "DATE", "2013-03-20"),
        ("March 20, 2003", "DATE", "2003-03-20"),
    ]
    assert ("the 10th anniversary of the US-led invasion", "DATE", "2013-03-20") in triples(
        blank_nlp, text, WED
    )


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # review of round 11: each case a problem a second reader reproduced
        ("Sales rose over the Easter holiday weekend.", WED, [("Easter", "DATE", "2012-04-08")]),
        (
            "The Ides of March passed quietly.",
            WED,
            [("The Ides of March", "DATE", "2013-03-15")],
        ),
        (
            "By Christmas next year's budget will be ready.",
            WED,
            [("Christmas", "DATE", "2013-12-25"), ("next year", "DATE", "2014")],
        ),
        ("Results are due in 20 minutes' time.", WED, [("20 minutes", "DURATION", "PT20M")]),
        ("The back half of the plane was destroyed.", WED, []),
        ("GM unveiled the Hummer H2 on Monday.", WED, [("Monday", "DATE", "2013-03-18")]),
        ("Q4's results were strong.", WED, [("Q4", "DATE", "2013-Q4")]),
        ("The dividend-March 15 payout was cut.", WED, [("March 15", "DATE", "2013-03-15")]),
        (
            "The decision to close the plant on Monday angered workers.\n\nWorkers protested.",
            WED,
            [("Monday", "DATE", "2013-03-18")],
        ),
        (
            "The company warned it could not repay the loan by Friday.",
            WED,
            [("Friday", "DATE", "2013-03-22")],
        ),
        (
            "The hearing on Monday was scheduled to begin at 10 a.m. but started late.",
            WED,
            [("Monday", "DATE", "2013-03-18"), ("10 a.m.", "TIME", "2013-03-18T10:00")],
        ),
        (
            "The fire broke out on Sunday. Firefighters said the blaze would be contained by"
            " 6 p.m.",
            WED,
            [("Sunday", "DATE", "2013-03-17"), ("6 p.m.", "TIME", "2013-03-17T18:00")],
        ),
        (
            "Shares fell on Monday and slid for two days, the second day of losses.",
            WED,
            [
                ("Monday", "DATE", "2013-03-18"),
                ("two days", "DURATION", "P2D"),
                ("the second day", "DATE", None),
            ],
        ),
        (
            "Retailers expect fourth-quarter sales to jump during the holidays.",
            date(2013, 8, 15),
            [("fourth-quarter", "DATE", "2013-Q4")],
        ),
        (
            "He was born in March 1950. He rose to fame in the 1970s and retired two years later.",
            WED,
            [
                ("March 1950", "DATE", "1950-03"),
                ("the 1970s", "DATE", "197"),
                ("two years later", "DATE", "1972"),
            ],
        ),
        ("He called home for Christmas.", date(2013, 1, 5), [("Christmas", "DATE", "2012-12-25")]),
        ("It felt like Groundhog Day for investors.", WED, []),
    ],
)
def test_round11_review_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected


def test_timeml_mode_event_words_stay_no_dates(timeml_rules):
    """In TimeML mode a named event's words are not dates either, save a year written in it."""
    assert triples(timeml_rules, "They marked the 25th anniversary of Black Monday.", WED) == []

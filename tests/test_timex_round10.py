"""Round 10 of the tagger: scheduled events in the present, `could`, `due`, `set ... for`,
comparisons, `that year`, ends of quarters, anniversaries dated later in the article, game
halves, old years, clock times after a `said` day. Fixed DCTs; each case names what it follows."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import triples

WED = date(2013, 3, 20)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # `every weekend` is a set of weekends, not of weeks
        (
            '"Every weekend we hold our breath," he said.',
            WED,
            [("Every weekend", "SET", "XXXX-WXX-WE")],
        ),
        # `N units later than ...` compares two times: a duration, not a date
        (
            "The line will open in 2016, 18 months later than planned.",
            WED,
            [("2016", "DATE", "2016"), ("18 months", "DURATION", "P18M")],
        ),
        (
            "Some schools may start about 15 minutes later than they do now.",
            WED,
            [("15 minutes", "DURATION", "PT15M"), ("now", "DATE", "PRESENT_REF")],
        ),
        # ... while `N units later` on its own still moves a date
        (
            "The firm was founded in 2001. Two years later, it went public.",
            WED,
            [("2001", "DATE", "2001"), ("Two years later", "DATE", "2003")],
        ),
        # `that year` is the year of the date just named; `the end of that year` is one
        # expression (mod END)
        (
            "Crews found the first line in February 2012; by the end of that year, they had"
            " found 37 more.",
            WED,
            [("February 2012", "DATE", "2012-02"), ("the end of that year", "DATE", "2012")],
        ),
        (
            "Sales fell in February 2012, and that year the plant closed.",
            WED,
            [("February 2012", "DATE", "2012-02"), ("that year", "DATE", "2012")],
        ),
        (
            "Funds finalise their allocations at the end of the second quarter.",
            WED,
            [("the end of the second quarter", "DATE", "2013-Q2")],
        ),
        # scheduling words point ahead even after a past verb
        (
            "Judge Oakes set sentencing for June 27 and allowed him to remain free.",
            WED,
            [("June 27", "DATE", "2013-06-27")],
        ),
        (
            "Airlines had already canceled 200 flights scheduled for Thursday.",
            WED,
            [("Thursday", "DATE", "2013-03-21")],
        ),
        ("The winner is due to be sworn in on May 23.", WED, [("May 23", "DATE", "2013-05-23")]),
        (
            "Tarrant fell 5% ahead of its earnings report, due after the close on Wednesday.",
            date(2013, 3, 19),
            [("Wednesday", "DATE", "2013-03-20")],
        ),
        # a deadline still to come; one met `by` it after a past verb has passed
        (
            "The island raced to secure a bailout before a Monday deadline set by the bank.",
            date(2013, 3, 22),
            [("Monday", "DATE", "2013-03-25")],
        ),
        (
            "Cyprus Races to Shore Up Banks Before Monday's Deadline",
            date(2013, 3, 22),
            [("Monday", "DATE", "2013-03-25")],
        ),
        (
            "Shareholders tendered 99% of the shares by the Tuesday deadline.",
            date(2013, 3, 21),
            [("Tuesday", "DATE", "2013-03-19")],
        ),
        # a scheduled event in an `after` clause, whatever the parse hangs it on
        (
            "Oracle will report results for its quarter, which ended Feb. 28, after the market"
            " closes on Wednesday.",
            date(2013, 3, 18),
            [("Feb. 28", "DATE", "2013-02-28"), ("Wednesday", "DATE", "2013-03-20")],
        ),
        # ... but a plan made in the past perfect stays behind us
        ("The vote had been scheduled for Monday.", WED, [("Monday", "DATE", "2013-03-18")]),
        # a scheduled event in the simple present lies ahead (not in a headline, whose present
        # is past)
        (
            "Under the plan, which takes effect in September, classes start later.",
            date(2013, 3, 21),
            [("September", "DATE", "2013-09")],
        ),
        (
            "The Hajj pilgrimage falls in mid-October.",
            date(2013, 3, 19),
            [("mid-October", "DATE", "2013-10")],
        ),
        # `could` + verb looks ahead; negated, perfect or before the date it does not
        (
            "A weaker system could bring light snow Saturday.",
            WED,
            [("Saturday", "DATE", "2013-03-23")],
        ),
        ("Officials could not be reached Tuesday.", WED, [("Tuesday", "DATE", "2013-03-19")]),
        (
            "Neither he nor his wife could be located Tuesday.",
            WED,
            [("Tuesday", "DATE", "2013-03-19")],
        ),
        # `issued a warning ... until` keeps the warning's end ahead
        (
            "The weather service issued a warning from 7 p.m. Wednesday until 7 p.m. Thursday.",
            WED,
            [
                ("7 p.m. Wednesday", "TIME", "2013-03-20T19:00"),
                ("7 p.m. Thursday", "TIME", "2013-03-21T19:00"),
            ],
        ),
        # the other side of a comparison is behind us, whatever the main verb
        (
            "The supply would be gone in five months, up slightly from four months in January.",
            date(2013, 3, 21),
            [
                ("five months", "DURATION", "P5M"),
                ("four months", "DURATION", "P4M"),
                ("January", "DATE", "2013-01"),
            ],
        ),
        (
            "Economists expect growth of 3%, up from 0.4% in the fourth quarter.",
            date(2013, 3, 21),
            [("the fourth quarter", "DATE", "2012-Q4")],
        ),
        (
            "Drummond will pay a 27% premium to Velloway's closing price on Tuesday.",
            WED,
            [("Tuesday", "DATE", "2013-03-19")],
        ),
        (
            "Output will rise from 3% in 2012 to 5% in 2014.",
            WED,
            [("2012", "DATE", "2012"), ("2014", "DATE", "2014")],
        ),
        # a quarter named by its last month
        (
            "In January, Norvik said revenue for the December quarter rose 3%.",
            date(2013, 3, 21),
            [("January", "DATE", "2013-01"), ("the December quarter", "DATE", "2012-Q4")],
        ),
        # `later this spring`, `the following summer` (after the season just named)
        (
            "The watch will go on sale later this spring.",
            date(2013, 3, 21),
            [("later this spring", "DATE", "2013-SP")],
        ),
        (
            "The novel runs from the autumn of 1919 to the following summer.",
            WED,
            [
                ("the autumn of 1919", "DATE", "1919-FA"),
                ("the following summer", "DATE", "1920-SU"),
            ],
        ),
        # rates: `twice daily`, `once a day or less` (the set, not a duration)
        (
            "Those who brushed twice daily fared better than those who brushed once a day or less.",
            WED,
            [("twice daily", "SET", "P1D"), ("once a day", "SET", "P1D")],
        ),
        # halves and quarters of a game are not of a year
        ("Bell scored 19 of his 24 points in the second half.", WED, []),
        (
            "The home side dominated the second half after Tully equalised before half-time.",
            WED,
            [],
        ),
        (
            "Profit rose 31% in its fiscal first quarter on a trading rebound.",
            date(2013, 3, 18),
            [("fiscal first quarter", "DATE", "2013-Q1")],
        ),
        # years before 1600 after `in`/`since`/`until`, never counts
        (
            "The town received its charter in 1188 and joined the league in 1358.",
            WED,
            [("1188", "DATE", "1188"), ("1358", "DATE", "1358")],
        ),
        ("The company sold 1200 cars and hired 1500 workers.", WED, []),
        ("Sales rose in 1200 stores.", WED, []),
        # Holy Week: the ISO week of Holy Thursday
        (
            "Palm Sunday falls this weekend, opening Holy Week.",
            date(2013, 3, 18),
            [
                ("Palm Sunday", "DATE", "2013-03-24"),
                ("this weekend", "DATE", "2013-W12-WE"),
                ("Holy Week", "DATE", "2013-W13"),
            ],
        ),
        # `10 p.m. tonight` is one expression
        (
            "Police will close the streets from 10 p.m. tonight.",
            date(2013, 3, 18),
            [("10 p.m. tonight", "TIME", "2013-03-18T22:00")],
        ),
        # a clock time does not take the day something was said on
        (
            "The inauguration Mass is on Tuesday. Vatican officials said on Sunday that the Mass"
            " would begin at 9:30 a.m.",
            date(2013, 3, 18),
            [
                ("Tuesday", "DATE", "2013-03-19"),
                ("Sunday", "DATE", "2013-03-17"),
                ("9:30 a.m.", "TIME", "2013-03-19T09:30"),
            ],
        ),
        # `overnight` in a past clause: the night that ended this morning (named by its evening)
        (
            "Nine more bodies were pulled out overnight.",
            date(2013, 3, 19),
            [("overnight", "TIME", "2013-03-18TNI")],
        ),
        (
            "Residents will stay near shelters overnight.",
            date(2013, 3, 21),
            [("overnight", "TIME", "2013-03-21TNI")],
        ),
        # a web stamp's clock time; its restatement in another zone is a clock time, never a
        # year (and, since round 11, tagged on its own day)
        (
            "Updated 1432 GMT (2232 HKT) March 21, 2013",
            date(2013, 3, 21),
            [
                ("1432 GMT", "TIME", "2013-03-21T14:32"),
                ("2232 HKT", "TIME", "2013-03-21T22:32"),
                ("March 21, 2013", "DATE", "2013-03-21"),
            ],
        ),
        (
            "Power was restored at 00:20 on Wednesday (1520 GMT Tuesday).",
            WED,
            [
                ("00:20", "TIME", "2013-03-20T00:20"),
                ("Wednesday", "DATE", "2013-03-20"),
                ("1520 GMT Tuesday", "TIME", "2013-03-19T15:20"),
            ],
        ),
        (
            "Tickets go on sale at 9 a.m. this Friday.",
            date(2013, 3, 18),
            [("9 a.m. this Friday", "TIME", "2013-03-22T09:00")],
        ),
        (
            "The AA has dealt with 10,000 breakdowns since midnight.",
            date(2013, 3, 22),
            [("midnight", "TIME", "2013-03-22T00:00")],
        ),
        (
            "Tuesday's service fell on St. Joseph's Day.",
            WED,
            [("Tuesday", "DATE", "2013-03-19"), ("St. Joseph's Day", "DATE", "2013-03-19")],
        ),
        (
            "The celebrations will open on Africa Day.",
            date(2013, 3, 18),
            [("Africa Day", "DATE", "2013-05-25")],
        ),
        # coordinations and ranges share what one end states; day-first ranges split in two
        (
            "The team ran tests between May and October last year.",
            date(2013, 3, 22),
            [("May", "DATE", "2012-05"), ("October last year", "DATE", "2012-10")],
        ),
        (
            "The Assembly will meet on 26-27 May.",
            date(2013, 3, 18),
            [("26", "DATE", "2013-05-26"), ("27 May", "DATE", "2013-05-27")],
        ),
        (
            "Hotels are fully booked from 20 to 28 May.",
            date(2013, 3, 18),
            [("20", "DATE", "2013-05-20"), ("28 May", "DATE", "2013-05-28")],
        ),
        (
            "Decommissioning will take 30 to 40 years.",
            WED,
            [("30 to 40 years", "DURATION", "P30Y")],
        ),
        # a day after a date of the same sentence goes on from it; a written year stays
        (
            "Ronoh finished second in April 2012 and tested positive on Aug. 17.",
            date(2013, 3, 22),
            [("April 2012", "DATE", "2012-04"), ("Aug. 17", "DATE", "2012-08-17")],
        ),
        (
            "The Wall fell on 9 November 1989, and Germany was reunified on 3 October 1990.",
            date(2013, 3, 22),
            [("9 November 1989", "DATE", "1989-11-09"), ("3 October 1990", "DATE", "1990-10-03")],
        ),
        (
            "The trial opened in September 2011; at the last hearing, on March 5, the judge spoke.",
            date(2013, 3, 21),
            [("September 2011", "DATE", "2011-09"), ("March 5", "DATE", "2013-03-05")],
        ),
        (
            "Consumer prices rose from a year earlier, data released on 9 March showed.",
            date(2013, 3, 18),
            [("a year earlier", "DATE", "2012"), ("9 March", "DATE", "2013-03-09")],
        ),
        # a clock time after an evening one has crossed midnight
        (
            "They reached him shortly after 11 p.m. Saturday and talked for hours. At around 1:15"
            " a.m., he let his dog out.",
            date(2013, 3, 18),
            [
                ("11 p.m. Saturday", "TIME", "2013-03-16T23:00"),
                ("hours", "DURATION", "PTXH"),
                ("around 1:15 a.m.", "TIME", "2013-03-17T01:15"),
            ],
        ),
        # a verb of the future governs its -ing complement
        (
            "TEPCO said it will start removing spent fuel from the pool in November.",
            WED,
            [("November", "DATE", "2013-11")],
        ),
        # `the previous day` needs a day: the last one named, not a month named since
        (
            "The ministry said on Thursday (March 21) that talks would resume in early May. The"
            " previous day, Azarov had told lawmakers Kiev would not pay.",
            date(2013, 3, 22),
            [
                ("Thursday", "DATE", "2013-03-21"),
                ("March 21", "DATE", "2013-03-21"),
                ("early May", "DATE", "2013-05"),
                ("The previous day", "DATE", "2013-03-20"),
            ],
        ),
        (
            "The deal was reached the past Tuesday in Rome.",
            date(2013, 3, 21),
            [("the past Tuesday", "DATE", "2013-03-19")],
        ),
        # `of that year`, `of next year`, `Jan. 23 last year`
        (
            "The disaster struck on March 11, 2011. The first road map was drawn up in the summer"
            " of that year.",
            WED,
            [
                ("March 11, 2011", "DATE", "2011-03-11"),
                ("the summer of that year", "DATE", "2011-SU"),
            ],
        ),
        (
            "Rousseff will seek a second term in October of next year.",
            date(2013, 3, 21),
            [("October of next year", "DATE", "2014-10")],
        ),
        (
            "The holiday fell on Feb. 10 this year but on Jan. 23 last year.",
            date(2013, 3, 18),
            [
                ("Feb. 10 this year", "DATE", "2013-02-10"),
                ("Jan. 23 last year", "DATE", "2012-01-23"),
            ],
        ),
        # a record season is over; a superlative unit, a share and names are no times
        (
            "Farmers are counting on rain after the driest summer in 40 years.",
            WED,
            [("summer", "DATE", "2012-SU"), ("40 years", "DURATION", "P40Y")],
        ),
        (
            "January 7 was the hottest day ever recorded.",
            WED,
            [("January 7", "DATE", "2013-01-07")],
        ),
        (
            "Beijing pledged to cut pollution by roughly a quarter by 2017.",
            WED,
            [("2017", "DATE", "2017")],
        ),
        ("During the 12th Five-Year Plan period, growth will slow.", WED, []),
        ("The summit will adopt Agenda 2063.", WED, []),
    ],
)
def test_round10_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected


def test_clock_sequence_keeps_its_day_across_a_paragraph(trained_nlp):
    """A clock time goes on from one a little farther back (three sentence breaks)."""
    text = (
        "The death toll from a quake that struck early Friday has climbed to 74, officials"
        " said Monday.\n\nThe quake hit at 2:47 a.m. local time, the survey said. Residents"
        " said the shaking lasted a minute.\n\nAn aftershock rattled the region at 3:15 a.m."
    )
    got = dict((t, v) for t, _, v in triples(trained_nlp, text, date(2013, 3, 18)))
    assert got["2:47 a.m."] == "2013-03-15T02:47"
    assert got["3:15 a.m."] == "2013-03-15T03:15"


def test_anniversary_dated_later_in_the_article(trained_nlp):
    """`the 10th anniversary of the US-led invasion`, with the invasion's date given only
    further down: the article's date of that year."""
    text = (
        "Iraqis on Wednesday marked the 10th anniversary of the US-led invasion that toppled"
        " Saddam Hussein. The first US missiles struck Baghdad on March 20, 2003."
    )
    got = triples(trained_nlp, text, WED)
    assert ("the 10th anniversary of the US-led invasion", "DATE", "2013-03-20") in got


def test_comparison_with_a_year_earlier_is_not_with_an_old_year(trained_nlp):
    """`from a year earlier` after `since 1979` compares with the report's time; a narrative
    `A year earlier` after `In 1979` still counts back from 1979."""
    text = (
        "The share of adults in the labor force is near its lowest level since 1979. Average"
        " hourly earnings rose just 2.1 percent from a year earlier."
    )
    assert triples(trained_nlp, text, date(2013, 3, 19))[-1] == ("a year earlier", "DATE", "2012")
    text = "In 1979, the plant opened. A year earlier, the company had been founded."
    assert triples(trained_nlp, text, date(2013, 3, 19))[-1] == ("A year earlier", "DATE", "1978")


def test_future_clause_in_a_narrative_looks_ahead_of_the_dct(trained_nlp):
    """An obituary is a narrative (many old years), but its `will be held on Saturday, March
    30` is still ahead of the time of writing, not in the last year the story named."""
    text = (
        "Lindqvist was born in 1928 and founded the firm in 1957. He retired in 1994 and"
        " left the board in 2001. His wife died in 2012. A memorial service will be held on"
        " Saturday, March 30, at Mount Olivet Lutheran Church."
    )
    got = triples(trained_nlp, text, date(2013, 3, 21))
    assert got[-1] == ("Saturday, March 30", "DATE", "2013-03-30")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # review of round 10: `due to` is `because of`; a past clause keeps `due on` behind us
        (
            "The game was cancelled due to heavy rain on Monday.",
            WED,
            [("Monday", "DATE", "2013-03-18")],
        ),
        ("Payments due on March 1 were missed.", WED, [("March 1", "DATE", "2013-03-01")]),
        # `wake up from surgery` is no comparison; `but` ends one
        (
            "The patient is expected to wake up from surgery on Friday.",
            WED,
            [("Friday", "DATE", "2013-03-22")],
        ),
        (
            "Output was down slightly compared with a year ago but should recover in the second"
            " quarter.",
            WED,
            [("a year ago", "DATE", "2012"), ("the second quarter", "DATE", "2013-Q2")],
        ),
        # a day after a date of its sentence stays behind it unless just across a new year
        (
            "He was arrested in June 2012 after a shooting on March 3.",
            WED,
            [("June 2012", "DATE", "2012-06"), ("March 3", "DATE", "2012-03-03")],
        ),
        (
            "In December 2011, police raided the office after a tip on Jan. 5.",
            WED,
            [("December 2011", "DATE", "2011-12"), ("Jan. 5", "DATE", "2012-01-05")],
        ),
        # a plan that was, originally, scheduled
        (
            "The trial, originally scheduled for March 4, was postponed.",
            WED,
            [("March 4", "DATE", "2013-03-04")],
        ),
        (
            "The deal was scheduled for Tuesday but collapsed.",
            WED,
            [("Tuesday", "DATE", "2013-03-19")],
        ),
        ("The talks collapsed before a Monday deadline.", WED, [("Monday", "DATE", "2013-03-18")]),
        # a past ability
        (
            "Witnesses said they could see smoke on Tuesday morning.",
            WED,
            [("Tuesday morning", "TIME", "2013-03-19TMO")],
        ),
        (
            "Education officials said many schools could stay shut on Monday.",
            date(2013, 3, 22),
            [("Monday", "DATE", "2013-03-25")],
        ),
        # the day something was said on is a past clock time's day
        (
            "Police said Sunday that the shooting happened at 2 a.m.",
            WED,
            [("Sunday", "DATE", "2013-03-17"), ("2 a.m.", "TIME", "2013-03-17T02:00")],
        ),
        # only a late evening and an early morning cross midnight; never past the calendar
        (
            "Flights resumed at 6 p.m. Sunday after airports had been closed since 7 a.m.",
            WED,
            [("6 p.m. Sunday", "TIME", "2013-03-17T18:00"), ("7 a.m.", "TIME", "2013-03-17T07:00")],
        ),
        (
            "The party began at 11 p.m. Dec. 31, 9999, and ended at 1 a.m.",
            WED,
            [
                ("11 p.m. Dec. 31, 9999", "TIME", "9999-12-31T23:00"),
                ("1 a.m.", "TIME", "9999-12-31T01:00"),
            ],
        ),
        # a forecast record season lies ahead; `worst`
        (
            "Forecasters expect the driest summer in decades.",
            WED,
            [("summer", "DATE", "2013-SU"), ("decades", "DURATION", "PXDE")],
        ),
        ("It was the worst winter in memory.", WED, [("winter", "DATE", "2012-WI")]),
        (
            "The hosts of the G20 summit expect growth to pick up in the second half.",
            WED,
            [("the second half", "DATE", "2013-H2")],
        ),
        # four-digit clocks in other zones; race distances and scans are no years
        (
            "The blast happened at 1930 IST on Tuesday.",
            WED,
            [("1930 IST", "TIME", "2013-03-19T19:30"), ("Tuesday", "DATE", "2013-03-19")],
        ),
        ("She finished fifth in 1500 and 5000 metres events.", WED, []),
        ("The 2012 CT scan showed nothing.", WED, [("2012", "DATE", "2012")]),
        # the nearest December quarter
        (
            "Apple will report results for the December quarter on Jan. 23.",
            date(2013, 1, 10),
            [("the December quarter", "DATE", "2012-Q4"), ("Jan. 23", "DATE", "2013-01-23")],
        ),
    ],
)
def test_round10_review_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected


def test_anniversary_dated_elsewhere_only_near_the_dct(trained_nlp):
    """A full date of the right year elsewhere dates an anniversary only when that anniversary
    falls near the DCT (`Friday marks the fifth anniversary` is not June 3)."""
    text = (
        "Friday marks the fifth anniversary of the company's flotation. The firm was founded"
        " on June 3, 2008."
    )
    got = triples(trained_nlp, text, date(2013, 3, 20))
    assert all(v != "2013-06-03" for _, _, v in got)

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
        ('"Every weekend we hold our breath," he said.', WED,
         [("Every weekend", "SET", "XXXX-WXX-WE")]),
        # `N units later than ...` compares two times: a duration, not a date
        ("The line will open in 2016, 18 months later than planned.", WED,
         [("2016", "DATE", "2016"), ("18 months", "DURATION", "P18M")]),
        ("Some schools may start about 15 minutes later than they do now.", WED,
         [("15 minutes", "DURATION", "PT15M"), ("now", "DATE", "PRESENT_REF")]),
        # ... while `N units later` on its own still moves a date
        ("The firm was founded in 2001. Two years later, it went public.", WED,
         [("2001", "DATE", "2001"), ("Two years later", "DATE", "2003")]),
        # `that year` is the year of the date just named; `the end of that year` is one
        # expression (mod END)
        ("Crews found the first line in February 2012; by the end of that year, they had"
         " found 37 more.", WED,
         [("February 2012", "DATE", "2012-02"), ("the end of that year", "DATE", "2012")]),
        ("Sales fell in February 2012, and that year the plant closed.", WED,
         [("February 2012", "DATE", "2012-02"), ("that year", "DATE", "2012")]),
        ("Funds finalise their allocations at the end of the second quarter.", WED,
         [("the end of the second quarter", "DATE", "2013-Q2")]),
        # scheduling words point ahead even after a past verb
        ("Judge Oakes set sentencing for June 27 and allowed him to remain free.", WED,
         [("June 27", "DATE", "2013-06-27")]),
        ("Airlines had already canceled 200 flights scheduled for Thursday.", WED,
         [("Thursday", "DATE", "2013-03-21")]),
        ("The winner is due to be sworn in on May 23.", WED, [("May 23", "DATE", "2013-05-23")]),
        ("Tarrant fell 5% ahead of its earnings report, due after the close on Wednesday.",
         date(2013, 3, 19), [("Wednesday", "DATE", "2013-03-20")]),
        # ... but a plan made in the past perfect stays behind us
        ("The vote had been scheduled for Monday.", WED, [("Monday", "DATE", "2013-03-18")]),
        # a scheduled event in the simple present lies ahead (not in a headline, whose present
        # is past)
        ("Under the plan, which takes effect in September, classes start later.", date(2013, 3, 21),
         [("September", "DATE", "2013-09")]),
        ("The Hajj pilgrimage falls in mid-October.", date(2013, 3, 19),
         [("mid-October", "DATE", "2013-10")]),
        # `could` + verb looks ahead; negated, perfect or before the date it does not
        ("A weaker system could bring light snow Saturday.", WED,
         [("Saturday", "DATE", "2013-03-23")]),
        ("Officials could not be reached Tuesday.", WED, [("Tuesday", "DATE", "2013-03-19")]),
        ("Neither he nor his wife could be located Tuesday.", WED,
         [("Tuesday", "DATE", "2013-03-19")]),
        # `issued a warning ... until` keeps the warning's end ahead
        ("The weather service issued a warning from 7 p.m. Wednesday until 7 p.m. Thursday.",
         WED, [("7 p.m. Wednesday", "TIME", "2013-03-20T19:00"),
               ("7 p.m. Thursday", "TIME", "2013-03-21T19:00")]),
        # the other side of a comparison is behind us, whatever the main verb
        ("The supply would be gone in five months, up slightly from four months in January.",
         date(2013, 3, 21),
         [("five months", "DURATION", "P5M"), ("four months", "DURATION", "P4M"),
          ("January", "DATE", "2013-01")]),
        ("Economists expect growth of 3%, up from 0.4% in the fourth quarter.", date(2013, 3, 21),
         [("the fourth quarter", "DATE", "2012-Q4")]),
        ("Drummond will pay a 27% premium to Velloway's closing price on Tuesday.", WED,
         [("Tuesday", "DATE", "2013-03-19")]),
        ("Output will rise from 3% in 2012 to 5% in 2014.", WED,
         [("2012", "DATE", "2012"), ("2014", "DATE", "2014")]),
        # a quarter named by its last month
        ("In January, Norvik said revenue for the December quarter rose 3%.", date(2013, 3, 21),
         [("January", "DATE", "2013-01"), ("the December quarter", "DATE", "2012-Q4")]),
        # `later this spring`, `the following summer` (after the season just named)
        ("The watch will go on sale later this spring.", date(2013, 3, 21),
         [("later this spring", "DATE", "2013-SP")]),
        ("The novel runs from the autumn of 1919 to the following summer.", WED,
         [("the autumn of 1919", "DATE", "1919-FA"), ("the following summer", "DATE", "1920-SU")]),
        # rates: `twice daily`, `once a day or less` (the set, not a duration)
        ("Those who brushed twice daily fared better than those who brushed once a day or less.",
         WED, [("twice daily", "SET", "P1D"), ("once a day", "SET", "P1D")]),
        # halves and quarters of a game are not of a year
        ("Bell scored 19 of his 24 points in the second half.", WED, []),
        ("The home side dominated the second half after Tully equalised before half-time.", WED,
         []),
        ("Profit rose 31% in its fiscal first quarter on a trading rebound.", date(2013, 3, 18),
         [("fiscal first quarter", "DATE", "2013-Q1")]),
        # years before 1600 after `in`/`since`/`until`, never counts
        ("The town received its charter in 1188 and joined the league in 1358.", WED,
         [("1188", "DATE", "1188"), ("1358", "DATE", "1358")]),
        ("The company sold 1200 cars and hired 1500 workers.", WED, []),
        ("Sales rose in 1200 stores.", WED, []),
        # Holy Week: the ISO week of Holy Thursday; not as a modifier
        ("Palm Sunday falls this weekend, opening Holy Week.", date(2013, 3, 18),
         [("Palm Sunday", "DATE", "2013-03-24"), ("this weekend", "DATE", "2013-W12-WE"),
          ("Holy Week", "DATE", "2013-W13")]),
        ("Pope Francis will lead his first Holy Week services next week.", WED,
         [("next week", "DATE", "2013-W13")]),
        # `10 p.m. tonight` is one expression
        ("Police will close the streets from 10 p.m. tonight.", date(2013, 3, 18),
         [("10 p.m. tonight", "TIME", "2013-03-18T22:00")]),
        # a clock time does not take the day something was said on
        ("The inauguration Mass is on Tuesday. Vatican officials said on Sunday that the Mass"
         " would begin at 9:30 a.m.", date(2013, 3, 18),
         [("Tuesday", "DATE", "2013-03-19"), ("Sunday", "DATE", "2013-03-17"),
          ("9:30 a.m.", "TIME", "2013-03-19T09:30")]),
    ],
)
def test_round10_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected


def test_clock_sequence_keeps_its_day_across_a_paragraph(trained_nlp):
    """A clock time goes on from one a little farther back (three sentence breaks)."""
    text = ("The death toll from a quake that struck early Friday has climbed to 74, officials"
            " said Monday.\n\nThe quake hit at 2:47 a.m. local time, the survey said. Residents"
            " said the shaking lasted a minute.\n\nAn aftershock rattled the region at 3:15 a.m.")
    got = dict((t, v) for t, _, v in triples(trained_nlp, text, date(2013, 3, 18)))
    assert got["2:47 a.m."] == "2013-03-15T02:47"
    assert got["3:15 a.m."] == "2013-03-15T03:15"


def test_anniversary_dated_later_in_the_article(trained_nlp):
    """`the 10th anniversary of the US-led invasion`, with the invasion's date given only
    further down: the article's date of that year."""
    text = ("Iraqis on Wednesday marked the 10th anniversary of the US-led invasion that toppled"
            " Saddam Hussein. The first US missiles struck Baghdad on March 20, 2003.")
    got = triples(trained_nlp, text, WED)
    assert ("the 10th anniversary of the US-led invasion", "DATE", "2013-03-20") in got

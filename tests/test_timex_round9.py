"""Round 9 of the tagger: tense from the parse, generic `today`, routine clock times, and
seasons and year ends in past clauses. Fixed DCTs; each case names what it follows."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import triples


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # `hoped` (lemmatised `hop` by the small model) is a plan like `planned`
        ("She said she hoped to seat a jury by Tuesday, with opening statements Wednesday.",
         date(2013, 3, 18),
         [("Tuesday", "DATE", "2013-03-19"), ("Wednesday", "DATE", "2013-03-20")]),
        # a present-tense `when` clause takes the main clause's future
        ("When the members take their seats on Tuesday, 13 of them will be women.",
         date(2013, 3, 18), [("Tuesday", "DATE", "2013-03-19")]),
        # a present progressive (`I'm thinking about Saturday`) looks ahead
        ("I'm thinking about Saturday.", date(2013, 3, 22), [("Saturday", "DATE", "2013-03-23")]),
        # the postponing is past; only the new date (`to Sunday`) lies ahead
        ("The race was postponed after heavy rain on Saturday.", date(2013, 3, 19),
         [("Saturday", "DATE", "2013-03-16")]),
        # `today` set against the past before it is nowadays (TimeML PRESENT_REF), also when
        # the small model finds no verb or after a semicolon; a past event today is the DCT
        ("Decades ago there were 4,000 drive-ins. Today, about 360 remain.", date(2013, 3, 21),
         [("Decades ago", "DATE", "PAST_REF"), ("Today", "DATE", "PRESENT_REF")]),
        ("Each year, the festival draws 10,000 visitors. Today, organizers open the gates.",
         date(2013, 3, 20), [("Each year", "SET", "P1Y"), ("Today", "DATE", "2013-03-20")]),
        ("Two years ago the company was near bankruptcy; today its shares trade near a high.",
         date(2013, 3, 22), [("Two years ago", "DATE", "2011"), ("today", "DATE", "PRESENT_REF")]),
        ("Today, the company announced a new chief executive.", date(2013, 3, 22),
         [("Today", "DATE", "2013-03-22")]),
        # a clock time in a routine has no day (TimeML `XXXX-XX-XXT08:00`), even beside a date
        ("The office will be open daily from 8 a.m. to 6 p.m. beginning April 29.",
         date(2013, 3, 22),
         [("daily", "SET", "P1D"), ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
          ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"), ("April 29", "DATE", "2013-04-29")]),
        ("Sittings regularly run until 10 at night.", date(2013, 3, 18),
         [("10 at night", "TIME", "XXXX-XX-XXT22:00")]),
        # ... but not in a past clause, nor for `every` before a noun or `the Daily Mail`
        ("The attack came at 2 a.m., when residents usually sleep.", date(2013, 3, 20),
         [("2 a.m.", "TIME", "2013-03-20T02:00")]),
        ("Police said every window was shattered at 3 a.m.", date(2013, 3, 20),
         [("3 a.m.", "TIME", "2013-03-20T03:00")]),
        ("The explosion happened at 9:15 a.m., the Daily Mail reported.", date(2013, 3, 20),
         [("9:15 a.m.", "TIME", "2013-03-20T09:15")]),
        # ... but a routine word away from it does not outweigh a day in its sentence
        ("On Sunday, as on every Sunday for 20 years, the griddle was hot at 5:30 a.m.",
         date(2013, 3, 18),
         [("Sunday", "DATE", "2013-03-17"), ("every Sunday", "SET", "XXXX-WXX-7"),
          ("20 years", "DURATION", "P20Y"), ("5:30 a.m.", "TIME", "2013-03-17T05:30")]),
        # a past clause does not borrow a later day from the sentence before
        ("The bank has until Monday to decide. A standstill took effect at midnight.",
         date(2013, 3, 20),
         [("Monday", "DATE", "2013-03-25"), ("midnight", "TIME", "2013-03-20T24:00")]),
        # a season or year end still ahead of the DCT is last year's in a past clause
        ("Nowak spent the summer in rehabilitation.", date(2013, 3, 22),
         [("the summer", "DATE", "2012-SU")]),
        ("Nowak will spend the summer in rehabilitation.", date(2013, 3, 22),
         [("the summer", "DATE", "2013-SU")]),
        ("The plant closed at the end of the year.", date(2013, 3, 22),
         [("the end of the year", "DATE", "2012")]),
        ("The plant will close at the end of the year.", date(2013, 3, 22),
         [("the end of the year", "DATE", "2013")]),
        ("In 2010, the plant closed at the end of the year.", date(2013, 3, 20),
         [("2010", "DATE", "2010"), ("the end of the year", "DATE", "2010")]),
        # a present `is to be` passive looks ahead, and so does a gerund after it
        ("Pruitt is to be sentenced on June 14.", date(2013, 3, 22),
         [("June 14", "DATE", "2013-06-14")]),
        ("The president will travel to Jordan after meeting Israeli leaders on Friday.",
         date(2013, 3, 20), [("Friday", "DATE", "2013-03-22")]),
        # a reduced participle of `postpone` is past; the new date is ahead
        ("The game, postponed on Saturday because of snow, will be played Monday.",
         date(2013, 3, 20), [("Saturday", "DATE", "2013-03-16"), ("Monday", "DATE", "2013-03-25")]),
        # a bare verb joined to a future one shares its tense
        ("The union said members would stop work on Thursday and return to work on Saturday "
         "morning.", date(2013, 3, 20),
         [("Thursday", "DATE", "2013-03-21"), ("Saturday morning", "TIME", "2013-03-23TMO")]),
        # a headline is not parsed into the story under it
        ("Senate passes stopgap bill; House vote set for Thursday\n\nWASHINGTON - The Senate on "
         "Wednesday passed a bill.", date(2013, 3, 20),
         [("Thursday", "DATE", "2013-03-21"), ("Wednesday", "DATE", "2013-03-20")]),
        # `into`/`through` point ahead in a present or future clause, not after a past or perfect
        ("Votes could stretch late into Friday night.", date(2013, 3, 20),
         [("Friday night", "TIME", "2013-03-22TNI")]),
        ("The fund has fallen 2% this year through Oct. 19.", date(1989, 10, 27),
         [("this year", "DATE", "1989"), ("Oct. 19", "DATE", "1989-10-19")]),
        # ... and only when the verb governs the preposition, nor after a perfect
        ("Sales through February are up 5 percent.", date(2013, 3, 20),
         [("February", "DATE", "2013-02")]),
        ("Police are looking into Monday's shooting.", date(2013, 3, 20),
         [("Monday", "DATE", "2013-03-18")]),
        ("The company has been working through Saturday.", date(2013, 3, 20),
         [("Saturday", "DATE", "2013-03-16")]),
        # `on May 2` after a past year in its sentence is that year's; `said on` is not
        ("He made four starts in 2012 before feeling pain on May 2. He had surgery that month.",
         date(2013, 3, 20),
         [("2012", "DATE", "2012"), ("May 2", "DATE", "2012-05-02"),
          ("that month", "DATE", "2012-05")]),
        ("In 2012, sales rose 5 percent, the company said on March 5.", date(2013, 3, 22),
         [("2012", "DATE", "2012"), ("March 5", "DATE", "2013-03-05")]),
        # ... and only a day still ahead of the DCT moves back to that year
        ("Born in 1950, he died on March 12.", date(2013, 3, 20),
         [("1950", "DATE", "1950"), ("March 12", "DATE", "2013-03-12")]),
        ("The treaty was signed on Sept. 15 of the following year.", date(2013, 3, 20),
         [("Sept. 15 of the following year", "DATE", None)]),
        # `<day> of that/last year` is one date (TimeML: the whole phrase)
        ("The dispute ended in 2010, in a treaty signed on Sept. 15 of that year.",
         date(2013, 3, 22),
         [("2010", "DATE", "2010"), ("Sept. 15 of that year", "DATE", "2010-09-15")]),
        ("It came to light on Jan. 12 of last year. He resigned the next morning.",
         date(2013, 3, 22),
         [("Jan. 12 of last year", "DATE", "2012-01-12"),
          ("the next morning", "TIME", "2012-01-13TMO")]),
        # two units as one duration; `fewer than`, `or more`, `or less` are inside (TimeML mods)
        ("He must serve six years and 10 months.", date(2013, 3, 22),
         [("six years and 10 months", "DURATION", "P6Y10M")]),
        ("It lasted two hours and 15 minutes.", date(2013, 3, 22),
         [("two hours and 15 minutes", "DURATION", "PT2H15M")]),
        ("It took two weeks and three days.", date(2013, 3, 22),
         [("two weeks and three days", "DURATION", "P17D")]),
        ("They were sentenced to five years and three years respectively.", date(2013, 3, 22),
         [("five years", "DURATION", "P5Y"), ("three years", "DURATION", "P3Y")]),
        ("The plant closed two years and three months ago.", date(2013, 3, 20),
         [("two years", "DURATION", "P2Y"), ("three months ago", "DATE", "2012-12")]),
        ("People who slept fewer than six hours had a higher risk.", date(2013, 3, 19),
         [("fewer than six hours", "DURATION", "PT6H")]),
        ("A final report can take a year or more.", date(2013, 3, 21),
         [("a year or more", "DURATION", "P1Y")]),
        ("It took two years or more than expected.", date(2013, 3, 21),
         [("two years", "DURATION", "P2Y")]),
        # zone names after a clock are part of it; `every few months`, `every morning` are sets
        ("At 4:12 p.m. Eastern time Wednesday, engineers sent the last command.",
         date(2013, 3, 21), [("4:12 p.m. Eastern time Wednesday", "TIME", "2013-03-20T16:12")]),
        ("Lurching from deadline to deadline every few months is no way to govern.",
         date(2013, 3, 20), [("every few months", "SET", "PXM")]),
        ("She walked two miles every morning.", date(2013, 3, 21),
         [("every morning", "SET", "XXXX-XX-XXTMO")]),
        ("Growth should pick up in the second half of calendar 2013.", date(2013, 3, 19),
         [("the second half of calendar 2013", "DATE", "2013-H2")]),
    ],
)
def test_round9_cases(trained_nlp, text, dct, expected):
    assert triples(trained_nlp, text, dct) == expected


def test_long_coordinations_do_not_recurse_without_bound(trained_nlp):
    """Each bare conjunct takes its head's tense; a chain of thousands stays bounded."""
    text = "They will " + "go and " * 3000 + "return on Friday."
    assert triples(trained_nlp, text, date(2013, 3, 20))[-1][0] == "Friday"

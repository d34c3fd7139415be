"""Rule coverage of the temporal tagger on spacy.blank("en"): (text, DCT, expected) tables."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import run_tagger

import chronicle.timex.component  # noqa: F401  (registers the factory)

DCT = date(2023, 11, 6)  # a Monday


def tag(blank_nlp, text: str, dct: date | None = DCT, mode: str | None = None):
    return run_tagger(blank_nlp, text, dct, mode)


def only(blank_nlp, text: str, dct: date | None = DCT, mode: str | None = None):
    found = tag(blank_nlp, text, dct, mode)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "extent", "type_", "value", "mod"),
    [
        # written and numeric dates (month-first policy)
        ("It opened on 2023-11-06.", "2023-11-06", "DATE", "2023-11-06", None),
        ("Signed on March 5, 1990 in Paris.", "March 5, 1990", "DATE", "1990-03-05", None),
        ("Signed on 12 March 1990 in Paris.", "12 March 1990", "DATE", "1990-03-12", None),
        ("Due by 3/4/2021 at the latest.", "3/4/2021", "DATE", "2021-03-04", None),
        ("Due by 25/4/2021 at the latest.", "25/4/2021", "DATE", "2021-04-25", None),
        ("It happened on Friday, Oct. 13, 1989.", "Friday, Oct. 13, 1989", "DATE",
         "1989-10-13", None),
        ("Sales rose in July 1997.", "July 1997", "DATE", "1997-07", None),
        # partial dates resolved by closeness to the DCT
        ("Prices fell in March.", "March", "DATE", "2023-03", None),
        ("The vote was held on Oct. 23.", "Oct. 23", "DATE", "2023-10-23", None),
        ("The vote is due on Jan. 4.", "Jan. 4", "DATE", "2024-01-04", None),
        ("It was signed on the 15th.", "the 15th", "DATE", "2023-11-15", None),
        # years, decades, centuries
        ("It was founded in 1990.", "1990", "DATE", "1990", None),
        ("Back in the 1990s the market boomed.", "the 1990s", "DATE", "199", None),
        ("In the early 1980s it grew.", "the early 1980s", "DATE", "198", "START"),
        ("Through the 20th century it grew.", "the 20th century", "DATE", "19", None),
        # seasons, quarters, halves, fiscal years
        ("It opened in the spring of 2015.", "the spring of 2015", "DATE", "2015-SP", None),
        ("We went there last summer.", "last summer", "DATE", "2023-SU", None),
        ("Profit rose in the third quarter of 2022.", "the third quarter of 2022", "DATE",
         "2022-Q3", None),
        ("Profit rose in the first half.", "the first half", "DATE", "2023-H1", None),
        ("Revenue in fiscal 1998 fell.", "fiscal 1998", "DATE", "1998", None),
        # weeks, months, years relative to the DCT
        ("Talks began last week.", "last week", "DATE", "2023-W44", None),
        ("Talks begin next month.", "next month", "DATE", "2023-12", None),
        ("Talks ended last September.", "last September", "DATE", "2023-09", None),
        ("Talks end by the end of the year.", "the end of the year", "DATE", "2023", "END"),
        ("Talks ended in mid-November.", "mid-November", "DATE", "2023-11", "MID"),
        ("Talks ended yesterday.", "yesterday", "DATE", "2023-11-05", None),
        ("Talks ended two weeks ago.", "two weeks ago", "DATE", "2023-W43", None),
        ("Talks ended three years ago.", "three years ago", "DATE", "2020", None),
        # times of day and parts of day
        ("He spoke this morning.", "this morning", "TIME", "2023-11-06TMO", None),
        ("He spoke at 5 p.m. in Paris.", "5 p.m.", "TIME", "2023-11-06T17:00", None),
        ("He spoke late yesterday afternoon.", "late yesterday afternoon", "TIME",
         "2023-11-05TAF", "END"),
        ("He spoke last night.", "last night", "TIME", "2023-11-05TNI", None),
        # reference words
        ("The plant is now closed.", "now", "DATE", "PRESENT_REF", None),
        ("The plant is currently closed.", "currently", "DATE", "PRESENT_REF", None),
        ("The plant recently closed.", "recently", "DATE", "PAST_REF", None),
        ("The plant will open soon.", "soon", "DATE", "FUTURE_REF", None),
        ("As in the past, prices rose.", "the past", "DATE", "PAST_REF", None),
        ("Prices will rise in the future.", "the future", "DATE", "FUTURE_REF", None),
        # durations
        ("The strike lasted 3 days.", "3 days", "DURATION", "P3D", None),
        ("The strike lasted 36 hours.", "36 hours", "DURATION", "PT36H", None),
        ("The strike lasted two decades.", "two decades", "DURATION", "P2DE", None),
        ("The strike lasted three years.", "three years", "DURATION", "P3Y", None),
        ("Prices rose over the past three years.", "the past three years", "DURATION", "P3Y",
         None),
        ("It took several years.", "several years", "DURATION", "PXY", None),
        ("It took about three years.", "three years", "DURATION", "P3Y", "APPROX"),
        ("The blast came at about 10:35 a.m.", "10:35 a.m.", "TIME", "2023-11-06T10:35",
         "APPROX"),
        ("It lasted less than a decade.", "less than a decade", "DURATION", "P1DE", "LESS_THAN"),
        ("The court met at midday.", "midday", "TIME", "2023-11-06T12:00", None),
        ("Sales for the full year rose.", "the full year", "DATE", "2023", None),
        ("Sales in the current fiscal year rose.", "the current fiscal year", "DATE", "2023",
         None),
        ("Buy at 50% of the then current price.", "then current", "DATE", "PAST_REF", None),
        ("The Times said in an editorial on Monday, Nov. 6: ...", "Monday, Nov. 6", "DATE",
         "2023-11-06", None),
        ("He signed a two-year contract.", "two-year", "DURATION", "P2Y", None),
        ("It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None),
        # sets
        ("They meet every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2", None),
        ("The report is published annually.", "annually", "SET", "P1Y", None),
        ("The report is published each year.", "each year", "SET", "P1Y", None),
        ("The paper is printed daily.", "daily", "SET", "P1D", None),
        ("They meet twice a week.", "twice a week", "SET", "P1W", None),
        # holidays
        ("They met on Christmas Day.", "Christmas Day", "DATE", "2022-12-25", None),
        # TimeBank extents: `only`, `Earlier <weekday>` and `right` stay outside, `late Monday`
        # (tbaq 3:2 for early/late before a day) and `earlier this month` inside
        ("It took only five hours.", "five hours", "DURATION", "PT5H", None),
        ("Late Monday, officials said so.", "Late Monday", "DATE", "2023-11-06", "END"),
        ("Earlier Monday, officials said so.", "Monday", "DATE", "2023-11-06", "START"),
        ("They unveiled a five year plan.", "five year", "DURATION", "P5Y", None),
        ("Prices rose earlier this month.", "earlier this month", "DATE", "2023-11", "START"),
        ("Right now the talks are stalled.", "now", "DATE", "PRESENT_REF", None),
        ("Until recently it was cheap.", "recently", "DATE", "PAST_REF", None),
        # partial dates a few weeks ahead stay in the reference year even in past-tense news
        ("The offer was extended to Nov. 17.", "Nov. 17", "DATE", "2023-11-17", None),
        ("It was moved to early December.", "early December", "DATE", "2023-12", "START"),
        # weekdays: forward prepositions and plans point to the coming day
        ("Officials postponed the decision until Thursday.", "Thursday", "DATE", "2023-11-09",
         None),
        ("The team planned to leave on Thursday.", "Thursday", "DATE", "2023-11-09", None),
    ],
)
def test_expression(blank_nlp, text, extent, type_, value, mod):
    tx = only(blank_nlp, text)
    assert (tx.text, tx.type, tx.value, tx.mod) == (extent, type_, value, mod)
    assert text[tx.start_char : tx.end_char] == extent


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("Talks began last week.", date(2023, 10, 30), date(2023, 11, 5), "week"),
        ("Profit rose in the third quarter of 2022.", date(2022, 7, 1), date(2022, 9, 30),
         "quarter"),
        ("Back in the 1990s the market boomed.", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("It snowed in the winter of 2015.", date(2015, 12, 1), date(2016, 2, 29), "season"),
        ("Talks ended yesterday.", date(2023, 11, 5), date(2023, 11, 5), "day"),
        ("Sales rose in July 1997.", date(1997, 7, 1), date(1997, 7, 31), "month"),
    ],
)
def test_interval(blank_nlp, text, start, end, granularity):
    tx = only(blank_nlp, text)
    assert (tx.start_date, tx.end_date, tx.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "text",
    [
        "Troops crossed the 38th parallel.",
        "It was the 78th time.",
        "The deal is worth 2,400 million dollars.",
        "The firm has 1,950 employees.",
        "The firm has 1950 employees.",
        "It cost $1990 in total.",
        "Under Section 2001 of the code, it is banned.",
        "Voters under 30 backed him.",
        "May Ellison wrote to the Sunday Times.",
        "Call our 24/7 hotline.",
        "We will march on the capital.",
        "Prices may rise.",
        "Mark Twain wrote it.",
        "The team scored 1,998 points.",
        "A 30-year-old man was arrested.",
        "Now, he says, it looks different.",
    ],
)
def test_precision_traps(blank_nlp, text):
    assert tag(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks ended yesterday.", None),
        ("Talks began last week.", None),
        ("Signed on March 5, 1990 in Paris.", "1990-03-05"),
        ("They meet every Tuesday.", "XXXX-WXX-2"),
        ("Prices fell in March.", "XXXX-03"),
    ],
)
def test_without_dct_relative_stays_unresolved(blank_nlp, text, value):
    tx = only(blank_nlp, text, dct=None)
    assert tx.value == value
    if value is None or value.startswith("X"):
        assert tx.start_date is None


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("In 1950 the war began. Three years later it ended.", "narrative", ["1950", "1953"]),
        ("In 1950 the war began. Three years later it ended.", "news", ["1950", "1953"]),
        ("In 1950 the war began. In March the army moved.", "narrative", ["1950", "1950-03"]),
        ("In 1950 the war began. In March the army moved.", "news", ["1950", "2023-03"]),
        ("In 1990 he moved. That year he wed.", "news", ["1990", "1990"]),
        ("He was born in 1901. He married in 1925 and moved in 1931. A year later, in June, he "
         "left.", None, ["1901", "1925", "1931", "1932", "1932-06"]),
        # Narrative mode: words for the time of writing keep the DCT (2023-11-06) ...
        ("In 1950 the war began. Last year a museum opened.", "narrative", ["1950", "2022"]),
        ("In 1950 the war began. Two weeks ago a museum opened.", "narrative",
         ["1950", "2023-W43"]),
        ("In 1950 the war began. Yesterday a museum opened.", "narrative",
         ["1950", "2023-11-05"]),
        # ... anaphora still follow the story, and a weekday moves it forward from a day ...
        ("On Tuesday, June 3, 1958, he left. On Friday he returned.", "narrative",
         ["1958-06-03", "1958-06-06"]),
        ("On Friday, June 6, 1944, troops landed. Earlier, on Monday, the weather had been poor.",
         "narrative", ["1944-06-06", "1944-06-05"]),
        ("In 1950 the war began. The following year it ended.", "narrative", ["1950", "1951"]),
        # ... but takes the DCT after a coarser date (no day of 1950 to count from).
        ("In 1950 the war began. Last year, on Tuesday, a museum opened.", "narrative",
         ["1950", "2022", "2023-10-31"]),
    ],
)
def test_modes(blank_nlp, text, mode, expected):
    assert [t.value for t in tag(blank_nlp, text, mode=mode)] == expected

"""Generic rule families added for held-out phrasing: (text, DCT, extent, type, value) tables."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc
from timex_helpers import triples

import chronicle.timex.component  # noqa: F401  (registers the factory)
from chronicle.timex.entities import entity_candidates
from chronicle.timex.extents import Candidate
from chronicle.timex.modes import choose_mode
from chronicle.timex.normalize import normalise
from chronicle.timex.relative import Ref

DCT = date(2013, 3, 20)  # a Wednesday


def tag(blank_nlp, text: str, dct: date | None = DCT):
    return triples(blank_nlp, text, dct)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quarters and halves of a relative year; weeks of a month
        ("Profits rose in the first half of the year.",
         [("the first half of the year", "DATE", "2013-H1")]),
        ("Sales fell in the fourth quarter of last year.",
         [("the fourth quarter of last year", "DATE", "2012-Q4")]),
        ("Output grew in the last week of February.",
         [("the last week of February", "DATE", "2013-W09")]),
        ("The fair opens in the first week of June 2014.",
         [("the first week of June 2014", "DATE", "2014-W23")]),
        # durations: halves, `a week-long`, vague plural hyphenated
        ("The trip took half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("The flight took an hour and a half.", [("an hour and a half", "DURATION", "PT1H30M")]),
        ("A week-long strike ended.", [("week-long", "DURATION", "P1W")]),
        ("It was a decades-long conflict.", [("decades-long", "DURATION", "PXDE")]),
        # vague plural points and bare plurals after within/in/just
        ("Days earlier, rebels had attacked.", [("Days earlier", "DATE", "PAST_REF")]),
        ("He quit months ago.", [("months ago", "DATE", "PAST_REF")]),
        ("The fire spread within hours.", [("hours", "DURATION", "PTXH")]),
        ("He won for the first time in years.", [("years", "DURATION", "PXY")]),
        ("He quit just days after the vote.", [("days", "DURATION", "PXD")]),
        # `the <unit> before/after` (anaphoric), `this past weekend`
        ("In 1990 the plant opened. The year before, it was built.",
         [("1990", "DATE", "1990"), ("The year before", "DATE", "1989")]),
        ("It rained on March 12. The day after, the river rose.",
         [("March 12", "DATE", "2013-03-12"), ("The day after", "DATE", "2013-03-13")]),
        ("This past weekend, crowds gathered.", [("This past weekend", "DATE", "2013-W11-WE")]),
        # a clock time takes the day named in its sentence
        ("Trading was halted Tuesday and resumed at 2 p.m.",
         [("Tuesday", "DATE", "2013-03-19"), ("2 p.m.", "TIME", "2013-03-19T14:00")]),
        ("The quake struck at 5:46 a.m. (0546 GMT) on Monday.",  # (restatement: round 11)
         [("5:46 a.m.", "TIME", "2013-03-18T05:46"), ("0546 GMT", "TIME", "2013-03-18T05:46"),
          ("Monday", "DATE", "2013-03-18")]),
        ("Rebels attacked the base at 0600 GMT.", [("0600 GMT", "TIME", "2013-03-20T06:00")]),
        ("Shares closed at 4 p.m. Analysts met on Monday.",
         [("4 p.m.", "TIME", "2013-03-20T16:00"), ("Monday", "DATE", "2013-03-18")]),
    ],
)  # fmt: skip
def test_families(blank_nlp, text, expected):
    assert tag(blank_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The company reported a 6-year-old deficit.", "He earned 50 cents a share."],
)
def test_family_traps(blank_nlp, text):
    assert all(t[2] != "P6Y" for t in tag(blank_nlp, text))
    assert not [t for t in tag(blank_nlp, text) if t[0].startswith("50")]


def _doc_with_ents(text: str, ents: list[tuple[str, str]]) -> Doc:
    doc = spacy.blank("en").make_doc(text)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("text", "ent", "extent", "rule"),
    [
        ("The rally began in mid afternoon.", "in mid afternoon", "mid afternoon", "entity"),
        ("It happened on the eighth day of the siege.", "the eighth day", "the eighth day",
         "entity"),
        ("Prices rose in the first hours.", "the first hours", "the first hours", "entity"),
        ("It has lasted for centuries.", "centuries", "centuries", "vague"),
        ("It was Monday's vote.", "Monday's", "Monday", "weekday"),
        # precision filters: ages, plain numbers, `annual`, ordinals, money, no time word
        ("A 6-year-old boy.", "6-year-old", None, None),
        ("He is 52 years old.", "52 years old", None, None),
        ("The annual report.", "annual", None, None),
        ("At the 38th parallel.", "the 38th", None, None),
        ("He scored 44 points.", "44", None, None),
        ("It cost as little as 99 cents.", "as little as 99 cents", None, None),
        ("He died at the age of 86.", "the age of 86", None, None),
        ("Morning trading was calm.", "Morning", None, None),
    ],
)  # fmt: skip
def test_entity_candidates(text, ent, extent, rule):
    doc = _doc_with_ents(text, [(ent, "DATE")])
    from chronicle.timex.extents import RuleSet

    found = entity_candidates(doc, [], RuleSet())
    if extent is None:
        assert found == []
    else:
        assert [(text[c.start : c.end], c.rule) for c in found] == [(extent, rule)]


def test_entity_between_is_split():
    text = "Between 2010 and 2012, exports doubled."
    doc = _doc_with_ents(text, [("Between 2010 and 2012", "DATE")])
    from chronicle.timex.extents import RuleSet

    found = entity_candidates(doc, [], RuleSet())
    assert [text[c.start : c.end] for c in found] == ["2010", "2012"]


@pytest.mark.parametrize(
    ("words", "label", "type_", "value"),
    [
        ("mid afternoon", "TIME", "TIME", "2013-03-20TAF"),
        ("the first hours", "TIME", "DURATION", "PTXH"),
        ("the eighth day", "DATE", "DATE", None),
        ("hundreds of years", "DATE", "DURATION", "PXY"),
    ],
)
def test_entity_values(words, label, type_, value):
    norm = normalise("entity", (("label", label), ("text", words)), Ref(DCT), None, 0, False)
    assert (norm.type, norm.value) == (type_, value)


@pytest.mark.parametrize(
    ("years", "deictic", "mode"),
    [(3, 0, "narrative"), (4, 1, "narrative"), (3, 1, "news"), (6, 2, "news")],
)
def test_auto_mode_news_wins_when_the_article_is_deictic(years, deictic, mode):
    cands = [Candidate(i, i + 4, "year", {"y": str(1950 + i)}) for i in range(years)]
    cands += [Candidate(100 + i, 109 + i, "dayword", {"w": "yesterday"}) for i in range(deictic)]
    assert choose_mode(cands, DCT) == mode

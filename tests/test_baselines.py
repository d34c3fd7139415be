"""The two baselines: exact offsets, values relative to a fixed DCT."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronicle.baselines import guess_value, parse_value, search_dates_baseline

DCT = date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2009", "2009"),
        ("March 2013", "2013-03"),
        ("Friday", "2013-03-22"),
        ("March 21", "2013-03-21"),
        ("last year", "2012"),
        ("this week", "2013-W12"),
        ("10:30 a.m. Friday", "2013-03-22T10:30"),
        ("no date in here at all", None),
    ],
)
def test_parse_value(text: str, expected: str | None):
    assert parse_value(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1998", "1998"),
        ("June 1998", "1998-06"),
        ("June 5, 1998", "1998-06-05"),
        ("5 pm", "1998-06-05T17:00"),
    ],
)
def test_guess_value_granularity(text: str, expected: str):
    assert guess_value(text, datetime(1998, 6, 5, 17, 0)) == expected


def test_search_dates_finds_date_with_exact_offsets():
    text = "The board met on March 21, 2013 and will vote again."
    found = search_dates_baseline(text, DCT)
    assert found, "search_dates found nothing"
    start, end, type_, value = found[0]
    # search_dates returns its own extent (here with "on ... and"): kept as it is
    assert text[start:end] == "on March 21, 2013 and"
    assert (type_, value) == ("DATE", "2013-03-21")


def test_search_dates_without_dates_is_empty():
    assert search_dates_baseline("Nothing temporal, just cats.", DCT) == []


@pytest.mark.model
def test_spacy_baseline_uses_entities():
    spacy = pytest.importorskip("spacy")
    from chronicle.baselines import spacy_dateparser_baseline
    from chronicle.nlp import resolve_model

    nlp = spacy.load(resolve_model(None), disable=["parser", "lemmatizer"])
    text = "Shares fell on Friday, the company said in March 2012."
    found = spacy_dateparser_baseline(text, DCT, nlp=nlp)
    by_text = {text[s:e]: (t, v) for s, e, t, v in found}
    assert by_text["Friday"] == ("DATE", "2013-03-22")
    assert by_text["March 2012"] == ("DATE", "2012-03")

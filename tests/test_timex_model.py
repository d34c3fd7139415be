"""The tagger after the trained pipeline: tense from the parse, NER vetoes, the seed article."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import run_tagger

DCT = date(2023, 11, 6)  # a Monday


@pytest.fixture(scope="module")
def nlp(trained_nlp):
    return trained_nlp


def tag(nlp, text: str, dct: date | None = DCT):
    return run_tagger(nlp, text, dct)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministers met on Friday.", "2023-11-03"),
        ("The ministers will meet on Friday.", "2023-11-10"),
        ("The two leaders talked on Wednesday.", "2023-11-01"),
        ("The two leaders will talk on Wednesday in Geneva.", "2023-11-08"),
        ("Officials said Monday that talks had stalled.", "2023-11-06"),
        ("The team planned to leave Nairobi on Thursday.", "2023-11-09"),
        ("He would travel to Washington on Thursday.", "2023-11-09"),
        ("The two leaders meet separately Thursday in London.", "2023-11-09"),
        # a plain present with a weekday is a schedule: the coming one (tbaq `meet separately
        # Monday`), not the nearer past Saturday
        ("The two leaders meet separately Saturday in London.", "2023-11-11"),
        ("Critics attacked Wednesday's ruling by the court.", "2023-11-01"),
    ],
)
def test_weekday_follows_tense(nlp, text, value):
    assert [t.value for t in tag(nlp, text)] == [value]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The company employs 1950 people in three plants.",
        "She paid 2000 dollars for it.",
        "Troops crossed the 38th parallel.",
    ],
)
def test_no_dates_from_counts(nlp, text):
    assert tag(nlp, text) == []


@pytest.mark.model
def test_seed_article(nlp, seed_dir):
    path = seed_dir / "000_739f3f3bf6fd2aaf.txt"
    raw = path.read_text(encoding="utf-8")
    found = tag(nlp, raw)
    by_text = {t.text: t for t in found}
    assert by_text["2023-11-06"].value == "2023-11-06"
    assert by_text["2023-11-06"].type == "DATE"
    phrase = "the 78th anniversary of Korea\u2019s liberation from Japan\u2019s colonial rule"
    assert by_text[phrase].value == "2023-08-15"
    assert by_text[phrase].start_date == date(2023, 8, 15)
    war = by_text["World War II"]
    assert (war.start_date, war.end_date) == (date(1939, 9, 1), date(1945, 9, 2))
    assert not any(t.text in ("78th", "two") for t in found)
    assert all(t.start_date is None or t.start_date.year in (1939, 2023) for t in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The mosque dominated the skyline for centuries.", "centuries", "PXCE"),
        ("Funds may sell their junk in the weeks ahead.", "the weeks ahead", "PXW"),
    ],
)
def test_vague_spans_from_the_entity_recogniser(nlp, text, extent, value):
    found = [(t.text, t.value) for t in tag(nlp, text)]
    assert found == [(extent, value)]


@pytest.mark.model
def test_ages_from_the_entity_recogniser_are_not_dates(nlp):
    assert tag(nlp, "Slepian, 52, was shot by a 44-year-old man.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # future auxiliary with a passive or perfect participle (`will be named`)
        ("She will be named commander for a mission in December.", "December", "2023-12"),
        ("The dividend would be paid on a date in January.", "January", "2024-01"),
        ("A ceremony will be held at the summit on April 24.", "April 24", "2024-04-24"),
        # `effective <date>`: the date a measure takes effect, ahead
        ("The office was created, effective Feb. 1.", "Feb. 1", "2024-02-01"),
        # a past-tense plan verb carrying the date: when it was planned
        ("On Friday, the government planned to pay the first claims.", "Friday", "2023-11-03"),
        ("The board had set Friday as the deadline.", "Friday", "2023-11-03"),
        ("A service planned for Saturday was canceled.", "Saturday", "2023-11-04"),
        # ... but the date of the planned event when it follows the object
        ("Protesters planned a large rally on Saturday.", "Saturday", "2023-11-11"),
    ],
)
def test_tense_from_the_parse(nlp, text, extent, value):
    assert [(t.text, t.value) for t in tag(nlp, text)] == [(extent, value)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("His car was seen in the neighborhood in the weeks before the shooting.", "weeks"),
        ("Investors may sell in the weeks ahead.", "the weeks ahead"),
    ],
)
def test_bare_plural_entity_extents(nlp, text, extent):
    assert [t.text for t in tag(nlp, text)] == [extent]


@pytest.mark.model
def test_component_records_the_mode_it_used(nlp):
    doc = nlp.make_doc("The ministers met on Friday.")
    doc._.dct = DCT
    assert nlp(doc)._.timex_mode == "news"
